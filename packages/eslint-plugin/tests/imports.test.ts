import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter, RuleTester, type Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import rule from '../src/rules/no-health-event-names.js';
import { at } from './tester.js';

// Constants imported from the project's other modules are read from their files (utils/imports.ts).
const root = fileURLToPath(new URL('./fixtures/imports', import.meta.url));
const filename = path.join(root, 'src', 'app', 'page.tsx');
const tester = new RuleTester({ languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } });
const E = 'healthEventName';

const cases: Array<[code: string, needles: Array<string | [string, number]>]> = [
  // A relative import; a template that uses the constants module's own import.
  ["import { EVENTS } from '../lib/analytics/events';\nfbq('trackCustom', EVENTS.THERAPY_BOOKED);\nfbq('trackCustom', EVENTS.PREP_CONSULT);\nfbq('trackCustom', EVENTS.NEWSLETTER);", ['EVENTS.THERAPY_BOOKED', 'EVENTS.PREP_CONSULT']],
  // The tsconfig path alias, through a barrel's `export *` and `export { default as … }`.
  ["import { EVENTS, DEFAULT_EVENTS } from '@/lib/analytics';\nttq.track(EVENTS.THERAPY_BOOKED);\nttq.track(DEFAULT_EVENTS.depression);", ['EVENTS.THERAPY_BOOKED', 'DEFAULT_EVENTS.depression']],
  // A TypeScript enum; a namespace import; an ESM `.js` specifier for a `.ts` file; a default import.
  [
    "import { Ev } from '@/lib/analytics/events';\nimport * as A from '../lib/analytics/events';\nimport D from '../lib/analytics/events.js';\nttq.track(Ev.Bariatric);\nttq.track(Ev.Lead);\ngtag('event', A.EVENTS.THERAPY_BOOKED);\nttq.track(D.depression);",
    ['Ev.Bariatric', 'A.EVENTS.THERAPY_BOOKED', 'D.depression'],
  ],
  // CommonJS: `require` of a local module, destructured or by member; an ES import of one (its default is `module.exports`).
  [
    "const { TEST_KIT } = require('../lib/cjs-events');\nconst named = require('../lib/cjs-named.cjs');\nimport events, { NEWS, CONSULT } from '../lib/cjs-events.js';\nttq.track(TEST_KIT);\nttq.track(named.REFILL);\nttq.track(named.SIGNUP);\nttq.track(events.NEWS);\nttq.track(NEWS);\nttq.track(events.CONSULT);\nttq.track(CONSULT);",
    [['TEST_KIT', 1], 'named.REFILL', 'events.CONSULT', ['CONSULT', 2]],
  ],
  // A JSON module: its value as the default export, its top-level keys as named ones, also by require (blind tester, session 45).
  [
    "import events from '../lib/events.json' with { type: 'json' };\nimport { refills } from '../lib/events.json';\nconst again = require('../lib/events.json');\nfbq('trackCustom', events.bookTherapy);\nfbq('trackCustom', events.newsletter);\nttq.track(refills.prep);\nttq.track(again.refills.prep);",
    ['events.bookTherapy', 'refills.prep', 'again.refills.prep'],
  ],
  // `import * as` of a barrel holds the names its `export *` brings.
  ["import * as all from '@/lib/analytics';\nttq.track(all.EVENTS.THERAPY_BOOKED);\nttq.track(all.Ev.Lead);", ['all.EVENTS.THERAPY_BOOKED']],
  // A function another module exports makes its tracker calls here, with this call's arguments: a
  // namespace member, a named import (also through a barrel's `export *`), a default export. The file
  // names no tracker: its import from `@/lib/analytics` is what gets it read.
  ["import * as fpixel from '../lib/fpixel';\nimport { trackEvent } from '@/lib/analytics';\nimport send from '../lib/send';\nfpixel.custom('HIV PrEP Booked', { value: 1 });\ntrackEvent('bariatric_consult_booked');\nsend('Chemo Visit Booked');", ["'HIV PrEP Booked'", "'bariatric_consult_booked'", "'Chemo Visit Booked'"]],
  // Methods of an exported object (also its default export), of a class's instance and a class's
  // static methods; an object's property that is a function the module imports from another.
  [
    "import track, { analytics, tracker, Tracker } from '../lib/tracker';\nanalytics.track('Therapy Booked');\nanalytics.page('Bariatric surgery');\nanalytics.send('ivf_consult');\ntrack.track('HIV PrEP Booked');\ntracker.event('Depression screening');\nTracker.custom('Chemo Visit Booked');\ntracker.booked('Bariatric Surgery');\ntracker.lead('Vasectomy consult');\nnew Tracker().event('Colonoscopy prep');",
    ["'Therapy Booked'", "'Bariatric surgery'", "'ivf_consult'", "'HIV PrEP Booked'", "'Depression screening'", "'Chemo Visit Booked'", "'Bariatric Surgery'", "'Vasectomy consult'", "'Colonoscopy prep'"],
  ],
  // What a hook returns: destructured, kept whole, renamed, through `useCallback` and `useMemo`, of a namespace import.
  [
    "import { useTracking, useAnalytics, usePixel } from '../lib/use-tracking';\nimport * as hooks from '../lib/use-tracking';\nconst { track } = useTracking();\nconst analytics = useAnalytics();\nconst { track: send } = useAnalytics();\nconst { event } = usePixel();\nconst px = hooks.usePixel();\ntrack('Anxiety quiz');\nanalytics.track('IVF consult booked');\nsend('HIV test kit');\nevent('Depression screening');\npx.event('Weight loss program');",
    ["'Anxiety quiz'", "'IVF consult booked'", "'HIV test kit'", "'Depression screening'", "'Weight loss program'"],
  ],
  // A `let` that may still hold what the hook returned: reassigned under a condition, or not at all.
  [
    "import { useTracking } from '../lib/use-tracking';\nexport function Page({ draft }) {\n  let tracking = useTracking();\n  if (draft) tracking = { track() {} };\n  let plain = useTracking();\n  return <button onClick={() => { tracking.track('Opioid Use Disorder Program Viewed'); plain.track('Anxiety quiz'); }} />;\n}",
    ["'Opioid Use Disorder Program Viewed'", "'Anxiety quiz'"],
  ],
  // A Zustand store: through a selector, destructured, and `getState()` outside React; a member kept in
  // a constant (`const t = analytics.track`) is that member (blind tester, session 41). `ready` sends nothing.
  [
    "import { useTrackingStore, useLeadStore } from '../lib/stores/tracking';\nimport { analytics } from '../lib/tracker';\nexport function Page() {\n  const track = useTrackingStore((s) => s.track);\n  const { ready } = useTrackingStore();\n  const send = useTrackingStore.getState().track;\n  const t = analytics.track;\n  const { lead } = useLeadStore();\n  return <button onClick={() => { track('Vasectomy consult'); ready('Anxiety quiz'); send('HIV test kit'); t('Therapy Booked'); lead('Colonoscopy prep'); }} />;\n}\nuseTrackingStore.getState().track('Bariatric Surgery');",
    ["'Vasectomy consult'", "'HIV test kit'", "'Therapy Booked'", "'Colonoscopy prep'", "'Bariatric Surgery'"],
  ],
  // A file that names no tracker and imports a store by a name that says nothing of tracking: read for a
  // value it hands to a name made from the import, or to the end of a chain rooted in it (blind tester, session 51).
  [
    "import { usePatientStore } from '../lib/stores/patient';\nexport function Picker() {\n  const setCondition = usePatientStore((s) => s.setCondition);\n  return <button onClick={() => setCondition('Type 2 Diabetes')} />;\n}",
    ["'Type 2 Diabetes'"],
  ],
  ["import { usePatientStore } from '../lib/stores/patient';\nexport const fromEmail = () => usePatientStore.getState().pick('Multiple Sclerosis');", ["'Multiple Sclerosis'"]],
  // What a context's provider gives, through the module's hook or `useContext` of the context.
  [
    "import { useContext } from 'react';\nimport { AnalyticsContext, useAnalytics } from '../lib/analytics-context';\nexport function Quiz() {\n  const { track } = useAnalytics();\n  const ctx = useContext(AnalyticsContext);\n  track('Anxiety quiz');\n  ctx?.track('IVF consult booked');\n  return null;\n}",
    ["'Anxiety quiz'", "'IVF consult booked'"],
  ],
  // A context whose provider another module renders: a sibling folder's (`providers/`), or the module
  // next to it (React 19's `<AppContext value={…}>`).
  [
    "import { useContext } from 'react';\nimport { useTracking, TrackingContext } from '../lib/contexts/TrackingContext';\nimport { useApp } from '../lib/state/AppContext';\nfbq('track', 'PageView');\nconst { track } = useTracking();\ntrack('Anxiety quiz');\nconst tracking = useContext(TrackingContext);\ntracking.track('HIV test kit');\nuseApp().send('Bariatric Surgery');\nconst { send } = useApp();\nsend('Newsletter');",
    ["'Anxiety quiz'", "'HIV test kit'", "'Bariatric Surgery'"],
  ],
  // A context whose provider only the app's root renders, folders up (`src/App.tsx`).
  ["import { useSession } from '../lib/session/SessionContext';\nfbq('track', 'PageView');\nconst { log } = useSession();\nlog('Anxiety quiz');\nlog('Newsletter');", ["'Anxiety quiz'"]],
  // An instance by its class (Angular's injection): a constructor's parameter property, `inject()`, a
  // field's type, a parameter's type (also of a type-only import).
  [
    "import { Component, inject } from '@angular/core';\nimport { AnalyticsService } from '../lib/analytics.service';\nimport type { AnalyticsService as Service } from '../lib/analytics.service';\n@Component({ selector: 'app-book', template: '' })\nexport class BookComponent {\n  private injected = inject(AnalyticsService);\n  declare typed: AnalyticsService;\n  constructor(private analytics: AnalyticsService) {}\n  book() {\n    this.analytics.track('Therapy Booked');\n    this.injected.track('IVF consult booked');\n    this.typed.track('HIV test kit');\n  }\n}\nexport function send(service: Service) {\n  service.track('Depression screening');\n}",
    ["'Therapy Booked'", "'IVF consult booked'", "'HIV test kit'", "'Depression screening'"],
  ],
  // A component of another module is called by rendering it, with its props (named and default exports).
  [
    "import PixelView, { TrackEvent } from '../components/TrackEvent';\nexport const Page = () => (\n  <>\n    <TrackEvent name=\"Therapy Booked\" />\n    <PixelView event={'HIV test kit'} />\n    <TrackEvent name=\"Newsletter\" />\n  </>\n);",
    ['"Therapy Booked"', "'HIV test kit'"],
  ],
  // Also when it sends them through code kept in a string, a `<Script>` body or a snippet it returns (adversarial tester, session 49).
  [
    "import Script from 'next/script';\nimport { ScriptEvent, pixelSnippet } from '../components/ScriptEvent';\nexport const Page = () => (\n  <>\n    <ScriptEvent name=\"IVF Consult Booked\" />\n    <ScriptEvent name=\"Newsletter\" />\n    <Script id=\"s\">{pixelSnippet('Therapy Intake Completed')}</Script>\n  </>\n);",
    ['"IVF Consult Booked"', "'Therapy Intake Completed'"],
  ],
  // Through a barrel whose name says nothing of tracking (the file names a tracker, so it is read).
  ["import { custom } from '../lib/helpers';\nfbq('track', 'PageView');\ncustom('Dialysis Booked', {});", ["'Dialysis Booked'"]],
  // A file that names no tracker and imports from modules whose names say nothing of tracking is read
  // when what it imports is named for tracking: a hook through a barrel, a helper of `utils`.
  // A module whose name says nothing of tracking, imported by such a file, when the file hands its function a value.
  ["import { logStep } from '../lib/utils';\nlogStep('Depression Screening Started');", ["'Depression Screening Started'"]],
  ["import { useTracking } from '../hooks';\nimport { trackSignup, logStep } from '../lib/utils';\nconst { track } = useTracking();\ntrack('Anxiety quiz');\ntrackSignup('Bariatric Surgery');", ["'Anxiety quiz'", "'Bariatric Surgery'"]],
  // Angular: a service that calls the window it is injected (`@Inject(WINDOW)`), and a facade over another
  // injected service; decorators no longer cost a module its constructor (blind tester, session 42).
  [
    "import { Component } from '@angular/core';\nimport { WindowPixelService } from '../lib/window-pixel.service';\nimport { BookingFacade } from '../lib/booking-facade.service';\n@Component({ selector: 'app-b', template: '' })\nexport class B {\n  constructor(private pixel: WindowPixelService, private facade: BookingFacade) {}\n  ok() {\n    this.pixel.event('Hysterectomy Consult Requested');\n    this.facade.booked('Cataract Surgery');\n  }\n}",
    ["'Hysterectomy Consult Requested'", "'Cataract Surgery'"],
  ],
  // What an imported hook gives, handed to a component of the file as a prop and called there (blind tester, session 42).
  ["import { useTracking } from '../lib/use-tracking';\nfunction Child({ onTrack }) {\n  return <button onClick={() => onTrack('Anxiety quiz')}>Go</button>;\n}\nexport function Parent() {\n  const { track } = useTracking();\n  return <Child onTrack={track} />;\n}", ["'Anxiety quiz'"]],
  // An imported class whose constructor makes the client it calls (blind tester, session 42).
  ["import { BookingAnalytics } from '../lib/booking-analytics';\nnew BookingAnalytics().booked('Cataract Surgery');\nnew BookingAnalytics().booked('Gift Card');", ["'Cataract Surgery'"]],
  // Short names said for tracking as whole words: a module `meta`, a hook `useFb` (blind tester, session 42).
  ["import { sendEvent } from '../lib/meta';\nimport { useFb } from '../hooks/useFb';\nsendEvent('Anorexia Recovery Program Joined');\nuseFb().event('Lasik Consult Booked');", ["'Anorexia Recovery Program Joined'", "'Lasik Consult Booked'"]],
  // A module named for nothing whose helper calls a helper it imports by a name said for tracking.
  ["import { signup } from '../lib/flows';\nfbq('track', 'PageView');\nsignup('Bariatric Surgery');\nsignup('Newsletter');", ["'Bariatric Surgery'"]],
  // A helper of a module that names no tracker, calling another module's helper in turn.
  ["import { trackBooking } from '../lib/analytics/booking';\ntrackBooking('Couples Therapy', 3);\ntrackBooking('Consultation', 1);", ["'Couples Therapy'"]],
  // A closure an imported factory makes, with the factory's arguments: the command, a prefix.
  [
    "import { makeTracker, sectionTracker, useSender } from '../lib/use-tracking';\nconst track = makeTracker('trackCustom');\nconst { send } = sectionTracker('psychiatry');\nconst news = sectionTracker('newsletter');\nconst page = makeTracker('track');\ntrack('Therapy Booked');\nsend('appointment_booked');\nnews.send('signup');\npage('Newsletter');\nconst sendMeta = useSender();\nsendMeta('Weight Loss Program Started');\nsectionTracker('oncology').send('consult');\nmakeTracker('trackCustom')('Dialysis Booked');",
    ["'Therapy Booked'", "'appointment_booked'", "'Weight Loss Program Started'", "'consult'", "'Dialysis Booked'"],
  ],
  // CommonJS: an object of helpers, by `require` (whole or destructured) and by an ES default import.
  [
    "import cjs from '../lib/cjs-tracker.js';\nconst tracker = require('../lib/cjs-tracker');\nconst { logEvent } = require('../lib/cjs-tracker');\ntracker.logEvent('Abortion pill info');\nlogEvent('Diabetes care plan');\ncjs.logEvent('Herpes test');\nrequire('../lib/cjs-tracker').logEvent('Lupus flare');",
    ["'Abortion pill info'", "'Diabetes care plan'", "'Herpes test'", "'Lupus flare'"],
  ],
  // A module loaded on demand (`await import(…)`), destructured or whole; the file names no tracker
  // and imports nothing at its top.
  [
    "export async function book() {\n  const { trackEvent } = await import('@/lib/analytics');\n  trackEvent('bariatric_consult_booked');\n  const fpixel = await import('../lib/fpixel');\n  fpixel.custom('HIV PrEP Booked', { value: 1 });\n}",
    ["'bariatric_consult_booked'", "'HIV PrEP Booked'"],
  ],
  // A name destructured from a namespace import.
  ["import * as A from '@/lib/analytics';\nconst { trackEvent: send } = A;\nsend('Chemo Consult');", ["'Chemo Consult'"]],
  // A singleton's instance, from its static accessor (blind tester, session 46).
  ["import { MetaTracker } from '../lib/meta-tracker';\nMetaTracker.getInstance().event('Abortion Pill Consult Requested');\nMetaTracker.shared().event('IVF Consult');", ["'Abortion Pill Consult Requested'", "'IVF Consult'"]],
  // A method an exported instance or class inherits from a base class of its module (blind tester, session 46).
  ["import { clinic, ClinicAnalytics } from '../lib/clinic-analytics';\nclinic.track('Ketamine Therapy Booked');\nClinicAnalytics.page('IVF Consult');\nclinic.missing('IVF Consult');", ["'Ketamine Therapy Booked'", "'IVF Consult'"]],
  // What another module's function returns, with this call's arguments (blind tester, session 46).
  [
    "import { eventFor, propsFor, labelOf } from '../lib/event-names';\nttq.track(eventFor(service), propsFor('Oncology'));\nfbq('trackCustom', labelOf('hiv_test'));",
    ['eventFor(service)', "labelOf('hiv_test')"],
  ],
  // A module with a syntax error is read as far as Babel recovers (also when the error is a statement
  // left open at the end of the file, as blanking part of `{ text: 'x' enabled: false }` leaves it).
  ["import { LATER } from '../broken/events.js';\nttq.track(LATER);", [['LATER', 1]]],
  ["import { OPEN_EVENT } from '../broken/cut-short';\nttq.track(OPEN_EVENT);", [['OPEN_EVENT', 1]]],
];

