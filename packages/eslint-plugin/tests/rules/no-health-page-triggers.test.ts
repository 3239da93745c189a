import rule from '../../src/rules/no-health-page-triggers.js';
import { invalid, run, ts, withData } from '../tester.js';

const P = 'healthPageCode';

run('no-health-page-triggers', rule, {
  valid: [
    // Tests that keep the pixel off health pages.
    "if (!location.pathname.includes('/psychiatry')) fbq('track', 'PageView');",
    "if (location.pathname.indexOf('/psychiatry') === -1) fbq('track', 'PageView');",
    "if (location.pathname.includes('/psychiatry')) { showBanner(); } else { fbq('track', 'PageView'); }",
    "if (location.pathname !== '/psychiatry') fbq('track', 'PageView');",
    "(function () {\n  if (location.pathname.includes('/psychiatry')) return;\n  fbq('track', 'PageView');\n})();",
    // An early exit on a conjunction says nothing about each side.
    "(function () {\n  if (location.pathname.indexOf('/psychiatry') === -1 && loggedIn) return;\n  fbq('track', 'PageView');\n})();",
    // Pages that name no health term.
    "if (location.pathname.includes('/checkout/thank-you')) fbq('track', 'Purchase');",
    // Not the page address: a variable of the code's own, a parameter named location, another object's URL.
    "if (item.url.includes('/psychiatry')) fbq('track', 'PageView');",
    "function f(location) { if (location.pathname.includes('/psychiatry')) fbq('track', 'PageView'); }",
    "function f(window) { if (window.location.pathname.includes('/psychiatry')) fbq('track', 'PageView'); }",
    "let path = location.pathname;\npath = normalise(path);\nif (path.includes('/psychiatry')) fbq('track', 'PageView');",
    // Analytics (checked for what it sends by the other rules), consent calls, code outside the test.
    "if (location.pathname.includes('/psychiatry')) gtag('event', 'page_view');",
    "if (location.pathname.includes('/psychiatry')) fbq('consent', 'revoke');",
    "if (location.pathname.includes('/psychiatry')) showBanner();\nfbq('track', 'PageView');",
    // Allowed vendor.
    { code: "if (location.pathname.includes('/psychiatry')) fbq('track', 'PageView');", options: [{ allowVendors: ['meta'] }] },
  ],
  invalid: [
    withData(invalid("if (location.pathname.indexOf('/psychiatry') > -1) fbq('track', 'ViewContent');", [[P, "'/psychiatry'"]]), [
      { vendor: 'Meta', subject: 'location.pathname', operator: 'contains', value: '/psychiatry', term: 'psychiatry', category: 'mental health', tier: '1' },
    ]),
    invalid("if (window.location.href.includes('/conditions/hiv')) { ttq.track('ViewContent'); }", [[P, "'/conditions/hiv'"]]),
    withData(invalid("const path = document.location.pathname.toLowerCase();\nif (path.startsWith('/therapy/')) snaptr('track', 'PAGE_VIEW');", [[P, "'/therapy/'"]]), [
      { vendor: 'Snap', subject: 'document.location.pathname.toLowerCase()', operator: 'starts with', value: '/therapy/', term: 'therapy', category: 'mental health', tier: '1' },
    ]),
    invalid("if (/^\\/(oncology|psychiatry)\\//.test(location.pathname)) fbq('track', 'Lead');", [[P, '/^\\/(oncology|psychiatry)\\//']]),
    invalid("if (new RegExp('^/ivf/').test(window.location.pathname)) fbq('track', 'Lead');", [[P, "'^/ivf/'"]]),
    // Early exits: the rest of the function runs only on those pages.
    invalid("(function () {\n  if (location.pathname.indexOf('/ivf') === -1) return;\n  fbq('trackCustom', 'Lead');\n})();", [[P, "'/ivf'"]]),
    invalid("function track() {\n  if (!location.href.match('/std-testing')) { return; }\n  ttq.track('ViewContent');\n}", [[P, "'/std-testing'"]]),
    invalid("switch (location.pathname) {\n  case '/abortion-care/book':\n    fbq('track', 'Schedule');\n    break;\n  default:\n    fbq('track', 'PageView');\n}", [[P, "'/abortion-care/book'"]]),
    invalid("switch (location.pathname) {\n  case '/psychiatry/booked':\n  case '/thank-you':\n    fbq('track', 'Schedule');\n}", [[P, "'/psychiatry/booked'"]]),
    invalid("switch (true) {\n  case location.pathname.startsWith('/oncology/'):\n    ttq.page();\n}", [[P, "'/oncology/'"]]),
    invalid("location.pathname === '/addiction-treatment' && pintrk('track', 'pagevisit');", [[P, "'/addiction-treatment'"]]),
    invalid("const PSYCH = '/psychiatry';\nif (~location.pathname.indexOf(PSYCH)) lintrk('track', { conversion_id: 1 });", [[P, 'PSYCH', 1]]),
    // One test, one finding per vendor, however many calls it guards.
    invalid("if (location.pathname.includes('/psychiatry')) {\n  fbq('init', '1');\n  fbq('track', 'PageView');\n  ttq.page();\n}", [[P, "'/psychiatry'"], [P, "'/psychiatry'"]]),
    // `a || b`: the pixel runs on the pages of either.
    invalid("if (location.pathname.includes('/cardiology') || document.referrer.includes('/oncology')) fbq('track', 'PageView');", [[P, "'/cardiology'"], [P, "'/oncology'"]]),
    // A test inside a callback registered on those pages.
    invalid("if (location.pathname.startsWith('/weight-loss/')) {\n  document.addEventListener('submit', () => fbq('track', 'Lead'));\n}", [[P, "'/weight-loss/'"]]),
    invalid("if ((location.pathname as string).includes('/psychiatry')) fbq('track', 'PageView');", [[P, "'/psychiatry'"]], ts()),
    // The window as the other rules follow it: an alias, `self`, a classic script's top-level `this`.
    invalid("const w = window;\nif (w.location.pathname.includes('/psychiatry')) fbq('track', 'PageView');", [[P, "'/psychiatry'"]]),
    invalid("if (this.location.href.includes('/hiv-care')) fbq('track', 'PageView');", [[P, "'/hiv-care'"]], { languageOptions: { sourceType: 'script' } }),
  ],
});
