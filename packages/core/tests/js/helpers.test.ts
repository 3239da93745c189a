// Declared tracking helpers (`trackingHelpers`): a helper defined in another file is read at each
// call site as the tracker call it declares. The ESLint side (imports, paths) is in
// test/tracking-helpers.test.ts.
import { describe, expect, it } from 'vitest';
import { analyzeHtml, analyzeScript, compileHelpers, trackerCallProblem, moduleKey, optionsProblem, resolveSettings, type TrackingHelper } from '../../src/index.js';

const show = (code: string, findings: ReturnType<typeof analyzeScript>['findings']) => findings.map((f) => `${f.ruleId} ${code.slice(f.range[0], f.range[1])} | ${f.message}`);
/** As phiguard-gtm and `analyzeScript` read code: a page's scripts, where `from` does not apply. */
const run = (code: string, trackingHelpers: TrackingHelper[]) => show(code, analyzeScript(code, resolveSettings({ trackingHelpers })).findings);
/** As the ESLint front-end reads a module: a declaration with `from` matches imports of that module only. */
const runModule = (code: string, trackingHelpers: TrackingHelper[]) =>
  show(code, analyzeScript(code, { ...resolveSettings({}), helpers: { list: compileHelpers(trackingHelpers, trackerCallProblem), moduleKey } }).findings);

