import { describe, expect, it } from 'vitest';
import { analyzeHtml, analyzeScript, analyzeUrl, extractHtml, getVendor, identityData, resolveSettings, scriptFactsOf } from '../../src/index.js';
import { namesTracking } from '../../src/js/analyze.js';

const calls = (code: string) => scriptFactsOf(code).calls.map((c) => ({ vendor: c.vendor.id, kind: c.shape.kind, display: c.display }));

describe('vendor calls', () => {
  const ttqMethods = Object.keys(getVendor('tiktok').globals![0]!.members!);

  it.each(ttqMethods)('recognises ttq.%s directly, through window and on an instance', (method) => {
    for (const code of [`ttq.${method}()`, `window.ttq.${method}()`, `ttq.instance('C1').${method}()`]) {
      expect(calls(code)).toContainEqual(expect.objectContaining({ vendor: 'tiktok', display: expect.stringMatching(new RegExp(`\\.${method}\\(\\)$`, 'u')) }));
    }
  });

  it.each([
    ["fbq('init', '1')", 'meta', 'init'],
    ["fbq('track', 'PageView')", 'meta', 'event'],
    ["fbq('trackCustom', 'x')", 'meta', 'event'],
    ["fbq('trackSingle', '1', 'x')", 'meta', 'event'],
    ["fbq('trackSingleCustom', '1', 'x')", 'meta', 'event'],
    ["fbq('consent', 'grant')", 'meta', 'consent'],
    ["gtag('event', 'x')", 'google-tag', 'event'],
    ["gtag('event', 'conversion', { send_to: 'AW-1/abc' })", 'google-ads', 'event'],
    ["gtag('config', 'AW-1')", 'google-ads', 'init'],
    ["gtag('set', 'user_data', {})", 'google-tag', 'identify'],
    ["gtag('set', { page_title: 'x' })", 'google-tag', 'config'],
    ["dataLayer.push({ event: 'x' })", 'google-tag', 'event'],
    ["snaptr('track', 'PAGE_VIEW')", 'snap', 'event'],
    ["pintrk('load', '1', { em })", 'pinterest', 'init'],
    ["lintrk('track', { conversion_id: 1 })", 'linkedin', 'event'],
    ["twq('event', 'tw-x-y', {})", 'x', 'event'],
    ["rdt('track', 'Lead')", 'reddit', 'event'],
    ["criteo_q.push({ event: 'viewHome' })", 'criteo', 'event'],
    ["uetq.push('event', 'x', {})", 'microsoft', 'event'],
  ])('%s → %s %s', (code, vendor, kind) => {
    expect(calls(code)).toEqual([expect.objectContaining({ vendor, kind })]);
  });

  it("reads Meta's server SDK builders: constructors, setters chained through ones it does not list, and nothing else of the package", () => {
    const sdk = "const bizSdk = require('facebook-nodejs-business-sdk');\n";
    expect(calls(`${sdk}new bizSdk.UserData().setFbp(f).setEmail(e);`)).toEqual([{ vendor: 'meta', kind: 'identify', display: 'new bizSdk.UserData().setEmail()' }]);
    expect(calls(`${sdk}const ev = new bizSdk.ServerEvent('Lead');\nev.setEventTime(1).setEventName('Lead');`)).toEqual([
      { vendor: 'meta', kind: 'event', display: 'new bizSdk.ServerEvent()' },
      { vendor: 'meta', kind: 'event', display: 'new bizSdk.ServerEvent().setEventName()' },
    ]);
    expect(calls(`${sdk}new bizSdk.EventRequest(t, p).execute();`)).toEqual([{ vendor: 'meta', kind: 'init', display: 'new bizSdk.EventRequest()' }]);
    // No arguments: no fields; a method's result that is not the builder; other classes of the package.
    expect(calls(`${sdk}new bizSdk.UserData();\nnew bizSdk.UserData().normalize().email.setEmail(e);\nnew bizSdk.AdAccount('act_1').setEmail(e);`)).toEqual([]);
    // The fields make one object: the identity argument of the call.
    const [call] = scriptFactsOf(`${sdk}new bizSdk.UserData(email, phone);`).calls;
    expect(call!.args[0]!.value).toMatchObject({ kind: 'obj', props: [{ key: 'email' }, { key: 'phone' }] });
  });

  it('ignores unknown commands, unknown receivers and shadowed globals', () => {
    expect(calls("fbq('unknownCommand', 1)")).toEqual([]);
    expect(calls("analytics.track('x')")).toEqual([]);
    expect(calls("function f(ttq) { ttq.track('x') }")).toEqual([]);
    expect(calls("let fbq = () => {}; fbq('track', 'x')")).toEqual([]);
  });
});

