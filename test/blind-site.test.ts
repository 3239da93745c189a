// A blind test as a regression test: a Next.js telehealth site (test/fixtures/blind-site) written
// from the README and the rule docs by someone who saw neither the code nor the tests, with its
// answer key (ANSWER-KEY.md) written before the first run. Linted as its author configured it
// (typescript-eslint's parser, the recommended config), it gives exactly expected.json: every row of
// the key, where the key allowed one or two findings the count the rules give, and three findings
// at the call that sends a constant payload rather than where the payload is written ([reviewed]),
// and (session 36) two constants and two helper calls imported through the site's `@/*` path alias, once those were read.
// Anything else, on the key's 15 traps or anywhere, is a false positive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { siteLinter } from './lint-site.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'blind-site');

it('the blind Next.js site gives exactly its answer key', async () => {
  const eslint = siteLinter(dir);
  const results = await eslint.lintFiles(['.']);
  expect(results.length).toBe(30);
  for (const r of results) for (const m of r.messages) expect(m.fatal, `${r.filePath}: ${m.message}`).toBeFalsy();
  const actual = results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath).replaceAll('\\', '/')}:${m.line} ${m.ruleId}`)).sort();
  const expected = (JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Array<{ at: string; ruleId: string }>).map((e) => `${e.at} phiguard/${e.ruleId}`).sort();
  expect(actual).toEqual(expected);
});