describe('trackingHelpers: validation', () => {
  it.each([
    [{ trackingHelpers: 'pushToDataLayer' }, 'trackingHelpers must be an array of { name, calls, from? }'],
    [{ trackingHelpers: ['pushToDataLayer'] }, 'trackingHelpers[0] must be an object { name, calls, from? }'],
    [{ trackingHelpers: [{ name: 'track', calls: 'fbq($1)', form: 'x' }] }, 'trackingHelpers[0]: unknown key "form" (keys: name, from, calls)'],
    [{ trackingHelpers: [{ name: 'track event', calls: 'fbq($1)' }] }, 'trackingHelpers[0].name must be a function name or a dotted path'],
    [{ trackingHelpers: [{ name: 'track', calls: 'fbq($1)', from: [] }] }, 'trackingHelpers[0].from must be a module specifier or a non-empty array of them'],
    [{ trackingHelpers: [{ name: 'track' }] }, 'trackingHelpers[0].calls must be a string'],
    [{ trackingHelpers: [{ name: 'track', calls: "fbq('track', $1" }] }, `trackingHelpers[0].calls: "fbq('track', $1" is not an expression (Unexpected token`],
    [{ trackingHelpers: [{ name: 'track', calls: 'dataLayer' }] }, 'trackingHelpers[0].calls: "dataLayer" must be a call'],
    [{ trackingHelpers: [{ name: 'track', calls: 'dataLayr.push($1)' }] }, 'trackingHelpers[0].calls: "dataLayr.push($1)" does not call a tracker function phiguard knows'],
    [{ trackingHelpers: [{ name: 'track', calls: 'ttq.nothing($1)' }] }, 'does not call a tracker function phiguard knows'],
    [{ trackingHelpers: [{ name: 'track', calls: 'fbq($0)' }] }, 'trackingHelpers[0].calls: $0 is not allowed: arguments are $1, $2…'],
    [{ trackingHelpers: [{ name: 'track', calls: 'fbq(name)' }] }, 'trackingHelpers[0].calls: name is not allowed'],
    [{ trackingHelpers: [{ name: 'track', calls: "dataLayer.push({ [k]: $1 })" }] }, 'trackingHelpers[0].calls: [k]: $1 is not allowed'],
    [{ trackingHelpers: [{ name: 'track', calls: "dataLayer.push({ ...opts })" }] }, 'trackingHelpers[0].calls: opts is not allowed'],
    [{ trackingHelpers: [{ name: 'track', calls: "ttq.identify({ email: $1['email'] })" }] }, `trackingHelpers[0].calls: $1['email'] is not allowed: arguments are $1, $2… (or a member, $1.email)`],
    [{ trackingHelpers: [{ name: 'track', calls: 'ttq.identify({ email: user.email })' }] }, 'trackingHelpers[0].calls: user.email is not allowed'],
    [
      { trackingHelpers: [{ name: 'trackEvent', calls: 'dataLayer.push({ event: $1 })' }, { name: 'trackEvent', calls: "fbq('trackCustom', $1)" }] },
      'trackingHelpers[1]: "trackEvent" is declared twice (also trackingHelpers[0]) for the same module; give each its own `from`',
    ],
    [
      { trackingHelpers: [{ name: 'trackEvent', from: ['@/a', '@/b'], calls: 'dataLayer.push({ event: $1 })' }, { name: 'trackEvent', from: '@/b', calls: "fbq('trackCustom', $1)" }] },
      'trackingHelpers[1]: "trackEvent" is declared twice (also trackingHelpers[0])',
    ],
    [{ trackingHelpers: [{ name: 'send', calls: 'fetch($1, { body: $2 })' }] }, `trackingHelpers[0].calls: "fetch($1, { body: $2 })" sends a request: its first argument must be a vendor's server endpoint written out`],
    [{ trackingHelpers: [{ name: 'send', calls: "fetch('https://example.com/api', { body: $1 })" }] }, "its first argument must be a vendor's server endpoint"],
    [{ trackingHelpers: [{ name: 'send', calls: "fetch('https://graph.facebook.com/v19.0/1/events')" }] }, 'sends Meta nothing: give the body as argument 2'],
  ])('rejects %j', (options, reason) => {
    expect(optionsProblem(options)).toContain(reason);
  });

  it.each([
    [{ name: 'pushToDataLayer', calls: 'dataLayer.push($1)' }],
    [{ name: 'window.trackEvent', calls: "window.dataLayer.push({ event: $1, ...$2, source: 'site', n: 1, ok: true, none: null, list: [$3] })" }],
    [{ name: 'analytics.track', from: ['@/lib/analytics', './src/lib/analytics'], calls: "fbq('trackCustom', $1, $2)" }],
    [{ name: 'identify', from: 'my-analytics', calls: 'ttq.identify($1)' }],
    [{ name: 'identifyUser', calls: 'ttq.identify({ email: $1.email, phone_number: $1.contact.phone })' }],
    [{ name: 'sendMetaEvent', calls: "fetch('https://graph.facebook.com/v19.0/1234/events', { method: 'POST', body: $1 })" }],
    [{ name: 'capi.send', calls: "axios.post('https://business-api.tiktok.com/open_api/v1.3/event/track/', $1)" }],
  ])('accepts %j', (helper) => {
    expect(optionsProblem({ trackingHelpers: [helper] })).toBeUndefined();
  });

  it('accepts one name for two modules', () => {
    expect(optionsProblem({ trackingHelpers: [{ name: 'track', from: '@/a', calls: 'dataLayer.push({ event: $1 })' }, { name: 'track', from: '@/b', calls: "fbq('trackCustom', $1)" }] })).toBeUndefined();
  });

  it('compares module specifiers without extension or index file', () => {
    expect(['../utils/gtm', '../utils/gtm.ts', '../utils/gtm/index.js', '../utils/gtm/', '..\\utils\\gtm.tsx'].map(moduleKey)).toEqual(Array(5).fill('../utils/gtm'));
    expect(moduleKey('@/lib/analytics.service')).toBe('@/lib/analytics.service');
  });
});