describe('analyzeScript and analyzeHtml', () => {
  const settings = resolveSettings();

  it('never throws, and reports what it could not parse', () => {
    for (const code of ['', '(((', 'ttq.track(', '\u0000\uD800', 'x'.repeat(10_000), '<script>', '}}}{{{']) {
      expect(() => analyzeScript(code, settings)).not.toThrow();
      expect(() => analyzeHtml(code, settings)).not.toThrow();
    }
    expect(analyzeScript("ttq.track('hiv_test_order'", settings).errors.length).toBeGreaterThan(0);
  });

  it('bounds resolution depth instead of exhausting the stack', () => {
    const chain = `const a0 = window.ttq;\n${Array.from({ length: 3000 }, (_, i) => `const a${i + 1} = a${i};`).join('\n')}\na3000.track('x');`;
    expect(analyzeScript(chain, settings).errors).toEqual([]);
    const shallow = 'const a0 = window.ttq;\nconst a1 = a0;\nconst a2 = a1;\na2.track(\'hiv_test_order\');';
    expect(analyzeScript(shallow, settings).findings).toHaveLength(1);
  });

  it('recovers from syntax errors and still finds what it can', () => {
    const { findings, errors } = analyzeScript("ttq.identify({ email: {{DLV - email}} });\nlet = ;\nfbq('trackCustom', 'Paid: Weekly Therapy');", settings);
    expect(errors.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.ruleId)).toContain('no-health-event-names');
  });

  it('uses GTM macro values: lookup outputs and identity variables', () => {
    const macros = (name: string) =>
      name === 'LT - event' ? { display: '{{LT - event}}', values: ['Purchase', 'Paid: Weekly Therapy'] }
      : name === 'DLV - email' ? { display: '{{DLV - email}}', identity: 'email' as const }
      : undefined;
    const code = "fbq('trackCustom', {{LT - event}});\nttq.identify({ em: '{{DLV - email}}' });";
    const { findings } = analyzeScript(code, settings, { macros });
    const byRule = Object.fromEntries(findings.map((f) => [f.ruleId, f]));
    expect(byRule['no-health-event-names']?.message).toContain('Paid: Weekly Therapy');
    expect(byRule['no-health-event-names']?.range).toEqual([19, 19 + '{{LT - event}}'.length]);
    expect(byRule['no-advanced-matching']?.message).toContain('email ({{DLV - email}})');
  });

  it('names the other health values a lookup object can send, the most sensitive first', () => {
    const code = "var NAMES = { a: 'Checkout', b: 'Dermatology Visit', c: 'HIV Test', d: 'IVF Consult' };\nfbq('trackCustom', NAMES[kind]);";
    const [finding] = analyzeScript(code, settings).findings;
    expect(finding?.message).toBe('Meta event name "HIV Test" reveals health information: "HIV Test" (HIV/STI, tier 1); it can also send "IVF Consult", "Dermatology Visit".');
  });

  it('maps findings in templates back through Babel ranges, also after `}}`', () => {
    const code = 'el.textContent = `if (ok) { go({a: ${a}}) }\nttq.track("hiv_test_order")`;';
    const [finding] = analyzeScript(code, settings).findings;
    expect(code.slice(...finding!.range)).toBe('"hiv_test_order"');
  });

  it('maps findings inside HTML back to the fragment', () => {
    const html = "<div>hi</div>\n<script type=\"text/javascript\">\n  ttq.track('hiv_test_order');\n</script>";
    const [finding] = analyzeHtml(html, settings).findings;
    expect(html.slice(...finding!.range)).toBe("'hiv_test_order'");
  });

  it('keeps offsets across characters outside the BMP between two scripts (read as one program)', () => {
    const html = `<script>var EVENT = 'HIV Test';</script>\n<p>Hello! 👋 ${'📊'.repeat(20)}</p>\n<script>\nvar a = 1;\nfbq('trackCustom', EVENT, { content_name: 'Anxiety Therapy' });\n</script>`;
    const spans = analyzeHtml(html, settings).findings.map((f) => html.slice(...f.range));
    expect(spans).toEqual(['EVENT', "'Anxiety Therapy'"]);
  });

  it('reads markup attributes as the browser does: character references decoded, findings on the markup', () => {
    const at = (html: string) => analyzeHtml(html, settings).findings.map((f) => [f.ruleId, html.slice(...f.range)]);
    // `&#38;` and `&#x26;` separate query pairs as `&amp;` does; `&#32;` is part of the value.
    expect(at('<img src="https://www.facebook.com/tr?id=1&#38;ev=Therapy_Booked&#x26;noscript=1">')).toEqual([
      ['no-tracking-pixel', 'https://www.facebook.com/tr?id=1&#38;ev=Therapy_Booked&#x26;noscript=1'],
      ['no-health-event-names', 'Therapy_Booked'],
    ]);
    expect(at('<img src="https://www.facebook.com/tr?id=1&amp;ev=Therapy&#32;Booked">')[1]).toEqual(['no-health-event-names', 'Therapy&#32;Booked']);
    // An inline handler's code, quotes written as references.
    expect(at('<button onclick="fbq(&#39;trackCustom&#39;, &#39;Therapy Booked&#39;)">x</button>')).toEqual([['no-health-event-names', '&#39;Therapy Booked&#39;']]);
    expect(at('<button onclick="fbq(&quot;trackCustom&quot;, &quot;HIV Test&quot;)">x</button>')).toEqual([['no-health-event-names', '&quot;HIV Test&quot;']]);
    // A Custom Image tag's URL is no markup: it is requested as written.
    expect(analyzeUrl('https://www.facebook.com/tr?id=1&#38;ev=Therapy_Booked', settings).findings.map((f) => f.ruleId)).toEqual(['no-tracking-pixel']);
  });

  it("reads `this` at a classic script's top level as window, not in a module, a function or a handler", () => {
    const names = (html: string) => analyzeHtml(html, settings).findings.map((f) => html.slice(...f.range));
    expect(names("<script>this.fbq('trackCustom', 'Therapy Booked');</script>")).toEqual(["'Therapy Booked'"]);
    expect(names("<script>var t = this; t.ttq.track('HIV Test');</script>")).toEqual(["'HIV Test'"]);
    expect(names("<script type=\"module\">this.fbq('trackCustom', 'Therapy Booked');</script>")).toEqual([]);
    expect(names("<script>(function () { this.fbq('trackCustom', 'Therapy Booked'); }).call(tracker);</script>")).toEqual([]);
    expect(names("<button onclick=\"this.fbq('trackCustom', 'HIV Test')\">Book</button>")).toEqual([]);
  });

  it('reports one pixel per vendor, not one per piece of its snippet', () => {
    const html = `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){};if(!f._fbq)f._fbq=n;}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','1');</script>
<noscript><img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>`;
    const pixels = analyzeHtml(html, settings).findings.filter((f) => f.ruleId === 'no-tracking-pixel');
    expect(pixels.map((f) => f.messageId)).toEqual(['baseCode']);
  });

  it('reports an image beacon on its own as a pixel (Criteo sslwidget event beacon)', () => {
    const url = 'https://sslwidget.criteo.com/event?a=12345&v=5.6.2&p0=e%3Dvh&p1=e%3Dvp%26p%3Dsku';
    const html = `<noscript><img src="${url}" width="1" height="1" alt=""></noscript>`;
    const pixels = analyzeHtml(html, settings).findings.filter((f) => f.ruleId === 'no-tracking-pixel');
    expect(pixels.map((f) => [f.vendor, f.data.fingerprint])).toEqual([['criteo', 'sslwidget.criteo.com (event beacon)']]);
    expect(html.slice(...pixels[0]!.range)).toBe(url);
  });

  it('blanks only the broken statement of a one-line script, so its other calls are still read', () => {
    const macros = (name: string) => (name === 'DLV - email' ? { display: '{{DLV - email}}', identity: 'email' as const } : undefined);
    const rules = (html: string) => analyzeHtml(html, settings, { macros }).findings.map((f) => f.ruleId);
    expect(rules('<script>ttq.identify({email: {{DLV - email}}}); var x = ;</script>')).toEqual(['no-advanced-matching']);
    expect(rules('<script>fbq("init","123",{em:{{DLV - email}}}); fbq("trackCustom","HIV test ordered") </scrip>')).toEqual(['no-tracking-pixel', 'no-advanced-matching']);
  });

  it('blanks the line a call was left open on, not the next one, so the calls around it are still read', () => {
    const names = (code: string) => analyzeScript(code, settings).findings.map((f) => `${f.ruleId} ${code.slice(...f.range)}`);
    // Babel reports the open call at the next line's first token, or at the end of the text.
    expect(names("fbq('trackCustom', 'Therapy_Booked'\nttq.track('hiv_test_order');")).toEqual(["no-health-event-names 'hiv_test_order'"]);
    // A call left open at the end of the text is closed after it, and read too (session 45).
    expect(names("ttq.track('hiv_test_order');\nfbq('trackCustom', 'Therapy_Booked'\n")).toEqual(["no-health-event-names 'hiv_test_order'", "no-health-event-names 'Therapy_Booked'"]);
    // A stray token is still blanked where it is.
    expect(names(")\nttq.track('hiv_test_order');")).toEqual(["no-health-event-names 'hiv_test_order'"]);
    expect(analyzeScript("fbq('trackCustom', 'Therapy_Booked'\nttq.track('hiv_test_order');", settings).errors).toEqual([{ message: 'Unexpected token, expected ","', offset: 36 }]);
  });

  it('closes a call left open at its semicolon, so the call is still read, with one warning for the error', () => {
    const code = "<script>\nfbq('trackCustom', 'Naltrexone Refill';\nfunction( {\n</script>";
    const result = analyzeHtml(code, settings);
    expect(result.findings.map((f) => `${f.ruleId} ${code.slice(...f.range)}`)).toEqual(["no-health-event-names 'Naltrexone Refill'"]);
    expect(result.errors.map((e) => [e.message, code.slice(e.offset, e.offset + 1)])).toEqual([['Unexpected token, expected ","', ';'], ['Unexpected token', '(']]);
    // Where closing does not do (an object left open), the `;` is put back and the line blanked, as before.
    const open = "fbq('track', 'Lead', { content_name: 'HIV Test' ;\nttq.track('hiv_test_order');";
    expect(analyzeScript(open, settings).errors[0]).toEqual({ message: 'Unexpected token, expected ","', offset: open.indexOf(';') });
  });

  it('mends a call whose argument lost its comma, or whose brackets the script left open, when that makes it parse (blind tester, session 45)', () => {
    const read = (code: string) => {
      const r = analyzeScript(code, settings);
      // What was closed after the script's end is not in it: ranges end where it does.
      expect(r.findings.filter((f) => f.range[1] > code.length)).toEqual([]);
      return { found: r.findings.map((f) => `${f.ruleId} ${code.slice(...f.range)}`), errors: r.errors.length };
    };
    expect(read("fbq('init', '1'); fbq('trackCustom', 'Suboxone Intake' __gtm_macro_1__)")).toEqual({ found: ["no-tracking-pixel fbq('init', '1')", "no-health-event-names 'Suboxone Intake'"], errors: 1 });
    expect(read("fbq('init', '1'); fbq('trackCustom', 'Suboxone Intake', { em: user.email")).toEqual({
      found: ["no-tracking-pixel fbq('init', '1')", "no-health-event-names 'Suboxone Intake'", 'no-advanced-matching { em: user.email'],
      errors: 1,
    });
    // Where mending does not make the script parse, the statement is blanked as before.
    expect(read("fbq('init', '1'); fbq('trackCustom', 'Suboxone Intake' {{").found).toEqual(["no-tracking-pixel fbq('init', '1')"]);
    // A block left open at the end: an `if` without its `}`, an IIFE without its `})();` (blind tester, session 48).
    expect(read("if (window.ok) {\n  fbq('trackCustom', 'Paid: Weekly Therapy');\n")).toEqual({ found: ["no-health-event-names 'Paid: Weekly Therapy'"], errors: 1 });
    expect(read("(function () {\n  ttq.track('hiv_test_order', { email: user.email });\n")).toEqual({ found: ["no-health-event-names 'hiv_test_order'", 'no-advanced-matching { email: user.email }'], errors: 1 });
  });

  it('falls back to fingerprints when a script cannot be parsed at all', () => {
    const { findings } = analyzeScript('<?php echo $x ?> var u = "https://analytics.tiktok.com/i18n/pixel/events.js"; ))) {{{', settings);
    expect(findings.map((f) => f.ruleId)).toContain('no-tracking-pixel');
  });
});

