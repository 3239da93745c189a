import rule from '../../src/rules/no-health-event-properties.js';
import { invalid, run, ts, withData } from '../tester.js';

const H = 'healthProperty';
const A = 'healthAnswer';
const F = 'healthField';

run('no-health-event-properties', rule, {
  valid: [
    // An allow-list sanitizer gives back only the list's items (blind tester, session 46).
    "const ALLOWED = ['General', 'Checkup'];\nconst safe = (s) => (ALLOWED.includes(s) ? s : 'Other');\nttq.track('Lead', { content_category: safe('Oncology') });\nconst safe2 = (s) => (!ALLOWED.includes(s) ? 'Other' : s);\nttq.track('Lead', { content_category: safe2('Oncology') });",
    // A yes-or-no key whose subject is not health, or only care context; a key that asks, with other text as its value.
    "ttq.track('CompleteRegistration', { is_member: true, hasPets: true, has_children: 'no', has_appointment: true, isReturning: user.returning, has_anxiety_tips: 'weekly' });",
    // A member not named for a health field, a count of answers, a bare variable (named by the code, not the form).
    "export function onSubmit(form, diagnosis) { fbq('track', 'Lead', { content_name: form.dx, count: form.diagnoses.length, label: diagnosis }); }",
    // A flag about the site or a plan, not the visitor.
    "ttq.track('ViewContent', { has_cancer_coverage: true, is_hiv_test_available: true, isTherapyPageVisible: true });",
    // …or about a product (`is_diabetic_friendly`, `is_pregnancy_safe`).
    "export const view = (recipe) => fbq('track', 'ViewContent', { is_diabetic_friendly: recipe.diabeticFriendly, is_pregnancy_safe: recipe.pregnancySafe });",
    "const { CustomData } = require('facebook-nodejs-business-sdk');\nnew CustomData().setCurrency('usd').setValue(10).setContentName('Gift card');",
    // `Object.assign(opts, { … })` at the top of the helper replaces what the site passes.
    "function send(opts) {\n  Object.assign(opts, { content_category: 'Shoes' });\n  fbq('track', 'ViewContent', opts);\n}\nsend({ content_category: 'Oncology' });",
    // A script URL's query configures the loader (TikTok's base code puts its global's name in `lib=`); it sends no event.
    "var s = document.createElement('script');\ns.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABC&lib=' + 'therapyQ';\ndocument.head.appendChild(s);",
    // `this` in a plain function is whatever its caller makes it, not the object that has a method of that name.
    "const other = { payload() { return { content_name: 'Therapy' }; } };\nfunction send() { window.fbq('track', 'Lead', this.payload()); }",
    // A getter is not what `this.name()` calls.
    "class P {\n  get payload() { return { content_name: 'Therapy' }; }\n  send() { window.fbq('track', 'Lead', this.payload()); }\n}",
    // A key set again later replaces the earlier value: in the literal, after a helper's spread, or by an assignment before the send.
    "const page = { content_category: 'Psychiatry', content_type: 'page' };\nwindow.fbq('track', 'ViewContent', { ...page, content_category: 'Clinic' });",
    "function track(props) {\n  window.fbq('track', 'ViewContent', { ...props, content_category: 'Clinic' });\n}\ntrack({ content_category: 'Psychiatry' });",
    "const params = { content_category: 'Psychiatry' };\nparams.content_category = 'Clinic';\nwindow.fbq('track', 'ViewContent', params);",
    // A record about an animal (a vet clinic's booking): its other values are in veterinary context.
    "fbq('track', 'Lead', { pet_species: 'dog', pre_existing: 'Diabetes' });",
    "ttq.track('SubmitForm', { species: 'cat', history: { condition: 'Arthritis' } });",
    "fbq('track', 'Lead', { pet: { name: 'Rex', breed: 'Beagle' }, visit: { reason: 'Allergies' } });",
    // Every site passes the key: its value need not be known (`undefined` replaces it too), and into a local object too.
    "function view(opts) { fbq('track', 'ViewContent', { item_category: 'Oncology', ...opts }); }\nview({ item_category: window.cat });\nview({ item_category: undefined });",
    "function send(opts) {\n  const params = { content_category: 'Oncology' };\n  Object.assign(params, opts);\n  fbq('track', 'ViewContent', params);\n}\nsend({ content_category: 'Shoes' });",
    // `Object.assign(target, …)` in the declaring block replaces the target's keys.
    "const p = { content_category: 'Oncology' };\nObject.assign(p, { content_category: 'Shoes' });\nfbq('track', 'Lead', p);",
    // A later parameter's keys replace an earlier one's.
    "function send(a, b) { fbq('track', 'Lead', Object.assign({}, a, b)); }\nsend({ content_category: 'Oncology' }, { content_category: 'Shoes' });\nfunction send2(a, b) { fbq('track', 'Lead', { ...a, ...b }); }\nsend2({ content_category: 'Oncology' }, { content_category: 'Shoes' });",
    // A key that every site replaces through a later parameter spread is never sent as written.
    "const DEFAULTS = { content_category: 'Oncology' };\nfunction send(opts) { fbq('track', 'Lead', Object.assign({}, DEFAULTS, opts)); }\nsend({ content_category: 'Shoes' });",
    "function send({ event, ...rest }) { gtag('event', event, { item_category: 'Oncology', ...rest }); }\nsend({ event: 'click', item_category: 'General' });",
    // React takes `key` and `ref` for itself: they are not props.
    "function Tracked({ event, ...rest }) {\n  return <button onClick={() => gtag('event', event, { ...rest })} />;\n}\nexport const L = () => ['Oncology', 'Cardiology'].map((s) => <Tracked key={s} ref={s} event=\"select_item\" />);",
    // The rest of a destructured parameter leaves out the keys taken before it.
    "function track({ content_category, ...rest }) {\n  window.fbq('track', 'ViewContent', { content_type: 'page', ...rest });\n}\ntrack({ content_category: 'Psychiatry', content_name: 'Pricing' });",
    "ttq.track('CompletePayment', { currency: 'USD', value: 49 })",
    "fbq('track', 'ViewContent', { content_name: 'Gift card', content_type: 'product' })",
    "gtag('event', 'page_view', { page_path: '/pricing' })",
    "dataLayer.push({ event: 'view_item', item_category: 'Skincare' })",
    "dataLayer.push({ event: 'system_status', status: 'health_check' })",
    "ttq.track('ClickButton', { content_name: 'media_kit', description: 'edit_profile' })",
    "fbq('track', 'ViewContent', { content_category: 'Antivirus', content_name: 'Docker desktop' })",
    "gtag('event', 'select_content', { content_type: 'video', item_id: 'https://www.tiktok.com/embed.js' })",
    // Health text that goes nowhere near a tracker.
    "api.post('/appointments', { reason: 'Oncology consultation' })",
    "setState({ content_category: 'Oncology' })",
    // A pixel URL in markup whose parameters say nothing about health.
    "el.innerHTML = '<img src=\"https://www.facebook.com/tr?id=1&ev=ViewContent&cd[content_name]=Gift%20card\">';",
    // gtag's custom_map names reporting dimensions, not what is sent.
    "gtag('config', 'G-1', { custom_map: { dimension1: 'therapy_type', custom_parameter_2: 'landing_page' } });",
    { code: "ttq.track('ViewContent', { content_category: 'Oncology' })", options: [{ allowTerms: ['oncology'] }] },
    // A key that names a kind of health data: what a site writes under it is read as usual, and
    // a name that also means something else (a product's condition, an A/B test's treatment) adds nothing.
    "fbq('track', 'Lead', { diagnosis: 'none', symptoms: '' });",
    // A Floodlight tag's ids and cache buster say nothing.
    "new Image().src = 'https://ad.doubleclick.net/ddm/activity/src=4569416;type=sales0;cat=consu0;u1=gift_card;ord=' + Math.random() + '?';",
    "export const view = (item) => fbq('track', 'ViewContent', { condition: item.condition, treatment: item.arm, weight: item.weight });",
    "function send(dx) { ttq.track('SubmitForm', { diagnosis: dx }); }\nsend('general');",
    { code: "export const send = (form) => ttq.track('SubmitForm', { diagnosis: form.dx });", options: [{ allowTerms: ['diagnosis'] }] },
    { code: "export const send = (form) => ttq.track('SubmitForm', { bmi: form.bmi });", options: [{ minTier: 1 }] },
    // The parameter's name is context: the zodiac sign on a horoscope site.
    "fbq('track', 'ViewContent', { zodiac_sign: 'Cancer' })",
    "dataLayer.push({ event: 'view_item', item: { horoscope: 'Cancer' } })",
  ],
  invalid: [
    // …but not one that lets through what the list does not hold, nor a list that holds a health term.
    invalid(
      "const ALLOWED = ['General', 'Checkup'];\nconst unsafe = (s) => (ALLOWED.includes(s) ? 'Other' : s);\nttq.track('Lead', { content_category: unsafe('Oncology') });\nconst L2 = ['General', 'Oncology'];\nconst s3 = (s) => (L2.includes(s) ? s : 'Other');\nttq.track('Lead', { content_category: s3(x) });",
      [[H, "'Oncology'", 0], [H, 's3(x)']],
    ),
    // An Angular component's field read through `this`: its `@Component({ selector, template })` is not
    // a Vue class component's, whose `this` is the instance Vue makes (blind tester, session 47).
    invalid(
      "@Component({ selector: 'app-buy', standalone: true, template: '<p>x</p>' })\nexport class Buy {\n  productName = 'Semaglutide Starter';\n  buy() { window.fbq('track', 'Purchase', { content_name: this.productName }); }\n}\n@Component({ selector: 'app-more' })\nexport class More extends Base {\n  product = 'Tirzepatide Starter';\n  buy() { window.fbq('track', 'Purchase', { content_name: this.product }); }\n}",
      [[H, 'this.productName'], [H, 'this.product', 1]],
      ts(),
    ),
    // `encodeURIComponent` keeps the words: the page address in a beacon's query is read as written.
    invalid("new Image().src = `https://www.facebook.com/tr?id=1&ev=PageView&dl=${encodeURIComponent('https://clinic.example/conditions/hepatitis-c')}`;", [[H, "`https://www.facebook.com/tr?id=1&ev=PageView&dl=${encodeURIComponent('https://clinic.example/conditions/hepatitis-c')}`"]]),
    // GA4 Measurement Protocol from a server: `events[].params`.
    invalid(
      "await fetch('https://region1.google-analytics.com/mp/collect?measurement_id=G-1&api_secret=s', { method: 'POST', body: JSON.stringify({ client_id: cid, events: [{ name: 'refill', params: { item_name: 'Descovy', currency: 'USD' } }] }) });",
      [[H, "'Descovy'"]],
    ),
    // AdRoll's older segment API (gtm29 #3).
    invalid("try { __adroll.record_user({ adroll_segments: 'hiv_prep' }); } catch (e) {}", [[H, "'hiv_prep'"]]),
    // `Object.fromEntries` of pairs written in the code (adv29 #9).
    invalid("ttq.track('ViewContent', Object.fromEntries([['content_category', 'Gastroenterology']]));", [[H, "'Gastroenterology'"]]),
    // Reddit's `metadata.products`, and a list's key kept in the path (X's `contents`) (adv29 #2, #17).
    withData(
      invalid("fetch('https://ads-api.x.com/12/measurement/conversions/o8k2z', { method: 'POST', body: JSON.stringify({ conversions: [{ contents: [{ content_name: 'Vasectomy Consultation' }] }] }) });", [[H, "'Vasectomy Consultation'"]]),
      [{ vendor: 'X (Twitter)', key: 'contents[0].content_name', text: 'Vasectomy Consultation', term: 'Vasectomy', category: 'reproductive', tier: '1', also: '' }],
    ),
    invalid("fetch('https://ads-api.reddit.com/api/v3/pixels/t2_abc/conversion_events', { method: 'POST', body: JSON.stringify({ data: { events: [{ metadata: { products: [{ id: 'p1', name: 'Naltrexone 50mg' }] } }] } }) });", [[H, "'Naltrexone 50mg'"]]),
    // An answer sent under a key that asks about the visitor's health: a boolean, a number, yes or no, or a value set at run time.
    invalid(
      "ttq.track('CompleteRegistration', { is_pregnant: true, has_diabetes: 'yes', takesInsulin: answers.insulin, diagnosed_with_hiv: 0 });",
      [[A, 'is_pregnant'], [A, 'has_diabetes'], [A, 'takesInsulin'], [A, 'diagnosed_with_hiv']],
    ),
    // …also what each site of a helper passes.
    invalid("function send(flag) { fbq('trackCustom', 'Quiz', { has_hiv: flag }); }\nsend(true);\nsend(undefined);", [[A, 'true']]),
    // `free` of a condition is an answer too (`is_cancer_free`), unlike a product's `friendly`/`safe`.
    invalid("ttq.track('CompleteRegistration', { is_cancer_free: answers.cancerFree });", [[A, 'is_cancer_free']]),
    // …and what an exported function or an event listener is given: the visitor's answer, at run time; a comparison is a yes or no.
    withData(
      invalid(
        "export function submitQuiz(answers) {\n  fbq('trackCustom', 'QuizComplete', { is_pregnant: answers.pregnant, has_chest_pain: answers.chestPain === 'yes' });\n}\nbox.addEventListener('change', (e) => ttq.track('ClickButton', { has_diabetes: e.target.checked }));",
        [[A, 'is_pregnant'], [A, 'has_chest_pain'], [A, 'has_diabetes']],
      ),
      [
        { vendor: 'Meta', key: 'is_pregnant', answer: 'a value set at run time', term: 'pregnant', category: 'reproductive', tier: '1' },
        { vendor: 'Meta', key: 'has_chest_pain', answer: 'a yes-or-no value', term: 'chest_pain', category: 'condition', tier: '2' },
        { vendor: 'TikTok', key: 'has_diabetes', answer: 'a value set at run time', term: 'diabetes', category: 'condition', tier: '2' },
      ],
    ),
    // A key that names a kind of health data, with what the visitor entered at run time: their diagnosis, symptoms, medication.
    withData(
      invalid(
        "export function submitIntake(form) {\n  ttq.track('SubmitForm', { diagnosis: form.dx, current_medications: form.meds.join(','), patientSymptoms: form.symptoms });\n  dataLayer.push({ event: 'intake', reason_for_visit: form.reason, bmi: form.weight / form.height ** 2 });\n}",
        [[F, 'diagnosis'], [F, 'current_medications'], [F, 'patientSymptoms'], [F, 'reason_for_visit'], [F, 'bmi', 2]],
      ),
      [
        { vendor: 'TikTok', key: 'diagnosis', answer: 'a value set at run time', field: 'diagnosis', category: 'condition', tier: '2' },
        { vendor: 'TikTok', key: 'current_medications', answer: 'a value set at run time', field: 'medication', category: 'medication', tier: '2' },
        { vendor: 'TikTok', key: 'patientSymptoms', answer: 'a value set at run time', field: 'symptoms', category: 'condition', tier: '2' },
        { vendor: 'Google Tag Manager data layer', key: 'reason_for_visit', answer: 'a value set at run time', field: 'reason for the visit', category: 'condition', tier: '2' },
        { vendor: 'Google Tag Manager data layer', key: 'bmi', answer: 'a number', field: 'health measurement', category: 'measurement', tier: '2' },
      ],
    ),
    // Floodlight writes its variables as `;u1=…` after the path, before any query (adversarial probe 31, session 35).
    invalid(
      "el.innerHTML = `<iframe src=\"https://4569416.fls.doubleclick.net/activityi;src=4569416;type=sales0;cat=consu0;u1=Bariatric%20Surgery%20Consult;ord=${ord}?\"></iframe>`;\nnew Image().src = 'https://ad.doubleclick.net/ddm/activity/src=4569416;type=sales0;cat=consu0;u2=HIV%20PrEP%20Start;ord=1';",
      [[H, 'Bariatric%20Surgery%20Consult'], [H, "'https://ad.doubleclick.net/ddm/activity/src=4569416;type=sales0;cat=consu0;u2=HIV%20PrEP%20Start;ord=1'"]],
    ),
    // …and an intake questionnaire's answers (real-site trial, session 35: a ketamine clinic's lead event to Meta's Conversions API).
    invalid(
      "export async function send(answers) {\n  await fetch('https://graph.facebook.com/v19.0/123/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', custom_data: { struggling_with: answers.struggles?.join(', ') || '', treatment_goals: answers.goals } }] }) });\n}",
      [[F, 'struggling_with'], [F, 'treatment_goals']],
    ),
    // A value read from a member named for a health field is one under any key (`form.diagnosis`,
    // a form field's `.value`, a list joined into text), also with an empty fallback.
    withData(
      invalid(
        "export function onSubmit(form, answers) {\n  fbq('trackCustom', 'IntakeSubmitted', { content_name: form.diagnosis, content_category: answers.currentMedications.join(', ') || '', notes: form.elements.symptoms.value });\n}",
        [[F, 'content_name'], [F, 'content_category'], [F, 'notes']],
      ),
      [
        { vendor: 'Meta', key: 'content_name', answer: 'form.diagnosis', field: 'diagnosis', category: 'condition', tier: '2' },
        { vendor: 'Meta', key: 'content_category', answer: 'answers.currentMedications', field: 'medication', category: 'medication', tier: '2' },
        { vendor: 'Meta', key: 'notes', answer: 'form.elements.symptoms.value', field: 'symptoms', category: 'condition', tier: '2' },
      ],
    ),
    // A written health value under such a key is the value's own finding.
    invalid("fbq('trackCustom', 'Intake', { diagnosis: 'Type 2 diabetes' });", [[H, "'Type 2 diabetes'"]]),
    // The page address in a hand-written server payload: Meta's `event_source_url`, TikTok's `page.url`.
    invalid(
      "await fetch(`https://graph.facebook.com/v19.0/${pixelId}/events?access_token=${token}`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'ViewContent', action_source: 'website', event_source_url: 'https://clinic.example.com/conditions/hiv/prep' }] }) });",
      [[H, "'https://clinic.example.com/conditions/hiv/prep'"]],
    ),
    invalid(
      "await axios.post('https://business-api.tiktok.com/open_api/v1.3/event/track/', { event_source: 'web', data: [{ event: 'ViewContent', page: { url: 'https://clinic.example.com/ivf/consult' } }] });",
      [[H, "'https://clinic.example.com/ivf/consult'"]],
    ),
    // Vue Router's hook: the route's `meta` is one of the routes table's, children's too (blind tester, session 51).
    invalid(
      "import { createRouter, createWebHistory } from 'vue-router';\nconst routes = [\n  { path: '/services', component: {}, meta: { category: 'Services' }, children: [{ path: 'hiv-prep', component: {}, meta: { category: 'HIV Prevention' } }] },\n  { path: '/pricing', component: {}, meta: { category: 'Pricing' } },\n];\nexport const router = createRouter({ history: createWebHistory(), routes });\nrouter.afterEach((to) => { fbq('track', 'ViewContent', { content_category: to.meta.category, content_name: to.name }); });",
      [[H, 'to.meta.category']],
    ),
    // Snap's v2 Conversions API: one flat payload, whose own keys are the event's fields (blind tester, session 51).
    invalid(
      "await fetch('https://tr.snapchat.com/v2/conversion', { method: 'POST', body: JSON.stringify({ pixel_id: 'p', event_type: 'PURCHASE', hashed_email: h, item_category: 'Gender Affirming Surgery', description: 'Newsletter' }) });",
      [[H, "'Gender Affirming Surgery'"]],
    ),
    // react-ga4's object form: the fields beside `action` are the event's parameters.
    invalid("import ReactGA from 'react-ga4';\nReactGA.event({ category: 'Booking', action: 'book', label: 'Schizophrenia' });", [[H, "'Schizophrenia'"]]),
    // react-twitter-pixel's and react-use-facebook-pixel's calls, as `twq`'s and `fbq`'s (adversarial tester, session 49).
    invalid("import TwitterPixel from 'react-twitter-pixel';\nTwitterPixel.track('tw-o1234-abc', { contents: [{ content_name: 'Ketamine therapy' }] });", [[H, "'Ketamine therapy'"]]),
    invalid("import { FacebookPixel } from 'react-use-facebook-pixel';\nconst pixel = new FacebookPixel({ pixelID: '123' });\npixel.trackEvent('Lead', { content_name: 'Bipolar disorder program' });", [[H, "'Bipolar disorder program'"]]),
    // react-pinterest-tag's calls, as `pintrk`'s (adversarial tester, session 49).
    invalid("import PinterestTag from 'react-pinterest-tag';\nPinterestTag.track('signup', { lead_type: 'Fertility' });\nPinterestTag.pintrk('track', 'lead', { lead_type: 'Bariatric Surgery' });", [[H, "'Fertility'"], [H, "'Bariatric Surgery'"]]),
    // react-ga4's `send`: a page view's fields (blind tester, session 42).
    invalid("import ReactGA from 'react-ga4';\nReactGA.send({ hitType: 'pageview', page: '/conditions/hiv/prep', title: 'Home' });", [[H, "'/conditions/hiv/prep'"]]),
    // `value` is usually a number; text in it is read like any other parameter.
    invalid("window.fbq('track', 'Lead', { value: 'Couples Therapy' });", [[H, "'Couples Therapy'"]]),
    // Contents built by `.map` over a helper's parameter, from what a site passes (Meta's server SDK).
    invalid(
      "const { Content, CustomData } = require('facebook-nodejs-business-sdk');\nfunction cart(items) {\n  return new CustomData().setContents(items.map((i) => new Content(i.sku, i.qty, i.price, i.name)));\n}\ncart([{ sku: 'x', qty: 1, price: 9, name: 'Valtrex 500mg' }]);",
      [[H, "'Valtrex 500mg'"]],
    ),
    // A method's result with its arguments put in: an object literal's method, and `this` in Vue's options API.
    invalid("const events = { booking(service) { return { content_name: service }; } };\nwindow.fbq('track', 'Schedule', events.booking('Psychiatry Intake'));", [[H, "'Psychiatry Intake'"]]),
    invalid("export default {\n  methods: {\n    payload() { return { content_category: 'Oncology' }; },\n    send() { window.ttq.track('ViewContent', this.payload()); },\n  },\n};", [[H, 'this.payload()']]),
    // A helper that spreads its parameter into the event: what each site passes.
    invalid("function track(props) {\n  ttq.track('ViewContent', { content_type: 'product', ...props });\n}\ntrack({ content_name: 'Semaglutide 0.25mg' });\ntrack({ content_name: 'Gift card' });", [[H, "'Semaglutide 0.25mg'"]]),
    // A key before a parameter spread is sent where a site may leave it out: a site without it, a
    // rest that took it out, an exported helper's callers elsewhere.
    invalid("function send(opts) { fbq('track', 'Lead', Object.assign({}, { content_category: 'Oncology' }, opts)); }\nsend({ content_category: 'Shoes' });\nsend({});", [[H, "'Oncology'"]]),
    invalid("function send({ item_category, ...rest }) { gtag('event', 'click', { item_category: 'Oncology', ...rest }); }\nsend({ item_category: 'General' });", [[H, "'Oncology'"]]),
    invalid("export function send(opts) { fbq('track', 'Lead', { content_category: 'Oncology', ...opts }); }\nsend({ content_category: 'Shoes' });", [[H, "'Oncology'"]]),
    // …also one published on `window` (how GTM tags share a helper): other scripts call it.
    invalid("function view(opts) { fbq('track', 'ViewContent', { item_category: 'Oncology', ...opts }); }\nwindow.view = view;\nview({ item_category: 'Shoes' });", [[H, "'Oncology'"]]),
    // Nested destructuring, in the parameter or in the body: the key under its path, and a nested rest.
    invalid("function track({ event: { name, cat } }) { gtag('event', name, { item_category: cat }); }\ntrack({ event: { name: 'click', cat: 'Oncology' } });", [[H, "'Oncology'"]]),
    invalid("function track({ event: { name, ...meta } }) { gtag('event', name, meta); }\ntrack({ event: { name: 'click', item_category: 'Psychiatry' } });", [[H, "'Psychiatry'"]]),
    // A computed key with a static value is taken out of the rest like any other.
    invalid("const K = 'note';\nfunction track({ [K]: note, ...meta }) { gtag('event', 'click', meta); }\ntrack({ note: 'Oncology', item_category: 'Psychiatry' });", [[H, "'Psychiatry'"]]),
    invalid("function track(opts) {\n  const { event: { name, ...meta } } = opts;\n  gtag('event', name, meta);\n}\ntrack({ event: { name: 'click', item_category: 'Psychiatry' } });", [[H, "'Psychiatry'"]]),
    // A site that leaves the key out in one alternative, or passes it only through a conditional spread.
    invalid("function view(opts) { fbq('track', 'ViewContent', { item_category: 'Oncology', ...opts }); }\nview(window.c ? { item_category: 'Shoes' } : {});", [[H, "'Oncology'"]]),
    invalid("function view(opts) { fbq('track', 'ViewContent', { item_category: 'Oncology', ...opts }); }\nview({ ...(window.f ? { item_category: 'Shoes' } : {}) });", [[H, "'Oncology'"]]),
    invalid("function send(opts) {\n  const params = { content_category: 'Oncology' };\n  if (window.f) Object.assign(params, opts);\n  fbq('track', 'ViewContent', params);\n}\nsend({ content_category: 'Shoes' });", [[H, 'params', 2]]),
    // `Object.assign(target, …)` merges into the target: always in its block, or maybe in a branch.
    // …also into a parameter, as `opts.key = …` does.
    invalid("function send(opts) {\n  Object.assign(opts, { content_category: 'Oncology' });\n  fbq('track', 'ViewContent', opts);\n}\nsend({ value: 2 });", [[H, 'opts', 2]]),
    invalid("const payload = {};\nObject.assign(payload, { content_category: 'Oncology' });\nfbq('track', 'Lead', payload);", [[H, 'payload', 2]]),
    invalid("const p = { content_category: 'Oncology' };\nif (window.x) Object.assign(p, { content_category: 'Shoes' });\nfbq('track', 'Lead', p);", [[H, 'p', 2]]),
    // The children between a component's tags are its `children` prop.
    invalid(
      "function Label({ children }) {\n  return <button onClick={() => gtag('event', 'click', { label: children })}>{children}</button>;\n}\nfunction Tracked({ event, ...rest }) {\n  return <a onClick={() => gtag('event', event, { ...rest })} />;\n}\nexport const Page = () => (\n  <>\n    <Label>\n      Book Psychiatry\n    </Label>\n    <Label>{'Oncology'}</Label>\n    <Label>Pricing</Label>\n    <Tracked event=\"select_item\">Gynecology</Tracked>\n  </>\n);",
      [[H, '\n      Book Psychiatry\n    '], [H, "'Oncology'"], [H, 'Gynecology', 0]],
    ),
    // A component wrapped in `memo` or `forwardRef`: its elements are its sites.
    invalid(
      "const Tracked = memo(function Tracked({ event, ...rest }) {\n  return <button onClick={() => gtag('event', event, { ...rest })} />;\n});\nconst Linked = React.forwardRef(({ event, ...rest }, ref) => <a ref={ref} onClick={() => gtag('event', event, { ...rest })} />);\nfunction Inner({ category }) { return <a onClick={() => gtag('event', 'select_item', { item_category: category })} />; }\nconst Memo = memo(Inner);\nexport const Page = () => (\n  <>\n    <Tracked event=\"select_item\" item_category=\"Gynecology\" />\n    <Linked event=\"select_item\" item_category=\"Psychiatry\" />\n    <Memo category=\"Oncology\" />\n  </>\n);",
      [[H, '"Gynecology"'], [H, '"Psychiatry"'], [H, '"Oncology"']],
    ),
    // …or the rest of it in the body (`const { event, ...rest } = props`).
    invalid(
      "function Tracked(props) {\n  const { event, children, ...rest } = props;\n  return <button onClick={() => gtag('event', event, { ...rest })}>{children}</button>;\n}\nexport const B = () => <Tracked event=\"select_item\" item_category=\"Gynecology\">Book</Tracked>;",
      [[H, '"Gynecology"']],
    ),
    // …or the rest of it (`({ event, ...rest })`, the usual React component shape).
    invalid("function track({ event, ...rest }) { window.gtag('event', event, { page_type: 'clinic', ...rest }); }\ntrack({ event: 'select_item', item_category: 'Gynecology' });", [[H, "'Gynecology'"]]),
    invalid(
      "function Tracked({ event, children, ...rest }) {\n  return <a onClick={() => window.gtag('event', event, { page_type: 'clinic', ...rest })}>{children}</a>;\n}\nexport const Page = () => <Tracked event=\"select_item\" item_category=\"Gynecology\">Book</Tracked>;",
      [[H, '"Gynecology"']],
    ),
    // An assignment after the send, or inside a branch, does not replace what may be sent.
    invalid("const p = { content_category: 'Psychiatry' };\nfbq('track', 'ViewContent', p);\np.content_category = 'Clinic';", [[H, 'p', 1]]),
    // Items added with unshift come first; each of several returned objects may be sent.
    withData(invalid("const contents = [{ content_name: 'Gift card' }];\ncontents.unshift({ content_name: 'Naltrexone 50mg' });\nwindow.ttq.track('AddToCart', { contents });", [[H, 'contents', 2]]), [{ vendor: 'TikTok', text: 'Naltrexone 50mg', term: 'Naltrexone', category: 'substance use', tier: '1', key: 'contents[0].content_name', also: '' }]),
    // Universal Analytics ecommerce nests products five levels down.
    withData(invalid("dataLayer.push({ event: 'purchase', ecommerce: { purchase: { actionField: { id: 'T1' }, products: [{ name: 'Sertraline 50mg', price: 12 }] } } });", [[H, "'Sertraline 50mg'"]]), [{ vendor: 'Google Tag Manager data layer', text: 'Sertraline 50mg', term: 'Sertraline', category: 'mental health', tier: '1', key: 'ecommerce.purchase.products[0].name', also: '' }]),
    // Every health value a lookup object can send is named, the most sensitive first.
    withData(invalid("const NAMES = { a: 'Checkout', b: 'Dermatology', c: 'HIV Test', d: 'IVF Consult' };\nwindow.fbq('track', 'Lead', { content_name: NAMES[kind] });", [[H, 'NAMES[kind]']]), [{ vendor: 'Meta', text: 'HIV Test', term: 'HIV Test', category: 'HIV/STI', tier: '1', key: 'content_name', also: '; it can also send "IVF Consult", "Dermatology"' }]),
    invalid("function p(detailed) {\n  if (!detailed) return { content_type: 'service' };\n  return { content_type: 'service', content_category: 'Psychiatry' };\n}\nexport const onView = (u) => window.fbq('track', 'ViewContent', p(u.x));", [[H, "p(u.x)"]]),
    // A default only where the call leaves the parameter out; an object default too.
    invalid("function trackView(params = { content_category: 'Psychiatry' }) { window.fbq('track', 'ViewContent', params); }\ntrackView();\ntrackView({ content_category: 'Shoes' });", [[H, "'Psychiatry'"]]),
    invalid("function params({ category = 'Oncology' } = {}) {\n  return { content_category: category };\n}\nfbq('track', 'ViewContent', params());\nfbq('track', 'ViewContent', params({ category: 'Shoes' }));", [[H, 'params()']]),
    // What a local helper returns, with the arguments of this call.
    invalid("const params = (service) => ({ content_category: service, value: 1 });\nfbq('track', 'ViewContent', params('Oncology'));\nfbq('track', 'ViewContent', params('Gift cards'));", [[H, "'Oncology'"]]),
    invalid("ttq.track('ViewContent', { content_category: 'Oncology' })", [[H, "'Oncology'"]]),
    invalid("ttq.track('SubmitForm', { content_name: 'Dermatology consultation' })", [[H, "'Dermatology consultation'"]]),
    invalid("fbq('track', 'Lead', { content_category: 'Mental Healthcare' })", [[H, "'Mental Healthcare'"]]),
    invalid("window.ttq.track('Search', { query: 'hiv testing near me' })", [[H, "'hiv testing near me'"]]),
    invalid("gtag('event', 'page_view', { page_path: '/providers/psychiatry' })", [[H, "'/providers/psychiatry'"]]),
    invalid("ttq.track('AddToCart', { contents: [{ content_id: 'sku-1', content_name: 'Semaglutide 0.25mg' }] })", [[H, "'Semaglutide 0.25mg'"]]),
    invalid("dataLayer.push({ event: 'view_item', item_category: 'Oncology' })", [[H, "'Oncology'"]]),
    invalid("fbq('track', 'ViewContent', { content_category: 'Cancer' })", [[H, "'Cancer'"]]),
    invalid("snaptr('track', 'VIEW_CONTENT', { item_category: 'fertility treatment' })", [[H, "'fertility treatment'"]]),
    // Constants, templates and objects defined elsewhere in the file.
    invalid("const service = 'Psychiatry';\nfbq('track', 'Schedule', { content_name: `${service} intake` });", [[H, '`${service} intake`']]),
    invalid("const PARAMS = { content_category: 'Oncology' };\nfbq('track', 'ViewContent', PARAMS);", [[H, 'PARAMS', 1]]),
    invalid("const props = {};\nprops.description = 'ADHD assessment';\nttq.track('Lead', props);", [[H, 'props', 2]]),
    // A value written elsewhere is reported where the call's object names it, not on the whole object.
    invalid("const P = '/providers/psychiatry';\ngtag('event', 'page_view', { value: 1, currency: 'USD',\n  page_path: P });", [[H, 'P', 1]]),
    invalid("const ITEMS = [{ item_name: 'Psychology Session' }];\ngtag('event', 'view_item', { currency: 'AUD', value: 90,\n  items: ITEMS });", [[H, 'ITEMS', 1]]),
    // Forwarded through a local function.
    invalid("const track = (props) => ttq.track('ViewContent', props);\ntrack({ content_name: 'IVF consultation' });", [[H, "'IVF consultation'"]]),
    // A helper's own lookup table is reported once, inside it; its call sites only for what they pass in.
    invalid(
      "const SECTIONS = { onc: 'Oncology', prices: 'Lower Prices' };\nfunction trackSection(id) {\n  gtag('event', 'section_view', { section_name: SECTIONS[id] || id });\n}\nexport function show(id) { trackSection(id); }\ntrackSection('onc');\ntrackSection('Cardiology');",
      [[H, 'SECTIONS[id] || id'], [H, "'Cardiology'"]],
    ),
    // A helper's own template is reported once, inside it; a site only for the health text it passes in.
    invalid(
      "const trackClick = (step) => {\n  fbq('track', 'ViewContent', { content_name: `Therapy intake - ${step}` });\n};\ntrackClick('start');\ntrackClick('contact');\ntrackClick('Lupus');",
      [[H, '`Therapy intake - ${step}`'], [H, "'Lupus'"]],
    ),
    // A member of a parameter is what each site passes under that key.
    invalid(
      "function trackLocation(data) {\n  gtag('event', 'location_interest', { service: data.service });\n}\ntrackLocation({ service: 'anxiety' });\ntrackLocation({ service: 'downtown' });",
      [[H, "'anxiety'"]],
    ),
    // Whatever the helper's table can send is the helper's: a site is not reported for another of its values.
    invalid(
      "const CATS = { psy: 'Psychiatry', peds: 'Pediatrics' };\nexport function trackProvider(kind, providerName) {\n  fbq('track', 'ViewContent', { content_category: CATS[kind], content_name: providerName });\n}\ntrackProvider('psy', 'Dr. Lee');\ntrackProvider('peds', 'Hepatology clinic');",
      [[H, 'CATS[kind]'], [H, "'Hepatology clinic'"]],
    ),
    invalid(
      "await axios.post(`https://graph.facebook.com/v18.0/${PIXEL_ID}/events`, { data: [{ event_name: 'Purchase', custom_data: { content_category: 'Oncology' } }] });",
      [[H, "'Oncology'"]],
    ),
    // Code inside strings.
    invalid("s.textContent = \"fbq('track', 'ViewContent', { content_category: 'Oncology' })\";", [[H, "'Oncology'"]]),
    // Pixel URLs in markup: other query parameters (`cd[…]`, percent-encoded values).
    invalid(
      `export const Px = () => <noscript dangerouslySetInnerHTML={{ __html: '<img src="https://www.facebook.com/tr?id=1&ev=ViewContent&cd[content_category]=Oncology" />' }} />;`,
      [[H, 'Oncology']],
    ),
    invalid("document.body.innerHTML += '<img src=\"https://www.facebook.com/tr?id=1&ev=ViewContent&cd[content_name]=Psychiatry%20Intake\">';", [[H, 'Psychiatry%20Intake']]),
    // A beacon URL held in a name and extended (a cache buster, an added field): each field once, where it is written.
    invalid("var px = 'https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=Zoloft';\nnew Image().src = px + '&cb=' + Date.now();", [[H, "'https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=Zoloft'"]]),
    // A string that is the URL sends its spaces as %20: the whole value is read (adversarial tester, session 49).
    withData(invalid("const service = 'Weight Loss Surgery';\nnew Image().src = `https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=${service}&noscript=1`;", [[H, '`https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=${service}&noscript=1`']]), [{ vendor: 'Meta', key: 'cd[content_name]', text: 'Weight Loss Surgery', term: 'Weight Loss Surgery', category: 'procedure', tier: '2', also: '' }]),
    invalid("var px = 'https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=Zoloft';\nnew Image().src = px + '&cd[content_category]=Psychiatry';", [[H, "'https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=Zoloft'"], [H, "px + '&cd[content_category]=Psychiatry'"]]),
    // Decoded from base64: the same beacon, placed at the expression that builds it.
    invalid("new Image().src = atob('aHR0cHM6Ly93d3cuZmFjZWJvb2suY29tL3RyP2lkPTEmZXY9TGVhZCZjZFtjb250ZW50X25hbWVdPVpvbG9mdA==') + '&cb=' + Date.now();", [[H, "atob('aHR0cHM6Ly93d3cuZmFjZWJvb2suY29tL3RyP2lkPTEmZXY9TGVhZCZjZFtjb250ZW50X25hbWVdPVpvbG9mdA==') + '&cb=' + Date.now()"]]),
    // A value the code URL-encodes into a beacon's query is read decoded (blind tester, session 45).
    invalid("new Image().src = 'https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=' + encodeURIComponent('Eating Disorder Program');", [[H, "'https://www.facebook.com/tr?id=1&ev=Lead&cd[content_name]=' + encodeURIComponent('Eating Disorder Program')"]]),
    invalid("const SERVICE = 'Monthly Gonorrhea Treatment';\nnew Image().src = `https://www.facebook.com/tr?id=1&ev=Lead&cd[content_category]=${encodeURIComponent(SERVICE)}`;", [[H, '`https://www.facebook.com/tr?id=1&ev=Lead&cd[content_category]=${encodeURIComponent(SERVICE)}`']]),
    // Query data a GET request adds to a beacon URL (`cd: { … }` is `cd[…]`).
    invalid("axios.get('https://www.facebook.com/tr', { params: { id: '1', ev: 'ViewContent', cd: { content_name: 'HIV Test' } } });", [[H, "'HIV Test'"]]),
    // A place that admits pets is not an animal patient; a record beside one is not about it.
    invalid("fbq('track', 'Lead', { pet_friendly: true, care_type: 'Memory Care' });", [[H, "'Memory Care'"]]),
    invalid("fbq('track', 'Lead', { patient: { condition: 'Diabetes' } });\nfbq('track', 'Lead', { pet_name: 'Rex' });", [[H, "'Diabetes'"]]),
    // TypeScript.
    invalid("(window as any).ttq.track('ViewContent', { content_category: 'Oncology' } as const);", [[H, "'Oncology'"]], ts()),
    // Meta's server SDK: the event's URLs (the constructor's third argument, `setReferrerUrl`), `Content#setId`, `add_custom_property`, properties set directly, a builder passed to a helper.
    invalid(
      "const { ServerEvent, Content, CustomData } = require('facebook-nodejs-business-sdk');\nconst e = new ServerEvent('Lead', now, 'https://clinic.example/conditions/hiv/prep').setReferrerUrl('https://clinic.example/providers/psychiatry');\nconst c = new Content().setId('truvada-prep-30day');\nconst cd = new CustomData();\ncd.add_custom_property('condition', 'Lupus');\ncd.content_name = 'Buprenorphine';\nfunction applyProduct(data, product) { return data.setContentCategory(product.category); }\napplyProduct(new CustomData(), { category: 'Oncology' });",
      [[H, "'https://clinic.example/conditions/hiv/prep'"], [H, "'https://clinic.example/providers/psychiatry'"], [H, "'truvada-prep-30day'"], [H, "'Lupus'"], [H, "'Buprenorphine'"], [H, "'Oncology'"]],
    ),
    // Meta's server SDK: setters after ones it does not list, custom properties, contents, constructor arguments.
    invalid(
      "const bizSdk = require('facebook-nodejs-business-sdk');\nconst cd = new bizSdk.CustomData().setCurrency('usd').setValue(99).setContentName('Psychiatry Intake').setCustomProperties({ condition: 'Diabetes' });\nconst c = new bizSdk.Content().setId('1').setTitle('Oncology consult');\nconst cd2 = new bizSdk.CustomData(10, 0, 'usd', 'Fertility Package');",
      [[H, "'Psychiatry Intake'"], [H, "'Diabetes'"], [H, "'Oncology consult'"], [H, "'Fertility Package'"]],
    ),
  ],
});