describe('trackingHelpers: call sites', () => {
  const dataLayer: TrackingHelper = { name: 'trackEvent', calls: 'dataLayer.push({ event: $1, ...$2 })' };

  it('reads a call as the tracker call it declares, reported at what the site passes', () => {
    expect(run("trackEvent('hiv_test_ordered', { condition: 'HIV', step: 2 })", [dataLayer])).toEqual([
      'no-health-event-names \'hiv_test_ordered\' | Google Tag Manager data layer event name "hiv_test_ordered" reveals health information: "hiv_test" (HIV/STI, tier 1).',
      `no-health-event-properties 'HIV' | Google Tag Manager data layer event parameter "condition" sends "HIV", which reveals health information: "HIV" (HIV/STI, tier 1).`,
    ]);
  });

  it('resolves the site’s values: constants, template literals, lookups', () => {
    const code = "const EVENTS = { intake: 'depression_intake' }; const step = 'done'; trackEvent(`${EVENTS.intake}_${step}`)";
    expect(run(code, [dataLayer])).toEqual([expect.stringMatching(/^no-health-event-names `\$\{EVENTS.intake\}_\$\{step\}` \| Google Tag Manager data layer event name "depression_intake_done"/u)]);
  });

  it('names the helper in messages about the call', () => {
    const found = run("identifyUser({ email: user.email, phone })", [{ name: 'identifyUser', calls: 'ttq.identify($1)' }]);
    expect(found).toEqual([expect.stringContaining('TikTok advanced matching sends email, phone through identifyUser() → ttq.identify()')]);
  });

  it('takes members of an argument (`$1.email`), whatever the site passes', () => {
    const helpers: TrackingHelper[] = [
      { name: 'identifyUser', calls: 'ttq.identify({ email: $1.email, phone_number: $1.contact.phone })' },
      { name: 'track', calls: "fbq('trackCustom', $1.name, $1.params)" },
    ];
    expect(run('identifyUser(currentUser)', helpers)).toEqual([expect.stringContaining('TikTok advanced matching sends email, phone through identifyUser() → ttq.identify()')]);
    expect(run("identifyUser({ email: form.email, contact: {} })", helpers)).toEqual([expect.stringContaining('sends email through')]);
    expect(run("const EVENT = { name: 'IVF consult', params: { content_category: 'Oncology' } }; track(EVENT)", helpers)).toEqual([
      expect.stringMatching(/^no-health-event-names EVENT \| Meta event name "IVF consult"/u),
      expect.stringMatching(/^no-health-event-properties EVENT \| Meta event parameter "content_category"/u),
    ]);
    expect(run("track({ name: 'Purchase' })", helpers)).toEqual([]);
  });

  it('makes every call of a declaration that lists several (a helper that calls several trackers)', () => {
    const helpers: TrackingHelper[] = [{ name: 'trackBooking', calls: ["gtag('event', $1, $2)", "fbq('trackCustom', $1)", 'dataLayer.push({ event: $1, ...$2 })'] }];
    expect(run("trackBooking('ivf_consult_booked', { service: 'Egg freezing' })", helpers).map((f) => f.split(' reveals')[0])).toEqual([
      "no-health-event-names 'ivf_consult_booked' | Google tag event name \"ivf_consult_booked\"",
      "no-health-event-names 'ivf_consult_booked' | Meta event name \"ivf_consult_booked\"",
      // The data layer is a route of its own: whatever tags of the container read it.
      "no-health-event-names 'ivf_consult_booked' | Google Tag Manager data layer event name \"ivf_consult_booked\"",
      "no-health-event-properties 'Egg freezing' | Google tag event parameter \"service\" sends \"Egg freezing\", which",
      "no-health-event-properties 'Egg freezing' | Google Tag Manager data layer event parameter \"service\" sends \"Egg freezing\", which",
    ]);
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: ["gtag('event', $1)", 'dataLayr.push($1)'] }] })).toContain('trackingHelpers[0].calls[1]: "dataLayr.push($1)" does not call a tracker function');
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: [] }] })).toContain('trackingHelpers[0].calls must be a string, or a non-empty list of them');
  });

  it('joins text from literals and arguments, and takes a default where the site leaves an argument out', () => {
    const helpers: TrackingHelper[] = [
      { name: 'trackVideo', calls: "gtag('event', 'video_' + $1, { video_title: `Treatment: ${$2}` })" },
      { name: 'trackForm', calls: "dataLayer.push({ event: $2 ?? 'form_submit', form_name: $1, ...$3.detail })" },
    ];
    const named = (code: string) => run(code, helpers).map((f) => f.split(' reveals')[0]);
    expect(named("trackVideo('play', 'Acne')")).toEqual([`no-health-event-properties 'Acne' | Google tag event parameter "video_title" sends "Treatment: Acne", which`]);
    expect(named("trackVideo('hiv_test_intro', 'Overview')")).toEqual([`no-health-event-names 'hiv_test_intro' | Google tag event name "video_hiv_test_intro"`]);
    expect(named("trackForm('contact')")).toEqual([]);
    expect(named("trackForm('contact', 'therapy_intake_submitted')")).toEqual([`no-health-event-names 'therapy_intake_submitted' | Google Tag Manager data layer event name "therapy_intake_submitted"`]);
    expect(named("trackForm('contact', undefined, { detail: { condition: 'Lupus' } })")).toEqual([`no-health-event-properties 'Lupus' | Google Tag Manager data layer event parameter "condition" sends "Lupus", which`]);
  });

  it('spreads an object the declaration writes, and an argument or its default', () => {
    const helpers: TrackingHelper[] = [{ name: 'track', calls: "dataLayer.push({ event: 'x', ...{ source: 'site', condition: $1 }, ...($2 ?? {}) })" }];
    const named = (code: string) => run(code, helpers).map((f) => f.split(' reveals')[0]);
    expect(named("track('Lupus', { plan: 'Weekly Therapy' })")).toEqual([
      `no-health-event-properties 'Lupus' | Google Tag Manager data layer event parameter "condition" sends "Lupus", which`,
      `no-health-event-properties 'Weekly Therapy' | Google Tag Manager data layer event parameter "plan" sends "Weekly Therapy", which`,
    ]);
    expect(named("track('shoes')")).toEqual([]);
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: 'dataLayer.push({ ...($1 && extra) })' }] })).toContain('$1 && extra is not allowed');
  });

  it('takes one of two values on a test it does not read, and a table’s entry for an argument', () => {
    const helpers: TrackingHelper[] = [
      { name: 'trackPurchase', calls: "fbq('trackCustom', $1.paid ? 'Paid: ' + $1.plan : 'Booked: ' + $1.plan)" },
      { name: 'trackStep', calls: "fbq('trackCustom', ({ intake: 'Therapy intake', pay: 'Purchase' })[$1])" },
    ];
    const named = (code: string) => run(code, helpers).map((f) => f.split(' reveals')[0]);
    expect(named("trackPurchase({ paid: true, plan: 'Weekly Therapy' })")).toEqual([`no-health-event-names trackPurchase | Meta event name "Paid: Weekly Therapy"`]);
    expect(named("trackPurchase({ paid: true, plan: 'Gift card' })")).toEqual([]);
    expect(named("trackStep('intake')")).toEqual([`no-health-event-names 'intake' | Meta event name "Therapy intake"`]);
    expect(named("trackStep('pay')")).toEqual([]);
    // A key not known at the site: any entry.
    expect(named('trackStep(step)')).toEqual([`no-health-event-names step | Meta event name "Therapy intake"`]);
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: "fbq('trackCustom', ({ [k]: 'a' })[$1])" }] })).toContain("[k]: 'a' is not allowed");
  });

  it('reads calls that keep a value (`$1.trim()`, `$2.join(\',\')`, `String($1)`) as that value, and a hash of one as a hash of it', () => {
    const helpers: TrackingHelper[] = [
      { name: 'trackTags', calls: "dataLayer.push({ event: $1.trim().toLowerCase(), tags: $2.join(',') })" },
      { name: 'sendName', calls: "fbq('trackCustom', encodeURIComponent(String($1)).replace(/%20/g, '_'))" },
      { name: 'identify', calls: "ttq.identify({ email: sha256($1.email.trim()), phone_number: crypto.subtle.digest('SHA-256', $1.phone) })" },
    ];
    const named = (code: string) => run(code, helpers).map((f) => f.split(' reveals')[0]);
    expect(named("trackTags(' Booked ', ['weekly', 'therapy'])")).toEqual([`no-health-event-properties ['weekly', 'therapy'] | Google Tag Manager data layer event parameter "tags" sends "weekly,therapy", which`]);
    expect(named("trackTags(' Therapy_Booked ', [])")).toEqual([`no-health-event-names ' Therapy_Booked ' | Google Tag Manager data layer event name " Therapy_Booked "`]);
    expect(named("trackTags('view', ['shoes', 'socks'])")).toEqual([]);
    expect(named("sendName('Psychiatry Intake')")).toEqual([`no-health-event-names 'Psychiatry Intake' | Meta event name "Psychiatry Intake"`]);
    expect(run('identify(user)', helpers)).toEqual([
      'no-advanced-matching identify(user) | TikTok advanced matching sends email, phone through identify() → ttq.identify() (hashed). Identifiers tie health-site activity to a person; hashing does not prevent matching.',
    ]);
    // A hash of text the site writes (an empty string, a placeholder) is the same for every visitor.
    expect(run("identify({ email: '', phone: '' })", helpers)).toEqual([]);
    // Only calls that keep or hash what they are given: `split` makes a list, `getCategory` anything.
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: "dataLayer.push({ event: $1.split(',') })" }] })).toContain("$1.split(',') is not allowed");
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: 'dataLayer.push({ event: getCategory($1) })' }] })).toContain('getCategory($1) is not allowed');
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: 'dataLayer.push({ event: getCategory($1) })' }] })).toContain('a function named for a hash: `sha256($1.email)`');
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: 'dataLayer.push({ event: $1.replace(sep, $2) })' }] })).toContain('is not allowed');
  });

  it("calls a wrapper package's tracking export by its name (`sendGTMEvent`, `sendGAEvent` of `@next/third-parties/google`)", () => {
    const helpers: TrackingHelper[] = [
      { name: 'trackGtm', calls: 'sendGTMEvent({ event: $1, ...$2 })' },
      { name: 'trackGa', calls: "sendGAEvent('event', $1, $2)" },
    ];
    expect(run("trackGtm('hiv_test_ordered', { condition: 'HIV' }); trackGa('ivf_consult_booked')", helpers).map((f) => f.split(' reveals')[0])).toEqual([
      `no-health-event-names 'hiv_test_ordered' | Google Tag Manager data layer event name "hiv_test_ordered"`,
      `no-health-event-properties 'HIV' | Google Tag Manager data layer event parameter "condition" sends "HIV", which`,
      `no-health-event-names 'ivf_consult_booked' | Google tag event name "ivf_consult_booked"`,
    ]);
    expect(run("trackGtm('lead', { email_address: user.email })", helpers)).toEqual([expect.stringContaining('Google Tag Manager data layer event parameters send email through trackGtm() → sendGTMEvent()')]);
    // A name several packages export (`default`), or none, is no tracker of its own.
    expect(optionsProblem({ trackingHelpers: [{ name: 'x', calls: 'ReactPixel.track($1)' }] })).toContain('does not call a tracker function phiguard knows');
  });

  it('passes a file through the pre-check only for a whole helper name (`track` is not in `tracking`)', () => {
    const helpers: TrackingHelper[] = [{ name: 'track', calls: "fbq('trackCustom', $1)" }];
    expect(run("const tracking = 'Paid: Weekly Therapy'; tracking.toString();", helpers)).toEqual([]);
    expect(run("track('Paid: Weekly Therapy')", helpers)).toHaveLength(1);
  });

  it('reads a helper that posts to a vendor’s server endpoint (a Conversions API client) as that request', () => {
    const helpers: TrackingHelper[] = [{ name: 'sendMetaEvent', calls: "fetch('https://graph.facebook.com/v19.0/1234/events', { method: 'POST', body: $1 })" }];
    const code = "sendMetaEvent({ data: [{ event_name: 'Paid: Weekly Therapy', user_data: { em: [sha256(patient.email)] } }] })";
    expect(run(code, helpers)).toEqual([
      expect.stringMatching(/^no-health-event-names 'Paid: Weekly Therapy' \| Meta event name "Paid: Weekly Therapy"/u),
      expect.stringContaining("no-advanced-matching [sha256(patient.email)] | Meta advanced matching sends email through sendMetaEvent() → fetch('graph.facebook.com/v19.0/1234/events') (hashed)"),
    ]);
    expect(run("sendMetaEvent({ data: [{ event_name: 'Purchase' }] })", helpers)).toEqual([]);
  });

  it('reads a relay to the site’s own route declared as the Conversions API request it leads to, with the body written out by JSON.stringify (blind tester, session 51)', () => {
    const helpers: TrackingHelper[] = [
      {
        name: 'trackResultsPageView',
        calls: "fetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'ViewContent', custom_data: { content_ids: [$2], content_name: $2 } }] }) })",
      },
    ];
    expect(optionsProblem({ trackingHelpers: helpers })).toBeUndefined();
    expect(run("trackResultsPageView(location.href, 'semaglutide')", helpers)).toEqual([
      expect.stringMatching(/^no-health-event-properties 'semaglutide' \| Meta event parameter "content_ids\[0\]" sends "semaglutide"/u),
      expect.stringMatching(/^no-health-event-properties 'semaglutide' \| Meta event parameter "content_name" sends "semaglutide"/u),
    ]);
  });

  it('leaves a declared helper called in a test that intercepts requests or mocks a module to the test (blind tester, session 51)', () => {
    const helpers: TrackingHelper[] = [{ name: 'trackEvent', calls: "fbq('trackCustom', $1)" }];
    expect(run("import nock from 'nock';\ntrackEvent('HIV PrEP Booked');", helpers)).toEqual([]);
    expect(run("jest.mock('@/lib/analytics');\ntrackEvent('HIV PrEP Booked');", helpers)).toEqual([]);
    expect(run("trackEvent('HIV PrEP Booked');", helpers)).toHaveLength(1);
  });

  it('keeps the declaration’s literals: the command, a fixed event name', () => {
    expect(run("bookedTherapy({ value: 40 })", [{ name: 'bookedTherapy', calls: "fbq('trackCustom', 'Paid: Weekly Therapy', $1)" }])).toEqual([
      expect.stringMatching(/^no-health-event-names bookedTherapy \| Meta event name "Paid: Weekly Therapy"/u),
    ]);
    // A declaration whose fixed command is not an event: nothing is sent as an event name.
    expect(run("consent('grant')", [{ name: 'consent', calls: "fbq('consent', $1)" }])).toEqual([]);
  });

  it('matches a method of an object, and window’s own property', () => {
    const helpers: TrackingHelper[] = [{ name: 'analytics.track', calls: "fbq('trackCustom', $1)" }, { name: 'trackEvent', calls: 'dataLayer.push({ event: $1 })' }];
    expect(run("analytics.track('Booked: Psychiatry'); window.trackEvent('therapy_booked'); other.track('Booked: Psychiatry')", helpers)).toEqual([
      expect.stringMatching(/^no-health-event-names 'Booked: Psychiatry' \| Meta event name/u),
      expect.stringMatching(/^no-health-event-names 'therapy_booked' \| Google Tag Manager data layer event name/u),
    ]);
  });

  it('reads a local function of that name as code, not as the declaration', () => {
    const code = "function trackEvent(name) { console.log(name) } trackEvent('hiv_test_ordered')";
    expect(run(code, [dataLayer])).toEqual([]);
    expect(run("const trackEvent = (name) => console.log(name); trackEvent('hiv_test_ordered')", [dataLayer])).toEqual([]);
  });

  it('leaves a helper declared with a module to imports of that module', () => {
    const helper: TrackingHelper = { ...dataLayer, from: '../utils/gtm' };
    expect(runModule("trackEvent('hiv_test_ordered')", [helper])).toEqual([]);
    expect(runModule("import { trackEvent } from './gtm'; trackEvent('hiv_test_ordered')", [helper])).toEqual([]);
    expect(runModule("import { trackEvent as t } from '../utils/gtm.js'; t('hiv_test_ordered')", [helper])).toHaveLength(1);
    expect(runModule("const { trackEvent } = require('../utils/gtm'); trackEvent('hiv_test_ordered')", [helper])).toHaveLength(1);
    expect(runModule("const gtm = require('../utils/gtm'); gtm.trackEvent('hiv_test_ordered')", [{ ...helper, name: 'gtm.trackEvent' }])).toHaveLength(1);
  });

  it("ignores `from` in a page's scripts, where a site helper is a global (phiguard-gtm's Custom HTML)", () => {
    const helper: TrackingHelper = { ...dataLayer, from: '@/lib/analytics' };
    expect(run("window.trackEvent('hiv_test_ordered'); trackEvent('hiv_test_ordered')", [helper])).toHaveLength(2);
  });

  it('repeats a call inside a local function at that function’s call sites', () => {
    const code = "function onBooked(service) { trackEvent(`booked_${service}`) }\nonBooked('psychiatry'); onBooked('dermatology');";
    expect(run(code, [dataLayer])).toEqual([expect.stringMatching(/^no-health-event-names 'psychiatry' \| Google Tag Manager data layer event name "booked_psychiatry"/u), expect.stringMatching(/'dermatology' \| Google Tag Manager data layer event name "booked_dermatology"/u)]);
  });

  it('lets a file that names no tracker through the pre-check, and reads helpers in markup', () => {
    const html = "<script>window.trackEvent('hiv_test_ordered')</script>";
    expect(analyzeHtml(html, resolveSettings({ trackingHelpers: [dataLayer] })).findings.map((f) => f.ruleId)).toEqual(['no-health-event-names']);
    expect(analyzeHtml(html, resolveSettings({})).findings).toEqual([]);
  });

  it('reads arguments after a spread as unknown, not as the ones before it; a known list spreads its items', () => {
    expect(run("trackEvent(...args, 'hiv_test_ordered')", [dataLayer])).toEqual([]);
    expect(run("trackEvent('hiv_test_ordered', ...rest)", [dataLayer])).toHaveLength(1);
    expect(run("const ARGS = ['hiv_test_ordered', { condition: 'HIV' }]; trackEvent(...ARGS)", [dataLayer]).map((f) => f.split(' |')[0])).toEqual([
      // The list's object is spliced into the call's: its keys are at the call.
      'no-health-event-properties trackEvent(...ARGS)',
      'no-health-event-names ...ARGS',
    ]);
  });

  it('reports a value the site cannot spell where the site passes it, once per call', () => {
    const identify: TrackingHelper = { name: 'analytics.identify', calls: 'ttq.identify($1)' };
    const code = 'class Account {\n  constructor(private user: User) {}\n  a() { analytics.identify(this.user); }\n  b() { analytics.identify(this.user); }\n}';
    expect(run(code, [identify]).map((f) => f.split(' |')[0])).toEqual(['no-advanced-matching this.user', 'no-advanced-matching this.user']);
    expect(run('const u = getUser(); analytics.identify(u);', [identify]).map((f) => f.split(' |')[0])).toEqual(['no-advanced-matching u']);
  });

  it('follows the forms a vendor call is followed through', () => {
    const named = (code: string, helpers: TrackingHelper[] = [dataLayer]) => run(code, helpers).map((f) => f.split(' |')[0]);
    expect(named("const t = trackEvent; t('hiv_test_ordered')")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(named("trackEvent.call(null, 'hiv_test_ordered')")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(named("trackEvent.apply(null, ['hiv_test_ordered'])")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(named("analytics['identify']({ email })", [{ name: 'analytics.identify', calls: 'ttq.identify($1)' }])).toEqual(['no-advanced-matching { email }']);
    const fromModule: TrackingHelper[] = [{ ...dataLayer, from: '@/lib/analytics' }];
    const inModule = (code: string) => runModule(code, fromModule).map((f) => f.split(' |')[0]);
    expect(inModule("import * as a from '@/lib/analytics'; a.trackEvent('hiv_test_ordered')")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(inModule("require('@/lib/analytics').trackEvent('hiv_test_ordered')")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(inModule("const a = require('@/lib/analytics'); a.trackEvent('hiv_test_ordered')")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(inModule("import * as a from '@/lib/other'; a.trackEvent('hiv_test_ordered')")).toEqual([]);
    expect(inModule("import gtm from '@/lib/analytics'; gtm.trackEvent('hiv_test_ordered')")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(inModule("import * as a from '@/lib/analytics'; const { trackEvent: t } = a; t('hiv_test_ordered')")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    // A module loaded on demand (a server route's `await import(…)`).
    expect(inModule("export async function POST() { const { trackEvent } = await import('@/lib/analytics'); trackEvent('hiv_test_ordered'); }")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(inModule("export async function POST() { (await import('@/lib/analytics')).trackEvent('hiv_test_ordered'); }")).toEqual(["no-health-event-names 'hiv_test_ordered'"]);
    expect(inModule("export async function POST() { const { trackEvent } = await import('@/lib/other'); trackEvent('hiv_test_ordered'); }")).toEqual([]);
    // Names bound in a cycle resolve to nothing, and end.
    expect(inModule("const { trackEvent } = b; const { b } = trackEvent; trackEvent('hiv_test_ordered')")).toEqual([]);
  });

  it('leaves a method of an imported module to declarations that name the module (a `track` for any module is not `mixpanel.track`)', () => {
    const track: TrackingHelper[] = [{ name: 'track', calls: 'ttq.track($1, $2)' }];
    for (const code of [
      "import mixpanel from 'mixpanel-browser'; mixpanel.track('HIV Test Booked', { condition: 'HIV' });",
      "import * as amplitude from '@amplitude/analytics-browser'; amplitude.track('HIV Test Booked');",
      "require('mixpanel-browser').track('HIV Test Booked');",
    ]) {
      expect(runModule(code, track), code).toEqual([]);
    }
    // A declaration for the module itself, or for the name the file imports, still matches.
    expect(runModule("import mixpanel from 'mixpanel-browser'; mixpanel.track('HIV Test Booked');", [{ ...track[0]!, from: 'mixpanel-browser' }])).toHaveLength(1);
    expect(runModule("import { track } from '@/lib/analytics'; track('HIV Test Booked');", track)).toHaveLength(1);
  });

  it('leaves a parameter of that name alone: it holds what a caller passes', () => {
    const helpers: TrackingHelper[] = [{ name: 'track', calls: 'ttq.track($1)' }, { name: 'trackMeta', calls: "fbq('trackCustom', $1)" }];
    expect(run("handlers.forEach((track) => track('HIV Test Booked')); function run(trackMeta) { trackMeta('HIV Test Booked'); }", helpers)).toEqual([]);
    // What a hook hands out is the helper (the README's `const { track } = useAnalytics()`).
    expect(run("const { track } = useAnalytics(); track('HIV Test Booked');", helpers)).toHaveLength(1);
  });

  it('does not read a declaration as a call: a config that declares helpers is not itself reported', () => {
    const config = "export default [{ settings: { phiguard: { trackingHelpers: [\n  { name: 'identify', calls: 'ttq.identify($1)' },\n  { name: 'booked', calls: \"fbq('trackCustom', 'Therapy Booked', $1)\" },\n  { name: 'load', calls: \"fbq('init', $1)\" },\n] } } }];";
    expect(run(config, [])).toEqual([]);
    // The same strings elsewhere are code in a string, as before.
    expect(run("el.textContent = \"fbq('trackCustom', 'Therapy Booked')\";", [])).toHaveLength(1);
  });
});