describe('a GTM variable that holds a whole vendor URL', () => {
  const settings = resolveSettings({});
  const macros = (name: string) =>
    name === 'CONST - SDK'
      ? { display: '{{CONST - SDK}}', values: ['https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C1'] }
      : name === 'CONST - Pixel'
        ? { display: '{{CONST - Pixel}}', values: ['https://www.facebook.com/tr?id=1'] }
        : undefined;
  const rules = (r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId);

  it.each([
    "var s = document.createElement('script'); s.src = {{CONST - SDK}}; document.head.appendChild(s);",
    'new Image().src = {{CONST - SDK}};',
    'var url = {{CONST - SDK}};',
  ])('is read where it stands alone in code: %s', (code) => {
    expect(rules(analyzeScript(code, settings, { macros }))).toEqual(['no-tracking-pixel']);
  });

  it('is read where a markup URL starts with it, and the rest of the query too', () => {
    expect(rules(analyzeHtml('<script src="{{CONST - SDK}}"></script>', settings, { macros }))).toEqual(['no-tracking-pixel']);
    const html = analyzeHtml('<noscript><img src="{{CONST - Pixel}}&ev=Oncology_Consult"></noscript>', settings, { macros });
    expect(rules(html).sort()).toEqual(['no-health-event-names', 'no-tracking-pixel']);
  });

  it('is not read twice inside a concatenation', () => {
    expect(rules(analyzeScript("var s = {{CONST - SDK}} + '&lib=ttq';", settings, { macros }))).toEqual(['no-tracking-pixel']);
  });
});