tester.run('no-health-event-names (imported constants)', rule as unknown as Rule.RuleModule, {
  valid: [
    // A type-only import, a package, a module that does not exist, an export that is not there: nothing to read.
    { code: "import type { EventName } from '../lib/analytics/events';\nimport { EVENTS } from 'analytics-events';\nimport { X } from './missing';\nimport { NOPE } from '../lib/analytics/events';\nconst e: EventName = 'Lead';\nttq.track(EVENTS.THERAPY_BOOKED);\nttq.track(X);\nttq.track(NOPE);\nttq.track(e);", filename },
    // What the function sends by itself is reported in its own file, not at each call (`booked` sends
    // 'Therapy Booked' whatever it is given); a function that uses no parameter makes nothing here.
    { code: "import { booked, pageview, event } from '../lib/fpixel';\nbooked('weekly');\npageview();\nevent('Purchase', { value: 10 });", filename },
    // Methods that send nothing they are given; a `let` replaced before the call; a hook's value that is
    // not what it returns; a method the export does not have.
    { code: "import { analytics, tracker, useTracking } from '../lib/tracker';\nimport { useTracking as use } from '../lib/use-tracking';\nanalytics.ready('Therapy Booked');\nlet t = use();\nt = { track() {} };\nt.track('Anxiety quiz');\nconst { other } = use();\nother('Anxiety quiz');\ntracker.missing('Anxiety quiz');\nconst x = use;\nx().track('Anxiety quiz');", filename },
    // A default the imported helper gives a parameter a call leaves out is its own, reported in its file.
    { code: "import { trackDefault } from '../lib/analytics/defaults';\ntrackDefault();\ntrackDefault('Lead', { source: 'footer' });", filename },
    // A hook that hands back its parameter, named as a function of its module.
    { code: "import { wrap } from '../lib/use-tracking';\nconst { send } = wrap(console.log);\nsend('Anxiety quiz');", filename },
    // A context's function that sends nothing it is given; a context of a package.
    { code: "import { useContext } from 'react';\nimport { ThemeContext } from 'some-ui-kit';\nimport { useAnalytics } from '../lib/analytics-context';\nconst { ready } = useAnalytics();\nready('Anxiety quiz');\nuseContext(ThemeContext).track('Anxiety quiz');", filename },
    // A static method is no instance's; a parameter's type that is not a class of the module.
    { code: "import { AnalyticsService } from '../lib/analytics.service';\nimport { Tracker } from '../lib/tracker';\nclass A {\n  static svc: AnalyticsService;\n  static go() { this.svc.track('Therapy Booked'); }\n}\nfunction f(t: Tracker, u: Unknown) { t.custom('Therapy Booked'); u.track('Therapy Booked'); }", filename },
    // What another module's function returns when the call gives it nothing health-related; an async one's promise.
    { code: "import { eventFor, propsFor, labelOf, later } from '../lib/event-names';\nttq.track(labelOf('newsletter'), propsFor('Shoes'));\nfbq('trackCustom', later());", filename },
    // A module whose name says nothing of tracking, loaded on demand by a file that names no tracker, is not read for calls.
    { code: "export async function go() {\n  const { logStep } = await import('../lib/utils');\n  logStep('Depression Screening Started');\n}", filename },
    // A test (it stubs a vendor global, or mocks a module): what the project's functions and components
    // do under it is the test's; their own files report it (blind tester, session 41).
    { code: "import { trackEvent } from '@/lib/analytics';\nimport { custom } from '../lib/fpixel';\nvi.stubGlobal('fbq', vi.fn());\ntrackEvent('bariatric_consult_booked');\ncustom('HIV PrEP Booked');", filename },
    { code: "import { trackEvent } from '@/lib/analytics';\nbeforeEach(() => { window.ttq = { track: jest.fn() }; });\ntrackEvent('bariatric_consult_booked');", filename },
    { code: "import { TrackEvent } from '../components/TrackEvent';\njest.mock('@/lib/analytics');\nexport const T = () => <TrackEvent name=\"Therapy Booked\" />;", filename },
    // …or intercepts the requests they make (nock, msw): nothing reaches the vendor (blind tester, session 51).
    { code: "import nock from 'nock';\nimport { custom } from '../lib/fpixel';\nnock('https://graph.facebook.com').post('/v19.0/1/events').reply(200, {});\ncustom('Therapy Booked');", filename },
    { code: "const { setupServer } = require('msw/node');\nimport { custom } from '../lib/fpixel';\ncustom('Therapy Booked');", filename },
    // A JSON module is not read (and `services.json/index.ts` is no path to stat).
    { code: "import services from '../lib/analytics/services.json';\nfbq('track', 'ViewContent', { content_name: services.featured.name });", filename },
    // Text linted without a file has no directory to resolve from.
    { code: "import { EVENTS } from '../lib/analytics/events';\nttq.track(EVENTS.THERAPY_BOOKED);" },
  ],
  invalid: [
    ...cases.map(([code, needles]) => ({ code, filename, errors: needles.map((n) => ({ messageId: E, ...(typeof n === 'string' ? at(code, n) : at(code, ...n)) })) })),
    // Aliases a framework writes into a config generated at build time: SvelteKit's `$lib`, Nuxt's `~`, `@` (app/ in Nuxt 4) and `~~`.
    (() => {
      const code = "import { trackEvent } from '$lib/analytics';\ntrackEvent('Therapy Booked');";
      return { code, filename: path.join(root, 'sveltekit', 'src', 'routes', 'page.ts'), errors: [{ messageId: E, ...at(code, "'Therapy Booked'") }] };
    })(),
    (() => {
      const code = "import { useTracking } from '~/composables/useTracking';\nimport { useTracking as same } from '@/composables/useTracking';\nimport { EVENTS } from '~~/server/events';\nconst { track } = useTracking();\ntrack('HIV test kit');\nconst { track: send } = same();\nsend(EVENTS.IVF);\nfbq('trackCustom', EVENTS.IVF);";
      return { code, filename: path.join(root, 'nuxt', 'app', 'pages', 'book.ts'), errors: [{ messageId: E, ...at(code, "'HIV test kit'") }, { messageId: E, ...at(code, 'EVENTS', 1) }, { messageId: E, ...at(code, 'EVENTS.IVF', 1) }] };
    })(),
    // `@` as Vite's, Vue CLI's and webpack templates set it in a bundler config: the package's `src/` (blind tester, session 51).
    (() => {
      const code = "import { track } from '@/lib/pixel';\ntrack('HIV PrEP Intake Submitted');";
      return { code, filename: path.join(root, 'vite', 'src', 'features', 'submit.ts'), errors: [{ messageId: E, ...at(code, "'HIV PrEP Intake Submitted'") }] };
    })(),
    // The nearest config decides: `landing/jsconfig.json`'s `~/*`, not the root `tsconfig.json`.
    { code: "import { CAMPAIGNS } from '~/constants/campaigns';\npintrk('track', CAMPAIGNS.WEBINAR);", filename: path.join(root, 'landing', 'src', 'page.js'), errors: [{ messageId: E, ...at("import { CAMPAIGNS } from '~/constants/campaigns';\npintrk('track', CAMPAIGNS.WEBINAR);", 'CAMPAIGNS.WEBINAR') }] },
  ],
});

