/**
 * Ad platforms beyond the ten the tracker issue names: AppLovin Axon, The Trade Desk and tvScientific
 * (seen in a real telehealth container, knowledge/pixels.md) and Quora, Nextdoor, Taboola, Outbrain,
 * AdRoll, Amazon Ads, Spotify, Yahoo and StackAdapt. Each snippet is the vendor's published base code
 * or call API (sources in packages/core/src/vendors) with health data, run through the ESLint rules
 * and a GTM Custom HTML tag; look-alikes of the short globals must stay silent in both.
 */
import { describe } from 'vitest';
import { AM, EV, parityCases, PR, PX, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  'Quora Pixel base code, init with an email, a health event': {
    code: `!function(q,e,v,n,t,s){if(q.qp) return; n=q.qp=function(){n.qp?n.qp.apply(n,arguments):n.queue.push(arguments);}; n.queue=[];t=document.createElement(e);t.async=!0;t.src=v; s=document.getElementsByTagName(e)[0]; s.parentNode.insertBefore(t,s);}(window, 'script', 'https://a.quora.com/qevents.js');
qp('init', '0123456789abcdef0123456789abcdef', { email: window.user.email });
qp('track', 'Therapy Intake Completed');`,
    expected: [[PX, /Quora/], [AM, /Quora.*email/], [EV, /Therapy/]],
  },
  'Nextdoor universal pixel, init with user_email, userData in track': {
    code: `!function(e,n){var t,p;e.ndp||((t=e.ndp=function(){t.handleRequest?t.handleRequest.apply(t,arguments):t.queue.push(arguments)}).queue=[],t.v=1,(p=n.createElement(e="script")).async=!0,p.src="https://ads.nextdoor.com/public/pixel/ndp.js?id=abc",(n=n.getElementsByTagName(e)[0]).parentNode.insertBefore(p,n))}(window,document);
ndp('init', 'abc', { user_email: patient.email });
ndp('track', 'CUSTOM_CONVERSION_1', { condition: 'Opioid Use Disorder' }, { phone_number: patient.phone });`,
    expected: [[PX, /Nextdoor/], [AM, /Nextdoor.*email/], [PR, /Opioid/], [AM, /Nextdoor.*phone/]],
  },
  'Taboola _tfa queue, a health event name with unified_id, the loader': {
    code: `window._tfa = window._tfa || [];
window._tfa.push({notify: 'event', name: 'page_view', id: 1234567});
window._tfa.push({notify: 'event', name: 'ivf_consult_booked', id: 1234567, unified_id: hashedEmail});
!function (t, f, a, x) { if (!document.getElementById(x)) { t.async = 1;t.src = a;t.id=x;f.parentNode.insertBefore(t, f); } }(document.createElement('script'), document.getElementsByTagName('script')[0], '//cdn.taboola.com/libtrc/unip/1234567/tfa.js', 'tb_tfa_script');`,
    expected: [[PX, /Taboola/], [EV, /ivf/], [AM, /Taboola.*email/]],
  },
  "Taboola's loader under the account's name; its publisher widget is no pixel (real-site trial, session 35)": {
    code: `var s = document.createElement('script'); s.src = '//cdn.taboola.com/libtrc/clinic-account/tfa.js'; document.head.appendChild(s);
var w = document.createElement('script'); w.src = '//cdn.taboola.com/libtrc/news-publisher/loader.js'; document.head.appendChild(w);`,
    expected: [[PX, /Taboola.*clinic-account\/tfa\.js/]],
  },
  'Xandr (AppNexus) conversion and segment pixels with a health product (real-site trial, session 35)': {
    code: `new Image().src = 'https://secure.adnxs.com/px?id=991529&t=2';
new Image().src = 'https://ib.adnxs.com/seg?add=123&t=2&product=Dental%20Implants';`,
    expected: [[PX, /Xandr/], [PR, /Dental Implants/]],
  },
  "Admedo's pixel with the visitor's name as its customer id (real-site trial, session 35)": {
    code: `var a = document.createElement('script');
a.src = '//pool.admedo.com/pixel?id=101519&t=js&productid=' + encodeURIComponent(form.product.value) + '&customerid=' + encodeURIComponent(form.fullName.value);
document.head.appendChild(a);`,
    expected: [[PX, /Admedo/], [AM, /Admedo.*external id/]],
  },
  'Outbrain OB_ADV_ID and a health conversion name': {
    code: `var OB_ADV_ID = '00abc';
obApi('track', 'Bariatric Surgery Seminar Signup', { orderValue: 0 });`,
    expected: [[PX, /Outbrain/], [EV, /Bariatric/]],
  },
  'AdRoll ids, adroll.identify with an email, health products': {
    code: `adroll_adv_id = "ABCDEFGHIJKLMNOPQRSTUV";
adroll_pix_id = "ABCDEFGHIJKLMNOPQRSTUW";
adroll.identify({ email: form.email.value });
adroll.track('purchase', { products: [{ product_id: 'hiv-prep-30', category: 'HIV PrEP' }] });`,
    expected: [[PX, /AdRoll/], [AM, /AdRoll.*email/], [PR, /hiv-prep/], [PR, /HIV PrEP/]],
  },
  'Amazon Ads tag, setUserData, a health trackEvent': {
    code: `!function(w,d,s,t,a){if(w.amzn)return;w.amzn=a=function(){w.amzn.q.push([arguments,(new Date).getTime()])};a.q=[];a.version="0.0";s=d.createElement("script");s.src="https://c.amazon-adsystem.com/aat/amzn.js";s.id="amzn-pixel";s.async=!0;t=d.getElementsByTagName("script")[0];t.parentNode.insertBefore(s,t)}(window,document);
amzn("setRegion","NA"); amzn("addTag","1111-2222");
amzn("setUserData", { email: user.email, phonenumber: user.phone });
amzn("trackEvent", "Psychiatry Appointment Booked");`,
    expected: [[PX, /Amazon Ads/], [AM, /Amazon Ads.*email, phone/], [EV, /Psychiatry/]],
  },
  'Spotify spdt conf, alias with an email, a health lead category': {
    code: `spdt('conf', { key: '0123456789abcdef0123456789abcdef' });
spdt('alias', { id: user.id, email: user.email });
spdt('lead', { category: 'Gender-affirming hormone therapy' });`,
    expected: [[PX, /Spotify/], [AM, /Spotify.*email/], [PR, /Gender-affirming/]],
  },
  'Yahoo dot tag (queue renamed by the IIFE) and its image pixel with a health ec': {
    code: `(function(w,d,t,r,u){w[u]=w[u]||[];w[u].push({'projectId':'10000','properties':{'pixelId':'123'}});var s=d.createElement(t);s.src=r;s.async=true;d.getElementsByTagName(t)[0].parentNode.insertBefore(s, d.getElementsByTagName(t)[0]);})(window,document,"script","https://s.yimg.com/wi/ytc.js","dotq");
var i = new Image(); i.src = 'https://sp.analytics.yahoo.com/spp.pl?a=10000&.yp=123&ec=std_test_ordered';`,
    expected: [[PX, /Yahoo/], [EV, /std_test/]],
  },
  'AppLovin Axon base code, health content and event name': {
    code: `var AXON_EVENT_KEY="abc";
axon("init");
axon("track", "generate_lead", { user_id: patient.id, content: 'Semaglutide weight loss program' });
axon("track", "naltrexone_order_placed");`,
    expected: [[PX, /AppLovin/], [PR, /Semaglutide/], [EV, /naltrexone/]],
  },
  'The Trade Desk Universal Pixel with a health td1': {
    code: `ttd_dom_ready( function() {
  if (typeof TTDUniversalPixelApi === 'function') {
    var universalPixelApi = new TTDUniversalPixelApi();
    universalPixelApi.init("adv1", ["px1"], "https://insight.adsrvr.org/track/up", { td1: 'Erectile dysfunction treatment' });
  }
});`,
    expected: [[PX, /The Trade Desk/], [PR, /Erectile/]],
  },
  'tvScientific image pixel with a health u1 event': {
    code: `(function(){var w=window.location; var s = w.protocol + "//tvspix.com/t.png?&t=" + (new Date).getTime() + "&l=tvscientific-pix-o-1&u1=ketamine_therapy_booked&u3=" + encodeURIComponent(w.href); var i = new Image(); i.src = s;})();`,
    expected: [[PX, /tvScientific/], [EV, /ketamine/]],
  },
  'StackAdapt base code with a health eventName': {
    code: `!function(s,a,e,v,n,t,z){if(s.saq)return;n=s.saq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!s._saq)s._saq=n;n.push=n;n.loaded=!0;n.version='1.0';n.queue=[];t=a.createElement(e);t.async=!0;t.src=v;z=a.getElementsByTagName(e)[0];z.parentNode.insertBefore(t,z)}(window,document,'script','https://tags.srv.stackadapt.com/events.js');
saq('ts', 'abc', { eventName: 'hepatitis_c_screening_signup' });`,
    expected: [[PX, /StackAdapt/], [EV, /hepatitis/]],
  },

  // Look-alikes: none of these is the vendor's pixel.
  'a local qp() query-string helper': {
    code: `function qp(k) { return new URLSearchParams(location.search).get(k); }
qp('track'); qp('init');`,
    expected: [],
  },
  'the axon messaging library': {
    code: `var axon = require('axon');
var sock = axon.socket('push');
sock.send('track', 'therapy session booked');`,
    expected: [],
  },
  'Taboola and Outbrain publisher widgets (recommendations, not the ad pixel)': {
    code: `window._taboola = window._taboola || [];
_taboola.push({ article: 'auto' });
var s = document.createElement('script'); s.src = '//cdn.taboola.com/libtrc/healthnews-network/loader.js';
var o = document.createElement('script'); o.src = 'https://widgets.outbrain.com/outbrain.js';`,
    expected: [],
  },
  'an Amazon Associates widget': {
    code: `amzn_assoc_placement = 'adunit0';
amzn_assoc_search_bar = 'true';
var s = document.createElement('script'); s.src = '//z-na.amazon-adsystem.com/widgets/onejs?MarketPlace=US';`,
    expected: [],
  },
};

describe('further ad platforms through ESLint and GTM Custom HTML', () => {
  parityCases(CASES);
});
