import { pageComments } from '@phiguard/core';
import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

/** What the HTML parser tells the rules through `sourceCode.parserServices`. */
export interface HtmlParserServices {
  phiguardHtmlPage: true;
}

export const isHtmlPage = (services: unknown): boolean => (services as Partial<HtmlParserServices> | undefined)?.phiguardHtmlPage === true;

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;

/** 1-based line, 0-based column of each offset, as ESLint counts them. */
function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! };
  };
}

/**
 * An ESLint parser for HTML pages (`.html`). The program it gives is empty: phiguard's rules read the
 * page itself, as phiguard-gtm reads a Custom HTML tag (its scripts, inline handlers and the pixel
 * URLs in its markup), so a snippet gives the same findings in both. Its comments are the page's, so
 * `<!-- eslint-disable-next-line … -->` and `// eslint-disable-line …` in a script work.
 */
export const htmlParser = {
  meta: { name: 'eslint-plugin-phiguard/html-parser', version: pkg.version },
  parseForESLint(text: string): { ast: object; services: HtmlParserServices } {
    const loc = locator(text);
    const comments = pageComments(text).map((c) => ({ type: c.type, value: c.value, range: [c.start, c.end], loc: { start: loc(c.start), end: loc(c.end) } }));
    const ast = { type: 'Program', sourceType: 'script', body: [], comments, tokens: [], range: [0, text.length], loc: { start: { line: 1, column: 0 }, end: loc(text.length) } };
    return { ast, services: { phiguardHtmlPage: true } };
  },
};