describe('imported components with every rule', () => {
  const lint = (code: string, file: string) =>
    new Linter().verify(code, [{ files: ['**/*.tsx'], ...plugin.configs.recommended, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }] as never, file).map((m) => `${m.ruleId} ${m.message}`);

  it("reports at a rendered component what its props send, not what the component sends of its own (its form's email, reported in its file)", () => {
    const page = "import LeadPopup from '../components/LeadPopup';\nfbq('track', 'PageView');\nexport const Page = () => <LeadPopup treatment=\"Bariatric Surgery\" />;";
    expect(lint(page, filename)).toEqual(['phiguard/no-health-event-properties Meta event parameter "content_name" sends "Bariatric Surgery", which reveals health information: "Bariatric Surgery" (procedure, tier 2).']);
    const component = readFileSync(path.join(root, 'src', 'components', 'LeadPopup.tsx'), 'utf8');
    expect(lint(component, path.join(root, 'src', 'components', 'LeadPopup.tsx'))).toEqual(['phiguard/no-advanced-matching Meta event parameters send email through trackLead() → fbq(\'track\'). Identifiers tie health-site activity to a person; hashing does not prevent matching.']);
  });

  it("reads what a call link component's click handler sends from its props as the number the link dials, at its sites too (blind tester, session 48)", () => {
    const page = "import { PhoneLink } from '../components/PhoneLink';\nexport const PhoneText = ({ text }: { text: string }) => <span><PhoneLink phone={text.match(/\\d{3}-\\d{3}-\\d{4}/)![0]} where=\"footer\" /></span>;";
    expect(lint(page, filename)).toEqual([]);
  });
});

