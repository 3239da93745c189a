import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { analyzeContainer } from '../src/analyze.js';
import { github, json, sarif, stylish } from '../src/formatters/index.js';
import type { GtmMessage, GtmResult } from '../src/report.js';
import { headline } from '../src/formatters/text.js';
import { analyze, fixture, html, T, table, tag } from './helpers.js';

const file = fixture('healthcare-web.json');
const cwd = dirname(dirname(file));
const results: GtmResult[] = [analyzeContainer(readFileSync(file, 'utf8'), { filePath: file })];

describe('stylish', () => {
  const out = stylish(results, { cwd });
  it('groups findings by tag with vendor and trigger names', () => {
    expect(out).toContain('fixtures/healthcare-web.json\n');
    expect(out).toContain('  Tag "Snap - Page View" (Snap, custom template) · fires on: Page View - Psychiatry\n');
    expect(out).toContain('  Tag "TikTok - Base Code" (TikTok, Custom HTML) · fires on: All Pages\n');
    expect(out).toMatch(/\n {4}\d+:\d+ +error {4}Meta event name "Paid: Weekly Therapy" reveals health information: "Therapy" \(mental health, tier 1\)\. {2}no-health-event-names\n/u);
    expect(out).toContain('value from {{LT - Program Event}} (lookup table: therapy_weekly → Paid: Weekly Therapy)');
    expect(out).toContain('✖ 8 problems (8 errors, 0 warnings)');
    expect(out).not.toContain('\u001B[');
  });
  it('ends with a docs link for each rule it reported, once', () => {
    const docs = out.slice(out.indexOf('\nRule docs:\n'));
    expect(docs.trimEnd().split('\n').slice(2)).toEqual(
      ['no-advanced-matching', 'no-health-event-names', 'no-health-page-triggers', 'no-tracking-pixel', 'require-consent-settings'].map((id) => expect.stringMatching(new RegExp(`^  ${id} +https://\\S+/docs/rules/${id}\\.md$`, 'u'))),
    );
  });
  it('colours only when asked', () => {
    expect(stylish(results, { cwd, color: true })).toContain('\u001B[31m');
  });
  it('names a vendor once when the tag type is named for it (googtag: Google tag)', () => {
    const r = analyze({ tag: [tag('Google tag - Ads', 'googtag', [T('tagId', 'AW-123')], { consentSettings: { consentStatus: 'NOT_SET' } })] });
    expect(stylish([r], { cwd })).toContain('  Tag "Google tag - Ads" (Google Ads, Google tag) · fires on');
    const g = analyze({ tag: [tag('Google tag', 'googtag', [T('tagId', 'G-1'), table('eventSettingsTable', [{ parameter: 'user_data.email_address', parameterValue: '{{DLV - em}}' }])])] });
    expect(stylish([g], { cwd })).toContain('  Tag "Google tag" (Google tag) · fires on');
  });
  it('ends a message of no rule at its text (blind tester, session 45)', () => {
    const broken = analyze({ tag: [html('Meta', "<script>fbq('init', '1'); fbq('track', 'Lead' x y z</script>")] });
    const lines = stylish([broken], { cwd }).split('\n');
    expect(lines.some((l) => l.includes('could not be fully read'))).toBe(true);
    expect(lines.filter((l) => l !== l.trimEnd())).toEqual([]);
  });
  it('says when the container is clean', () => {
    expect(stylish([analyze({ tag: [] })], { cwd })).toBe('No problems found in 1 container.\n');
  });
  it('keeps container text on its line: a tag name cannot start a workflow command', () => {
    const evil = analyze({ tag: [html('TikTok\nline2\r\n::error file=evil.json,line=1::injected', "<script>ttq.track('hiv_test_order')</script>")] });
    const lines = stylish([evil], { cwd }).split('\n');
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
    expect(lines.some((l) => l.includes('Tag "TikTok\\nline2\\r\\n::error file=evil.json,line=1::injected"'))).toBe(true);
  });
});