describe('analyzeUrl: a URL a tag requests (GTM Custom Image)', () => {
  const settings = resolveSettings({});

  it('reads the pixel and its query as <img src> markup is read, with ranges in the URL', () => {
    const url = 'https://www.facebook.com/tr?id=1&ev=Therapy_Booked&ud[em]={{DLV - email}}&noscript=1';
    const macros = (name: string) => (name === 'DLV - email' ? { display: '{{DLV - email}}', identity: 'email' as const } : undefined);
    const { findings } = analyzeUrl(url, settings, { macros });
    const html = analyzeHtml(`<img src="${url}">`, settings, { macros }).findings;
    expect(findings.map((f) => [f.ruleId, url.slice(...f.range)])).toEqual([
      ['no-tracking-pixel', url],
      ['no-health-event-names', 'Therapy_Booked'],
      ['no-advanced-matching', '{{DLV - email}}'],
    ]);
    expect(findings.map((f) => f.message)).toEqual(html.map((f) => f.message));
  });

  it('finds nothing in a URL that is no vendor\'s', () => {
    expect(analyzeUrl('https://example.com/p.gif?ev=therapy&em=a@b.c', settings).findings).toEqual([]);
  });
});

describe('strings in files that name no vendor domain', () => {
  const settings = resolveSettings({});

  // Strings are scanned for URLs only when the file names a vendor domain (or a macro or hole can
  // bring one); code in strings is read in every file.
  it('reads code in strings of a file that names no vendor domain', () => {
    const facts = scriptFactsOf("dataLayer.push({ event: 'x' }); el.textContent = \"fbq('track', 'Lead')\";");
    expect(facts.embedded.flatMap((e) => e.facts.calls).map((c) => c.vendor.id)).toEqual(['meta']);
  });

  it('reads a vendor URL a GTM macro brings into a file that names no vendor domain', () => {
    const code = "var img = new Image(); img.src = {{Pixel URL}} + '&cd[condition]=' + {{Condition}};";
    const info = (display: string, value: string) => ({ display, values: [value] });
    const macros = (name: string) =>
      name === 'Pixel URL' ? info('{{Pixel URL}}', 'https://www.facebook.com/tr?id=1&ev=PageView') : name === 'Condition' ? info('{{Condition}}', 'depression') : undefined;
    const { findings } = analyzeScript(code, settings, { macros });
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['no-tracking-pixel', 'no-health-event-properties']));
  });
});

