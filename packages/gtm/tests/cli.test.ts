import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, fixture, gtm, hasShared, html } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/gtm/dist/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'phiguard-gtm-'));

beforeAll(() => {
  // The tests run the built bin, as a user would; build it (incremental) first.
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-b', 'packages/core', 'packages/gtm'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 120_000);

function run(args: string[], options: { cwd?: string; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? tmp, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

const write = (name: string, text: string) => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};

const clean = write('clean.json', gtm({ tag: [html('scroll', '<script>console.log(1)</script>')] }));
const warnOnly = write('warn.json', gtm({ tag: [html('paused', "<script>ttq.identify({email: 'a@b.co'})</script>", { paused: true })] }));

describe('phiguard-gtm exit codes', () => {
  it('0 for a clean container', () => {
    const r = run([clean]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('No problems found in 1 container.\n');
    expect(r.stderr).toBe('');
  });

  it('1 when there are errors, with the stylish report', () => {
    const r = run([fixture('healthcare-web.json')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✖ 8 problems (8 errors, 0 warnings)');
  });

  it('0 for warnings only; 1 over --max-warnings', () => {
    expect(run([warnOnly]).status).toBe(0);
    expect(run([warnOnly, '--max-warnings', '1']).status).toBe(0);
    const over = run([warnOnly, '--max-warnings', '0']);
    expect(over.status).toBe(1);
    expect(over.stdout).toContain('phiguard-gtm found too many warnings (maximum: 0, found: 1).');
    // ESLint's spelling of "off", as a separate argument.
    expect(run([warnOnly, '--max-warnings', '-1']).status).toBe(0);
  });

  it('--quiet hides warnings but the exit code still counts them', () => {
    const r = run([warnOnly, '--quiet', '--max-warnings', '0']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/\d+:\d+ +warning/u); // no warning line
    // Not "No problems found": the warnings are there, only not shown.
    expect(run([warnOnly, '--quiet']).stdout).toMatch(/^No errors found in 1 container \(\d+ warnings? not shown: --quiet\)\.\n/mu);
  });

  it('2 for invalid JSON, with file:line:column: reason and no stack trace', () => {
    const bad = write('bad.json', '{\n  "containerVersion": {\n    "tag": [,]\n  }\n}\n');
    const r = run(['bad.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^phiguard-gtm: bad\.json:3:13: invalid JSON: [^\n]+\n$/u);
    expect(r.stdout).toBe('');
    expect(bad).toContain('bad.json');
  });

  it('2 for JSON that is not a GTM export, naming the file', () => {
    write('package.json', '{"name": "x", "version": "1.0.0"}');
    const r = run(['package.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('phiguard-gtm: package.json:1:1: not a GTM container export: no "containerVersion" object at the top level (found name, version); export it from GTM with Admin → Export Container\n');
  });

  it('2 for a wrong shape, with the path of the bad field', () => {
    write('shape.json', JSON.stringify({ exportFormatVersion: 2, containerVersion: { tag: { oops: true } } }, null, 2));
    const r = run(['shape.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('phiguard-gtm: shape.json:4:12: containerVersion.tag: expected an array, found an object\n');
  });

  it('2 for a missing file, an unknown option, format or rule', () => {
    expect(run(['nope.json']).stderr).toBe('phiguard-gtm: nope.json: cannot read file (ENOENT)\n');
    expect(run(['nope.json']).status).toBe(2);
    expect(run(['--bogus', clean]).status).toBe(2);
    // One short line, not Node's message and the whole help (docs tester, session 47).
    expect(run(['--bogus', clean]).stderr).toBe("phiguard-gtm: unknown option '--bogus'\nRun phiguard-gtm --help for the options.\n");
    expect(run(['--max-warning', '0', clean]).stderr).toMatch(/^phiguard-gtm: unknown option '--max-warning'; did you mean '--max-warnings'\?\n/u);
    expect(run(['--out', 'r.txt', clean]).stderr).toMatch(/did you mean '--output-file'\?/u);
    expect(run(['-report.json']).stderr).toMatch(/^phiguard-gtm: unknown option '-report.json' \(a file named so goes after '--': phiguard-gtm -- -report.json\)\n/u);
    expect(run([clean, '--format']).stderr).toMatch(/^phiguard-gtm: option --format needs a value\n/u);
    expect(run([clean, '--quiet=yes']).stderr).toMatch(/^phiguard-gtm: option --quiet takes no value\n/u);
    expect(run(['--format', 'xml', clean]).stderr).toBe('phiguard-gtm: unknown format "xml" (formats: stylish, json, sarif, github)\n');
    expect(run(['--rule', 'no-such-rule:off', clean]).status).toBe(2);
    // ESLint's levels only: `warning` is SARIF's word, not a level (blind tester, session 45).
    expect(run(['--rule', 'no-tracking-pixel:warning', clean]).stderr).toBe('phiguard-gtm: --rule no-tracking-pixel:warning: severity must be off, warn or error\n');
    expect(run([]).stderr).toBe('phiguard-gtm: no container file given\n');
  });

  it('still reports the good files when one file is bad, and exits 2', () => {
    const r = run([fixture('healthcare-web.json'), 'nope.json', '--format', 'json']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as Array<{ errorCount: number; fatalErrorCount: number; messages: Array<{ message: string }> }>;
    expect(out[0]!.errorCount).toBe(8);
    // The file that could not be read is in the report too, not only on stderr.
    expect(out[1]).toMatchObject({ fatalErrorCount: 1, messages: [{ message: 'cannot read file (ENOENT)' }] });
    const log = JSON.parse(run(['nope.json', '--format', 'sarif']).stdout) as { runs: Array<{ invocations: Array<{ executionSuccessful: boolean }> }> };
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });
});

describe('phiguard-gtm options', () => {
  it('reads standard input with -', () => {
    const r = run(['-', '--format', 'json'], { input: readFileSync(fixture('healthcare-web.json'), 'utf8') });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>)[0]!.filePath).toBe('<stdin>');
  });

  it('reads a UTF-16 export (byte-order mark)', () => {
    const file = join(tmp, 'utf16.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(fixture('healthcare-web.json'), 'utf8'), 'utf16le')]));
    const r = run([file, '-f', 'json']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Array<{ errorCount: number }>)[0]!.errorCount).toBe(8);
  });

  it('takes a directory: every .json file under it', () => {
    const dir = join(tmp, 'exports');
    mkdirSync(join(dir, 'web'), { recursive: true });
    writeFileSync(join(dir, 'web', 'a.json'), readFileSync(fixture('healthcare-web.json'), 'utf8'));
    writeFileSync(join(dir, 'b.json'), gtm({ tag: [] }));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    // phiguard's own config beside the exports is read as config, not as a container.
    writeFileSync(join(dir, 'phiguard.config.json'), '{}');
    const r = run(['exports', '-f', 'json']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((x) => x.filePath.slice(dir.length + 1))).toEqual(['b.json', join('web', 'a.json')]);
    // A file named twice, or also found in a directory, is read once.
    const twice = run([join('exports', 'b.json'), 'exports', join(dir, 'b.json'), '-f', 'json']);
    expect((JSON.parse(twice.stdout) as Array<{ filePath: string }>).map((x) => x.filePath.slice(dir.length + 1))).toEqual(['b.json', join('web', 'a.json')]);
    mkdirSync(join(tmp, 'empty'), { recursive: true });
    expect(run(['empty']).stderr).toBe('phiguard-gtm: no .json files in empty\n');
  });

  it('writes to -o and prints nothing', () => {
    const r = run([fixture('healthcare-web.json'), '-f', 'sarif', '-o', 'out.sarif']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(tmp, 'out.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
  });

  it('--rule changes severities', () => {
    const r = run([fixture('healthcare-web.json'), '-f', 'json', '--rule', 'no-tracking-pixel:off', '--rule', 'require-consent-settings:warn']);
    const [res] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>;
    expect(res!.messages.some((m) => m.ruleId === 'no-tracking-pixel')).toBe(false);
    expect(res!.messages.filter((m) => m.ruleId === 'require-consent-settings').map((m) => m.severity)).toEqual([1]);
  });

  it('finds phiguard.config.json upward from the working directory', () => {
    const dir = join(tmp, 'project');
    mkdirSync(join(dir, 'gtm', 'exports'), { recursive: true });
    writeFileSync(join(dir, 'phiguard.config.json'), JSON.stringify({ allowVendors: ['tiktok', 'snap'], rules: { 'no-health-event-names': 'warn' } }));
    const r = run([fixture('healthcare-web.json'), '-f', 'json'], { cwd: join(dir, 'gtm', 'exports') });
    const [res] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; gtm: { vendor: string } }> }>;
    expect(res!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['no-health-event-names:1', 'no-health-event-names:1']);
    expect(r.status).toBe(0);
    expect(run([fixture('healthcare-web.json'), '--no-config-lookup'], { cwd: join(dir, 'gtm', 'exports') }).status).toBe(1);
  });

  it('a config ignore entry that suppresses nothing in the run is named on stderr, after the report', () => {
    const ignore = [
      { tag: 'TikTok - Base Code', reason: 'BAA' },
      { tag: 'TikTok - Base Code', rule: 'no-health-page-triggers', reason: 'old' },
      { tag: 'Meta Pixel (retired)', reason: 'removed in 2025' },
      { tag: 'Snap - Psychiatry', rule: ['no-advanced-matching'], reason: 'off anyway' },
      // Its code does not parse: findings may be missing, so the entry is not judged.
      { tag: 'broken', rule: 'no-tracking-pixel', reason: 'BAA' },
    ];
    write('stale.json', JSON.stringify({ rules: { 'no-advanced-matching': 'off' }, ignore }));
    const broken = write('broken.json', gtm({ tag: [html('broken', "<script>fbq('track', 'Lead'); var x = ;</script>")] }));
    const r = run([fixture('healthcare-web.json'), clean, broken, '-f', 'json', '-c', 'stale.json']);
    const results = JSON.parse(r.stdout) as Array<{ gtm: { tags: Array<{ name: string; incomplete?: true }> } }>;
    expect(results.map((x) => x.gtm.tags.filter((t) => t.incomplete).map((t) => t.name))).toEqual([[], [], ['broken']]);
    expect(r.stderr.split('\n')).toEqual([
      'phiguard-gtm: stale.json: ignore[1] (tag "TikTok - Base Code", no-health-page-triggers) suppresses nothing: that tag has no no-health-page-triggers finding; remove it, so that it cannot hide a later finding',
      'phiguard-gtm: stale.json: ignore[2] (tag "Meta Pixel (retired)") suppresses nothing: no tag of that name or id in the 3 containers checked; remove it, so that it cannot hide a later finding',
      '',
    ]);
    expect(r.status).toBe(1);
    // --quiet: errors only.
    expect(run([fixture('healthcare-web.json'), '-c', 'stale.json', '--quiet']).stderr).toBe('');
  });

  it('loads --config .mjs and rejects bad config with a one-line reason', () => {
    write('phi.mjs', "export default { rules: { 'no-advanced-matching': 'off' }, ignore: [{ tag: 'TikTok - Base Code', reason: 'BAA' }] };");
    const r = run([fixture('healthcare-web.json'), '-f', 'json', '-c', 'phi.mjs']);
    const [res] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }>; suppressedMessages: unknown[] }>;
    expect(res!.messages.map((m) => m.ruleId)).not.toContain('no-advanced-matching');
    expect(res!.suppressedMessages).toHaveLength(2);
    write('bad-config.json', JSON.stringify({ allowVendors: ['myspace'] }));
    const bad = run([clean, '-c', 'bad-config.json']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^phiguard-gtm: \S*bad-config\.json: allowVendors: unknown vendor "myspace" \(vendors: [^\n]+\)\n$/u);
    write('no-reason.json', JSON.stringify({ ignore: [{ tag: 'x' }] }));
    expect(run([clean, '-c', 'no-reason.json']).stderr).toContain('ignore[0].reason is required');
    write('warning.json', JSON.stringify({ rules: { 'no-tracking-pixel': 'warning' } }));
    expect(run([clean, '-c', 'warning.json']).stderr).toContain('rules.no-tracking-pixel: severity must be "off", "warn" or "error" (or 0, 1, 2)');
    write('rule-options.json', JSON.stringify({ rules: { 'no-health-event-names': ['error', { allowTerms: ['ivf'] }] } }));
    expect(run([clean, '-c', 'rule-options.json']).stderr).toContain('rules.no-health-event-names: per-rule options are not supported');
    // A helper's name declared twice: `from` does not tell two apart in a page (blind tester, session 42).
    write('twice.json', JSON.stringify({ trackingHelpers: [{ name: 'track', from: 'a', calls: "fbq('trackCustom', $1)" }, { name: 'track', from: 'b', calls: 'ttq.track($1)' }] }));
    const twice = run([clean, '-c', 'twice.json']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('trackingHelpers[1]: "track" is declared twice (also trackingHelpers[0]) (a page\'s helper is a global, so `from` does not tell them apart here); keep one');
    // JSON config read like a container: a byte-order mark is fine, errors say line:column.
    write('bom.json', `\uFEFF${JSON.stringify({ rules: { 'no-tracking-pixel': 'warn' } })}`);
    expect(run([clean, '-c', 'bom.json']).status).toBe(0);
    write('comma.json', '{"rules": {\n  "no-tracking-pixel": "warn",\n}}');
    expect(run([clean, '-c', 'comma.json']).stderr).toMatch(/comma\.json:3:1: invalid JSON/u);
    // A JavaScript config with a syntax error says where, as a JSON one does (blind tester, session 50).
    write('broken.mjs', "export default {\n  allowVendors: [\n");
    const broken = run([clean, '-c', 'broken.mjs']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^phiguard-gtm: \S*broken\.mjs:3:1: cannot load config: Unexpected end of input\n$/u);
    // An empty config is a config error, not a container's.
    write('empty.json', '\n');
    const empty = run([clean, '-c', 'empty.json']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^phiguard-gtm: \S*empty\.json: empty config file: expected a JSON object[^\n]*\n$/u);
  });

  it('github format prints annotations', () => {
    const r = run([fixture('healthcare-web.json'), '-f', 'github']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(8);
  });

  it.skipIf(!hasShared(corpusDir))('runs on real containers without a fatal error', () => {
    const files = ['01-sfzc-web-fbpixel-cookiebot.json', '03-kbx-server-tiktok-eapi.json', '08-govau-web-base-container.json'].map((f) => corpusDir + f);
    const r = run([...files, '-f', 'json']);
    expect([0, 1]).toContain(r.status);
    expect((JSON.parse(r.stdout) as Array<{ fatalErrorCount: number }>).map((x) => x.fatalErrorCount)).toEqual([0, 0, 0]);
  });

  it('--help and --version', () => {
    expect(run(['--help']).stdout).toContain('Usage: phiguard-gtm [options] <container.json | directory ...>');
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });
});
