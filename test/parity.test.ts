/**
 * Parity: the same JavaScript gives the same findings through the ESLint rules and through a GTM
 * Custom HTML tag — same rule ids, same messages, same positions relative to the snippet (the GTM
 * side's positions are mapped through the HTML wrapper and the JSON string escapes of the export).
 */
import { describe, expect, it } from 'vitest';
import { markupViaEslint, ruleIds, viaEslint, viaGtm, viaHtmlPage } from './parity-helpers.js';

const SNIPPETS: Record<string, string> = {
  'TikTok base code': `!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify"];
  ttq.load=function(e,n){var i="https://analytics.tiktok.com/i18n/pixel/events.js";var o=d.createElement("script");o.src=i+"?sdkid="+e+"&lib="+t;d.head.appendChild(o)};
  ttq.load('C4ABCDEFGHIJKLMNOPQR');
  ttq.page();
}(window, document, 'ttq');`,
  'Meta base code': `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');`,
  'TikTok identify': `ttq.identify({ email: user.email, phone_number: user.phone });`,
  'hashed identify through window': `window.ttq.identify({ sha256_email: hashedEmail, external_id: user.id });`,
  'Meta advanced matching': `fbq('init', '1234567890', { em: email, ph: phone });`,
  'health custom event': `fbq('trackCustom', 'Paid: Weekly Therapy');`,
  'health event name via constant': `const EVENT = 'booked_dermatology_appointment';\nwindow.ttq.track(EVENT);`,
  'health parameter': `fbq('track', 'Lead', { content_category: 'Oncology', value: 1 });`,
  'event name from a lookup object with several health values': `var NAMES = { a: 'IVF Consult', b: 'HIV Test', c: 'Checkout' };\nfbq('trackCustom', NAMES[form.kind], { content_name: NAMES[form.kind] });`,
  'gtag health event and page path': `gtag('event', 'ivf_consult_booked', { page_path: '/providers/psychiatry' });`,
  'data layer health event': `dataLayer.push({ event: 'hiv_test_order', email: 'jane@example.com' });`,
  'names as event parameters': `fbq('track', 'Lead', { first_name: form.first, last_name: form.last, city: 'Boston' });`,
  'form fields picked by selectors that name an identifier': `fbq('track', 'Lead', { content_name: document.querySelector('input[type=email]').value });\nttq.track('Lead', { description: jQuery('#phone').val() });`,
  'values read by a name that says what they hold': `var q = new URLSearchParams(location.search);\nfbq('track', 'Lead', { content_name: q.get('email') });\nttq.track('Lead', { description: localStorage.getItem('patient_phone') });`,
  'Snap init with identifiers': `snaptr('init', 'abc-123', { user_email: email, user_phone_number: phone });`,
  'a help text that quotes a tracker call is not a script of the tag': `var help = "Paste fbq('init', YOUR_ID) into the page";\ndocument.getElementById('docs').textContent = help;`,
  'a wrapper that passes its arguments on': `function trackFb() { if (window.fbq) { window.fbq.apply(window, arguments); } }\ntrackFb('init', '1234567890', { em: hashedEmail });\ntrackFb('trackCustom', 'Syphilis Test');`,
  "Meta's server SDK": `var bizSdk = require('facebook-nodejs-business-sdk');
var userData = new bizSdk.UserData().setEmail(patient.email).setPhone(patient.phone);
var event = new bizSdk.ServerEvent().setEventName('Paid: Weekly Therapy').setUserData(userData)
  .setCustomData(new bizSdk.CustomData().setCurrency('usd').setContentCategory('Psychiatry'));
new bizSdk.EventRequest(token, pixelId).setEvents([event]).execute();`,
  'tracker-free code stays silent': `fetch('/api/health_check').then(function (r) { console.log('therapy', r.status); });`,
  'script loader for a TikTok URL': `var s = document.createElement('script');\ns.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=ABC';\ndocument.head.appendChild(s);`,
  'matching data built by a helper': `function userData(email) {
  var ud = {};
  ud.em = email;
  return ud;
}
fbq('init', '1234567890', userData(form.email));`,
  'URLs only looked for, then a loader': `(function () {
  var BLOCKED = ['sc-static.net/scevent.min.js', 's.pinimg.com/ct/core.js'];
  if (BLOCKED.some(function (h) { return location.search.indexOf(h) >= 0; })) return;
  if (document.querySelector('script[src*="s.pinimg.com/ct/core.js"]')) return;
  var t = document.createElement('script');
  t.src = 'https://s.pinimg.com/ct/core.js';
  document.head.appendChild(t);
})();`,
};

/**
 * HTML markup with vendor pixel URLs: in ESLint as the string assigned to `innerHTML`, in GTM as the
 * Custom HTML itself. No GTM macros here (ESLint has none to resolve).
 */
