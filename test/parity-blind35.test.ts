/**
 * What session 35 added, through both front-ends: the same snippet must give the same findings in
 * ESLint and in a GTM Custom HTML tag.
 */
import { describe } from 'vitest';
import { PG, PR, parityCases, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  "a parameter that names a kind of health data, with what the visitor entered": {
    code: `document.querySelector('#intake').addEventListener('submit', function (e) {
  var form = e.target;
  ttq.track('SubmitForm', { diagnosis: form.dx.value, current_medications: form.meds.value, condition: form.condition.value });
  fbq('trackCustom', 'Intake', { symptoms: 'none' });
});`,
    expected: [[PR, /"diagnosis" sends a value set at run time: the visitor's diagnosis \(condition, tier 2\)/], [PR, /"current_medications" sends a value set at run time: the visitor's medication/]],
  },
  'a table keyed by the page address, looked up': {
    code: `var EVENTS = { '/psychiatry/book': 'Schedule', '/checkout/thank-you': 'Purchase' };
var ev = EVENTS[location.pathname];
if (ev) fbq('track', ev);`,
    expected: [[PG, /requires location\.pathname equals "\/psychiatry\/book"/]],
  },
};

describe('parity: session 35', () => parityCases(CASES));
