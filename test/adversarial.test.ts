// The adversarial snippets of session 35 (test/fixtures/adversarial, see its README): each file,
// linted as the README says a user would (typescript-eslint for .ts/.tsx, the recommended config),
// gives exactly the findings in expected.json, by line and rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { siteLinter } from './lint-site.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'adversarial');

it('each adversarial snippet gives exactly its expected findings', async () => {
  const eslint = siteLinter(dir);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, string[]>;
  const results = await eslint.lintFiles(['.']);
  expect(results.length).toBe(Object.keys(expected).length);
  const actual = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.line} ${(m.ruleId ?? `FATAL ${m.message}`).replace('phiguard/', '')}`)]));
  expect(actual).toEqual(expected);
});