describe('extractHtml', () => {
  it('returns script bodies, inline handlers and URL attributes with offsets, skipping data scripts', () => {
    const html = '<script type="application/ld+json">{"a":1}</script><script>fbq(1)</script><img src="https://x.test/p.gif" onclick="ttq.track(1)"><iframe src="https://y.test"></iframe>';
    const parts = extractHtml(html);
    expect(parts.scripts.map((s) => [s.code, html.slice(s.start, s.start + s.code.length)])).toEqual([
      ['fbq(1)', 'fbq(1)'],
      ['ttq.track(1)', 'ttq.track(1)'],
    ]);
    expect(parts.urls.map((u) => html.slice(u.start, u.start + u.url.length))).toEqual(['https://x.test/p.gif', 'https://y.test']);
  });
});

describe('HTML fragments: what a page runs', () => {
  const settings = resolveSettings({});
  const rules = (html: string) => analyzeHtml(html, settings).findings.map((f) => `${f.ruleId} ${f.messageId}`);

  it('reads the scripts of one fragment as one program: globals set in one script are known in the next', () => {
    const html = "<script>var TT_EVENT = 'ivf_consult_booked';\nvar PROPS = { content_category: 'Fertility treatment' }</script>\n<script>(window.ttq).track(TT_EVENT, PROPS);</script>";
    const found = analyzeHtml(html, settings).findings;
    expect(found.map((f) => f.ruleId)).toEqual(['no-health-event-names', 'no-health-event-properties']);
    // Positions are offsets in the fragment: the argument of the call in the second script.
    expect(html.slice(found[0]!.range[0], found[0]!.range[1])).toBe('TT_EVENT');
  });

  it('still reads each script when one of them does not parse', () => {
    const html = "<script>if (x) {</script><script>ttq.track('hiv_test_booked');</script>";
    expect(rules(html)).toContain('no-health-event-names healthEventName');
  });

  it('still joins the scripts that parse when another does not: its globals reach the next (blind tester, session 50)', () => {
    const shared = "<script>var EVENT = 'Psychiatry Intake';</script><script>ttq.track(EVENT);</script>";
    // A broken script that names no tracker is not read; one that does is read alone, with its warning.
    expect(rules(`${shared}<script>var x = ;</script>`)).toEqual(['no-health-event-names healthEventName']);
    const broken = analyzeHtml(`${shared}<script>fbq('track', 'PageView'</script><a onclick="ttq.track(EVENT)">x</a>`, settings);
    expect(broken.findings.map((f) => f.messageId)).toEqual(['healthEventName', 'healthEventName']);
    expect(broken.errors).toHaveLength(1);
  });

  it("reads an iframe's srcdoc as the document it is, its character references decoded (parity tester, session 50)", () => {
    const html = '<iframe srcdoc="&lt;script&gt;parent.fbq(&#39;trackCustom&#39;, &#39;HIV Test&#39;)&lt;/script&gt;&lt;img src=&quot;https://www.facebook.com/tr?id=1&amp;amp;ev=Therapy_Booked&quot;&gt;"></iframe>';
    const found = analyzeHtml(html, settings).findings.filter((f) => f.ruleId === 'no-health-event-names');
    expect(found.map((f) => html.slice(f.range[0], f.range[1]))).toEqual(['&#39;HIV Test&#39;', 'Therapy_Booked']);
  });

  it('keeps module scripts apart (their top level is not global)', () => {
    const html = "<script type=\"module\">var EVENT = 'hiv_test_booked';</script><script>ttq.track(EVENT);</script>";
    expect(rules(html)).not.toContain('no-health-event-names healthEventName');
  });

  it('treats a top-level `var dataLayer = dataLayer || []` of a classic script as the global itself', () => {
    const html = "<script>var dataLayer = dataLayer || [];\ndataLayer.push({ event: 'hiv_test_booked' });</script>";
    expect(rules(html)).toContain('no-health-event-names healthEventName');
    // In a module the same line is a local variable with no vendor behind it.
    expect(analyzeScript("import x from 'y';\nvar dataLayer = dataLayer || [];\ndataLayer.push({ event: 'hiv_test_booked' });", settings).findings).toEqual([]);
  });

  it('reads scripts a consent tool holds back as text/plain, not other text/plain data', () => {
    const code = "fbq('init', '1', { em: user.email });";
    expect(rules(`<script type="text/plain" data-cookieconsent="marketing">${code}</script>`)).toContain('no-advanced-matching identify');
    expect(rules(`<script type="text/plain" class="optanon-category-C0004">${code}</script>`)).toContain('no-advanced-matching identify');
    expect(rules(`<script type="text/plain">${code}</script>`)).toEqual([]);
  });

  it('skips the body of a script with src, which the browser never runs (adv23a #9)', () => {
    const html = `<script async src="https://connect.facebook.net/en_US/fbevents.js">fbq('trackCustom', 'HIV_Test');</script>`;
    expect(rules(html)).toEqual(['no-tracking-pixel loaderUrl']);
  });

  it('skips the inert content of a <template> unless a script of the fragment takes it out (adv23a #9)', () => {
    const inert = '<template id="px"><img src="https://www.facebook.com/tr?id=1&ev=HIV_Test"><script>ttq.track(\'hiv_test\')</script></template><p>x</p>';
    expect(rules(inert)).toEqual([]);
    expect(analyzeHtml(inert, settings).vendors).toEqual([]);
    // After the template, markup counts again.
    expect(rules(`${inert}<img src="https://www.facebook.com/tr?id=1&ev=PageView">`)).toEqual(['no-tracking-pixel loaderUrl']);
    const used = `${inert}<script>document.body.appendChild(document.getElementById('px').content.cloneNode(true));</script>`;
    expect(rules(used)).toEqual(expect.arrayContaining(['no-tracking-pixel loaderUrl', 'no-health-event-names healthEventName']));
  });

  it('does not count connection hints or consent calls as a pixel', () => {
    expect(rules('<link rel="preconnect" href="https://analytics.tiktok.com"><link rel="dns-prefetch" href="//bat.bing.com">')).toEqual([]);
    expect(analyzeHtml("<script>fbq('consent', 'grant'); ttq.grantConsent();</script>", settings).vendors).toEqual([]);
  });
});

