// Vue single-file components, Svelte and Astro components, linted with the parsers their ecosystems
// use (vue-eslint-parser, svelte-eslint-parser, TypeScript inside both; eslint-plugin-astro's config):
// the rules read the script and, in Svelte and Astro, the markup's expressions, as in a .ts file.
// The README's section on Vue, Svelte and Astro shows the config.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import astro from 'eslint-plugin-astro';
import plugin from 'eslint-plugin-phiguard';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'framework-files');

const eslint = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  overrideConfig: [
    plugin.configs.recommended,
    { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: 'module' } } },
    { settings: { phiguard: { trackingHelpers: [{ name: 'trackEvent', from: '@/lib/gtm', calls: 'dataLayer.push({ event: $1, ...$2 })' }] } } },
    { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  ],
});

async function findings(file: string): Promise<string[]> {
  const [result] = await eslint.lintText(readFileSync(path.join(dir, file), 'utf8'), { filePath: path.join(dir, file) });
  for (const m of result!.messages) expect(m.fatal, m.message).toBeFalsy();
  return result!.messages.map((m) => `${m.line} ${m.ruleId}`);
}

describe('Vue and Svelte components', () => {
  it('a Vue single-file component: its <script setup>, a route guard included, and the call in its template', async () => {
    // The email is reported where the template passes it (`booked(form.email)`), as at a call site in code.
    expect(await findings('Booking.vue')).toEqual(['6 phiguard/no-health-event-names', '7 phiguard/no-health-page-triggers', '12 phiguard/no-advanced-matching']);
  });

  it("a Vue component's <template>: handlers calling the script's functions and declared helpers, and an <img> pixel", async () => {
    expect(await findings('Template.vue')).toEqual([
      '16 phiguard/no-health-event-names', // trackEvent('ivf_consult_booked', …), the declared helper
      '16 phiguard/no-health-event-properties', // …its service: 'Egg freezing' (a warning in recommended)
      '17 phiguard/no-health-event-names', // booked('Paid: Weekly Therapy') → fbq('trackCustom', name)
      '18 phiguard/no-health-event-names', // an arrow handler
      // 19: the same name imported from another module; 20: v-for's own `booked`, not the script's
      '21 phiguard/no-advanced-matching', // identify(form.email) → ttq.identify({ email })
      '22 phiguard/no-tracking-pixel', // the <noscript> beacon…
      '22 phiguard/no-health-event-properties', // …and what its query sends
    ]);
  });

  it("Vue state: a ref's value, a reactive object's keys and a computed's result, in the script and by name in the template (blind tester, session 45)", async () => {
    expect(await findings('VueState.vue')).toEqual([
      '8 phiguard/no-health-event-properties', // service.value: 'Depression Therapy'
      '8 phiguard/no-health-event-properties', // form.program: 'Alcohol Detox Program'
      '17 phiguard/no-health-event-names', // track(label): the computed's 'IVF Consult'
    ]);
  });

  it("a Vue template's static markup is read as HTML; what the template binds, shows or dials is not a leak", async () => {
    expect(await findings('TemplateMarkup.vue')).toEqual([
      '7 phiguard/no-tracking-pixel', // <iframe src> beacon…
      '7 phiguard/no-health-event-names', // …with its ev=hiv_test_order
      '8 phiguard/no-tracking-pixel', // <link rel="preload"> of TikTok's loader
      '9 phiguard/no-health-event-names', // a native onclick="…" attribute
      // 10: a call link's own number; 11: `fbq` bound by v-for; 12: a URL in :alt; 13: a string shown by {{ }}; 14: `on:click` is no HTML handler
    ]);
  });

  it("a Vue template's v-for item holds each element of its list", async () => {
    // 9: SERVICES' names, one of them a health service; 10: LABELS' items; 11: a prop's list, not known.
    expect(await findings('TemplateLoop.vue')).toEqual(['9 phiguard/no-health-event-names', '10 phiguard/no-health-event-names']);
  });

  it("a Vue template's v-if, v-else-if and v-show guard what the element holds, as an if does", async () => {
    // 8–9: a section shown on /psychiatry holds a Meta call (reported at the test); 11: v-show on a
    // constant that tests the page (reported where the constant tests it, line 4); 12: a page that names no health term.
    expect(await findings('TemplateGuard.vue')).toEqual(['4 phiguard/no-health-page-triggers', '8 phiguard/no-health-page-triggers']);
  });

  it("a v-if guards a beacon the element's markup holds, as it does a call (adversarial tester, session 49)", async () => {
    // 8–9: a section shown on /psychiatry holds a Meta beacon; 11: a Pinterest beacon only for HIV testing; 12: a page that names no health term.
    expect((await findings('TemplateGuardMarkup.vue')).filter((f) => f.endsWith('no-health-page-triggers'))).toEqual(['8 phiguard/no-health-page-triggers', '11 phiguard/no-health-page-triggers']);
  });

  it('a v-if guards a handler named without a call too (`@click="lead"`; adversarial probe v03, session 35)', async () => {
    // 15: `contact` runs on every page.
    expect(await findings('TemplateGuardHandler.vue')).toEqual(['12 phiguard/no-health-page-triggers']);
  });

  it("a Vue template calls what a composable of the component hands out", async () => {
    // 10: `const { track } = useTracking()`; 11: `tracker.track(…)`; 12: no health term.
    expect(await findings('TemplateComposable.vue')).toEqual(['10 phiguard/no-health-event-names', '11 phiguard/no-health-event-names']);
  });

  it("a Vue template calls what a plugin provides every component ($fbq, $gtm)", async () => {
    // 8: a `$` name no known plugin provides.
    expect(await findings('TemplateProvided.vue')).toEqual(['6 phiguard/no-health-event-names', '7 phiguard/no-health-event-names']);
  });

  it("a Vue component calls the global properties that the app's entry module and its plugins set, in other files (blind tester F5, session 40)", async () => {
    // vue-app/src/main.ts sets `$track` (a forwarder to ttq.track) and `$log` (sends nothing);
    // src/plugins/analytics.ts sets `$booked` (Meta init with the email it is given, and an event).
    // 6: this.$track('Colposcopy Booked'); 11: this.$booked('IVF Consultation', this.email); 19: the template's $track('HIV Test Ordered').
    expect(await findings('vue-app/src/components/Booking.vue')).toEqual(['6 phiguard/no-health-event-names', '11 phiguard/no-health-event-properties', '11 phiguard/no-advanced-matching', '19 phiguard/no-health-event-names']);
    // A vendor global under another name (`$pixel = window.fbq`), in code and in the template; a method
    // of an object (`$analytics.track`); a plugin outside plugins/, which main.ts installs (blind tester, session 41).
    expect(await findings('vue-app/src/components/More.vue')).toEqual(['5 phiguard/no-health-event-names', '6 phiguard/no-health-event-names', '7 phiguard/no-health-event-properties', '15 phiguard/no-health-event-names']);
    // What an Options API setup() returns from an imported composable, spread or a member of it (blind tester, session 41).
    expect(await findings('vue-app/src/components/SetupImported.vue')).toEqual(['14 phiguard/no-health-event-names']);
    expect(await findings('vue-app/src/components/SetupSpread.vue')).toEqual(['9 phiguard/no-health-event-names']);
    // A Pinia store's action (an options store) and function (a setup store), through the component's import (blind tester, session 41).
    expect(await findings('vue-app/src/components/StoreBooking.vue')).toEqual(['6 phiguard/no-health-event-names', '12 phiguard/no-health-event-properties']);
    // What components inject of what main.ts provides (`app.provide('track', fn)`), kept apart from the global property `$track` (blind tester, session 41).
    expect(await findings('vue-app/src/components/Injected.vue')).toEqual(['6 phiguard/no-health-event-names', '7 phiguard/no-health-event-properties']);
    // What the app provides is only what inject() gives: `this.$consult` is no Vue global (session 42).
    expect(await findings('vue-app/src/components/NotGlobal.vue')).toEqual(['7 phiguard/no-health-event-names']);
    // A class component, and a <script setup> component's template.
    expect(await findings('vue-app/src/components/ClassBooking.vue')).toEqual(['5 phiguard/no-health-event-names']);
    expect(await findings('vue-app/src/components/SetupBooking.vue')).toEqual(['4 phiguard/no-health-event-names']);
    // Reached through `getCurrentInstance()` (its proxy, or the app's global properties), and `$send`,
    // which main.ts sets through another name for the global properties (blind tester, session 41; 7: `$log` sends nothing).
    expect(await findings('vue-app/src/components/Reach.vue')).toEqual(['5 phiguard/no-health-event-names', '6 phiguard/no-health-event-names', '8 phiguard/no-health-event-names']);
    // A component in a script file (`defineComponent` in booking-form.ts).
    expect(await findings('vue-app/src/components/booking-form.ts')).toEqual(['6 phiguard/no-health-event-names']);
    // The methods of a mixin the component imports (`mixins: [tracking]`), called as `this.trackLead(…)` and
    // from the template (12: 'Gift Card' is no health data).
    expect(await findings('vue-app/src/components/Mixed.vue')).toEqual([
      '9 phiguard/no-health-event-properties',
      '10 phiguard/no-health-event-names',
      '11 phiguard/no-advanced-matching',
      '20 phiguard/no-health-event-properties',
    ]);
    // Vue 2: `Vue.prototype.$track = function (name) {…}` in src/main.js.
    expect(await findings('vue2-app/src/components/Booking.vue')).toEqual(['2 phiguard/no-health-event-names']);
    // A component's own `$track` method replaces the global one; `$emit` and `$t` are Vue's.
    expect(await findings('vue-app/src/components/OwnTrack.vue')).toEqual([]);
    expect(await findings('vue-app/src/components/Plain.vue')).toEqual([]);
  });

  it('a Nuxt component calls what a plugin provides (useNuxtApp(), the template, this.$…, a composable) and the composables the app auto-imports (blind tester, session 41)', async () => {
    // nuxt-app/plugins: `provide: { track, ready }` (Meta; ready sends nothing), `nuxtApp.provide('lead', …)` (TikTok), Nuxt 2's `inject('legacyTrack', …)`.
    // The file is the page /ivf (session 42): each ad vendor it calls runs on that page.
    expect(await findings('nuxt-app/pages/ivf.vue')).toEqual(['4 phiguard/no-health-page-triggers', '4 phiguard/no-health-event-names', '11 phiguard/no-health-page-triggers', '11 phiguard/no-health-event-properties']);
    expect(await findings('nuxt-app/components/Legacy.vue')).toEqual(['2 phiguard/no-health-event-names']);
    expect(await findings('nuxt-app/composables/useBooking.js')).toEqual(['4 phiguard/no-health-event-names']);
    // A composable the app auto-imports (composables/useMetaPixel.ts), called with no import.
    expect(await findings('nuxt-app/pages/ed.vue')).toEqual(['3 phiguard/no-health-event-names']);
  });

  it('a Nuxt page reads a constant the app auto-imports from utils/, and what an auto-imported function returns (blind testers, session 51)', async () => {
    expect(await findings('nuxt-app/pages/refill.vue')).toEqual(['3 phiguard/no-health-event-names', '5 phiguard/no-health-event-names']);
  });

  it("a Nuxt page calls what a generic useScript() hands out as its proxy (proxy.fbq) (blind tester, session 44)", async () => {
    expect(await findings('nuxt-app/pages/psychiatry/index.vue')).toEqual(['2 phiguard/no-tracking-pixel', '4 phiguard/no-health-page-triggers', '5 phiguard/no-health-event-names']);
  });

  it("a Vue template's v-if on a kill switch of <script setup> that is off shows nothing: its handlers and its markup (blind tester, session 41)", async () => {
    expect(await findings('Switched.vue')).toEqual(['11 phiguard/no-health-event-names']);
  });

  it('a Vue component without <script setup>: its template reads the instance, so only the methods it lists are followed', async () => {
    // `booked` is listed as a method; `paid` the method is not the top-level function of that name.
    expect(await findings('OptionsApi.vue')).toEqual(['13 phiguard/no-health-event-names']);
  });

  it("an Options API template calls the component's inline methods and what setup() returns", async () => {
    // 20–23: setup's `booked`, a composable's `track` it passes on, its inline `paid`, the inline method
    // `scheduled`. 24: a computed property is not called; 25: a function outside `methods` is not the
    // instance's; 26: the `v-for` item is not the method of that name.
    expect(await findings('OptionsSetup.vue')).toEqual([
      '20 phiguard/no-health-event-names',
      '21 phiguard/no-health-event-names',
      '22 phiguard/no-health-event-names',
      '23 phiguard/no-health-event-names',
    ]);
  });

  it('an Options API template calls what setup() returns in any form: an object, a member, a spread', async () => {
    // 17: `return { tracking }`; 18: `order: tracking.order`; 19: `...useOther()`; 20: no health term.
    expect(await findings('OptionsSetupForms.vue')).toEqual(['17 phiguard/no-health-event-names', '18 phiguard/no-health-event-names', '19 phiguard/no-health-event-names']);
  });

  it("an Options API template's v-if guards with $route and what setup() returns", async () => {
    // 14: `$route`; 15: setup's `route`; 16: setup's `isPsych`, read at its definition (line 6);
    // 17: no health term; 18: the test keeps the call off those pages.
    expect(await findings('OptionsGuard.vue')).toEqual(['6 phiguard/no-health-page-triggers', '14 phiguard/no-health-page-triggers', '15 phiguard/no-health-page-triggers']);
  });

  it('a Svelte component: its script and the expressions of its markup', async () => {
    expect(await findings('Booking.svelte')).toEqual(['5 phiguard/no-advanced-matching', '6 phiguard/no-health-page-triggers', '10 phiguard/no-health-event-names']);
  });

  it("a Svelte component's {#if} guards what its markup holds, a handler named without a call too, and its {:else} runs when the test fails (blind tester, session 41)", async () => {
    expect(await findings('Guard.svelte')).toEqual(['8 phiguard/no-health-page-triggers']);
  });

  it("a Svelte component's {#if} guards the pixel markup it holds, inside <svelte:head> too; {:else if} and {:else} hold their own (blind tester, session 50)", async () => {
    // 5 and 9: the tests that name health; 10, 12, 14: the beacons themselves (12 and 14 are on no health page).
    expect(await findings('GuardMarkup.svelte')).toEqual([
      '5 phiguard/no-health-page-triggers',
      '9 phiguard/no-health-page-triggers',
      '10 phiguard/no-tracking-pixel',
      '12 phiguard/no-tracking-pixel',
      '14 phiguard/no-tracking-pixel',
    ]);
  });

  it("a Svelte component's static markup is read as HTML: a <noscript> pixel (blind tester, session 41)", async () => {
    expect(await findings('Layout.svelte')).toEqual(['6 phiguard/no-tracking-pixel']);
  });

  it("a Svelte component without a script: its markup is read as HTML all the same (blind tester, session 47)", async () => {
    expect(await findings('HeadOnly.svelte')).toEqual(['3 phiguard/no-tracking-pixel', '5 phiguard/no-tracking-pixel']);
  });

  it("a Svelte call link's click handler sends the link's own number, as in JSX and Vue; a button's is the visitor's (blind tester, session 47)", async () => {
    expect(await findings('CallLink.svelte')).toEqual(['8 phiguard/no-advanced-matching']);
  });

  it("a Svelte component reads the page through the $app/stores store's value, $page (adversarial probe s03, session 35)", async () => {
    expect(await findings('PageStore.svelte')).toEqual(['4 phiguard/no-health-page-triggers']);
  });

  it("a Svelte component's {#each} item holds each element of its list (blind tester, session 44: it made the analysis fail)", async () => {
    expect(await findings('Loop.svelte')).toEqual(['6 phiguard/no-health-event-names', '9 phiguard/no-health-event-names']);
  });

  it("an {#each} item's member called inside the block does not fail the analysis (blind tester, session 50)", async () => {
    expect(await findings('EachMap.svelte')).toEqual(['3 phiguard/no-health-event-names', '9 phiguard/no-health-event-names']);
  });

  it('a snippet a component only shows as text is not run: Vue\'s {{ snippet }}, v-text and :value, Svelte\'s {snippet} and value={…}, as in JSX; v-html and {@html} are markup (blind testers, sessions 47 and 48)', async () => {
    expect(await findings('ShownSnippet.vue')).toEqual(['5 phiguard/no-tracking-pixel']);
    expect(await findings('ShownSnippet.svelte')).toEqual(['5 phiguard/no-tracking-pixel']);
  });

  it("a Svelte field's state bound with bind:value is what the visitor types, in Svelte 5 and 4 (blind tester, session 48)", async () => {
    expect(await findings('BindValue.svelte')).toEqual(['6 phiguard/no-advanced-matching', '7 phiguard/no-advanced-matching']);
  });

  it("a Svelte 5 component's runes hold their values: $state, $derived and $derived.by (blind tester, session 47)", async () => {
    expect(await findings('Runes.svelte')).toEqual(['9 phiguard/no-health-event-names', '10 phiguard/no-health-event-names', '11 phiguard/no-health-event-properties']);
  });

  it('a component that sends no health data stays silent', async () => {
    expect(await findings('Clean.vue')).toEqual([]);
  });
});

