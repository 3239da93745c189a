import { describe, expect, it } from 'vitest';
import { decodeEscapes, findPlaceholders, HOLE, matchVendorUrls, pageRoute, placeholderIndex, replaceMacros } from '../../src/index.js';
import { replaceTemplateTags } from '../../src/text/macros.js';
import { templatePageTests } from '../../src/text/template-pages.js';

describe('matchVendorUrls', () => {
  const vendorOf = (text: string): string[] => matchVendorUrls(text).map((m) => m.vendor.id);

  it.each([
    ['https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABC&lib=ttq', 'tiktok', 'events.js loader'],
    ['//analytics.tiktok.com/i18n/pixel/sdk.js?sdkid=X', 'tiktok', 'sdk.js loader'],
    ['https://analytics.tiktok.com/i18n/pixel/identify.js', 'tiktok', 'identify.js'],
    ['https://business-api.tiktok.com/open_api/v1.3/event/track/', 'tiktok', 'Events API'],
    ['https://connect.facebook.net/en_US/fbevents.js', 'meta', 'fbevents.js loader'],
    ['https://connect.facebook.net/signals/config/123?v=2.9', 'meta', 'pixel config script'],
    ['https://www.facebook.com/tr?id=1&ev=PageView&noscript=1', 'meta', 'pixel beacon'],
    ['https://www.googletagmanager.com/gtag/js?id=AW-123', 'google-ads', 'gtag.js with a Google Ads id'],
    ['https://sc-static.net/scevent.min.js', 'snap', 'scevent.min.js loader'],
    ['https://s.pinimg.com/ct/core.js', 'pinterest', 'core.js loader'],
    ['https://snap.licdn.com/li.lms-analytics/insight.min.js', 'linkedin', 'Insight Tag loader'],
    ['https://static.ads-twitter.com/uwt.js', 'x', 'uwt.js loader'],
    ['https://www.redditstatic.com/ads/pixel.js', 'reddit', 'pixel.js loader'],
    ['//static.criteo.net/js/ld/ld.js', 'criteo', 'OneTag loader'],
    ['https://sslwidget.criteo.com/event?a=12345&v=5.6.2&p0=e%3Dvh&p1=e%3Dvp%26p%3Dsku', 'criteo', 'event beacon'],
    ['https://tr.snapchat.com/p?pid=0b3c&ev=PAGE_VIEW&u_hem=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'snap', 'pixel beacon'],
    ['https://bat.bing.com/bat.js', 'microsoft', 'UET tag'],
    ['https://4569416.fls.doubleclick.net/activityi;src=4569416;type=invmedia;cat=front006;ord=1?', 'google-ads', 'Floodlight iframe tag'],
    ['https://ad.doubleclick.net/ddm/activity/src=4569416;type=invmedia;cat=front006;ord=1?', 'google-ads', 'Floodlight image tag'],
    ['https://gum.criteo.com/syncframe?topUrl=clinic.example', 'criteo', 'user-sync frame'],
  ])('%s → %s', (url, vendor, label) => {
    const [m] = matchVendorUrls(url);
    expect(m?.vendor.id).toBe(vendor);
    expect(m?.fingerprint.label).toBe(label);
  });

  it('matches a subdomain only of a host that allows them, and gives the whole host', () => {
    const [m] = matchVendorUrls("src='https://4569416.fls.doubleclick.net/activityi;src=1'");
    expect(m?.display).toBe('4569416.fls.doubleclick.net/activityi');
    expect(vendorOf('https://cdn.bat.bing.com/bat.js')).toEqual([]);
    expect(vendorOf('https://evil-fls.doubleclick.net/activityi;src=1')).toEqual([]);
    // Other doubleclick.net paths (ad serving, click trackers) are not Floodlight.
    expect(vendorOf('https://ad.doubleclick.net/ddm/trackclk/N123.abc')).toEqual([]);
  });

  // Conversions APIs, from each vendor's API docs (cited in packages/core/src/vendors/*.ts).
  it.each([
    ['https://api.linkedin.com/rest/conversionEvents', 'linkedin', 'Conversions API'],
    ['https://ads-api.reddit.com/api/v3/pixels/a2_abc123/conversion_events', 'reddit', 'Conversions API'],
    ['https://ads-api.reddit.com/api/v2.0/conversions/events/t2_abc123', 'reddit', 'Conversions API (v2.0)'],
    ['https://ads-api.x.com/12/measurement/conversions/o85l6', 'x', 'Conversions API'],
    ['https://ads-api.twitter.com/11/measurement/conversions/o85l6', 'x', 'Conversions API'],
    // The pixel id added elsewhere (real-repo tester, session 50).
    ['https://ads-api.x.com/12/measurement/conversions', 'x', 'Conversions API'],
    ['https://tr.snapchat.com/v3/0b3c-pixel/events?access_token=T', 'snap', 'Conversions API'],
    ['https://tr.snapchat.com/v2/conversion', 'snap', 'Conversions API (v2)'],
    ['https://capi.uet.microsoft.com/v1/97247724/events', 'microsoft', 'UET Conversions API'],
  ])('%s → %s server endpoint', (url, vendor, label) => {
    const [m] = matchVendorUrls(url);
    expect(m?.vendor.id).toBe(vendor);
    expect(m?.fingerprint).toMatchObject({ label, role: 'server-api' });
  });

  it('matches only the Conversions API paths of API hosts', () => {
    expect(matchVendorUrls('https://api.linkedin.com/v2/me')).toEqual([]);
    expect(matchVendorUrls('https://ads-api.reddit.com/api/v3/me')).toEqual([]);
    expect(matchVendorUrls('https://ads-api.x.com/12/accounts')).toEqual([]);
    expect(matchVendorUrls('https://ads-api.x.com/12/measurement/conversionsummary')).toEqual([]);
    expect(matchVendorUrls('https://tr.snapchat.com/v2/conversions')[0]?.fingerprint.label).toBe('pixel beacon');
  });

  it.each([
    'https://www.tiktok.com/embed.js',
    'https://connect.facebook.net/en_US/sdk.js',
    'https://www.facebook.com/tracking-policy',
    'https://www.facebook.com/sharer/sharer.php',
    'https://analytics.tiktok.com.example.org/x',
    'https://notanalytics.tiktok.com/',
    'https://sslwidget.criteo.com.example.org/event',
    'https://www.googletagmanager.com/gtag/js?id=G-ABC',
    'analytics_tiktok_com',
  ])('ignores %s', (text) => {
    expect(matchVendorUrls(text).filter((m) => m.vendor.kind === 'ads')).toEqual([]);
  });

  it('reads URLs whose parts are unknown', () => {
    expect(vendorOf(`https://connect.facebook.net/${HOLE}/fbevents.js`)).toEqual(['meta']);
    expect(vendorOf(`https://analytics.tiktok.com${HOLE}`)).toEqual(['tiktok']);
    expect(vendorOf(`https://www.googletagmanager.com/gtag/js?id=${HOLE}`)).toEqual(['google-tag']);
  });

  it('finds several URLs in one string with their offsets', () => {
    const text = "script-src 'self' https://analytics.tiktok.com https://sc-static.net/scevent.min.js";
    const found = matchVendorUrls(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['analytics.tiktok.com', 'sc-static.net/scevent.min.js']);
  });
});

describe('decodeEscapes', () => {
  it('maps every decoded unit to its source offset', () => {
    const raw = String.raw`a\n\"b\u0041\x42\u{1F600}c`;
    const d = decodeEscapes(raw, 10);
    expect(d.text).toBe('a\n"bAB😀c');
    expect(d.offsets.slice(0, 6)).toEqual([10, 11, 13, 15, 16, 22]);
    expect(d.offsets.at(-1)).toBe(10 + raw.length);
    expect(d.offsets).toHaveLength(d.text.length + 1);
  });

  it('drops line continuations and keeps malformed escapes readable', () => {
    expect(decodeEscapes('a\\\nb', 0).text).toBe('ab');
    expect(decodeEscapes(String.raw`\uZZ\x`, 0).text).toBe('uZZx');
  });
});

describe('GTM macros', () => {
  it('replaces macros with same-length identifiers and remembers the names', () => {
    const code = "ttq.identify({ email: {{DLV - User Email}}, phone_number: '{{DLV - phone}}' }){{a}}{{b}}";
    const { text, names } = replaceMacros(code);
    expect(text).toHaveLength(code.length);
    expect(names).toEqual(['DLV - User Email', 'DLV - phone', 'a', 'b']);
    expect(text).not.toContain('{{');
    expect(findPlaceholders(text).map((p) => p.index)).toEqual([0, 1, 2, 3]);
    const id = text.slice(code.indexOf('{{DLV - User'), code.indexOf('{{DLV - User') + '{{DLV - User Email}}'.length);
    expect(placeholderIndex(id)).toBe(0);
    expect(placeholderIndex('$\u01c3z\u01c3')).toBe(35);
    // A literal `$$1` in a script is not a placeholder.
    expect(placeholderIndex('$$1')).toBeUndefined();
    expect(placeholderIndex('dollars')).toBeUndefined();
  });
});

describe('mentionsVendorDomain', () => {
  it('names a vendor by its domain name, and a product on a shared domain by its own label', async () => {
    const { mentionsVendorDomain } = await import('../../src/text/url.js');
    expect(mentionsVendorDomain("'https://analytics.' + 'tiktok.com/i18n/pixel/events.js'")).toBe(true);
    expect(mentionsVendorDomain("'https://googleads.' + 'googleapis.com/v17/customers/1:uploadClickConversions'")).toBe(true);
    // Google Fonts and Maps share googleapis.com with the Google Ads API: they name no vendor.
    expect(mentionsVendorDomain("link.href = 'https://fonts.googleapis.com/css2?family=Inter'")).toBe(false);
    expect(mentionsVendorDomain("s.src = 'https://maps.googleapis.com/maps/api/js?key=' + key")).toBe(false);
  });
});

describe('alternation', () => {
  it('factors common starts, escapes each word, and matches exactly the words a plain alternation matches', async () => {
    const { alternation } = await import('../../src/text/alternation.js');
    expect(alternation(['ttq', 'twq', 'twitter'])).toBe('t(?:tq|w(?:q|itter))');
    expect(alternation(['t.co/', 'tiktok', 'tiktokw', 'tiktok'])).toBe('t(?:\\.co\\/|iktok(?:w)?)');
    const words = ['ttq', 'tiktok', 'tiktokw', 'amzn', 'amzn-pixel', 'bing.', 'x.com/', '@nuxt/scripts', 'obApi', 'qp', '_fbq', 'fbq'];
    const factored = new RegExp(`^${alternation(words)}$`, 'u');
    for (const w of words) expect(factored.test(w), w).toBe(true);
    for (const w of ['tiktokww', 'tt', 'bingx', 'xxcom/', 'amzn-', '', 'fb', '_fbqq']) expect(factored.test(w), w).toBe(false);
    // The longer of two words that start alike is matched whole (what `wholeMatch` checks).
    expect(new RegExp(alternation(['amzn', 'amzn-pixel']), 'u').exec('x amzn-pixel')?.[0]).toBe('amzn-pixel');
  });
});

describe('replaceTemplateTags', () => {
  it('replaces server template tags with same-length placeholders, named by their text', () => {
    const code = `<html <?php language_attributes(); ?>>\n<script>fbq('init', '1', { em: '<?= $user->email ?>', ph: "{{ user.phone|default('') }}" });\n{% if page.section == 'ivf' %}x(){% endif %}{# note #}<%= current_user.id %>\n</script>`;
    const { text, names } = replaceTemplateTags(code);
    expect(text).toHaveLength(code.length);
    expect(names).toEqual(['<?php language_attributes(); ?>', '<?= $user->email ?>', "{{ user.phone|default('') }}", "{% if page.section == 'ivf' %}", '{% endif %}', '<%= current_user.id %>']);
    expect(findPlaceholders(text).map((p) => code.slice(p.start, p.start + names[p.index]!.length))).toEqual(names);
    // A control tag where a statement starts ends with `;` (blind probes l4, l7, session 40); elsewhere each tag is one identifier.
    const at = code.indexOf('{% if');
    expect(text.slice(at, at + names[3]!.length)).toMatch(/^\$\u01c33\u01c3+;$/u);
    expect(findPlaceholders(text).filter((p) => p.index !== 3).every((p) => p.end - p.start === names[p.index]!.length)).toBe(true);
    // A comment is never printed: blanked, not a value.
    expect(text.slice(code.indexOf('{# note #}'), code.indexOf('{# note #}') + 10)).toBe(' '.repeat(10));
    expect(text).toContain("fbq('init', '1', { em: '");
  });

  it('ends a control tag with `;` only where a statement starts, so a value written with tags stays one (session 40)', () => {
    const ends = (code: string) => replaceTemplateTags(code).text.replace(/\$\u01c3[0-9a-z]+\u01c3+/gu, 'T');
    expect(ends("<script>\nttq.load('A');\n{% if customer %}ttq.identify({ email: '{{ customer.email }}' });{% endif %}\n</script>")).toBe("<script>\nttq.load('A');\nT;ttq.identify({ email: 'T' });T;\n</script>");
    expect(ends('<script><% if (user) { %>fbq(1);<% } %></script>')).toBe('<script>T;fbq(1);T;</script>');
    expect(ends('@if ($user) fbq(1); @endif')).toBe('T; fbq(1); T;');
    // A value, a tag after another tag's braces, an output tag and PHP that prints are not statements.
    expect(ends('var known = {% if customer %}true{% else %}false{% endif %};')).toBe('var known = TtrueTfalseT;');
    expect(ends("fbq('init', {{ id }}{% if c %}, {}{% endif %});")).toBe("fbq('init', TT, {}T);");
    expect(ends('a(); <?php echo $x; ?>;')).toBe('a(); T;');
    // A control tag before an object's key is blanked, so the object still parses (blind tester, session 47).
    const blanks = (code: string) => ends(code).replace(/ {2,}/gu, ' ');
    expect(blanks('setConsent({\n  {% if tag %}tag: "{{ tag }}",{% endif %}\n  policy: "x"\n});')).toBe('setConsent({\n tag: "T", \n policy: "x"\n});');
    expect(blanks('setConsent({ policy: "x", <?php if ($a) { ?>tag: "<?php echo $a ?>",<?php } ?> });')).toBe('setConsent({ policy: "x", tag: "T",T });');
  });

  it('runs an unclosed PHP block to the end, tidies long tags for messages, and leaves JavaScript and XML alone', () => {
    expect(replaceTemplateTags('<p>a</p>\n<?php\nrequire "x.php";\n').names).toEqual(['<?php require "x.php"; ']);
    expect(replaceTemplateTags(`{{ ${'a'.repeat(80)} }}`).names[0]).toMatch(/^\{\{ a{54}…$/u);
    // Template comments, with what a Liquid or Django comment block holds, are blanked, line breaks kept (adversarial probes t07, t12, session 35).
    const commented = "<script>\n{% comment %}\nfbq('init', '1');\n{% endcomment %}\n{{!-- fbq('trackCustom', 'Psychiatry Intake'); --}}\n{{! old }}<%# erb %>{%- comment -%}x{%- endcomment -%}\n</script>";
    const blanked = replaceTemplateTags(commented);
    expect(blanked.names).toEqual([]);
    expect(blanked.text).toBe(commented.replace(/\{%[\s\S]*?endcomment %\}|\{\{!--[\s\S]*?--\}\}|\{\{! old \}\}|<%# erb %>|\{%- comment[\s\S]*?endcomment -%\}/gu, (c) => c.replace(/[^\n]/gu, ' ')));
    // Nested blocks, object literals, private class fields and an XML declaration are not template tags.
    for (const code of ['if(a){{b=1;c()}}', 'f({{a:1}.a})', 'class A{#x=1;#y(){return 2}}', '<?xml version="1.0"?><svg/>', 'a<b%c', '{{\n}}']) {
      expect(replaceTemplateTags(code)).toEqual({ text: code, names: [] });
    }
  });
});

describe('pageRoute: the page a file is, where routes are files', () => {
  it('reads Next.js, Nuxt, SvelteKit and Astro routes', () => {
    const cases: Array<[string, string | undefined]> = [
      ['/site/src/app/psychiatry/intake/page.tsx', '/psychiatry/intake'],
      ['/site/app/(marketing)/services/[slug]/page.tsx', '/services'],
      ['/site/app/@modal/therapy/layout.jsx', '/therapy'],
      ['C:\\site\\app\\hiv\\layout.tsx', '/hiv'],
      ['/site/pages/services/therapy.tsx', '/services/therapy'],
      ['/site/pages/ivf/index.vue', '/ivf'],
      ['/site/src/routes/abortion-care/+page.svelte', '/abortion-care'],
      ['/site/src/pages/blog/anxiety-tips.astro', '/blog/anxiety-tips'],
      // The home page names nothing; API routes, Next.js's own files and components are no pages.
      ['/site/app/page.tsx', undefined],
      ['/site/pages/api/therapy.ts', undefined],
      ['/site/pages/_app.tsx', undefined],
      ['/site/pages/404.tsx', undefined],
      ['/site/app/therapy/components/Banner.tsx', undefined],
      ['/site/src/components/Therapy.tsx', undefined],
      // Folders named pages that hold components, stories or test pages; tests and stories beside pages; a
      // component an app routes in code; a package named app (blind tester, session 42).
      ['/site/src/stories/pages/Oncology.stories.tsx', undefined],
      ['/site/components/pages/Therapy.vue', undefined],
      ['/site/e2e/pages/therapy.page.ts', undefined],
      ['/site/pages/therapy.test.tsx', undefined],
      ['/site/src/pages/TherapyPage.tsx', undefined],
      ['/site/packages/app/src/features/therapy/page.tsx', undefined],
      ['/site/apps/web/app/psychiatry/page.tsx', '/psychiatry'],
      // A static site's page is served at its file name; its home page, reports and test pages are no health pages.
      ['/site/ketamine-therapy.html', '/ketamine-therapy.html'],
      ['/site/therapy/index.html', undefined],
      // Below the folder a site is served from, the path is the address (blind tester, session 45).
      ['/site/public/services/anxiety.htm', '/services/anxiety.htm'],
      ['/site/public/services/ivf/index.html', '/services/ivf'],
      ['/site/public/index.html', undefined],
      ['/site/public_html/hiv-testing.html', '/hiv-testing.html'],
      ['/site/coverage/lcov-report/therapy.ts.html', undefined],
      ['/site/tests/fixtures/hiv.html', undefined],
      ['/site/node_modules/pkg/abortion.html', undefined],
    ];
    for (const [file, route] of cases) expect(pageRoute(file), file).toBe(route);
  });

  it("reads Remix's, SolidStart's and Qwik City's route components, not a server's route handlers (adversarial tester, session 50)", () => {
    const cases: Array<[string, string | undefined]> = [
      ['/site/app/routes/therapy.tsx', '/therapy'],
      ['/site/app/routes/services.ivf.tsx', '/services/ivf'],
      ['/site/app/routes/ivf._index.tsx', '/ivf'],
      ['/site/app/routes/ivf/route.tsx', '/ivf'],
      ['/site/app/routes/_auth.hiv-testing.tsx', '/hiv-testing'],
      ['/site/src/routes/psychiatry.tsx', '/psychiatry'],
      ['/site/src/routes/ivf/index.tsx', '/ivf'],
      ['/site/src/routes/(clinic)/abortion/layout.tsx', '/abortion'],
      ['/site/app/routes/_index.tsx', undefined],
      ['/site/app/routes/$slug.tsx', undefined],
      ['/site/src/routes/[id].tsx', undefined],
      ['/site/app/routes/therapy.test.tsx', undefined],
      ['/site/server/src/routes/therapy.ts', undefined],
      ['/site/src/routes/Therapy.tsx', undefined],
    ];
    for (const [file, route] of cases) expect(pageRoute(file), file).toBe(route);
  });
});

describe('templatePageTests: the blocks a server template prints only on some pages', () => {
  const tests = (text: string) => templatePageTests(text).map((t) => ({ subject: t.subject, operator: t.operator, values: t.values, condition: text.slice(...t.range), block: text.slice(t.from, t.to).trim() }));

  it('reads Liquid, Jinja and Twig conditions on the address, branch by branch', () => {
    expect(tests("{% if page.url contains '/therapy' %}A{% elsif page.url == '/about' %}B{% else %}C{% endif %}")).toEqual([
      { subject: 'page.url', operator: 'contains', values: ['/therapy'], condition: "page.url contains '/therapy'", block: 'A' },
      { subject: 'page.url', operator: 'equals', values: ['/about'], condition: "page.url == '/about'", block: 'B' },
    ]);
    expect(tests("{%- if request.path.startswith('/hiv') -%}A{%- endif -%}")[0]).toMatchObject({ subject: 'request.path', operator: 'starts with', values: ['/hiv'], block: 'A' });
    expect(tests("{% if app.request.pathinfo starts with '/ivf' %}A{% endif %}")[0]).toMatchObject({ operator: 'starts with', values: ['/ivf'] });
    expect(tests("{% if '/therapy' in request.path %}A{% endif %}")[0]).toMatchObject({ operator: 'contains', values: ['/therapy'] });
  });

  it('reads WordPress and PHP tests of the page, with endif or braces, nested', () => {
    const php = "<?php if ( is_page( array( 'psychiatry', 'about' ) ) ) : ?>A<?php if ( $x ) { ?>B<?php } ?><?php endif; ?><?php if ( strpos( $_SERVER['REQUEST_URI'], '/rehab' ) !== false ) { ?>C<?php } ?>";
    expect(tests("<?php if ( preg_match( '#^/therapy#i', $_SERVER['REQUEST_URI'] ) ) : ?>A<?php endif; ?>")[0]).toMatchObject({ operator: 'matches', values: ['^/therapy'], block: 'A' });
    expect(tests(php)).toEqual([
      { subject: 'is_page()', operator: 'equals', values: ['psychiatry', 'about'], condition: "is_page( array( 'psychiatry', 'about' ) )", block: 'A<?php if ( $x ) { ?>B<?php } ?>' },
      { subject: "$_SERVER['REQUEST_URI']", operator: 'contains', values: ['/rehab'], condition: "strpos( $_SERVER['REQUEST_URI'], '/rehab' )", block: 'C' },
    ]);
  });

  it('reads ERB tests of the page, with end closing loops and do blocks too (adversarial tester, session 50)', () => {
    expect(tests("<% if current_page?('/hiv-testing') %>A<% end %>")).toEqual([{ subject: 'current_page?()', operator: 'equals', values: ['/hiv-testing'], condition: "current_page?('/hiv-testing')", block: 'A' }]);
    expect(tests("<% if request.path.start_with?('/ivf') -%>A<% items.each do |i| %>B<% end %>C<% elsif request.path.include?('/hiv') %>D<% else %>E<% end %>")).toEqual([
      { subject: 'request.path', operator: 'starts with', values: ['/ivf'], condition: "request.path.start_with?('/ivf')", block: 'A<% items.each do |i| %>B<% end %>C' },
      { subject: 'request.path', operator: 'contains', values: ['/hiv'], condition: "request.path.include?('/hiv')", block: 'D' },
    ]);
    expect(tests("<% unless current_page?('/ivf') %>A<% end %><% if !current_page?('/hiv') %>B<% end %><%# if current_page?('/ivf') %>")).toEqual([]);
  });

  it('reads every test a condition joins, each where it is written, not only the first (adversarial tester, session 50)', () => {
    expect(tests("<?php if ( is_page( 'contact' ) || is_page( 'abortion' ) ) : ?>A<?php endif; ?>")).toEqual([
      { subject: 'is_page()', operator: 'equals', values: ['contact'], condition: "is_page( 'contact' )", block: 'A' },
      { subject: 'is_page()', operator: 'equals', values: ['abortion'], condition: "is_page( 'abortion' )", block: 'A' },
    ]);
    expect(tests("<?php if ( is_single() or is_page( 'ivf' ) ) { ?>A<?php } ?>")).toMatchObject([{ subject: 'is_page()', values: ['ivf'], condition: "is_page( 'ivf' )" }]);
    expect(tests("<?php if ( is_single( 'news' ) || ! is_page( 'hiv' ) ) : ?>A<?php endif; ?>")).toMatchObject([{ subject: 'is_single()', values: ['news'] }]);
    expect(tests("{% if page.url contains '/contact' or page.url contains '/abortion' %}A{% endif %}").map((t) => t.condition)).toEqual(["page.url contains '/contact'", "page.url contains '/abortion'"]);
    expect(tests("{% if request.path.startswith('/blog') and not request.path.startswith('/blog/hiv') %}A{% endif %}").map((t) => t.condition)).toEqual(["request.path.startswith('/blog')"]);
    // A joiner inside quoted text joins nothing.
    expect(tests("{% if page.url contains '/drugs and alcohol' %}A{% endif %}")).toMatchObject([{ values: ['/drugs and alcohol'] }]);
  });

  it('takes no test from negations, other conditions or the else branch', () => {
    expect(tests("{% unless page.url contains '/therapy' %}A{% endunless %}")).toEqual([]);
    expect(tests("{% if page.url != '/therapy' %}A{% endif %}{% if not request.path.startswith('/hiv') %}B{% endif %}")).toEqual([]);
    expect(tests("{% if customer %}A{% endif %}<?php if ( ! is_page( 'hiv' ) ) : ?>B<?php endif; ?>")).toEqual([]);
    expect(tests("<?php if ( strpos( $_SERVER['REQUEST_URI'], '/rehab' ) === false ) : ?>A<?php endif; ?>")).toEqual([]);
    expect(tests("<?php if ( preg_match( '#^/hiv#', $_SERVER['REQUEST_URI'] ) === 0 ) : ?>A<?php endif; ?>")).toEqual([]);
  });
});
