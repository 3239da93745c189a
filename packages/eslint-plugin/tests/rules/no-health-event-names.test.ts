import rule from '../../src/rules/no-health-event-names.js';
import { invalid, run, ts, withData } from '../tester.js';

const E = 'healthEventName';

run('no-health-event-names', rule, {
  valid: [
    // Code put where the page shows it as text: a form field's value, a `pre`'s or `code`'s text, `innerText` (parity tester, session 50).
    "document.querySelector('pre code').textContent = \"fbq('trackCustom', 'Therapy Booked');\";\ndocument.getElementById('snippet').value = \"ttq.track('IVF Consult')\";\nconst SNIPPET = \"ttq.track('HIV Test')\";\ndocument.getElementById('help').innerText = SNIPPET;\nconst pre = document.createElement('pre');\npre.textContent = `fbq('trackCustom', 'Oncology Consult')`;",
    // A `useGtm` the file declares is its own.
    "function useGtm() { return { trackEvent(e) { console.log(e); } }; }\nuseGtm().trackEvent({ event: 'book_colposcopy' });",
    // `qp` imported from a module not named for Quora is the module's own helper (blind tester, session 49).
    "import { qp } from './math';\nqp('track', 'Depression Screening');",
    // `set` on a URL that is no vendor's, on a `Map`, or a vendor URL's `searchParams` with a plain name.
    "const url = new URL('https://clinic.example/search');\nurl.searchParams.set('q', 'Therapy Booked');\nfetch(url);\nconst m = new Map();\nm.set('ev', 'Therapy Booked');\nconst px = new URL('https://www.facebook.com/tr');\npx.searchParams.set('ev', 'Lead');\nnew Image().src = px.href;",
    // Code a browser test runs in the page under test is the test's (blind FP hunt, session 44).
    "test('drops the name', async ({ page }) => {\n  await page.evaluate(() => { window.fbq('trackCustom', 'Paid: Weekly Therapy'); });\n  expect(sent).toBe(0);\n});\ncy.window().then((win) => { win.fbq('trackCustom', 'HIV Test'); fbq('trackCustom', 'HIV Test'); });",
    // Copies of `arguments` that copy each other end (they once recursed without end).
    "function f() { var a = Array.from(b); var b = Array.from(a); fbq.apply(window, a); }\nf('trackCustom', 'Methadone Visit');\nfunction g() { var args = [...args]; fbq.apply(window, args); }\ng('trackCustom', 'Methadone Visit');",
    // A branch a literal test never takes runs nothing (a pixel switched off).
    "if (false) {\n  fbq('init', '1');\n  fbq('trackCustom', 'HIV Test Booked');\n}\nif (0) ttq.track('Dialysis Booked'); else ttq.track('Lead');\nif (true) snaptr('track', 'PURCHASE'); else snaptr('track', 'Abortion Pill');",
    // So does one whose switch is set once and never changed (a kill switch), negated or not, in `&&`, `||` and `?:` too.
    // With other conditions (`FLAG && typeof window !== 'undefined'`), compared with a literal, behind an early exit, or in a flags object nothing changes.
    "const ENABLE_META = false;\nexport function boot() {\n  if (ENABLE_META && typeof window !== 'undefined') ttq.track('Dialysis Booked');\n  const go = () => ENABLE_META && consent && ttq.track('Dialysis Booked');\n  if (PAUSED_ALL || !ENABLE_META) return;\n  ttq.track('Rehab Intake');\n}\nconst PAUSED_ALL = true;\nif (PAUSED_ALL || window.noAds) {} else ttq.track('Abortion Pill Ordered');",
    "const MODE = 'off';\nif (MODE === 'on') ttq.track('Dialysis Booked');\nif (MODE !== 'off') ttq.track('Rehab Intake');\nconst FLAGS = Object.freeze({ tiktok: { on: false } });\nif (FLAGS.tiktok.on) ttq.track('HIV Test Booked');\nconst label = 'HIV Test Booked';\nexport function init() {\n  if (!FLAGS.tiktok.on) throw new Error('off');\n  ttq.track(label);\n}",
    "const ENABLE_META = false;\nif (ENABLE_META) {\n  fbq('init', '1');\n  fbq('trackCustom', 'HIV Test Booked');\n}\nconst TIKTOK_ID = '';\nTIKTOK_ID && ttq.track('Dialysis Booked');\nvar PAUSED = true;\nif (!PAUSED) ttq.track('Abortion Pill Ordered');\nPAUSED || ttq.track('Rehab Intake');\nconst pixel = null;\npixel ? ttq.track('HIV Test Booked') : null;",
    // A Vue component's `this.name` is its instance's, not the options' `name`.
    "export default {\n  name: 'TherapyBooking',\n  methods: { track() { window.fbq('trackCustom', this.name); } },\n};",
    // With a destination of its own (GA4), or with no Google Ads tag in the file, a gtag event is the Google tag's.
    { code: "gtag('config', 'AW-123456789');\ngtag('event', 'anxiety_quiz_completed', { send_to: 'G-ABC1234567' });", settings: { phiguard: { allowVendors: ['google-tag'] } } },
    { code: "gtag('config', 'G-ABC1234567');\ngtag('event', 'anxiety_quiz_completed');", settings: { phiguard: { allowVendors: ['google-tag'] } } },
    // A test that replaces the vendor's global with a double: its calls send nothing.
    "test('forwards', () => {\n  window.fbq = jest.fn();\n  window.fbq('trackCustom', 'Therapy Booked');\n  expect(window.fbq).toHaveBeenCalled();\n});",
    "beforeEach(() => { vi.stubGlobal('ttq', { track: vi.fn() }); });\nit('tracks', () => { ttq.track('HIV Test Booked'); });",
    "global.snaptr = sinon.stub().returns(undefined);\nsnaptr('track', 'Therapy Booked');",
    // A module's top-level `this` is undefined, and a function's is its receiver.
    "this.fbq('trackCustom', 'Therapy Booked');",
    { code: "(function () { this.fbq('trackCustom', 'Therapy Booked'); }).call(tracker);", languageOptions: { sourceType: 'script' } },
    // A subclass's own method of the same name, or a sibling class's, is not the inherited forwarder.
    "class Base { track(n) { window.fbq('trackCustom', n); } }\nclass Clinic extends Base { track(n) { console.log(n); } booked() { this.track('HIV Test Booked'); } }\nclass Other { booked() { this.track('HIV Test Booked'); } }",
    // A constructor's site that passes a neutral name.
    "class Tracker { constructor(name) { window.fbq('trackCustom', name); } }\nnew Tracker('Lead');",
    "const { ServerEvent } = require('facebook-nodejs-business-sdk');\nnew ServerEvent().setEventName('Purchase').setEventTime(now);",
    // The helper replaces the site's value before sending it.
    "function track(opts) { opts.name = 'Lead'; fbq('trackCustom', opts.name); }\ntrack({ name: 'Therapy Booked' });",
    "function track(opts) { Object.assign(opts, { name: 'Lead' }); fbq('trackCustom', opts.name); }\ntrack({ name: 'Therapy Booked' });",
    "function track(opts = { name: 'Therapy Booked' }) { fbq('trackCustom', opts.name); }\ntrack({ name: 'Lead' });\ntrack({ plan: 'gold' });",
    "function t(opts) { const o = Object.assign({ name: 'Lead' }, opts, { name: 'Purchase' }); fbq('trackCustom', o.name); }\nt({ name: 'Dialysis Booked' });",
    // Options over defaults where every site passes the key: the default is never sent.
    "const DEFAULTS = { name: 'Therapy Booked' };\nfunction send(opts) { const o = { ...DEFAULTS, ...opts }; fbq('trackCustom', o.name); }\nsend({ name: 'Lead' });",
    // A nested default that no site needs.
    "function t({ event: { name } = { name: 'Dialysis Booked' } }) { fbq('trackCustom', name); }\nt({ event: { name: 'Lead' } });",
    // A parameter replaced before it is read is not what the site passes.
    "function t(name) { name = 'Lead'; fbq('trackCustom', name); }\nt('Dialysis Booked');",
    // An instance field is not the class's static one.
    "class Ev { BOOKED = 'Dialysis Session Booked'; static BOOKED = 'Lead'; }\nwindow.ttq.track(Ev.BOOKED);",
    "class Base { static EV = 'Dialysis Session Booked'; }\nclass Child extends Base { static EV = 'Lead'; }\nwindow.ttq.track(Child.EV);",
    // A property of another object, or a field that holds a function of its own, is not the pixel.
    "const a = {}, b = {};\na.fbq = window.fbq;\nb.fbq('trackCustom', 'Bipolar Disorder Intake');",
    "class Feedback {\n  fbq = (...args) => console.log(args);\n  send() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); }\n}",
    "class A { constructor() { this.fbq = window.fbq; } }\nclass B { send() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); } }",
    // An instance field is not the class's static one; a method is not a held vendor; `$log` is not `$fbq`.
    "class S2 { fbq = window.fbq; static booked() { S2.fbq('trackCustom', 'Bipolar Disorder Intake'); } }",
    "const t2 = { meta: () => 1 };\nt2.meta('trackCustom', 'Bipolar Disorder Intake');",
    "class T4 {\n  constructor() { this.fbq = (...a) => console.log(a); }\n  booked() { const { fbq } = this; fbq('trackCustom', 'Bipolar Disorder Intake'); }\n}",
    { code: "class Base { constructor() { this.fbq = window.fbq; } }\nclass T5 extends Base {\n  constructor(private fbq = (...a: unknown[]) => console.log(a)) { super(); }\n  booked() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); }\n}", ...ts() },
    "function P() { this.fbq = function () {}; }\nP.prototype = { booked: function () { this.fbq('trackCustom', 'Bipolar Disorder Intake'); } };\nfunction U() {}\nU.prototype.fbq = window.fbq;\nfunction T() {}\nT.prototype.booked = function () { this.fbq('trackCustom', 'Bipolar Disorder Intake'); };",
    "const t3 = { meta: { send: () => 1 } };\nconst { meta } = t3;\nmeta.send('trackCustom', 'Bipolar Disorder Intake');\nvar m3 = t3.meta;\nm3.send('trackCustom', 'Bipolar Disorder Intake');\nconst { meta: { send } } = t3;\nsend('trackCustom', 'Bipolar Disorder Intake');",
    "app.config.globalProperties.$fbq = window.fbq;\nconst C2 = { methods: { book() { this.$log('trackCustom', 'Bipolar Disorder Intake'); } } };",
    // A local name hides the global one; another global is another function.
    "window.cwTrack = function (name) { fbq('trackCustom', name); };\nfunction f(cwTrack) { cwTrack('Bipolar Screening Completed'); }\nwindow.other('Bipolar Screening Completed');",
    // A component's own `methods.$fbq`, and a class that is no component, do not take the global one.
    "Vue.prototype.$fbq = window.fbq;\nexport default { methods: { $fbq() {}, booked() { this.$fbq('trackCustom', 'Bipolar Disorder Intake'); } } };\nclass Other { booked() { this.$fbq('trackCustom', 'Bipolar Disorder Intake'); } }",
    "app.config.globalProperties.$track = (name) => window.ttq.track(name);\nexport default { methods: { $track(n) { console.log(n); }, go() { this.$track('Bipolar Disorder Intake'); } } };\nclass Other { go() { this.$track('Bipolar Disorder Intake'); } }",
    "class Base { send() {} }\nclass Booking extends Base { constructor() { super(); this.other = window.fbq; } booked() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); } }",
    // A client's `post` to the site's own API sends nothing to a vendor.
    "api.post('/api/bookings', { event_name: 'Therapy Booked' });\naxios({ method: 'post', url: '/api/events', data: { event_name: 'HIV Test Ordered' } });",
    // …and what the code cuts or replaces away.
    "ttq.track('Therapy Booked'.slice(0, 3));\nttq.track('HIV Test Booked'.replace('HIV Test ', ''));\nttq.track('Dialysis'.replace(/[a-z]+/gi, 'x'));",
    // A list of senders iterated with a neutral name; a list that is not a constant.
    // A `let` alias reassigned to another tool before the call (adversarial probe 59, session 36): it holds the last value assigned in its block.
    "let tracker = window.ttq;\ntracker = window.mixpanel;\nexport function onQuizDone() { tracker.track('ADHD Quiz Completed'); }",
    "const senders = [(n) => window.ttq?.track(n)];\nfunction track(n) { senders.forEach((s) => s(n)); }\ntrack('Lead');\nlet later = [(n) => ttq.track(n)];\nlater = [];\nlater.forEach((s) => s('Suboxone Refill Requested'));",
    // What a hook hands out, called with neutral names only; another function of the result.
    "function useAnalytics() { const track = (n) => window.ttq?.track(n); const log = (n) => console.log(n); return { track, log }; }\nexport function A() { const { track, log } = useAnalytics(); track('Lead'); log('ADHD Assessment Started'); }",
    // Code in a message or in a test's data never runs.
    "console.warn(\"Blocked ttq.track('HIVTestOrdered') on a condition page\");\nthrow new Error(\"Refusing fbq('trackCustom', 'HIV Test Ordered')\");",
    { code: "expect(sanitize(\"fbq('trackCustom', 'HIV Test Ordered')\")).toBe('');\nexpect(\"ttq.track('Dialysis Booked')\").toContain('ttq');", ...ts('pixel.test.ts') },
    // A class that does not extend the one with the vendor call, a static caller, a subclass's own method.
    "class A { booked() { this.send('Bipolar Disorder Intake'); } }\nclass B { send(n) { fbq('trackCustom', n); } }\nclass C { static booked() { this.send('Bipolar Disorder Intake'); } }\nclass D extends C { send(n) { fbq('trackCustom', n); } }\nclass Base { track(n) { fbq('trackCustom', n); } }\nclass Quiet extends Base { track(n) { console.log(n); } }\nnew Quiet().track('HIV Test Booked');",
    // Plugin names outside a component, a project's own `useNuxtApp`, `inject` and `PixelService`, a component's own `$fb`.
    "const helper = { go() { this.$fbq('trackCustom', 'Bipolar Disorder Intake'); } };\nclass Recorder { go() { this.$fb.track('Bipolar Disorder Intake'); } }",
    "function useNuxtApp() { return { $fbq: console.log }; }\nuseNuxtApp().$fbq('trackCustom', 'Bipolar Disorder Intake');",
    "export default { methods: { $fb: { track(n) { console.log(n); } }, book() { this.$fb.track('Bipolar Disorder Intake'); } } };",
    { code: "import { inject } from 'vue';\nimport { PixelService } from 'ngx-pixel';\nclass Tracker { track(n: string) { console.log(n); } }\nconst px = inject(PixelService);\npx.track('Bipolar Disorder Intake');\nexport function f(t: Tracker) { t.track('Bipolar Disorder Intake'); }", ...ts() },
    // A subclass's own `this.fbq` replaces its parent's; a class's own `$fbq` is not Vue's; in a class, `this` is the instance in a method and the class in a static one.
    "class Base { constructor() { this.fbq = window.fbq; } }\nclass Noop extends Base { constructor() { super(); this.fbq = (...a) => console.log(a); } booked() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); } }",
    "Vue.prototype.$fbq = window.fbq;\nclass Recorder { constructor() { this.$fbq = (...a) => this.log.push(a); this.log = []; } booked() { this.$fbq('trackCustom', 'Bipolar Disorder Intake'); } }",
    "class S3 { static fbq = window.fbq; run() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); } }\nclass T3 { fbq = window.fbq; static fbq = () => {}; static run() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); } }",
    // `this.#send` is the private method, not the public `send` that tracks.
    "class T {\n  send(n) { window.ttq.track(n); }\n  #send(n) { console.log(n); }\n  go(n) { this.#send(n); }\n}\nnew T().go('Psychiatry Intake');",
    // A default that no call leaves to it, or that the function overwrites, is never sent.
    "function trackBooking(name = 'Therapy Booked') {\n  fbq('trackCustom', name);\n}\ntrackBooking('Schedule');\ntrackBooking('Lead');",
    "function trackView(name = 'Therapy Booked') {\n  name = 'Page View';\n  fbq('trackCustom', name);\n}\ntrackView();",
    "function trackBooking(name = 'Therapy Booked') {\n  fbq('trackCustom', name);\n}\nwindow.other = trackBooking('Schedule');",
    // …also one in a destructuring in the body: every site passes the key, or the object has it.
    "function track(opts) {\n  const { name = 'Therapy Booked' } = opts;\n  ttq.track(name);\n}\ntrack({ name: 'Signup' });\ntrack({ name: window.x });",
    "function track(opts) {\n  const { event: { name = 'Therapy Booked' } = {} } = opts;\n  ttq.track(name);\n}\ntrack({ event: { name: 'Signup' } });",
    "function track(opts = { name: 'Signup' }) {\n  const { name = 'Therapy Booked' } = opts;\n  ttq.track(name);\n}\ntrack();",
    "const { name = 'Therapy Booked' } = { name: 'Signup' };\nttq.track(name);",
    "function send(opts) {\n  const { name = 'Therapy Booked' } = opts;\n  fbq('trackCustom', name);\n}\nsend(window.c ? { name: 'Lead' } : { name: 'Signup' });",
    // …or where the function, or the object, certainly sets the key.
    "function send(opts) {\n  opts.name = 'Lead';\n  const { name = 'Therapy Booked' } = opts;\n  fbq('trackCustom', name);\n}\nsend({});\nconst cfg = { ...window.extra, label: 'Signup' };\nconst { label = 'Psychiatry' } = cfg;\nfbq('trackCustom', label);",
    // …not where every site of the helper passes it, or where the helper is a callback whose caller is not seen.
    "function send(opts = { name: 'Therapy Booked' }) { fbq('trackCustom', opts.name); }\nfunction helper(o) { send(o); }\nhelper({ name: 'Lead' });\nfunction onClick(e) { send(e); }\ndocument.body.addEventListener('click', onClick);",
    "function b({ event: [first, second] }) { fbq('trackCustom', second); }\nb({ event: ['Therapy Booked', 'Lead'] });\nconst [, label] = ['IVF consult', 'Signup'];\nttq.track(label);",
    // Standard events and non-health names.
    "ttq.track('CompletePayment', { value: 10 })",
    "fbq('track', 'Purchase', { currency: 'USD', value: 1 })",
    "gtag('event', 'page_view')",
    "dataLayer.push({ event: 'health_check' })",
    "dataLayer.push({ event: 'media_kit_download' })",
    "ttq.track('edit_profile')",
    "fbq('trackCustom', 'antivirus_scan')",
    "window.ttq.track('docker_setup')",
    // Health words in code that sends nothing to a tracker.
    "router.push('/psychiatry/booking')",
    "console.log('therapy session booked')",
    "fetch('/api/appointments/dermatology', { method: 'POST', body: JSON.stringify({ reason: 'HIV test' }) })",
    "analytics.track('booked_dermatology_appointment')",
    "track('booked_dermatology_appointment')",
    // Unrelated HTTP calls and lookup tables that feed no tracker.
    "await fetch('https://api.example.com/events', { body: JSON.stringify({ event: 'hiv_test_order' }) })",
    "const LABELS = { a: 'Paid: Weekly Therapy' };\nrender(LABELS[key]);",
    // A same-named method of another object or class is not the forwarder.
    "const logger = { track(name) { console.log(name); } };\nclass Pixel { track(n) { window.ttq.track(n); } }\nlogger.track('hiv_test_order');",
    // Prose that mentions a vendor call is not code.
    "const help = 'Call ttq.track(eventName) after a hiv_test_order booking';",
    // A local that shadows the vendor global is not the vendor.
    "function f(ttq) { ttq.track('booked_dermatology_appointment') }",
    "const fbq = (...args) => console.log(args); fbq('trackCustom', 'Paid: Weekly Therapy')",
    // A pixel URL in markup whose query sends a standard event.
    `export const Px = () => <noscript dangerouslySetInnerHTML={{ __html: '<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1" />' }} />;`,
    "el.innerHTML = '<img src=\"https://www.facebook.com/tr?id=1&amp;ev=Purchase&amp;cd[value]=10\">';",
    // Query data sent to a host that is not a vendor's beacon, or a standard event.
    "$.get('https://example.com/api/events', { ev: 'Paid: Weekly Therapy' });",
    "$.get('https://example.com/api/events', 'ev=Paid%3A%20Weekly%20Therapy');",
    "$.get('https://www.facebook.com/tr', { id: '1', ev: 'PageView' });",
    // Options.
    { code: "ttq.track('dental_cleaning_booked')", options: [{ allowTerms: ['dental cleaning', 'dental'] }] },
    { code: "ttq.track('booked_dermatology_appointment')", options: [{ allowVendors: ['tiktok'] }] },
    { code: "ttq.track('booked_dermatology_appointment')", options: [{ minTier: 1 }] },
    // The same options, set once for all rules.
    { code: "fbq('trackCustom', 'Paid: Weekly Therapy')", settings: { phiguard: { allowTerms: ['therapy'] } } },
    { code: "ttq.track('booked_dermatology_appointment')", settings: { phiguard: { allowVendors: ['tiktok'] } } },
    { code: "ttq.track('booked_dermatology_appointment')", settings: { phiguard: { minTier: 1 } } },
    // A rule's own option overrides the setting, also when it is the default value.
    { code: "ttq.track('book_appointment')", settings: { phiguard: { healthContext: true } }, options: [{ healthContext: false }] },
  ],
  invalid: [
    // GA4 Measurement Protocol from a server: `events[].name`.
    invalid(
      "await fetch(`https://www.google-analytics.com/mp/collect?measurement_id=G-1&api_secret=${secret}`, { method: 'POST', body: JSON.stringify({ client_id: cid, events: [{ name: 'hiv_prep_refill', params: { value: 1 } }, { name: 'purchase' }] }) });",
      [['healthEventName', "'hiv_prep_refill'"]],
    ),
    // A gtag event with no send_to goes to every configured tag, Google Ads too: allowing the Google tag does not hide it.
    invalid("gtag('config', 'G-ABC1234567');\ngtag('config', 'AW-123456789');\ngtag('event', 'anxiety_quiz_completed');", [[E, "'anxiety_quiz_completed'"]], { settings: { phiguard: { allowVendors: ['google-tag'] } } }),
    // A list of destinations with a Google Ads id goes to Google Ads (parity tester, session 49).
    invalid("gtag('event', 'Paid: Weekly Therapy', { send_to: ['G-1', 'AW-1'] });", [[E, "'Paid: Weekly Therapy'"]], { settings: { phiguard: { allowVendors: ['google-tag'] } } }),
    // Lookups: an item `find` returns, a value of a Map written in the code, the values of an object.
    invalid("const SERVICES = [{ slug: 'ivf', event: 'IVF Consult Booked' }, { slug: 'skin', event: 'Skin Consult' }];\nexport function a(slug) {\n  const svc = SERVICES.find((s) => s.slug === slug);\n  fbq('trackCustom', svc.event);\n}", [[E, 'svc.event']]),
    invalid("const ROUTE_EVENTS = new Map([['/weight-loss', 'Weight Loss Page'], ['/ed', 'Erectile Dysfunction Page']]);\nexport const b = (path) => fbq('trackCustom', ROUTE_EVENTS.get(path));", [[E, 'ROUTE_EVENTS.get(path)']]),
    // A switch the code turns on later, or one a caller passes, is not known to be off.
    invalid("let enabled = false;\nonConsent(() => { enabled = true; });\nif (enabled) ttq.track('Dialysis Booked');", [[E, "'Dialysis Booked'"]]),
    invalid("export function send(enabled) { if (enabled) ttq.track('Dialysis Booked'); }\nsend(false);", [[E, "'Dialysis Booked'"]]),
    // A flags object the code hands on or writes to may be changed.
    invalid("const FLAGS = { tiktok: false };\nObject.assign(FLAGS, window.remoteFlags);\nif (FLAGS.tiktok) ttq.track('Dialysis Booked');", [[E, "'Dialysis Booked'"]]),
    invalid("const FLAGS = { tiktok: false };\nexport function enable() { FLAGS['tiktok'] = true; }\nif (FLAGS.tiktok) ttq.track('Dialysis Booked');", [[E, "'Dialysis Booked'"]]),
    invalid("const FUNNEL = { quiz: 'Bipolar Screener Started', done: 'Done' };\nfor (const name of Object.values(FUNNEL)) ttq.track(name);", [[E, 'name', 1]]),
    // A name held by useMemo: what its function returns (at the argument, as for a constant).
    invalid("import { useMemo } from 'react';\nexport function Cta({ kind }) {\n  const eventName = useMemo(() => (kind === 'psych' ? 'Psychiatry Consult Click' : 'Consult Click'), [kind]);\n  return <button onClick={() => window.fbq('trackCustom', eventName)}>Book</button>;\n}", [[E, 'eventName', 1]]),
    // A double for another global, or the global set to something that is not a double.
    invalid("window.ttq = jest.fn();\nwindow.fbq('trackCustom', 'Therapy Booked');", [[E, "'Therapy Booked'"]]),
    invalid("window.fbq = window.fbq || queue;\nwindow.fbq('trackCustom', 'Therapy Booked');", [[E, "'Therapy Booked'"]]),
    // Arguments spread from a known list; an unknown one is not guessed at.
    invalid("window.fbq(...['trackCustom', 'HIV Test Booked']);\nwindow.fbq('trackCustom', ...names);\nwindow.fbq(...[...pre, 'x']);", [[E, "'HIV Test Booked'"]]),
    // A parameter's list, iterated in the helper: each element of what a site passes.
    invalid(
      "function sendAll(names) { names.forEach((n) => window.fbq('trackCustom', n)); }\nsendAll(['Lead', 'HIV Test Booked']);\nfunction sendEach(events) { for (const e of events) window.ttq.track(e.name); }\nsendEach([{ name: 'Oncology Consult' }]);\nsendAll(['Lead', 'Purchase']);",
      [[E, "'HIV Test Booked'"], [E, "'Oncology Consult'"]],
    ),
    // A method inherited from a parent class, called through `this`; a constructor's parameters, at each `new`.
    invalid(
      "class Base { track(n) { window.fbq('trackCustom', n); } }\nclass Clinic extends Base { booked() { this.track('HIV Test Booked'); } }\nclass Mid extends Clinic {}\nclass Leaf extends Mid { later() { this.track('Oncology Consult'); } }",
      [[E, "'HIV Test Booked'"], [E, "'Oncology Consult'"]],
    ),
    invalid("class Tracker { constructor(name) { window.fbq('trackCustom', name); } }\nnew Tracker('Lead');\nnew Tracker('HIV Test Booked');", [[E, "'HIV Test Booked'"]]),
    // A subclass of Meta's server SDK `ServerEvent` whose constructor passes its name to `super`.
    invalid(
      "const { ServerEvent } = require('facebook-nodejs-business-sdk');\nclass HealthEvent extends ServerEvent {\n  constructor(name) { super(name, Math.floor(Date.now() / 1000)); }\n}\nmodule.exports = () => new HealthEvent('depression_screening_done');",
      [[E, "'depression_screening_done'"]],
    ),
    // A wrapper whose command is a parameter: `arguments`, a rest parameter, and a wrapper of the wrapper.
    invalid("function fbTrack() {\n  if (window.fbq) window.fbq.apply(window, arguments);\n}\nfbTrack('trackCustom', 'Syphilis Test');\nfbTrack('track', 'PageView');", [[E, "'Syphilis Test'"]]),
    // …but a call before the reassignment, an assignment under a condition, one that reads the alias, or one in a function (it may run first) keeps the vendor.
    invalid(
      "let q = window.snaptr;\nq('track', 'CUSTOM_EVENT_1', { description: 'x' });\nq('track', 'ADHD Assessment Booked');\nq = window.mixpanel;\nlet p = null;\nif (window.fbq) p = window.fbq;\np('trackCustom', 'HIV PrEP Consult');\nlet w = window.ttq;\nw = wrap(w);\nw.track('Bipolar Care Booked');\nlet z = window.ttq;\nfunction reset() { z = noop; }\nz = window.mixpanel;\nfunction later() { z.track('Chemo Visit Booked'); }",
      [[E, "'ADHD Assessment Booked'"], [E, "'HIV PrEP Consult'"], [E, "'Bipolar Care Booked'"]],
    ),
    // A tracker function bound with its first arguments (adversarial probe 2, session 35).
    invalid("const trackCustom = window.fbq.bind(window, 'trackCustom');\ndocument.querySelector('#book').addEventListener('click', () => trackCustom('Suboxone Induction Booked'));", [[E, "'Suboxone Induction Booked'"]]),
    // …also a copy of them (adversarial probe 6, session 35); a copy from an index on shifts them, and is not read.
    invalid(
      "function a1() { var args = Array.prototype.slice.call(arguments); window.fbq.apply(window, args); }\nfunction a2() { const args = Array.from(arguments); fbq.apply(null, args); }\nfunction a3(...rest) { const copy = [...rest]; ttq.track.apply(ttq, copy); }\nfunction a4() { var args = [].slice.call(arguments, 1); fbq.apply(window, args); }\na1('trackCustom', 'Methadone Visit A');\na2('trackCustom', 'Methadone Visit B');\na3('Methadone Visit C');\na4('x', 'trackCustom', 'Methadone Visit D');",
      [[E, "'Methadone Visit A'"], [E, "'Methadone Visit B'"], [E, "'Methadone Visit C'"]],
    ),
    invalid("const send = (...args) => window.gtag(...args);\nsend('event', 'ivf_consult_booked');", [[E, "'ivf_consult_booked'"]]),
    invalid("function track(cmd, name) { window.fbq(cmd, name); }\nfunction onBooked(name) { track('trackCustom', name); }\nonBooked('Abortion Pill');", [[E, "'Abortion Pill'"]]),
    // An arrow function has no `arguments` of its own: they are the enclosing function's.
    invalid("function later() {\n  setTimeout(() => window.fbq.apply(null, arguments), 0);\n}\nlater('trackCustom', 'Methadone Clinic');", [[E, "'Methadone Clinic'"]]),
    // A private method that forwards to a tracker, called through `this.#send`.
    invalid("class T {\n  #send(n) { window.ttq.track(n); }\n  go(n) { this.#send(n); }\n}\nnew T().go('Psychiatry Intake');", [[E, "'Psychiatry Intake'"]]),
    // A lookup object with several health values: the message names the others (up to three).
    // The name as the code sends it: lowered, then with its spaces replaced.
    withData(invalid("const label = 'Breast Cancer Screening';\nttq.track(label.toLowerCase().replaceAll(' ', '_'));", [[E, "label.toLowerCase().replaceAll(' ', '_')"]]), [{ vendor: 'TikTok', text: 'breast_cancer_screening', term: 'breast_cancer', category: 'condition', tier: '2', also: '' }]),
    withData(invalid("const EVENTS = { a: 'Depression Screening', b: 'Flu Shot', c: 'STD Panel', d: 'Suboxone Refill', e: 'PrEP Visit', f: 'Newsletter' };\nwindow.ttq.track(EVENTS[kind]);", [[E, 'EVENTS[kind]']]), [{ vendor: 'TikTok', text: 'Depression Screening', term: 'Depression Screening', category: 'mental health', tier: '1', also: '; it can also send "STD Panel", "Suboxone Refill", "PrEP Visit" and 1 more' }]),
    // A parameter's text default is sent when a call leaves it out; reported once, in the helper.
    invalid("function trackBooking(name = 'Therapy Booked') {\n  fbq('trackCustom', name);\n}\ntrackBooking();\ntrackBooking('Lead');", [[E, 'name', 1]]),
    // A helper called through another helper, reported where the name is written.
    invalid("function sendEvent(name) { fbq('trackCustom', name); }\nfunction onBooked(label) { sendEvent(label); }\nonBooked('Therapy Booked');\nonBooked('Lead');", [[E, "'Therapy Booked'"]]),
    invalid(
      "class Analytics {\n  send(name) { window.fbq('trackCustom', name); }\n  booked(service) { this.send(`Booked ${service}`); }\n}\nnew Analytics().booked('Psychotherapy');",
      [[E, "'Psychotherapy'"]],
    ),
    // A name made of one parameter points at what the site passes there; one made of several, at the site.
    invalid("function send(service, step) { fbq('trackCustom', `${service}_${step}`); }\nfunction booked(service) { fbq('trackCustom', `${service}_booked`); }\nsend('hiv', 'test');\nbooked(window.x ? 'Oncology' : 'Dermatology');", [[E, "send('hiv', 'test')"], [E, "window.x ? 'Oncology' : 'Dermatology'"]]),
    // `dataLayer.push({ …, ...props })` in a helper: the event a site passes.
    invalid("function push(props) {\n  window.dataLayer.push({ page_type: 'clinic', ...props });\n}\npush({ event: 'hiv_test_order' });", [[E, "'hiv_test_order'"]]),
    // What a local helper returns.
    invalid("function eventName() {\n  return 'hiv_test_order';\n}\nttq.track(eventName());", [[E, 'eventName()', 1]]),
    invalid("function tracker() { return window.gtag; }\nconst gtag = tracker();\ngtag('event', 'hiv_test_order');", [[E, "'hiv_test_order'"]]),
    invalid("import { gtag } from './analytics';\ngtag('event', 'hiv_test_order');", [[E, "'hiv_test_order'"]]),
    // A two-letter global counts imported only from a module named for its vendor: `qp` is also a query-parameter helper.
    invalid("import { qp } from './quora-pixel';\nqp('track', 'Depression Screening');", [[E, "'Depression Screening'"]]),
    invalid("ttq.track('booked_dermatology_appointment')", [[E, "'booked_dermatology_appointment'"]]),
    invalid("window.ttq.track('hiv_test_order')", [[E, "'hiv_test_order'"]]),
    invalid("globalThis.ttq?.track('ivf_consultation_booked')", [[E, "'ivf_consultation_booked'"]]),
    invalid("window.ttq?.track?.('adhd_assessment_started')", [[E, "'adhd_assessment_started'"]]),
    invalid("ttq['track']('ptsd_program_signup')", [[E, "'ptsd_program_signup'"]]),
    invalid("ttq.instance('C123').track('psychiatry_booked')", [[E, "'psychiatry_booked'"]]),
    invalid("const t = window.ttq;\nt.track('therapy_intake_submitted');", [[E, "'therapy_intake_submitted'"]]),
    // Code in a string that starts its lines with an escape (`'\\nttq.track(…)'`), also in a legacy `<!-- //-->` wrapper, and markup written
    // with a function's parameter, read at the function's site (blind tester, session 49).
    invalid(
      "var s = document.createElement('script');\ns.textContent = '<!--\\nfbq(\"trackCustom\", \"Therapy Booked\")\\n//-->';\ndocument.head.appendChild(s);\nfunction fire(name) { document.write('<script>\\nttq.track(\"' + name + '\")<\\/script>'); }\nfire('Chlamydia Test');",
      [[E, '"Therapy Booked"'], [E, "'Chlamydia Test'"]],
    ),
    // …but a script's code, set however, runs; so does an element's whose tag is not known.
    invalid(
      "const s = document.createElement('script');\ns.innerText = \"fbq('trackCustom', 'Therapy Booked')\";\ndocument.getElementById('x').textContent = \"ttq.track('IVF Consult')\";\ndocument.querySelector('script#px').textContent = \"ttq.track('HIV Test')\";",
      [[E, "'Therapy Booked'"], [E, "'IVF Consult'"], [E, "'HIV Test'"]],
    ),
    // A parameter's default put into code in a string, at a site that leaves it out: reported once, where the code uses it (blind tester, session 49).
    invalid(
      "function fire(name = 'Therapy Booked') {\n  var s = document.createElement('script');\n  s.textContent = \"ttq.track('\" + name + \"')\";\n  document.head.appendChild(s);\n}\nfire();",
      [[E, "'\" + name + \"'"]],
    ),
    // Monument's custom events.
    invalid("fbq('trackCustom', 'Paid: Weekly Therapy')", [[E, "'Paid: Weekly Therapy'"]]),
    invalid("window.fbq?.('trackCustom', 'Paid: Med Management')", [[E, "'Paid: Med Management'"]]),
    invalid("fbq('track', 'STD Test Purchase')", [[E, "'STD Test Purchase'"]]),
    invalid("fbq('trackSingle', '1234567890', 'oncology_consult')", [[E, "'oncology_consult'"]]),
    invalid("gtag('event', 'ivf_consult_booked', { value: 1 })", [[E, "'ivf_consult_booked'"]]),
    invalid("dataLayer.push({ event: 'hiv_test_order' })", [[E, "'hiv_test_order'"]]),
    invalid("window.dataLayer = window.dataLayer || [];\nwindow.dataLayer.push({ event: 'hiv_prep_refill_requested' });", [[E, "'hiv_prep_refill_requested'"]]),
    invalid("snaptr('track', 'DEPRESSION_QUIZ_COMPLETE')", [[E, "'DEPRESSION_QUIZ_COMPLETE'"]]),
    invalid("pintrk('track', 'semaglutide_checkout')", [[E, "'semaglutide_checkout'"]]),
    invalid("rdt('track', 'Custom', { customEventName: 'abortion_pill_order' })", [[E, "'abortion_pill_order'"]]),
    // Calls through `.call` / `.apply`, lists iterated into a call, JSON parsed from a constant.
    invalid("ttq.track.call(ttq, 'hiv_prep_refill')", [[E, "'hiv_prep_refill'"]]),
    invalid("window.fbq.apply(window, ['trackCustom', 'Opioid Detox Consult'])", [[E, "'Opioid Detox Consult'"]]),
    // `Reflect.apply(f, thisArg, args)` is `f.apply(thisArg, args)`; a local `Reflect` is another object.
    invalid("Reflect.apply(window.fbq, window, ['trackCustom', 'Opioid Detox Consult']);\nconst ARGS = ['Chemo Consult'];\nReflect.apply(ttq.track, ttq, ARGS);\nfunction f(Reflect) { Reflect.apply(ttq.track, ttq, ['Dialysis Booked']); }", [[E, "'Opioid Detox Consult'"], [E, "'Chemo Consult'"]]),
    invalid("['ViewContent', 'gonorrhea_test_ordered'].forEach(function (name) { ttq.track(name); });", [[E, 'name', 1]]),
    invalid("for (const ev of ['PageView', 'hiv_test_order']) ttq.track(ev);", [[E, 'ev', 1]]),
    invalid('var cfg = JSON.parse(\'{"event":"mammogram_booked"}\');\ngtag(\'event\', cfg.event);', [[E, 'cfg.event']]),
    // Constants, `as const`, templates, concatenation, conditionals.
    invalid("const EVENT = 'booked_dermatology_appointment';\nttq.track(EVENT);", [[E, 'EVENT', 1]]),
    invalid("const EVENTS = { BOOKED: 'mental_health_intake' };\nttq.track(EVENTS.BOOKED);", [[E, 'EVENTS.BOOKED']]),
    invalid("const service = 'dermatology';\nttq.track(`booked_${service}_appointment`);", [[E, '`booked_${service}_appointment`']]),
    invalid("ttq.track('booked_' + 'psychiatry' + '_visit')", [[E, "'booked_' + 'psychiatry' + '_visit'"]]),
    invalid("ttq.track(`Paid: ${plan} Therapy`)", [[E, '`Paid: ${plan} Therapy`']]),
    // A hole that can take several known strings is spelled out, each way.
    invalid("const service = member ? 'psychiatry' : 'general';\nttq.track(`booked_${service}`);", [[E, '`booked_${service}`']]),
    // The branch that sends the health name, not the whole conditional.
    invalid("ttq.track(isNew ? 'Lead' : 'hiv_prep_followup')", [[E, "'hiv_prep_followup'"]]),
    invalid("let name = 'Lead';\nif (x) name = 'chemo_schedule';\nfbq('trackCustom', name);", [[E, 'name', 2]]),
    invalid("const { BOOKED } = { BOOKED: 'opioid_rehab_admission' };\nttq.track(BOOKED);", [[E, 'BOOKED', 2]]),
    // A local function that forwards its parameter to a tracker call.
    invalid(
      "function trackEvent(name, params) {\n  window.ttq?.track(name, params);\n}\ntrackEvent('booked_dermatology_appointment');",
      [[E, "'booked_dermatology_appointment'"]],
    ),
    invalid(
      "const logConversion = (event) => fbq('trackCustom', event);\nlogConversion('Paid: Weekly Therapy');",
      [[E, "'Paid: Weekly Therapy'"]],
    ),
    // A parameter used inside an argument (`{ event, ...params }`) forwards too; reported at the call site's argument.
    invalid(
      "const EVENTS = { STARTED: 'started_depression_quiz' };\nfunction track(event, params = {}) {\n  window.ttq?.track(event, params);\n  window.dataLayer.push({ event, ...params });\n}\ntrack(EVENTS.STARTED);",
      [[E, 'EVENTS.STARTED'], [E, 'EVENTS.STARTED']],
    ),
    // Object methods and destructured parameters forward too; lookup tables send any of their values.
    invalid(
      "export const analytics = {\n  track(name, props) { window.fbq('trackCustom', name, props); },\n};\nanalytics.track('Paid: Med Management');",
      [[E, "'Paid: Med Management'"]],
    ),
    invalid("const trackIt = ({ name }) => window.ttq.track(name);\ntrackIt({ name: 'hiv_test_order' });", [[E, "'hiv_test_order'"]]),
    // A site is reported for the health text it adds to the helper's template: its own words, or a
    // weak word that counts beside the template's (one weak word alone does not).
    invalid(
      "function book(kind, step) { gtag('event', `book_appointment_${kind}_${step}`); }\nbook('online', 'start');\nbook('doctor', 'start');\nbook('online', 'oncology');",
      [[E, "book('doctor', 'start')"], [E, "book('online', 'oncology')"]],
    ),
    // A member of a parameter (`opts.name`) is what each site passes under that key, as a destructured one is.
    invalid("function track(opts) { fbq('trackCustom', opts.name); }\ntrack({ name: 'hiv_test_order' });", [[E, "'hiv_test_order'"]]),
    // A parameter of an immediately invoked function, with keys set on it, is still what the call passes.
    invalid("(function (w, cfg) { cfg.ready = true; w.ready = true; w.fbq('trackCustom', cfg.name, w.extra); })(window, { name: 'Therapy Booked' });", [[E, 'cfg.name']]),
    // Deeper members, a member passed on, destructuring in the body, keys the helper sets on its parameter.
    invalid(
      "function a(opts) { fbq('trackCustom', opts.event.name); }\na({ event: { name: 'Therapy Booked' } });\nfunction send(e) { fbq('trackCustom', e.name); }\nfunction onBooked(d) { send(d.inner); }\nonBooked({ inner: { name: 'Chemotherapy Booked' } });",
      [[E, "'Therapy Booked'"], [E, "'Chemotherapy Booked'"]],
    ),
    invalid("function track(opts) { const { name } = opts; fbq('trackCustom', name); }\ntrack({ name: 'Therapy Booked' });", [[E, "'Therapy Booked'"]]),
    // A destructured parameter's default object, where a site leaves the argument out.
    invalid(
      "function track({ name } = { name: 'Therapy Booked' }) { fbq('trackCustom', name); }\ntrack();\nfunction t2({ name } = { name: 'Dialysis Booked' }) { fbq('trackCustom', name); }\nt2({ name: 'Lead' });",
      [[E, 'name', 2]],
    ),
    // ES5 defaults, as GTM Custom HTML writes them: the parameter assigned in its function.
    invalid(
      "function track(name) {\n  name = name || 'Therapy Booked';\n  fbq('trackCustom', name);\n}\ntrack();\nfunction trackIf(name) {\n  if (!name) name = 'HIV Test Ordered';\n  fbq('trackCustom', name);\n}\ntrackIf();\nfunction trackObj(opts) {\n  opts = opts || { name: 'Abortion consult' };\n  fbq('trackCustom', opts.name);\n}\ntrackObj();",
      [[E, 'name', 3], [E, 'name', 7], [E, 'opts.name']],
    ),
    // A site's value beside a fallback (`??`, `||`) is reported where the site writes it.
    invalid("function a(opts) { fbq('trackCustom', opts.name ?? 'Lead'); }\na({ name: 'Therapy Booked' });\nfunction c(name) { fbq('trackCustom', name || 'Lead'); }\nc('Chemotherapy Booked');", [[E, "'Therapy Booked'"], [E, "'Chemotherapy Booked'"]]),
    // Options merged over defaults (`{ ...DEFAULTS, ...opts }`, `Object.assign({}, DEFAULTS, opts)`): a site's key replaces the default.
    invalid(
      "const DEFAULTS = { name: 'Lead' };\nfunction t(opts) { const o = { ...DEFAULTS, ...opts }; fbq('trackCustom', o.name); }\nt({ name: 'Dialysis Booked' });\nt({});\nfunction u(opts) { const { name } = Object.assign({}, DEFAULTS, opts); fbq('trackCustom', name); }\nu({ name: 'IVF Booked' });\nu();",
      [[E, "'Dialysis Booked'"], [E, "'IVF Booked'"]],
    ),
    // …also one exported through a wrapper (`export const send = debounce(track, 300)`, `export default memo(Inner)`).
    invalid("function track(name = 'Therapy Booked') { ttq.track(name); }\nexport const send = debounce(track, 300);\nsend('Signup');", [[E, 'name', 1]]),
    invalid("function Inner({ label = 'Fertility Consult' }) { return <button onClick={() => fbq('trackCustom', label)} />; }\nexport default memo(Inner);\nexport const P = () => <Inner label=\"Signup\" />;", [[E, 'label', 1]]),
    // A parameter merged into a local object (`Object.assign(o, opts)`): what the site passes.
    invalid("function send(opts) {\n  const o = {};\n  Object.assign(o, opts);\n  fbq('trackCustom', o.name);\n}\nsend({ name: 'Gender-affirming care' });", [[E, "'Gender-affirming care'"]]),
    // An exported function's default: callers in other files may leave the argument out.
    invalid("export function track(opts = { name: 'Therapy Booked' }) { fbq('trackCustom', opts.name); }\ntrack({ name: 'Lead' });\nexport const send = (name = 'Dialysis Booked') => fbq('trackCustom', name);\nsend('Lead');", [[E, 'opts.name'], [E, 'name', 4]]),
    // A site that passes the key as `undefined` (also as one alternative) leaves it to the default; a top-level pattern with nothing above the default too.
    invalid(
      "function a(opts) {\n  const { name = 'Therapy Booked' } = opts;\n  fbq('trackCustom', name);\n}\na({ name: void 0 });\nfunction b({ name = 'HIV Test Ordered' }) { fbq('trackCustom', name); }\nb({ name: window.c ? 'Lead' : undefined });\nconst cfg = {};\nconst { event: { label = 'Psychiatry' } = {} } = cfg;\nfbq('trackCustom', label);",
      [[E, 'name', 1], [E, 'name', 4], [E, 'label', 1]],
    ),
    // Constant objects grouped by name (`{ meta }`), and a vendor object's member two levels down.
    invalid(
      "const meta = { send: window.fbq };\nconst trackers = { meta };\ntrackers.meta.send('trackCustom', 'Therapy Booked');\nconst t2 = { tt: window.ttq };\nconst { tt: { track } } = t2;\ntrack('Oncology');",
      [[E, "'Therapy Booked'"], [E, "'Oncology'"]],
    ),
    // Array patterns: an element by its index, in a parameter (also nested) or in the body.
    invalid(
      "function a([{ name }]) { ttq.track(name); }\na([{ name: 'Therapy Booked' }]);\nfunction b({ event: [first, second] }) { fbq('trackCustom', second); }\nb({ event: ['Therapy Booked', 'HIV Test Ordered'] });\nconst [label] = ['IVF consult'];\nttq.track(label);",
      [[E, "'Therapy Booked'"], [E, "'HIV Test Ordered'"], [E, 'label', 1]],
    ),
    // A default applies where a helper passes on its own parameter that one of its sites leaves out, two levels deep.
    invalid(
      "function send(opts = { name: 'Therapy Booked' }) { fbq('trackCustom', opts.name); }\nfunction helper(o) { send(o); }\nhelper();\nfunction track(name = 'HIV Test Ordered') { fbq('trackCustom', name); }\nfunction a(n) { track(n); }\nfunction b(x) { a(x); }\nb();",
      [[E, 'opts.name'], [E, 'name', 3]],
    ),
    // A default in a destructuring in the body, as in a parameter: where a site, or the object, leaves the key out.
    invalid(
      "function a(opts) {\n  const { name = 'Therapy Booked' } = opts;\n  ttq.track(name);\n}\na({});\nfunction b(opts) {\n  const { event: { name = 'Chemo Booked' } = {} } = opts;\n  ttq.track(name);\n}\nb({});\nfunction c(opts) {\n  const { event: { name } = { name: 'HIV Test Booked' } } = opts;\n  ttq.track(name);\n}\nc({ other: 1 });",
      [[E, 'name', 1], [E, 'name', 3], [E, 'name', 6]],
    ),
    invalid(
      "const cfg = window.f ? { name: 'Signup' } : {};\nconst { name = 'Therapy Booked' } = cfg;\nttq.track(name);\nconst { label = 'IVF Consult' } = window.cfg;\nttq.track(label);",
      [[E, 'name', 2], [E, 'label', 1]],
    ),
    // A nested pattern's default: its own where the site's object lacks the key, one above it where the site leaves that out.
    invalid(
      "function a({ event: { name } = { name: 'Therapy Booked' } }) { fbq('trackCustom', name); }\na({});\nfunction b({ event: { name = 'Chemo Booked' } }) { fbq('trackCustom', name); }\nb({ event: {} });\nfunction c({ event: { name } } = { event: { name: 'HIV Test Booked' } }) { fbq('trackCustom', name); }\nc();",
      [[E, 'name', 2], [E, 'name', 4], [E, 'name', 7]],
    ),
    // A constant read through a nested pattern.
    invalid("const C = { ev: { lead: 'Lead', ivf: 'IVF Booked' } };\nconst { ev: { ivf } } = C;\nfbq('trackCustom', ivf);", [[E, 'ivf', 2]]),
    // …but not by the rest of a pattern that took the key out.
    invalid("function t({ name, ...rest }) { const o = { name: 'IVF Booked', ...rest }; fbq('trackCustom', o.name); }\nt({ name: 'Lead' });", [[E, 'o.name']]),
    // A default object read through a member: sent where a site leaves the argument out, not where it passes one without the key.
    invalid(
      "function track(opts = { name: 'Therapy Booked' }) { fbq('trackCustom', opts.name); }\ntrack();\ntrack({ name: 'Lead' });\nfunction t2(o = { ev: { name: 'Dialysis Booked' } }) { const { name } = o.ev; fbq('trackCustom', name); }\nt2({ ev: { name: 'Lead' } });\nt2();",
      [[E, 'opts.name'], [E, 'name', 5]],
    ),
    invalid("function trackName(opts) { opts.name = 'Depression Screening'; fbq('trackCustom', opts.name); }\ntrackName({});", [[E, 'opts.name', 1]]),
    // …also with `Object.assign(opts, { … })`: always at the top of the body, or maybe in a branch or from one of several objects.
    invalid("function trackName(opts) { Object.assign(opts, { name: 'Depression Screening' }); fbq('trackCustom', opts.name); }\ntrackName({ name: 'Lead' });", [[E, 'opts.name']]),
    invalid(
      "function a(opts) {\n  if (!opts.name) Object.assign(opts, { name: 'Lead' });\n  fbq('trackCustom', opts.name);\n}\na({ name: 'Therapy Booked' });\nfunction b(opts) {\n  Object.assign(opts, window.f ? { name: 'Lead' } : {});\n  fbq('trackCustom', opts.name);\n}\nb({ name: 'Chemo Booked' });",
      [[E, "'Therapy Booked'"], [E, "'Chemo Booked'"]],
    ),
    invalid(
      "function track(opts) {\n  if (!opts.name) opts.name = 'Lead';\n  fbq('trackCustom', opts.name);\n}\ntrack({ name: 'Therapy Booked' });\ntrack({});",
      [[E, "'Therapy Booked'"]],
    ),
    // …also through a helper that passes its parameter, or a member of it, on.
    invalid(
      "function send(d) { window.ttq.track(d.name); }\nfunction track(data) { send(data); }\nfunction log(o) { send({ name: o.event }); }\ntrack({ name: 'hiv_test_order' });\ntrack({ name: 'Lead' });\nlog({ event: 'chemo_schedule' });",
      [[E, "'hiv_test_order'"], [E, "'chemo_schedule'"]],
    ),
    invalid(
      "function ConditionPage(props) {\n  return <a onClick={() => window.fbq('trackCustom', `View_${props.condition}`)}>x</a>;\n}\nexport const Lupus = () => <ConditionPage condition=\"Lupus\" />;",
      [[E, '"Lupus"']],
    ),
    // A helper passed to an iteration method is called with each element; a spread attribute passes the object's keys.
    invalid(
      "function track(o) { window.fbq('trackCustom', o.name); }\n[{ name: 'Lead' }, { name: 'Hepatitis C Screening' }].forEach(track);\nfunction send(name) { window.ttq.track(name); }\n['Lead', 'Purchase'].map(send);",
      [[E, "'Hepatitis C Screening'"]],
    ),
    // …so a default applies where an element lacks the key (not where every element has it); a `for…of` pattern reads each element too.
    invalid(
      "function send(opts) {\n  const { name = 'Therapy Booked' } = opts;\n  fbq('trackCustom', name);\n}\n[{ name: 'Lead' }, {}].forEach(send);\nfunction send2({ name = 'Chemo Booked' }) { fbq('trackCustom', name); }\n[{ name: 'Lead' }, { name: 'Signup' }].forEach(send2);\nfor (const { label = 'Psychiatry' } of [{ label: 'Lead' }, {}]) fbq('trackCustom', label);\nfor (const { label } of [{ label: 'Oncology' }]) fbq('trackCustom', label);",
      [[E, 'name', 1], [E, 'label', 2], [E, 'label', 5]],
    ),
    invalid(
      "const hep = { condition: 'Hepatitis' };\nfunction ConditionLink(props) {\n  return <a onClick={() => window.fbq('trackCustom', `View_${props.condition}`)}>x</a>;\n}\nexport const A = () => <ConditionLink {...hep} />;\nexport const B = () => <ConditionLink {...hep} condition=\"Pricing\" />;",
      [[E, '<ConditionLink {...hep} />']],
    ),
    invalid("const EVENT_MAP = { booking: 'Schedule', weekly: 'Paid: Weekly Therapy' };\nfbq('trackCustom', EVENT_MAP[plan]);", [[E, 'EVENT_MAP[plan]']]),
    // At the top level of a classic script `this` is window (a module's is undefined: valid above).
    invalid("this.fbq('trackCustom', 'Therapy Booked');", [[E, "'Therapy Booked'"]], { languageOptions: { sourceType: 'script' } }),
    // A service map of hundreds of entries is read to its end, and two maps in one name keep every value of each.
    invalid(`const SERVICES = { ${Array.from({ length: 300 }, (_, i) => `s${i}: 'Service ${i}'`).join(', ')}, hiv: 'HIV PrEP Consult' };\nfbq('trackCustom', SERVICES[slug]);`, [[E, 'SERVICES[slug]']]),
    withData(
      invalid(
        `const CLINICS = { ${Array.from({ length: 10 }, (_, i) => `c${i}: 'Clinic${i}'`).join(', ')} };\nconst LINES = { ${Array.from({ length: 9 }, (_, i) => `l${i}: 'Line${i}'`).join(', ')}, onc: 'Oncology' };\n` +
          'ttq.track(`${CLINICS[c]}_${LINES[l]}`);',
        [[E, '`${CLINICS[c]}_${LINES[l]}`']],
      ),
      [{ vendor: 'TikTok', text: 'Clinic0_Oncology', term: 'Oncology', category: 'condition', tier: '2', also: '' }],
    ),
    // React hooks and utilities that return the function they wrap.
    invalid(
      "function Booking() {\n  const trackEvent = useCallback((name) => window.fbq('trackCustom', name), []);\n  return <button onClick={() => trackEvent('Paid: Weekly Therapy')} />;\n}",
      [[E, "'Paid: Weekly Therapy'"]],
    ),
    invalid("const track = debounce((name) => window.ttq.track(name), 300);\ntrack('hiv_test_order');", [[E, "'hiv_test_order'"]]),
    // …also of a function declared apart and wrapped by name.
    invalid("function track(name) { window.ttq.track(name); }\nconst send = debounce(track, 300);\nsend('hiv_test_order');", [[E, "'hiv_test_order'"]]),
    // A Zustand store in the same file: through a selector, destructured, called on the spot (blind tester, session 42).
    invalid(
      "import { create } from 'zustand';\nconst useTracking = create(() => ({ track: (name) => window.fbq('trackCustom', name), log: (name) => console.log(name) }));\nexport function B() {\n  const track = useTracking((s) => s.track);\n  const { log } = useTracking();\n  return <button onClick={() => { track('Bulimia Support Program'); log('Anxiety Quiz'); useTracking().track('Lupus Flare'); }}>x</button>;\n}",
      [[E, "'Bulimia Support Program'"], [E, "'Lupus Flare'"]],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // What a constructor sets on the instance (blind tester, session 42): an instance of a local class
    // (`this.pixel.send(…)`), and a function (`t.track(…)` of `this.track = (n) => …`).
    invalid(
      "class PixelClient { send(name) { window.fbq('trackCustom', name); } }\nclass Analytics {\n  constructor() { this.pixel = new PixelClient(); this.track = (n) => ttq.track(n); }\n  booked(s) { this.pixel.send(s + ' Booked'); }\n}\nconst a = new Analytics();\na.booked('Cataract Surgery');\na.track('Scoliosis Brace Fitting');\na.booked('Gift Card');",
      [[E, "'Cataract Surgery'"], [E, "'Scoliosis Brace Fitting'"]],
    ),
    // The window by another name (blind tester, session 42): Angular's injected `WINDOW` (a parameter
    // property, `inject(WINDOW)`), a parameter typed `Window`, one a site passes `window` to, and `document.defaultView`.
    invalid(
      "import { Inject, Injectable, inject } from '@angular/core';\nimport { DOCUMENT } from '@angular/common';\nimport { WINDOW } from '@ng-web-apis/common';\n@Injectable({ providedIn: 'root' })\nexport class Pixel {\n  private readonly w = inject(WINDOW) as any;\n  constructor(@Inject(WINDOW) private win: any, @Inject(DOCUMENT) private doc: Document) {}\n  a() { this.win.fbq('trackCustom', 'Chronic Pain Clinic Booked'); }\n  b() { this.w.ttq.track('Bipolar Medication Review'); }\n  c() { (this.doc.defaultView as any).fbq('trackCustom', 'Lupus Flare Visit'); }\n}\nexport function d(win: Window & { fbq: Function }) { win.fbq('trackCustom', 'Psoriasis Consult'); }\nfunction e(w: any, name: string) { w.fbq('trackCustom', name); }\ne(window, 'Migraine Clinic Booked');\ndocument.defaultView!.snaptr('track', 'Gout Treatment Booked');\nexport function f(w: Window, x: { fbq: Function }) { x.fbq('trackCustom', 'Lead'); }",
      [[E, "'Chronic Pain Clinic Booked'"], [E, "'Bipolar Medication Review'"], [E, "'Lupus Flare Visit'"], [E, "'Psoriasis Consult'"], [E, "'Migraine Clinic Booked'"], [E, "'Gout Treatment Booked'"]],
      ts(),
    ),
    // Angular 17's `inject(DOCUMENT)`: in a field, in a constant and in place, its `defaultView` is the window (blind tester, session 47).
    invalid(
      "import { Injectable, inject } from '@angular/core';\nimport { DOCUMENT } from '@angular/common';\n@Injectable({ providedIn: 'root' })\nexport class Pixel {\n  private readonly doc = inject(DOCUMENT);\n  a() { (this.doc.defaultView as any).fbq('trackCustom', 'HIV Test Booked'); }\n  b() { const d = inject(DOCUMENT); (d.defaultView as any).ttq.track('ADHD Assessment Booked'); }\n  c() { (inject(DOCUMENT).defaultView as any).fbq('trackCustom', 'IVF Consult'); }\n}",
      [[E, "'HIV Test Booked'"], [E, "'ADHD Assessment Booked'"], [E, "'IVF Consult'"]],
      ts(),
    ),
    // A function given to a component of the same file as a prop, called there: an arrow, a local
    // function, through `props.onSelect` (blind tester, session 42).
    invalid(
      "function Btn({ onTrack }) { return <button onClick={() => onTrack('Lasik Consult Booked')}>Go</button>; }\nfunction List(props) { return <button onClick={() => props.onSelect('Couples Therapy')}>Go</button>; }\nconst send = (n) => ttq.track(n);\nexport const Page = () => <><Btn onTrack={(n) => fbq('trackCustom', n)} /><List onSelect={send} /><Btn onTrack={console.log} /></>;",
      [[E, "'Lasik Consult Booked'"], [E, "'Couples Therapy'"]],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // Calls in a template literal's holes are code: Lit's event bindings (blind tester, session 42, high).
    invalid(
      "import { LitElement, html } from 'lit';\nexport class Cta extends LitElement {\n  render() { return html`<button @click=${() => window.ttq.track('Therapy Booked')}>Book</button>`; }\n}\nexport const x = `${window.fbq('trackCustom', 'HIV Test Ordered')}`;",
      [[E, "'Therapy Booked'"], [E, "'HIV Test Ordered'"]],
    ),
    // A listener on an event bus is called by the bus's emits of its event, in this file: mitt or Node's
    // EventEmitter, Vue 2's `$on`/`$emit`, an RxJS subject (blind tester, session 42).
    invalid(
      "import mitt from 'mitt';\nconst bus = mitt();\nbus.on('track', (n) => fbq('trackCustom', n));\nbus.emit('track', 'Vasectomy Consult Booked');\nbus.emit('other', 'Lupus Flare');\nother.emit('track', 'Lupus Flare');\nfunction send(name) { ttq.track(name); }\nEventBus.$on('booked', send);\nEventBus.$emit('booked', 'IVF Consult');\nconst subject = new Subject();\nsubject.subscribe((s) => snaptr('track', s));\nsubject.next('Psoriasis Biologic');",
      [[E, "'Vasectomy Consult Booked'"], [E, "'IVF Consult'"], [E, "'Psoriasis Biologic'"]],
    ),
    // A bound copy (`fn.bind(null, …)`): its calls are the function's, with the bound arguments first (blind tester, session 42).
    invalid(
      "const track = (n) => ttq.track(n);\nconst b = track.bind(null, 'Lasik Consult Booked');\nb();\nfunction send(cmd, name) { fbq(cmd, name); }\nsend.bind(null, 'trackCustom')('Psoriasis Consult');\nexport const B = () => <button onClick={track.bind(null, 'Cataract Surgery Booked')}>Go</button>;\nconst n = track.bind(null, 'Newsletter');\nn();",
      [[E, "'Lasik Consult Booked'"], [E, "'Psoriasis Consult'"], [E, "'Cataract Surgery Booked'"]],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // React state: its first value and what the file's setter calls give it (blind tester, session 42).
    invalid(
      "import { useState } from 'react';\nexport function C() {\n  const [name, setName] = useState('Anxiety Therapy Started');\n  const [ev, setEv] = useState(null);\n  return <button onClick={() => { setEv('Rhinoplasty Consult'); ttq.track(name); if (ev) fbq('trackCustom', ev); }}>x</button>;\n}",
      [[E, 'name', 1], [E, 'ev', 2]],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // A class's static getter, also inherited (blind tester, session 42).
    invalid("class Ev { static get BOOKED() { return 'Gastric Sleeve Booked'; } static get LEAD() { return 'Lead'; } }\nclass Sub extends Ev {}\nfbq('trackCustom', Ev.BOOKED);\nfbq('trackCustom', Ev.LEAD);\nfbq('trackCustom', Sub.BOOKED);", [[E, 'Ev.BOOKED'], [E, 'Sub.BOOKED']]),
    // Constants in a TypeScript namespace and a class's static fields.
    invalid("namespace PixelEvents { export const BOOKED = 'Schizophrenia Consult Booked'; }\n(window as any).fbq('trackCustom', PixelEvents.BOOKED);", [[E, 'PixelEvents.BOOKED']], ts()),
    // …nested, dotted (`namespace A.B`) or declared inside another.
    invalid(
      "namespace Analytics.Events { export const IVF = 'ivf_consult_booked'; }\nexport namespace Outer { export namespace Inner { export const X = 'abortion_pill_order'; export const Y = 'page_view'; } }\ngtag('event', Analytics.Events.IVF);\ngtag('event', Outer.Inner.X);\ngtag('event', Outer.Inner.Y);\ngtag('event', Outer.Other.X);",
      [[E, 'Analytics.Events.IVF'], [E, 'Outer.Inner.X']],
      ts(),
    ),
    // …through an alias (`import E = A.B`, a constant, a destructuring), and an enum or a class's static field inside one.
    invalid(
      "namespace Analytics.Events { export const IVF = 'ivf_consult_booked'; export const LEAD = 'lead'; }\nimport E = Analytics.Events;\ngtag('event', E.IVF);\nconst I = Analytics.Events;\ngtag('event', I.IVF);\nconst { IVF } = Analytics.Events;\ngtag('event', IVF);\ngtag('event', E.LEAD);",
      [[E, 'E.IVF'], [E, 'I.IVF'], [E, 'IVF', 4]],
      ts(),
    ),
    invalid(
      "namespace Analytics.Events { export enum Names { IVF = 'ivf_consult_booked', LEAD = 'lead' } }\ngtag('event', Analytics.Events.Names.IVF);\ngtag('event', Analytics.Events.Names.LEAD);\nnamespace Tracking { export class Events { static readonly HIV = 'hiv_test_order'; } }\ngtag('event', Tracking.Events.HIV);",
      [[E, 'Analytics.Events.Names.IVF'], [E, 'Tracking.Events.HIV']],
      ts(),
    ),
    invalid("class Ev { static readonly BOOKED = 'Dialysis Session Booked'; }\n(window as any).ttq.track(Ev.BOOKED);", [[E, 'Ev.BOOKED']], ts()),
    invalid("class Ev { static BOOKED = 'Lead'; }\nEv.BOOKED = 'Dialysis Session Booked';\nwindow.ttq.track(Ev.BOOKED);", [[E, 'Ev.BOOKED', 1]]),
    // A namespace's exported `let`, reassigned inside it: each value.
    invalid("namespace Analytics {\n  export let EV = 'newsletter';\n  export function book() { EV = 'ivf_consult_booked'; }\n}\ngtag('event', Analytics.EV);", [[E, 'Analytics.EV']], ts()),
    // …also inherited (`class Child extends Base {}`), in a namespace too; the parent's later assignment is one more value.
    invalid(
      "class Base { static readonly EV = 'ivf_consult_booked'; static LEAD = 'lead'; }\nclass Child extends Base {}\ngtag('event', Child.EV);\nBase.LEAD = 'hiv_test_order';\ngtag('event', Child.LEAD);\nnamespace A { export class B { static readonly EV = 'chemo_booked'; } export class C extends B {} }\nimport D = A.C;\ngtag('event', D.EV);",
      [[E, 'Child.EV'], [E, 'Child.LEAD'], [E, 'D.EV', 0]],
      ts(),
    ),
    // A vendor function kept in a property: a class field, a getter, a constructor's assignment, a Vue global property.
    invalid("export class AnalyticsService {\n  private readonly fbq = (window as any).fbq;\n  booked(): void { this.fbq('trackCustom', 'Bipolar Disorder Intake'); }\n}", [[E, "'Bipolar Disorder Intake'"]], ts()),
    invalid("class Pixel {\n  get fbq() { return window.fbq; }\n  booked() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); }\n}", [[E, "'Bipolar Disorder Intake'"]]),
    invalid("class Pixel {\n  constructor() { this.fbq = window.fbq; }\n  booked() { this.fbq('trackCustom', 'Bipolar Disorder Intake'); }\n}", [[E, "'Bipolar Disorder Intake'"]]),
    invalid("export function install(app) {\n  app.config.globalProperties.$fbq = window.fbq;\n  app.config.globalProperties.$fbq('trackCustom', 'Vasectomy Consultation');\n}", [[E, "'Vasectomy Consultation'"]]),
    // …and as components call it (`this.$fbq`), or as Vue 2 sets it.
    invalid(
      "export default { install(app) { app.config.globalProperties.$fbq = window.fbq; } };\nexport const BookButton = { methods: { book() { this.$fbq('trackCustom', 'IVF Consultation Booked'); } } };\nVue.prototype.$ttq = window.ttq;\nnew Vue({ methods: { go() { this.$ttq.track('Dialysis Booked'); } } });",
      [[E, "'IVF Consultation Booked'"], [E, "'Dialysis Booked'"]],
    ),
    // What a Nuxt or Vue plugin set up in nuxt.config provides: on the Nuxt app (also destructured, from
    // `#app`, a plugin's parameter) and in components (options objects, class components).
    invalid(
      "const { $fbq } = useNuxtApp();\n$fbq('trackCustom', 'Opioid Detox Intake');\nuseNuxtApp().$fb.track('Bipolar Disorder Intake');\nexport default defineNuxtPlugin((nuxtApp) => { nuxtApp.$fb.query('trackCustom', 'HIV Test Ordered'); });",
      [[E, "'Opioid Detox Intake'"], [E, "'Bipolar Disorder Intake'"], [E, "'HIV Test Ordered'"]],
    ),
    invalid(
      "import { useNuxtApp } from '#app';\nexport default { methods: { book() { this.$fb.track('Vasectomy Consult'); } } };\nexport const Card = defineComponent({ mounted() { this.$gtm.push({ event: 'ivf_consult_booked' }); } });\n@Component\nexport class Booking extends Vue { booked() { this.$fbq('trackCustom', 'Dialysis Booked'); } }\nuseNuxtApp().$gtm.trackEvent({ event: 'hiv_test_order' });",
      [[E, "'Vasectomy Consult'"], [E, "'ivf_consult_booked'"], [E, "'Dialysis Booked'"], [E, "'hiv_test_order'"]],
      ts(),
    ),
    // Angular services the injector hands out: a parameter typed with one (also a parameter property
    // or a field set from it), or `inject(…)`; and Vue GTM's `useGtm()`.
    invalid(
      "import { inject } from '@angular/core';\nimport { PixelService } from 'ngx-pixel';\nimport { GoogleTagManagerService } from 'angular-google-tag-manager';\nexport class Book {\n  private readonly px = inject(PixelService);\n  private gtm2: GoogleTagManagerService;\n  constructor(private pixel: PixelService, gtm: GoogleTagManagerService) { this.gtm2 = gtm; }\n  a() { this.pixel.trackCustom('Bipolar Disorder Intake'); }\n  b() { this.px.track('Chemotherapy Booked'); }\n  c() { this.gtm2.pushTag({ event: 'abortion_pill_order' }); }\n}\nexport function d(p: PixelService) { p.trackCustom('Herpes Test Ordered'); }",
      [[E, "'Bipolar Disorder Intake'"], [E, "'Chemotherapy Booked'"], [E, "'abortion_pill_order'"], [E, "'Herpes Test Ordered'"]],
      ts(),
    ),
    invalid("import { useGtm } from '@gtm-support/vue-gtm';\nconst gtm = useGtm();\ngtm?.trackEvent({ event: 'hiv_test_booked' });", [[E, "'hiv_test_booked'"]]),
    // Nuxt's GTM modules auto-import it (adversarial tester, session 50).
    invalid("const gtm = useGtm();\nfunction book() { gtm.trackEvent({ event: 'book_colposcopy' }); }", [[E, "'book_colposcopy'"]]),
    // A function, or an object of functions, put on the page's global object and called there, as one
    // GTM Custom HTML tag or a page script does (`window.cwTrack = …; window.cwTrack('…')`, or the bare name).
    invalid(
      "window.cwTrack = function (name, params) { fbq('trackCustom', name, params); };\nwindow.cwTrack('Bipolar Screening Completed');\ncwTrack('Dialysis Booked');\nwindow.clinicPixels = { lead: function (n) { window.ttq.track(n); } };\nclinicPixels.lead('HIV Test Ordered');\nglobalThis.clinicPixels.lead('Chemo Consult');\nglobal.ssrTrack = (n) => ttq.track(n);\nssrTrack('Lupus Flare');",
      [[E, "'Bipolar Screening Completed'"], [E, "'Dialysis Booked'"], [E, "'HIV Test Ordered'"], [E, "'Chemo Consult'"], [E, "'Lupus Flare'"]],
    ),
    // …also a forwarder set there (`globalProperties.$track = (name) => …`), called by components and class components.
    invalid(
      "app.config.globalProperties.$track = (name) => window.ttq.track(name);\nexport default { mounted() { this.$track('Therapy Booked'); } };\nexport class Booking extends Vue { booked() { this.$track('HIV Test Ordered'); } }",
      [[E, "'Therapy Booked'"], [E, "'HIV Test Ordered'"]],
    ),
    // Server payloads through more HTTP clients: Nuxt's `$fetch`, axios's config form, any client's `post` (Angular, Nest), undici.
    invalid(
      "import { request } from 'undici';\nconst U = 'https://graph.facebook.com/v19.0/1/events';\n$fetch(U, { method: 'POST', body: { data: [{ event_name: 'TherapyBooked' }] } });\naxios({ method: 'post', url: U, data: { data: [{ event_name: 'HIV Test Ordered' }] } });\nexport class S { constructor(private http: HttpClient) {} send() { return this.http.post(U, { data: [{ event_name: 'Dialysis Booked' }] }); } }\nrequest(U, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Chemo Consult' }] }) });",
      [[E, "'TherapyBooked'"], [E, "'HIV Test Ordered'"], [E, "'Dialysis Booked'"], [E, "'Chemo Consult'"]],
      ts(),
    ),
    // A tracking function a hook or factory hands out: destructured, called on the result, held, wrapped in `useCallback` (adv29 #6).
    invalid(
      "function useAnalytics() { const track = (n) => window.ttq?.track(n); return { track }; }\nexport function A() { const { track } = useAnalytics(); track('ADHD Assessment Started'); }\nconst makeTracker = () => ({ send: (n) => fbq('trackCustom', n) });\nmakeTracker().send('HIV Test Booked');\nconst t = makeTracker();\nt.send('Dialysis Booked');\nfunction useTrack() { return useCallback((name) => gtag('event', name), []); }\nexport function B() { const trackIt = useTrack(); trackIt('ivf_consult_booked'); }",
      [[E, "'ADHD Assessment Started'"], [E, "'HIV Test Booked'"], [E, "'Dialysis Booked'"], [E, "'ivf_consult_booked'"]],
    ),
    // …with the factory's own arguments in what the closure sends: held, destructured, called on the
    // result, a member of what it gives (adversarial 08); another call of the factory gives its own.
    invalid(
      "function makeTracker(cmd) { return (name) => window.fbq(cmd, name); }\nconst track = makeTracker('trackCustom');\ntrack('Therapy Booked');\nmakeTracker('trackCustom')('HIV Test Booked');\nconst tracker = (prefix) => ({ send: (n) => window.ttq.track(prefix + n) });\nconst t = tracker('Psychiatry ');\nt.send('intake');\nconst { send } = tracker('Oncology ');\nsend('visit');\ntracker('Clinic ').send('hours');\nconst page = makeTracker('track');\npage('Newsletter');",
      [[E, "'Therapy Booked'"], [E, "'HIV Test Booked'"], [E, "'intake'"], [E, "'visit'"]],
    ),
    // …and a member of what it gives, held in a variable (`const send = tracking.track`).
    invalid(
      "const makeTracker = () => ({ send: (n) => fbq('trackCustom', n) });\nconst tracking = makeTracker();\nconst send = tracking.send;\nsend('Dialysis Booked');\nconst other = tracking.other;\nother('HIV Test Booked');",
      [[E, "'Dialysis Booked'"]],
    ),
    // …also a function a React context provides, through `useContext` or a hook that returns it.
    invalid(
      "import { createContext, useCallback, useContext } from 'react';\nconst AnalyticsContext = createContext(null);\nexport function AnalyticsProvider({ children }) {\n  const track = useCallback((name) => window.ttq.track(name), []);\n  return <AnalyticsContext.Provider value={{ track }}>{children}</AnalyticsContext.Provider>;\n}\nexport const useAnalytics = () => useContext(AnalyticsContext);\nexport function Book() { const { track } = useContext(AnalyticsContext); track('ADHD Assessment Started'); }\nexport function Quiz() { useAnalytics().track('Bipolar Screening Completed'); }\nexport function Other() { const { track } = useContext(OtherContext); track('Dialysis Booked'); }",
      [[E, "'ADHD Assessment Started'"], [E, "'Bipolar Screening Completed'"]],
    ),
    // A wrapper that fans out to a list of senders, or to a constant object's (adv29 #7).
    invalid(
      "const senders = [(n) => window.ttq?.track(n), (n) => fbq('trackCustom', n)];\nfunction track(n) { senders.forEach((s) => s(n)); }\ntrack('Suboxone Refill Requested');\nconst vendors = { tiktok: (n) => ttq.track(n) };\nfunction send(n) { for (const v of Object.values(vendors)) v(n); }\nsend('Dialysis Booked');",
      [[E, "'Suboxone Refill Requested'"], [E, "'Suboxone Refill Requested'"], [E, "'Dialysis Booked'"]],
    ),
    // The pairs of `Object.entries` and the keys of `Object.keys`, iterated (adv29 #9).
    invalid(
      "for (const [sel, name] of Object.entries({ '#book-ivf': 'ivf_book_click', '#faq': 'faq_click' })) document.querySelector(sel).addEventListener('click', () => ttq.track(name));\nfor (const evName of Object.keys({ dialysis_booked: 1 })) gtag('event', evName);",
      [[E, 'name', 1], [E, 'evName', 1]],
    ),
    // …and an iteration callback that destructures each element (`([, name]) => …`, `({ n }) => …`).
    invalid(
      "Object.entries({ a: 'ivf_consult' }).forEach(([, e2]) => fbq('trackCustom', e2));\n[{ label: 'dialysis_booked' }].forEach(({ label }) => fbq('trackCustom', label));",
      [[E, 'e2', 1], [E, 'label', 2]],
    ),
    // …of lists with several elements, each a pair or an object (blind tester, session 46), also indexed (`pair[1]`).
    invalid(
      "const E = { a: 'Newsletter Click', b: 'STD Test Booking Click' };\nObject.entries(E).forEach(([k, name]) => ttq.track(name));\nObject.entries(E).forEach((pair) => fbq('trackCustom', pair[1]));\n[{ label: 'faq_click' }, { label: 'dialysis_booked' }].forEach(({ label }) => gtag('event', label));",
      [[E, 'name', 1], [E, 'pair[1]'], [E, 'label', 3]],
    ),
    // `@nuxt/scripts` hands the vendor global out as `proxy.fbq` (adv29 #5).
    invalid("const { proxy } = useScriptMetaPixel({ id: '3925006' });\nproxy.fbq('trackCustom', 'IVFConsultRequested');\nuseScriptRedditPixel({ id: 't2' }).proxy.rdt('track', 'Custom', { customEventName: 'Addiction Helpline Call' });", [[E, "'IVFConsultRequested'"], [E, "'Addiction Helpline Call'"]]),
    // Reddit's Conversions API names a custom event under `custom_event_name` (adv29 #2).
    invalid("fetch('https://ads-api.reddit.com/api/v3/pixels/t2_abc/conversion_events', { method: 'POST', body: JSON.stringify({ data: { events: [{ type: { tracking_type: 'CUSTOM', custom_event_name: 'Addiction Helpline Call' } }] } }) });", [[E, "'Addiction Helpline Call'"]]),
    // Text the code builds from a known string: separators replaced, a cut, pieces joined, a helper that snake-cases.
    invalid(
      "const L = 'Therapy Booked';\nttq.track(L.replace(/ /g, '_'));\nttq.track(['booked', 'psychiatrist'].join('_'));\nttq.track('Chemo Consult'.slice(0, 40));\nttq.track('hiv test booked'.split(' ').join('_'));\nttq.track('ivf_'.concat('consult'));\nconst snake = (s) => s.replace(/\\s+/g, '_').toLowerCase();\nttq.track(snake('Dialysis Booked'));",
      [[E, "L.replace(/ /g, '_')"], [E, "['booked', 'psychiatrist'].join('_')"], [E, "'Chemo Consult'.slice(0, 40)"], [E, "'hiv test booked'.split(' ').join('_')"], [E, "'ivf_'.concat('consult')"], [E, "snake('Dialysis Booked')"]],
    ),
    // A template method: a class calls `this.send(…)`, which a subclass implements with the vendor call;
    // and an inherited method called on a subclass's instance (also its inherited constructor).
    invalid(
      "abstract class Tracker {\n  abstract send(name: string): void;\n  booked() { this.send('Bipolar Disorder Intake'); }\n}\nexport class MetaTracker extends Tracker {\n  send(name: string) { (window as any).fbq('trackCustom', name); }\n}\nclass Base { track(n) { this.emit(n); } }\nclass Meta extends Base { emit(n) { fbq('trackCustom', n); } }\nnew Meta().track('HIV Test Booked');\nclass Ctor { constructor(n) { ttq.track(n); } }\nconst Sub = class extends Ctor {};\nnew Sub('Dialysis Booked');",
      [[E, "'Bipolar Disorder Intake'"], [E, "'HIV Test Booked'"], [E, "'Dialysis Booked'"]],
      ts(),
    ),
    // A field set in a class it extends, a bound copy, a static field, a constant object's property.
    invalid(
      "class Base { constructor() { this.fbq = window.fbq; } }\nclass Booking extends Base { booked() { this.fbq('trackCustom', 'Vasectomy Booked'); } }\nclass Bound { constructor() { this.fbq = window.fbq.bind(window); } booked() { this.fbq('trackCustom', 'Chemotherapy Booked'); } }\nclass S { static fbq = window.fbq; static booked() { S.fbq('trackCustom', 'Chlamydia Test Booked'); } }\nconst trackers = { meta: window.fbq };\ntrackers.meta('trackCustom', 'Oncology Consult Booked');",
      [[E, "'Vasectomy Booked'"], [E, "'Chemotherapy Booked'"], [E, "'Chlamydia Test Booked'"], [E, "'Oncology Consult Booked'"]],
    ),
    // …reached other ways: destructured, frozen, nested, an inherited static; and an ES5 constructor's `this.fbq` in its prototype's methods.
    invalid(
      "const trackers = { meta: window.fbq };\nconst { meta } = trackers;\nmeta('trackCustom', 'Therapy Booked');\nconst frozen = Object.freeze({ meta: window.fbq });\nfrozen.meta('trackCustom', 'HIV Test Ordered');\nconst nested = { meta: { send: window.fbq } };\nnested.meta.send('trackCustom', 'Abortion consult');\nclass S { static fbq = window.fbq; }\nclass Sub extends S {}\nSub.fbq('trackCustom', 'IVF consult');",
      [[E, "'Therapy Booked'"], [E, "'HIV Test Ordered'"], [E, "'Abortion consult'"], [E, "'IVF consult'"]],
    ),
    // …and through an intermediate that is destructured or aliased: `const { meta } = trackers; meta.send(…)`.
    invalid(
      "const trackers = Object.freeze({ meta: { send: window.fbq } });\nconst { meta } = trackers;\nmeta.send('trackCustom', 'Therapy Booked');\nconst { meta: { send } } = trackers;\nsend('trackCustom', 'HIV Test Ordered');\nvar m = trackers.meta;\nm.send('trackCustom', 'Abortion consult');\nconst { ttq: { track } } = window;\ntrack('IVF consult');",
      [[E, "'Therapy Booked'"], [E, "'HIV Test Ordered'"], [E, "'Abortion consult'"], [E, "'IVF consult'"]],
    ),
    // …also behind a computed key with a static value, in a destructuring and in a parameter's pattern; a literal key of the constant's name is another key.
    invalid(
      "const KEY = 'meta';\nconst trackers = { meta: { send: window.fbq } };\nconst { [KEY]: { send } } = trackers;\nsend('trackCustom', 'Therapy Booked');\nconst K = 'eventName';\nfunction track({ [K]: name }) { fbq('trackCustom', name); }\ntrack({ eventName: 'HIV Test Ordered', K: 'Lead' });",
      [[E, "'Therapy Booked'"], [E, "'HIV Test Ordered'"]],
    ),
    // …but one a subclass sets outside its constructor (an opt-out) may not have run: the parent's stays.
    invalid("class Base { constructor() { this.fbq = window.fbq; } }\nclass Child extends Base {\n  optOut() { this.fbq = () => {}; }\n  booked() { this.fbq('trackCustom', 'Therapy Booked'); }\n}", [[E, "'Therapy Booked'"]]),
    invalid("function Tracker() { this.fbq = window.fbq; }\nTracker.prototype.booked = function () { this.fbq('trackCustom', 'Therapy Booked'); };\nnew Tracker().booked();", [[E, "'Therapy Booked'"]]),
    // …also a method of a prototype written as an object literal, and a vendor function set on the prototype.
    invalid(
      "var Tracker = function () { this.fbq = window.fbq; };\nTracker.prototype = {\n  booked: function () { this.fbq('trackCustom', 'Therapy Booked'); },\n  paid() { this.fbq('trackCustom', 'Paid: Weekly Therapy'); }\n};\nfunction T() {}\nT.prototype.fbq = window.fbq;\nT.prototype.booked = function () { this.fbq('trackCustom', 'HIV Test Ordered'); };",
      [[E, "'Therapy Booked'"], [E, "'Paid: Weekly Therapy'"], [E, "'HIV Test Ordered'"]],
    ),
    // …also destructured from `this` in a method, and a TypeScript parameter property's default.
    invalid("class T {\n  constructor() { this.fbq = window.fbq; }\n  booked() { const { fbq } = this; fbq('trackCustom', 'Therapy Booked'); }\n}", [[E, "'Therapy Booked'"]]),
    invalid("class T {\n  constructor(private readonly fbq: typeof window.fbq = window.fbq) {}\n  booked() { this.fbq('trackCustom', 'Therapy Booked'); }\n}", [[E, "'Therapy Booked'"]], ts()),
    invalid("const track = ttq.track.bind(ttq);\ntrack('HIV Test');", [[E, "'HIV Test'"]]),
    // Class members: static, on instances, through `this`, and class-field arrows.
    invalid("class Tracker {\n  static track(name) { window.ttq.track(name); }\n}\nTracker.track('hiv_test_order');", [[E, "'hiv_test_order'"]]),
    invalid(
      "class Tracker {\n  track(name) { window.ttq.track(name); }\n  book() { this.track('psychiatry_booked'); }\n}\nconst tracker = new Tracker();\ntracker.track('oncology_consult');",
      [[E, "'psychiatry_booked'"], [E, "'oncology_consult'"]],
    ),
    invalid("class Pixel {\n  track = (e) => window.fbq('trackCustom', e);\n  go() { this.track('Paid: Med Management'); }\n}", [[E, "'Paid: Med Management'"]]),
    // Vue options API: methods called through `this`.
    invalid(
      "export default {\n  methods: { track(name) { window.fbq('trackCustom', name); } },\n  mounted() { this.track('chemo_schedule'); },\n};",
      [[E, "'chemo_schedule'"]],
    ),
    // Dynamic imports of wrappers, as Next.js apps load them.
    invalid(
      "useEffect(() => {\n  import('react-facebook-pixel').then((m) => m.default).then((ReactPixel) => {\n    ReactPixel.trackCustom('Paid: Weekly Therapy');\n  });\n}, []);",
      [[E, "'Paid: Weekly Therapy'"]],
    ),
    invalid("const { default: ReactPixel } = await import('react-facebook-pixel');\nReactPixel.track('oncology_consult');", [[E, "'oncology_consult'"]]),
    // Server-side Events API and Conversions API calls.
    invalid(
      "await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', {\n  method: 'POST',\n  body: JSON.stringify({ event_source: 'web', data: [{ event: 'psychiatry_booked' }] }),\n});",
      [[E, "'psychiatry_booked'"]],
    ),
    invalid(
      "await axios.post(`https://graph.facebook.com/v18.0/${PIXEL_ID}/events`, { data: [{ event_name: 'hiv_test_order' }] });",
      [[E, "'hiv_test_order'"]],
    ),
    // The gtag stub from Google's snippet is still gtag.
    invalid(
      "window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('event', 'diabetes_screening_booked');",
      [[E, "'diabetes_screening_booked'"]],
    ),
    // Wrappers.
    invalid("import TiktokPixel from 'tiktok-pixel';\nTiktokPixel.track('hiv_test_order');", [[E, "'hiv_test_order'"]]),
    invalid("import ReactPixel from 'react-facebook-pixel';\nReactPixel.trackCustom('Paid: Weekly Therapy');", [[E, "'Paid: Weekly Therapy'"]]),
    invalid("const Pixel = require('react-facebook-pixel');\nPixel.track('oncology_consult');", [[E, "'oncology_consult'"]]),
    invalid("import { sendGTMEvent } from '@next/third-parties/google';\nsendGTMEvent({ event: 'ivf_consult_booked' });", [[E, "'ivf_consult_booked'"]]),
    invalid("import TagManager from 'react-gtm-module';\nTagManager.dataLayer({ dataLayer: { event: 'hiv_test_order' } });", [[E, "'hiv_test_order'"]]),
    // A component's prop put into code kept in a string: each site gives its own (adversarial tester, session 49).
    invalid("import Script from 'next/script';\nfunction PixelEvent({ name }) {\n  return <Script id=\"px\">{`fbq('trackCustom', '${name}');`}</Script>;\n}\nexport const A = () => <><PixelEvent name=\"IVF Consult Booked\" /><PixelEvent name=\"Newsletter\" /></>;\nfunction fire(label) { const s = document.createElement('script'); s.textContent = \"ttq.track('\" + label + \"')\"; document.head.appendChild(s); }\nfire('Chlamydia Test Ordered');", [[E, '"IVF Consult Booked"'], [E, "'Chlamydia Test Ordered'"]], { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }),
    // Code a conditional puts in only when its condition holds is read as code (session 49).
    invalid("const EV = 'IVF Consult Booked';\ns.textContent = `fbq('init', '1');${enabled ? `fbq('trackCustom', '${EV}');` : ''}`;\nt.textContent = 'ttq.load(\"C1\");' + (on && \"ttq.track('Herpes Test')\");", [[E, "'${EV}'"], [E, "'Herpes Test'"]]),
    // Code built with `+` and handed to a helper that runs it is read whole (parity tester, session 49).
    invalid("function inject(code) { var s = document.createElement('script'); s.textContent = code; document.head.appendChild(s); }\nvar EV = 'Herpes Test';\ninject('ttq.track(' + JSON.stringify(EV) + ')');\ninject(\"ttq.track('\" + 'Chlamydia Test' + \"')\");", [[E, "JSON.stringify(EV) + '"], [E, "'\" + 'Chlamydia Test' + \"'"]]),
    // A string put into code with JSON.stringify comes out quoted (adversarial tester, session 49).
    invalid("const EVENT = 'IVF Consult Booked';\nconst s = document.createElement('script');\ns.textContent = 'fbq(\"trackCustom\", ' + JSON.stringify(EVENT) + ');';\ndocument.head.appendChild(s);", [[E, "JSON.stringify(EVENT) + '"]]),
    invalid("const EVENT = 'Herpes Test \"Rapid\"';\nexport const P = () => <script dangerouslySetInnerHTML={{ __html: `fbq('trackCustom', ${JSON.stringify(EVENT)});` }} />;", [[E, 'JSON.stringify(EVENT)}']], { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }),
    // The data layer a container starts with: `<GoogleTagManager dataLayer>` and `TagManager.initialize({ dataLayer })` push it (adversarial tester, session 49).
    invalid("import { GoogleTagManager } from '@next/third-parties/google';\nexport const Layout = () => <GoogleTagManager gtmId=\"GTM-ABCD\" dataLayer={{ event: 'hiv_prep_page' }} />;", [[E, "'hiv_prep_page'"]], { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }),
    invalid("import TagManager from 'react-gtm-module';\nTagManager.initialize({ gtmId: 'GTM-ABCD', dataLayer: { event: 'std_test_order' } });", [[E, "'std_test_order'"]]),
    invalid("import ReactGA from 'react-ga4';\nReactGA.event('psychiatry_booked');", [[E, "'psychiatry_booked'"]]),
    // react-ga4's object form: `action` is the event's name.
    invalid("import ReactGA from 'react-ga4';\nReactGA.event({ category: 'Booking', action: 'book_psychiatry', label: 'Button' });", [[E, "'book_psychiatry'"]]),
    // react-ga4's `send` of an event hit: `eventAction` is its name (blind tester, session 42).
    invalid("import ReactGA from 'react-ga4';\nReactGA.send({ hitType: 'event', eventCategory: 'booking', eventAction: 'hiv_self_test_ordered' });", [[E, "'hiv_self_test_ordered'"]]),
    // Renamed TikTok global from the base code's IIFE argument.
    invalid(
      "!function (w, d, t) { w.TiktokAnalyticsObject = t; var q = w[t] = w[t] || []; }(window, document, 'tiktokQ');\ntiktokQ.track('hiv_test_order');",
      [[E, "'hiv_test_order'"]],
    ),
    // Code inside strings.
    invalid(
      "export default () => <script dangerouslySetInnerHTML={{ __html: \"ttq.track('hiv_test_order')\" }} />;",
      [[E, "'hiv_test_order'"]],
    ),
    invalid(
      "import Script from 'next/script';\nexport const T = () => <Script id=\"tt\">{`ttq.track('psychiatry_booked')`}</Script>;",
      [[E, "'psychiatry_booked'"]],
    ),
    invalid(
      "const s = document.createElement('script');\ns.textContent = `fbq('trackCustom', 'Paid: Weekly Therapy');`;",
      [[E, "'Paid: Weekly Therapy'"]],
    ),
    invalid("el.innerHTML = \"<script>ttq.track('hiv_test_order')</script>\";", [[E, "'hiv_test_order'"]]),
    invalid("document.write('<script>fbq(\\'trackCustom\\', \\'oncology_consult\\')</script>');", [[E, "\\'oncology_consult\\'"]]),
    // Pixel URLs in markup: the query's event name (`ev=`, `&amp;`-separated too).
    invalid(
      `export const Px = () => <noscript dangerouslySetInnerHTML={{ __html: '<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=Therapy_Booked&noscript=1" />' }} />;`,
      [[E, 'Therapy_Booked']],
    ),
    invalid("el.innerHTML = '<img src=\"https://www.facebook.com/tr?id=1&amp;ev=hiv_test_booked\">';", [[E, 'hiv_test_booked']]),
    invalid("document.write('<img src=\"https://bat.bing.com/action/0?ti=1&ea=prescription_refill\">');", [[E, 'prescription_refill']]),
    // A GET request that adds its data to a beacon URL's query (jQuery, axios).
    invalid("$.get('https://www.facebook.com/tr', { id: '1', ev: 'Paid: Weekly Therapy' });", [[E, "'Paid: Weekly Therapy'"]]),
    invalid("jQuery.ajax({ url: 'https://www.facebook.com/tr', data: { id: '1', ev: 'Booked: Psychiatry' } });", [[E, "'Booked: Psychiatry'"]]),
    invalid("axios.get('https://bat.bing.com/action/0', { params: { ti: '1', ea: 'prescription_refill' } });", [[E, "'prescription_refill'"]]),
    invalid("$.get({ url: 'https://www.facebook.com/tr', data: { id: '1', ev: 'Paid: Weekly Therapy' } });", [[E, "'Paid: Weekly Therapy'"]]),
    invalid("$.ajax({ url: 'https://www.facebook.com/tr', data: $.param({ id: '1', ev: 'Booked: Psychiatry' }) });", [[E, "'Booked: Psychiatry'"]]),
    // A query written from an object into the URL (adversarial probe 11, session 35); the name is reported on the URL it is sent with.
    invalid("const q = new URLSearchParams({ id: '1', ev: 'PrEP_Consult_Booked', noscript: '1' });\nnew Image().src = 'https://www.facebook.com/tr?' + q.toString();", [[E, "'https://www.facebook.com/tr?' + q.toString()"]]),
    // Written form-encoded (`Therapy+Booked`), the whole name is read, not its first word.
    withData(invalid("const q = new URLSearchParams({ id: '1', ev: 'Therapy Booked' });\nnew Image().src = 'https://www.facebook.com/tr?' + q;", [[E, "'https://www.facebook.com/tr?' + q"]]), [{ vendor: 'Meta', text: 'Therapy Booked', term: 'Therapy', category: 'mental health', tier: '1', also: '' }]),
    // A name queued by one function and sent by another that flushes the queue, or kept in a variable one sets and another sends.
    invalid("const queue = [];\nexport function track(name, props) { queue.push({ name, props }); }\nexport function flush() { queue.forEach((e) => window.ttq.track(e.name, e.props)); queue.length = 0; }\ntrack('Therapy Booked', {});", [[E, "'Therapy Booked'"]]),
    invalid("const queue = [];\nfunction enqueue(e) { queue.push(e); }\nenqueue({ name: 'Therapy Booked' });\nexport function flush() {\n  while (queue.length) { const e = queue.shift(); fbq('trackCustom', e.name); }\n}", [[E, "'Therapy Booked'"]]),
    invalid("const queue = [];\nfunction enqueue(e) { queue.push(e); }\nenqueue({ name: 'Therapy Booked' });\nexport function flush() {\n  const batch = queue.splice(0);\n  for (const e of batch) fbq('trackCustom', e.name);\n}", [[E, "'Therapy Booked'"]]),
    invalid("let current;\nexport function setService(s) { current = s; }\nexport function report() { fbq('trackCustom', current); }\nsetService('IVF Consultation');", [[E, "'IVF Consultation'"]]),
    // redux-saga's effects run the function with the arguments after it (blind tester, session 51).
    invalid(
      "import { call, fork as run } from 'redux-saga/effects';\nfunction* booked() {\n  yield call(fbq, 'trackCustom', 'IVF Consult Booked');\n  yield call([ttq, ttq.track], 'HIV Test Booked');\n  yield call([ttq, 'track'], 'Therapy Booked');\n  yield run(fbq, 'trackCustom', 'Oncology Visit');\n  yield call(console.log, 'Chemo Visit');\n}",
      [[E, "'IVF Consult Booked'"], [E, "'HIV Test Booked'"], [E, "'Therapy Booked'"], [E, "'Oncology Visit'"]],
    ),
    // A queue in a class's field, pushed by one method and flushed by another (blind tester, session 51).
    invalid(
      "export class EventQueue {\n  queue = [];\n  enqueue(name) { this.queue.push(name); }\n  flush() { this.queue.forEach((n) => ttq.track(n)); this.queue = []; }\n}\nconst q = new EventQueue();\nq.enqueue('Anorexia Support Group Joined');\nq.flush();",
      [[E, "'Anorexia Support Group Joined'"]],
    ),
    // A queue reset by reassigning it after the flush (`queue = []`), also swapped out first (blind tester, session 46).
    invalid("let queue = [];\nexport function later(n) { queue.push(n); }\nexport function flush() { queue.forEach((e) => fbq('trackCustom', e)); queue = []; }\nexport function swap() { const items = queue; queue = []; for (const e of items) ttq.track(e); }\nlater('Suboxone Refill');", [[E, "'Suboxone Refill'"], [E, "'Suboxone Refill'"]]),
    // A timer's extra arguments, a resolved promise's value and a custom DOM event's detail reach the callback (blind tester, session 46).
    invalid("setTimeout((label) => ttq.track(label), 100, 'HIV Test Booked');\nPromise.resolve('Methadone Intake').then((ev) => fbq('trackCustom', ev));", [[E, 'label', 1], [E, 'ev', 1]]),
    invalid("window.addEventListener('clinic:track', (e) => ttq.track(e.detail.name));\nwindow.dispatchEvent(new CustomEvent('clinic:track', { detail: { name: 'HIV Test Booked' } }));\nwindow.dispatchEvent(new CustomEvent('other', { detail: { name: 'Oncology Visit' } }));", [[E, "'HIV Test Booked'"]]),
    // A dispatch table called by a key not known here may call any of its functions (blind tester, session 46).
    invalid("const handlers = { booked: (p) => fbq('trackCustom', 'Booked: ' + p.service), other: () => {} };\nexport function emit(type, payload) { handlers[type](payload); }\nemit('booked', { service: 'Psychiatry' });", [[E, "'Psychiatry'"]]),
    // A singleton's instance, from its static accessor; not what another static method returns.
    invalid("class Tracker {\n  static getInstance() { return this.instance ??= new Tracker(); }\n  static other() { return 'x'; }\n  event(name) { fbq('trackCustom', name); }\n}\nTracker.getInstance().event('Abortion Pill Consult Requested');\nTracker.other().event('IVF Consult');", [[E, "'Abortion Pill Consult Requested'"]]),
    // A constructor's argument kept on `this` and sent by a method (blind tester, session 46).
    invalid("class Ev {\n  constructor(name) { this.name = name; }\n  send() { ttq.track(this.name); }\n}\nnew Ev('Herpes Consultation Booked').send();", [[E, "'Herpes Consultation Booked'"]]),
    // A Conversions API payload sent as a `Blob` of its JSON.
    invalid("export function send() {\n  const body = { data: [{ event_name: 'Methadone Intake' }] };\n  navigator.sendBeacon('https://graph.facebook.com/v19.0/123/events', new Blob([JSON.stringify(body)], { type: 'application/json' }));\n}", [[E, "new Blob([JSON.stringify(body)], { type: 'application/json' })"]]),
    // Pairs added by `set` and `append`, to a `URLSearchParams` or to a `URL`'s `searchParams`.
    withData(invalid("const q = new URLSearchParams();\nq.set('id', '1');\nq.append('ev', 'Therapy Booked');\nfetch('https://www.facebook.com/tr?' + q.toString());", [[E, "'https://www.facebook.com/tr?' + q.toString()"]]), [{ vendor: 'Meta', text: 'Therapy Booked', term: 'Therapy', category: 'mental health', tier: '1', also: '' }]),
    withData(invalid("const url = new URL('https://www.facebook.com/tr');\nurl.searchParams.set('id', PIXEL_ID);\nurl.searchParams.set('ev', 'Suboxone Intake');\nnew Image().src = url.href;", [[E, "new URL('https://www.facebook.com/tr')"]]), [{ vendor: 'Meta', text: 'Suboxone Intake', term: 'Suboxone', category: 'substance use', tier: '1', also: '' }]),
    invalid("const url = new URL('/tr', 'https://www.facebook.com');\nif (booked) url.searchParams.append('ev', 'HIV_Test_Booked');\nnavigator.sendBeacon(url);", [[E, "new URL('/tr', 'https://www.facebook.com')"]]),
    invalid("new Image().src = `https://www.facebook.com/tr?${$.param({ id: '1', ev: 'PrEP_Consult_Booked' })}`;", [[E, "`https://www.facebook.com/tr?${$.param({ id: '1', ev: 'PrEP_Consult_Booked' })}`"]]),
    // …or as query text, after the URL's own query.
    invalid("$.get('https://www.facebook.com/tr?id=1', 'ev=Paid%3A%20Weekly%20Therapy');", [[E, "$.get('https://www.facebook.com/tr?id=1', 'ev=Paid%3A%20Weekly%20Therapy')"]]),
    invalid(
      "const http = axios.create();\nhttp.get('https://www.facebook.com/tr', { params: { id: '1', ev: 'Booked: Psychiatry' } });\nconst api = axios.create({ baseURL: 'https://www.facebook.com' });\napi.get('/tr', { params: { id: '1', ev: 'HIV Test Booked' } });",
      [[E, "'Booked: Psychiatry'"], [E, "'HIV Test Booked'"]],
    ),
    // Reddit's custom event: `event=Custom`, its own name in `m.customEventName`.
    invalid("el.innerHTML = '<img src=\"https://alb.reddit.com/rp.gif?id=t2_x&event=Custom&m.customEventName=IVF_Consult_Booked\">';", [[E, 'IVF_Consult_Booked']]),
    // A snippet returned by a helper, not written to a known sink, is still code.
    invalid(
      "export function getTikTokPixelScript(id) {\n  return `ttq.load('${id}'); ttq.page(); ttq.track('hiv_test_order');`;\n}",
      [[E, "'hiv_test_order'"]],
    ),
    // TypeScript syntax, enums and literal types.
    invalid("(window as any).ttq.track('booked_dermatology_appointment');", [[E, "'booked_dermatology_appointment'"]], ts()),
    invalid("window.ttq!.track('hiv_test_order' as const);", [[E, "'hiv_test_order' as const"]], ts()),
    invalid("const EVENTS = { BOOKED: 'mental_health_intake' } as const;\nttq.track(EVENTS.BOOKED);", [[E, 'EVENTS.BOOKED']], ts()),
    invalid("enum Events { Booked = 'hiv_test_order' }\nfbq('trackCustom', Events.Booked);", [[E, 'Events.Booked']], ts()),
    invalid(
      "declare const ttq: { track(e: string): void };\nttq.track('psychiatry_booked');",
      [[E, "'psychiatry_booked'"]],
      ts(),
    ),
    invalid("const E = <const>'ivf_consult_booked';\ngtag('event', E);", [[E, 'E', 1]], ts()),
    // Options.
    invalid(
      "ttq.track('kybella_booked')",
      [[E, "'kybella_booked'"]],
      { options: [{ extraTerms: [{ term: 'kybella', category: 'procedure', tier: 2 }] }] },
    ),
    invalid("ttq.track('book_appointment')", [[E, "'book_appointment'"]], { options: [{ healthContext: true }] }),
    invalid(
      "ttq.track('booked_dermatology_appointment')",
      [[E, "'booked_dermatology_appointment'"]],
      { settings: { phiguard: { allowVendors: ['meta'] } } },
    ),
    invalid("ttq.track('book_appointment')", [[E, "'book_appointment'"]], { settings: { phiguard: { healthContext: true } } }),
    invalid("ttq.track('booked_dermatology_appointment')", [[E, "'booked_dermatology_appointment'"]], {
      settings: { phiguard: { minTier: 1 } },
      options: [{ minTier: 3 }],
    }),
    // Meta's server SDK: the setter, the constructor's first argument, through a helper.
    invalid(
      "import bizSdk from 'facebook-nodejs-business-sdk';\nconst event = new bizSdk.ServerEvent().setEventTime(now).setEventName('Paid: Weekly Therapy');\nconst other = new bizSdk.ServerEvent('HIV Test Booked', now);",
      [[E, "'Paid: Weekly Therapy'"], [E, "'HIV Test Booked'"]],
    ),
    invalid(
      "const ServerEvent = require('facebook-nodejs-business-sdk').ServerEvent;\nconst e = new ServerEvent();\ne.event_name = 'Suboxone Intake Booked';",
      [[E, "'Suboxone Intake Booked'"]],
    ),
    invalid(
      "const { ServerEvent } = require('facebook-nodejs-business-sdk');\nfunction send(name) { return new ServerEvent().setEventName(name); }\nsend('Lead');\nsend('Diabetes Screening');",
      [[E, "'Diabetes Screening'"]],
    ),
  ],
});
