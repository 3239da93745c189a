/**
 * What blind test 23 (adv23a) found missing, through both front-ends: the same snippet must give
 * the same findings in ESLint and in a GTM Custom HTML tag. Each case failed before its fix.
 */
import { describe } from 'vitest';
import { AM, EV, parityCases, PR, PX, type ParityCases } from './parity-helpers.js';

const SERVICES = Array.from({ length: 120 }, (_, i) => `s${i}: 'Service ${i}'`).join(', ');

const CASES: ParityCases = {
  "UET's older custom-event object (ec, ea, el)": {
    code: `window.uetq = window.uetq || [];
window.uetq.push({ 'ec': 'Booking', 'ea': 'ivf_consult_booked', 'el': 'Fertility', 'ev': 1 });`,
    expected: [[EV, /Microsoft.*ivf/], [PR, /"el" sends "Fertility"/]],
  },
  'an upper-case vendor host': {
    code: `var s = document.createElement('script'); s.src = 'https://BAT.BING.COM/bat.js'; document.head.appendChild(s);
new Image().src = 'https://WWW.FACEBOOK.COM/tr?id=1&ev=Dementia_Guide';`,
    expected: [[PX, /Microsoft/], [PX, /Meta/], [EV, /Dementia/]],
  },
  'a Floodlight iframe tag written by script, on the advertiser subdomain': {
    code: `var axel = Math.random() + '';
var a = axel * 10000000000000;
document.write('<iframe src="https://4569416.fls.doubleclick.net/activityi;src=4569416;type=invmedia;cat=front006;ord=' + a + '?" width="1" height="1" style="display:none"></iframe>');`,
    expected: [[PX, /Google Ads.*Floodlight iframe/]],
  },
  'a script text built by concatenation': {
    code: `var s = document.createElement('script');
s.text = "fbq('init', '1234567890', { em: '" + user.email + "' }); fbq('trackCustom', 'Therapy Booked');";
document.head.appendChild(s);`,
    expected: [[PX, /Meta/], [AM, /Meta.*email/], [EV, /Therapy Booked/]],
  },
  'numeric character references in an image pixel and an inline handler': {
    markup: true,
    code: `<img src="https://www.facebook.com/tr?id=1&#38;ev=Therapy_Booked&#x26;noscript=1">
<button onclick="fbq(&#39;trackCustom&#39;, &#39;HIV Test&#39;)">Book</button>`,
    expected: [[PX, /Meta/], [EV, /Therapy_Booked/], [EV, /HIV Test/]],
  },
  'a service lookup object of 121 entries': {
    code: `var EVENTS = { ${SERVICES}, hiv: 'HIV PrEP Consult' };
fbq('trackCustom', EVENTS[location.pathname.split('/')[2]]);`,
    expected: [[EV, /HIV PrEP Consult/]],
  },
};

describe('blind test 23 through ESLint and GTM Custom HTML', () => {
  parityCases(CASES);
});