describe('a file that names no tracker', () => {
  const lint = (code: string, file: string) =>
    new Linter().verify(code, [{ files: ['**/*.tsx'], ...plugin.configs.recommended, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }] as never, file).map((m) => `${m.line} ${m.ruleId} ${m.message}`);

  it('is read when it hands a value to a component or function of a module that tracks, though neither names tracking (blind tester, session 46)', () => {
    const page = "import ExitIntentPopup from '../components/ExitIntentPopup';\nimport { notify } from '../lib/notify';\nimport { notifyUser } from '../lib/format';\nexport const Page = () => <>\n  <ExitIntentPopup onClose={() => null} treatment=\"Dental Implants\" />\n  <button onClick={() => notify('ADHD Assessment Completed')} onBlur={() => notifyUser('Depression')} />\n</>;";
    expect(lint(page, filename)).toEqual([
      '5 phiguard/no-health-event-properties Meta event parameter "content_name" sends "Dental Implants", which reveals health information: "Dental Implants" (procedure, tier 2).',
      '6 phiguard/no-health-event-names TikTok event name "ADHD Assessment Completed" reveals health information: "ADHD Assessment" (mental health, tier 1).',
    ]);
  });

  it('is read when it hands a value to a function of a module that tracks that it requires (blind tester, session 50)', () => {
    const page = "const { notify } = require('../lib/notify');\nconst lib = require('../lib/notify');\nnotify('ADHD Assessment Completed');\nlib.notify('Depression Screening');";
    expect(lint(page, filename).map((m) => m.replace(/ reveals.*/u, ''))).toEqual([
      '3 phiguard/no-health-event-names TikTok event name "ADHD Assessment Completed"',
      '4 phiguard/no-health-event-names TikTok event name "Depression Screening"',
    ]);
  });

  it("is read when it is a page that calls a function of a module that tracks: what it sends runs on that page", () => {
    const file = path.join(root, 'src', 'app', 'psychiatry', 'page.tsx');
    expect(lint(readFileSync(file, 'utf8'), file)).toEqual([
      '8 phiguard/no-health-page-triggers Meta tracking runs on a health page: this file is the page /psychiatry, which names "psychiatry" (mental health, tier 1). Every hit sends Meta the page URL, and with it who visited this page.',
    ]);
  });
});