describe('beacon URLs written in code', () => {
  const settings = resolveSettings({});
  const found = (code: string) => analyzeScript(code, settings).findings.map((f) => `${f.ruleId} ${f.messageId}`);

  it('reads the event name and parameters of a pixel URL built in JavaScript', () => {
    // The identifier is reported where it is written (`user.email`), after the literal.
    expect(found("new Image().src = 'https://www.facebook.com/tr?id=1&ev=hiv_test_booked&ud[em]=' + user.email;")).toEqual([
      'no-health-event-names healthEventName',
      'no-tracking-pixel loaderUrl',
      'no-advanced-matching identityInParams',
    ]);
    expect(found("img.src = 'https://bat.bing.com/action/0?ti=1&ea=prescription_refill';")).toContain('no-health-event-names healthEventName');
    expect(found("fetch(`https://tr.snapchat.com/p?pid=1&ev=SIGN_UP&u_hem=${hash}&cd[content_name]=Oncology%20Consult`);")).toEqual(
      expect.arrayContaining(['no-advanced-matching identityInParams', 'no-health-event-properties healthProperty']),
    );
  });

  it('reads every identifier key of the query, in brackets or not, and names keys as written', () => {
    const f = analyzeScript("img.src = 'https://www.facebook.com/tr?id=1&ev=Purchase&ud[fn]=' + first + '&ct=' + city + '&cd[content_name]=Psychiatry&sha256_email=' + h + '#top';", settings).findings;
    expect(f.find((x) => x.ruleId === 'no-advanced-matching')!.evidence).toEqual({ kind: 'identity', fields: ['email', 'name', 'address'], hashed: 'unknown' });
    expect(f.find((x) => x.ruleId === 'no-health-event-properties')!.message).toContain('event parameter "cd[content_name]" sends "Psychiatry"');
    // A `cd[name]` is a product name, as `name` is in event parameters.
    expect(found("img.src = 'https://www.facebook.com/tr?id=1&ev=Purchase&cd[name]=Shoes';")).toEqual(['no-tracking-pixel loaderUrl']);
    // A literal under a key of the URL's own is the site's: The Trade Desk's `ct=` category id (blind tester, session 41).
    expect(found("img.src = 'https://insight.adsrvr.org/track/pxl/?adv=abc123&ct=0:xyz789&fmt=3';")).toEqual(['no-tracking-pixel loaderUrl']);
  });

  it('finds nothing to report in a loader URL query (sdkid, lib, id)', () => {
    const loader = "var s = document.createElement('script'); s.src = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=' + id + '&lib=ttq';";
    expect(found(loader)).toEqual(['no-tracking-pixel loaderUrl']);
    expect(found("s.src = 'https://www.googletagmanager.com/gtag/js?id=AW-123';")).toEqual(['no-tracking-pixel loaderUrl']);
  });
});

