/**
 * Positions in the container file, computed lazily from the raw text.
 *
 * The container is parsed once with `JSON.parse` (native speed, exact semantics); this class answers
 * "where in the file is `containerVersion.tag[12].parameter[0].value`?" by scanning the text. Each
 * object or array it walks into is indexed once (member offsets). The text must be valid JSON (the
 * loader checks that first); duplicate keys resolve to the last occurrence, as `JSON.parse` does.
 *
 * Skipping a sibling's value is the costly part. Pretty-printed files (every GTM export) close a
 * multi-line object or array on a line of its own, indented like the line that opened it; JSON
 * strings cannot hold a raw newline, so `"\n" + indent + "}"` is found with one native `indexOf`
 * instead of scanning every token in between. Given the parsed value, each index is checked against
 * it (member names and value kinds); a file whose layout does not fit is located by the exact scan.
 */

export type JsonPath = ReadonlyArray<string | number>;

export interface Span {
  /** Offset of the first character of the value. */
  start: number;
  /** Offset just after the value. */
  end: number;
}

export interface LineColumn {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as ESLint reports them). */
  column: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

interface ObjectIndex {
  kind: 'object';
  members: Map<string, number>;
}
interface ArrayIndex {
  kind: 'array';
  elements: number[];
}

export class JsonLocator {
  readonly text: string;
  #lineStarts: number[] | undefined;
  #containers = new Map<number, ObjectIndex | ArrayIndex>();
  /** Ends of containers found with the layout shortcut, by start offset. */
  #ends = new Map<number, number>();
  /** Element offsets of the arrays skipped with the shortcut, until an index is built from them. */
  #skippedArrays = new Map<number, number[]>();
  /** The parsed value, to check indexes against; without it only the exact scan is used. */
  readonly #root: unknown;
  /** Whether container ends are found by their indentation (see the class comment). */
  #byIndent: boolean;
  /** The first key an object repeats, by the object's start offset (JSON readers keep the last one). */
  #duplicates = new Map<number, { key: string; keyStart: number }>();

  constructor(text: string, root?: unknown) {
    this.text = text;
    this.#root = root;
    this.#byIndent = root !== undefined;
  }

  /** Offset of the root value (after a BOM and whitespace). */
  get rootStart(): number {
    return this.#skipWs(this.#bom);
  }

