/**
 * A pixel behind a switch the code sets once (a kill switch): the same in ESLint and in a GTM Custom
 * HTML tag. Each "off" case was reported before session 40 (found by its blind testers).
 */
import { describe } from 'vitest';
import { EV, parityCases, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  'a pixel switched off by a constant': {
    code: `var ENABLE_META = false;
if (ENABLE_META) { fbq('init', '1'); fbq('trackCustom', 'HIV Test Booked'); }
var TIKTOK_ID = '';
TIKTOK_ID && ttq.track('Dialysis Booked');`,
    expected: [],
  },
  'a pixel switched off by a negated constant, and the branch taken': {
    code: `var PAUSED = true;
if (!PAUSED) { ttq.track('Abortion Pill Ordered'); } else { fbq('trackCustom', 'Rehab Intake'); }`,
    expected: [[EV, /Rehab Intake/]],
  },
  'a switch among other conditions, compared with a literal, or behind an early exit': {
    code: `var ENABLE_META = false, MODE = 'off';
if (ENABLE_META && document.readyState !== 'loading') fbq('trackCustom', 'HIV Test Booked');
if (MODE === 'on') ttq.track('Dialysis Booked');
(function () {
  if (!ENABLE_META) return;
  ttq.track('Rehab Intake');
})();`,
    expected: [],
  },
  'a flags object only read, and one written to': {
    code: `var FLAGS = { meta: false }, REMOTE = { tiktok: false };
if (FLAGS.meta) fbq('trackCustom', 'HIV Test Booked');
REMOTE.tiktok = window.tiktokOn;
if (REMOTE.tiktok) ttq.track('Dialysis Booked');`,
    expected: [[EV, /Dialysis Booked/]],
  },
  'a switch the code turns on later': {
    code: `var enabled = false;
window.addEventListener('consent', function () { enabled = true; });
if (enabled) ttq.track('Dialysis Booked');`,
    expected: [[EV, /Dialysis Booked/]],
  },
  'a switch turned on through the global object, and one a minifier wrote (blind tester, session 41)': {
    code: `var ENABLE_META = false, ENABLE_SNAP = !1;
if (window.consentGiven) { window.ENABLE_META = true; }
if (ENABLE_META) fbq('trackCustom', 'Therapy Booked');
if (ENABLE_SNAP) snaptr('track', 'CUSTOM_EVENT_1', { description: 'Dialysis Booked' });
var EVENT_NAME = 'Newsletter';
self['EVENT_NAME'] = 'HIV Test Booked';
ttq.track(EVENT_NAME);`,
    expected: [[EV, /Therapy Booked/], [EV, /HIV Test Booked/]],
  },
  // In a function: a classic script's global may be used by another script.
  'a URL or base code kept in a constant that only code behind a switch that is off uses (blind tester, session 41)': {
    code: `(function () {
  var ENABLE_META = false;
  var META_URL = 'https://connect.facebook.net/en_US/fbevents.js';
  var TIKTOK_BASE = "!function (w, d, t) { w.TiktokAnalyticsObject = t; var ttq = w[t] = w[t] || []; ttq.load('C4ABC'); ttq.page(); }(window, document, 'ttq');";
  if (ENABLE_META) {
    var s = document.createElement('script');
    s.src = META_URL;
    document.head.appendChild(s);
  }
  ENABLE_META && eval(TIKTOK_BASE);
})();`,
    expected: [],
  },
  "a switch statement on a mode the code sets once: the cases before the one it enters never run (blind tester, session 41)": {
    code: `var MODE = 'off';
switch (MODE) {
  case 'on':
    fbq('trackCustom', 'HIV Test Booked');
    break;
  case 'off':
    ttq.track('Dialysis Booked');
}`,
    expected: [[EV, /Dialysis Booked/]],
  },
  'a switch a GTM variable or the page sets': {
    code: `var on = window.pixelOn;
if (on) ttq.track('Dialysis Booked');`,
    expected: [[EV, /Dialysis Booked/]],
  },
};

describe('parity: kill switches', () => parityCases(CASES));
