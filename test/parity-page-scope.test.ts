/**
 * Ad calls that the code scopes to health pages itself (`if (location.pathname…) fbq(…)`), the
 * code form of a GTM trigger on `{{Page Path}}`: the same findings in ESLint and in a GTM Custom
 * HTML tag (blind test adv23a #12); and tests of other values of the visit, which a GTM trigger
 * writes as a condition on a data-layer variable.
 */
import { describe } from 'vitest';
import { parityCases, PG, PX, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  'a call under an indexOf test of the path': {
    code: `if (location.pathname.indexOf('/psychiatry') > -1) {
  fbq('track', 'ViewContent');
}`,
    expected: [[PG, /Meta tracking runs on health pages: the code requires location.pathname contains "\/psychiatry".*mental health, tier 1/]],
  },
  'base code loaded after an early exit, through a variable and a regex': {
    code: `(function () {
  var path = window.location.pathname.toLowerCase();
  if (!/^\\/(oncology|hiv-care)\\//.test(path)) return;
  var s = document.createElement('script');
  s.src = 'https://analytics.tiktok.com/i18n/pixel/events.js';
  document.head.appendChild(s);
  ttq.page();
})();`,
    expected: [[PX, /TikTok/], [PG, /TikTok tracking runs on health pages.*matches "\^\\\/\(oncology\|hiv-care\)\\\/"/]],
  },
  'a switch on the path, one finding per case and vendor': {
    code: `switch (document.location.pathname) {
  case '/ivf/consult-booked':
    fbq('track', 'Schedule');
    snaptr('track', 'SIGN_UP');
    break;
  case '/thank-you':
    fbq('track', 'Lead');
}`,
    expected: [[PG, /Meta.*"\/ivf\/consult-booked"/], [PG, /Snap.*"\/ivf\/consult-booked"/]],
  },
  'a list of pages, written in the test and held in a constant': {
    code: `var CONVERSION_PAGES = ['/thank-you', '/oncology/appointment-booked'];
if (CONVERSION_PAGES.indexOf(location.pathname) > -1) fbq('track', 'Schedule');
if (['/careers', '/psychiatry/'].some(function (p) { return location.pathname.indexOf(p) === 0; })) {
  ttq.track('ViewContent');
}`,
    expected: [[PG, /Meta.*equals "\/oncology\/appointment-booked"/], [PG, /TikTok.*starts with "\/psychiatry\/"/]],
  },
  'a helper that tests the page, called with the section': {
    code: `function onSection(section) {
  return window.location.pathname.indexOf('/' + section + '/') === 0;
}
if (onSection('psychiatry')) snaptr('track', 'PAGE_VIEW');
if (onSection('careers')) fbq('track', 'PageView');`,
    expected: [[PG, /Snap tracking runs on health pages: the code requires window.location.pathname starts with "\/psychiatry\/"/]],
  },
  'a helper with several returns, true only on a health page': {
    code: `function isFertilityPage() {
  var path = window.location.pathname;
  if (!path) return false;
  if (path.indexOf('/fertility/') === 0) return true;
  return false;
}
if (isFertilityPage()) ttq.track('ViewContent');`,
    expected: [[PG, /TikTok tracking runs on health pages: the code requires window.location.pathname starts with "\/fertility\/"/]],
  },
  'a pixel script and a beacon loaded only on health pages, with no call': {
    code: `if (location.pathname.indexOf('/therapy') === 0) {
  var s = document.createElement('script');
  s.src = 'https://connect.facebook.net/en_US/fbevents.js';
  document.head.appendChild(s);
}
if (document.referrer.indexOf('/ivf') > -1) new Image().src = 'https://tr.snapchat.com/p?pid=1&ev=PAGE_VIEW';`,
    expected: [[PX, /Meta/], [PG, /Meta tracking runs on health pages: the code requires location.pathname starts with "\/therapy"/], [PX, /Snap/], [PG, /Snap.*document.referrer contains "\/ivf"/]],
  },
  'pixel code in a string, written into the page only on health pages': {
    code: `if (location.pathname.indexOf('/oncology') === 0) {
  var s = document.createElement('script');
  s.text = "pintrk('load', '2612345678901'); pintrk('page');";
  document.head.appendChild(s);
}`,
    expected: [[PX, /Pinterest/], [PG, /Pinterest tracking runs on health pages: the code requires location.pathname starts with "\/oncology"/]],
  },
  'tests of other values of the visit: a field, a switch, a list (session 39)': {
    code: `function onBooked(appointment) {
  if (appointment.service === 'IVF Consultation') fbq('track', 'Schedule');
  switch (appointment.plan) {
    case 'weight-loss':
      ttq.track('CompletePayment');
  }
  if (['ivf', 'egg-freezing'].indexOf(appointment.service) > -1) snaptr('track', 'PURCHASE');
  if (appointment.service !== 'hiv-testing') pintrk('track', 'lead');
  if (appointment.zodiacSign === 'Cancer') fbq('track', 'Lead');
}`,
    expected: [
      [PG, /Meta tracking runs only for health-related visits: the code requires appointment.service equals "IVF Consultation", which names "IVF" \(reproductive, tier 1\)/],
      [PG, /TikTok tracking runs only for health-related visits: the code requires appointment.plan equals "weight-loss"/],
      [PG, /Snap.*appointment.service equals "ivf"/],
      [PG, /Snap.*appointment.service equals "egg-freezing"/],
    ],
  },
  'tests that keep the pixel off health pages': {
    code: `if (location.pathname.indexOf('/psychiatry') === -1) fbq('track', 'PageView');
if (!location.href.includes('/conditions/')) ttq.page();`,
    expected: [],
  },
};

describe('page scoping in code through ESLint and GTM Custom HTML', () => {
  parityCases(CASES);
});
