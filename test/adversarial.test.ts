// The adversarial sets of session 35, each file linted as the README says a user would, give exactly
// the findings in their expected.json, by line and rule (see each fixture folder's README):
// test/fixtures/adversarial, JavaScript and TypeScript snippets; test/fixtures/adversarial-pages,
// HTML pages, server templates, Vue and Svelte components (configs.html and the components' parsers);
// test/fixtures/adversarial-frameworks, framework and wrapper-library code; and session 40's blind
// findings, test/fixtures/blind-40 (pages and components too).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { siteLinter } from './lint-site.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function expectFolder(folder: string, pages = false): Promise<void> {
  const dir = path.join(fixtures, folder);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, string[]>;
  const results = await siteLinter(dir, { pages }).lintFiles(['.']);
  expect(results.length).toBe(Object.keys(expected).length);
  const actual = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.line} ${(m.ruleId ?? `FATAL ${m.message}`).replace('phiguard/', '')}`)]));
  expect(actual).toEqual(expected);
}

it('each adversarial snippet gives exactly its expected findings', () => expectFolder('adversarial'));

it('each adversarial page, template and component gives exactly its expected findings', () => expectFolder('adversarial-pages', true));

it('each adversarial framework snippet gives exactly its expected findings', () => expectFolder('adversarial-frameworks'));

it("each of session 40's blind findings gives exactly its expected findings", () => expectFolder('blind-40', true));
