import { Parser } from 'htmlparser2';

/** Pieces of an HTML fragment the detectors read, with offsets into the fragment. */
export interface HtmlParts {
  /** Inline script bodies (and inline event handlers), to parse as JavaScript. */
  scripts: Array<{ code: string; start: number }>;
  /** URL-bearing attribute values: `<script src>`, `<img src>`, `<iframe src>`, `<link href>`. */
  urls: Array<{ url: string; start: number }>;
}

const URL_ATTRS = new Set(['src', 'href', 'data-src', 'data-gtmsrc', 'action', 'srcset']);
/** Script types that are data, not code. */
const DATA_TYPE = /json|template|html|x-tmpl|text\/plain/iu;

export function extractHtml(html: string): HtmlParts {
  const parts: HtmlParts = { scripts: [], urls: [] };
  let inScript = false;
  let scriptIsCode = false;
  let tagStart = 0;
  const parser = new Parser(
    {
      onopentagname() {
        tagStart = parser.startIndex;
      },
      onattribute(name, value) {
        if (!value) return;
        const lower = name.toLowerCase();
        const at = html.indexOf(value, tagStart);
        const start = at < 0 ? tagStart : at;
        if (URL_ATTRS.has(lower)) parts.urls.push({ url: value, start });
        else if (lower.startsWith('on')) parts.scripts.push({ code: value, start });
      },
      onopentag(name, attribs) {
        if (name === 'script') {
          inScript = true;
          scriptIsCode = !DATA_TYPE.test(attribs.type ?? '');
        }
      },
      ontext(text) {
        if (inScript && scriptIsCode && text.trim()) parts.scripts.push({ code: text, start: parser.startIndex });
      },
      onclosetag(name) {
        if (name === 'script') inScript = false;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  // Adjacent text chunks of one script arrive separately: join them.
  const merged: HtmlParts['scripts'] = [];
  for (const s of parts.scripts) {
    const last = merged.at(-1);
    if (last && last.start + last.code.length === s.start) last.code += s.code;
    else merged.push({ ...s });
  }
  parts.scripts = merged;
  return parts;
}
