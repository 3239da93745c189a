import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeContainer } from '../src/analyze.js';
import { GtmInputError } from '../src/json/load.js';
import { corpusDir, fixture, hasShared } from './helpers.js';

// Real exports when they are beside the repository; the hand-made fixture always.
const REAL = ['02-sfzc-server-meta-capi.json', '03-kbx-server-tiktok-eapi.json', '07-analyzify-web-gads-enhanced-conv.json', '12-erikw92-web-shopify-ga4-consent-notneeded.json', '13-mammothgrowth-web-jsm-folders.json'];
const SOURCES = hasShared(corpusDir) ? REAL.map((f) => readFileSync(corpusDir + f, 'utf8')) : [];
SOURCES.push(readFileSync(fixture('healthcare-web.json'), 'utf8'));

/** The loader's contract: a report, or a `GtmInputError` whose message is one line. Anything else is a bug. */
function check(text: string): void {
  try {
    const r = analyzeContainer(text);
    expect(Array.isArray(r.messages)).toBe(true);
    for (const m of r.messages) {
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
      expect(m.messageId).not.toBe('internal');
    }
  } catch (error) {
    if (!(error instanceof GtmInputError)) throw error;
    expect(error.format('f.json')).not.toMatch(/\n/u);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (out.length > 4000) return out;
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function replaceAt(root: Json, path: Array<string | number>, replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy as Json;
}

const parsed = SOURCES.map((s) => JSON.parse(s) as Json);
const allPaths = parsed.map((p) => paths(p));

describe('fuzzing the loader with mutated real containers', () => {
  it('byte-level edits: insertions, deletions, truncation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SOURCES.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'truncate'), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', 'x', '0', ' ', '\n', '{{', '}}', '<script>')), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          let text = SOURCES[which]!;
          for (const [at, kind, chunk] of edits) {
            const i = at % (text.length + 1);
            if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1 + (at % 7));
            else if (kind === 'insert') text = text.slice(0, i) + chunk + text.slice(i);
            else text = text.slice(0, i);
          }
          check(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('structural edits: any value replaced by any JSON, or removed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SOURCES.length - 1 }),
        fc.nat(),
        fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
        (which, pick, replacement) => {
          const p = allPaths[which]!;
          const path = p[pick % p.length]!;
          const mutated = replaceAt(parsed[which]!, path, replacement as Json | undefined);
          check(JSON.stringify(mutated, null, 2));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('string edits inside Custom HTML, templates and variables', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string({ maxLength: 40 }), fc.constantFrom('html', 'templateData', 'javascript', 'value', 'arg1'), (pick, junk, key) => {
        const which = pick % SOURCES.length;
        const candidates = allPaths[which]!.filter((p) => p.at(-1) === 'value' || p.at(-1) === key || p.at(-1) === 'templateData');
        if (candidates.length === 0) return;
        const path = candidates[pick % candidates.length]!;
        let node: Json = parsed[which]!;
        for (const s of path) node = (node as Record<string | number, Json>)[s]!;
        const original = typeof node === 'string' ? node : '';
        const cut = pick % (original.length + 1);
        check(JSON.stringify(replaceAt(parsed[which]!, path, original.slice(0, cut) + junk + original.slice(cut)), null, 2));
      }),
      { numRuns: 200 },
    );
  });
});
