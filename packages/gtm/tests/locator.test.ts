import { describe, expect, it } from 'vitest';
import { JsonLocator } from '../src/json/locator.js';

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
