import { parse, type ParserOptions } from '@babel/parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BABEL_OPTIONS } from '../../src/js/analyze.js';
import { toEstree } from '../../src/js/estree.js';
import type { Node } from '../../src/js/types.js';

/**
 * `toEstree` must give what Babel's own `estree` plugin gives, node for node: compared on every
 * field except source locations of the converted file and Babel's bookkeeping (`extra`).
 */
const BASE: ParserOptions = BABEL_OPTIONS;

const IGNORED = new Set(['loc', 'start', 'end', 'extra', 'comments', 'errors', 'tokens', 'leadingComments', 'trailingComments', 'innerComments']);

/** A plain comparable copy; the first difference is reported with its path. */
function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (a === b) return undefined;
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b) ? undefined : `${path}: ${String(a)} ≠ ${String(b)}`;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} ≠ ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !IGNORED.has(k)));
  for (const k of keys) {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    // A field that is absent on one side and undefined on the other is the same.
    if (va === undefined && vb === undefined) continue;
    const d = difference(va, vb, `${path}.${k}`);
    if (d) return `${d} (${(a as Node).type ?? ''})`;
  }
  return undefined;
}

function compare(code: string): string | undefined {
  let expected: unknown;
  try {
    expected = parse(code, { ...BASE, plugins: [['estree', { classFeatures: true }]] }).program;
  } catch {
    return undefined; // not parseable at all: nothing to compare
  }
  const actual = toEstree(parse(code, BASE).program as unknown as Node, code);
  return difference(actual, expected);
}

describe('toEstree matches @babel/parser estree plugin', () => {
  it.each([
    ['literals', `'a'; "b\\n"; 1; 0x1f; 1e3; true; false; null; /a+b/gi; 10n; 0x10n; \`t\${x}u\`; tag\`q\`;`],
    ['directives', `'use strict'; "also"; function f() { 'use strict'; return 1 } (() => { 'x'; })`],
    ['a string statement that is not a directive', `x(); 'not a directive';`],
    ['object members', `({ a: 1, b, [c]: 2, 'd': 3, 4: 5, m() {}, get g() { return 1 }, set s(v) {}, async am() {}, *gen() {}, async *ag() {}, [k /* ( */]() {}, ...rest })`],
    ['object patterns', `const { a, b: { c }, ...d } = o; ({ x = 1 } = y); function f({ p, q: [r] }) {}`],
    ['classes', `class A extends B { constructor() { super() } m() {} static s() {} get g() {} set g(v) {} [k]() {} #p = 1; #m() { return this.#p } static #sp; f = 2; static { init() } 'str'() {} async *ag() {} }`],
    ['private in', `class C { #x; static has(o) { return #x in o } }`],
    ['optional chains', `a?.b; a?.b.c; a?.[b]?.(c).d; (a?.b).c; (a?.b)?.c; a.b?.(); f()?.g; x = a?.b?.c?.d(e)?.f;`],
    ['calls and members', `a.b(c); new A(b); a[b]; a.b.c(d)(e);`],
    ['dynamic import', `import('x'); import('y', { with: { type: 'json' } }); const m = await import(name);`],
    ['modules', `import a, { b as c } from 'm'; import * as ns from 'n'; export { c }; export default 1; export * from 'p'; export * as q from 'q'; export const z = 1;`],
    ['functions', `function f(a = 1, ...b) {} const g = async (x) => x; const h = () => { return 1 }; (function* () { yield 1 })`],
    ['statements', `label: for (const x of y) { if (x) continue label; else break } try { t() } catch { } finally { } switch (a) { case 1: default: } do {} while (0); with (o) {}`],
    ['comments between key and parameters', `({ m /* ( */ () {} }); class K { [a] /* ( */ // (\n () {} }`],
    ['error recovery', `ttq.identify({ email: }); fbq('track',, 'x')`],
    ['GTM-style base code', `!function(w,d,t){w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track"];ttq.load=function(e,n){var i="https://analytics.tiktok.com/i18n/pixel/events.js";ttq._i=ttq._i||{}}}(window,document,'ttq');`],
  ])('%s', (_name, code) => {
    expect(compare(code)).toBeUndefined();
  });

  it("matches on real code: every JavaScript file of core's dependencies and of ESLint", () => {
    // A varied corpus that is always installed: ES modules and CommonJS, hand-written and generated.
    const roots = [
      ...['htmlparser2', 'eslint-scope', 'eslint-visitor-keys', '@babel/parser'].map((name) => `../../node_modules/${name}`),
      '../../../../node_modules/eslint/lib',
    ].map((path) => fileURLToPath(new URL(path, import.meta.url)));
    const files: string[] = [];
    const collect = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') collect(full);
        else if (/\.(?:c|m)?js$/u.test(entry.name)) files.push(full);
      }
    };
    for (const root of roots) collect(root);
    expect(files.length).toBeGreaterThan(300);
    const failures = files.map((f) => [f, compare(readFileSync(f, 'utf8'))]).filter(([, d]) => d !== undefined);
    expect(failures).toEqual([]);
  });
});
