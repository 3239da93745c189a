/**
 * Positions in the container file, computed lazily from the raw text.
 *
 * The container is parsed once with `JSON.parse` (native speed, exact semantics); this class answers
 * "where in the file is `containerVersion.tag[12].parameter[0].value`?" by scanning the text. Each
 * object or array it walks into is indexed once (member offsets), so resolving many paths costs about
 * one pass over the parts of the file that hold findings. The text must be valid JSON (the loader
 * checks that first); duplicate keys resolve to the last occurrence, as `JSON.parse` does.
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
  readonly #containers = new Map<number, ObjectIndex | ArrayIndex>();

  constructor(text: string) {
    this.text = text;
  }

  /** Offset of the root value (after a BOM and whitespace). */
  get rootStart(): number {
    let i = 0;
    if (this.text.charCodeAt(0) === 0xfeff) i = 1;
    return this.#skipWs(i);
  }

  /** The span of the value at `path`, or the closest ancestor that exists. */
  locate(path: JsonPath): Span {
    let start = this.rootStart;
    for (const segment of path) {
      const next = this.#child(start, segment);
      if (next === undefined) break;
      start = next;
    }
    return { start, end: this.#valueEnd(start) };
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
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /**
   * Line and column of many offsets in one forward pass (no table of line starts): cheaper than
   * `lineColumn` when a large file has a few thousand findings.
   */
  lineColumns(offsets: readonly number[]): LineColumn[] {
    if (this.#lineStarts) return offsets.map((o) => this.lineColumn(o));
    const order = offsets.map((_, i) => i).sort((x, y) => offsets[x]! - offsets[y]!);
    const out: LineColumn[] = new Array<LineColumn>(offsets.length);
    const text = this.text;
    let line = 1;
    let lineStart = 0;
    for (const i of order) {
      const offset = offsets[i]!;
      for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < offset; nl = text.indexOf('\n', lineStart)) {
        line++;
        lineStart = nl + 1;
      }
      out[i] = { line, column: offset - lineStart + 1 };
    }
    return out;
  }

  #getLineStarts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.#lineStarts = starts;
    return starts;
  }

  #child(start: number, segment: string | number): number | undefined {
    const c = this.text.charCodeAt(start);
    let index = this.#containers.get(start);
    if (!index) {
      if (c === OPEN_BRACE) {
        const members = new Map<string, number>();
        this.#scanObject(start, (key, _ks, _ke, valueStart) => members.set(key, valueStart));
        index = { kind: 'object', members };
      } else if (c === OPEN_BRACKET) {
        const elements: number[] = [];
        this.#scanArray(start, (valueStart) => elements.push(valueStart));
        index = { kind: 'array', elements };
      } else {
        return undefined;
      }
      this.#containers.set(start, index);
    }
    if (index.kind === 'object') return typeof segment === 'string' ? index.members.get(segment) : undefined;
    return typeof segment === 'number' ? index.elements[segment] : undefined;
  }

  #scanObject(start: number, onMember: (key: string, keyStart: number, keyEnd: number, valueStart: number) => void): number {
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
      i = this.#skipWs(this.#valueEnd(i));
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

  /** Offset just after the value starting at `start`. */
  #valueEnd(start: number): number {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === QUOTE) return this.#stringEnd(start);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
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
