import { parse as momoaParse } from '@humanwhocodes/momoa';
import { JsonLocator, type JsonPath } from './locator.js';

/**
 * Bad input: the file cannot be analysed at all. The CLI prints it as one line,
 * `phiguard-gtm: <file>:<line>:<column>: <reason>`, and exits with 2.
 */
export class GtmInputError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** JSON path of the offending field, when the problem is a shape error. */
  readonly path: string | undefined;
  readonly reason: string;
  constructor(reason: string, where: { line?: number; column?: number; path?: string } = {}) {
    // One line, always: control characters in the reason (momoa quotes the offending one) are escaped.
    const line = reason.replace(/[\u0000-\u001f\u2028\u2029]/gu, (c) => JSON.stringify(c).slice(1, -1));
    super(line);
    this.name = 'GtmInputError';
    this.reason = line;
    this.line = where.line;
    this.column = where.column;
    this.path = where.path;
  }

  /** `<file>:<line>:<column>: <reason>` (line/column omitted when unknown). */
  format(file: string): string {
    const where = this.line === undefined ? file : `${file}:${this.line}:${this.column ?? 1}`;
    return `${where}: ${this.reason}`;
  }
}

const TOKEN_NAMES: Record<string, string> = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Comma: "','",
  Colon: "':'",
  String: 'string',
  Number: 'number',
  Boolean: 'boolean',
  Null: 'null',
  EOF: 'end of input',
};

/**
 * Whether `JSON.parse` failed at the end of the text. It reads left to right and stops at the first
 * character that cannot continue a JSON text, so failing at the end means everything before is a
 * valid start: the file is cut short. (momoa names the token before the cut instead.)
 */
function failedAtEnd(body: string, nativeError: unknown): boolean {
  const message = nativeError instanceof Error ? nativeError.message : '';
  if (/unexpected end of JSON input/iu.test(message)) return true;
  const at = /position (\d+)/u.exec(message);
  return at !== null && Number(at[1]) >= body.trimEnd().length;
}

/** Comments at the start of a text: `// …` lines and `/* … *\/` blocks. */
const COMMENTS = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/))+/u;

/**
 * What a file that fails on its first character is likely to be instead: a published `gtm.js`
 * (JavaScript) or a saved page are common mistakes for an export.
 */
function notJsonHint(text: string, line: number, column: number): string {
  const lead = /^\s*/u.exec(text)![0];
  const leadLines = lead.split('\n');
  if (line !== leadLines.length || column !== leadLines.at(-1)!.length + 1) return '';
  const start = text.slice(lead.length, lead.length + 20);
  // `// exported 2025-06-01` above the export (a JSONC habit): JSON has no comments.
  if (/^\/[/*]/u.test(start) && /^\s*\{\s*"(?:exportFormatVersion|exportTime|containerVersion)"/u.test(text.slice(lead.length).replace(COMMENTS, ''))) return '(JSON has no comments: remove them)';
  // `___INFO___`: a custom template file (`template.tpl`, from the Template Editor's Export), not a container.
  if (start.startsWith('___INFO___') || start.startsWith('___TERMS_OF_SERVICE___')) return '(this looks like a custom template file (.tpl), not an exported container: in GTM, use Admin > Export Container; a template is read from the container that uses it)';
  // `data = {"resource": …}`: a gtm.js data object saved on its own (container-watch tools do).
  const kind = start.startsWith('<') ? 'HTML' : /^(?:\/[/*]|[(!;]|(?:var|let|const|function|window)\b|[A-Za-z_$][\w$.]*\s*=)/u.test(start) ? 'JavaScript' : undefined;
  if (kind) return `(this looks like ${kind}, not an exported container: in GTM, use Admin > Export Container)`;
  // `I'm…{ "exportFormatVersion": 2, … }`: a note or stray characters pasted before the export.
  const brace = text.indexOf('{', lead.length);
  return brace > lead.length && /^\{\s*"(?:exportFormatVersion|exportTime|containerVersion)"/u.test(text.slice(brace, brace + 40)) ? "(there is text before the export's opening '{': remove it)" : '';
}

/** Reason and position of a JSON syntax error (in a text without its BOM), from momoa (which reports line and column). */
function syntaxError(text: string, nativeError: unknown): GtmInputError {
  if (failedAtEnd(text, nativeError)) {
    const { line, column } = new JsonLocator(text).lineColumn(text.trimEnd().length);
    return new GtmInputError('invalid JSON: unexpected end of input (is the file cut short?)', { line, column });
  }
  try {
    momoaParse(text, { mode: 'json' });
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number };
    // momoa puts "end of input" at 1:1 when the text ends in white space: point at the end of the text.
    if (/end of input/iu.test(e.message ?? '')) {
      const { line, column } = new JsonLocator(text).lineColumn(text.trimEnd().length);
      return new GtmInputError('invalid JSON: unexpected end of input (is the file cut short?)', { line, column });
    }
    if (typeof e.line === 'number') {
      const reason = String(e.message ?? 'invalid JSON')
        .replace(/ ?\(\d+:\d+\)$/u, '')
        .trim()
        .replace(/\btoken (\w+)/u, (whole, name: string) => (TOKEN_NAMES[name] ? `token ${TOKEN_NAMES[name]}` : whole));
      const hint = notJsonHint(text, e.line, e.column ?? 1);
      return new GtmInputError(`invalid JSON: ${hint ? `${reason.replace(/\.$/u, '')} ${hint}` : reason}`, { line: e.line, column: e.column ?? 1 });
    }
  }
  // momoa accepted what JSON.parse rejected (should not happen): use the native position if it gives one.
  const message = nativeError instanceof Error ? nativeError.message : String(nativeError);
  const at = /position (\d+)/u.exec(message);
  if (at) {
    const { line, column } = new JsonLocator(text).lineColumn(Number(at[1]));
    return new GtmInputError(`invalid JSON: ${message.replace(/ in JSON at position.*$/u, '')}`, { line, column });
  }
  return new GtmInputError(`invalid JSON: ${message}`, { line: 1, column: 1 });
}

export interface LoadedJson {
  value: unknown;
  locator: JsonLocator;
}

/** Parses JSON text (a leading BOM is allowed). Throws `GtmInputError` with line:column on a syntax error. */
export function loadJson(text: string): LoadedJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new GtmInputError('empty file: expected a GTM container export (JSON)', { line: 1, column: 1 });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Positions without the BOM, as the locator gives them.
    throw syntaxError(body, error);
  }
  return { value, locator: new JsonLocator(text, value) };
}

/** `containerVersion.tag[3].parameter` */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : /^[A-Za-z_$][\w$]*$/u.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}
