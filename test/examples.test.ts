// The bundled example site (examples/) linted with examples/eslint.config.js — the recommended
// config, as `pnpm demo` runs it — reports exactly the leaks written into it, and nothing in the
// files that are meant to be clean. The expected list was written by reading the example code.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');

type Severity = 'error' | 'warning';
/** `file:line rule severity — why`, one entry per expected finding. */
const EXPECTED: Array<[file: string, line: number, rule: string, severity: Severity, why: string]> = [
  ['app/dermatology/book/BookingForm.jsx', 18, 'no-advanced-matching', 'error', 'ttq.identify({ email, phone_number }) after the booking'],
  ['app/dermatology/book/BookingForm.jsx', 19, 'no-health-event-names', 'error', "window.ttq?.track('booked_dermatology_appointment')"],
  ['app/dermatology/book/BookingForm.jsx', 20, 'no-advanced-matching', 'error', "gtag('set', 'user_data', { email, phone_number })"],
  ['app/layout.tsx', 32, 'no-tracking-pixel', 'error', 'TikTok base code in next/script dangerouslySetInnerHTML'],
  ['app/therapy/checkout/CheckoutButton.tsx', 4, 'no-tracking-pixel', 'error', "import ReactPixel from 'react-facebook-pixel'"],
  ['app/therapy/checkout/CheckoutButton.tsx', 18, 'no-advanced-matching', 'error', 'ReactPixel.init(id, { em })'],
  ['app/therapy/checkout/CheckoutButton.tsx', 25, 'no-health-event-names', 'error', "ReactPixel.trackCustom('therapy_subscription_started')"],
  ['app/fertility/ConsultButton.jsx', 7, 'no-health-event-names', 'error', "trackEvent('ivf_consult_booked', …) through the declared helper of lib/gtm.js"],
  ['app/fertility/ConsultButton.jsx', 7, 'no-health-event-properties', 'warning', "service: 'Egg freezing' through the same helper"],
  ['lib/tracking.js', 17, 'no-advanced-matching', 'error', "fbq('init', META_PIXEL_ID, { em, ph })"],
  ['lib/tracking.js', 17, 'no-tracking-pixel', 'error', "fbq('init', …) initialises the Meta pixel"],
  ['lib/tracking.js', 21, 'no-health-event-names', 'error', "fbq('trackCustom', EVENTS.intakeStarted) through the constant table"],
  ['lib/tracking.js', 25, 'no-health-event-names', 'error', "fbq('trackCustom', 'Paid: Weekly Therapy') — FTC v. Monument"],
  ['lib/tracking.js', 30, 'no-health-event-properties', 'warning', "content_category: isSpecialist ? 'Oncology' : 'Services'"],
  ['lib/tracking.js', 31, 'no-health-event-properties', 'warning', "content_name: 'Acne treatment plan'"],
  ['lib/tracking.js', 38, 'no-health-event-names', 'error', "dataLayer.push({ event: 'hiv_test_order' })"],
  ['public/sleep-apnea-test.html', 13, 'no-tracking-pixel', 'error', "the Snap base code's scevent.min.js loader, in a static page"],
  ['public/sleep-apnea-test.html', 15, 'no-advanced-matching', 'error', "snaptr('init', id, { user_email })"],
  ['public/sleep-apnea-test.html', 15, 'no-health-page-triggers', 'error', 'Snap on a static page whose file name, sleep-apnea-test.html, is its address'],
  ['public/sleep-apnea-test.html', 24, 'no-health-event-properties', 'warning', "onclick=\"snaptr('track', 'SIGN_UP', { description: 'Home sleep apnea test' })\""],
  ['public/sleep-apnea-test.html', 26, 'no-tracking-pixel', 'error', 'a Pinterest <img> beacon'],
  ['public/sleep-apnea-test.html', 26, 'no-health-event-properties', 'warning', 'the beacon query sends ed[lead_type]=sleep_apnea_test'],
  ['public/sleep-apnea-test.html', 26, 'no-health-page-triggers', 'error', 'Pinterest on the same health page'],
];

/** Files with health words, first-party calls, a GTM loader, a TikTok video embed: all silent. */
const CLEAN = [
  'app/api/health_check/route.ts',
  'app/health/page.tsx',
  'components/SiteFooter.tsx',
  'eslint.config.js',
  'lib/api.ts',
  'lib/db.js',
  'lib/gtm.js',
];

interface Reported {
  file: string;
  line: number;
  rule: string;
  severity: Severity;
}

let reported: Reported[] = [];
let linted: string[] = [];

beforeAll(async () => {
  const eslint = new ESLint({ cwd: examples, overrideConfigFile: path.join(examples, 'eslint.config.js') });
  const results = await eslint.lintFiles(['.']);
  linted = results.map((r) => path.relative(examples, r.filePath).split(path.sep).join('/')).sort();
  reported = results.flatMap((r) =>
    r.messages.map((m) => ({
      file: path.relative(examples, r.filePath).split(path.sep).join('/'),
      line: m.line,
      rule: m.ruleId ?? `(fatal) ${m.message}`,
      severity: m.severity === 2 ? ('error' as const) : ('warning' as const),
    })),
  );
});

const key = (r: Reported) => `${r.file}:${r.line} ${r.rule} ${r.severity}`;

describe('examples/ with the recommended config', () => {
  it('lints every example file (JS, JSX, TS, TSX, HTML)', () => {
    const expectedFiles = [...new Set([...EXPECTED.map(([file]) => file), ...CLEAN])].sort();
    expect(linted).toEqual(expectedFiles);
  });

  it('reports exactly the expected findings (rule id, file, line, severity)', () => {
    const expected = EXPECTED.map(([file, line, rule, severity]) => `${file}:${line} phiguard/${rule} ${severity}`).sort();
    expect(reported.map(key).sort()).toEqual(expected);
  });

  it.each(CLEAN)('reports nothing in %s', (file) => {
    expect(reported.filter((r) => r.file === file).map(key)).toEqual([]);
  });

  it('`node scripts/demo.mjs` (the README quick start) exits 0 and prints the summary', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'demo.mjs')], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const errors = EXPECTED.filter(([, , , s]) => s === 'error').length;
    const warnings = EXPECTED.length - errors;
    expect(stdout).toContain(`phiguard demo: ${EXPECTED.length} problems (${errors} errors, ${warnings} warnings)`);
    expect(stdout).toContain('lib/tracking.js');
  });
});
