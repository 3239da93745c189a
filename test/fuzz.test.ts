// Bad input never crashes phiguard. Real-world pixel snippets are mutated (tokens deleted,
// duplicated, swapped; text truncated; code wrapped in strings, templates, JSX and script
// sinks), and random token soup is generated:
// - `analyzeScript` (core) never throws and returns well-formed findings;
// - linting the same text through the plugin with ESLint's `Linter` never crashes a rule:
//   the only messages without a rule id are fatal parse errors.
import { analyzeScript, resolveSettings } from '@phiguard/core';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import phiguard from 'eslint-plugin-phiguard';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------------------------
// Seeds: the shapes pixels.md documents, written out by hand (minified and pretty variants).
// ---------------------------------------------------------------------------------------------
const SEEDS: readonly string[] = [
  // TikTok base code, 2024 generation (16 methods, partner option), minified.
  `!function (w, d, t) { w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js",o=n&&n.partner;ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};n=document.createElement("script");n.type="text/javascript",n.async=!0,n.src=r+"?sdkid="+e+"&lib="+t;e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(n,e)}; ttq.load('CRGFPMRC77U82D2B2VPG'); ttq.page(); }(window, document, 'ttq');`,
  // TikTok legacy loader built by concatenation.
  `var s = document.createElement('script'); s.src = document.location.protocol + '//' + 'analytics.tiktok.com/i18n/pixel/sdk.js?sdkid=' + id; document.head.appendChild(s);`,
  // Template-literal loader inside a bundle.
  'const base = "https://analytics.tiktok.com/i18n/pixel/events.js"; el.src = `${base}?sdkid=${env.CX_TIKTOK_PIXEL_ID || "CC1RQERC77U9MSBJI870"}&lib=ttq`;',
  // Identify and track calls, direct, window., optional chaining, instance().
  `ttq.identify({ email: user.email, phone_number: user.phone }); window.ttq?.track('booked_dermatology_appointment', { content_category: 'Dermatology' });`,
  `(window as any).ttq.instance('CRGFPMRC77U82D2B2VPG').track('Schedule', { content_name: \`Medicare Supplement \${plan}\` });`,
  `const t = window.ttq; t.identify({ sha256_email: await hashSHA256(email.trim().toLowerCase()) }); t.track(EVENTS.booked);`,
  // Meta base code and calls.
  `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js'); fbq('init', '1234567890123456', { em, ph }); fbq('track', 'PageView');`,
  `fbq('trackCustom', 'Paid: Weekly Therapy', { value: 95, currency: 'USD' }, { eventID: id });`,
  `import ReactPixel from 'react-facebook-pixel'; ReactPixel.init(PIXEL_ID, { em: user.email }, { autoConfig: true }); ReactPixel.trackCustom('therapy_intake_started');`,
  `const ReactPixel = require('react-facebook-pixel'); module.exports = () => ReactPixel.track('Lead', { content_category: 'Mental Healthcare' });`,
  // Google.
  `(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-N7K3P2Q');`,
  `window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'AW-123456789', { allow_enhanced_conversions: true }); gtag('set', 'user_data', { email, phone_number, address: { first_name } });`,
  `dataLayer.push({ event: 'hiv_test_order', order_id: order.id }); gtag('event', 'conversion', { send_to: 'AW-123456789/' + label, transaction_id });`,
  // Other vendors.
  `snaptr('init', 'b5a1c2d3-0000-4000-8000-123456789abc', { user_email: '__INSERT_USER_EMAIL__' }); snaptr('track', 'SIGN_UP');`,
  `pintrk('load', '2612345678901', { em: md5(email) }); pintrk('page'); pintrk('track', 'lead', { lead_type: 'IVF consult' });`,
  `_linkedin_partner_id = "1234567"; window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || []; window.lintrk('track', { conversion_id: 9876543 });`,
  `twq('event', 'tw-o1234-o5678', { email_address: email, phone_number: null }); rdt('init', 'a2_abcdef', { email, externalId }); rdt('track', 'Custom', { customEventName: 'std_test_booked' });`,
  `window.criteo_q = window.criteo_q || []; window.criteo_q.push({ event: 'setAccount', account: 12345 }, { event: 'setEmail', email: [hashed], hash_method: 'sha256' }, { event: 'viewItem', item: 'semaglutide-starter' });`,
  // Code inside strings and JSX.
  `export default function Layout() { return <Script id="tt" dangerouslySetInnerHTML={{ __html: \`!function (w, d, t) { w.TiktokAnalyticsObject=t; var ttq=w[t]=w[t]||[]; ttq.load('\${PIXEL}'); ttq.page(); }(window, document, 'ttq');\` }} />; }`,
  `const el = document.createElement('script'); el.textContent = "fbq('init', '123'); fbq('trackCustom', 'Paid: Med Management');"; document.body.appendChild(el);`,
  `document.write('<script src="https://analytics.tiktok.com/i18n/pixel/sdk.js?sdkid=' + id + '"></scr' + 'ipt>');`,
  // Clean code that looks similar.
  `async function ping() { const r = await fetch('/api/health_check'); console.log('health_check', r.status); return r.ok; }`,
  `function notify(ttq) { ttq.track('therapy_session_reminder'); } analytics.track('psychiatry_referral_created', { id });`,
  `<Script src="https://www.tiktok.com/embed.js" strategy="lazyOnload" />`,
];