  /**
   * 1 when the text starts with a byte order mark. Line 1 starts after it: editors, ESLint and
   * GitHub annotations do not count it as a column.
   */
  get #bom(): number {
    return this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The span of the value at `path`, or the closest ancestor that exists. */
  locate(path: JsonPath): Span {
    const byIndent = this.#byIndent;
    let start = this.rootStart;
    let value = this.#root;
    for (const segment of path) {
      const next = this.#child(start, segment, value);
      // The layout did not fit the indentation shortcut: start again with the exact scan.
      if (byIndent && !this.#byIndent) return this.locate(path);
      if (next === undefined) break;
      start = next;
      value = value === null || typeof value !== 'object' ? undefined : (value as Record<string | number, unknown>)[segment];
    }
    return { start, end: this.#valueEnd(start) };
  }

  /** The first key the object at `path` repeats, where it is written the second time (`JSON.parse` keeps that one). */
  duplicateKey(path: JsonPath): { key: string; offset: number } | undefined {
    // Locating a child that no object has indexes the object at `path`.
    this.locate([...path, '\u0000']);
    const found = this.#duplicates.get(this.locate(path).start);
    return found && { key: found.key, offset: found.keyStart };
  }

  /**
   * Maps an offset into the decoded value of the JSON string token starting at `tokenStart`
   * (the opening quote) to an offset in the file. Escapes (`\n`, `\"`, `\\`, `\/`, `\uXXXX`) take
   * more characters in the file than in the decoded string; this walks the raw token to account for them.
   */
  stringOffset(tokenStart: number, decodedOffset: number): number {
    const text = this.text;
    let raw = tokenStart + 1;
    let decoded = 0;
    while (decoded < decodedOffset) {
      const c = text.charCodeAt(raw);
      if (c === QUOTE || Number.isNaN(c)) break;
      raw += c === BACKSLASH ? (text.charCodeAt(raw + 1) === 0x75 /* u */ ? 6 : 2) : 1;
      decoded++;
    }
    return raw;
  }

  lineColumn(offset: number): LineColumn {
    const starts = this.#getLineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(1, offset - starts[lo]! + 1) };
  }

  /**
   * Line and column of many offsets in one forward pass (no table of line starts): cheaper than
   * `lineColumn` when a large file has a few thousand findings.
   */
  lineColumns(offsets: readonly number[]): LineColumn[] {
    if (this.#lineStarts || this.#loneCarriageReturns()) return offsets.map((o) => this.lineColumn(o));
    const order = offsets.map((_, i) => i).sort((x, y) => offsets[x]! - offsets[y]!);
    const out: LineColumn[] = new Array<LineColumn>(offsets.length);
    const text = this.text;
    let line = 1;
    let lineStart = this.#bom;
    // The next line break, searched once per line (a minified file is one 50 MB line).
    let next = text.indexOf('\n');
    for (const i of order) {
      const offset = offsets[i]!;
      while (next !== -1 && next < offset) {
        line++;
        lineStart = next + 1;
        next = text.indexOf('\n', lineStart);
      }
      out[i] = { line, column: Math.max(1, offset - lineStart + 1) };
    }
    return out;
  }

  #getLineStarts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [this.#bom];
    const text = this.text;
    if (this.#loneCarriageReturns()) {
      // Old Mac line endings: a CR not followed by LF ends a line too, as in editors and ESLint.
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
      }
    } else {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    this.#lineStarts = starts;
    return starts;
  }

  #loneCr: boolean | undefined;

  /** Whether a CR ends a line on its own somewhere (most files have no CR, or only CRLF). */
  #loneCarriageReturns(): boolean {
    this.#loneCr ??= this.text.includes('\r') && /\r(?!\n)/u.test(this.text);
    return this.#loneCr;
  }

  #child(start: number, segment: string | number, value: unknown): number | undefined {
    const c = this.text.charCodeAt(start);
    let index = this.#containers.get(start);
    if (!index) {
      const byIndent = this.#byIndent;
      let end: number;
      if (c === OPEN_BRACE) {
        const members = new Map<string, number>();
        let repeated: { key: string; keyStart: number } | undefined;
        // The last member's end is looked for backwards from the object's end: the root's last
        // member (`containerVersion`) is most of the file, and needs no scan to the end of it.
        const parentEnd = start === this.rootStart ? this.text.length : this.#ends.get(start);
        const last = byIndent && parentEnd !== undefined && value !== null && typeof value === 'object' ? Object.keys(value).at(-1) : undefined;
        end = this.#scanObject(
          start,
          (key, keyStart, _ke, valueStart) => {
            if (!repeated && members.has(key)) repeated = { key, keyStart };
            members.set(key, valueStart);
          },
          last === undefined ? undefined : { key: last, parentEnd: parentEnd! },
        );
        if (repeated) this.#duplicates.set(start, repeated);
        index = { kind: 'object', members };
      } else if (c === OPEN_BRACKET) {
        const skipped = this.#skippedArrays.get(start);
        const elements: number[] = skipped ?? [];
        end = skipped ? this.#ends.get(start)! : this.#scanArray(start, (valueStart) => elements.push(valueStart));
        index = { kind: 'array', elements };
      } else {
        return undefined;
      }
      if (byIndent && !(this.#byIndent && this.#endAgrees(start, end) && this.#fits(index, value))) {
        // Found by a layout the file does not keep: forget everything found that way.
        this.#byIndent = false;
        this.#containers = new Map();
        this.#ends = new Map();
        this.#skippedArrays = new Map();
        this.#duplicates = new Map();
        return undefined;
      }
      this.#containers.set(start, index);
    }
    if (index.kind === 'object') return typeof segment === 'string' ? index.members.get(segment) : undefined;
    return typeof segment === 'number' ? index.elements[segment] : undefined;
  }

  /**
   * A container indexed with the layout shortcut ends where its parent's scan said it does (the
   * root: at the end of the file). A member whose end was misread runs past that point or stops short.
   */
  #endAgrees(start: number, end: number): boolean {
    if (start === this.rootStart) return this.#skipWs(end) >= this.text.length;
    return end === (this.#ends.get(start) ?? this.#valueEnd(start));
  }