describe('beacon URLs in markup', () => {
  const settings = resolveSettings({});
  const at = (html: string, f: { range: readonly [number, number] }) => html.slice(f.range[0], f.range[1]);

  it("reads each candidate of a srcset without its descriptor (blind tester, session 48: \"Therapy_Booked 1x\")", () => {
    const html = '<img srcset="https://www.facebook.com/tr?id=1&ev=Therapy_Booked 1x, https://www.facebook.com/tr?id=1&ev=Oncology_Consult 2x">';
    const r = analyzeHtml(html, settings);
    expect(r.findings.filter((f) => f.ruleId === 'no-health-event-names').map((f) => at(html, f))).toEqual(['Therapy_Booked', 'Oncology_Consult']);
    expect(r.findings.map((f) => f.message).join(' ')).not.toMatch(/ [12]x\b/u);
  });

  it('reads the query of a pixel URL in an attribute, each parameter where it is written', () => {
    const html = '<noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1&amp;ev=Therapy_Booked&amp;ud[em]={{DLV - email}}&amp;cd[content_category]=Oncology"></noscript>';
    const r = analyzeHtml(html, settings, { macros: (name) => (name === 'DLV - email' ? { display: '{{DLV - email}}', identity: 'email' } : undefined) });
    expect(r.findings.map((f) => [f.ruleId, at(html, f)])).toEqual([
      ['no-tracking-pixel', html.slice(html.indexOf('https:'), html.indexOf('">'))],
      ['no-health-event-names', 'Therapy_Booked'],
      ['no-advanced-matching', '{{DLV - email}}'],
      ['no-health-event-properties', 'Oncology'],
    ]);
    expect(r.findings[2]!.message).toContain('email ({{DLV - email}})');
  });

  it('reads a macro in the URL as the variable it stands for', () => {
    const html = '<img src="https://www.facebook.com/tr?id=1&ev={{CONST - event}}">';
    const r = analyzeHtml(html, settings, { macros: () => ({ display: '{{CONST - event}}', values: ['Abortion Consult'] }) });
    expect(r.findings.map((f) => [f.ruleId, at(html, f)])).toContainEqual(['no-health-event-names', '{{CONST - event}}']);
  });

  it('reads a template hole of the outer code in the URL', () => {
    const f = analyzeScript("el.innerHTML = `<img src=\"https://www.facebook.com/tr?id=1&ev=PageView&ud[em]=${user.email}\">`;", settings).findings;
    expect(f.map((x) => x.ruleId)).toEqual(['no-tracking-pixel', 'no-advanced-matching']);
  });

  it('gives one finding for markup read both as a string and as HTML', () => {
    const code = "const px = '<img src=\"https://www.facebook.com/tr?id=1&ev=hiv_test_booked\">'; el.innerHTML = px;";
    expect(analyzeScript(code, settings).findings.map((f) => f.ruleId)).toEqual(['no-tracking-pixel', 'no-health-event-names']);
  });

  it('finds nothing in a clean query', () => {
    expect(analyzeHtml('<img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1">', settings).findings.map((f) => f.ruleId)).toEqual(['no-tracking-pixel']);
  });
});

