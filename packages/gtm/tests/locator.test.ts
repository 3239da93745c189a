import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonLocator } from '../src/json/locator.js';
import { corpusDir, hasShared } from './helpers.js';

describe('JsonLocator', () => {
  const text = '{\n  "a": [1, {"b": "x"}, "y"],\n  "c": {"d\\"e": true, "f": null},\n  "a2": 5\n}';
  const loc = new JsonLocator(text);
  const at = (path: Array<string | number>) => {
    const s = loc.locate(path);
    return text.slice(s.start, s.end);
  };

  it('locates values by path', () => {
    expect(at(['a', 1, 'b'])).toBe('"x"');
    expect(at(['a', 2])).toBe('"y"');
    expect(at(['c', 'd"e'])).toBe('true');
    expect(at(['c', 'f'])).toBe('null');
    expect(at(['a2'])).toBe('5');
    expect(at([])).toBe(text);
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(at(['a', 9])).toBe('[1, {"b": "x"}, "y"]');
    expect(at(['nope'])).toBe(text);
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    const t = '{"k": 1, "k": 2}';
    const l = new JsonLocator(t);
    const s = l.locate(['k']);
    expect(t.slice(s.start, s.end)).toBe('2');
  });

  it('gives 1-based line and column', () => {
    const s = loc.locate(['c']);
    expect(loc.lineColumn(s.start)).toEqual({ line: 3, column: 8 });
    expect(loc.lineColumn(0)).toEqual({ line: 1, column: 1 });
  });

  it('counts lines ended by LF, CRLF and a lone CR (old Mac files), in both line lookups', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['{', '  "a": 1,', '  "b": "x"', '}'].join(eol);
      const l = new JsonLocator(text, JSON.parse(text));
      const b = l.locate(['b']).start;
      expect(l.lineColumns([b, 0])).toEqual([{ line: 3, column: 8 }, { line: 1, column: 1 }]);
      expect(new JsonLocator(text).lineColumn(b)).toEqual({ line: 3, column: 8 });
    }
  });

  it('maps decoded string offsets to file offsets across escapes', () => {
    const value = 'a\n"b"\\/c\u00e9 {{X}}';
    const t = JSON.stringify({ v: value }).replace('\\u00e9', '\\u00e9');
    const raw = `{"v": "a\\n\\"b\\"\\\\\\/c\\u00e9 {{X}}"}`;
    expect(JSON.parse(raw).v).toBe('a\n"b"\\/c\u00e9 {{X}}');
    const l = new JsonLocator(raw);
    const tok = l.locate(['v']).start;
    const decoded = JSON.parse(raw).v as string;
    for (const needle of ['b', 'c', '{{X}}', '\u00e9']) {
      const d = decoded.indexOf(needle);
      const f = l.stringOffset(tok, d);
      // The raw character at the mapped offset starts the same text (escapes aside).
      if (needle === '\u00e9') expect(raw.slice(f, f + 6)).toBe('\\u00e9');
      else expect(raw.slice(f, f + needle.length)).toBe(needle);
    }
    expect(t).toContain('"v"');
    expect(value.length).toBeGreaterThan(0);
  });

  it('handles escaped backslashes before a closing quote', () => {
    const raw = '{"a": "x\\\\", "b": "y"}';
    const l = new JsonLocator(raw);
    const s = l.locate(['b']);
    expect(raw.slice(s.start, s.end)).toBe('"y"');
  });

  it('skips a BOM', () => {
    const raw = '\uFEFF{"a": 1}';
    const l = new JsonLocator(raw);
    expect(raw.slice(l.locate(['a']).start, l.locate(['a']).end)).toBe('1');
  });
});

const withCorpus = hasShared(corpusDir);