  #scanObject(start: number, onMember: (key: string, keyStart: number, keyEnd: number, valueStart: number) => void, last?: { key: string; parentEnd: number }): number {
    const text = this.text;
    let i = this.#skipWs(start + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE) return i + 1;
    for (;;) {
      const keyStart = i;
      const keyEnd = this.#stringEnd(i);
      const rawKey = text.slice(keyStart, keyEnd);
      const key = rawKey.includes('\\') ? (JSON.parse(rawKey) as string) : rawKey.slice(1, -1);
      i = this.#skipWs(keyEnd);
      if (text.charCodeAt(i) !== COLON) return i;
      i = this.#skipWs(i + 1);
      onMember(key, keyStart, keyEnd, i);
      i = this.#skipWs((key === last?.key ? this.#lastEndByIndent(i, last.parentEnd) : undefined) ?? this.#valueEnd(i));
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i = this.#skipWs(i + 1);
        continue;
      }
      return c === CLOSE_BRACE ? i + 1 : i;
    }
  }

  #scanArray(start: number, onElement: (valueStart: number) => void): number {
    const text = this.text;
    let i = this.#skipWs(start + 1);
    if (text.charCodeAt(i) === CLOSE_BRACKET) return i + 1;
    for (;;) {
      onElement(i);
      i = this.#skipWs(this.#valueEnd(i));
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i = this.#skipWs(i + 1);
        continue;
      }
      return c === CLOSE_BRACKET ? i + 1 : i;
    }
  }

  /**
   * Offsets of every object and array: `starts` ascending (recorded when a container opens),
   * `ends[i]` the offset after the container that starts at `starts[i]`. Built in one pass the
   * first time a container has to be skipped; strings are skipped with `indexOf`.
   */
  #index: { starts: Int32Array; ends: Int32Array; count: number } | undefined;

  #buildIndex(): { starts: Int32Array; ends: Int32Array; count: number } {
    const text = this.text;
    const n = text.length;
    let starts = new Int32Array(1024);
    let ends = new Int32Array(1024);
    let count = 0;
    const stack: number[] = [];
    // A regex jumps over whitespace, numbers and literals natively; strings are skipped whole.
    const structural = /["{}[\]]/gu;
    for (let m = structural.exec(text); m; m = structural.exec(text)) {
      const i = m.index;
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        structural.lastIndex = this.#stringEnd(i);
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (count === starts.length) {
          const s2 = new Int32Array(count * 2);
          s2.set(starts);
          starts = s2;
          const e2 = new Int32Array(count * 2);
          e2.set(ends);
          ends = e2;
        }
        starts[count] = i;
        ends[count] = n;
        stack.push(count++);
      } else {
        const open = stack.pop();
        if (open !== undefined) ends[open] = i + 1;
      }
    }
    this.#index = { starts, ends, count };
    return this.#index;
  }

  /**
   * True when an index built with the indentation shortcut agrees with the parsed value: the same
   * names and count, values of the same kind, and the same strings and numbers. (Objects of one kind
   * share their names, so a wrong end that lands in a sibling is caught by the values.)
   */
  #fits(index: ObjectIndex | ArrayIndex, value: unknown): boolean {
    if (value === null || typeof value !== 'object') return false;
    if (index.kind === 'array') {
      if (!Array.isArray(value) || value.length !== index.elements.length) return false;
      return index.elements.every((at, i) => this.#sameValue(at, value[i]));
    }
    if (Array.isArray(value)) return false;
    const object = value as Record<string, unknown>;
    if (Object.keys(object).length !== index.members.size) return false;
    for (const [key, at] of index.members) if (!Object.hasOwn(object, key) || !this.#sameValue(at, object[key])) return false;
    return true;
  }

  /** The token at `at` is `v` (containers: of the same kind). */
  #sameValue(at: number, v: unknown): boolean {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === QUOTE) {
      if (typeof v !== 'string') return false;
      const end = this.#stringEnd(at);
      const raw = text.slice(at, end);
      return raw.includes('\\') ? JSON.parse(raw) === v : raw.length === v.length + 2 && raw.endsWith(`${v}"`);
    }
    if (c === OPEN_BRACE) return v !== null && typeof v === 'object' && !Array.isArray(v);
    if (c === OPEN_BRACKET) return Array.isArray(v);
    if (c === 0x74 /* t */) return v === true;
    if (c === 0x66 /* f */) return v === false;
    if (c === 0x6e /* n */) return v === null;
    return typeof v === 'number' && Number(text.slice(at, this.#valueEnd(at))) === v;
  }

  /**
   * End of the object or array at `start` from the layout: the first line after the opening line
   * that holds just the closing bracket, indented like the opening line. Undefined when the
   * container does not end its line (`[]`, `{"a": 1}`) or no such line follows.
   */
  #endByIndent(start: number): number | undefined {
    const text = this.text;
    const i = this.#lineBreakAfter(start);
    if (i === undefined) return undefined;
    const indent = this.#indentOf(start);
    const n = indent.length;
    const closer = text.charCodeAt(start) === OPEN_BRACE ? '}' : ']';
    // Brackets are far rarer than line breaks or spaces: V8 finds one character much faster than
    // the whole "\n + indent + bracket" pattern, and the few candidates are checked in place.
    for (let at = text.indexOf(closer, i); at >= 0; at = text.indexOf(closer, at + 1)) {
      if (text.charCodeAt(at - n - 1) === 0x0a && (n === 0 || text.startsWith(indent, at - n))) return at + 1;
    }
    return undefined;
  }

  /**
   * End of a multi-line container that is the last member of an object ending at `parentEnd`: its
   * closing line is the last line before `parentEnd` with its bracket at its indentation.
   */
  #lastEndByIndent(start: number, parentEnd: number): number | undefined {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (!this.#byIndent || (c !== OPEN_BRACE && c !== OPEN_BRACKET)) return undefined;
    const known = this.#ends.get(start);
    if (known !== undefined) return known;
    const i = this.#lineBreakAfter(start);
    if (i === undefined) return undefined;
    const indent = this.#indentOf(start);
    const closer = `\n${indent}${c === OPEN_BRACE ? '}' : ']'}`;
    const at = text.lastIndexOf(closer, parentEnd);
    if (at < i) return undefined;
    const end = at + closer.length;
    this.#ends.set(start, end);
    return end;
  }

  /** Offset of the line break that ends the opening bracket's line, when only white space follows the bracket (a multi-line container). */
  #lineBreakAfter(start: number): number | undefined {
    const text = this.text;
    let i = start + 1;
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x09 || c === 0x0d) c = text.charCodeAt(++i);
    return c === 0x0a ? i : undefined;
  }

  /** The indentation of the line holding `offset`. */
  #indentOf(offset: number): string {
    const text = this.text;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let end = lineStart;
    for (let u = text.charCodeAt(end); u === 0x20 || u === 0x09; u = text.charCodeAt(++end));
    return text.slice(lineStart, end);
  }

  /** Offset just after the value starting at `start`. */
  #valueEnd(start: number): number {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === QUOTE) return this.#stringEnd(start);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (this.#byIndent) {
        const known = this.#ends.get(start);
        if (known !== undefined) return known;
        let end: number | undefined;
        if (c === OPEN_BRACKET) {
          end = this.#endOnLine(start);
          if (end === undefined) {
            // A multi-line array is skipped element by element, and its elements are kept: the long
            // arrays (tags, triggers, variables) are the ones findings need, so one pass serves both.
            const elements: number[] = [];
            end = this.#scanArray(start, (valueStart) => elements.push(valueStart));
            if (this.#byIndent) this.#skippedArrays.set(start, elements);
          }
        } else {
          end = this.#endByIndent(start) ?? this.#endOnLine(start);
        }
        if (end !== undefined && this.#byIndent) {
          this.#ends.set(start, end);
          return end;
        }
        // Neither applies (a minified file): the exact scan from here on.
        this.#byIndent = false;
      }
      const { starts, ends, count } = this.#index ?? this.#buildIndex();
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = starts[mid]!;
        if (v === start) return ends[mid]!;
        if (v < start) lo = mid + 1;
        else hi = mid - 1;
      }
      return text.length;
    }
    // number, true, false, null
    let i = start;
    const n = text.length;
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (ch === COMMA || ch === CLOSE_BRACE || ch === CLOSE_BRACKET || ch <= 0x20) break;
      i++;
    }
    return i;
  }

  /**
   * End of a container that closes on the line it opens (`[]`, `{"a": 1}` in a pretty-printed file),
   * by scanning that line only.
   */
  #endOnLine(start: number): number | undefined {
    const text = this.text;
    // Scans up to the container's end or the line's: no search for the line break first, which on
    // a minified file (one line) would read to the end of the file for every container.
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) return undefined;
      if (c === QUOTE) i = this.#stringEnd(i) - 1;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    return undefined;
  }

  /** Offset just after the closing quote of the string token starting at `start`. */
  #stringEnd(start: number): number {
    const text = this.text;
    let i = start + 1;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q === -1) return text.length;
      // Count the backslashes before the quote: an odd number escapes it.
      let b = q - 1;
      while (text.charCodeAt(b) === BACKSLASH) b--;
      if ((q - 1 - b) % 2 === 0) return q + 1;
      i = q + 1;
    }
  }

  #skipWs(i: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }
}


