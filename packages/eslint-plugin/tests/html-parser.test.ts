// phiguard's HTML parser: ESLint lints a page as phiguard-gtm reads a Custom HTML tag, and the
// page's own comments carry ESLint's directives. Parity with GTM, snippet by snippet, is in
// test/parity*.test.ts; here: what only an HTML file has.
import { Linter } from 'eslint';
import { Linter as Linter9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import plugin, { htmlParser } from '../src/index.js';

const all = Object.fromEntries(Object.keys(plugin.rules).map((id) => [`phiguard/${id}`, 'error' as const]));
const config = [{ ...plugin.configs.html, rules: all }];

const BASE_CODE = `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');`;

type Found = string;
/** `line:column ruleId messageId` of each message. */
function lint(html: string, linter: Linter | Linter9 = new Linter()): Found[] {
  return (linter as Linter).verify(html, config as never, 'site/page.html').map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId ?? (m.fatal ? `FATAL ${m.message}` : m.message)}`);
}

describe('HTML pages', () => {
  it('reads scripts, inline handlers and markup pixels, at their lines and columns in the page', () => {
    const html = `<!doctype html>
<html><head>
<script>
${BASE_CODE}
fbq('trackCustom', 'Paid: Weekly Therapy');
</script>
</head><body>
<button onclick="ttq.track(&#39;Booked Psychiatry Consult&#39;)">Book</button>
<img src="https://www.facebook.com/tr?id=1&amp;ev=Lead&amp;ud[em]=jane%40example.com">
</body></html>`;
    expect(lint(html)).toEqual([
      '5:7 phiguard/no-tracking-pixel baseCode',
      '8:20 phiguard/no-health-event-names healthEventName',
      // The string starts at its quote, written `&#39;` in the attribute.
      '11:28 phiguard/no-health-event-names healthEventName',
      // The beacon is Meta's pixel too: its base code is the one pixel finding.
      '12:67 phiguard/no-advanced-matching identityInParams',
    ]);
    // The fingerprint's URL carries its label in brackets; the message does not nest them.
    expect(new Linter().verify(html, config as never, 'site/page.html')[0]!.message).toMatch(/^Meta pixel base code: _fbq, connect\.facebook\.net\/en_US\/fbevents\.js \(fbevents\.js loader\)\. Every page/u);
  });

  it('counts lines as ESLint does with CRLF line ends', () => {
    const html = `<p>intro</p>\r\n<script>\r\nfbq('trackCustom', 'HIV Test Booked');\r\n</script>\r\n`;
    expect(lint(html)).toEqual(['3:20 phiguard/no-health-event-names healthEventName']);
  });

  it('leaves data scripts, connection hints and pages without a tracker alone', () => {
    expect(lint(`<script type="application/ld+json">{ "name": "fbq('trackCustom', 'Psychiatry')" }</script>`)).toEqual([]);
    expect(lint(`<link rel="preconnect" href="https://connect.facebook.net">`)).toEqual([]);
    expect(lint(`<h1>Therapy near you</h1><script>document.title = 'Psychiatry';</script>`)).toEqual([]);
    expect(lint('')).toEqual([]);
  });

  it('honours eslint-disable comments in the markup and in scripts', () => {
    const html = `<body>
<!-- eslint-disable-next-line phiguard/no-tracking-pixel -- reviewed: public price list -->
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView">
<script>
fbq('trackCustom', 'Oncology Consult'); // eslint-disable-line phiguard/no-health-event-names -- test only
fbq('trackCustom', 'Dermatology Consult');
</script>
<!-- eslint-disable phiguard/no-health-event-names -->
<button onclick="fbq('trackCustom', 'IVF Consult')">Book</button>
<!-- eslint-enable phiguard/no-health-event-names -->
<button onclick="fbq('trackCustom', 'STD Test')">Book</button>
</body>`;
    expect(lint(html)).toEqual(['6:20 phiguard/no-health-event-names healthEventName', '11:37 phiguard/no-health-event-names healthEventName']);
  });

  it('keeps positions and directives after emoji in the markup between two scripts', () => {
    const html = `<script>var EVENT = 'Lead';</script>
<p>Hello! 👋 ${'📊'.repeat(45)}</p>
<script>
var a = 1;
fbq('track', EVENT, { content_name: 'Anxiety Therapy' });
// eslint-disable-next-line phiguard/no-health-event-properties -- test only
fbq('track', EVENT, { content_name: 'Depression Therapy' });
</script>`;
    expect(lint(html)).toEqual(['5:37 phiguard/no-health-event-properties healthProperty']);
  });

  it("still reads a script's directive comments when another line of it does not parse", () => {
    const html = `<script>
var broken = ;
fbq('trackCustom', 'Oncology Consult'); // eslint-disable-line phiguard/no-health-event-names
</script>`;
    expect(lint(html).filter((f) => !f.endsWith('unreadableScript'))).toEqual([]);
  });

  // A script without a tracker name is not parsed at all, as in GTM: its syntax errors are not phiguard's to report.
  it('says once that a script could not be fully read, where, and how many errors it had', () => {
    const html = `<script>
var a = ;
fbq('trackCustom', 'Oncology Consult');
</script>
<script>
var b = ; fbq('track', 'Lead');
</script>`;
    const messages = new Linter().verify(html, config as never, 'page.html');
    const unreadable = messages.filter((m) => m.messageId === 'unreadableScript');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ line: 2, column: 9 });
    expect(unreadable[0]!.message).toMatch(/^A script of this HTML page could not be fully read \(Unexpected token, and 1 more\)\./u);
    // What error recovery read is still reported.
    expect(messages.filter((m) => m.messageId === 'healthEventName').map((m) => m.line)).toEqual([3]);
  });

  it('files that warning under one rule, whatever the order of rules in the config', () => {
    const html = `<script>var a = ; fbq('track', 'Lead');</script>`;
    const ruleOf = (rules: Record<string, string>) => new Linter().verify(html, [{ ...plugin.configs.html, rules }] as never, 'page.html').filter((m) => m.messageId === 'unreadableScript').map((m) => m.ruleId);
    expect(ruleOf({ 'phiguard/no-advanced-matching': 'warn', 'phiguard/no-tracking-pixel': 'error' })).toEqual(['phiguard/no-tracking-pixel']);
    expect(ruleOf({ 'phiguard/no-health-page-triggers': 'warn', 'phiguard/no-advanced-matching': 'warn' })).toEqual(['phiguard/no-advanced-matching']);
    expect(ruleOf({ 'phiguard/no-health-page-triggers': 'warn' })).toEqual(['phiguard/no-health-page-triggers']);
  });

  it('works on ESLint 9 too', () => {
    expect(lint(`<script>fbq('trackCustom', 'Paid: Weekly Therapy');</script>`, new Linter9())).toEqual(['1:28 phiguard/no-health-event-names healthEventName']);
  });

  it("gives ESLint an empty program with the page's comments and a parser name for caches", () => {
    const { ast, services } = htmlParser.parseForESLint('<!-- a -->\n<script>// eslint-disable-line\nx()</script>') as { ast: { body: unknown[]; comments: unknown[] }; services: unknown };
    expect(ast.body).toEqual([]);
    expect(ast.comments).toEqual([
      { type: 'Block', value: ' a ', range: [0, 10], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 10 } } },
      { type: 'Line', value: ' eslint-disable-line', range: [19, 41], loc: { start: { line: 2, column: 8 }, end: { line: 2, column: 30 } } },
    ]);
    expect(services).toEqual({ phiguardHtmlPage: true });
    expect(htmlParser.meta.name).toBe('eslint-plugin-phiguard/html-parser');
  });

  it("reads a server template's tags as values the page gets when served, at their lines", () => {
    const page = `{% load static %}
<html <?php language_attributes(); ?>><head><script>
fbq('init', '1234567890', { em: '{{ request.user.email }}' });
{% if page.section == 'ivf' %}
fbq('trackCustom', 'IVF consultation {{ clinic.city }}');
{% endif %}
ttq.identify({ phone_number: "<%= current_user.phone %>" });
gtag('event', '<?= $event ?>');
</script></head><body><p>Hello {{ user.first_name }}</p></body></html>`;
    const messages = new Linter().verify(page, config as never, 'templates/base.html');
    expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['3:1 pixelInit', '3:27 identify', '5:20 healthEventName', '7:14 identify']);
    expect(messages[1]!.message).toContain('sends email ({{ request.user.email }}) through');
    expect(messages[3]!.message).toContain('sends phone (<%= current_user.phone %>) through');
    // A PHP file is linted too, and its tags take their place in the script.
    expect(new Linter().verify("<?php get_header(); ?>\n<script>fbq('init', '1', { em: '<?php echo esc_js($email); ?>' });</script>", config as never, 'theme/header.php').map((m) => m.messageId)).toEqual(['pixelInit', 'identify']);
  });

  it("reads Laravel Blade's directives and raw output as values too, and skips its comments (a real Blade checkout page, thirty-eighth session's trial)", () => {
    const page = `@push("scripts")
<script>
    window.dataLayer.push({
        event: 'InitiateCheckout',
        contents: @json($pixelContent["facebook"]),
        value: {{ $total }},
    });
    @if ($user)
    fbq('init', '1234567890', { em: @js($user->email), ph: '{!! $user->phone !!}' });
    @endif
    {{-- fbq('trackCustom', 'Psychiatry Intake'); --}}
    @php $x = 1; @endphp
    fbq('trackCustom', 'IVF consultation @json($city)');
</script>
@endpush`;
    const messages = new Linter().verify(page, config as never, 'resources/views/checkout.blade.php');
    // No "could not be fully read" for `@json(…)` read as a decorator; the commented-out event stays silent.
    expect(messages.map((m) => `${m.line} ${m.messageId}`)).toEqual(['9 pixelInit', '9 identify', '13 healthEventName']);
    expect(messages[1]!.message).toContain('email (@js($user->email)), phone ({!! $user->phone !!})');
    // An address is not a Blade directive: the event name keeps its text.
    const plain = "<script>fbq('init', '1');\nfbq('trackCustom', 'info@json(x).org Therapy');</script>";
    const found = new Linter().verify(plain, config as never, 'a.html');
    expect(found.map((m) => m.messageId)).toEqual(['pixelInit', 'healthEventName']);
    expect(found[1]!.message).toContain('"info@json(x).org Therapy"');
  });

  it("reads Blade's @auth and @guest blocks without arguments as directives, not decorators (adversarial tester, session 49)", () => {
    const page = "<script>\n@auth\n  ttq.identify({ email: @json(auth()->user()->email) });\n@endauth\n@guest\n  ttq.page();\n@endguest\n@auth('admin') ttq.page(); @endauth\n</script>";
    expect(new Linter().verify(page, config as never, 'resources/views/app.blade.php').map((m) => `${m.line} ${m.messageId}`)).toEqual(['3 identify']);
  });

  it("reads a call or mail link's own handler as sending the link's address, and skips template comments (adversarial probes t07, t12, session 35)", () => {
    const page = `<a href="tel:{{clinic.phone}}" onclick="gtag('event', 'call_click', { phone_number: '{{clinic.phone}}' })">Call</a>
<a href="mailto:<?= $clinic_email ?>" onclick="ttq.track('Contact', { email: '<?= $clinic_email ?>' })">Mail</a>
<button onclick="ttq.identify({ phone_number: '{{form.phone}}' })">Send</button>
<script>
{% comment %}
fbq('init', '1234567890123456');
{% endcomment %}
{{!-- fbq('trackCustom', 'Psychiatry Intake'); --}}
</script>`;
    // Only the button, which is no call link, sends a visitor's number.
    expect(new Linter().verify(page, config as never, 'templates/contact.hbs').map((m) => `${m.line} ${m.messageId}`)).toEqual(['3 identify']);
  });

  it('applies configs.html to HTML pages and server templates only', () => {
    const { files } = plugin.configs.html;
    // ESLint applies a config to a file its globs match: `x` is then an undefined name.
    const matches = (path: string) => new Linter().verify('x', [{ files, rules: { 'no-undef': 'error' } }], path).some((m) => m.ruleId === 'no-undef');
    expect(['a.html', 'b/c.htm', 'theme/header.php', 'app/views/home.html.erb', 'views/x.ejs', 'templates/base.jinja2', 'x.twig', '_includes/head.liquid', 'x.njk', 'x.hbs'].filter(matches)).toHaveLength(10);
    expect(['a.js', 'a.vue', 'a.htmlx', 'a.php.bak'].filter(matches)).toEqual([]);
    expect(plugin.configs.html.rules).toEqual(plugin.configs.recommended.rules);
  });
});
