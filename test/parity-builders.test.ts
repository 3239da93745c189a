/**
 * Advanced matching and event data built or changed by the code around the call, as agencies write
 * it in GTM Custom HTML: the same in ESLint and in a GTM tag. Each case was silent before session 41
 * (found by its blind GTM tester) or 42: the object was read as it was first written, and a global
 * read through `window` was not read at all.
 */
import { describe } from 'vitest';
import { AM, EV, PR, PX, parityCases, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  'an object filled by a helper from computed keys': {
    code: `var userData = {};
function addIfPresent(key, val) { if (val) userData[key] = val; }
addIfPresent('em', window.user.email);
fbq('init', '123456789012345', userData);`,
    expected: [[PX, /fbq\('init'\)/], [AM, /identity data \(keys not statically known\)/]],
  },
  'an object filled in a loop over a field map': {
    code: `var am = {};
var fields = { em: window.user.email, ph: window.user.phone };
Object.keys(fields).forEach(function (k) { if (fields[k]) am[k] = String(fields[k]).trim(); });
fbq('init', '123456789012345', am);`,
    expected: [[PX, /fbq\('init'\)/], [AM, /identity data \(keys not statically known\)/]],
  },
  "an object handed to the file's own function, which sets a key on it": {
    code: `var ids = {};
function setEmail(target) { target.email = window.user.email; }
setEmail(ids);
ttq.identify(ids);`,
    expected: [[AM, /sends email through ttq\.identify\(\)/]],
  },
  "event data changed after it is written: a helper's key, an array item, a Map's entry": {
    code: `var params = { content_category: 'General' };
function enrich(o) { o.content_category = 'Oncology'; }
enrich(params);
fbq('track', 'Lead', params);
var contents = [{ content_name: 'Gift Card' }];
contents[0] = { content_name: 'Naltrexone 50mg' };
ttq.track('AddToCart', { contents: contents });
var ROUTE_EVENTS = new Map();
ROUTE_EVENTS.set('/ivf/thank-you', 'IVF Consultation Booked');
fbq('trackCustom', ROUTE_EVENTS.get(location.pathname));`,
    expected: [[PR, /Oncology/], [PR, /Naltrexone/], [EV, /IVF Consultation Booked/]],
  },
  'an object changed through another name for it': {
    code: `var cfg = { ev: 'Lead' };
var c2 = cfg;
c2.ev = 'Therapy Intake Booked';
fbq('trackCustom', cfg.ev);
var ud = {};
var u = ud;
u.em = window.patient.email;
ttq.identify(ud);`,
    expected: [[EV, /Therapy Intake Booked/], [AM, /sends email through ttq\.identify\(\)/]],
  },
  "a global read back through the global object, or set there and read by name": {
    code: `var EVENT_NAME = 'Depression Screening Started';
fbq('trackCustom', window.EVENT_NAME);
window.FORM_EVENT = 'IVF Consult Requested';
ttq.track(FORM_EVENT);
window['LEAD_EVENT'] = 'Lead';
if (location.pathname.indexOf('/rehab') === 0) window.LEAD_EVENT = 'Rehab Admission Form';
snaptr('track', 'CUSTOM_EVENT_1', { description: self.LEAD_EVENT });
PAGE_TOPIC = 'oncology';
pintrk('track', 'lead', { lead_type: window.PAGE_TOPIC });`,
    expected: [[EV, /Depression Screening/], [EV, /IVF Consult/], [PR, /Rehab Admission/], [PR, /oncology/]],
  },
  "a beacon's query filled by URLSearchParams or a URL's searchParams (session 46)": {
    code: `var q = new URLSearchParams();
q.set('id', '123456789012345');
q.append('ev', 'Suboxone Intake');
new Image().src = 'https://www.facebook.com/tr?' + q;
var url = new URL('https://analytics.tiktok.com/api/v2/pixel');
url.searchParams.set('event', 'Lead');
url.searchParams.set('email', window.patient.email);
navigator.sendBeacon(url);`,
    expected: [[PX, /facebook\.com\/tr/], [EV, /Suboxone Intake/], [PX, /analytics\.tiktok\.com/], [AM, /send email/]],
  },
  'a name queued by one function and sent when another flushes the queue (session 46)': {
    code: `var queue = [];
function track(name, data) { queue.push({ name: name, data: data }); }
function flush() { while (queue.length) { var e = queue.shift(); fbq('trackCustom', e.name, e.data); } }
track('Methadone Intake', { content_category: 'Oncology' });
setTimeout(flush, 2000);`,
    expected: [[EV, /Methadone Intake/], [PR, /Oncology/]],
  },
  'event parameters written from computed keys say nothing of identity': {
    code: `var params = {};
for (var key in window.product) params[key] = window.product[key];
fbq('track', 'ViewContent', params);`,
    expected: [],
  },
};

describe('parity: data built or changed by the code around the call', () => parityCases(CASES));
