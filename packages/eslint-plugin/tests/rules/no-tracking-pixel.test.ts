import rule from '../../src/rules/no-tracking-pixel.js';
import { invalid, run, ts } from '../tester.js';

const TIKTOK_2021 = `!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var i="https://analytics.tiktok.com/i18n/pixel/events.js";ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=i,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};var o=document.createElement("script");o.type="text/javascript",o.async=!0,o.src=i+"?sdkid="+e+"&lib="+t;var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(o,a)};
  ttq.load('C4ABCDEFGHIJKLMNOPQR');
  ttq.page();
}(window, document, 'ttq');`;

const TIKTOK_2024 = `!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(
var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js",o=n&&n.partner;ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};n=document.createElement("script")
;n.type="text/javascript",n.async=!0,n.src=r+"?sdkid="+e+"&lib="+t;e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(n,e)};
  ttq.load('CRGFPMRC77U82D2B2VPG');
  ttq.page();
}(window, document, 'ttq');`;

const TIKTOK_2020 = `(function() {
  var ta = document.createElement('script'); ta.type = 'text/javascript'; ta.async = true;
  ta.src = document.location.protocol + '//' + 'analytics.tiktok.com/i18n/pixel/sdk.js?sdkid=BTQQ3QRH0FRLT2B1IQEG';
  var s = document.getElementsByTagName('script')[0];
  s.parentNode.insertBefore(ta, s);
})();`;

const META = `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890123456');
fbq('track', 'PageView');`;

/** The start of a published gtm.js / gtag.js saved in a site, with Google's endpoint table further down. */
const GOOGLE_LIBRARY = (tags: string) =>
  `\n// Copyright 2012 Google Inc. All rights reserved.\n \n(function(){\n\nvar data = {\n"resource": {\n  "version":"2",\n  "tags":[${tags}]\n}};\nfunction endpoint(a){switch(a){case 8:return"https://www.google.com/pagead/1p-conversion";default:return"https://googleads.g.doubleclick.net/pagead/viewthroughconversion/"}}\n})();`;
const B = 'baseCode';
const U = 'loaderUrl';
const I = 'pixelInit';
const P = 'wrapperPackage';