const HASH = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae';
const MARKUP: Record<string, string> = {
  'Meta noscript beacon with a health event and matching data': `<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1234567890&ev=Therapy_Booked&ud[em]=${HASH}&ud[fn]=jane&noscript=1"/></noscript>`,
  'beacon with &amp; separators and health parameters': `<img src="https://www.facebook.com/tr?id=1&amp;ev=ViewContent&amp;cd[content_category]=Oncology&amp;cd[content_name]=Psychiatry%20Intake&amp;cd[value]=10">`,
  'Pinterest beacon with a hashed email': `<img src="https://ct.pinterest.com/v3/?tid=2612345678901&event=checkout&pd[em]=${HASH}" alt="" />`,
  'UET beacon with a health action and label': `<img src="https://bat.bing.com/action/0?ti=12345&Ver=2&ea=prescription_refill&el=Oncology" />`,
  // Two scripts read as one program, laid out at their offsets: an emoji between them is two UTF-16 units.
  'scripts with emoji between them': `<script>var EVENT = 'HIV Test';</script>
<p>Hello! 👋 We reply within a day 📊📊📊</p>
<script>
fbq('trackCustom', EVENT, { content_name: 'Anxiety Therapy' });
</script>`,
  'base code script and its noscript beacon': `<script>
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>
<noscript><img src="https://www.facebook.com/tr?id=1234567890&ev=hiv_test_booked&noscript=1"></noscript>`,
  // The browser makes each handler a function of the page, so it calls the function a script declares.
  'inline handlers that call a function of the page script': `<script>
function track(name) { fbq('trackCustom', name); }
</script>
<button onclick="track('IVF Consult')">Book</button>
<a href="#" onclick="if (ready) { track(&quot;Therapy Intake&quot;); } return false;">Intake</a>
<a href="tel:+15555550123" onclick="track('Call')">Call us</a>`,
  // A `javascript:` link runs its code when clicked; a URL that only contains the word does not.
  'javascript: links': `<script>function track(n) { fbq('trackCustom', n); }</script>
<a href="javascript:fbq('trackCustom', 'Psychiatry Intake')">Intake</a>
<a href="JavaScript: track(&quot;IVF Consult&quot;); void 0">IVF</a>
<a href="https://example.com/javascript:fbq('trackCustom', 'HIV Test')">Docs</a>`,
  'clean beacon query': `<img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1">`,
  'custom data product name is not an identifier': `<img src="https://www.facebook.com/tr?id=1&ev=Purchase&cd[name]=Gift%20card&cd[currency]=USD">`,
};

describe('parity: ESLint rules and GTM Custom HTML give the same findings', () => {
  it('the plugin has the five shared rules', () => {
    expect(ruleIds.sort()).toEqual(['no-advanced-matching', 'no-health-event-names', 'no-health-event-properties', 'no-health-page-triggers', 'no-tracking-pixel']);
  });

  it.each(Object.entries(SNIPPETS))('%s', (_name, code) => {
    const eslint = viaEslint(code);
    const gtm = viaGtm(code);
    expect(gtm).toEqual(eslint);
  });

  it.each(Object.entries(MARKUP))('markup: %s', (_name, markup) => {
    expect(viaGtm(markup, true)).toEqual(markupViaEslint(markup));
  });

  it.each(Object.entries(SNIPPETS))('HTML page (ESLint, phiguard\'s HTML parser): %s', (_name, code) => {
    expect(viaHtmlPage(code)).toEqual(viaGtm(code));
  });

  it.each(Object.entries(MARKUP))('HTML page markup: %s', (_name, markup) => {
    expect(viaHtmlPage(markup, true)).toEqual(viaGtm(markup, true));
  });

  it('finds what the markup pixel URLs send (the markup comparison is not vacuous)', () => {
    const found = (name: string) => markupViaEslint(MARKUP[name]!).map((f) => f.ruleId);
    expect(found('Meta noscript beacon with a health event and matching data')).toEqual(['no-tracking-pixel', 'no-health-event-names', 'no-advanced-matching']);
    expect(found('beacon with &amp; separators and health parameters')).toEqual(['no-tracking-pixel', 'no-health-event-properties', 'no-health-event-properties']);
    expect(found('Pinterest beacon with a hashed email')).toEqual(['no-tracking-pixel', 'no-advanced-matching']);
    expect(found('UET beacon with a health action and label')).toEqual(['no-tracking-pixel', 'no-health-event-names', 'no-health-event-properties']);
    expect(found('scripts with emoji between them')).toEqual(['no-health-event-names', 'no-health-event-properties']);
    expect(found('base code script and its noscript beacon')).toEqual(['no-tracking-pixel', 'no-health-event-names']);
    expect(found('inline handlers that call a function of the page script')).toEqual(['no-health-event-names', 'no-health-event-names']);
    expect(found('javascript: links')).toEqual(['no-health-event-names', 'no-health-event-names']);
    expect(found('clean beacon query')).toEqual(['no-tracking-pixel']);
    expect(found('custom data product name is not an identifier')).toEqual(['no-tracking-pixel']);
  });

  it('finds something in the snippets that should be found (the comparison is not vacuous)', () => {
    const total = Object.values(SNIPPETS).reduce((n, code) => n + viaEslint(code).length, 0);
    expect(total).toBeGreaterThanOrEqual(12);
    expect(viaEslint(SNIPPETS['tracker-free code stays silent']!)).toEqual([]);
    expect(viaEslint(SNIPPETS['names as event parameters']!).map((f) => f.ruleId)).toEqual(['no-advanced-matching']);
    expect(viaEslint(SNIPPETS['URLs only looked for, then a loader']!).map((f) => f.line)).toEqual([6]);
    expect(viaEslint(SNIPPETS['matching data built by a helper']!).map((f) => f.ruleId)).toEqual(['no-tracking-pixel', 'no-advanced-matching']);
    expect(viaEslint(SNIPPETS["Meta's server SDK"]!).map((f) => f.ruleId)).toEqual(['no-advanced-matching', 'no-advanced-matching', 'no-health-event-names', 'no-health-event-properties', 'no-tracking-pixel']);
  });
});