describe.skipIf(!withCorpus)('JsonLocator: the indentation shortcut agrees with the exact scan', () => {
  // A skipped describe still runs its body to collect the tests.
  const files = withCorpus ? readdirSync(corpusDir).filter((f) => f.endsWith('.json')) : [];

  /** Every path in a value, containers and leaves. */
  function paths(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
    out.push(prefix);
    if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
    return out;
  }

  /** Spans of every path with the parsed value (shortcut allowed) and without it (exact scan only). */
  function differences(text: string): string[] {
    const value: unknown = JSON.parse(text);
    const fast = new JsonLocator(text, value);
    const exact = new JsonLocator(text);
    const out: string[] = [];
    for (const path of paths(value)) {
      const a = fast.locate(path);
      const b = exact.locate(path);
      // Leaves must agree exactly; a container's end is only read for whole-value spans.
      if (a.start !== b.start) out.push(`${JSON.stringify(path)}: ${a.start} ≠ ${b.start}`);
      if (out.length > 3) break;
    }
    return out;
  }

  /** Deterministic pseudo-random numbers (mulberry32). */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('has the corpus', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s as exported, minified, tab-indented and with CRLF line ends', (file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const value: unknown = JSON.parse(text);
    for (const variant of [text, JSON.stringify(value), JSON.stringify(value, null, '\t'), text.replace(/\n/gu, '\r\n')]) {
      expect(differences(variant)).toEqual([]);
    }
  });

  it.each(files.slice(0, 6))('%s with closing brackets moved to other indentations', (file) => {
    const lines = readFileSync(join(corpusDir, file), 'utf8').split('\n');
    const next = random(file.length);
    for (let round = 0; round < 20; round++) {
      const mangled = lines.map((line) => {
        if (!/^\s*[}\]],?$/u.test(line) || next() > 0.02) return line;
        const indent = line.length - line.trimStart().length;
        const shift = Math.round((next() - 0.5) * 16);
        return ' '.repeat(Math.max(0, indent + shift)) + line.trimStart();
      });
      expect(differences(mangled.join('\n'))).toEqual([]);
    }
  });

  it.each(files.slice(0, 6))('%s with member lines moved to other indentations', (file) => {
    const lines = readFileSync(join(corpusDir, file), 'utf8').split('\n');
    const next = random(file.length + 1);
    for (let round = 0; round < 20; round++) {
      const mangled = lines.map((line) => {
        if (!/^\s*"[^"]*":/u.test(line) || next() > 0.02) return line;
        const indent = line.length - line.trimStart().length;
        const shift = Math.round((next() - 0.5) * 16);
        return ' '.repeat(Math.max(0, indent + shift)) + line.trimStart();
      });
      expect(differences(mangled.join('\n'))).toEqual([]);
    }
  });

  it('does not take a nested member at the outer indentation for the member asked for', () => {
    // The nested `"k"` sits where a member of the outer object would; only its value tells them apart.
    const raw = '{\n  "a": {\n    "j": 1,\n  "k": "nested"\n  },\n  "k": "outer"\n}';
    expect(differences(raw)).toEqual([]);
    const l = new JsonLocator(raw, JSON.parse(raw));
    const s = l.locate(['k']);
    expect(raw.slice(s.start, s.end)).toBe('"outer"');
  });

  it('takes the last of duplicate keys with the shortcut too', () => {
    const raw = '{\n  "k": "same",\n  "x": 1,\n  "k": "same"\n}';
    expect(differences(raw)).toEqual([]);
  });

  it('finds ends of a hand-edited file whose inner closer sits at the outer indentation', () => {
    const raw = '{\n  "tag": [\n    {\n      "a": {\n        "b": 1\n    },\n      "c": "x"\n    },\n    {\n      "c": "y"\n    }\n  ]\n}';
    expect(differences(raw)).toEqual([]);
    const l = new JsonLocator(raw, JSON.parse(raw));
    const s = l.locate(['tag', 1, 'c']);
    expect(raw.slice(s.start, s.end)).toBe('"y"');
  });
});
