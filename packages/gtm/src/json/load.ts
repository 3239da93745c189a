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
 * Whether a syntax error at `line`:`column` is a file cut short: brackets are still open (or a
 * string) at the end of the text, and the error is in its last stretch (momoa reports the token
 * before the cut, not the end).
 */
function cutShort(text: string, line: number, column: number): boolean {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1;
  if (offset < 0) return false;
  offset += column - 1;
  const tail = text.trimEnd().length;
  if (tail - offset > Math.max(200, tail / 10)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/** Reason and position of a JSON syntax error, from momoa (which reports line and column). */
function syntaxError(text: string, nativeError: unknown): GtmInputError {
  try {
    momoaParse(text, { mode: 'json' });
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number };
    // momoa puts "end of input" at 1:1 when the text ends in white space: point at the end of the text.
    if (/end of input/iu.test(e.message ?? '')) {
      const { line, column } = new JsonLocator(text).lineColumn(text.trimEnd().length);
      return new GtmInputError('invalid JSON: unexpected end of input (is the file cut short?)', { line, column });
    }
    if (typeof e.line === 'number' && cutShort(text, e.line, e.column ?? 1)) {
      const { line, column } = new JsonLocator(text).lineColumn(text.trimEnd().length);
      return new GtmInputError('invalid JSON: unexpected end of input (is the file cut short?)', { line, column });
    }
    if (typeof e.line === 'number') {
      const reason = String(e.message ?? 'invalid JSON')
        .replace(/ ?\(\d+:\d+\)$/u, '')
        .trim()
        .replace(/\btoken (\w+)/u, (whole, name: string) => (TOKEN_NAMES[name] ? `token ${TOKEN_NAMES[name]}` : whole));
      return new GtmInputError(`invalid JSON: ${reason}`, { line: e.line, column: e.column ?? 1 });
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
    throw syntaxError(body === text ? text : ` ${body}`, error);
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
