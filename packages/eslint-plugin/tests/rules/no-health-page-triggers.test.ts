import { htmlParser } from '../../src/index.js';
import rule from '../../src/rules/no-health-page-triggers.js';
import { invalid, run, ts, withData } from '../tester.js';

const P = 'healthPageCode';
const V = 'healthValueCode';
const R = 'healthPageRoute';
const S = 'healthPageRouteServer';

run('no-health-page-triggers', rule, {
  valid: [
    // A page file whose route names nothing of health, a file that is no page, analytics and consent on a health page (session 42).
    { code: "useEffect(() => { fbq('track', 'PageView'); }, []);", filename: 'app/about/page.tsx' },
    { code: "useEffect(() => { fbq('track', 'PageView'); }, []);", filename: 'app/psychiatry/components/Banner.tsx' },
    { code: "gtag('event', 'page_view');\nfbq('consent', 'revoke');", filename: 'app/psychiatry/page.tsx' },
    { code: "fbq('track', 'PageView');", filename: 'pages/api/therapy.ts' },
    { code: "fbq('dataProcessingOptions', ['LDU'], 0, 0);\nfbq('set', 'autoConfig', false, '123');", filename: 'app/psychiatry/page.jsx' },
    { code: "fbq('track', 'PageView');", filename: 'src/components/pages/Therapy.jsx' },
    { code: "<script>fbq('init', '1'); fbq('track', 'PageView');</script>", filename: 'therapy/index.html', languageOptions: { parser: htmlParser } },
    { code: "<script>fbq('init', '1');</script>", filename: 'site/page2.html', languageOptions: { parser: htmlParser } },
    // …and a template block printed off health pages, or on a page that names none.
    { code: "<?php if ( ! is_page( 'psychiatry' ) ) : ?>\n<script>fbq('track', 'ViewContent');</script>\n<?php endif; ?>\n{% if page.url contains '/careers' %}<script>fbq('track', 'Lead');</script>{% endif %}", filename: 'theme/header.php', languageOptions: { parser: htmlParser } },
    { code: "fbq('track', 'PageView');", filename: 'app/(therapy-group)/about/[therapy]/page.tsx' },
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
    // A test that guards something else.
    "if (`${base}${location.pathname}`.length > 1 && section === '/psychiatry') showBanner();\nfbq('track', 'PageView');",
    // Analytics (checked for what it sends by the other rules), consent calls, code outside the test.
    "if (location.pathname.includes('/psychiatry')) gtag('event', 'page_view');",
    "if (location.pathname.includes('/psychiatry')) fbq('consent', 'revoke');",
    // Settings that send no hit: they change what later calls send.
    "if (location.pathname.includes('/psychiatry')) fbq('set', 'autoConfig', false, '123');",
    "if (location.pathname.includes('/psychiatry')) fbq('dataProcessingOptions', ['LDU'], 1, 1000);",
    "if (location.pathname.includes('/psychiatry')) showBanner();\nfbq('track', 'PageView');",
    // Pixel scripts loaded off health pages, or under tests that name none; a URL only compared with, not loaded.
    "if (location.pathname.includes('/careers')) loadScript('https://analytics.tiktok.com/i18n/pixel/events.js');",
    "if (!location.pathname.startsWith('/therapy')) loadScript('https://connect.facebook.net/en_US/fbevents.js');",
    "if (location.pathname.startsWith('/therapy') && src.includes('connect.facebook.net/en_US/fbevents.js')) block();",
    // A constant URL loaded on every page, and compared (not loaded) under the test.
    "const SDK = 'https://analytics.tiktok.com/i18n/pixel/events.js';\nloadScript(SDK);\nif (location.pathname.startsWith('/therapy') && script.src === SDK) script.remove();",
    // Code in a string put on the page off health pages, or that only sets consent.
    "if (location.pathname.includes('/careers')) document.write(\"<script>snaptr('init', 'a')</script>\");",
    "if (location.pathname.includes('/psychiatry')) { const s = document.createElement('script'); s.text = \"fbq('consent', 'revoke');\"; document.head.append(s); }",
    // Lists that keep the pixel off health pages, or name none.
    "if (!['/psychiatry', '/ivf'].some((p) => location.pathname.includes(p))) fbq('track', 'PageView');",
    "if (['/careers', '/news'].some((p) => location.pathname.startsWith(p))) fbq('track', 'PageView');",
    "const PATHS = ['/psychiatry'];\nPATHS.push('/careers');\nif (PATHS.includes(location.pathname)) showBanner();\nfbq('track', 'PageView');",
    // The parameter is the item only where it is the callback's own: a shadowing name is not.
    "const p = '/careers';\nif (['/psychiatry'].some((q) => location.pathname.includes(p))) fbq('track', 'PageView');",
    // A router value that guards something else, a test that keeps the call off, a hook of the code's own that returns a constant.
    "import { useRouter } from 'next/router';\nconst router = useRouter();\nif (router.query.tab === 'psychiatry') showTab();\nfbq('track', 'PageView');",
    "import { usePathname } from 'next/navigation';\nconst pathname = usePathname();\nif (!pathname.startsWith('/psychiatry')) fbq('track', 'PageView');",
    "function useRoute() { return { path: '/psychiatry' }; }\nif (useRoute().path === '/psychiatry') fbq('track', 'PageView');",
    // Helpers: a negated one, one whose argument names no health term.
    "function isTherapyPage() { return location.pathname.startsWith('/therapy'); }\nif (!isTherapyPage()) fbq('track', 'PageView');",
    // Helpers with several returns, true only off health pages: the returns that cannot give the value the code needs are not read.
    "function isExcluded() {\n  if (location.pathname.startsWith('/therapy')) return true;\n  return false;\n}\nif (!isExcluded()) fbq('track', 'PageView');",
    "function allowed() {\n  if (location.pathname.startsWith('/psychiatry')) return false;\n  return true;\n}\nif (allowed()) ttq.track('ViewContent');",
    "function blocked() {\n  if (location.pathname.startsWith('/oncology')) return 'oncology';\n  return undefined;\n}\nif (!blocked()) snaptr('track', 'PAGE_VIEW');",
    "const onPage = (p) => location.pathname.startsWith(p);\nif (onPage('/careers')) fbq('track', 'PageView');",
    "function loop() { return loop(); }\nif (loop()) fbq('track', 'PageView');",
    // A memo of the code's own is not React's: its function may not run.
    "function useMemo(f) { return false; }\nconst onHiv = useMemo(() => location.pathname.startsWith('/hiv'), []);\nif (onHiv) fbq('track', 'PageView');",
    // Route-change listeners: a test that keeps the call off health pages, a page that names no health term.
    "import { useRouter } from 'next/router';\nconst router = useRouter();\nrouter.events.on('routeChangeComplete', (url) => {\n  if (!url.startsWith('/psychiatry')) fbq('track', 'PageView');\n});",
    "import { createBrowserHistory } from 'history';\nconst history = createBrowserHistory();\nhistory.listen((location) => {\n  if (location.pathname.startsWith('/careers')) fbq('track', 'PageView');\n});",
    // A negative lookaround names the pages the pattern keeps out.
    "if (/^\\/(?!psychiatry|ivf|hiv)/.test(location.pathname)) fbq('track', 'PageView');",
    "if (/(?<!psychiatry)\\/book$/.test(location.pathname)) ttq.track('Schedule');",
    // `match(…) === null`: not on those pages.
    "if (location.pathname.match(/psychiatry/) === null) fbq('track', 'PageView');",
    // A helper run only where the test keeps it off health pages, or nowhere under a test.
    "function trackTikTok() { ttq.track('ViewContent'); }\nif (!location.pathname.includes('/ivf')) trackTikTok();\nwindow.addEventListener('load', trackTikTok);",
    // A case that ends in `break` does not fall through.
    "switch (location.pathname) {\n  case '/psychiatry':\n    showBanner();\n    break;\n  case '/shop':\n    fbq('track', 'PageView');\n}",
    // Allowed vendor.
    { code: "if (location.pathname.includes('/psychiatry')) fbq('track', 'PageView');", options: [{ allowVendors: ['meta'] }] },
    // Values of the visit: a name that rules the word out, a test that keeps the call off, the build's settings, a constant, code compared as text.
    "if (reader.zodiacSign === 'Cancer') fbq('track', 'Lead');",
    "if (appointment.service !== 'ivf') fbq('track', 'Schedule');",
    "if (process.env.SITE === 'therapy') fbq('track', 'PageView');",
    // …also held in a constant, destructured, or in an object of settings; a look-alike through a string method or an alias (adversarial probes s39).
    "const BRAND = process.env.NEXT_PUBLIC_BRAND;\nconst { SITE } = process.env;\nconst cfg = { brand: import.meta.env.VITE_BRAND };\nif (BRAND === 'therapy') fbq('track', 'PageView');\nif (SITE === 'psychiatry') fbq('track', 'PageView');\nif (cfg.brand === 'ivf') fbq('track', 'PageView');",
    "if (reader.zodiacSign.toLowerCase() === 'cancer') fbq('track', 'Lead');\nconst s = reader.zodiacSign;\nif (s === 'Cancer') fbq('track', 'Lead');",
    "const KIND = 'therapy';\nif (KIND === 'therapy') fbq('track', 'PageView');",
    "if (snippet === \"fbq('trackCustom', 'Dialysis Booked')\") ttq.track('ViewContent');",
  ],
  invalid: [
    // Not the page address, but another value of the visit the ad call runs only for (session 39):
    // a variable of the code's own, a parameter named location, another object's URL, a router of the code's own.
    invalid("if ((item.path ?? '') === '/psychiatry') fbq('track', 'PageView');", [[V, "'/psychiatry'"]]),
    invalid("const [first] = sections;\nif (first === 'psychiatry') fbq('track', 'PageView');", [[V, "'psychiatry'"]]),
    invalid("if (item.url.includes('/psychiatry')) fbq('track', 'PageView');", [[V, "'/psychiatry'"]]),
    invalid("function f(location) { if (location.pathname.includes('/psychiatry')) fbq('track', 'PageView'); }", [[V, "'/psychiatry'"]]),
    invalid("function f(window) { if (window.location.pathname.includes('/psychiatry')) fbq('track', 'PageView'); }", [[V, "'/psychiatry'"]]),
    invalid("let path = location.pathname;\npath = normalise(path);\nif (path.includes('/psychiatry')) fbq('track', 'PageView');", [[V, "'/psychiatry'"]]),
    invalid("if (['/psychiatry'].some((p) => item.url.includes(p))) fbq('track', 'PageView');", [[V, "'/psychiatry'"]]),
    invalid("import { useLocation } from './hooks';\nconst { pathname } = useLocation();\nif (pathname.startsWith('/psychiatry')) fbq('track', 'PageView');", [[V, "'/psychiatry'"]]),
    invalid("import Router from 'next/router';\nRouter.events.on('routeChangeError', (err, url) => {\n  if (err.message.includes('/psychiatry')) fbq('track', 'PageView');\n});", [[V, "'/psychiatry'"]]),
    invalid("const emitter = makeEmitter();\nemitter.events.on('routeChangeComplete', (url) => {\n  if (url.startsWith('/psychiatry')) fbq('track', 'PageView');\n});", [[V, "'/psychiatry'"]]),
    invalid("router.afterEach((to) => {\n  if (to.path.startsWith('/psychiatry')) fbq('track', 'PageView');\n});", [[V, "'/psychiatry'"]]),
    invalid("import { afterNavigate } from '$app/navigation';\nafterNavigate(({ from }) => { if (from?.url.pathname.startsWith('/hiv-care')) fbq('track', 'PageView'); });\nimport { page } from './state';\nif (page.url.pathname.includes('/therapy')) fbq('track', 'PageView');", [[V, "'/hiv-care'"], [V, "'/therapy'"]]),
    invalid("import { useParams } from './hooks';\nif (useParams().condition === 'hiv') fbq('track', 'ViewContent');\nimport { useSearchParams } from 'next/navigation';\nexport function A() { if (useSearchParams().get('id') === '42') fbq('track', 'ViewContent'); }", [[V, "'hiv'"]]),
    invalid("import { createBrowserHistory } from 'history';\nconst history = createBrowserHistory();\nhistory.listen(({ state }) => {\n  if (state.startsWith('/therapy')) fbq('track', 'PageView');\n});\nconst onItem = ({ pathname }) => { if (pathname.startsWith('/therapy')) fbq('track', 'PageView'); };\nitems.forEach(onItem);", [[V, "'/therapy'"], [V, "'/therapy'", 1]]),
    invalid("class Ads {\n  constructor(private router: { url: string }) {}\n  track() {\n    if (this.router.url.includes('/oncology')) fbq('track', 'PageView');\n  }\n}", [[V, "'/oncology'"]], ts()),
    withData(invalid("function onBooked(appointment) {\n  if (appointment.service === 'IVF Consultation') fbq('track', 'Schedule');\n}", [[V, "'IVF Consultation'"]]), [
      { vendor: 'Meta', subject: 'appointment.service', operator: 'equals', value: 'IVF Consultation', term: 'IVF', category: 'reproductive', tier: '1' },
    ]),
    // A variable that starts as a literal and takes the visit's value later; a list only the visit fills (adversarial probes s39).
    invalid("let service = 'none';\nif (form) service = form.service;\nif (service === 'Chemotherapy') fbq('track', 'Schedule');", [[V, "'Chemotherapy'"]]),
    invalid("if (cart.items.some((i) => i.category === 'Contraception')) pintrk('track', 'checkout');", [[V, "'Contraception'"]]),
    invalid("switch (order.plan) {\n  case 'weight-loss':\n    ttq.track('CompletePayment');\n    break;\n}\nif (['ivf', 'egg-freezing'].includes(order.service)) snaptr('track', 'PURCHASE');", [[V, "'weight-loss'"], [V, "'ivf'"], [V, "'egg-freezing'"]]),
    withData(invalid("if (location.pathname.indexOf('/psychiatry') > -1) fbq('track', 'ViewContent');", [[P, "'/psychiatry'"]]), [
      { vendor: 'Meta', subject: 'location.pathname', operator: 'contains', value: '/psychiatry', term: 'psychiatry', category: 'mental health', tier: '1' },
    ]),
    invalid("if (window.location.href.includes('/conditions/hiv')) { ttq.track('ViewContent'); }", [[P, "'/conditions/hiv'"]]),
    withData(invalid("const path = document.location.pathname.toLowerCase();\nif (path.startsWith('/therapy/')) snaptr('track', 'PAGE_VIEW');", [[P, "'/therapy/'"]]), [
      { vendor: 'Snap', subject: 'document.location.pathname.toLowerCase()', operator: 'starts with', value: '/therapy/', term: 'therapy', category: 'mental health', tier: '1' },
    ]),
    invalid("if (/^\\/(oncology|psychiatry)\\//.test(location.pathname)) fbq('track', 'Lead');", [[P, '/^\\/(oncology|psychiatry)\\//']]),
    // Gatsby's onRouteUpdate gets the new page's location (adversarial framework probe 35, session 35).
    invalid(
      "export const onRouteUpdate = ({ location, prevLocation }) => {\n  if (location.pathname.includes('/abortion-care')) window.fbq('track', 'ViewContent');\n};\nexports.onPreRouteUpdate = (args) => {\n  if (args.location.pathname.startsWith('/ivf')) window.ttq.track('ViewContent');\n};",
      [[P, "'/abortion-care'"], [P, "'/ivf'"]],
    ),
    // A table keyed by the address, looked up and found: its keys with a value are the pages (adversarial probe 18, session 35).
    invalid(
      "const EVENTS = { '/psychiatry/book': 'Schedule', '/checkout/thank-you': 'Purchase', '/oncology': '' };\nexport function route() {\n  const ev = EVENTS[location.pathname];\n  if (!ev) return;\n  fbq('track', ev);\n}",
      [[P, "'/psychiatry/book'"]],
    ),
    // A word an alternation splits: the addresses the pattern spells out (`/prenatal-care/`).
    invalid("if (/^\\/(pre|post)natal-(care|yoga)\\//.test(location.pathname)) fbq('track', 'Lead');", [[P, '/^\\/(pre|post)natal-(care|yoga)\\//']]),
    invalid("if (new RegExp('^/ivf/').test(window.location.pathname)) fbq('track', 'Lead');", [[P, "'^/ivf/'"]]),
    // Early exits: the rest of the function runs only on those pages.
    invalid("(function () {\n  if (location.pathname.indexOf('/ivf') === -1) return;\n  fbq('trackCustom', 'Lead');\n})();", [[P, "'/ivf'"]]),
    invalid("function track() {\n  if (!location.href.match('/std-testing')) { return; }\n  ttq.track('ViewContent');\n}", [[P, "'/std-testing'"]]),
    invalid("switch (location.pathname) {\n  case '/abortion-care/book':\n    fbq('track', 'Schedule');\n    break;\n  default:\n    fbq('track', 'PageView');\n}", [[P, "'/abortion-care/book'"]]),
    invalid("switch (location.pathname) {\n  case '/psychiatry/booked':\n  case '/thank-you':\n    fbq('track', 'Schedule');\n}", [[P, "'/psychiatry/booked'"]]),
    invalid("switch (true) {\n  case location.pathname.startsWith('/oncology/'):\n    ttq.page();\n}", [[P, "'/oncology/'"]]),
    invalid("location.pathname === '/addiction-treatment' && pintrk('track', 'pagevisit');", [[P, "'/addiction-treatment'"]]),
    invalid("const PSYCH = '/psychiatry';\nif (~location.pathname.indexOf(PSYCH)) lintrk('track', { conversion_id: 1 });", [[P, 'PSYCH', 1]]),
    // A page file: its route names the pages its calls run on — Next.js's app and pages folders, a layout,
    // SvelteKit's routes, Nuxt's and Astro's pages — once per ad vendor, at its first call (blind tester, session 42).
    invalid("useEffect(() => { window.fbq('track', 'ViewContent'); window.fbq('track', 'Lead'); ttq.page(); }, []);", [[R, "window.fbq('track', 'ViewContent')"], [R, 'ttq.page()']], { filename: 'src/app/(site)/psychiatry/[slug]/page.tsx' }),
    // A layout wraps every page below it, and the message says so (blind tester, session 46).
    withData(invalid("fbq('track', 'PageView');", [[R, "fbq('track', 'PageView')"]], { filename: 'app/(clinic)/mental-health/layout.tsx' }), [{ vendor: 'Meta', pages: 'health pages', file: 'the layout of every page under', route: '/mental-health', term: 'mental-health', category: 'mental health', tier: '1', visited: 'these pages' }]),
    withData(invalid("fbq('track', 'PageView');", [[R, "fbq('track', 'PageView')"]], { filename: 'app/therapy/page.jsx' }), [{ vendor: 'Meta', pages: 'a health page', file: 'the page', route: '/therapy', term: 'therapy', category: 'mental health', tier: '1', visited: 'this page' }]),
    // A dynamic segment below the route: the file is every page under it (adversarial tester, session 49).
    withData(invalid("fbq('track', 'PageView');", [[R, "fbq('track', 'PageView')"]], { filename: 'app/therapy/[slug]/page.jsx' }), [{ vendor: 'Meta', pages: 'health pages', file: 'every page under', route: '/therapy', term: 'therapy', category: 'mental health', tier: '1', visited: 'these pages' }]),
    withData(invalid("fbq('track', 'PageView');", [[R, "fbq('track', 'PageView')"]], { filename: 'app/[locale]/therapy/page.jsx' }), [{ vendor: 'Meta', pages: 'a health page', file: 'the page', route: '/therapy', term: 'therapy', category: 'mental health', tier: '1', visited: 'this page' }]),
    invalid("fbq('track', 'PageView');", [[R, "fbq('track', 'PageView')"]], { filename: 'pages/therapy/[id].js' }),
    invalid("fbq('track', 'PageView');", [[R, "fbq('track', 'PageView')"]], { filename: 'app/fertility/layout.jsx' }),
    // Code in a string put on the page only for a value of the visit, in a file with no other ad call (adversarial tester, session 49).
    invalid("import Script from 'next/script';\nexport function X({ service }) {\n  return <>{service === 'IVF Consultation' && <Script id=\"s\">{`fbq('track', 'Schedule');`}</Script>}</>;\n}", [[V, "'IVF Consultation'"]]),
    invalid("export function Y({ service }) {\n  if (service !== 'STD Testing') return null;\n  return <script dangerouslySetInnerHTML={{ __html: \"ttq.track('ViewContent');\" }} />;\n}", [[V, "'STD Testing'"]]),
    // A call behind a test that names no health term (a consent check) still runs on the page (adversarial tester, session 49).
    invalid("useEffect(() => { if (localStorage.getItem('consent') === 'granted') fbq('track', 'ViewContent'); }, []);", [[R, "fbq('track', 'ViewContent')"]], { filename: 'app/therapy/page.jsx' }),
    invalid("if (document.cookie.includes('consent=yes')) ttq.page();", [[R, 'ttq.page()']], { filename: 'app/therapy/layout.jsx' }),
    // A pixel the page loads with no call written there: a script URL, a base code that sends by itself (adversarial tester, session 49).
    invalid("import Script from 'next/script';\nexport default function Page() {\n  return <><h1>Therapy</h1><Script src=\"https://connect.facebook.net/en_US/fbevents.js\" /></>;\n}", [[R, '"https://connect.facebook.net/en_US/fbevents.js"']], { filename: 'app/therapy/page.jsx' }),
    invalid("export default function Layout({ children }) {\n  return <>{children}<script dangerouslySetInnerHTML={{ __html: `_linkedin_partner_id = '123'; window._linkedin_data_partner_ids = [_linkedin_partner_id];` }} /><Script src=\"https://snap.licdn.com/li.lms-analytics/insight.min.js\" /></>;\n}", [[R, '_linkedin_partner_id']], { filename: 'app/mental-health/layout.jsx' }),
    // Behind a page test, the test reports it, not the route.
    invalid("export default function Page() {\n  if (location.pathname.startsWith('/therapy/adults')) loadScript('https://connect.facebook.net/en_US/fbevents.js');\n  return null;\n}", [[P, "'/therapy/adults'"]], { filename: 'app/therapy/page.jsx' }),
    invalid("fbq('track', 'PageView');", [[R, "fbq('track', 'PageView')"]], { filename: 'pages/services/hiv-testing.js' }),
    // A block a server template prints only on health pages (WordPress, Liquid), at its condition (blind tester, session 44).
    invalid("<?php if ( is_page( 'psychiatry' ) ) : ?>\n<script>fbq('track', 'ViewContent');</script>\n<?php endif; ?>", [[P, "is_page( 'psychiatry' )"]], { filename: 'theme/header.php', languageOptions: { parser: htmlParser } }),
    invalid("<?php if ( is_page( 'contact' ) || is_page( 'abortion' ) ) : ?>\n<script>fbq('track', 'ViewContent');</script>\n<?php endif; ?>", [[P, "is_page( 'abortion' )"]], { filename: 'theme/header.php', languageOptions: { parser: htmlParser } }),
    invalid("<% if current_page?('/hiv-testing') %>\n<script>rdt('track', 'PageVisit');</script>\n<% end %>", [[P, "current_page?('/hiv-testing')"]], { filename: 'app/views/layouts/application.html.erb', languageOptions: { parser: htmlParser } }),
    invalid("{% if page.url contains '/therapy' %}\n<img src=\"https://www.facebook.com/tr?id=1&ev=PageView&noscript=1\">\n{% endif %}", [[P, "page.url contains '/therapy'"]], { filename: 'layout/theme.liquid', languageOptions: { parser: htmlParser } }),
    // A static site's page: the file is the page it serves (blind tester, session 44).
    invalid("<script>\nfbq('init', '1');\nfbq('track', 'PageView');\n</script>", [[R, "fbq('init', '1')"]], { filename: 'site/ketamine-therapy.html', languageOptions: { parser: htmlParser } }),
    // A copy of a page named with a number (real-repo tester, session 50).
    invalid("<script>\nfbq('init', '1');\n</script>", [[R, "fbq('init', '1')"]], { filename: 'site/ivf2.html', languageOptions: { parser: htmlParser } }),
    invalid("<script>\nfbq('init', '1');\n</script>", [[R, "fbq('init', '1')"]], { filename: 'site/greffe-cheveux2.html', languageOptions: { parser: htmlParser } }),
    invalid("snaptr('track', 'PAGE_VIEW');", [[R, "snaptr('track', 'PAGE_VIEW')"]], { filename: 'src/routes/abortion-care/+page.js' }),
    // A route's server code (a loader, an action, getServerSideProps) sends an event, not a page URL (blind tester, session 51).
    invalid(
      "export async function action({ request }) {\n  await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST', body: JSON.stringify({ data: [{ event: 'SubmitForm' }] }) });\n}",
      [[S, "fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST', body: JSON.stringify({ data: [{ event: 'SubmitForm' }] }) })"]],
      { filename: 'app/routes/trt.tsx' },
    ),
    // Also with the access token in the endpoint's query (blind tester, session 51).
    invalid(
      "export async function loader() {\n  await fetch('https://graph.facebook.com/v19.0/1/events?access_token=' + process.env.FB_TOKEN, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'ViewContent' }] }) });\n}",
      [[S, "'https://graph.facebook.com/v19.0/1/events?access_token=' + process.env.FB_TOKEN"]],
      { filename: 'app/routes/services.ivf.tsx' },
    ),
    // …while a browser call of the vendor on the same page is still a hit that sends it.
    invalid(
      "export async function action() {\n  await fetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead' }] }) });\n}\nexport default function Page() { useEffect(() => { fbq('track', 'PageView'); }, []); return null; }",
      [[R, "fetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead' }] }) })"]],
      { filename: 'app/routes/therapy.tsx' },
    ),
    // Next.js middleware: the request's `nextUrl` is the page asked for (blind tester, session 42).
    invalid("export async function middleware(req) {\n  if (req.nextUrl.pathname.startsWith('/hiv-testing')) await fetch('https://graph.facebook.com/v19.0/123/events', { method: 'POST', body: '{}' });\n}", [[P, "'/hiv-testing'"]]),
    // A pixel's script or beacon loaded under the test (also by a helper run there): the pixel runs on those pages.
    invalid("if (location.pathname.startsWith('/therapy')) loadScript('https://connect.facebook.net/en_US/fbevents.js');", [[P, "'/therapy'"]]),
    invalid("if (location.pathname.includes('/ivf')) new Image().src = 'https://www.facebook.com/tr?id=1&ev=PageView';", [[P, "'/ivf'"]]),
    invalid(
      "function loadTikTok() {\n  const s = document.createElement('script');\n  s.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C1&lib=ttq';\n  document.head.appendChild(s);\n}\nif (document.referrer.includes('/hiv-testing')) loadTikTok();",
      [[P, "'/hiv-testing'"]],
    ),
    // A URL held in a constant runs where the constant is used.
    invalid("const PIXEL = 'https://www.facebook.com/tr?id=1&ev=PageView&noscript=1';\nif (location.pathname.startsWith('/therapy')) new Image().src = PIXEL;", [[P, "'/therapy'"]]),
    invalid("const SDK = 'https://analytics.tiktok.com/i18n/pixel/events.js';\nfunction boot() { if (location.pathname.startsWith('/ivf')) loadScript(SDK); }", [[P, "'/ivf'"]]),
    // Code in a string put on the page there (a script's text, `document.write`, a `<Script>` rendered under `&&`, a constant's use).
    invalid(
      "if (location.pathname.startsWith('/therapy')) {\n  const s = document.createElement('script');\n  s.textContent = \"fbq('init', '1'); fbq('track', 'PageView');\";\n  document.head.appendChild(s);\n}",
      [[P, "'/therapy'"]],
    ),
    invalid("if (location.pathname.includes('/ivf')) document.write('<img src=\"https://www.facebook.com/tr?id=1&ev=PageView\" />');", [[P, "'/ivf'"]]),
    invalid('export const P = () => <>{location.pathname.startsWith(\'/psychiatry\') && <Script id="tt">{"ttq.load(\'C1\'); ttq.page();"}</Script>}</>;', [[P, "'/psychiatry'"]]),
    invalid("const CODE = \"snaptr('init', 'a'); snaptr('track', 'PAGE_VIEW');\";\nif (location.pathname.includes('/hiv')) { const s = document.createElement('script'); s.text = CODE; document.body.append(s); }", [[P, "'/hiv'"]]),
    // One test, one finding per vendor, however many calls it guards.
    invalid("if (location.pathname.includes('/psychiatry')) {\n  fbq('init', '1');\n  fbq('track', 'PageView');\n  ttq.page();\n}", [[P, "'/psychiatry'"], [P, "'/psychiatry'"]]),
    // `a || b`: the pixel runs on the pages of either.
    invalid("if (location.pathname.includes('/cardiology') || document.referrer.includes('/oncology')) fbq('track', 'PageView');", [[P, "'/cardiology'"], [P, "'/oncology'"]]),
    // A test inside a callback registered on those pages.
    invalid("if (location.pathname.startsWith('/weight-loss/')) {\n  document.addEventListener('submit', () => fbq('track', 'Lead'));\n}", [[P, "'/weight-loss/'"]]),
    // Lists of pages: at the item when the list is written in the test, else at the list's name.
    withData(invalid("if (['/careers', '/psychiatry'].some((p) => location.pathname.includes(p))) fbq('track', 'PageView');", [[P, "'/psychiatry'"]]), [
      { vendor: 'Meta', subject: 'location.pathname', operator: 'contains', value: '/psychiatry', term: 'psychiatry', category: 'mental health', tier: '1' },
    ]),
    invalid("const HEALTH_PAGES = ['/ivf', '/oncology'];\nif (HEALTH_PAGES.some(function (prefix) { return location.pathname.indexOf(prefix) === 0; })) ttq.page();", [[P, 'HEALTH_PAGES', 1]]),
    invalid("if (['/careers', '/hiv-care'].find((p) => window.location.href.includes(p))) fbq('track', 'Lead');", [[P, "'/hiv-care'"]]),
    // …a list the code does not write there: a constant object's member (or one imported from another module), and its `includes`.
    invalid("const ROUTES = { FERTILITY: ['/ivf', '/egg-freezing'], CARE: ['/hiv-care'] };\nif (ROUTES.FERTILITY.some((p) => location.pathname.startsWith(p))) ttq.track('ViewContent');\nif (ROUTES.CARE.includes(location.pathname)) fbq('track', 'Lead');", [[P, 'ROUTES.FERTILITY'], [P, 'ROUTES.CARE']]),
    invalid("const PAGES = new Set(['/thank-you', '/abortion-care/booked']);\nif (PAGES.has(location.pathname)) fbq('track', 'Schedule');", [[P, 'PAGES', 1]]),
    invalid("if (['/home', '/psychiatry/booked'].includes(location.pathname)) snaptr('track', 'SIGN_UP');", [[P, "'/psychiatry/booked'"]]),
    invalid("function track() {\n  if (![/^\\/ivf\\//, /^\\/careers/].some((re) => re.test(location.pathname))) return;\n  fbq('track', 'Lead');\n}", [[P, '/^\\/ivf\\//']]),
    // The address as routers and destructuring give it.
    withData(
      invalid("import { usePathname } from 'next/navigation';\nexport function Pixel() {\n  const pathname = usePathname();\n  useEffect(() => {\n    if (pathname.startsWith('/therapy')) fbq('track', 'ViewContent');\n  }, [pathname]);\n  return null;\n}", [[P, "'/therapy'"]]),
      [{ vendor: 'Meta', subject: 'usePathname()', operator: 'starts with', value: '/therapy', term: 'therapy', category: 'mental health', tier: '1' }],
    ),
    invalid("import { useRouter } from 'next/router';\nconst router = useRouter();\nif (router.asPath.includes('/hiv-care')) ttq.track('ViewContent');", [[P, "'/hiv-care'"]]),
    invalid("import Router from 'next/router';\nif (Router.pathname === '/psychiatry/[slug]' && Router.query.slug === 'x') fbq('track', 'ViewContent');", [[P, "'/psychiatry/[slug]'"]]),
    withData(invalid("import { useLocation } from 'react-router-dom';\nconst { pathname } = useLocation();\nif (pathname.startsWith('/oncology')) snaptr('track', 'PAGE_VIEW');", [[P, "'/oncology'"]]), [
      { vendor: 'Snap', subject: 'pathname', operator: 'starts with', value: '/oncology', term: 'oncology', category: 'condition', tier: '2' },
    ]),
    invalid("import { useRoute } from 'vue-router';\nconst route = useRoute();\nif (route.path.startsWith('/psychiatry')) fbq('track', 'Lead');", [[P, "'/psychiatry'"]]),
    invalid("// Nuxt auto-imports useRoute.\nif (useRoute().fullPath.includes('/ivf')) fbq('track', 'Lead');", [[P, "'/ivf'"]]),
    invalid("export default {\n  mounted() {\n    if (this.$route.path.startsWith('/psychiatry')) fbq('track', 'ViewContent');\n  },\n};", [[P, "'/psychiatry'"]]),
    invalid("const { pathname } = window.location;\nif (pathname.includes('/psychiatry')) fbq('track', 'PageView');", [[P, "'/psychiatry'"]]),
    invalid("const loc = window.location;\nif (loc.pathname.includes('/psychiatry')) fbq('track', 'PageView');", [[P, "'/psychiatry'"]]),
    // Tests in helpers and constants: at the argument when the helper compares with it, else where the helper writes it.
    invalid("function isTherapyPage() {\n  return location.pathname.startsWith('/therapy');\n}\nif (isTherapyPage()) fbq('track', 'ViewContent');", [[P, "'/therapy'"]]),
    invalid("const onPage = (loc, p) => loc.pathname.indexOf(p) === 0;\nif (onPage(window.location, '/ivf/')) ttq.track('ViewContent');", [[P, "'/ivf/'"]]),
    invalid("const pages = {\n  isOncology() { return /\\/oncology\\//.test(location.pathname); },\n};\nfunction track() {\n  if (!pages.isOncology()) return;\n  fbq('track', 'Lead');\n}", [[P, '/\\/oncology\\//']]),
    invalid("const currentPath = () => window.location.pathname.toLowerCase();\nif (currentPath().startsWith('/addiction-treatment/')) fbq('track', 'Lead');", [[P, "'/addiction-treatment/'"]]),
    invalid("const onHivPage = location.href.includes('/hiv-care');\nif (onHivPage) snaptr('track', 'PAGE_VIEW');", [[P, "'/hiv-care'"]]),
    // Helpers with several returns: each return that can give true, with the tests it sits under.
    invalid("function isTherapyPage() {\n  if (location.pathname.startsWith('/therapy')) return true;\n  return false;\n}\nif (isTherapyPage()) fbq('track', 'ViewContent');", [[P, "'/therapy'"]]),
    invalid("function isTherapyPage() {\n  if (preview) return false;\n  return location.pathname.startsWith('/therapy');\n}\nif (isTherapyPage()) fbq('track', 'PageView');", [[P, "'/therapy'"]]),
    invalid("function section(name) {\n  const path = location.pathname;\n  if (!path) return false;\n  return path.startsWith('/' + name);\n}\nif (section('ivf')) ttq.track('ViewContent');", [[P, "'ivf'"]]),
    invalid("function isGeneral() {\n  if (location.pathname.startsWith('/hiv-care')) return false;\n  return true;\n}\nif (!isGeneral()) snaptr('track', 'PAGE_VIEW');", [[P, "'/hiv-care'"]]),
    // Route-change listeners: what the router passes them is the page address.
    invalid("import { useRouter } from 'next/router';\nexport function Pixel() {\n  const router = useRouter();\n  useEffect(() => {\n    const onRoute = (url) => {\n      if (url.startsWith('/psychiatry')) fbq('track', 'ViewContent');\n    };\n    router.events.on('routeChangeComplete', onRoute);\n    return () => router.events.off('routeChangeComplete', onRoute);\n  }, [router.events]);\n}", [[P, "'/psychiatry'"]]),
    invalid("import Router from 'next/router';\nRouter.events.on('routeChangeComplete', function (url) {\n  if (/\\/dermatology/.test(url)) fbq('track', 'PageView');\n});", [[P, '/\\/dermatology/']]),
    invalid("import { createRouter, createWebHistory } from 'vue-router';\nconst router = createRouter({ history: createWebHistory(), routes });\nrouter.afterEach((to) => {\n  if (to.path.startsWith('/fertility')) ttq.track('ViewContent');\n});", [[P, "'/fertility'"]]),
    invalid("export default {\n  mounted() {\n    this.$router.beforeEach((to, from, next) => {\n      if (to.fullPath.includes('/hiv')) snaptr('track', 'PAGE_VIEW');\n      next();\n    });\n  },\n};", [[P, "'/hiv'"]]),
    invalid("// Nuxt auto-imports defineNuxtRouteMiddleware.\nexport default defineNuxtRouteMiddleware((to) => {\n  if (to.path === '/abortion-care') pintrk('track', 'pagevisit');\n});", [[P, "'/abortion-care'"]]),
    // …also with the listener's parameter destructured (React Router 5 hands on a location, Vue Router a route, Angular an event).
    invalid(
      "import { createBrowserHistory } from 'history';\nconst history = createBrowserHistory();\nhistory.listen(({ pathname }) => {\n  if (pathname.startsWith('/addiction')) rdt('track', 'PageVisit');\n});\nimport { useRouter } from 'vue-router';\nuseRouter().afterEach(({ path: p = '/' }) => {\n  if (p.startsWith('/fertility')) ttq.track('ViewContent');\n});",
      [[P, "'/addiction'"], [P, "'/fertility'"]],
    ),
    // Path parameters and the query as routers give them: Next.js and React Router hooks, a Vue route's
    // name, params and query, an Angular ActivatedRoute's snapshot (adv29 #10).
    invalid(
      "import { useParams, useSearchParams } from 'next/navigation';\nexport function A() {\n  if (useSearchParams().get('service') === 'hiv-testing') fbq('track', 'ViewContent');\n  const { condition } = useParams();\n  if (condition === 'diabetes') rdt('track', 'PageVisit');\n}",
      [[P, "'hiv-testing'"], [P, "'diabetes'"]],
    ),
    invalid(
      "import { useSearchParams } from 'react-router-dom';\nexport function B() {\n  const [searchParams] = useSearchParams();\n  if (searchParams.get('service') === 'hiv-prep') ttq.track('ViewContent');\n}",
      [[P, "'hiv-prep'"]],
    ),
    invalid(
      "import { useRoute, useRouter } from 'vue-router';\nuseRouter().afterEach((to) => {\n  if (to.name === 'abortion-care') fbq('track', 'PageView');\n  if (to.params.condition === 'hiv') fbq('track', 'PageView');\n});\nconst route = useRoute();\nif (route.query.service === 'ivf') ttq.track('ViewContent');",
      [[P, "'abortion-care'"], [P, "'hiv'"], [P, "'ivf'"]],
    ),
    invalid(
      "import { ActivatedRoute } from '@angular/router';\nexport class C {\n  constructor(private route: ActivatedRoute) {}\n  ngOnInit() {\n    if (this.route.snapshot.paramMap.get('condition') === 'diabetes') fbq('track', 'ViewContent');\n    if (this.route.snapshot.params.condition === 'oncology') fbq('track', 'ViewContent');\n  }\n}",
      [[P, "'diabetes'"], [P, "'oncology'"]],
      ts(),
    ),
    // SvelteKit: the page (`$app/state`, the `$app/stores` store) and the navigation a hook gets (adv29 #10).
    invalid(
      "import { afterNavigate } from '$app/navigation';\nimport { page } from '$app/state';\nimport { page as pageStore } from '$app/stores';\nimport { get } from 'svelte/store';\nafterNavigate(({ to }) => {\n  if (to?.url.pathname.startsWith('/hiv-care')) fbq('track', 'PageView');\n});\nafterNavigate((nav) => { if (nav.to?.params?.condition === 'diabetes') ttq.track('ViewContent'); });\nexport function track() {\n  if (page.url.pathname.includes('/therapy')) fbq('track', 'PageView');\n  if (get(pageStore).url.pathname.includes('/oncology')) fbq('track', 'PageView');\n}",
      [[P, "'/hiv-care'"], [P, "'diabetes'"], [P, "'/therapy'"], [P, "'/oncology'"]],
    ),
    // Solid's router, and Qwik City's route, whose `url` is a URL (adv30 #9).
    invalid(
      "import { useLocation } from '@solidjs/router';\nimport { useLocation as useQwikLocation } from '@builder.io/qwik-city';\nexport function Solid() {\n  const loc = useLocation();\n  if (loc.pathname.startsWith('/addiction-treatment')) fbq('track', 'ViewContent');\n}\nexport function Qwik() {\n  const loc = useQwikLocation();\n  if (loc.url.pathname.startsWith('/psychiatry')) ttq.track('ViewContent');\n  if (loc.params.condition === 'diabetes') ttq.track('ViewContent');\n}",
      [[P, "'/addiction-treatment'"], [P, "'/psychiatry'"], [P, "'diabetes'"]],
    ),
    // `history` 5 passes `{ action, location }`.
    invalid(
      "import { createBrowserHistory } from 'history';\nconst history = createBrowserHistory();\nhistory.listen(({ location }) => {\n  if (location.pathname.startsWith('/oncology')) fbq('track', 'PageView');\n});\nhistory.listen((update) => {\n  if (update.location.pathname.includes('/hiv')) fbq('track', 'PageView');\n});",
      [[P, "'/oncology'"], [P, "'/hiv'"]],
    ),
    invalid("import { useHistory } from 'react-router-dom';\nexport function Track() {\n  const history = useHistory();\n  useEffect(() => history.listen((location) => {\n    if (location.pathname.startsWith('/addiction')) rdt('track', 'PageVisit');\n  }), [history]);\n}", [[P, "'/addiction'"]]),
    // Angular's Router, as a class gets it: its `url`, and the navigation events it emits.
    invalid(
      "import { Injectable } from '@angular/core';\nimport { NavigationEnd, Router } from '@angular/router';\nimport { filter } from 'rxjs/operators';\n@Injectable({ providedIn: 'root' })\nexport class PixelService {\n  constructor(private router: Router) {\n    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe((e: NavigationEnd) => {\n      if (e.urlAfterRedirects.includes('/oncology')) fbq('track', 'ViewContent');\n    });\n  }\n  lead() {\n    if (this.router.url.startsWith('/therapy')) fbq('track', 'Lead');\n  }\n}",
      [[P, "'/oncology'"], [P, "'/therapy'"]],
      ts(),
    ),
    invalid(
      "import { inject } from '@angular/core';\nimport { Router, NavigationEnd } from '@angular/router';\nexport class Ads {\n  private readonly router = inject(Router);\n  private other: Router;\n  constructor(router: Router) {\n    router.events.subscribe((event) => {\n      if (event instanceof NavigationEnd && event.url.startsWith('/cancer')) ttq.track('ViewContent');\n    });\n  }\n  a() { if (this.router.url.includes('/urology')) ttq.track('ViewContent'); }\n  b() { if (this.other.url.includes('/cardiology')) ttq.track('ViewContent'); }\n}",
      [[P, "'/cancer'"], [P, "'/urology'"], [P, "'/cardiology'"]],
      ts(),
    ),
    // Helpers and named callbacks run on the pages of the places that run them.
    invalid("function trackTikTok() { ttq.track('ViewContent'); }\nif (location.pathname.includes('/ivf')) trackTikTok();", [[P, "'/ivf'"]]),
    invalid("const snapView = () => snaptr('track', 'PAGE_VIEW');\nif (location.pathname.includes('/hiv-care')) { setTimeout(snapView, 0); }", [[P, "'/hiv-care'"]]),
    invalid("function trackPage() { fbq('track', 'PageView'); }\nif (location.pathname.includes('/psychiatry')) window.addEventListener('load', trackPage);", [[P, "'/psychiatry'"]]),
    // More ways to write the test.
    invalid("function f() {\n  if (!location.pathname.includes('/ivf')) { return; } else { console.log('IVF page'); }\n  fbq('track', 'Lead');\n}", [[P, "'/ivf'"]]),
    invalid("if (location.pathname.match(/psychiatry/) !== null) fbq('track', 'PageView');", [[P, '/psychiatry/']]),
    invalid("function f() {\n  if (/\\/ivf\\//.exec(location.pathname) == null) return;\n  ttq.track('ViewContent');\n}", [[P, '/\\/ivf\\//']]),
    invalid("switch (location.pathname) {\n  case '/psychiatry':\n    document.body.classList.add('bh');\n  case '/shop':\n    fbq('track', 'PageView');\n}", [[P, "'/psychiatry'"]]),
    invalid("for (const link of links) {\n  if (!location.pathname.startsWith('/oncology')) continue;\n  fbq('track', 'ViewContent');\n}", [[P, "'/oncology'"]]),
    invalid("if (location.pathname.split('/')[1] === 'therapy') fbq('track', 'ViewContent');", [[P, "'therapy'"]]),
    invalid("if (location.pathname.split('/').includes('psychiatry')) fbq('track', 'ViewContent');", [[P, "'psychiatry'"]]),
    invalid("if (location['pathname'].substring(0, 4) === '/ivf') fbq('track', 'ViewContent');", [[P, "'/ivf'"]]),
    invalid("const url = new URL(window.location.href);\nif (url.pathname.startsWith('/psychiatry')) fbq('track', 'ViewContent');", [[P, "'/psychiatry'"]]),
    invalid("if (new URLSearchParams(location.search).get('service') === 'hiv-testing') fbq('track', 'Lead');", [[P, "'hiv-testing'"]]),
    invalid("if ((location.pathname as string).includes('/psychiatry')) fbq('track', 'PageView');", [[P, "'/psychiatry'"]], ts()),
    // A gtag event with no send_to in a file that configures Google Ads reaches Google Ads.
    invalid("gtag('config', 'G-ABC1234567');\ngtag('config', 'AW-123456789');\nif (location.pathname.startsWith('/hiv')) gtag('event', 'page_view');", [[P, "'/hiv'"]]),
    // A test held by React's useMemo or a Vue computed ref.
    invalid("import { useMemo } from 'react';\nimport { usePathname } from 'next/navigation';\nexport function Meta() {\n  const pathname = usePathname();\n  const isHivPage = useMemo(() => pathname.startsWith('/hiv'), [pathname]);\n  useEffect(() => { if (isHivPage) fbq('track', 'ViewContent'); }, [isHivPage]);\n}", [[P, "'/hiv'"]]),
    invalid("import { computed } from 'vue';\nimport { useRoute } from 'vue-router';\nconst route = useRoute();\nconst isHiv = computed(() => route.path.startsWith('/hiv'));\nonMounted(() => { if (isHiv.value) fbq('track', 'ViewContent'); });", [[P, "'/hiv'"]]),
    // A Floodlight event sent through gtag.js is Google Ads'.
    invalid("if (location.pathname.startsWith('/hiv-treatment')) gtag('event', 'conversion', { allow_custom_scripts: true, send_to: 'DC-1234567/hiv00/lp000+standard' });", [[P, "'/hiv-treatment'"]]),
    // The address with a default, as a string, destructured from its pieces, and filtered.
    invalid("import { usePathname } from 'next/navigation';\nexport function Pixel() {\n  const pathname = usePathname() ?? '';\n  useEffect(() => {\n    if (pathname.startsWith('/conditions/hiv')) fbq('track', 'ViewContent');\n  }, [pathname]);\n}", [[P, "'/conditions/hiv'"]]),
    invalid("const service = new URLSearchParams(location.search).get('service') || '';\nif (service === 'naloxone') rdt('track', 'PageVisit');", [[P, "'naloxone'"]]),
    invalid("if ((location.pathname || '/').toLowerCase().startsWith('/ivf')) fbq('track', 'PageView');", [[P, "'/ivf'"]]),
    invalid("if (`${location.pathname}`.includes('/psychiatry')) fbq('track', 'PageView');", [[P, "'/psychiatry'"]]),
    invalid("const [, section] = location.pathname.split('/');\nif (section === 'ketamine-therapy') rdt('track', 'PageVisit');", [[P, "'ketamine-therapy'"]]),
    invalid("const section = location.pathname.split('/').filter(Boolean)[0];\nif (section === 'ketamine-therapy') rdt('track', 'PageVisit');", [[P, "'ketamine-therapy'"]]),
    // The window as the other rules follow it: an alias, `self`, a classic script's top-level `this`.
    invalid("const w = window;\nif (w.location.pathname.includes('/psychiatry')) fbq('track', 'PageView');", [[P, "'/psychiatry'"]]),
    invalid("if (this.location.href.includes('/hiv-care')) fbq('track', 'PageView');", [[P, "'/hiv-care'"]], { languageOptions: { sourceType: 'script' } }),
  ],
});