run('no-tracking-pixel', rule, {
  valid: [
    // …and an analytics fallback loads Google Analytics only.
    "const s = document.createElement('script');\ns.src = `https://www.googletagmanager.com/gtag/js?id=${props.id || 'G-ABC123'}`;",
    // A sentence put on the page as text is not code either (parity tester, session 49).
    "const p = document.createElement('p');\np.textContent = 'Meta pixel (https://connect.facebook.net/en_US/fbevents.js) removed 2024';\nq.innerHTML = 'We removed the Meta pixel (https://www.facebook.com/tr?id=1&ev=PageView) in 2024';",
    // A sentence that mentions a beacon URL with its query, or goes on after a semicolon (adversarial tester, session 49).
    "export const NOTE = 'Our old tracking used https://www.facebook.com/tr?id=1&ev=PageView which we removed.';\nalert('TikTok used to receive https://analytics.tiktok.com/api/v2/pixel?event=ViewContent for each page; removed.');",
    // Code a conditional puts in only when a known test holds, which it never does (blind tester, session 49).
    { code: "import Script from 'next/script';\nconst GOOGLE_ADS_ID = 'AW-XXXXXXX';\nexport const G = () => <Script id=\"g\">{`gtag('js', new Date());\n${GOOGLE_ADS_ID !== 'AW-XXXXXXX' ? `gtag('config', '${GOOGLE_ADS_ID}');` : ''}`}</Script>;", languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    // An analytics id in code kept in a string is no Google Ads id.
    { code: "import Script from 'next/script';\nexport const G = () => <Script id=\"g\">{`gtag('config', '${process.env.NEXT_PUBLIC_GA_MEASUREMENT_ID}');`}</Script>;", languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    // A Graph API read of a Facebook Page's events (a GET, no body) sends no conversion (blind tester, session 42).
    'export async function pageEvents(pageId, token) {\n  return (await fetch(`https://graph.facebook.com/v19.0/${pageId}/events?access_token=${token}`)).json();\n}\nawait fetch(`https://graph.facebook.com/v19.0/${id}/events`, { method: "GET" });',
    // React state that is never set again is a constant: a switch off stays off (session 42).
    { code: "import { useState } from 'react';\nexport function D() { const [on] = useState(false); if (on) ttq.load('C123'); return null; }" },
    // Google's own endpoint table in a copy of its tag library (gtm.js, gtag.js): there whatever the container holds.
    GOOGLE_LIBRARY('{"function":"__googtag","vtp_tagId":"G-CEKNVJ3G9E"}'),
    // An older build defines `google_tag_manager` first (blind tester, session 46).
    GOOGLE_LIBRARY('').replace('\n \n(function(){', "\n\n (function(w,g){w[g]=w[g]||{};\n w[g].e=function(s){return eval(s);};})(window,'google_tag_manager');\n\n(function(){"),
    // TikTok's Business API beyond the Events API (reports, OAuth, advertisers) sends no visitor's data.
    "const base = 'https://business-api.tiktok.com/open_api/v1.3';\nawait fetch(`${base}/oauth2/advertiser/get/`, { headers: { 'Access-Token': token } });\nawait fetch('https://business-api.tiktok.com/open_api/v1.3/report/integrated/get/?advertiser_id=1', { headers });\nexport const provider = { tokenUrl: 'https://business-api.tiktok.com/open_api/v1.3/oauth2/access_token/' };",
    // A cookie table's provider: a name with its host in parentheses.
    "export const COOKIES = [{ name: '_ttp', provider: 'TikTok (analytics.tiktok.com)' }, { name: '_fbp', provider: 'Meta Platforms (https://connect.facebook.net/en_US/fbevents.js)' }];",
    // A type-only import loads nothing: TypeScript erases it (adversarial framework probe 47, session 35).
    { code: "import type { AdvancedMatching } from 'react-facebook-pixel';\nimport { type Options } from 'react-facebook-pixel';\nexport type PixelConfig = { matching?: AdvancedMatching; options?: Options };", ...ts() },
    // A bare host names a server (a privacy page's table of third parties); what loads is a URL built from it.
    "export const THIRD_PARTIES = [{ vendor: 'TikTok', host: 'analytics.tiktok.com' }, { vendor: 'Microsoft Advertising', host: ' bat.bing.com ' }];",
    // Code in a message or a test's data: it never runs.
    "throw new Error(\"fbq('init', '123456789012345') must not run before consent\");\nexpect(hasAdPixel(\"fbq('init', '123456789012345')\")).toBe(true);",
    // `metaPixel` outside `scripts.registry`, and Google Analytics through `@nuxt/scripts`.
    "export default defineNuxtConfig({ modules: ['@nuxt/scripts'], app: { metaPixel: { id: '1' } }, scripts: { registry: { googleAnalytics: { id: 'G-1' } } } });",
    // Google Analytics (`G-`) through `@next/third-parties`, and a component of the same name from elsewhere.
    "import { GoogleAnalytics } from '@next/third-parties/google';\nexport const L = () => <GoogleAnalytics gaId=\"G-ABC1234567\" />;",
    "import { GoogleAnalytics } from './analytics';\nexport const L = () => <GoogleAnalytics gaId=\"AW-123456789\" />;",
    // A test file that mocks a wrapper package loads nothing.
    "import ReactPixel from 'react-facebook-pixel';\njest.mock('react-facebook-pixel', () => ({ init: jest.fn() }));",
    // Another package whose name starts like a wrapper's, through `npm:` or a CDN; a wrapper's name on another host.
    "import a from 'npm:react-facebook-pixel-helpers@1';\nimport b from 'https://esm.sh/tiktok-pixel-lite@2';\nimport c from 'https://example.com/react-facebook-pixel.js';\nimport d from 'npm:react-facebook-pixel@1/types';",
    // Meta's server SDK is also the Marketing API: loading it, or managing ads with it, sends no events.
    "const bizSdk = require('facebook-nodejs-business-sdk');\nbizSdk.FacebookAdsApi.init(token);\nnew bizSdk.AdAccount('act_1').getCampaigns(['name']);\nnew bizSdk.AdsPixel(pixelId).get(['name', 'last_fired_time']);",
    // Google Ads API reports and campaign management send no visitor data; only its uploads do.
    "fetch(`https://googleads.googleapis.com/v24/customers/${customerId}/googleAds:search`, { method: 'POST', body })",
    "const url = 'https://googleads.googleapis.com/v24/customers/123/campaigns:mutate';",
    // TikTok video embeds and the Facebook login SDK are not pixels.
    "const s = document.createElement('script'); s.src = 'https://www.tiktok.com/embed.js';",
    'export const Video = () => <blockquote className="tiktok-embed" cite="https://www.tiktok.com/@clinic/video/1"><script async src="https://www.tiktok.com/embed.js"></script></blockquote>;',
    "loadScript('https://connect.facebook.net/en_US/sdk.js')",
    "const share = 'https://www.facebook.com/sharer/sharer.php?u=' + url;",
    "const label = 'Connect with us on ' + 'facebook.com' + '/clinic';",
    // Markup that never runs, as in GTM's Custom HTML: the body of a plain `<script src>` and an inert `<template>`.
    'export const A = () => <script src="/app.js" dangerouslySetInnerHTML={{ __html: "fbq(\'init\', \'1\');" }} />;',
    'export const B = () => <template dangerouslySetInnerHTML={{ __html: "<script>ttq.load(\'X1\')</script>" }} />;',
    'export const C = () => <script src="/app.js">{"snaptr(\'init\', \'abc\')"}</script>;',
    'export const D = () => <template><div><script>{"twq(\'config\', \'o1\')"}</script></div></template>;',
    // Text an HTML element shows: a display attribute, a string child, and a constant used only there.
    'export const E = () => <textarea value={v} onChange={set} placeholder="fbq(\'init\', \'YOUR_PIXEL_ID\');" />;',
    'export const F = () => <pre><code>{"ttq.load(\'C4ABCDEFGHIJKLMNOPQR\'); ttq.page();"}</code></pre>;',
    "const SNIPPET = `fbq('init', '123456789012345', { em: 'jane@example.com' });`;\nexport const G = () => <article><pre>{SNIPPET}</pre><input aria-label={SNIPPET} /></article>;",
    // Analytics and tag-manager loaders are checked for what they send, not for being present.
    "loadScript('https://www.googletagmanager.com/gtm.js?id=GTM-ABC123')",
    "gtag('config', 'G-ABC123')",
    // Calls that are not pixel installation.
    "ttq.track('CompletePayment')",
    "fbq('track', 'PageView')",
    "fbq('consent', 'revoke')",
    // Shims, shadowing locals and look-alikes.
    'window.ttq = window.ttq || [];',
    "function init(fbq) { fbq('init', '123') }",
    "import tiktoken from 'tiktoken';",
    "import FacebookLogin from 'react-facebook-login';",
    // A pixel package's name outside a module list is only text; other plugins in a list are not pixels.
    "const docs = 'See nuxt-facebook-pixel-module for the old setup';",
    "export default { plugins: ['gatsby-plugin-sitemap', { resolve: 'gatsby-plugin-manifest' }], modules: ['@nuxtjs/axios'] };",
    "const BANNED = ['nuxt-facebook-pixel-module', 'react-facebook-pixel'];\nif (BANNED.some((p) => deps.includes(p))) process.exitCode = 1;",
    "expect(config.modules).not.toContain('nuxt-facebook-pixel-module');",
    "console.log('TikTok pixel removed');",
    // A URL only compared, queried for or allowed by a Content-Security-Policy loads nothing; the loader is reported where it is.
    `const csp = "script-src 'self' https://analytics.tiktok.com https://bat.bing.com";`,
    `const policy = ["default-src 'self'", "img-src 'self' https://www.facebook.com/tr"].join('; ');`,
    "helmet({ contentSecurityPolicy: { directives: { scriptSrc: [\"'self'\", 'https://connect.facebook.net/en_US/fbevents.js'], 'img-src': 'https://www.facebook.com/tr' } } });",
    "const BLOCKED = ['sc-static.net/scevent.min.js', 's.pinimg.com/ct/core.js'];\nexport const isBlocked = (u) => BLOCKED.some((h) => u.includes(h)) || BLOCKED.indexOf(u) >= 0;",
    "if (['https://s.pinimg.com/ct/core.js'].includes(src)) skip();",
    "if (src.includes('connect.facebook.net/en_US/fbevents.js')) loaded = true;",
    "if (script.src === 'https://s.pinimg.com/ct/core.js') found = true;",
    `expect(document.querySelector('script[src*="analytics.tiktok.com/i18n/pixel/events.js"]')).toBeNull();`,
    "expect(uploadUrl('1')).toBe(`https://googleads.googleapis.com/v24/customers/1:uploadClickConversions`);",
    "expect(load).not.toHaveBeenCalledWith(expect.stringContaining('connect.facebook.net/en_US/fbevents.js'));",
    "const BLOCKED_HOSTS = new Set(['connect.facebook.net', 'analytics.tiktok.com']);\nexport const isBlocked = (url) => BLOCKED_HOSTS.has(new URL(url).hostname);",
    // A pixel audit: each URL only looked for in a loop, a filter that is counted, a callback that reads a file (blind tester, session 44).
    "const PATTERNS = ['connect.facebook.net/en_US/fbevents.js', 'analytics.tiktok.com/i18n/pixel/events.js'];\nexport function audit(files) {\n  for (const f of files) {\n    const src = readFileSync(f, 'utf8');\n    for (const p of PATTERNS) if (src.includes(p)) console.log(`${f}: ${p}`);\n  }\n}",
    "const FOUND = ['https://s.pinimg.com/ct/core.js', 'https://sc-static.net/scevent.min.js'];\nexport const count = (src) => FOUND.filter((p) => src.includes(p)).length;\nexport const any = (f) => FOUND.some((p) => readFileSync(f, 'utf8').includes(p));",
    "export const VENDOR_OF_HOST = { 'analytics.tiktok.com': 'TikTok', 'connect.facebook.net': 'Meta' };",
    "console.warn('Blocked https://connect.facebook.net/en_US/fbevents.js until consent');",
    // A sentence that mentions a URL loads nothing (adv23a #9).
    "var note = 'Meta pixel (https://connect.facebook.net/en_US/fbevents.js) removed 2024';",
    "showBanner(`Please allow analytics.tiktok.com in your ad blocker`);",
    "cy.intercept('https://www.facebook.com/tr*', { statusCode: 204 }).as('pixel');",
    "await page.route('**/analytics.tiktok.com/i18n/pixel/events.js', (route) => route.abort());",
    "nock('https://business-api.tiktok.com/open_api/v1.3').post('/event/track/').reply(200, {});",
    // Mock Service Worker's handlers, by the names imported from `msw` (blind tester, session 41).
    { code: "import { http, HttpResponse } from 'msw';\nexport const handlers = [http.post('https://graph.facebook.com/v19.0/1234567890/events', () => HttpResponse.json({ events_received: 1 }))];", languageOptions: { sourceType: 'module' } },
    "export function vendorOf(url) {\n  switch (new URL(url).host) {\n    case 'analytics.tiktok.com': return 'tiktok';\n    default: return null;\n  }\n}",
    "const TIKTOK = 'https://analytics.tiktok.com';\nexport const directives = { 'script-src': [\"'self'\", TIKTOK], 'connect-src': [\"'self'\", TIKTOK] };",
    "const TIKTOK_ORIGIN = 'https://analytics.tiktok.com';\nres.headers.set('Content-Security-Policy', `default-src 'self'; script-src 'self' ${TIKTOK_ORIGIN}`);",
    // Types and ambient declarations run nothing; a connection hint requests nothing (as in HTML).
    { code: 'declare global {\n  interface Window { fbq?: (...args: unknown[]) => void; _fbq?: unknown }\n}\nexport {};', ...ts() },
    { code: 'declare const _fbq: unknown;\ntype Loader = { _fbq: unknown; url: "https://connect.facebook.net/en_US/fbevents.js" };', ...ts() },
    'export const Head = () => <><link rel="dns-prefetch" href="https://analytics.tiktok.com" /><link rel="preconnect" href="https://static.ads-twitter.com" /></>;',
    // Comments never count.
    "/* fbq('init', '1234567890123456'); https://connect.facebook.net/en_US/fbevents.js */ const x = 1;",
    // Allowed vendor.
    { code: "fbq('init', '1234567890123456')", options: [{ allowVendors: ['meta'] }] },
    { code: "fbq('init', '1234567890123456')", settings: { phiguard: { allowVendors: ['meta'] } } },
  ],
  invalid: [
    // …but another vendor's pixel compiled into it (a Custom HTML tag) is still the site's.
    invalid(GOOGLE_LIBRARY(`{"function":"__html","vtp_html":"<script>fbq('init','123');</script>"}`), [[I, "fbq('init','123')"]]),
    // …and one joined from a list written in place (adversarial probe 30, session 35).
    invalid("export function load(locale = 'en_US') {\n  const s = document.createElement('script');\n  s.src = ['https://connect.facebook.net', locale, 'fbevents.js'].join('/');\n  document.head.appendChild(s);\n}", [[U, "['https://connect.facebook.net', locale, 'fbevents.js'].join('/')"]]),
    // A URL built from a host held alone is reported where it is built.
    invalid("const HOST = 'analytics.tiktok.com';\nconst s = document.createElement('script');\ns.src = 'https://' + HOST + '/i18n/pixel/events.js';\ndocument.head.appendChild(s);", [[U, "'https://' + HOST + '/i18n/pixel/events.js'"]]),
    // TikTok: the three base-code generations.
    invalid(TIKTOK_2020, [[U, "document.location.protocol + '//' + 'analytics.tiktok.com/i18n/pixel/sdk.js?sdkid=BTQQ3QRH0FRLT2B1IQEG'"]]),
    invalid(TIKTOK_2021, [[B, 'TiktokAnalyticsObject']]),
    invalid(TIKTOK_2024, [[B, 'TiktokAnalyticsObject']]),
    // Inside React: de-minified in useEffect.
    invalid(
      `useEffect(() => {\n  (function (w, d, t) {\n    w.TiktokAnalyticsObject = t;\n    const ttq = (w[t] = w[t] || []);\n    ttq.load(process.env.NEXT_PUBLIC_TIKTOK_ID);\n  })(window, document, 'ttq');\n}, []);`,
      [[B, 'TiktokAnalyticsObject']],
    ),
    // Loader URLs: events.js, sdk.js, identify.js, host only, built by concatenation and templates.
    // Text with words around the URL that is code or a style still loads it.
    invalid("el.style.cssText = 'background: url(https://connect.facebook.net/en_US/fbevents.js) no-repeat';", [[U, "'background: url(https://connect.facebook.net/en_US/fbevents.js) no-repeat'"]]),
    invalid("var loader = \"var s = document.createElement('script'); s.src = 'https://connect.facebook.net/en_US/fbevents.js';\";", [[U, "\"var s = document.createElement('script'); s.src = 'https://connect.facebook.net/en_US/fbevents.js';\""]]),
    invalid("s.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=' + id + '&lib=ttq';", [[U, "'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=' + id + '&lib=ttq'"]]),
    invalid("s.src = `https://analytics.tiktok.com/i18n/pixel/identify.js`;", [[U, '`https://analytics.tiktok.com/i18n/pixel/identify.js`']]),
    invalid("const host = 'https://analytics.tiktok.com';\ns.src = host + '/i18n/pixel/' + file;", [[U, "'https://analytics.tiktok.com'"]]),
    invalid("const base = 'https://analytics.tiktok.com/i18n/pixel';\ns.src = `${base}/events.js?sdkid=${id}&lib=ttq`;", [[U, "'https://analytics.tiktok.com/i18n/pixel'"]]),
    invalid("s.src = 'https://connect.facebook.net/' + locale + '/fbevents.js';", [[U, "'https://connect.facebook.net/' + locale + '/fbevents.js'"]]),
    invalid("s.src = '//static.criteo.net/js/ld/ld.js';", [[U, "'//static.criteo.net/js/ld/ld.js'"]]),
    // Split into constants only (reported by the e2e helper's fuzzing).
    invalid("s.src = 'https://connect.facebook.net/' + 'en_US/fbevents.js';", [[U, "'https://connect.facebook.net/' + 'en_US/fbevents.js'"]]),
    invalid("s.src = 'https://analytics.' + 'tiktok.com/i18n/pixel/events.js';", [[U, "'https://analytics.' + 'tiktok.com/i18n/pixel/events.js'"]]),
    invalid("const L = 'en_US';\ns.src = 'https://connect.facebook.net/' + L + '/fbevents.js';", [[U, "'https://connect.facebook.net/' + L + '/fbevents.js'"]]),

    invalid(
      'export const TikTok = () => <Script src="https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABC&lib=ttq" strategy="afterInteractive" />;',
      [[U, '"https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABC&lib=ttq"']],
    ),
    // Meta: base code (init next to it is the same pixel), beacon, init on its own.
    invalid(META, [[B, '_fbq']]),
    invalid(
      'export const NoScript = () => <noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1234567890123456&ev=PageView&noscript=1" /></noscript>;',
      [[U, '"https://www.facebook.com/tr?id=1234567890123456&ev=PageView&noscript=1"']],
    ),
    invalid("fbq('init', '1234567890123456');", [[I, "fbq('init', '1234567890123456')"]]),
    // Two pixel ids of one vendor are one presence (once per vendor and file); another vendor is another.
    invalid("fbq('init', '1234567890123456');\nfbq('init', '6543210987654321', {});\nttq.load('C4ABCDEFGHIJKLMNOPQR');", [
      [I, "fbq('init', '1234567890123456')"],
      [I, "ttq.load('C4ABCDEFGHIJKLMNOPQR')"],
    ]),
    invalid("window.fbq?.('init', PIXEL_ID);", [[I, "window.fbq?.('init', PIXEL_ID)"]]),
    invalid("ttq.load('C4ABCDEFGHIJKLMNOPQR');", [[I, "ttq.load('C4ABCDEFGHIJKLMNOPQR')"]]),
    // Other vendors.
    invalid("gtag('config', 'AW-123456789');", [[I, "gtag('config', 'AW-123456789')"]]),
    // An id from another file named for Google Ads is one (real-site trial, session 35: a telehealth site's only ad tag).
    // Also written only when the id is set, as a Next.js site writes it (blind tester, session 49).
    invalid("import Script from 'next/script';\nexport default function G() {\n  const GOOGLE_ADS_ID = process.env.NEXT_PUBLIC_GOOGLE_ADS_ID;\n  return <Script id=\"g\">{`gtag('js', new Date());\n${GOOGLE_ADS_ID ? `gtag('config', '${GOOGLE_ADS_ID}');` : ''}`}</Script>;\n}", [[I, "gtag('config', '${GOOGLE_ADS_ID}')"]], { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }),
    // Also in code kept in a string, named where the outer file reads it (blind tester, session 49).
    invalid("import Script from 'next/script';\nexport default function G() {\n  const GA_ID = process.env.NEXT_PUBLIC_GA_ID;\n  const GOOGLE_ADS_ID = process.env.NEXT_PUBLIC_GOOGLE_ADS_ID;\n  return <Script id=\"g\">{`gtag('config', '${GA_ID}');\ngtag('config', '${GOOGLE_ADS_ID}');`}</Script>;\n}", [[I, "gtag('config', '${GOOGLE_ADS_ID}')"]], { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }),
    invalid("import Script from 'next/script';\nexport const G = () => <Script id=\"g\">{`gtag('config', '${process.env.NEXT_PUBLIC_GOOGLE_ADS_ID}');`}</Script>;", [[I, "gtag('config', '${process.env.NEXT_PUBLIC_GOOGLE_ADS_ID}')"]], { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }),
    invalid("import { GOOGLE_ADS_ID, GOOGLE_ANALYTICS_ID } from '@/lib/analytics/google-tag-ids';\nwindow.gtag('config', GOOGLE_ADS_ID, { send_page_view: false });\nwindow.gtag('config', GOOGLE_ANALYTICS_ID);\ngtag('config', process.env.NEXT_PUBLIC_GA_ID);", [[I, "window.gtag('config', GOOGLE_ADS_ID, { send_page_view: false })"]]),
    // A constant shown as text and also run; a component's prop, which it may run.
    invalid("const SNIPPET = \"fbq('init', '1');\";\nexport const H = () => <><pre>{SNIPPET}</pre><script dangerouslySetInnerHTML={{ __html: SNIPPET }} /></>;", [[I, "fbq('init', '1')"]]),
    invalid('export const J = () => <PixelSnippet placeholder="fbq(\'init\', \'1\');" />;', [[I, "fbq('init', '1')"]]),
    // `@next/third-parties`' component loads gtag.js and configures its id: an `AW-` or `DC-` one is Google Ads.
    invalid(
      "import { GoogleAnalytics as GA } from '@next/third-parties/google';\nconst ADS = 'AW-123456789';\nexport const L = () => <><GA gaId=\"G-ABC1234567\" /><GA gaId={ADS} /></>;",
      [[I, '<GA gaId={ADS} />']],
    ),
    invalid("import { GoogleAnalytics } from '@next/third-parties/google';\nexport const M = () => <GoogleAnalytics gaId=\"DC-1234567\" />;", [[I, '<GoogleAnalytics gaId="DC-1234567" />']]),
    // react-ga4 with a Google Ads id (an IVF clinic's thank-you page, thirty-eighth session's trial); with a GA4 id it is analytics.
    invalid("import ReactGA from 'react-ga4';\nReactGA.initialize('AW-11099289492');\nReactGA.initialize('G-ABC1234567');", [[I, "ReactGA.initialize('AW-11099289492')"]]),
    // A state setter handed on may turn the switch on.
    invalid("import { useState } from 'react';\nexport function C() { const [on, setOn] = useState(false); if (on) fbq('init', '1'); return <Toggle onChange={setOn} />; }", [[I, "fbq('init', '1')"]], { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }),
    // …and its list form (blind tester, session 42).
    invalid("import ReactGA from 'react-ga4';\nReactGA.initialize([{ trackingId: 'G-ABC1234567' }, { trackingId: 'AW-11099289492' }]);\nReactGA.initialize([{ trackingId: 'G-ABC1234567' }]);", [[I, "ReactGA.initialize([{ trackingId: 'G-ABC1234567' }, { trackingId: 'AW-11099289492' }])"]]),
    // Floodlight (Campaign Manager 360) through gtag.js: its `DC-` id routes to Google Ads.
    invalid("gtag('config', 'DC-1234567');", [[I, "gtag('config', 'DC-1234567')"]]),
    invalid(
      'export const Floodlight = () => <script async src="https://www.googletagmanager.com/gtag/js?id=DC-1234567"></script>;',
      [[U, '"https://www.googletagmanager.com/gtag/js?id=DC-1234567"']],
    ),
    invalid(
      'export const Ads = () => <script async src="https://www.googletagmanager.com/gtag/js?id=AW-123456789"></script>;',
      [[U, '"https://www.googletagmanager.com/gtag/js?id=AW-123456789"']],
    ),
    // An id with an Ads fallback loads Google Ads wherever nothing else is passed (real-repo tester, session 50).
    invalid(
      "export function init(props) {\n  const GTAG_ID = props.gtagId || process.env.PUBLIC_GTAG_ID || 'AW-10788600128';\n  const s = document.createElement('script');\n  s.src = `https://www.googletagmanager.com/gtag/js?id=${GTAG_ID}`;\n}",
      [[U, '`https://www.googletagmanager.com/gtag/js?id=${GTAG_ID}`']],
    ),
    invalid("snaptr('init', '0f1e2d3c-aaaa-bbbb-cccc-111122223333');", [[I, "snaptr('init', '0f1e2d3c-aaaa-bbbb-cccc-111122223333')"]]),
    invalid("pintrk('load', '2612345678901');", [[I, "pintrk('load', '2612345678901')"]]),
    invalid('_linkedin_partner_id = "1234567";', [[B, '_linkedin_partner_id']]),
    invalid('export const Li = () => <img height="1" width="1" alt="" src="https://dc.ads.linkedin.com/collect/?pid=1234567&fmt=gif" />;', [[U, '"https://dc.ads.linkedin.com/collect/?pid=1234567&fmt=gif"']]),
    invalid("twq('config', 'o1abc');", [[I, "twq('config', 'o1abc')"]]),
    invalid("rdt('init', 'a2_abcdef');", [[I, "rdt('init', 'a2_abcdef')"]]),
    invalid("s.src = 'https://bat.bing.com/bat.js';", [[U, "'https://bat.bing.com/bat.js'"]]),
    // Server endpoints.
    // `@nuxt/scripts`: a composable that loads the pixel (auto-imported), and the registry in `nuxt.config` (adv29 #5).
    invalid("const { proxy } = useScriptMetaPixel({ id: '3925006' });", [[I, "useScriptMetaPixel({ id: '3925006' })"]]),
    invalid(
      "export default defineNuxtConfig({ modules: ['@nuxt/scripts'], scripts: { registry: { metaPixel: { id: '1' }, googleAnalytics: { id: 'G-1' }, xPixel: { id: 'o1' } } } });",
      [[P, 'metaPixel'], [P, 'xPixel']],
    ),
    // The `google-ads-api` client's uploads; its reports send no visitor data (adv29 #4).
    invalid("import { GoogleAdsApi } from 'google-ads-api';\nconst customer = new GoogleAdsApi({ client_id: 'x' }).Customer({ customer_id: '1' });\nexport const upload = (hashedEmail) => customer.conversionUploads.uploadClickConversions({ conversions: [{ user_identifiers: [{ hashed_email: hashedEmail }] }] });\nexport const report = () => customer.query('SELECT campaign.id FROM campaign');", [['serverEndpoint', "customer.conversionUploads.uploadClickConversions({ conversions: [{ user_identifiers: [{ hashed_email: hashedEmail }] }] })"]]),
    // A customer list uploaded through Meta's server SDK, as through the raw `/users` URL (adv29 #15).
    invalid(
      "import { CustomAudience } from 'facebook-nodejs-business-sdk';\nexport const sync = (rows) => new CustomAudience('238').createUser([], { payload: { schema: ['EMAIL_SHA256'], data: rows } });",
      [['serverEndpoint', "new CustomAudience('238').createUser([], { payload: { schema: ['EMAIL_SHA256'], data: rows } })"]],
    ),
    invalid("await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', init);", [['serverEndpoint', "'https://business-api.tiktok.com/open_api/v1.3/event/track/'"]]),
    // Node's `https.request` to a host and path given apart: the endpoint they make.
    invalid("const https = require('node:https');\nhttps.request({ hostname: 'graph.facebook.com', path: '/v19.0/1/events', method: 'POST' }, onResponse);", [['serverEndpoint', "{ hostname: 'graph.facebook.com', path: '/v19.0/1/events', method: 'POST' }"]]),
    invalid("const url = `https://graph.facebook.com/v18.0/${PIXEL_ID}/events`;", [['serverEndpoint', '`https://graph.facebook.com/v18.0/${PIXEL_ID}/events`']]),
    // A helper that adds the path its callers give: the endpoint is named at the call site.
    invalid(
      "async function graphPost(path, params) { return fetch(`https://graph.facebook.com/v19.0/${path}`, { method: 'POST', body: JSON.stringify(params) }); }\ngraphPost(`${AUDIENCE}/users`, { payload: { schema: ['EMAIL_SHA256'], data: rows } });\ngraphPost('me/adaccounts', {});",
      [['serverEndpoint', "graphPost(`${AUDIENCE}/users`, { payload: { schema: ['EMAIL_SHA256'], data: rows } })"]],
    ),
    // An address joined by `new URL(path, base)`: a path from the root replaces the base's path, a relative one is appended.
    invalid("const url = new URL(`/v19.0/${PIXEL_ID}/events`, 'https://graph.facebook.com');", [['serverEndpoint', "new URL(`/v19.0/${PIXEL_ID}/events`, 'https://graph.facebook.com')"]]),
    invalid("const url = new URL('events', 'https://graph.facebook.com/v19.0/1/');\nconst own = new URL('/api/events', 'https://clinic.example.com');", [['serverEndpoint', "new URL('events', 'https://graph.facebook.com/v19.0/1/')"]]),
    // …also where an HTTP client's base URL meets the path (`axios.create({ baseURL })`), or in the base URL when it names the endpoint itself; another host is not.
    invalid(
      "const meta = axios.create({ baseURL: 'https://graph.facebook.com/v18.0' });\nawait meta.post(`/${PIXEL_ID}/events`, body);\nconst tt = ky.create({ prefixUrl: 'https://business-api.tiktok.com/open_api/v1.3' });\nawait tt.post('/event/track/', body);\nconst other = axios.create({ baseURL: 'https://api.example.com' });\nawait other.post('/events', body);",
      [['serverEndpoint', 'meta.post(`/${PIXEL_ID}/events`, body)'], ['serverEndpoint', "tt.post('/event/track/', body)"]],
    ),
    invalid("fetch(`https://googleads.googleapis.com/v24/customers/${id}:uploadClickConversions`, { method: 'POST', body })", [['serverEndpoint', '`https://googleads.googleapis.com/v24/customers/${id}:uploadClickConversions`']]),
    invalid("const job = 'https://googleads.googleapis.com/v24/customers/123/offlineUserDataJobs:create';", [['serverEndpoint', "'https://googleads.googleapis.com/v24/customers/123/offlineUserDataJobs:create'"]]),
    invalid("const url = `https://graph.facebook.com/v19.0/${audienceId}/users`;", [['serverEndpoint', '`https://graph.facebook.com/v19.0/${audienceId}/users`']]),
    invalid("fetch('https://widget.criteo.com/m/event?version=s2s_v0', { method: 'POST', body })", [['serverEndpoint', "'https://widget.criteo.com/m/event?version=s2s_v0'"]]),
    // Wrapper packages: import, require, dynamic import.
    invalid("import ReactPixel = require('react-facebook-pixel');", [[P, "'react-facebook-pixel'"]], ts()),
    // …also through Deno's and Bun's `npm:` prefix and ES-module CDNs (Supabase Edge Functions, import maps).
    invalid("import ReactPixel from 'npm:react-facebook-pixel@1.0.4';", [[P, "'npm:react-facebook-pixel@1.0.4'"]]),
    invalid("import TiktokPixel from 'https://esm.sh/v135/tiktok-pixel@2.0.3?bundle';", [[P, "'https://esm.sh/v135/tiktok-pixel@2.0.3?bundle'"]]),
    invalid("import ReactPixel from 'https://cdn.jsdelivr.net/npm/react-facebook-pixel@1/+esm';", [[P, "'https://cdn.jsdelivr.net/npm/react-facebook-pixel@1/+esm'"]]),

    invalid("import TiktokPixel from 'tiktok-pixel';", [[P, "'tiktok-pixel'"]]),
    invalid("const ReactPixel = require('react-facebook-pixel');", [[P, "'react-facebook-pixel'"]]),
    invalid("import('react-facebook-pixel').then((m) => m.default.init('123'));", [[P, "'react-facebook-pixel'"]]),
    invalid("import SnapPixel from 'react-snapchat-pixel';", [[P, "'react-snapchat-pixel'"]]),
    // A list that is exported, or used other than searched, may be loaded; a CSP meta inside markup does not hide the script beside it.
    invalid("export const PIXELS = ['https://connect.facebook.net/en_US/fbevents.js'];", [[U, "'https://connect.facebook.net/en_US/fbevents.js'"]]),
    invalid(
      "const URLS = ['https://analytics.tiktok.com/i18n/pixel/events.js'];\nif (!URLS.includes(src)) URLS.forEach(loadScript);",
      [[U, "'https://analytics.tiktok.com/i18n/pixel/events.js'"]],
    ),
    invalid("loadScript(src.startsWith('https://') ? src : 'https://s.pinimg.com/ct/core.js');", [[U, "'https://s.pinimg.com/ct/core.js'"]]),
    // A constant named in a policy and also loaded is a pixel.
    invalid(
      "const TIKTOK = 'https://analytics.tiktok.com/i18n/pixel/events.js';\nconst csp = `script-src 'self' ${TIKTOK}`;\nloadScript(TIKTOK);",
      [[U, "'https://analytics.tiktok.com/i18n/pixel/events.js'"]],
    ),
    // A key named like a CSP directive outside a policy is a plain setting; a callback that does more than compare may load.
    invalid(
      "const META = { scriptSrc: 'https://connect.facebook.net/en_US/fbevents.js' };\nexport function load() { const s = document.createElement('script'); s.src = META.scriptSrc; document.head.appendChild(s); }",
      [[U, "'https://connect.facebook.net/en_US/fbevents.js'"]],
    ),
    invalid("const TRACKERS = ['https://analytics.tiktok.com/i18n/pixel/events.js'];\nexport const ready = TRACKERS.every(loadScript);", [[U, "'https://analytics.tiktok.com/i18n/pixel/events.js'"]]),
    // …or a loop that loads each, or a filter whose elements go on to be loaded.
    invalid("const LOAD = ['https://bat.bing.com/bat.js'];\nfor (const u of LOAD) { const s = document.createElement('script'); s.src = u; document.head.appendChild(s); }", [[U, "'https://bat.bing.com/bat.js'"]]),
    invalid("const LOAD = ['https://www.redditstatic.com/ads/pixel.js'];\nLOAD.filter((u) => u.includes('reddit')).forEach((u) => loadScript(u));", [[U, "'https://www.redditstatic.com/ads/pixel.js'"]]),
    invalid(
      "const PIXELS = ['https://s.pinimg.com/ct/core.js'];\nPIXELS.some((src) => { const s = document.createElement('script'); s.src = src; document.head.appendChild(s); return false; });",
      [[U, "'https://s.pinimg.com/ct/core.js'"]],
    ),
    invalid(
      `document.head.innerHTML = '<meta http-equiv="Content-Security-Policy" content="script-src \\'self\\'"><script src="https://connect.facebook.net/en_US/fbevents.js"></script>';`,
      [[U, 'https://connect.facebook.net/en_US/fbevents.js']],
    ),
    // Framework module lists load packages by name: Nuxt `modules`/`buildModules` (bare or `[name, options]`), Gatsby `plugins` (`resolve`).
    invalid(
      "export default defineNuxtConfig({ modules: ['@nuxtjs/axios', 'nuxt-facebook-pixel-module', ['nuxt-tiktok-pixel-module', { pixel: 'C4ABC' }]] });",
      [[P, "'nuxt-facebook-pixel-module'"], [P, "'nuxt-tiktok-pixel-module'"]],
    ),
    invalid("module.exports = { buildModules: ['nuxt-snapchat-tracker-module'] };", [[P, "'nuxt-snapchat-tracker-module'"]]),
    // However the list is built: a constant, a production-only spread or `&&`, push, Nuxt 2's `{ src }`, `require.resolve`, `installModule`.
    invalid("const modules = ['@nuxt/image', 'nuxt-meta-pixel'];\nexport default defineNuxtConfig({ modules });", [[P, "'nuxt-meta-pixel'"]]),
    invalid("export default defineNuxtConfig({ modules: ['@nuxt/image', ...(isProd ? ['nuxt-linkedin-insight-tag'] : [])] });", [[P, "'nuxt-linkedin-insight-tag'"]]),
    invalid("module.exports = { buildModules: [isProd && 'nuxt-snapchat-tracker-module'].filter(Boolean) };", [[P, "'nuxt-snapchat-tracker-module'"]]),
    invalid(
      "const plugins = ['gatsby-plugin-sitemap'];\nif (process.env.FB_PIXEL_ID) plugins.push({ resolve: 'gatsby-plugin-facebook-pixel', options: { pixelId: process.env.FB_PIXEL_ID } });\nmodule.exports = { plugins };",
      [[P, "'gatsby-plugin-facebook-pixel'"]],
    ),
    invalid("export default { buildModules: [{ src: 'nuxt-facebook-pixel-module', options: { pixelId: '1' } }] };", [[P, "'nuxt-facebook-pixel-module'"]]),
    invalid("module.exports = { plugins: [{ resolve: require.resolve('gatsby-plugin-twitter-pixel') }] };", [[P, "'gatsby-plugin-twitter-pixel'"]]),
    invalid("export default defineNuxtModule({ async setup() { await installModule('nuxt-meta-pixel', { pixels: [] }); } });", [[P, "'nuxt-meta-pixel'"]]),
    invalid("module.exports = { plugins: ['gatsby-plugin-sitemap', { resolve: `gatsby-plugin-twitter-pixel`, options: { pixelId: 'o1abc' } }] };", [[P, '`gatsby-plugin-twitter-pixel`']]),
    // Code inside strings: the Next.js snippet, script children, textContent, innerHTML.
    invalid(
      `import Script from 'next/script';\nexport default function App() {\n  return <Script id="tiktok" dangerouslySetInnerHTML={{ __html: \`\n    !function (w, d, t) { w.TiktokAnalyticsObject=t; var ttq=w[t]=w[t]||[]; ttq.load('\${process.env.NEXT_PUBLIC_TIKTOK}'); ttq.page(); }(window, document, 'ttq');\n  \` }} />;\n}`,
      [[B, 'TiktokAnalyticsObject']],
    ),
    invalid(
      `export const Pixel = () => <Script id="fb">{\`${META.replaceAll('\n', ' ')}\`}</Script>;`,
      [[B, '_fbq']],
    ),
    // …a `<Script>` component's body runs even with `src` (Next.js runs it in place of the file); a template whose content the code takes out; a named constant may run elsewhere.
    invalid('export const F = () => <Script src="/app.js">{"qp(\'init\', \'q1\')"}</Script>;', [[I, "qp('init', 'q1')"]]),
    invalid(
      'export const T = () => <template id="px" dangerouslySetInnerHTML={{ __html: "<script>twq(\'config\', \'o1\')</script>" }} />;\nexport const use = () => document.body.append(document.getElementById(\'px\').content.cloneNode(true));',
      [[I, "twq('config', 'o1')"]],
    ),
    invalid('const CODE = "ttq.load(\'X2\')";\nexport const G = () => <script src="/app.js" dangerouslySetInnerHTML={{ __html: CODE }} />;\nnew Function(CODE)();', [[I, "ttq.load('X2')"]]),
    invalid("const s = document.createElement('script');\ns.textContent = \"fbq('init', '1234567890123456');\";", [[I, "fbq('init', '1234567890123456')"]]),
    invalid(
      "document.body.insertAdjacentHTML('beforeend', '<img src=\"https://ct.pinterest.com/v3/?tid=123&event=init&noscript=1\" />');",
      [[U, 'https://ct.pinterest.com/v3/?tid=123&event=init&noscript=1']],
    ),
    // TypeScript.
    invalid("(window as any).fbq('init', '1234567890123456');", [[I, "(window as any).fbq('init', '1234567890123456')"]], ts()),
    invalid("import TiktokPixel from 'tiktok-pixel';\nTiktokPixel.init(process.env.TT_ID as string);", [[P, "'tiktok-pixel'"]], ts('pixel.tsx')),
    // A type next to the loader: the loader is reported, not the type.
    invalid("declare global { interface Window { _fbq: any } }\nexport function load() {\n  const s = document.createElement('script');\n  s.src = 'https://connect.facebook.net/en_US/fbevents.js';\n}", [[U, "'https://connect.facebook.net/en_US/fbevents.js'"]], ts()),
    invalid('export const Head = () => <link rel="preload" as="script" href="https://analytics.tiktok.com/i18n/pixel/events.js" />;', [[U, '"https://analytics.tiktok.com/i18n/pixel/events.js"']]),
    // …and its Conversions API client, also the raw call it makes (`AdsPixel#createEvent`).
    invalid(
      "const { AdsPixel } = require('facebook-nodejs-business-sdk');\nawait new AdsPixel(pixelId).createEvent([], { data });",
      [['serverEndpoint', 'new AdsPixel(pixelId).createEvent([], { data })']],
    ),
    invalid(
      "const { EventRequest } = require('facebook-nodejs-business-sdk');\nawait new EventRequest(token, pixelId).setEvents([event]).execute();",
      [['serverEndpoint', 'new EventRequest(token, pixelId)']],
    ),
    // …also read off `require()` in place, without a variable.
    invalid(
      "const request = new (require('facebook-nodejs-business-sdk').EventRequest)(token, pixelId);",
      [['serverEndpoint', "new (require('facebook-nodejs-business-sdk').EventRequest)(token, pixelId)"]],
    ),
    invalid("require('react-facebook-pixel').default.init('123');", [[P, "'react-facebook-pixel'"]]),
  ],
});