describe('json', () => {
  it("is ESLint's result shape plus gtm on each message", () => {
    const [r] = JSON.parse(json(results, { cwd })) as Array<Record<string, unknown>>;
    expect(Object.keys(r!)).toEqual(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules', 'gtm']);
    const m = (r!.messages as Array<Record<string, unknown>>)[0]!;
    for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) expect(m).toHaveProperty(key);
    expect(m.gtm).toEqual({ kind: 'tag', id: '1', name: 'TikTok - Base Code', vendor: 'tiktok' });
    expect(m.docsUrl).toMatch(/\/docs\/rules\/no-tracking-pixel\.md$/u);
    expect(r!.errorCount).toBe(8);
    // Read alone (reviewdog, a code-quality report), each message names its tag and where the value came from.
    const texts = (r!.messages as Array<{ message: string }>).map((x) => x.message);
    expect(texts[0]).toMatch(/^Tag "TikTok - Base Code" \(TikTok\): TikTok pixel base code: /u);
    expect(texts).toContainEqual(expect.stringMatching(/^Tag "Meta - Program Purchase" \(Meta\): Meta event name "Paid: Weekly Therapy" .* Value from \{\{LT - Program Event\}\} \(lookup table: therapy_weekly → Paid: Weekly Therapy\)\.$/u));
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(fixture('sarif-schema-2.1.0.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const suppressedAndBroken = analyze(
    { tag: [html('m', "<script>fbq('trackCustom', 'Oncology Consult'); let a; let a;</script>", { notes: 'phiguard-disable -- accepted' })] },
    { filePath: `${cwd}/fixtures/x.json` },
  );
  const log = JSON.parse(sarif([...results, suppressedAndBroken], { cwd, version: '1.2.3' })) as {
    runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }; results: Array<Record<string, any>>; invocations: Array<Record<string, any>> }>;
  };

  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator does reject what is not SARIF.
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('has rule help links, fingerprints and the tag as a logical location', () => {
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['no-tracking-pixel', 'no-advanced-matching', 'no-health-event-names', 'no-health-event-properties', 'no-health-page-triggers', 'require-consent-settings']);
    expect(run.tool.driver.rules[0]!.helpUri).toMatch(/\/docs\/rules\/no-tracking-pixel\.md$/u);
    const first = run.results[0]!;
    expect(first.locations[0].physicalLocation.artifactLocation).toMatchObject({ uri: 'fixtures/healthcare-web.json', uriBaseId: '%SRCROOT%' });
    expect(first.locations[0].logicalLocations[0]).toEqual({ kind: 'object', name: 'TikTok - Base Code', fullyQualifiedName: 'tag:1/TikTok - Base Code' });
    expect(first.partialFingerprints['phiguardFinding/v1']).toMatch(/^[0-9a-f]{32}$/u);
    expect(first.message.text).toMatch(/^Tag "TikTok - Base Code" \(TikTok\): TikTok pixel base code/u);
    const prints = run.results.map((r) => r.partialFingerprints['phiguardFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
    // A line with an emoji before the finding would be off by one for a reader counting code points.
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('keeps suppressed findings with their justification and notes unread tags', () => {
    const suppressed = log.runs[0]!.results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.suppressions)).toEqual([[{ kind: 'inSource', justification: 'accepted' }]]);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n: { level: string }) => n.level)).toEqual(['warning']);
  });

  it('fingerprints do not depend on the position of the tag in the file', () => {
    const a = analyze({ tag: [html('m', "<script>fbq('trackCustom', 'Oncology Consult');</script>", { tagId: '77' })] });
    const b = analyze({ tag: [html('other', '<script></script>'), html('m', "<script>fbq('trackCustom', 'Oncology Consult');</script>", { tagId: '77' })] });
    const print = (r: GtmResult) => (JSON.parse(sarif([r], { cwd })) as typeof log).runs[0]!.results[0]!.partialFingerprints['phiguardFinding/v1'];
    expect(print(a)).toBe(print(b));
  });
  it('gives a file outside the working directory its absolute URI, not a path that leaves %SRCROOT% (blind tester, session 46)', () => {
    const outside = analyze({ tag: [html('m', "<script>fbq('init', '1');</script>")] }, { filePath: resolve(cwd, '..', 'exports', 'gtm.json') });
    const log = JSON.parse(sarif([outside], { cwd })) as { runs: Array<{ artifacts: Array<{ location: Record<string, string> }> }> };
    expect(log.runs[0]!.artifacts[0]!.location).toEqual({ uri: pathToFileURL(resolve(cwd, '..', 'exports', 'gtm.json')).href });
    expect(validate(log)).toBe(true);
  });

  it('gives two findings of one rule in one field two fingerprints', () => {
    const code = "<script>ttq.identify({ email: user.email }); ttq.identify({ email: user.email });</script>";
    const log = JSON.parse(sarif([analyze({ tag: [html('t', code)] })], { cwd })) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> };
    const prints = log.runs[0]!.results.map((r) => r.partialFingerprints['phiguardFinding/v1']);
    expect(prints.length).toBeGreaterThanOrEqual(2);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('github', () => {
  it('prints one workflow annotation per message', () => {
    const out = github(results, { cwd }).trimEnd().split('\n');
    expect(out).toHaveLength(8);
    expect(out[0]).toMatch(/^::error file=fixtures\/healthcare-web\.json,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=phiguard\(no-tracking-pixel\)::Tag "TikTok - Base Code" \(TikTok\): TikTok pixel base code/u);
    expect(out[0]).toMatch(/ Docs: https:\/\/\S+\/docs\/rules\/no-tracking-pixel\.md$/u);
  });
  it('escapes newlines, percent signs and property separators', () => {
    const r = analyze({ tag: [html('50%, a:b\nc', "<script>fbq('trackCustom', 'Oncology Consult');</script>")] }, { filePath: `${cwd}/a,b:c.json` });
    const line = github([r], { cwd }).trimEnd();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('file=a%2Cb%3Ac.json');
    expect(line).toContain('Tag "50%25, a:b\\nc"');
  });
  it('makes container text inert: escape sequences and NUL as spaces, bidirectional overrides by code point (blind tester, session 48)', () => {
    const r = analyze({ tag: [html('Meta \u001b[2J\u001b[31mLead\u202e\u0000', "<script>fbq('trackCustom', 'Oncology Consult');</script>")] });
    for (const out of [github([r], { cwd }), stylish([r], { cwd })]) {
      expect(out).not.toMatch(/[\u0000\u001b\u202e]/u);
      expect(out).toContain('Tag "Meta  [2J [31mLead<U+202E> "');
    }
  });
});

describe('headline', () => {
  it('names the tag once, whether or not the message already starts with it', () => {
    const base = { ruleId: null, severity: 1, line: 1, column: 1, gtm: { kind: 'tag', id: '1', name: 'T' } } as unknown as GtmMessage;
    expect(headline({ ...base, message: 'Tag "T" could not be analysed: x. Check this tag by hand.' })).toBe('Tag "T" could not be analysed: x. Check this tag by hand.');
    expect(headline({ ...base, message: 'Meta event name "x" reveals health information.' })).toBe('Tag "T": Meta event name "x" reveals health information.');
  });
});
