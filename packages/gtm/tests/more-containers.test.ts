import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeContainer } from '../src/index.js';

/**
 * Hand-made containers written by someone other than the analyzer's author, each with the findings
 * the docs say it must give (`<name>.expected.json`, written before the tool was run; see
 * fixtures/more/README.md). Exactly those findings, by rule, tag and severity: nothing missing,
 * nothing extra.
 */
const dir = new URL('./fixtures/more/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.json'.length));

const key = (ruleId: string | null, tag: string | undefined, severity: string) => `${ruleId} | ${tag} | ${severity}`;

describe('more hand-made healthcare containers', () => {
  it('are all here', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(names)('%s gives exactly the expected findings', (name) => {
    const text = readFileSync(new URL(`${name}.json`, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Array<{ ruleId: string; tag: string; severity: string }>;
    // Judged as of its export, so a tag's schedule does not end under the test (hospital-system-web's ends 2026-06-30).
    const exported = /"exportTime": "([\d-]+) ([\d:]+)"/u.exec(text);
    const now = exported ? Date.parse(`${exported[1]}T${exported[2]}Z`) : undefined;
    const r = analyzeContainer(text, { filePath: `${name}.json`, ...(now === undefined ? {} : { now }) });
    const actual = r.messages.map((m) => key(m.ruleId, m.gtm?.name, m.severity === 2 ? 'error' : 'warning')).sort();
    expect(actual).toEqual(expected.map((e) => key(e.ruleId, e.tag, e.severity)).sort());
    expect(r.fatalErrorCount).toBe(0);
  });
});