describe('Astro components', () => {
  // eslint-plugin-astro's config: astro-eslint-parser for the frontmatter and the markup, and a
  // processor that lints each <script> as a file of its own.
  const astroLint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...astro.configs.recommended, plugin.configs.recommended] });

  it('reads the frontmatter, the markup and each <script>, as eslint-plugin-astro splits them', async () => {
    const file = path.join(dir, 'Booking.astro');
    const [result] = await astroLint.lintText(readFileSync(file, 'utf8'), { filePath: file });
    for (const m of result!.messages) expect(m.fatal, m.message).toBeFalsy();
    expect(result!.messages.map((m) => `${m.line} ${m.ruleId}`).sort((a, b) => parseInt(a) - parseInt(b))).toEqual([
      '4 phiguard/no-health-event-names', // code in a frontmatter string, given to set:html
      '10 phiguard/no-health-event-properties', // an is:inline script
      '13 phiguard/no-health-event-names', // a Partytown script
      '22 phiguard/no-health-event-names', // a native onclick="…" attribute
      '23 phiguard/no-health-event-properties', // an onclick built from a frontmatter constant
      '26 phiguard/no-tracking-pixel', // the <noscript> beacon
      // 16: a clean push; 21: a heading shows the service; 24: a call link's own number; 25: an alt text
    ]);
  });

  it("reads a <script> the processor lints on its own as code of the page on disk: its route and its imports' folder (blind tester, session 44)", async () => {
    const file = path.join(dir, 'astro-site/src/pages/hiv/index.astro');
    const [result] = await astroLint.lintText(readFileSync(file, 'utf8'), { filePath: file });
    for (const m of result!.messages) expect(m.fatal, m.message).toBeFalsy();
    expect(result!.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['8 phiguard/no-health-page-triggers', '8 phiguard/no-health-event-names']);
    expect(result!.messages[0]!.message).toMatch(/this file is the page \/hiv, which names "hiv"/u);
  });

  it("reads what a component hands a <script> with define:vars: its frontmatter's constants and imports, for that script's own object (blind testers, session 50)", async () => {
    const file = path.join(dir, 'astro-site/src/components/DefineVars.astro');
    const [result] = await astroLint.lintText(readFileSync(file, 'utf8'), { filePath: file });
    for (const m of result!.messages) expect(m.fatal, m.message).toBeFalsy();
    // 13: the second script's `service` is its own 'Newsletter', not the frontmatter's. 18 and 21: two scripts
    // with the same code and their own objects, told apart by their place (blind tester, session 51); 16 is a comment.
    expect(result!.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['8 phiguard/no-tracking-pixel', '9 phiguard/no-health-event-names', '10 phiguard/no-health-event-names', '21 phiguard/no-health-event-names']);
    expect(result!.messages[1]!.message).toMatch(/"PrEP Refill"/u);
    expect(result!.messages[2]!.message).toMatch(/"HIV Test Booked"/u);
  });
});