describe('a page file that calls an imported helper', () => {
  it('runs what the helper sends on the page the file is, also a helper that sends by itself (fpixel.pageview()) (blind tester, session 42)', () => {
    const file = path.join(root, 'src', 'app', 'hiv', 'page.tsx');
    const messages = new Linter().verify(readFileSync(file, 'utf8'), [{ files: ['**/*.tsx'], ...plugin.configs.recommended, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }] as never, file);
    expect(messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`)).toEqual([
      '8 phiguard/no-health-page-triggers Meta tracking runs on a health page: this file is the page /hiv, which names "hiv" (HIV/STI, tier 1). Every hit sends Meta the page URL, and with it who visited this page.',
    ]);
  });
});

describe('a page file that renders an imported pixel component', () => {
  it('runs the pixel the component loads on the page the file is: base code in a <Script> body, a script URL (adversarial tester, session 49)', () => {
    const file = path.join(root, 'src', 'app', 'abortion', 'page.tsx');
    const messages = new Linter().verify(readFileSync(file, 'utf8'), [{ files: ['**/*.tsx'], ...plugin.configs.recommended, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } }] as never, file);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message.replace(/, which names.*/u, '')}`)).toEqual([
      '7:7 phiguard/no-health-page-triggers Meta tracking runs on a health page: this file is the page /abortion',
      '8:7 phiguard/no-health-page-triggers TikTok tracking runs on a health page: this file is the page /abortion',
    ]);
  });
});