// Tokens for mutation and for token soup: identifiers, strings, punctuation, whitespace, comments.
const TOKEN_RE = /\s+|\/\/[^\n]*|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|[\w$]+|./gsu;
const tokenize = (code: string): string[] => code.match(TOKEN_RE) ?? [];

const VOCAB = [
  'ttq', 'fbq', 'gtag', 'dataLayer', 'snaptr', 'pintrk', 'twq', 'rdt', 'lintrk', 'criteo_q', 'window', 'globalThis', 'self',
  '.', '?.', '(', ')', '{', '}', '[', ']', ',', ';', ':', '=', '+', '!', '=>', '...', '`', '${', '"', "'", '<', '>', '/>', '</',
  "'track'", "'trackCustom'", "'init'", "'identify'", "'set'", "'user_data'", "'event'", "'Paid: Weekly Therapy'",
  "'booked_dermatology_appointment'", "'hiv_test_order'", 'identify', 'track', 'load', 'instance', 'push', 'page',
  'email', 'phone_number', 'em', 'ph', 'content_category', 'content_name', 'event', "'https://analytics.tiktok.com/i18n/pixel/events.js'",
  'TiktokAnalyticsObject', 'import', 'from', "'react-facebook-pixel'", 'require', 'const', 'let', 'function', 'return',
  'as', 'any', 'satisfies', 'dangerouslySetInnerHTML', '__html', 'Script', '\n', ' ', '/*', '*/', '//', '\\',
];

const arbSeed = fc.constantFrom(...SEEDS);

/** One structural mutation of a token list. */
const arbTokenMutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...VOCAB) }),
);
type TokenMutation = typeof arbTokenMutation extends fc.Arbitrary<infer T> ? T : never;

function applyTokenMutation(tokens: string[], m: TokenMutation): string[] {
  const out = [...tokens];
  if (out.length === 0) return m.kind === 'insert' ? [m.token] : out;
  switch (m.kind) {
    case 'delete':
      out.splice(m.at % out.length, m.len);
      break;
    case 'duplicate': {
      const at = m.at % out.length;
      out.splice(at, 0, ...out.slice(at, at + m.len));
      break;
    }
    case 'swap': {
      const a = m.a % out.length;
      const b = m.b % out.length;
      [out[a], out[b]] = [out[b]!, out[a]!];
      break;
    }
    case 'insert':
      out.splice(m.at % (out.length + 1), 0, m.token);
      break;
  }
  return out;
}

/** Wrappers that put code where phiguard re-parses it (strings, templates, JSX, script sinks). */
const WRAPPERS: ReadonlyArray<(code: string) => string> = [
  (c) => c,
  (c) => `const snippet = '${c.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'").replace(/\n/gu, '\\n')}';`,
  (c) => `const snippet = "${c}";`, // unescaped: often breaks the outer parse, on purpose
  (c) => `const snippet = \`${c}\`;`,
  (c) => `const html = \`<script>\${x}${c}</script>\`; el.innerHTML = html;`,
  (c) => `export const Tag = () => <Script id="x" dangerouslySetInnerHTML={{ __html: \`${c}\` }} />;`,
  (c) => `export const Tag = () => <script dangerouslySetInnerHTML={{ __html: ${JSON.stringify(c)} }} />;`,
  (c) => `export const Tag = () => <Script id="x">{\`${c}\`}</Script>;`,
  (c) => `const s = document.createElement('script'); s.textContent = ${JSON.stringify(c)}; document.head.append(s);`,
  (c) => `document.write(${JSON.stringify(c)});`,
  (c) => `useEffect(() => { ${c} }, []);`,
];

// Mostly unwrapped code with few mutations (so that much of it still parses and the rules run
// on odd but valid ASTs), sometimes wrapped once or twice.
const arbWrapper = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: WRAPPERS.length - 1 }) });
const arbMutatedSnippet = fc
  .tuple(
    arbSeed,
    fc.array(arbTokenMutation, { maxLength: 3 }),
    fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.nat() }),
    arbWrapper,
    arbWrapper,
  )
  .map(([seed, mutations, truncateAt, innerWrap, outerWrap]) => {
    let code = mutations.reduce(applyTokenMutation, tokenize(seed)).join('');
    if (truncateAt !== undefined && code.length > 0) code = code.slice(0, truncateAt % (code.length + 1));
    // Wrap twice: code inside a string inside JSX inside a string is real (GTM Custom HTML in a template).
    return WRAPPERS[outerWrap]!(WRAPPERS[innerWrap]!(code));
  });