describe('identifiers among event parameters', () => {
  const settings = resolveSettings({});
  const identity = (code: string) => analyzeScript(code, settings).findings.filter((f) => f.ruleId === 'no-advanced-matching').map((f) => f.evidence);

  it('counts name and street keys that say whose they are', () => {
    expect(identity("fbq('track', 'Lead', { first_name: form.first, last_name: form.last });")).toEqual([{ kind: 'identity', fields: ['name'], hashed: 'unknown' }]);
    expect(identity("dataLayer.push({ event: 'signup', fullName: user.name, street: user.street });")).toEqual([{ kind: 'identity', fields: ['name', 'address'], hashed: 'unknown' }]);
    expect(identity("gtag('event', 'book', { sha256_first_name: h1 });")).toEqual([{ kind: 'identity', fields: ['name'], hashed: 'yes' }]);
  });

  it('judges a hash sent only when there is a value by that hash (blind tester, session 51)', () => {
    const code = "import { createHash } from 'crypto';\nconst h = (v) => (v ? createHash('sha256').update(v).digest('hex') : undefined);\nfbq('init', '1', { em: h(user.email), ph: h(user.phone) });";
    expect(identity(code)).toEqual([{ kind: 'identity', fields: ['email', 'phone'], hashed: 'yes' }]);
  });

  it('leaves out keys that are usually something else as parameters (a product name, a store city, a callback)', () => {
    expect(identity("fbq('track', 'Purchase', { name: 'Gift card', city: 'Boston', region: 'MA', zip: '02110', fn: cb, ln: 3 });")).toEqual([]);
  });

  it('does not read a name key as a health property too', () => {
    // The visitor's name, or a fallback literal: still a name, not a health property.
    const f = analyzeScript("fbq('track', 'Lead', { first_name: user.firstName || 'Therapy' });", settings).findings.map((x) => x.ruleId);
    expect(f).toEqual(['no-advanced-matching']);
  });

  it('a literal written in the code identifies no visitor: the clinic\'s own phone number on a click-to-call event', () => {
    const find = (code: string) => analyzeScript(code, settings).findings.filter((x) => x.ruleId === 'no-advanced-matching').length;
    expect(find("gtag('event', 'click_phone', { event_category: 'Contact', phone_number: '+37254450188', value: 0.5 });")).toBe(0);
    expect(find("fbq('track', 'Contact', { phone: 37254450188 });")).toBe(0);
    expect(find("gtag('event', 'click_phone', { phone_number: lead.phone });")).toBe(1);
    // So is one read from the practice's own record, its owner or its own name saying so (adversarial tester, session 49).
    expect(find("gtag('event', 'click_phone', { phone_number: clinic.phone, location_phone: clinicLocation.phone, email: settings.clinicEmail });")).toBe(0);
    expect(find("fbq('track', 'Schedule', { provider_phone: provider.phone, doctor_email: doctor.email });")).toBe(0);
    expect(find("import { CLINIC_PHONE } from './config';\nfbq('track', 'Contact', { phone_number: CLINIC_PHONE });")).toBe(0);
    // Also a parameter so named, where an exported function or component is reported in its own file (blind tester, session 51).
    expect(find("export function ProviderCard({ provider }) { return <button onClick={() => ttq.track('Contact', { email: provider.email })} />; }")).toBe(0);
    expect(find("export function contactStaff(staff) { gtag('event', 'contact', { email: staff.email }); }")).toBe(0);
    expect(find("export function contactPatient(patient) { gtag('event', 'contact', { email: patient.email }); }")).toBe(1);
    // A caller in the file is judged by what it passes.
    expect(find("function contact(doctor) { ttq.track('Contact', { email: doctor.email }); }\ncontact(currentUser);")).toBe(1);
    // A written number as the fallback says whose it is (the real-site trial's dental practice).
    expect(find("const phoneNumber = contacts.find((c) => c.icon === Phone)?.value || '0881635896';\ngtag('event', 'click_to_call', { phone_number: phoneNumber });")).toBe(0);
    expect(find("gtag('event', 'contact', { email: site.email ?? 'info@studio-dentistico.it' });")).toBe(0);
    // A default that is no contact (empty, a word) says nothing: the visitor's number is still sent.
    expect(find("gtag('event', 'lead', { phone_number: form.phone || '' });")).toBe(1);
    expect(find("gtag('event', 'lead', { phone_number: form.phone || 'unknown' });")).toBe(1);
    // A literal in an identity channel still counts: it is put there to identify someone.
    expect(find("ttq.identify({ email: 'jane@example.com' });")).toBe(1);
  });
});

describe('identityData: how both front-ends list identifiers', () => {
  it('lists the most telling first and names fields sent the same way together', () => {
    const listed = identityData([
      { field: 'name', hashed: undefined, via: '{{DL - fn}}' },
      { field: 'external id', hashed: undefined },
      { field: 'phone', hashed: undefined, via: '{{User Data}}' },
      { field: 'email', hashed: undefined, via: '{{User Data}}' },
    ]);
    expect(listed.fields).toBe('email and phone ({{User Data}}), external id, name ({{DL - fn}})');
    expect(listed.evidence).toEqual({ kind: 'identity', fields: ['email', 'phone', 'external id', 'name'], hashed: 'unknown' });
    expect(listed.hashNote).toBe('');
  });

  it('says hashed only when every identifier is', () => {
    expect(identityData([{ field: 'email', hashed: true }, { field: 'phone', hashed: true }])).toMatchObject({ fields: 'email, phone', hashNote: ' (hashed)' });
    expect(identityData([{ field: 'email', hashed: true }, { field: 'phone', hashed: undefined }]).hashNote).toBe('');
  });

  it('gives Custom HTML code the wording of a GTM template field: one variable for two identifiers', () => {
    const macros = (name: string) => (name === 'User' ? { display: '{{User}}' } : undefined);
    const f = analyzeScript('ttq.identify({ phone_number: {{User}}, email: {{User}} });', resolveSettings(), { macros }).findings;
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('sends email and phone ({{User}}) through ttq.identify()')]);
  });
});

describe('module and import names said for tracking', () => {
  it('reads short names only as whole words', () => {
    for (const name of ['./meta', '@/lib/ga', 'meta-pixel', 'useFb', 'useGA4', 'getAds', '../marketing/events', 'fb-helpers', 'useAnalytics', 'trackSignup', '../lib/capi', 'sendCapi', 'CapiService', 'META_CAPI']) expect(namesTracking(name), name).toBe(true);
    // Metadata, as a health app's code names it (OpenMRS: `dashboardMeta`, `./dashboard.meta`, `MetaData`).
    for (const name of ['./metadata', 'Metadata', 'MetaData', 'dashboardMeta', './dashboard.meta', 'useMeta', 'capital', 'Capitalize', '@/components/gallery', 'downloads', 'GAME_CONFIG', 'legal', 'uploadsApi', 'useFbx']) expect(namesTracking(name), name).toBe(false);
  });
});
