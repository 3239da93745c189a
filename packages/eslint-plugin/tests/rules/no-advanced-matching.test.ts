import rule from '../../src/rules/no-advanced-matching.js';
import { invalid, run, ts, withData } from '../tester.js';

const ID = 'identify';
const IP = 'identityInParams';

run('no-advanced-matching', rule, {
  valid: [
    // A helper of a call link's click event sends the number dialed; a phone default written out is the site's (FP hunt, session 50).
    "export const ConversionTracker = { trackCall: (phoneNumber = '', location = '') => { window.gtag('event', 'phone_call', { phone_number: phoneNumber, location }); } };",
    "export function mailClick(address) { dataLayer.push({ event: 'email_link_click', email: address }); }",
    "function trackPhoneCall(phoneNumber = '1-800-VET-INSURANCE') { dataLayer.push({ event: 'quote_request', phone_number: phoneNumber }); }",
    // A site's own account ids read from members are not a patient's record (`user_id` is GA4's user-id feature).
    "gtag('config', 'G-X', { user_id: user.id, customer: account.customerId });",
    // A bare `ip` in event parameters is often something else (blind GTM tester, session 46).
    "gtag('event', 'generate_lead', { ip: x, value: 1 })",
    "var num = document.querySelector('.clinic-phone').textContent.replace(/\\D/g, '');\nvar link = document.createElement('a');\nlink.href = 'tel:' + num;\nlink.addEventListener('click', function () { dataLayer.push({ event: 'call_click', phone_number: num }); });",
    // Members that only mention an email (a preference, a flag) hold none.
    "fbq('track', 'Lead', { email_opt_in: user.emailOptIn, has_email: Boolean(user.email), channel: user.contactPreference });",
    // In the click handler of a call link (its `href` a `tel:` address, or a prop named for one), a phone number sent is the link's.
    {
      code: "export function Panel({ phone, phoneTel }) {\n  const handleCallClick = () => window.dataLayer.push({ event: 'call_click', phone_number: phone });\n  return <a href={phoneTel} onClick={handleCallClick}>{phone}</a>;\n}\nexport function Panel2({ phone, phoneTel }) {\n  function onCall() { window.dataLayer.push({ event: 'call_click', phone_number: phone }); }\n  return <a href={phoneTel} onClick={onCall}>{phone}</a>;\n}\nconst HREF = 'tel:+15612239959';\nexport const Hero = () => <a href={HREF} onClick={() => window.dataLayer.push({ event: 'call_click', phone_number: readPhone() })}>Call</a>;\nexport const Nav = ({ contact }) => <a href={contact.phoneHref} onClick={() => gtag('event', 'call', { phone_number: contact.phoneTel })}>Call</a>;",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // …with the link's number built from a prop, a cleaned copy or a member; and in the DOM, `link.href = 'tel:' + n` with its click listener.
    {
      code: "export function PhoneLink({ phone }) {\n  const clean = phone.replace(/\\D/g, '');\n  return <a href={`tel:+1${clean}`} onClick={() => window.dataLayer.push({ event: 'call_click', phone_number: clean || '5612239959' })}>{phone}</a>;\n}\nexport const Call = ({ contact }) => <a href={'tel:' + contact.phoneTel} onClick={() => fbq('track', 'Contact', { phone: contact.phoneTel })}>Call</a>;",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // A form field whose selector's id or name only starts with an identifier is not one (`#phone-type`, `[name=email_opt_in]`; blind tester, session 48).
    {
      code: "fbq('track', 'Lead', { a: document.querySelector('#phone-type').value, b: document.getElementById('email-frequency').value, c: $('#email-optin-checkbox').val(), d: document.querySelector('[name=email_opt_in]').value });",
    },
    // …also where the component is used: what a site passes for the link's number is the number it dials (blind tester, session 48).
    {
      code: "function PhoneLink({ phone }) {\n  const clean = phone.replace(/\\D/g, '');\n  const handleClick = () => { window.dataLayer.push({ event: 'call_click', phone_number: clean }); };\n  return <a href={`tel:+1${clean}`} onClick={handleClick}>{phone}</a>;\n}\nfunction send(n) { window.dataLayer.push({ event: 'call_click', phone_number: n }); }\nexport const Text = ({ text }) => <span><PhoneLink phone={text.match(/\\d{10}/)[0]} /><a href={`tel:${text}`} onClick={() => send(text)}>Call</a></span>;",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // The same for a mail link's own address (`href={mailtoUrl}`, `href="mailto:…"`), and for what a
    // link's address gives with its scheme cut off (`href.replace('tel:', '')`): the page's text (real-repo trial, session 31).
    {
      code: "export function EmailButton({ emailAddress }) {\n  const handleClick = () => { gtag('event', 'email_click', { email_address: emailAddress }); };\n  const mailtoUrl = `mailto:${emailAddress}`;\n  return <a href={mailtoUrl} onClick={handleClick}>Email us</a>;\n}\nexport const Contact = ({ office }) => <a href=\"mailto:care@example.org\" onClick={() => fbq('track', 'Contact', { em: office.email })}>Write</a>;",
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    "document.addEventListener('click', (e) => {\n  const href = e.target.closest('a').getAttribute('href');\n  if (href && href.startsWith('tel:')) gtag('event', 'phone_click', { phone_number: href.replace('tel:', '') });\n  if (href && href.startsWith('mailto:')) gtag('event', 'email_click', { email_address: href.replace(/^mailto:/, '') });\n});",
    // …also cut by length: `'mailto:'.length`, or 4 and 7 off a link's address (adversarial probe 41, session 35).
    "document.querySelectorAll('a[href^=\"mailto:\"]').forEach((a) => {\n  a.addEventListener('click', () => window.ttq.track('Contact', { email: a.href.slice('mailto:'.length) }));\n});\ndocument.querySelectorAll('a[href^=\"tel:\"]').forEach((a) => {\n  a.addEventListener('click', () => window.ttq.track('Contact', { phone_number: a.getAttribute('href').substring(4) }));\n});",
    // A list of nothing sends nothing (Meta's user data takes lists: `em: [null]` where a route has no address to send; real-repo trial, session 31).
    "fbq('init', '1', { em: [null, ''] });\nfetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: [null], ph: [] } }] }) });",
    // `context` holds identifiers only in TikTok's Events API payloads.
    "fbq('trackCustom', 'Checkout', { context: { name: 'pricing_page', ip: 'shown' } });",
    // A module's own variable of that name is not the global the conversion tag reads; an empty one sends nothing.
    'const enhanced_conversion_data = { email: user.email };\nsubmit(enhanced_conversion_data);',
    "window.enhanced_conversion_data = { email: '' };",
    'const adroll_email = patient.email;\nsubmit(adroll_email);',
    // A test file that mocks the SDK (Jest, Vitest): nothing it builds reaches Meta.
    {
      code: "import { UserData } from 'facebook-nodejs-business-sdk';\njest.mock('facebook-nodejs-business-sdk', () => ({ UserData: jest.fn() }));\nit('hashes', () => { new UserData().setEmail(user.email); });",
      ...ts(),
    },
    "import ReactPixel from 'react-facebook-pixel';\nvi.mock('react-facebook-pixel');\ntest('init', () => ReactPixel.init('123', { em: user.email }));",
    // Managing a Custom Audience sends no one's identifiers; an empty list, or one written out in the code (an example), sends none either.
    "const { AdAccount, CustomAudience } = require('facebook-nodejs-business-sdk');\nnew AdAccount(act).createCustomAudience([], { name: 'Newsletter', subtype: 'CUSTOM', customer_file_source: 'USER_PROVIDED_ONLY' });\nnew CustomAudience(id).get(['name', 'approximate_count_lower_bound']);\nnew CustomAudience(id).createUser([], { payload: { schema: ['EMAIL_SHA256'], data: [] } });\nnew CustomAudience(id).createUser([], { payload: { schema: ['EMAIL_SHA256'], data: [['abc'], ['def']] } });",
    // A local HTTP helper called only with the site's own URLs.
    "async function postJson(url, body) { return fetch(url, { method: 'POST', body: JSON.stringify(body) }); }\npostJson('https://api.example-clinic.com/patients', { email: form.email, condition: 'depression' });",
    // …and the site's own API through other clients: `node-fetch` under another name, an `XMLHttpRequest`, superagent, `needle`, `$.ajax`.
    "import nodeFetch from 'node-fetch';\nawait nodeFetch('https://api.example-clinic.com/leads', { method: 'POST', body: JSON.stringify({ email: form.email }) });\nconst xhr = new XMLHttpRequest();\nxhr.open('POST', '/api/leads');\nxhr.send(JSON.stringify({ email: form.email }));\nsuperagent.post('/api/leads').send({ email: form.email });\nneedle('post', '/api/leads', { phone: form.phone });\n$.ajax({ url: '/api/leads', type: 'POST', data: { email: form.email } });",
    // …also one on Node's `https.request`, and a request to the site's own API.
    "const https = require('node:https');\nfunction postJson(url, body) { const req = https.request(url, { method: 'POST' }); req.end(JSON.stringify(body)); }\npostJson('https://api.example-clinic.com/patients', { email: form.email });\nhttps.request({ hostname: 'api.example-clinic.com', path: '/leads' }).end(JSON.stringify({ em: form.email }));",
    // A mapped payload without identifiers.
    "export const send = (items) => axios.post(`https://graph.facebook.com/v18.0/${PIXEL}/events`, { data: items.map((i) => ({ event_name: 'Purchase', custom_data: { value: i.price } })) });",
    // An owner word before a key that is no identifier (`client_id` is Google Analytics' browser id), or before nothing.
    "gtag('event', 'page_view', { client_id: cid, patient_portal: true, customer: 'returning' })",
    // Meta's server SDK: fields that identify no one (browser ids, user agent), an empty builder, and a local class of the same name.
    "const { UserData } = require('facebook-nodejs-business-sdk');\nconst ud = new UserData().setFbp(req.cookies._fbp).setClientUserAgent(req.headers['user-agent']);\nconst empty = new UserData();",
    'class UserData { setEmail(e) { this.e = e; return this; } }\nnew UserData().setEmail(user.email);',
    // Only Google Analytics on the page, allowed under a BAA.
    { code: "gtag('config', 'G-ABC123');\ngtag('set', 'user_data', { email: user.email });", settings: { phiguard: { allowVendors: ['google-tag'] } } },
    // A helper's parameter is judged at its call sites: here the clinic's own numbers (also through a React component's props).
    "function trackCall(phone) {\n  window.fbq('track', 'Contact', { phone });\n}\ntrackCall('+15550102000');\ntrackCall('+15550103000');",
    "function CallLink({ phone, location }) {\n  return <a href={`tel:${phone}`} onClick={() => window.gtag('event', 'click_to_call', { phone_number: phone, location })}>{phone}</a>;\n}\nexport const Footer = () => <><CallLink phone=\"+1-555-010-2000\" location=\"Downtown\" /><CallLink phone=\"+1-555-010-3000\" /></>;",
    // Other identify APIs (Segment, PostHog, Mixpanel) are not ad platforms.
    'analytics.identify(user.id, { email: user.email })',
    'posthog.identify(user.id, { email })',
    'identify({ email })',
    "rdt.config.optOut = false;",
    // Placeholders, empty and null values send nothing.
    "snaptr('init', '0f1e2d3c-aaaa-bbbb-cccc-111122223333', { user_email: '__INSERT_USER_EMAIL__' })",
    "ttq.identify({ email: '<hashed_email_address>', phone_number: '' })",
    "twq('event', 'tw-o1abc-purchase', { email_address: null, value: 10 })",
    "criteo_q.push({ event: 'setEmail', email: '' })",
    // Criteo's own snippet placeholder, with its hash setting.
    "window.criteo_q.push({ event: 'setEmail', email: '##Email Address##', hash_method: 'none' })",
    "gtag('config', 'AW-123456789', { allow_enhanced_conversions: false })",
    // A Google Ads setting: on a Google Analytics config it sends nothing (real-site trial, session 35: one per page of a therapy site).
    "gtag('config', 'G-ABC123XYZ', { allow_enhanced_conversions: true });\ngtag('config', 'GT-ABC123', { allow_enhanced_conversions: true });",
    // No identity argument, or options passed where matching data goes.
    "fbq('init', '1234567890123456')",
    "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('1234567890123456', undefined, { autoConfig: true, debug: false });",
    "import TiktokPixel from 'tiktok-pixel';\nTiktokPixel.init('C4ABC', { debug: true });",
    // A literal event parameter is the same for every visitor (the clinic's own number on a click-to-call event).
    "gtag('event', 'click_phone', { event_category: 'Contact', phone_number: '+37254450188', value: 0.5 })",
    // A local helper that returns something other than a vendor function.
    "function getTracker() { return window.analytics; }\ngetTracker()('set', 'user_data', { email });",
    // A DOM id in an email key is not an email address.
    "gtag('set', 'user_data', { email: 'qEmailIDmodalonload' })",
    // Event parameters named like person data but meaning something else.
    "ttq.track('ViewContent', { name: 'Gift card', city: 'Seattle' })",
    "fbq('track', 'Lead', { content_name: c, product_name: p, item_name: i, plan_name: n, brand_name: b });",
    "fbq('track', 'Purchase', { region: 'WA', zip: '98101', fn: onDone })",
    // A pixel URL in markup with empty matching fields, or a product name in custom data.
    "el.innerHTML = '<img src=\"https://www.facebook.com/tr?id=1&ev=PageView&ud[em]=&ud[ph]=null\">';",
    `export const Px = () => <noscript dangerouslySetInnerHTML={{ __html: '<img src="https://www.facebook.com/tr?id=1&ev=Purchase&cd[name]=Gift%20card" />' }} />;`,
    // A hash of text the code writes: the same for every visitor.
    "ttq.identify({ email: hashEmail('') })",
    "ttq.identify({ email: sha256('__INSERT_USER_EMAIL__') })",
    // A link's own address with a default for no link, or held in a variable before its scheme is cut (parity tester, session 49).
    "document.addEventListener('click', function (e) {\n  var href = e.target.href || '';\n  if (href.indexOf('mailto:') === 0) dataLayer.push({ event: 'email_click', email: href.replace('mailto:', '') });\n  var h = e.target.getAttribute('href');\n  if (h.startsWith('tel:')) dataLayer.push({ event: 'phone_click', phone_number: h.slice(4) });\n});",
    // `get` of something that is not the page's query, a form's data, cookies or storage (adversarial tester, session 49).
    "import i18n from './i18n';\nimport config from 'config';\nconst api = new URL('https://api.example.com/v1?email=true');\nfbq('track', 'Lead', { label: i18n.get('email'), support: config.get('clinic.email'), wants: api.searchParams.get('email'), also: new URL('https://x.example/?phone=1').searchParams.get('phone'), written: new URLSearchParams('email=a@b.c').get('email') });",
    // Keys of an object that is not the page's query, and a list's item not read by name.
    "const { email } = Object.fromEntries(entries);\nconst q = new URLSearchParams(location.search);\nfbq('track', 'Lead', { r: email, t: q.getAll('ref')[0] });",
    // Read by a name that is not an identifier's, or only starts with one.
    "const q = new URLSearchParams(location.search);\nfbq('track', 'Lead', { content_name: q.get('service'), status: localStorage.getItem('email_opt_in'), city: _.get(lead, 'address.city') });",
    // Shadowed globals.
    'function send(ttq, email) { ttq.identify({ email }) }',
    { code: 'ttq.identify({ email })', options: [{ allowVendors: ['tiktok'] }] },
  ],
  invalid: [
    // A medical record number, a Social Security number and a cell phone, under their usual names (blind GTM tester, session 41).
    // A form field picked by a selector that names what it holds, as GTM's DOM Element variables are read (blind tester, session 48).
    invalid(
      "fbq('track', 'Lead', { content_name: document.querySelector('input[name=phone]').value });\nconst el = document.getElementById('email');\nttq.track('Lead', { description: el.value });\nttq.track('Lead', { description: document.getElementsByName('email')[0].value, zip: document.querySelector('#zip').value });\njQuery(function ($) { fbq('track', 'Lead', { content_name: $('input[type=email]').val(), size: $('#email').val().length }); });",
      [[IP, "{ content_name: document.querySelector('input[name=phone]').value }"], [IP, '{ description: el.value }'], [IP, "{ description: document.getElementsByName('email')[0].value, zip: document.querySelector('#zip').value }"], [IP, "{ content_name: $('input[type=email]').val(), size: $('#email').val().length }"]],
    ),
    invalid("import TwitterPixel from 'react-twitter-pixel';\nimport { FacebookPixel } from 'react-use-facebook-pixel';\nTwitterPixel.init('o1234', { email_address: user.email });\nnew FacebookPixel({ pixelID: '123' }).init({ em: user.email });", [[ID, '{ email_address: user.email }'], [ID, '{ em: user.email }']]),
    // react-pinterest-tag's `init(tagId, userEmail)` loads the tag with `{ em: userEmail }` (adversarial tester, session 49).
    invalid("import PinterestTag from 'react-pinterest-tag';\nPinterestTag.init('2612345', user.email);\nPinterestTag.init('2612345');", [[ID, 'user.email']]),
    // A namespace import, also through a bundler's `default` (blind tester, session 49).
    invalid("import * as Pin from 'react-pinterest-tag';\nPin.default.init('261', u.email);\nPin.init('261', lead.email);", [[ID, 'u.email'], [ID, 'lead.email']]),
    // The data layer a container starts with (adversarial tester, session 49); without one, nothing is sent.
    invalid(
      "import { GoogleTagManager } from '@next/third-parties/google';\nimport TagManager from 'react-gtm-module';\nexport const Layout = ({ user }) => <GoogleTagManager gtmId=\"GTM-ABCD\" dataLayer={{ email: user.email }} />;\nTagManager.initialize({ gtmId: 'GTM-ABCD', dataLayer: { userEmail: window.user.email } });\nTagManager.initialize({ gtmId: 'GTM-ABCD' });\nexport const Plain = () => <GoogleTagManager gtmId=\"GTM-ABCD\" />;",
      [[IP, '{ email: user.email }'], [IP, '{ gtmId: \'GTM-ABCD\', dataLayer: { userEmail: window.user.email } }']],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // A value read by a name that says what it holds: a query parameter, a stored item, a cookie, a form library's field (session 49).
    invalid(
      "const q = new URLSearchParams(location.search);\nfbq('track', 'Lead', { content_name: q.get('email') });\nttq.track('Lead', { description: localStorage.getItem('patient_phone') });\nfbq('track', 'Lead', { content_name: Cookies.get('user_email') });\nfunction getUrlParameter(name) { const m = new RegExp('[?&]' + name + '=([^&]*)').exec(location.search); return m && decodeURIComponent(m[1]); }\nttq.track('Lead', { description: getUrlParameter('email') });\nfbq('track', 'Lead', { content_name: getValues('phone'), value: _.get(lead, 'contact.email') });\nfbq('track', 'Lead', { content_name: new FormData(form).get('your-email') });",
      [[IP, "{ content_name: q.get('email') }"], [IP, "{ description: localStorage.getItem('patient_phone') }"], [IP, "{ content_name: Cookies.get('user_email') }"], [IP, "{ description: getUrlParameter('email') }"], [IP, "{ content_name: getValues('phone'), value: _.get(lead, 'contact.email') }"], [IP, "{ content_name: new FormData(form).get('your-email') }"]],
    ),
    // Also a national id and a patient's record number or id, and a name's last words (adversarial tester, session 49).
    invalid(
      "const q = new URLSearchParams(location.search);\nfbq('track', 'Lead', { r: q.get('mrn') });\nttq.track('Lead', { r: q.get('ssn') });\nfbq('track', 'Lead', { r: localStorage.getItem('patient_id') });\nconst PREFIX = 'site_';\nttq.track('Lead', { r: Cookies.get(`${PREFIX}user_email`) });\nfbq('track', 'Lead', { r: new URL(location.href).searchParams.get('phone') });\nttq.track('Lead', { r: _.get(lead, ['contact', 'email']), s: useWatch({ control, name: 'phone' }) });",
      [[IP, "{ r: q.get('mrn') }"], [IP, "{ r: q.get('ssn') }"], [IP, "{ r: localStorage.getItem('patient_id') }"], [IP, '{ r: Cookies.get(`${PREFIX}user_email`) }'], [IP, "{ r: new URL(location.href).searchParams.get('phone') }"], [IP, "{ r: _.get(lead, ['contact', 'email']), s: useWatch({ control, name: 'phone' }) }"]],
    ),
    // The query made an object and read by key, and an item of a list read by name (blind tester, session 49).
    invalid(
      "const { email } = Object.fromEntries(new URLSearchParams(location.search));\nfbq('track', 'Lead', { r: email });\nconst q = new URLSearchParams(location.search);\nttq.track('Lead', { r: q.getAll('phone')[0], s: Object.fromEntries(q).mrn });",
      [[IP, '{ r: email }'], [IP, "{ r: q.getAll('phone')[0], s: Object.fromEntries(q).mrn }"]],
    ),
    // …but not what a site passes it from a person's record, nor a parameter sent on another event, nor an empty default.
    invalid(
      "function trackCall(n) { gtag('event', 'phone_call', { phone_number: n }); }\ntrackCall(patient.phone);\nexport function trackLead(phone = '') { gtag('event', 'generate_lead', { phone_number: phone }); }",
      [[IP, 'patient.phone'], [IP, '{ phone_number: phone }']],
    ),
    // A call link's handler that sends someone's number, not the link's: a person's record or a form field (blind tester, session 48).
    invalid(
      "export const A = ({ phone, patient }) => <a href={`tel:${phone}`} onClick={() => dataLayer.push({ event: 'call_click', phone_number: patient.phone })}>Call</a>;\nexport const B = ({ clinicPhone }) => <a href={`tel:${clinicPhone}`} onClick={() => dataLayer.push({ event: 'call_click', phone_number: document.getElementById('phone').value })}>Call</a>;\nexport function C({ patient }) { const telHref = '/book'; return <a href={telHref} onClick={() => dataLayer.push({ phone_number: patient.mobile })}>Book</a>; }",
      [[IP, '{ event: \'call_click\', phone_number: patient.phone }'], [IP, "{ event: 'call_click', phone_number: document.getElementById('phone').value }"], [IP, '{ phone_number: patient.mobile }']],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // A button's handler is no call link's: what a site passes is the visitor's.
    invalid(
      "function PhoneButton({ phone }) {\n  const onClick = () => window.dataLayer.push({ event: 'lead', phone_number: phone });\n  return <button onClick={onClick}>Send</button>;\n}\nexport const Text = ({ text }) => <PhoneButton phone={text.match(/\\d{10}/)[0]} />;",
      [[IP, 'text.match(/\\d{10}/)[0]']],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    invalid("fbq('track', 'Lead', { medical_record_number: p.mrn });\nttq.track('Lead', { ssn: form.ssn });\nsnaptr('track', 'SIGN_UP', { cell_phone: form.cell });", [[IP, '{ medical_record_number: p.mrn }'], [IP, '{ ssn: form.ssn }'], [IP, '{ cell_phone: form.cell }']]),
    // A form's value cut by the same length is still the visitor's: only a link's address is the site's.
    invalid("export function send(form) {\n  window.ttq.track('Contact', { email: form.email.slice(7), phone: form.phone.substring(4) });\n}", [[IP, '{ email: form.email.slice(7), phone: form.phone.substring(4) }']]),
    // nuxt-facebook-pixel-module's `$fb.setUserData` (advanced matching for the next `init`), on the Nuxt app or in a component.
    invalid(
      "useNuxtApp().$fb.setUserData({ em: user.email });\nexport default { mounted() { this.$fb.setUserData({ ph: this.patient.phone }); this.$fb.enable(); } };",
      [[ID, '{ em: user.email }'], [ID, '{ ph: this.patient.phone }']],
    ),
    // …and reported where a visitor's identifier enters it.
    invalid("function ident(email) {\n  ttq.identify({ email });\n}\nident('__INSERT_USER_EMAIL__');\nident(window.currentUser.email);", [[ID, 'window.currentUser.email']]),
    // The vendor function handed out by a local helper, or imported under its own name from the project's module.
    invalid(
      "function getOrCreateGtag() { window.dataLayer = window.dataLayer || []; if (!window.gtag) window.gtag = function () { window.dataLayer.push(arguments); }; return window.gtag; }\nconst gtag = getOrCreateGtag();\ngtag('set', 'user_data', { email });",
      [[ID, '{ email }']],
    ),
    invalid("const getGtag = () => window.gtag;\ngetGtag()('set', 'user_data', { sha256_email_address: hashed });", [[ID, '{ sha256_email_address: hashed }']]),
    invalid("import { gtag } from './analytics';\ngtag('set', 'user_data', { email });", [[ID, '{ email }']]),
    invalid("import { fbq as track } from '@/lib/meta';\ntrack('init', '1234567890123456', { em: user.email });", [[ID, '{ em: user.email }']]),
    // TikTok: shorthand, hashed, instance, bracket access, optional chaining, aliases.
    invalid('ttq.identify({ email, phone_number })', [[ID, '{ email, phone_number }']]),
    invalid(
      'window.ttq.identify({ sha256_email: await sha256(email.trim().toLowerCase()), sha256_phone_number: await sha256(phone) })',
      [[ID, '{ sha256_email: await sha256(email.trim().toLowerCase()), sha256_phone_number: await sha256(phone) }']],
    ),
    invalid("ttq.instance('C4ABC').identify({ external_id: userId })", [[ID, '{ external_id: userId }']]),
    invalid("ttq['identify']({ email: user.email })", [[ID, '{ email: user.email }']]),
    invalid('globalThis.ttq?.identify?.({ phone: localStorage.getItem("phone") })', [[ID, '{ phone: localStorage.getItem("phone") }']]),
    invalid('const t = window.ttq;\nt.identify({ email });', [[ID, '{ email }']]),
    invalid("ttq.identify({ email: 'jane@example.com', phone_number: '+15555550123' })", [[ID, "{ email: 'jane@example.com', phone_number: '+15555550123' }"]]),
    // Identity objects built one key at a time.
    invalid('const data = {};\ndata.email = form.email;\ndata["phone_number"] = form.phone;\nttq.identify(data);', [[ID, 'data', 3]]),
    invalid('const match = {};\nif (em) match.em = em;\nif (ph) match.ph = ph;\nwindow.fbq("init", PIXEL_ID, match);', [[ID, 'match', 3]]),
    // …also into an object that is one of two (a conditional initialiser).
    withData(
      invalid('export function init(anonId, email) {\n  const args = anonId ? { anon_id: anonId } : {};\n  if (email) args.em = email;\n  fbq("init", "519268979315924", args);\n}', [[ID, 'args', 2]]),
      [{ vendor: 'Meta', fields: 'email', call: "fbq('init')", hashNote: '' }],
    ),
    // Unknown identity data is still identity data.
    invalid('ttq.identify(getUserData())', [[ID, 'getUserData()']]),
    // Meta's user-data keys for its Conversions API through a server container: identifiers in any event's parameters.
    invalid("gtag('event', 'generate_lead', { 'x-fb-ud-em': hashedEmail, 'x-fb-ud-fn': first, value: 1 })", [[IP, "{ 'x-fb-ud-em': hashedEmail, 'x-fb-ud-fn': first, value: 1 }"]]),
    // Meta advanced matching keys.
    invalid("fbq('init', '1234567890123456', { em: email, ph: phone, fn: first, ln: last, external_id: id })", [[ID, '{ em: email, ph: phone, fn: first, ln: last, external_id: id }']]),
    invalid("fbq('init', '1234567890123456', { ...user, ct: city })", [[ID, '{ ...user, ct: city }']]),
    invalid("fbq('track', 'Schedule', { email, phone, first_name: name })", [[IP, '{ email, phone, first_name: name }']]),
    // Name and street keys that say whose they are count as parameters too; `name` and `city` alone do not.
    invalid("fbq('track', 'Lead', { first_name: form.first, last_name: form.last })", [[IP, '{ first_name: form.first, last_name: form.last }']]),
    // …and so does a name after a word that says whose it is; a product's or an item's does not (blind tester, session 47).
    withData(invalid("fbq('track', 'Lead', { lead_name: form.name, content_name: 'Consult' });\nfbq('track', 'Lead', { patient_name: p.name });", [[IP, "{ lead_name: form.name, content_name: 'Consult' }"], [IP, '{ patient_name: p.name }']]), [{ vendor: 'Meta', fields: 'name', call: "fbq('track')", hashNote: '' }, { vendor: 'Meta', fields: 'name', call: "fbq('track')", hashNote: '' }]),
    // Hash suffixes name the field as their prefixes do (`email_hash`, `phone_hash`).
    invalid("fbq('track', 'Lead', { phone_hash: window.h })", [[IP, '{ phone_hash: window.h }']]),
    invalid("gtag('event', 'conversion', { custom_parameters: { phone_sha256: window.h } })", [[IP, '{ custom_parameters: { phone_sha256: window.h } }']]),
    // A value read from a member named for a patient's record number or a national id is one under any key (ESLint tester, session 45).
    withData(invalid("gtag('config', 'G-X', { user_id: patient.mrn, ref: user.ssn })", [[IP, '{ user_id: patient.mrn, ref: user.ssn }']]), [{ vendor: 'Google tag', fields: 'external id, national id', call: "gtag('config')", hashNote: '' }]),
    // A listener is named by the call that reaches it (it read "undefined()"; blind tester, session 46).
    withData(invalid("window.addEventListener('identify', (e) => ttq.identify(e.detail));\nwindow.dispatchEvent(new CustomEvent('identify', { detail: { email: window.user.email } }));", [[ID, '{ email: window.user.email }']]), [{ vendor: 'TikTok', fields: 'email', call: 'window.dispatchEvent() → ttq.identify()', hashNote: '' }]),
    // An IP address under a key that says so is an identifier in event parameters too (blind GTM tester, session 46); a bare `ip` is not.
    withData(invalid("gtag('event', 'generate_lead', { ip_address: visitor.ip, ip: x })", [[IP, '{ ip_address: visitor.ip, ip: x }']]), [{ vendor: 'Google tag', fields: 'IP address', call: "gtag('event')", hashNote: '' }]),
    invalid("dataLayer.push({ event: 'signup', street: user.street })", [[IP, "{ event: 'signup', street: user.street }"]]),
    // Google: user_data, enhanced conversions, the data layer.
    // …also required, destructured or as the module (vendor-docs tester, session 44).
    invalid("const { GoogleAdsApi } = require('google-ads-api');\nconst customer = new GoogleAdsApi({ client_id: 'x' }).Customer({ customer_id: '1' });\ncustomer.conversionUploads.uploadClickConversions({ conversions: [{ user_identifiers: [{ hashed_email: hashedEmail }] }] });\nconst ads = require('google-ads-api');\nnew ads.GoogleAdsApi({}).Customer({}).userDataService.uploadUserData({ operations: [{ create: { user_identifiers: [{ hashed_phone_number: hashedPhone }] } }] });", [[ID, 'hashedEmail'], [ID, 'hashedPhone']]),
    // The `google-ads-api` client's conversion upload (adv29 #4).
    invalid("import { GoogleAdsApi } from 'google-ads-api';\nconst customer = new GoogleAdsApi({ client_id: 'x' }).Customer({ customer_id: '1' });\nexport const upload = (hashedEmail) => customer.conversionUploads.uploadClickConversions({ conversions: [{ user_identifiers: [{ hashed_email: hashedEmail }] }] });\nexport const report = () => customer.query('SELECT campaign.id FROM campaign');", [[ID, 'hashedEmail', 1]]),
    // LinkedIn's Conversions API: an identifier with its type (adv29 #3).
    withData(
      invalid("fetch('https://api.linkedin.com/rest/conversionEvents', { method: 'POST', body: JSON.stringify({ user: { userIds: [{ idType: 'SHA256_EMAIL', idValue: hash }] } }) });", [[ID, 'hash']]),
      [{ vendor: 'LinkedIn', fields: 'email (SHA256_EMAIL)', call: "fetch('api.linkedin.com/rest/conversionEvents')", hashNote: ' (hashed)' }],
    ),
    // GA4's address object holds the name too: each of its keys says what it is (gtm29 #8).
    withData(
      invalid("gtag('set', 'user_data', { email: userEmail, phone_number: userPhone, address: { first_name: first } })", [[ID, '{ email: userEmail, phone_number: userPhone, address: { first_name: first } }']]),
      [{ vendor: 'Google tag', fields: 'email, phone, name', call: "gtag('set')", hashNote: '' }],
    ),
    withData(
      invalid("gtag('set', 'user_data', { address: { first_name: first, city: c } })", [[ID, '{ address: { first_name: first, city: c } }']]),
      [{ vendor: 'Google tag', fields: 'name, address', call: "gtag('set')", hashNote: '' }],
    ),
    invalid("gtag('event', 'conversion', { send_to: 'AW-123/abc', user_data: { sha256_email_address: hash } })", [[IP, "{ send_to: 'AW-123/abc', user_data: { sha256_email_address: hash } }"]]),
    invalid("dataLayer.push({ event: 'lead', user_data: { email: form.email } })", [[IP, "{ event: 'lead', user_data: { email: form.email } }"]]),
    invalid("window.dataLayer.push({ event: 'signup', email: form.email })", [[IP, "{ event: 'signup', email: form.email }"]]),
    // As deep as event properties are read (Universal Analytics ecommerce).
    invalid(
      "dataLayer.push({ event: 'purchase', ecommerce: { purchase: { actionField: { id: 'T1', customer: { contact: { email: order.email } } } } } });",
      [[IP, "{ event: 'purchase', ecommerce: { purchase: { actionField: { id: 'T1', customer: { contact: { email: order.email } } } } } }"]],
    ),
    // Automatic enhanced conversions send the email and phone of user_data or the page's forms.
    // An id not known here may be a Google Ads one: still reported.
    invalid("gtag('config', window.ADS_ID, { allow_enhanced_conversions: true });", [[ID, '{ allow_enhanced_conversions: true }']]),
    withData(invalid("gtag('config', 'AW-123456789', { allow_enhanced_conversions: true })", [[ID, '{ allow_enhanced_conversions: true }']]), [
      { vendor: 'Google Ads', fields: "email and phone (allow_enhanced_conversions is on: the tag sends them from user_data or the page's forms)", call: "gtag('config')", hashNote: '' },
    ]),
    invalid("fbq('setUserProperties', '1234567890123456', { em: user.email })", [[ID, '{ em: user.email }']]),
    // Matching data set after `init`, and LinkedIn's enhanced matching (vendor-docs tester, session 44); other settings are not identity.
    invalid("fbq('set', 'userData', { em: user.email, ph: user.phone });\nfbq('set', 'autoConfig', false, '1');\nwindow.lintrk('setUserData', { email: user.email });\nlintrk('track', { conversion_id: 1 });", [[ID, '{ em: user.email, ph: user.phone }'], [ID, '{ email: user.email }']]),
    // Other vendors.
    invalid("snaptr('init', '0f1e2d3c-aaaa-bbbb-cccc-111122223333', { user_email: jQuery('#billing_email').val() })", [[ID, "{ user_email: jQuery('#billing_email').val() }"]]),
    // A fetch handed in under its own name (`fetchImpl`), as servers inject it for tests.
    invalid("export async function send(email, fetchImpl = fetch) {\n  await fetchImpl('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ user_data: { em: email } }] }) });\n}", [[ID, 'email', 1]]),
    // A class field set again by the class's methods, set by the framework (a decorator), or a public field of a
    // component (a class that extends one) holds more than its first value (blind tester, session 42).
    invalid(
      "export class Signup extends LitElement {\n  email = '';\n  render() { return html`<form @submit=${() => window.ttq.identify({ email: this.email })}></form>`; }\n}\nclass Form { phone = ''; onInput(e) { this.phone = e.target.value; } send() { window.ttq.identify({ phone_number: this.phone }); } }\nclass Fixed { email = ''; send() { window.ttq.identify({ email: this.email }); } }",
      [[ID, '{ email: this.email }'], [ID, '{ phone_number: this.phone }']],
    ),
    // A member of a value that may be unknown may be anything: a form's empty defaults or what the visitor typed (session 42).
    invalid("const v = ok ? { email: '' } : getForm();\nttq.identify({ email: v.email });", [[ID, '{ email: v.email }']]),
    // X's pixel loaded with identifiers, as its events take them (blind GTM tester, session 42).
    invalid("twq('config', 'o1abc', { email_address: user.email });\ntwq('init', 'o1abc', { phone_number: form.phone });\ntwq('config', 'o2abc');", [[ID, '{ email_address: user.email }'], [ID, '{ phone_number: form.phone }']]),
    invalid("pintrk('load', '2612345678901', { em: md5(email) })", [[ID, '{ em: md5(email) }']]),
    invalid("rdt('init', 'a2_abcdef', { optOut: false, email, externalId: user.id })", [[ID, '{ optOut: false, email, externalId: user.id }']]),
    invalid("twq('event', 'tw-o1abc-purchase', { email_address: user.email, value: 10 })", [[IP, '{ email_address: user.email, value: 10 }']]),
    invalid("window.criteo_q.push({ event: 'setAccount', account: 1 }, { event: 'setEmail', email: userEmail, hash_method: 'none' })", [[ID, "{ event: 'setEmail', email: userEmail, hash_method: 'none' }"]]),
    // The command says what an unnamed value is (Criteo's customer id).
    invalid("window.criteo_q.push({ event: 'setCustomerId', id: user.id })", [[ID, "{ event: 'setCustomerId', id: user.id }"]]),
    invalid("window.uetq.push('set', { pid: { em: email, ph: phone } })", [[ID, '{ pid: { em: email, ph: phone } }']]),
    invalid('window.rdt.config.em = await sha256(email);', [[ID, 'window.rdt.config.em = await sha256(email)']]),
    // Google Ads enhanced conversions' global variable: set on the window, or declared in a classic script.
    invalid('window.enhanced_conversion_data = { email: patient.email, phone_number: patient.phone };', [[ID, '{ email: patient.email, phone_number: patient.phone }']]),
    // AdRoll's email variable, which the pixel picks up (blind tester, session 45).
    invalid('window.adroll_email = patient.email;', [[ID, 'patient.email']]),
    invalid('var enhanced_conversion_data = { email: user.email };', [[ID, '{ email: user.email }']], { languageOptions: { sourceType: 'script' } }),
    // …also pushed to the data layer for GTM's Google Ads tag: Google Ads', so allowing Google Analytics does not hide it.
    withData(
      invalid(
        "window.dataLayer.push({ event: 'ec_capture', page_type: 'thank-you', enhanced_conversion_data: { email: form.email, phone_number: form.phone } });",
        [[ID, "{ event: 'ec_capture', page_type: 'thank-you', enhanced_conversion_data: { email: form.email, phone_number: form.phone } }"]],
        { settings: { phiguard: { allowVendors: ['google-tag'] } } },
      ),
      [{ vendor: 'Google Ads', fields: 'email, phone', call: 'dataLayer.push() → enhanced_conversion_data', hashNote: '' }],
    ),
    // Wrappers.
    invalid("import TiktokPixel from 'tiktok-pixel';\nTiktokPixel.init('C4ABC', { email: user.email });", [[ID, '{ email: user.email }']]),
    invalid("import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('1234567890123456', { em: user.email }, { autoConfig: true });", [[ID, '{ em: user.email }']]),
    // A local function that forwards its parameter to identify: reported where the data comes in.
    invalid('function identifyUser(user) {\n  window.ttq?.identify(user);\n}\nidentifyUser({ email: form.email });', [[ID, '{ email: form.email }']]),
    // An exported helper has callers in other files too: it is reported itself, and each site in this file for what it passes.
    ...[
      'export function identifyUser(user) {\n  window.ttq?.identify(user);\n}\nidentifyUser({ email: form.email });',
      'function identifyUser(user) {\n  window.ttq?.identify(user);\n}\nidentifyUser({ email: form.email });\nexport { identifyUser };',
      'const identifyUser = (user) => {\n  window.ttq?.identify(user);\n};\nidentifyUser({ email: form.email });\nmodule.exports = { identifyUser };',
    ].map((code) => invalid(code, [[ID, 'user', 1], [ID, '{ email: form.email }']])),
    // A branch on a parameter runs only for the sites that pass its value: each site sends what its branch sends.
    withData(
      invalid(
        "const onChange = (field, value) => {\n  switch (field) {\n    case 'name': fbq('init', '1', { fn: value }); break;\n    case 'mail':\n    case 'email': fbq('init', '1', { em: value }); break;\n    default: fbq('init', '1', { external_id: value });\n  }\n};\nonChange('name', a.value);\nonChange('mail', b.value);\nonChange('zip', c.value);",
        [[ID, 'a.value'], [ID, 'b.value'], [ID, 'c.value']],
      ),
      [
        { vendor: 'Meta', fields: 'name', call: "onChange() → fbq('init')", hashNote: '' },
        { vendor: 'Meta', fields: 'email', call: "onChange() → fbq('init')", hashNote: '' },
        { vendor: 'Meta', fields: 'external id', call: "onChange() → fbq('init')", hashNote: '' },
      ],
    ),
    withData(
      invalid(
        "function set(opts) {\n  if (opts.field === 'phone') window.ttq.identify({ phone_number: opts.value });\n  if ('email' === opts.field) window.ttq.identify({ email: opts.value });\n}\nset({ field: 'phone', value: form.phone });\nset({ field: kind, value: form.x });",
        [[ID, 'form.phone'], [ID, 'form.x'], [ID, 'form.x']],
      ),
      [
        { vendor: 'TikTok', fields: 'phone', call: 'set() → ttq.identify()', hashNote: '' },
        { vendor: 'TikTok', fields: 'phone', call: 'set() → ttq.identify()', hashNote: '' },
        { vendor: 'TikTok', fields: 'email', call: 'set() → ttq.identify()', hashNote: '' },
      ],
    ),
    // The helper's own identifiers are reported in it, and a site for what it passes in, not the helper's again.
    withData(
      invalid(
        "function send(user) {\n  fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: sha256(user.email), client_ip_address: user.ip } }] }) });\n}\nsend({ email: form.email, ip: req.ip });",
        [[ID, 'sha256(user.email)'], [ID, 'req.ip']],
      ),
      [
        { vendor: 'Meta', fields: 'email', call: "fetch('graph.facebook.com/v21.0/1/events')", hashNote: ' (hashed)' },
        { vendor: 'Meta', fields: 'IP address', call: "send() → fetch('graph.facebook.com/v21.0/1/events')", hashNote: '' },
      ],
    ),
    // Keys the helper sets on its parameter are the helper's; a site names only what it passes, and a
    // second value of a kind the helper also sends is the site's own (the helper's own is sent where a
    // site leaves the key out: `tt({ plan })`).
    withData(
      invalid(
        "function identify(adv) { adv.em = window.user.email; fbq('init', '1234567890', adv); }\nidentify({});\nfunction id(u) { window.ttq.identify({ email: u.email, phone_number: u.phone }); }\nid({ email: window.form.email });\nid({ plan: 'gold' });\nfunction tt(extra) { ttq.identify({ email: window.user.email, ...extra }); }\ntt({ email: document.getElementById('email').value });\ntt({ plan: 'gold' });",
        [[ID, 'adv', 2], [ID, 'id({ email: window.form.email })'], [ID, '{ email: window.user.email, ...extra }'], [ID, "{ email: document.getElementById('email').value }"]],
      ),
      [
        { vendor: 'Meta', fields: 'email', call: "fbq('init')", hashNote: '' },
        { vendor: 'TikTok', fields: 'email', call: 'id() → ttq.identify()', hashNote: '' },
        { vendor: 'TikTok', fields: 'email', call: 'ttq.identify()', hashNote: '' },
        { vendor: 'TikTok', fields: 'email', call: 'tt() → ttq.identify()', hashNote: '' },
      ],
    ),
    // A parameter spread into the matching object is judged at the sites only: one that passes no identifier sends none.
    withData(
      invalid(
        "function identify(extra) { ttq.identify({ ...extra }); }\nidentify({ email: window.form.email });\nidentify({ locale: 'en' });\nidentify({});\nidentify();\nfunction outer(o) { identify({ ...o }); }\nouter({ phone_number: window.p });\nfunction init(extra) { ttq.identify(Object.assign({}, extra)); }\ninit({ locale: 'en' });",
        [[ID, '{ email: window.form.email }'], [ID, '{ phone_number: window.p }']],
      ),
      [
        { vendor: 'TikTok', fields: 'email', call: 'identify() → ttq.identify()', hashNote: '' },
        { vendor: 'TikTok', fields: 'phone', call: 'outer() → identify() → ttq.identify()', hashNote: '' },
      ],
    ),
    // A method is named as each site calls it.
    withData(
      invalid(
        "class T { login(u) { window.ttq.identify({ email: u.email }); } }\nnew T().login(window.user);\nconst t = new T();\nt.login(window.other);",
        [[ID, 'window.user'], [ID, 'window.other']],
      ),
      [
        { vendor: 'TikTok', fields: 'email', call: 'login() → ttq.identify()', hashNote: '' },
        { vendor: 'TikTok', fields: 'email', call: 't.login() → ttq.identify()', hashNote: '' },
      ],
    ),
    // `Object.assign` merges as a spread does: the keys written out are the helper's, the parameter's are each site's.
    withData(
      invalid("function init(extra) { fbq('init', '1234567890', Object.assign({ em: window.email }, extra)); }\ninit({ ph: window.phone });", [[ID, 'Object.assign({ em: window.email }, extra)'], [ID, '{ ph: window.phone }']]),
      [
        { vendor: 'Meta', fields: 'email', call: "fbq('init')", hashNote: '' },
        { vendor: 'Meta', fields: 'phone', call: "init() → fbq('init')", hashNote: '' },
      ],
    ),
    // A member of the parameter, or a destructured one, where the site passes something unknown: identity data all the same.
    invalid('function identifyUser(opts) { window.ttq.identify(opts.user); }\nidentifyUser(getOpts());', [[ID, 'getOpts()']]),
    invalid('function identifyUser({ user }) { window.ttq.identify(user); }\nidentifyUser(getOpts());', [[ID, 'getOpts()']]),
    invalid(
      "import('react-facebook-pixel').then((m) => m.default).then((ReactPixel) => ReactPixel.init('1234567890123456', { em: user.email }));",
      [[ID, '{ em: user.email }']],
    ),
    // `.then` on an async helper: the callback's parameter is what the helper resolves to.
    withData(
      invalid("async function getUserData(user) {\n  return { em: await sha256(user.email) };\n}\nexport function initPixel(user) {\n  getUserData(user).then((data) => fbq('init', '1234567890123456', data));\n}", [[ID, 'data', 1]]),
      [{ vendor: 'Meta', fields: 'email', call: "fbq('init')", hashNote: ' (hashed)' }],
    ),
    // With a Google Ads tag on the page, user data set on gtag is enhanced conversions: Google Ads',
    // also when the Google tag (Analytics) is allowed.
    withData(
      invalid("gtag('config', 'AW-123456789');\ngtag('set', 'user_data', { email: user.email });", [[ID, '{ email: user.email }']], { settings: { phiguard: { allowVendors: ['google-tag'] } } }),
      [{ vendor: 'Google Ads', fields: 'email', call: "gtag('set')", hashNote: '' }],
    ),
    // A wrapper that passes its arguments on: the command and the data come from the call site.
    invalid("function fbq2() { window.fbq.apply(window, arguments); }\nfbq2('init', '123', { em: user.email });", [[ID, '{ em: user.email }']]),
    // What a class method or an object literal's method returns, through `this` or the object.
    withData(
      invalid("class Pixel {\n  userData(user) { return { em: user.email, ph: user.phone }; }\n  init(user) { window.fbq('init', '1', this.userData(user)); }\n}", [[ID, 'this.userData(user)']]),
      [{ vendor: 'Meta', fields: 'email, phone', call: "fbq('init')", hashNote: '' }],
    ),
    withData(
      invalid("const matching = { forUser: (u) => ({ external_id: u.id, email: u.email }) };\nexport const go = (u) => window.ttq.identify(matching.forUser(u));", [[ID, 'matching.forUser(u)']]),
      [{ vendor: 'TikTok', fields: 'email, external id', call: 'ttq.identify()', hashNote: '' }],
    ),
    // Server-side Events API / Conversions API payloads.
    // A conditional spread adds what any branch may; an awaited async helper gives what it returns.
    withData(
      invalid(
        "async function userData(form) {\n  const ud = {};\n  ud.sha256_email_address = await hash(form.email);\n  return ud;\n}\nexport async function send(form, ok) {\n  gtag('set', 'user_data', { ...(ok ? await userData(form) : {}) });\n}",
        [[ID, '{ ...(ok ? await userData(form) : {}) }']],
      ),
      [{ vendor: 'Google tag', fields: 'email', call: "gtag('set')", hashNote: ' (hashed)' }],
    ),
    // The body and URL built by local helpers: what they return, with their arguments; an array filled with push.
    invalid(
      "function uploadUrl(id) {\n  return `https://googleads.googleapis.com/v24/customers/${id}:uploadClickConversions`;\n}\nfunction identifiers(email, phone) {\n  const ids = [];\n  if (email) ids.push({ hashedEmail: sha256(email) });\n  if (phone) ids.push({ hashedPhoneNumber: sha256(phone) });\n  return ids;\n}\nexport function upload(id, email, phone) {\n  const body = { conversions: [{ userIdentifiers: identifiers(email, phone) }] };\n  return fetch(uploadUrl(id), { method: 'POST', body: JSON.stringify(body) });\n}",
      [[ID, 'JSON.stringify(body)']],
    ),
    invalid(
      "await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', {\n  method: 'POST',\n  body: JSON.stringify(payload),\n});\nconst payload = { data: [{ event: 'CompletePayment', user: { email: sha256(email), phone: sha256(phone) } }] };",
      [[ID, 'JSON.stringify(payload)']],
    ),
    invalid(
      "await axios.post(`https://graph.facebook.com/v18.0/${PIXEL_ID}/events`, { data: [{ event_name: 'Purchase', user_data: { em: [hashedEmail], external_id: [uid] } }] });",
      [[ID, '[hashedEmail]']],
    ),
    // An HTTP client made with the endpoint's base URL.
    invalid(
      "const meta = axios.create({ baseURL: 'https://graph.facebook.com/v18.0' });\nawait meta.post(`/${PIXEL_ID}/events`, { data: [{ event_name: 'Purchase', user_data: { em: [hashedEmail] } }] });",
      [[ID, '[hashedEmail]']],
    ),
    // Any `fetch` the code is given (SvelteKit's `event.fetch`, `globalThis.fetch`, a required node-fetch), and an
    // ofetch client made with the base URL, called as a function (blind tester, session 42).
    invalid(
      "export const actions = { default: async ({ request, fetch }) => {\n  const data = await request.formData();\n  await fetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: data.get('email') } }] }) });\n} };\nawait globalThis.fetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ user_data: { ph: phone } }] }) });\nimport { ofetch } from 'ofetch';\nconst api = ofetch.create({ baseURL: 'https://graph.facebook.com/v19.0' });\nexport const send = (email) => api('/1/events', { method: 'POST', body: { data: [{ event_name: 'Lead', user_data: { em: email } }] } });",
      [[ID, "data.get('email')"], [ID, 'phone'], [ID, 'email', 2]],
    ),
    // A local HTTP helper whose URL its callers give: the request is made at each call site, through helpers and methods.
    withData(
      invalid(
        "async function postJson(url, body) {\n  return fetch(url, { method: 'POST', body: JSON.stringify(body) });\n}\nconst GRAPH = 'https://graph.facebook.com/v19.0';\nconst toMeta = (pixel, events) => postJson(`${GRAPH}/${pixel}/events`, { data: events });\nexport const lead = (email) => toMeta('1', [{ event_name: 'Lead', user_data: { em: [sha256(email)] } }]);",
        [[ID, '[sha256(email)]']],
      ),
      [{ vendor: 'Meta', fields: 'email', call: "toMeta() → postJson() → fetch('graph.facebook.com/v19.0/…/events')", hashNote: ' (hashed)' }],
    ),
    withData(
      invalid(
        "class Api {\n  request(url, data) { return axios({ method: 'post', url, data }); }\n  tiktok(payload) { return this.request('https://business-api.tiktok.com/open_api/v1.3/event/track/', payload); }\n}\nnew Api().tiktok({ data: [{ event: 'SubmitForm', user: { email } }] });",
        [[ID, 'email']],
      ),
      [{ vendor: 'TikTok', fields: 'email', call: "tiktok() → this.request() → axios('business-api.tiktok.com/open_api/v1.3/event/track')", hashNote: '' }],
    ),
    // A helper that retries by calling itself: one finding at the site, not one per level.
    withData(
      invalid(
        "const TT = 'https://business-api.tiktok.com/open_api/v1.3/event/track/';\nasync function send(payload, attempt = 0) {\n  try { await fetch(TT, { method: 'POST', body: JSON.stringify(payload) }); }\n  catch { if (attempt < 3) return send(payload, attempt + 1); }\n}\nexport const lead = (hashedEmail) => send({ data: [{ event: 'Lead', user: { email: hashedEmail } }] });",
        [[ID, 'hashedEmail', 1]],
      ),
      [{ vendor: 'TikTok', fields: 'email', call: "send() → fetch('business-api.tiktok.com/open_api/v1.3/event/track')", hashNote: '' }],
    ),
    // Node's `https.request`: the URL given or the options' host and path; the body written to the request (`req.write`, `req.end`).
    invalid(
      "const https = require('https');\nconst req = https.request({ hostname: 'graph.facebook.com', path: `/v19.0/${PIXEL}/events`, method: 'POST' }, (res) => res.resume());\nreq.on('error', console.error);\nreq.write(JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: [hashedEmail] } }] }));\nreq.end();",
      [[ID, '[hashedEmail]']],
    ),
    invalid(
      "import { request } from 'node:https';\nrequest(new URL('https://business-api.tiktok.com/open_api/v1.3/event/track/'), { method: 'POST' }).end(JSON.stringify({ data: [{ event: 'Lead', user: { email: hashedEmail } }] }));",
      [[ID, 'hashedEmail']],
    ),
    withData(
      invalid(
        "import * as https from 'https';\nfunction postJson(url, body) {\n  return new Promise((resolve, reject) => {\n    const req = https.request(url, { method: 'POST' }, resolve);\n    req.on('error', reject);\n    req.end(JSON.stringify(body));\n  });\n}\nexport const lead = (p) => postJson('https://graph.facebook.com/v19.0/1/events', { data: [{ event_name: 'Lead', user_data: { ph: [p.phone] } }] });",
        [[ID, '[p.phone]']],
      ),
      [{ vendor: 'Meta', fields: 'phone', call: "postJson() → https.request('graph.facebook.com/v19.0/1/events')", hashNote: '' }],
    ),
    // A body built before the request is reported at `body: …`, not at the whole options object.
    invalid(
      "const payload = { data: [{ event_name: 'Lead', user_data: { em: [hashedEmail] } }] };\nawait fetch('https://graph.facebook.com/v19.0/1/events', {\n  method: 'POST',\n  body: JSON.stringify(payload),\n});",
      [[ID, 'JSON.stringify(payload)']],
    ),
    // The Fetch API imported under another name; an `XMLHttpRequest`'s `send`; jQuery's `$.ajax` POST.
    invalid(
      "import nodeFetch from 'node-fetch';\nimport { fetch as undiciFetch } from 'undici';\nawait nodeFetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: [hashedEmail] } }] }) });\nawait undiciFetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST', body: JSON.stringify({ data: [{ event: 'Lead', user: { phone: hashedPhone } }] }) });",
      [[ID, '[hashedEmail]'], [ID, 'hashedPhone']],
    ),
    invalid(
      "const xhr = new XMLHttpRequest();\nxhr.open('POST', 'https://tr.snapchat.com/v3/abc-123/events');\nxhr.send(JSON.stringify({ data: [{ event_name: 'PURCHASE', user_data: { em: [hashedEmail] } }] }));\n$.ajax({ url: 'https://graph.facebook.com/v19.0/1/events', type: 'POST', data: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { ph: [hashedPhone] } }] }) });",
      [[ID, '[hashedEmail]'], [ID, '[hashedPhone]']],
    ),
    // superagent's chained `.send(body)`, `needle(method, url, data)`, the `request` library's options object.
    invalid(
      "superagent.post('https://business-api.tiktok.com/open_api/v1.3/event/track/').set('Access-Token', token).send({ data: [{ event: 'Lead', user: { email: hashedEmail } }] });\nneedle('post', 'https://graph.facebook.com/v19.0/1/events', { data: [{ event_name: 'Lead', user_data: { ph: [hashedPhone] } }] }, { json: true });\nrequest.post({ url: 'https://graph.facebook.com/v19.0/1/events', json: { data: [{ event_name: 'Lead', user_data: { external_id: [userId] } }] } });",
      [[ID, 'hashedEmail'], [ID, '[hashedPhone]'], [ID, '[userId]']],
    ),
    // A Fetch API `Request` holds the URL and the body.
    invalid(
      "const req = new Request('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST', body: JSON.stringify({ data: [{ event: 'Lead', user: { email: hashedEmail } }] }) });\nawait fetch(req);",
      [[ID, 'hashedEmail']],
    ),
    // `this.url` of an object literal's method or a class field.
    invalid(
      "const capi = {\n  url: 'https://graph.facebook.com/v19.0/1/events',\n  send(ev) { return fetch(this.url, { method: 'POST', body: JSON.stringify({ data: [ev] }) }); },\n};\ncapi.send({ event_name: 'Lead', user_data: { em: [hashedEmail] } });\nclass Capi { url = 'https://graph.facebook.com/v19.0/2/events'; send(ev) { return fetch(this.url, { method: 'POST', body: JSON.stringify({ data: [ev] }) }); } }\nnew Capi().send({ event_name: 'Lead', user_data: { ph: [hashedPhone] } });",
      [[ID, '[hashedEmail]'], [ID, '[hashedPhone]']],
    ),
    // A client class whose base URL the instance's `new` gives (a parameter property, or `this.url = …` in the constructor).
    withData(
      invalid(
        "class HttpClient {\n  constructor(private base: string) {}\n  request(path: string, json: unknown) { return fetch(this.base + path, { method: 'POST', body: JSON.stringify(json) }); }\n}\nconst tiktok = new HttpClient('https://business-api.tiktok.com/open_api/v1.3');\ntiktok.request('/event/track/', { data: [{ event: 'Lead', user: { email: hashedEmail } }] });\nnew HttpClient('https://api.clinic.example').request('/patients', { email: hashedEmail });",
        [[ID, 'hashedEmail']],
        ts(),
      ),
      [{ vendor: 'TikTok', fields: 'email', call: "tiktok.request() → fetch('business-api.tiktok.com/open_api/v1.3/event/track')", hashNote: '' }],
    ),
    invalid(
      "class Meta {\n  url;\n  constructor(pixel) { this.url = `https://graph.facebook.com/v19.0/${pixel}/events`; }\n  send(ev) { return fetch(this.url, { method: 'POST', body: JSON.stringify({ data: [ev] }) }); }\n}\nnew Meta('1').send({ event_name: 'Lead', user_data: { ph: [hashedPhone] } });",
      [[ID, '[hashedPhone]']],
    ),
    // A pixel id with an empty default (`process.env.X || ''`): the endpoint is still Meta's with the id set.
    invalid(
      "const PIXEL_ID = process.env.META_PIXEL_ID || '';\nawait fetch(`https://graph.facebook.com/v18.0/${PIXEL_ID}/events?access_token=${TOKEN}`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: [hashedEmail] } }] }) });",
      [[ID, '[hashedEmail]']],
    ),
    // A key set on a nested object (also through a TypeScript cast), and TikTok's `context.ip`.
    withData(
      invalid(
        "export async function send(body: { userEmail?: string }, ip: string) {\n  const eventData: Record<string, unknown> = { event: 'CompletePayment', context: { ip, user_agent: ua } };\n  if (body.userEmail) (eventData.context as Record<string, unknown>).user = { email: sha256(body.userEmail) };\n  await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST', body: JSON.stringify({ data: [eventData] }) });\n}",
        [[ID, 'JSON.stringify({ data: [eventData] })']],
        ts(),
      ),
      [{ vendor: 'TikTok', fields: 'email, IP address', call: "fetch('business-api.tiktok.com/open_api/v1.3/event/track')", hashNote: '' }],
    ),
    // …but not a handler a form shares with the call link, nor the visitor's own number shown back as a `tel:` link and sent from a button.
    invalid(
      "export function Contact({ form }) {\n  const track = () => fbq('track', 'Contact', { phone: form.phone });\n  return <div><a href=\"tel:+15551234567\" onClick={track}>Call</a><form onSubmit={track} /></div>;\n}\nexport const Confirm = ({ lead }) => <p>We will call you at <a href={`tel:${lead.phone}`}>{lead.phone}</a><button onClick={() => fbq('track', 'Lead', { phone: lead.phone })}>OK</button></p>;",
      [[IP, '{ phone: form.phone }'], [IP, '{ phone: lead.phone }']],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // A mail link's handler leaves a phone number sent with it reported; a mail link whose handler a form shares is no exemption.
    invalid(
      "export function Mail({ form, clinicEmail }) {\n  const track = () => gtag('event', 'contact', { email_address: form.email, phone_number: form.phone });\n  return <a href={`mailto:${clinicEmail}`} onClick={() => gtag('event', 'email_click', { phone_number: form.phone })}>Write</a>;\n}\nexport const Shared = ({ form }) => { const send = () => gtag('event', 'lead', { email_address: form.email }); return <><a href=\"mailto:care@example.org\" onClick={send}>Write</a><form onSubmit={send} /></>; };",
      [[IP, '{ email_address: form.email, phone_number: form.phone }'], [IP, '{ phone_number: form.phone }'], [IP, '{ email_address: form.email }']],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // …nor another value in the same component (the visitor's own number, typed into a form).
    invalid(
      "export function Contact({ clinicPhone }) {\n  const onSubmit = (form) => fbq('track', 'Lead', { phone: form.phone.value });\n  return <><a href={`tel:${clinicPhone}`}>Call</a><form onSubmit={onSubmit} /></>;\n}",
      [[IP, '{ phone: form.phone.value }']],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // A value read from a member named for an email or phone number is one under any key, also hashed.
    invalid(
      "export function onSubmit(formData) { fbq('track', 'Lead', { form_destination: formData.email }); }\nexport function onLogin(user) { fbq('trackCustom', 'Login', { uid: sha256(user.email) }); }\nexport function onCall(patient) { gtag('event', 'call', { event_label: patient.phoneNumber }); }",
      [[IP, '{ form_destination: formData.email }'], [IP, '{ uid: sha256(user.email) }'], [IP, '{ event_label: patient.phoneNumber }']],
    ),
    withData(
      invalid(
        "export const formSubmit = (formName, formData = {}) => window.dataLayer.push({ event: 'form_submit', form_name: formName, form_destination: formData.email || '' });",
        [[IP, "{ event: 'form_submit', form_name: formName, form_destination: formData.email || '' }"]],
      ),
      [{ vendor: 'Google Tag Manager data layer', fields: 'email', call: 'dataLayer.push()', hashNote: '' }],
    ),
    // A link that is not a call link (`hotelLink`), and a button: the number sent is the visitor's.
    invalid(
      "export const Book = ({ hotelLink, user }) => <a href={hotelLink} onClick={() => fbq('track', 'Lead', { phone: user.phone })}>Book</a>;\nexport const Back = ({ form }) => <button onClick={() => gtag('event', 'callback', { phone_number: form.phone })}>Call me</button>;",
      [[IP, '{ phone: user.phone }'], [IP, '{ phone_number: form.phone }']],
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ),
    // A helper's site in a branch that never runs calls nothing; its live site does.
    invalid(
      "function send(email) { ttq.identify({ email }); }\nif (false) { send('a@example.com'); }\nexport function onLogin(user) { send(user.email); }",
      [[ID, 'user.email']],
    ),
    // GTM sandboxed templates.
    invalid("callInWindow('ttq.identify', { email: data.email })", [[ID, '{ email: data.email }']]),
    invalid(
      "sendHttpRequest('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST' }, JSON.stringify({ event: 'Lead', user: { email: eventData.email } }));",
      [[ID, 'eventData.email']],
    ),
    // Code inside strings.
    invalid(
      'export const P = ({ user }) => <script dangerouslySetInnerHTML={{ __html: `ttq.identify({ "email": "${user.email}" })` }} />;',
      [[ID, '{ "email": "${user.email}" }']],
    ),
    // Pixel URLs in markup: identifiers in the query (`ud[em]`, `pd[em]`, `ud[fn]`), reported at the first one.
    invalid(
      `export const Px = () => <noscript dangerouslySetInnerHTML={{ __html: '<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&ud[em]=2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae&ud[fn]=jane" />' }} />;`,
      [[IP, '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae']],
    ),
    invalid("el.innerHTML = '<img src=\"https://ct.pinterest.com/v3/?tid=1&event=checkout&pd[em]=jane%40example.com\">';", [[IP, 'jane%40example.com']]),
    // Query data a GET request adds: nested objects are bracketed keys (`ud[em]`), as jQuery writes them.
    invalid("$.get('https://www.facebook.com/tr', { id: '1', ev: 'Lead', ud: { em: user.email } });", [[IP, 'user.email']]),
    // …or that `searchParams.set` adds to a `new URL(…)`: reported at the URL it fills.
    invalid("function send(email) {\n  const url = new URL('https://www.facebook.com/tr');\n  url.searchParams.set('ev', 'Lead');\n  url.searchParams.set('ud[em]', email);\n  new Image().src = url.href;\n}", [[IP, "new URL('https://www.facebook.com/tr')"]]),
    // TypeScript.
    invalid('(window as any).ttq.identify({ email });', [[ID, '{ email }']], ts()),
    invalid('const payload: Record<string, string> = { email };\nwindow.ttq!.identify(payload);', [[ID, 'payload', 1]], ts()),
    // Keys that say whose the identifier is: `patient_email`, `customerPhone`, `member_dob`.
    withData(
      invalid("fbq('track', 'Lead', { patient_email: form.email, customerPhone: form.phone, member_dob: form.dob });", [[IP, '{ patient_email: form.email, customerPhone: form.phone, member_dob: form.dob }']]),
      [{ vendor: 'Meta', fields: 'email, phone, date of birth', call: "fbq('track')", hashNote: '' }],
    ),
    // …also a subscriber's, a visitor's, a lead's (adversarial probe adv-3 #9, session 35).
    invalid("ttq.track('Subscribe', { subscriberEmail: form.email, lead_phone: form.phone, visitorEmail: v });", [[IP, '{ subscriberEmail: form.email, lead_phone: form.phone, visitorEmail: v }']]),
    // Server uploads built with `.map`: what the callback returns for each element (inline, or a local function given the element).
    withData(
      invalid(
        "const hash = (v) => crypto.createHash('sha256').update(v).digest('hex');\nexport async function upload(patients) {\n  const data = patients.map((p) => ({ event_name: 'Lead', user_data: { em: [hash(p.email)], ph: [p.phone].map(hash) } }));\n  await axios.post(`https://graph.facebook.com/v18.0/${PIXEL}/events`, { data });\n}",
        [[ID, '{ data }']],
      ),
      [{ vendor: 'Meta', fields: 'email, phone', call: "axios.post('graph.facebook.com/v18.0/…/events')", hashNote: ' (hashed)' }],
    ),
    invalid(
      "function toIdentifiers(u) { return { hashedEmail: sha256(u.email) }; }\nexport function adjust(c) {\n  const body = { conversionAdjustments: [{ orderId: c.id, userIdentifiers: c.users.map(toIdentifiers) }] };\n  return fetch(`https://googleads.googleapis.com/v21/customers/${ID}:uploadConversionAdjustments`, { method: 'POST', body: JSON.stringify(body) });\n}",
      [[ID, 'JSON.stringify(body)']],
    ),
    // Meta's server SDK (`facebook-nodejs-business-sdk`): setters, chained or not, constructor arguments in order, held in a field.
    withData(
      invalid(
        "const bizSdk = require('facebook-nodejs-business-sdk');\nconst UserData = bizSdk.UserData;\nconst userData = (new UserData())\n  .setEmails([patient.email])\n  .setFbp(fbp)\n  .setPhones([patient.phone]);",
        [[ID, '[patient.email]'], [ID, '[patient.phone]']],
      ),
      [
        { vendor: 'Meta', fields: 'email', call: 'new bizSdk.UserData().setEmails()', hashNote: '' },
        { vendor: 'Meta', fields: 'phone', call: 'new bizSdk.UserData().setPhones()', hashNote: '' },
      ],
    ),
    invalid(
      "import { UserData } from 'facebook-nodejs-business-sdk';\nexport function matchData(user: { email: string; phone: string; dob: string }) {\n  const ud = new UserData(user.email, user.phone);\n  ud.setDateOfBirth(user.dob);\n  return ud;\n}",
      [[ID, 'user.email'], [ID, 'user.dob']],
      ts(),
    ),
    // …read off `require()`, through TypeScript's `import … = require(…)`, set as properties, filled by a helper the builder is passed to, and the request context (its IP address).
    invalid(
      "const UserData = require('facebook-nodejs-business-sdk').UserData;\nconst ud = new UserData();\nud.email = patient.email;\nud.phones = [patient.phone];\nud.client_user_agent = ua;",
      [[ID, 'patient.email'], [ID, '[patient.phone]']],
    ),
    invalid("const ud = new (require('facebook-nodejs-business-sdk').UserData)().setEmail(patient.email);", [[ID, 'patient.email']]),
    invalid("require('react-facebook-pixel').default.init('123', { em: patient.email });", [[ID, '{ em: patient.email }']]),
    invalid(
      "import bizSdk = require('facebook-nodejs-business-sdk');\nexport const ud = (p: { email: string }) => new bizSdk.UserData().setEmail(p.email);",
      [[ID, 'p.email']],
      ts(),
    ),
    invalid(
      "const bizSdk = require('facebook-nodejs-business-sdk');\nfunction applyIdentity(userData, user) { userData.setEmail(user.email); return userData; }\nmodule.exports = (req, user) => [applyIdentity(new bizSdk.UserData(), user), new bizSdk.ServerEvent().setRequestContext(req)];",
      [[ID, 'user', 6], [ID, 'req', 2]],
    ),
    // Arguments spread from a known list.
    invalid("const args = ['init', '123', { em: user.email }];\nwindow.fbq(...args);", [[ID, '{ em: user.email }']]),
    invalid("const { UserData } = require('facebook-nodejs-business-sdk');\nconst ud = new UserData(...[user.email, user.phone]);", [[ID, 'user.email']]),
    // A mock of another module leaves the SDK real.
    invalid(
      "import { UserData } from 'facebook-nodejs-business-sdk';\njest.mock('./mailer');\nit('hashes', () => { new UserData().setEmail(user.email); });",
      [[ID, 'user.email']],
    ),
    // Customer lists uploaded to an audience (Meta's Custom Audiences, also through its SDK; Snap's Audience Match): the schema names the columns.
    // A request body's identifiers are reported where the first is written (adv29 #16).
    withData(
      invalid(
        "const { CustomAudience } = require('facebook-nodejs-business-sdk');\nexport const sync = (patients) => new CustomAudience(AUDIENCE_ID).createUser([], { payload: { schema: ['EMAIL_SHA256', 'PHONE_SHA256', 'COUNTRY'], data: patients.map((p) => [h(p.email), h(p.phone), 'US']) } });",
        [[ID, "patients.map((p) => [h(p.email), h(p.phone), 'US'])"]],
      ),
      [{ vendor: 'Meta', fields: 'email (EMAIL_SHA256), phone (PHONE_SHA256)', call: 'new CustomAudience().createUser()', hashNote: ' (hashed)' }],
    ),
    // …also replacing an audience's users, or removing some (the SDK's `deleteUsers(params)` sends the same rows).
    invalid(
      "import { CustomAudience } from 'facebook-nodejs-business-sdk';\nconst audience = new CustomAudience(id);\naudience.createUsersReplace([], { payload: { schema: 'EMAIL_SHA256', data: hashed } });\naudience.deleteUsers({ payload: { schema: ['PHONE_SHA256'], data: [[sha256(patient.phone)]] } });",
      [[ID, 'hashed'], [ID, '[[sha256(patient.phone)]]']],
    ),
    invalid(
      "fetch(`https://adsapi.snapchat.com/v1/segments/${SEGMENT}/users`, { method: 'POST', body: JSON.stringify({ users: [{ schema: ['MOBILE_AD_ID'], data: ids }] }) });",
      [[ID, 'ids']],
    ),
    // …through a local subclass: `new` of one without a constructor makes the parent's call; `super(…)`, `this.setX()` inside it; a method it declares itself is its own.
    withData(
      invalid(
        "const { UserData } = require('facebook-nodejs-business-sdk');\nclass PatientUserData extends UserData {\n  constructor(p) { super(p.email, p.phone); this.setExternalId(p.mrn); }\n}\nconst Plain = class extends UserData {};\nclass Own extends UserData { setEmail(e) { return this; } }\nmodule.exports = (patient) => [new PatientUserData(patient).setDateOfBirth(patient.dob), new Plain(patient.email), new Own().setEmail(patient.email)];",
        // The constructor's own calls are reported where it is called: the class is local.
        [[ID, 'patient', 1], [ID, 'patient', 1], [ID, 'patient.dob'], [ID, 'patient.email', 0]],
      ),
      [
        { vendor: 'Meta', fields: 'email, phone', call: 'new PatientUserData() → super()', hashNote: '' },
        { vendor: 'Meta', fields: 'external id', call: 'new PatientUserData() → this.setExternalId()', hashNote: '' },
        { vendor: 'Meta', fields: 'date of birth', call: 'new PatientUserData().setDateOfBirth()', hashNote: '' },
        { vendor: 'Meta', fields: 'email', call: 'new Plain()', hashNote: '' },
      ],
    ),
    // …imported through Deno's `npm:` prefix (Supabase Edge Functions) or dynamically, and shown by the names the code gives it.
    invalid(
      "import bizSdk from 'npm:facebook-nodejs-business-sdk@20.0.2';\nDeno.serve(async (req: Request) => {\n  const body = await req.json();\n  const ud = new bizSdk.UserData().setEmail(body.email);\n  return new Response(JSON.stringify(ud));\n});",
      [[ID, 'body.email']],
      ts(),
    ),
    withData(
      invalid(
        "export const g = (p) => import('facebook-nodejs-business-sdk').then(({ UserData: UD }) => new UD().setEmail(p.email));\nexport async function f(p) {\n  const sdk = await import('facebook-nodejs-business-sdk');\n  return new sdk.default.UserData().setPhone(p.phone);\n}",
        [[ID, 'p.email'], [ID, 'p.phone']],
      ),
      [
        { vendor: 'Meta', fields: 'email', call: 'new UD().setEmail()', hashNote: '' },
        { vendor: 'Meta', fields: 'phone', call: 'new sdk.default.UserData().setPhone()', hashNote: '' },
      ],
    ),
    invalid(
      "const { UserData } = require('facebook-nodejs-business-sdk');\nclass Capi {\n  constructor() { this.ud = new UserData(); }\n  identify(u) { this.ud.setPhone(sha256(u.phone)).setClientIpAddress(u.ip); }\n}",
      [[ID, 'sha256(u.phone)'], [ID, 'u.ip']],
    ),
  ],
});