const arbTokenSoup = fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 40 }).map((t) => t.join(' '));

const arbSnippet = fc.oneof(
  { weight: 6, arbitrary: arbMutatedSnippet },
  { weight: 2, arbitrary: arbTokenSoup },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
);

// ---------------------------------------------------------------------------------------------

const settings = resolveSettings({ healthContext: true });

/** analyzeScript turns an internal exception into an error with this prefix: a hidden crash. */
const INTERNAL_FAILURE = /could not analyze this code/u;
function checkAnalyze(code: string): void {
  const result = analyzeScript(code, settings);
  expect(Array.isArray(result.findings)).toBe(true);
  expect(Array.isArray(result.errors)).toBe(true);
  for (const f of result.findings) {
    expect(f.range[0]).toBeGreaterThanOrEqual(0);
    expect(f.range[1]).toBeGreaterThanOrEqual(f.range[0]);
    expect(f.range[1]).toBeLessThanOrEqual(code.length);
    expect(typeof f.message).toBe('string');
  }
  for (const e of result.errors) expect(e.message).not.toMatch(INTERNAL_FAILURE);
}

const linter = new Linter({ configType: 'flat' });
const allRules = { ...phiguard.configs.all.rules };
const lintConfigs = {
  jsx: [
    {
      files: ['**/*.jsx'],
      plugins: { phiguard },
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: allRules,
    },
  ],
  tsx: [{ files: ['**/*.tsx'], plugins: { phiguard }, languageOptions: { parser: tsParser }, rules: allRules }],
} as const;

/**
 * Lints through the plugin. A rule crash makes `verify` throw, which fails the property; an analysis
 * failure the plugin caught is reported as `analysisFailed`, which fails it too.
 */
function checkLint(code: string, kind: 'jsx' | 'tsx'): void {
  const messages = linter.verify(code, lintConfigs[kind] as never, `snippet.${kind}`);
  for (const m of messages) {
    if (m.ruleId === null) expect(m.fatal, `non-fatal message without rule id: ${m.message}`).toBe(true);
    else expect(m.ruleId.startsWith('phiguard/'), `unexpected rule ${m.ruleId}`).toBe(true);
    expect(m.messageId, m.message).not.toBe('analysisFailed');
  }
}

describe('fuzz: bad input never crashes phiguard', () => {
  it('the seeds themselves analyze and lint without crashing', () => {
    for (const seed of SEEDS) {
      checkAnalyze(seed);
      checkLint(seed, 'jsx');
      checkLint(seed, 'tsx');
    }
  });

  it('an empty argument slot in embedded code (`fbq(,)`) neither crashes the analyzer nor loses the other findings', () => {
    // Found by this fuzz test: Babel's errorRecovery yields `null` in CallExpression.arguments, and the
    // analyzer read `.type` of it, so the whole script's findings were lost (fixed in core).
    const code = "!function(w,d,t){w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.load('CRGFPMRC77U82D2B2VPG')}(window,document,'ttq'); fbq('track',, {});";
    const result = analyzeScript(code, settings);
    expect(result.errors.map((e) => e.message).filter((m) => INTERNAL_FAILURE.test(m))).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toContain('no-tracking-pixel');
  });

  it('analyzeScript never throws on mutated and generated snippets', () => {
    fc.assert(fc.property(arbSnippet, checkAnalyze), { numRuns: 500 });
  });

  it('the plugin never crashes a rule (espree, .jsx)', () => {
    fc.assert(
      fc.property(arbSnippet, (code) => checkLint(code, 'jsx')),
      { numRuns: 300 },
    );
  });

  it('the plugin never crashes a rule (@typescript-eslint/parser, .tsx)', () => {
    fc.assert(
      fc.property(arbSnippet, (code) => checkLint(code, 'tsx')),
      { numRuns: 200 },
    );
  });
});

describe('pathological input stays fast', () => {
  /** `var v0…vK; v1 = v0; v1 = v0; …` — each variable written `copies` times from the previous one,
   * the shape minified parser code has (PEG.js output reuses `O`, `K`, `re` in every function). */
  function chain(copies: number, depth: number): string {
    let code = `var ${Array.from({ length: depth }, (_, i) => `v${i}`).join(',')};\n`;
    for (let i = 1; i < depth; i++) code += `v${i} = v${i - 1};`.repeat(copies);
    return `${code}\nttq.track(v${depth - 1});`;
  }

  it('value resolution stays linear in chained multi-write variables (found here: a 423-char chain took ~3 s, the minified Yarn release ran out of memory)', () => {
    const code = chain(4, 12);
    const start = performance.now();
    analyzeScript(code, settings);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