describe('imported constants', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phiguard-imports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lint = (code: string) =>
    new Linter({ cwd: dir }).verify(code, [{ files: ['**/*.js'], plugins: { phiguard: plugin }, rules: { 'phiguard/no-health-event-names': 'error' } }], path.join(dir, 'page.js')).map((m) => m.message);

  it('reads a module again when it changes (an editor lints on every keystroke)', () => {
    const code = "import { NAME } from './events.js';\nfbq('trackCustom', NAME);";
    const events = path.join(dir, 'events.js');
    writeFileSync(events, "export const NAME = 'Newsletter';\n");
    expect(lint(code)).toEqual([]);
    writeFileSync(events, "export const NAME = 'Suboxone Refill';\n");
    // Same size class may share a modification time on coarse clocks: set one that differs.
    utimesSync(events, new Date(), new Date(Date.now() + 5000));
    expect(lint(code)).toEqual(['Meta event name "Suboxone Refill" reveals health information: "Suboxone" (substance use, tier 1).']);
  });

  it("calls a vendor's global another module exports under its own name (export const meta = window.fbq; parity tester, session 50)", () => {
    writeFileSync(path.join(dir, 'px.js'), 'export const meta = window.fbq;\nexport const other = window.notAPixel;\n');
    expect(lint("import { meta, other } from './px.js';\nmeta('trackCustom', 'Therapy Booked');\nother('trackCustom', 'Dialysis Booked');")).toEqual([
      'Meta event name "Therapy Booked" reveals health information: "Therapy" (mental health, tier 1).',
    ]);
  });

  it('stops at a module that imports itself, and at a cycle', () => {
    writeFileSync(path.join(dir, 'a.js'), "export { B as A } from './b.js';\nexport const SELF = SELF;\n");
    writeFileSync(path.join(dir, 'b.js'), "export { A as B } from './a.js';\n");
    expect(lint("import { A, SELF } from './a.js';\nfbq('trackCustom', A);\nfbq('trackCustom', SELF);")).toEqual([]);
  });
});
