/**
 * What session 30 found (a leftover of blind test adv29, and blind tests adv30/gtm30), through both
 * front-ends: the same snippet must give the same findings in ESLint and in a GTM Custom HTML tag.
 * Each case failed before its fix.
 */
import { describe } from 'vitest';
import { AM, EV, PR, PX, parityCases, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  'a local HTTP helper whose URL its callers give': {
    code: `function postJson(url, body) {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}
postJson('https://graph.facebook.com/v19.0/1234/events', { data: [{ event_name: 'Booked: Psychiatry Consult', user_data: { em: [window.hashedEmail] } }] });`,
    expected: [[PX, /Meta server-side events endpoint/], [EV, /Psychiatry Consult/], [AM, /email through postJson\(\) → fetch\('graph\.facebook\.com/]],
  },
  "an intake answer an event listener is given, or a comparison": {
    code: `document.querySelector('#q').addEventListener('change', function (e) {
  ttq.track('ClickButton', { has_diabetes: e.target.checked, is_pregnant: e.target.value === 'yes' });
});`,
    expected: [[PR, /"has_diabetes" sends a value set at run time/], [PR, /"is_pregnant" sends a yes-or-no value/]],
  },
  'a pixel switched off by a literal test': {
    code: `if (false) { fbq('init', '1'); fbq('trackCustom', 'HIV Test Booked'); }
if (0) ttq.track('Dialysis Booked');`,
    expected: [],
  },
  "the clinic's number a call link dials, sent with the click": {
    code: `var num = document.querySelector('.clinic-phone').textContent.replace(/\\D/g, '');
var link = document.createElement('a');
link.href = 'tel:' + num;
link.onclick = function () { dataLayer.push({ event: 'call_click', phone_number: num }); };`,
    expected: [],
  },
  'a French event name and an email read from a form field under another key': {
    code: `document.querySelector('#rdv').addEventListener('submit', function (e) {
  var form = e.target;
  fbq('trackCustom', 'Prise de rendez-vous psychiatre', { form_destination: form.email.value });
  ttq.track('SubmitForm', { content_name: "Dépistage du VIH" });
});`,
    expected: [[EV, /psychiatre/], [AM, /email/], [PR, /Dépistage du VIH/]],
  },
};

describe('session 30 findings through ESLint and GTM Custom HTML', () => {
  parityCases(CASES);
});
