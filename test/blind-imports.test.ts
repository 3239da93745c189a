// A blind test as a regression test: a telehealth site whose tracker calls take their constants from
// other modules (test/fixtures/blind-imports), written from the README and the rule docs by someone
// who saw neither the code nor the tests, with its answer key (ANSWER-KEY.md) written before the
// first run. Linted as its author configured it (typescript-eslint's parser without type
// information, the recommended config, one declared helper), it gives exactly expected.json: every
// firm row of the key, the doubtful rows as reviewed there, and ESLint's own parsing error on the
// module the author broke on purpose. Anything else, on the key's traps or anywhere, is a false positive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { siteLinter } from './lint-site.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'blind-imports');
const trackingHelpers = [{ name: 'trackEvent', from: '@/lib/analytics/track', calls: 'dataLayer.push({ event: $1, ...$2 })' }];

it('the blind site with imported constants gives exactly its reviewed answer key', async () => {
  const eslint = siteLinter(dir, { settings: { phiguard: { trackingHelpers } } });
  const results = await eslint.lintFiles(['.']);
  const actual = results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath).replaceAll('\\', '/')}:${m.line} ${m.ruleId ?? (m.fatal ? 'parse error' : 'none')}`)).sort();
  const expected = (JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Array<{ at: string; ruleId: string | null }>)
    .map((e) => `${e.at} ${e.ruleId === null ? 'parse error' : `phiguard/${e.ruleId}`}`)
    .sort();
  expect(actual).toEqual(expected);
});
