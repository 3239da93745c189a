/**
 * A pixel behind a switch the code sets once (a kill switch): the same in ESLint and in a GTM Custom
 * HTML tag. Each "off" case was reported before session 40.
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
  'a switch the code turns on later': {
    code: `var enabled = false;
window.addEventListener('consent', function () { enabled = true; });
if (enabled) ttq.track('Dialysis Booked');`,
    expected: [[EV, /Dialysis Booked/]],
  },
  'a switch a GTM variable or the page sets': {
    code: `var on = window.pixelOn;
if (on) ttq.track('Dialysis Booked');`,
    expected: [[EV, /Dialysis Booked/]],
  },
};

describe('parity: kill switches', () => parityCases(CASES));
