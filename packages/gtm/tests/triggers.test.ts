import { describe, expect, it } from 'vitest';
import { patternText, regexExpansions } from '@phiguard/core';
import { regexAlternatives } from '../src/triggers.js';
import { analyze, gtm, table, T, tag } from './helpers.js';

const cond = (type: string, arg0: string, arg1: string, extra: unknown[] = []) => ({ type, parameter: [T('arg0', arg0), T('arg1', arg1), ...extra] });
const pageTrigger = (triggerId: string, name: string, filter: unknown[], type = 'PAGEVIEW') => ({ triggerId, name, type, filter });
const snapHtml = "<script>snaptr('track', 'PAGE_VIEW');</script>";
const healthPages = (r: ReturnType<typeof analyze>) => r.messages.filter((m) => m.ruleId === 'no-health-page-triggers');

describe('no-health-page-triggers', () => {
  it('flags an ad tag fired on a health page path, at the condition', () => {
    const r = analyze({
      trigger: [pageTrigger('1', 'PV - psychiatry', [cond('CONTAINS', '{{Page Path}}', '/providers/psychiatry')])],
      tag: [tag('Snap', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] })],
    });
    const [m] = healthPages(r);
    expect(m!.message).toBe(
      'Snap tag "Snap" fires on health pages: trigger "PV - psychiatry" requires {{Page Path}} contains "/providers/psychiatry", which names "psychiatry" (mental health, tier 1). Every hit sends Snap the page URL, and with it who visited these pages.',
    );
    expect(m!.gtm).toMatchObject({ kind: 'tag', name: 'Snap', vendor: 'snap' });
    expect(m!.jsonPath).toBe('containerVersion.trigger[0].filter[0].parameter[1].value');
  });

  it('flags an ad call that Custom HTML scopes to health pages itself, through page variables too (adv23a #12)', () => {
    const html = (test: string) => `<script>\nif (${test}) {\n  fbq('track', 'ViewContent');\n}\n</script>`;
    const r = analyze({
      variable: [{ variableId: '1', name: 'URL - Path', type: 'u', parameter: [T('component', 'PATH')] }],
      tag: [
        tag('Meta - built-in', 'html', [T('html', html("{{Page Path}}.indexOf('/psychiatry') > -1"))]),
        tag('Meta - URL variable', 'html', [T('html', html("/^\\/ivf\\//.test({{URL - Path}})"))]),
        tag('Meta - location', 'html', [T('html', html("window.location.pathname.startsWith('/addiction-treatment')"))]),
        tag('Meta - off those pages', 'html', [T('html', html("{{Page Path}}.indexOf('/psychiatry') === -1"))]),
        tag('Meta - not an address', 'html', [T('html', html("{{Event}} === 'psychiatry_click'"))]),
      ],
    });
    const found = healthPages(r);
    expect(found.map((m) => [m.gtm?.name, m.message.replace(/, which names.*/u, '')])).toEqual([
      ['Meta - built-in', 'Meta tracking runs on health pages: the code requires {{Page Path}} contains "/psychiatry"'],
      ['Meta - URL variable', 'Meta tracking runs on health pages: the code requires {{URL - Path}} matches "^\\/ivf\\/"'],
      ['Meta - location', 'Meta tracking runs on health pages: the code requires window.location.pathname starts with "/addiction-treatment"'],
      // Not the page, but a value of the visit (session 39).
      ['Meta - not an address', 'Meta tracking runs only for health-related visits: the code requires {{Event}} equals "psychiatry_click"'],
    ]);
    expect(found.map((m) => m.messageId)).toEqual(['healthPageCode', 'healthPageCode', 'healthPageCode', 'healthValueCode']);
    // The position is the compared text inside the tag's html.
    expect(found[0]!.jsonPath).toBe('containerVersion.tag[0].parameter[0].value');
  });

  it('flags Custom HTML that tests the output of a table keyed on the page, at the compared text (adv26a #11)', () => {
    const html = (test: string) => `<script>\nif (${test}) {\n  fbq('track', 'ViewContent');\n}\n</script>`;
    const r = analyze({
      variable: [
        { variableId: '1', name: 'LT - section', type: 'smm', parameter: [T('input', '{{Page Path}}'), table('map', [{ key: '/therapy/online', value: 'care' }, { key: '/shop', value: 'shop' }])] },
        { variableId: '2', name: 'RT - section', type: 'remm', parameter: [T('input', '{{Page URL}}'), table('map', [{ key: '^https://[^/]+/oncology/', value: 'onc' }, { key: '.*', value: 'other' }])] },
        { variableId: '3', name: 'LT - not the page', type: 'smm', parameter: [T('input', '{{Event}}'), table('map', [{ key: 'psychiatry_booked', value: 'care' }])] },
        { variableId: '4', name: 'LT - unit', type: 'smm', parameter: [T('input', '{{Page Path}}'), table('map', [{ key: '/bh', value: 'Behavioral Health' }, { key: '/shop', value: 'Shop' }])] },
      ],
      tag: [
        tag('Meta - lookup', 'html', [T('html', html("{{LT - section}} === 'care'"))]),
        tag('Meta - regex, through a variable', 'html', [T('html', `<script>\nvar s = {{RT - section}};\nif (s.indexOf('onc') === 0) fbq('track', 'Lead');\n</script>`)]),
        tag('Meta - the output names it', 'html', [T('html', html("{{LT - unit}} == 'Behavioral Health'"))]),
        tag('Meta - other rows', 'html', [T('html', html("{{LT - section}} === 'shop'"))]),
        tag('Meta - off those pages', 'html', [T('html', html("{{LT - section}} !== 'care'"))]),
        tag('Meta - not keyed on the page', 'html', [T('html', html("{{LT - not the page}} === 'care'"))]),
        // Quoted whole, as Custom HTML usually writes them (GTM blind tester, session 51).
        tag('Meta - quoted lookup', 'html', [T('html', html("'{{LT - section}}' === 'care'"))]),
        tag('Meta - quoted output', 'html', [T('html', html("'{{LT - unit}}' == 'Behavioral Health'"))]),
      ],
    });
    expect(healthPages(r).map((m) => [m.gtm?.name, m.message.replace(/ \(.*/u, '')])).toEqual([
      ['Meta - lookup', 'Meta tracking runs on health pages: the code requires {{LT - section}} equals "care", and that variable maps "/therapy/online" to it, which names "therapy"'],
      ['Meta - regex, through a variable', 'Meta tracking runs on health pages: the code requires {{RT - section}} starts with "onc", and that variable maps "^https://[^/]+/oncology/" to it, which names "oncology"'],
      ['Meta - the output names it', 'Meta tracking runs on health pages: the code requires {{LT - unit}} equals "Behavioral Health", which names "Behavioral Health"'],
      ['Meta - quoted lookup', 'Meta tracking runs on health pages: the code requires {{LT - section}} equals "care", and that variable maps "/therapy/online" to it, which names "therapy"'],
      ['Meta - quoted output', 'Meta tracking runs on health pages: the code requires {{LT - unit}} equals "Behavioral Health", which names "Behavioral Health"'],
    ]);
  });

  it("knows a server container's built-in trigger 2147479574 (All Events); in a web container it is still unknown (gtm29 #7)", () => {
    const server = analyze({ usageContext: ['SERVER'], tag: [{ ...tag('identify', 'cvt_1_2', []), firingTriggerId: ['2147479574'] }] });
    expect(server.notices.filter((n) => n.message.includes('references trigger'))).toEqual([]);
    const web = analyze({ tag: [{ ...tag('identify', 'html', [T('html', '<script></script>')]), firingTriggerId: ['2147479574'] }] });
    expect(web.notices.map((n) => n.message)).toContain('Tag "identify" references trigger 2147479574, which is not in this export.');
  });

  it('follows tag sequencing: a setup or cleanup tag fires on the triggers of the tag that names it', () => {
    const base = "<script>!function(f,b,e,v,n,t,s){n=f.fbq=function(){};t=b.createElement(e);t.src=v}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','1');</script>";
    const r = analyze({
      trigger: [
        pageTrigger('1', 'PV - psychiatry', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')]),
        pageTrigger('2', 'PV - all', []),
        pageTrigger('3', 'PV - oncology', [cond('CONTAINS', '{{Page Path}}', '/oncology')]),
        pageTrigger('4', 'Block - oncology', [cond('CONTAINS', '{{Page Path}}', '/oncology')]),
      ],
      tag: [
        // Fires on no trigger of its own: only as the setup tag of the event tags.
        tag('Meta - Base', 'html', [T('html', base)], { firingTriggerId: [] }),
        tag('Snap - Cleanup', 'html', [T('html', snapHtml)], { firingTriggerId: [] }),
        tag('Meta - Lead', 'html', [T('html', "<script>fbq('track', 'Lead');</script>")], {
          firingTriggerId: ['1'],
          setupTag: [{ tagName: 'Meta - Base' }],
          teardownTag: [{ tagName: 'Snap - Cleanup' }],
        }),
        // Blocked on the health pages its trigger selects: its setup tag is not reported either.
        tag('Meta - View', 'html', [T('html', "<script>fbq('track', 'ViewContent');</script>")], {
          firingTriggerId: ['3'],
          blockingTriggerId: ['4'],
          setupTag: [{ tagName: 'Meta - Base' }],
        }),
      ],
    });
    expect(healthPages(r).map((m) => [m.gtm.name, m.message.slice(m.message.indexOf('fires on'), m.message.indexOf(':'))])).toEqual([
      ['Meta - Base', 'fires on health pages as the setup tag of "Meta - Lead"'],
      ['Snap - Cleanup', 'fires on health pages as the cleanup tag of "Meta - Lead"'],
      ['Meta - Lead', 'fires on health pages'],
    ]);
    expect(r.tags.find((t) => t.name === 'Meta - Base')!.triggers).toEqual(['PV - psychiatry (as setup tag of "Meta - Lead")', 'PV - oncology (as setup tag of "Meta - View")']);
  });

  it('lowers a setup tag whose only parents never fire (paused, or past their schedule) as it lowers theirs (blind tester, session 41)', () => {
    const run = (extra: Record<string, unknown>) =>
      analyze({
        trigger: [pageTrigger('1', 'PV - psychiatry', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')])],
        tag: [
          tag('Snap - Base', 'html', [T('html', snapHtml)], { firingTriggerId: [] }),
          tag('Main', 'html', [T('html', "<script>snaptr('track', 'PAGE_VIEW');</script>")], { firingTriggerId: ['1'], setupTag: [{ tagName: 'Snap - Base' }], ...extra }),
        ],
      }, { now: Date.parse('2026-06-01') });
    const severities = (extra: Record<string, unknown>) => run(extra).messages.filter((m) => m.ruleId === 'no-health-page-triggers').map((m) => `${m.gtm.name} ${m.severity}`);
    expect(severities({})).toEqual(['Snap - Base 2', 'Main 2']);
    expect(severities({ paused: true })).toEqual(['Snap - Base 1', 'Main 1']);
    expect(severities({ scheduleEndMs: String(Date.parse('2026-01-01')) })).toEqual(['Snap - Base 1', 'Main 1']);
    // The report's "fires on" says so (GTM blind tester, session 51).
    const firesOn = (extra: Record<string, unknown>) => run(extra).tags.find((t) => t.name === 'Snap - Base')!.triggers;
    expect(firesOn({ paused: true })).toEqual(['PV - psychiatry (as setup tag of "Main", paused)']);
    expect(firesOn({ scheduleEndMs: String(Date.parse('2026-01-01')) })).toEqual(['PV - psychiatry (as setup tag of "Main", schedule ended 2026-01-01)']);
    // Also through a chain: the setup tag of a setup tag of a paused tag (GTM blind tester, session 51).
    const chain = analyze({
      trigger: [pageTrigger('1', 'PV - psychiatry', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')])],
      tag: [
        tag('Snap - Base', 'html', [T('html', snapHtml)], { firingTriggerId: [] }),
        tag('Middle', 'html', [T('html', '<script></script>')], { firingTriggerId: [], setupTag: [{ tagName: 'Snap - Base' }] }),
        tag('Main', 'html', [T('html', "<script>snaptr('track', 'PAGE_VIEW');</script>")], { firingTriggerId: ['1'], setupTag: [{ tagName: 'Middle' }], paused: true }),
      ],
    });
    expect(chain.messages.filter((m) => m.gtm.name === 'Snap - Base' && m.ruleId === 'no-health-page-triggers').map((m) => m.severity)).toEqual([1]);
    expect(chain.tags.find((t) => t.name === 'Snap - Base')!.triggers).toEqual(['PV - psychiatry (as setup tag of "Middle", "Main" paused)']);
  });

  it('follows tag sequencing through several tags', () => {
    const r = analyze({
      trigger: [pageTrigger('1', 'PV - psychiatry', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')])],
      tag: [
        tag('Snap - Base', 'html', [T('html', snapHtml)], { firingTriggerId: [] }),
        tag('Snap - Event', 'html', [T('html', snapHtml)], { firingTriggerId: [], setupTag: [{ tagName: 'Snap - Base' }] }),
        tag('Main', 'html', [T('html', '<script>window.x = 1;</script>')], { firingTriggerId: ['1'], teardownTag: [{ tagName: 'Snap - Event' }] }),
      ],
    });
    expect(healthPages(r).map((m) => [m.gtm.name, m.message.slice(m.message.indexOf('fires on'), m.message.indexOf(':'))])).toEqual([
      ['Snap - Base', 'fires on health pages as the setup tag of "Snap - Event"'],
      ['Snap - Event', 'fires on health pages as the cleanup tag of "Main"'],
    ]);
  });

  it('notes a setup or cleanup tag, or a tag reference, that is not in the export', () => {
    const ref = (name: string) => ({ type: 'TAG_REFERENCE', key: 'measurementId', value: name });
    const r = analyze({
      trigger: [pageTrigger('1', 'PV - psychiatry', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')])],
      tag: [
        tag('Config', 'googtag', [T('tagId', 'G-1')]),
        tag('Child', 'html', [T('html', '<script>window.x = 1;</script>')], { firingTriggerId: ['1'], setupTag: [{ tagName: 'Meta - Lead (old name)' }], teardownTag: [{ tagName: 'Config' }] }),
        tag('GA4 - Lead', 'gaawe', [ref('GA4 - Config'), T('eventName', 'generate_lead')]),
        tag('GA4 - Call', 'gaawe', [ref('GA4 - Config'), T('eventName', 'click_to_call')]),
        tag('GA4 - Known', 'gaawe', [ref('Config'), T('eventName', 'page_view')]),
      ],
    });
    expect(r.notices.map((n) => [n.message, n.gtm?.name])).toEqual([
      ['Tag "Child" fires setup tag "Meta - Lead (old name)", which is not in this export; it fires on this tag\'s triggers and was not checked.', 'Child'],
      ['Tag "GA4 - Lead" (and 1 other tag) references tag "GA4 - Config", which is not in this export; its settings were not checked.', 'GA4 - Lead'],
    ]);
  });

  it('reads a term in a host name as care context (tier 3, a warning), with or without a scheme', () => {
    const text = gtm({
      trigger: [
        pageTrigger('1', 'host', [cond('EQUALS', '{{Page Hostname}}', 'opioid-care.harborlight.example')]),
        pageTrigger('2', 'host re', [cond('MATCH_REGEX', '{{Page Hostname}}', '^opioid-care\\.harborlight\\.example$')]),
        pageTrigger('3', 'url', [cond('CONTAINS', '{{Page URL}}', 'harborlight.example/opioid-treatment')]),
        pageTrigger('4', 'file', [cond('CONTAINS', '{{Page URL}}', 'oncology.html')]),
      ],
      tag: [tag('Snap', 'html', [T('html', snapHtml)], { firingTriggerId: ['1', '2', '3', '4'] })],
    });
    const r = analyze(text);
    expect(healthPages(r).map((m) => [m.message.match(/trigger "([^"]+)"/u)![1], (m.evidence as { tier: number }).tier, m.severity])).toEqual([
      ['host', 3, 1],
      ['host re', 3, 1],
      ['url', 1, 2],
      ['file', 2, 2],
    ]);
    // Positions stay on the term in the value, as for any other condition.
    const first = healthPages(r)[0]!;
    expect(text.split('\n')[first.line - 1]!.slice(first.column - 1)).toMatch(/^opioid-care\.harborlight\.example"/u);
  });

  it('reads regex conditions, Page URL and Referrer, and lowerCamel casing', () => {
    const r = analyze({
      trigger: [
        pageTrigger('1', 're', [cond('MATCH_REGEX', '{{Page URL}}', '^https://example\\.org/(oncology|cardiology)/')]),
        pageTrigger('2', 'ref', [cond('contains', '{{Referrer}}', 'hiv-testing')], 'pageview'),
      ],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1', '2'] })],
    });
    expect(healthPages(r).map((m) => (m.evidence as { text: string }).text)).toEqual(['^https://example\\.org/(oncology|cardiology)/', 'hiv-testing']);
  });

  it('reads a word an alternation splits (pre|post)natal by the addresses the pattern spells out (adversarial probe adv-2 #2, session 35)', () => {
    const r = analyze({
      trigger: [pageTrigger('1', 'natal', [cond('MATCH_REGEX', '{{Page Path}}', '^/(pre|post)natal-(care|yoga|classes)/')]), pageTrigger('2', 'natal shop', [cond('MATCH_REGEX', '{{Page Path}}', '^/(sale|new)-(shoes|hats)/')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1', '2'] })],
    });
    expect(healthPages(r).map((m) => m.message)).toEqual([expect.stringContaining('which names "prenatal-care" (reproductive, tier 1)')]);
  });

  it('quotes a term as an address the pattern spells out, not words joined across its alternation (blind tester, session 42)', () => {
    const r = analyze({
      trigger: [pageTrigger('1', 'std', [cond('MATCH_REGEX', '{{Page Path}}', '^\\/services\\/(std|sti)-testing')]), pageTrigger('2', 'hiv', [cond('MATCH_REGEX', '{{Page Path}}', '^/(hiv|aids)-clinic')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] }), tag('B', 'html', [T('html', snapHtml)], { firingTriggerId: ['2'] })],
    });
    expect(healthPages(r).map((m) => m.message)).toEqual([expect.stringContaining('which names "std-testing" (HIV/STI, tier 1)'), expect.stringContaining('which names "hiv" (HIV/STI, tier 1)')]);
  });

  it('names the other health terms of a RegEx condition, so fixing one does not reveal the next (blind tester, session 46)', () => {
    const r = analyze({
      trigger: [pageTrigger('1', 'services', [cond('MATCH_REGEX', '{{Page Path}}', '^/(ivf|hiv-testing|weight-loss)/')]), pageTrigger('2', 'one', [cond('MATCH_REGEX', '{{Page Path}}', '^/(ivf|about|contact)/')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] }), tag('B', 'html', [T('html', snapHtml)], { firingTriggerId: ['2'] })],
    });
    expect(healthPages(r).map((m) => m.message)).toEqual([
      expect.stringContaining('which names "ivf" (reproductive, tier 1); it also names "hiv-testing", "weight-loss". Every hit'),
      expect.stringContaining('which names "ivf" (reproductive, tier 1). Every hit'),
    ]);
  });

  it("reads a condition with the other conditions on the same variable as the address's other words (adversarial probe adv-2, session 35)", () => {
    const r = analyze({
      trigger: [
        pageTrigger('1', 'psych NP job', [cond('STARTS_WITH', '{{Page Path}}', '/careers/'), cond('CONTAINS', '{{Page Path}}', '/psychiatric-nurse-practitioner')]),
        pageTrigger('2', 'psychiatry service', [cond('STARTS_WITH', '{{Page Path}}', '/services/'), cond('CONTAINS', '{{Page Path}}', '/psychiatry')]),
        // Another variable's words are not the address's.
        pageTrigger('3', 'referred from careers', [cond('CONTAINS', '{{Referrer}}', '/careers/'), cond('CONTAINS', '{{Page Path}}', '/psychiatric-nurse-practitioner')]),
      ],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1', '2', '3'] })],
    });
    expect(healthPages(r).map((m) => (m.evidence as { text: string }).text)).toEqual(['/psychiatry', '/psychiatric-nurse-practitioner']);
  });

  it('reads no health term in a negative lookaround, which keeps those pages out (blind test adv26a #2)', () => {
    const r = analyze({
      trigger: [
        pageTrigger('1', 'not clinical', [cond('MATCH_REGEX', '{{Page Path}}', '^/(?!psychiatry|ivf|hiv)')]),
        pageTrigger('2', 'booking, not psychiatry', [cond('MATCH_REGEX', '{{Page Path}}', '(?<!psychiatry)/book$')]),
        pageTrigger('3', 'oncology but not careers', [cond('MATCH_REGEX', '{{Page Path}}', '^/oncology/(?!careers)')]),
      ],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1', '2', '3'] })],
    });
    expect(healthPages(r).map((m) => m.message.match(/trigger "([^"]+)"/u)![1])).toEqual(['oncology but not careers']);
  });

  it('follows variables: a lookup table keyed on the page path', () => {
    const r = analyze({
      variable: [{ variableId: '9', name: 'LT - section', type: 'smm', parameter: [T('input', '{{Page Path}}'), table('map', [{ key: '/therapy/online', value: 'care' }, { key: '/shop', value: 'shop' }])] }],
      trigger: [pageTrigger('1', 'care pages', [cond('EQUALS', '{{LT - section}}', 'care')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] })],
    });
    const [m] = healthPages(r);
    expect(m!.messageId).toBe('healthPageViaLookup');
    expect(m!.message).toContain('that variable maps "/therapy/online" to it');
  });

  it('follows variables: a table keyed on a table keyed on the page path', () => {
    const r = analyze({
      variable: [
        { variableId: '8', name: 'RT - section', type: 'remm', parameter: [T('input', '{{Page Path}}'), table('map', [{ key: '^/psychiatry/', value: 'psych' }, { key: '^/shop/', value: 'shop' }])] },
        { variableId: '9', name: 'LT - audience', type: 'smm', parameter: [T('input', '{{RT - section}}'), table('map', [{ key: 'shop', value: 'buyers' }, { key: 'psych', value: 'care' }])] },
      ],
      trigger: [pageTrigger('1', 'care pages', [cond('EQUALS', '{{LT - audience}}', 'care')]), pageTrigger('2', 'buyer pages', [cond('EQUALS', '{{LT - audience}}', 'buyers')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1', '2'] })],
    });
    expect(healthPages(r).map((m) => m.message.match(/trigger "[^"]+".*/u)![0])).toEqual([
      'trigger "care pages" requires {{LT - audience}} equals "care", and that variable maps "^/psychiatry/" → {{RT - section}} → "psych" to it, which names "psychiatry" (mental health, tier 1). Every hit sends Snap the page URL, and with it who visited these pages.',
    ]);
  });

  it('follows variables: custom JavaScript that reads the page path through {{Page Path}}', () => {
    const r = analyze({
      variable: [{ variableId: '9', name: 'CJS - section', type: 'jsm', parameter: [T('javascript', "function() { return {{Page Path}}.split('/')[1]; }")] }],
      trigger: [pageTrigger('1', 'section', [cond('EQUALS', '{{CJS - section}}', 'psychiatry')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] })],
    });
    expect(healthPages(r).map((m) => (m.evidence as { text: string }).text)).toEqual(['psychiatry']);
  });

  it('follows variables in the value: a constant holding the path', () => {
    const r = analyze({
      variable: [{ variableId: '9', name: 'C - oncology path', type: 'c', parameter: [T('value', '/oncology/')] }],
      trigger: [pageTrigger('1', 'onc', [cond('STARTS_WITH', '{{Page Path}}', '{{C - oncology path}}')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] })],
    });
    const [m] = healthPages(r);
    expect(m!.message).toContain('requires {{Page Path}} starts with "{{C - oncology path}}", which names "oncology"');
    expect((m!.evidence as { text: string }).text).toBe('/oncology/');
  });

  it('ignores negated conditions, analytics-only tags and non-health paths', () => {
    const r = analyze({
      trigger: [
        pageTrigger('1', 'not psych', [cond('CONTAINS', '{{Page Path}}', '/psychiatry', [{ type: 'BOOLEAN', key: 'negate', value: 'true' }])]),
        pageTrigger('2', 'shop', [cond('CONTAINS', '{{Page Path}}', '/shop')]),
        pageTrigger('3', 'psych', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')]),
      ],
      tag: [tag('Snap', 'html', [T('html', snapHtml)], { firingTriggerId: ['1', '2'] }), tag('GA4', 'gaawe', [T('eventName', 'page_view')], { firingTriggerId: ['3'] })],
    });
    expect(healthPages(r)).toEqual([]);
  });

  describe('a condition on what the visitor does, not on the page (adversarial probe p78, session 38)', () => {
    const dlv = (variableId: string, name: string, key: string) => ({ variableId, name, type: 'v', parameter: [T('name', key), T('dataLayerVersion', '2')] });
    const customEvent = (triggerId: string, name: string, event: string, filter: unknown[] = []) => ({ triggerId, name, type: 'CUSTOM_EVENT', customEventFilter: [cond('EQUALS', '{{_event}}', event)], filter });
    const meta = (name: string, firingTriggerId: string[], code = "fbq('track', 'Schedule');", extra: Record<string, unknown> = {}) => tag(name, 'html', [T('html', `<script>${code}</script>`)], { firingTriggerId, ...extra });

    it('flags an ad tag fired only when a data-layer value or the clicked text names a health term, at the value', () => {
      const r = analyze({
        variable: [dlv('1', 'DLV - service', 'service')],
        trigger: [
          customEvent('1', 'CE - booking IVF', 'booking_complete', [cond('EQUALS', '{{DLV - service}}', 'IVF Consultation')]),
          { triggerId: '2', name: 'Click - psychiatrist CTA', type: 'CLICK', filter: [cond('CONTAINS', '{{Click Text}}', 'Book a psychiatrist')] },
        ],
        tag: [meta('Meta - Schedule', ['1']), meta('Meta - CTA', ['2'])],
      });
      const [booking, click] = healthPages(r);
      expect(booking!.messageId).toBe('healthAction');
      expect(booking!.message).toBe(
        'Meta tag "Meta - Schedule" fires only for health-related visits: trigger "CE - booking IVF" requires {{DLV - service}} equals "IVF Consultation", which names "IVF" (reproductive, tier 1). Every hit tells Meta who these visitors are, whatever the tag sends.',
      );
      expect(booking!.jsonPath).toBe('containerVersion.trigger[0].filter[0].parameter[1].value');
      expect(click!.message).toContain('requires {{Click Text}} contains "Book a psychiatrist", which names "psychiatrist" (mental health, tier 1)');
    });

    it('flags an ad tag fired only by a health custom event, unless the tag sends its name (then it is an event name)', () => {
      const r = analyze({
        trigger: [customEvent('1', 'CE - detox intake', 'detox_intake_submitted'), { triggerId: '2', name: 'CE - test orders', type: 'CUSTOM_EVENT', customEventFilter: [cond('MATCH_REGEX', '{{_event}}', '^(hiv|std)_test_order$')] }],
        tag: [meta('Meta - Lead', ['1'], "fbq('track', 'Lead');"), meta('Meta - {{Event}}', ['1', '2'], "fbq('trackCustom', '{{Event}}');")],
      });
      expect(r.messages.filter((m) => m.ruleId !== 'no-tracking-pixel').map((m) => `${m.ruleId} ${m.gtm.name}`).sort()).toEqual([
        'no-health-event-names Meta - {{Event}}',
        'no-health-page-triggers Meta - Lead',
      ]);
      const [lead] = healthPages(r);
      expect(lead!.messageId).toBe('healthEvent');
      expect(lead!.message).toBe(
        'Meta tag "Meta - Lead" fires on a health event: trigger "CE - detox intake" requires {{_event}} equals "detox_intake_submitted", which names "detox" (substance use, tier 1). Every hit tells Meta who did it, even where the tag does not send the event\'s name.',
      );
    });

    it('follows a table keyed on a data-layer value to the keys that give the tested output', () => {
      const r = analyze({
        variable: [dlv('1', 'DLV - service', 'service'), { variableId: '2', name: 'LT - sensitive', type: 'smm', parameter: [T('input', '{{DLV - service}}'), table('map', [{ key: 'Teeth Cleaning', value: 'no' }, { key: 'HIV Testing', value: 'yes' }])] }],
        trigger: [customEvent('1', 'CE - booked (sensitive)', 'booking_complete', [cond('EQUALS', '{{LT - sensitive}}', 'yes')])],
        tag: [meta('Meta - Schedule', ['1'])],
      });
      const [m] = healthPages(r);
      expect(m!.messageId).toBe('healthActionViaLookup');
      expect(m!.message).toContain('requires {{LT - sensitive}} equals "yes", and that variable maps "HIV Testing" to it, which names "HIV Testing" (HIV/STI, tier 1)');
    });

    it('is silent on negated, blocked, analytics-only and look-alike conditions; the data-layer key is context', () => {
      const negate = [{ type: 'BOOLEAN', key: 'negate', value: 'true' }];
      const r = analyze({
        variable: [dlv('1', 'DLV - service', 'service'), dlv('2', 'DLV - zodiac sign', 'reader.zodiac_sign'), { variableId: '3', name: 'C - site', type: 'c', parameter: [T('value', 'Therapy Clinic')] }],
        trigger: [
          customEvent('1', 'CE - not IVF', 'booking_complete', [cond('EQUALS', '{{DLV - service}}', 'IVF Consultation', negate)]),
          customEvent('2', 'CE - gift card', 'booking_complete', [cond('EQUALS', '{{DLV - service}}', 'Gift Card')]),
          customEvent('3', 'CE - horoscope', 'horoscope_read', [cond('EQUALS', '{{DLV - zodiac sign}}', 'Cancer')]),
          customEvent('4', 'CE - IVF', 'booking_complete', [cond('CONTAINS', '{{DLV - service}}', 'IVF')]),
          customEvent('5', 'CE - block IVF', 'booking_complete', [cond('CONTAINS', '{{DLV - service}}', 'IVF')]),
          // A constant is the same on every visit: it selects no visitors.
          customEvent('6', 'CE - on this site', 'booking_complete', [cond('EQUALS', '{{C - site}}', 'Therapy Clinic')]),
        ],
        tag: [meta('Meta - A', ['1', '2', '3', '6']), meta('Meta - blocked', ['4'], undefined, { blockingTriggerId: ['5'] }), tag('GA4', 'gaawe', [T('eventName', 'booking')], { firingTriggerId: ['4'] })],
      });
      expect(healthPages(r)).toEqual([]);
    });
  });

  it('reads a hand-written negative condition type (DOES_NOT_CONTAIN, notEquals) as its positive type negated (gtm30 #2)', () => {
    const page = (type: string, value: string) =>
      analyze({
        trigger: [pageTrigger('1', 'page', [cond(type, '{{Page Path}}', value)])],
        tag: [tag('Snap', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] })],
      });
    expect(healthPages(page('DOES_NOT_CONTAIN', '/psychiatry'))).toEqual([]);
    expect(healthPages(page('doesNotStartWith', '/oncology'))).toEqual([]);
    expect(healthPages(page('CONTAINS', '/psychiatry'))).toHaveLength(1);
  });

  it('honours blocking triggers on the same pages', () => {
    const r = analyze({
      trigger: [
        pageTrigger('1', 'psych', [cond('CONTAINS', '{{Page Path}}', '/psychiatry/adult')]),
        pageTrigger('2', 'block psych', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')]),
        pageTrigger('3', 'oncology', [cond('STARTS_WITH', '{{Page Path}}', '/oncology')]),
      ],
      tag: [
        tag('blocked', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'], blockingTriggerId: ['2'] }),
        tag('other block', 'html', [T('html', snapHtml)], { firingTriggerId: ['3'], blockingTriggerId: ['2'] }),
      ],
    });
    expect(healthPages(r).map((m) => m.gtm.name)).toEqual(['other block']);
  });

  it("honours blocking triggers for a page test in the tag's own code, read as a condition on the same variable (adv26a #13)", () => {
    const code = (test: string) => `<script>\nif (${test}) fbq('track', 'ViewContent');\n</script>`;
    const r = analyze({
      variable: [{ variableId: '1', name: 'URL - Path', type: 'u', parameter: [T('component', 'PATH')] }],
      trigger: [
        pageTrigger('1', 'All pages', []),
        pageTrigger('2', 'Block psychiatry', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')]),
        pageTrigger('3', 'Block adult psychiatry', [cond('CONTAINS', '{{Page Path}}', '/psychiatry/adult')]),
        pageTrigger('4', 'Block psychiatry on load', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')], 'WINDOW_LOADED'),
        pageTrigger('5', 'Block psychiatry URLs', [cond('CONTAINS', '{{Page URL}}', '/psychiatry')]),
        pageTrigger('6', 'Block psychiatry, URL variable', [cond('CONTAINS', '{{URL - Path}}', '/psychiatry')]),
      ],
      tag: [
        tag('blocked: same variable', 'html', [T('html', code("{{Page Path}}.indexOf('/psychiatry') > -1"))], { firingTriggerId: ['1'], blockingTriggerId: ['2'] }),
        tag('blocked: location.pathname', 'html', [T('html', code("window.location.pathname.indexOf('/psychiatry/adult') === 0"))], { firingTriggerId: ['1'], blockingTriggerId: ['2'] }),
        tag('blocked: a URL variable of the path', 'html', [T('html', code("location.pathname.includes('/psychiatry')"))], { firingTriggerId: ['1'], blockingTriggerId: ['6'] }),
        // Of a RegEx's alternatives, only the health ones need the blocker (session 49).
        tag('blocked: a RegEx with one health alternative', 'html', [T('html', code('/^\\/(psychiatry|blog)\\//.test(location.pathname)'))], { firingTriggerId: ['1'], blockingTriggerId: ['2'] }),
        tag('a RegEx with a health alternative left open', 'html', [T('html', code('/^\\/(psychiatry|therapy)\\//.test(location.pathname)'))], { firingTriggerId: ['1'], blockingTriggerId: ['2'] }),
        tag('narrower blocker', 'html', [T('html', code("{{Page Path}}.indexOf('/psychiatry') > -1"))], { firingTriggerId: ['1'], blockingTriggerId: ['3'] }),
        tag('blocker on another event', 'html', [T('html', code("{{Page Path}}.indexOf('/psychiatry') > -1"))], { firingTriggerId: ['1'], blockingTriggerId: ['4'] }),
        tag('blocker on another variable', 'html', [T('html', code("location.pathname.includes('/psychiatry')"))], { firingTriggerId: ['1'], blockingTriggerId: ['5'] }),
        tag('unblocked setup', 'html', [T('html', code("{{Page Path}}.indexOf('/psychiatry') > -1"))], { firingTriggerId: ['1'], blockingTriggerId: ['2'] }),
        tag('Meta - main', 'html', [T('html', "<script>fbq('track', 'Lead');</script>")], { firingTriggerId: ['1'], setupTag: [{ tagName: 'unblocked setup' }] }),
      ],
    });
    expect(healthPages(r).map((m) => m.gtm.name)).toEqual(['a RegEx with a health alternative left open', 'narrower blocker', 'blocker on another event', 'blocker on another variable', 'unblocked setup']);
    // It names the alternative left open, not the one blocked (blind tester, session 49).
    const open = healthPages(r)[0]!;
    expect(open.message).toContain(', which names "therapy" (mental health, tier 1).');
    expect(open.evidence).toMatchObject({ kind: 'health', term: 'therapy' });
  });

  it("honours a blocking trigger on the same variable for a test of another value in the tag's own code (session 39)", () => {
    const code = "<script>\nif ({{DLV - service}} === 'IVF Consultation') fbq('track', 'Schedule');\n</script>";
    const r = analyze({
      variable: [
        { variableId: '1', name: 'DLV - service', type: 'v', parameter: [T('name', 'service')] },
        { variableId: '2', name: 'DLV - plan', type: 'v', parameter: [T('name', 'plan')] },
        { variableId: '3', name: 'DLV - unit', type: 'v', parameter: [T('name', 'unit'), { type: 'BOOLEAN', key: 'setDefaultValue', value: 'true' }, T('defaultValue', '(not set)')] },
        { variableId: '4', name: 'DLV - vpp', type: 'v', parameter: [T('name', 'virtualPagePath'), { type: 'BOOLEAN', key: 'setDefaultValue', value: 'true' }, T('defaultValue', '(not set)')] },
      ],
      trigger: [
        { triggerId: '1', name: 'CE - booked', type: 'CUSTOM_EVENT', customEventFilter: [cond('EQUALS', '{{_event}}', 'booked')] },
        { triggerId: '2', name: 'CE - block IVF', type: 'CUSTOM_EVENT', customEventFilter: [cond('EQUALS', '{{_event}}', 'booked')], filter: [cond('CONTAINS', '{{DLV - service}}', 'IVF')] },
        { triggerId: '3', name: 'CE - block a plan', type: 'CUSTOM_EVENT', customEventFilter: [cond('EQUALS', '{{_event}}', 'booked')], filter: [cond('CONTAINS', '{{DLV - plan}}', 'IVF')] },
      ],
      tag: [
        tag('blocked', 'html', [T('html', code)], { firingTriggerId: ['1'], blockingTriggerId: ['2'] }),
        tag('blocker on another variable', 'html', [T('html', code)], { firingTriggerId: ['1'], blockingTriggerId: ['3'] }),
        // A macro quoted whole is the variable (adversarial probe g51, session 39).
        tag('quoted', 'html', [T('html', "<script>\nif ('{{DLV - plan}}' == 'Behavioral Health') fbq('track', 'Schedule');\n</script>")], { firingTriggerId: ['1'] }),
        // With a default value, as real exports set it (`(not set)`): the default is one value, the data layer's another (blind tester, session 51).
        tag('quoted with a default', 'html', [T('html', "<script>\nif ('{{DLV - unit}}' === 'IVF Consultation') fbq('track', 'Schedule');\n</script>")], { firingTriggerId: ['1'] }),
        tag('quoted page path with a default', 'html', [T('html', "<script>\nif ('{{DLV - vpp}}'.indexOf('/psychiatry') > -1) fbq('track', 'Schedule');\n</script>")], { firingTriggerId: ['1'] }),
        tag('through a string method', 'html', [T('html', "<script>\nif ({{DLV - service}}.toLowerCase().indexOf('hiv') !== -1) fbq('track', 'Schedule');\n</script>")], { firingTriggerId: ['1'] }),
      ],
    });
    expect(healthPages(r).map((m) => `${m.gtm.name}: ${m.message.replace(/, which names.*/u, '')}`)).toEqual([
      'blocker on another variable: Meta tracking runs only for health-related visits: the code requires {{DLV - service}} equals "IVF Consultation"',
      'quoted: Meta tracking runs only for health-related visits: the code requires {{DLV - plan}} equals "Behavioral Health"',
      'quoted with a default: Meta tracking runs only for health-related visits: the code requires {{DLV - unit}} equals "IVF Consultation"',
      'quoted page path with a default: Meta tracking runs on health pages: the code requires {{DLV - vpp}} contains "/psychiatry"',
      // The variable by its name, not its placeholder (GTM blind tester, session 51).
      'through a string method: Meta tracking runs only for health-related visits: the code requires {{DLV - service}}.toLowerCase() contains "hiv"',
    ]);
  });

  describe('a blocking trigger counts only where it holds on every page the health condition selects', () => {
    const negate = [{ type: 'BOOLEAN', key: 'negate', value: 'true' }];
    const firing = (filter: unknown[]) => pageTrigger('1', 'health pages', filter);
    const reported = (fire: unknown[], block: unknown[], blockType = 'PAGEVIEW') =>
      healthPages(
        analyze({
          trigger: [firing(fire), pageTrigger('2', 'blocker', block, blockType)],
          tag: [tag('Snap', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'], blockingTriggerId: ['2'] })],
        }),
      ).length;
    const psych = [cond('CONTAINS', '{{Page Path}}', '/psychiatry')];

    it('blocked: no conditions, a broader or equal test, a covering regex', () => {
      expect(reported(psych, [])).toBe(0);
      expect(reported([cond('CONTAINS', '{{Page Path}}', '/psychiatry/adult')], psych)).toBe(0);
      expect(reported([cond('STARTS_WITH', '{{Page Path}}', '/oncology/')], [cond('STARTS_WITH', '{{Page Path}}', '/oncology')])).toBe(0);
      expect(reported([cond('EQUALS', '{{Page Path}}', '/oncology')], [cond('MATCH_REGEX', '{{Page Path}}', '^/(cardiology|oncology)$')])).toBe(0);
      expect(reported([cond('STARTS_WITH', '{{Page Path}}', '/oncology/adult')], [cond('MATCH_REGEX', '{{Page Path}}', '^\\/(?:oncology|cardiology)\\/')])).toBe(0);
      expect(reported([cond('EQUALS', '{{Page Path}}', '/psychiatry')], [cond('CONTAINS', '{{Page Path}}', '/cardiology', negate)])).toBe(0);
    });

    it('not blocked: a negated blocker on part of the pages (only the health pages are left)', () => {
      expect(reported([cond('STARTS_WITH', '{{Page Path}}', '/oncology')], [cond('EQUALS', '{{Page Path}}', '/oncology/second-opinion', negate)])).toBe(1);
      expect(reported(psych, [cond('CONTAINS', '{{Page Path}}', '/psychiatry', negate)])).toBe(1);
    });

    it('not blocked: a narrower blocker, a second condition, another variable, another event', () => {
      expect(reported(psych, [cond('CONTAINS', '{{Page Path}}', '/psychiatry/adult')])).toBe(1);
      expect(reported([cond('STARTS_WITH', '{{Page Path}}', '/cardiology')], [cond('STARTS_WITH', '{{Page Path}}', '/cardiology'), cond('ENDS_WITH', '{{Page Path}}', '/thank-you')])).toBe(1);
      expect(reported(psych, [cond('CONTAINS', '{{Referrer}}', '/psychiatry')])).toBe(1);
      expect(reported(psych, [cond('CONTAINS', '{{Page Path}}', '/psychiatry')], 'CLICK')).toBe(1);
      // GTM checks a blocker on the tag's own event: Window Loaded (gtm.load), DOM Ready (gtm.dom) and
      // History Change blockers do not stop a tag that fires at Page View (gtm.js).
      for (const other of ['WINDOW_LOADED', 'DOM_READY', 'HISTORY_CHANGE']) expect(reported(psych, psych, other), other).toBe(1);
      expect(reported(psych, [cond('MATCH_REGEX', '{{Page Path}}', '^/psychiatry')])).toBe(1);
    });

    it("a RegEx's alternatives that name no health term need no blocker; the message names a health one left open (blind GTM tester, session 49)", () => {
      expect(reported([cond('MATCH_REGEX', '{{Page Path}}', '^/(psychiatry|blog)/')], psych)).toBe(0);
      expect(reported([cond('MATCH_REGEX', '{{Page Path}}', '^/(?:blog|psychiatry|careers)$')], psych)).toBe(0);
      expect(reported([cond('MATCH_REGEX', '{{Page Path}}', '^/(psychiatry|blog)/?$')], psych)).toBe(0);
      expect(reported([cond('MATCH_REGEX', '{{Page Path}}', '^/(psychiatry|therapy)/?$')], psych)).toBe(1);
      expect(reported([cond('MATCH_REGEX', '{{Page Path}}', '^/(psychiatry|blog)/')], [cond('CONTAINS', '{{Page Path}}', '/blog')])).toBe(1);
      const messages = healthPages(
        analyze({
          trigger: [pageTrigger('1', 'health pages', [cond('MATCH_REGEX', '{{Page Path}}', '^/(psychiatry|therapy|oncology)/')]), pageTrigger('2', 'blocker', psych)],
          tag: [tag('Snap', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'], blockingTriggerId: ['2'] })],
        }),
      );
      expect(messages.map((m) => m.message.replace(/.*which names /u, '').replace(/\. Every hit.*/u, ''))).toEqual(['"therapy" (mental health, tier 1); it also names "oncology"']);
    });
  });

  it('a Custom Event blocker counts on the events it names', () => {
    const psych = [cond('CONTAINS', '{{Page Path}}', '/psychiatry')];
    const event = (triggerId: string, name: string, test: unknown, filter: unknown[] = psych, type = 'CUSTOM_EVENT') => ({ triggerId, name, type, filter, customEventFilter: [test] });
    const submit = cond('EQUALS', '{{_event}}', 'form_submit');
    const reported = (blocker: unknown) =>
      healthPages(
        analyze({
          trigger: [event('1', 'submit on psychiatry', submit), blocker],
          tag: [tag('Meta', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'], blockingTriggerId: ['2'] })],
        }),
      ).length;
    // The same event, any event (`.*`), the API's lowerCamel type, or no page condition: blocked.
    expect(reported(event('2', 'same', submit))).toBe(0);
    expect(reported(event('2', 'any event', cond('MATCH_REGEX', '{{_event}}', '.*')))).toBe(0);
    expect(reported(event('2', 'camel', submit, psych, 'customEvent'))).toBe(0);
    expect(reported(event('2', 'all pages', submit, []))).toBe(0);
    expect(reported(event('2', 'prefix', cond('STARTS_WITH', '{{_event}}', 'form_')))).toBe(0);
    // Another event, a narrower page test, or a page view blocker: the tag still fires on those pages.
    expect(reported(event('2', 'other event', cond('EQUALS', '{{_event}}', 'appointment_booked')))).toBe(1);
    expect(reported(event('2', 'narrower', submit, [cond('CONTAINS', '{{Page Path}}', '/psychiatry/adult')]))).toBe(1);
    expect(reported(pageTrigger('2', 'page view', psych))).toBe(1);
  });

  it("a blocker's condition that the firing trigger has too holds whenever the tag fires (adversarial probe srv-3, session 35)", () => {
    const ga4 = cond('EQUALS', '{{Client Name}}', 'GA4');
    const reported = (firing: unknown[], blocking: unknown[]) =>
      healthPages(analyze({ trigger: [pageTrigger('1', 'adolescent BH', firing), pageTrigger('2', 'block BH', blocking)], tag: [tag('Meta', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'], blockingTriggerId: ['2'] })] })).length;
    expect(reported([ga4, cond('CONTAINS', '{{Page Path}}', '/behavioral-health/adolescent')], [ga4, cond('CONTAINS', '{{Page Path}}', '/behavioral-health')])).toBe(0);
    // A condition the firing trigger does not have may fail: the tag still fires on those pages.
    expect(reported([cond('CONTAINS', '{{Page Path}}', '/behavioral-health/adolescent')], [ga4, cond('CONTAINS', '{{Page Path}}', '/behavioral-health')])).toBe(1);
  });

  it('a Custom Event blocker on .* is checked on every event, a page view included (adversarial probe adv-2, session 35)', () => {
    const psych = [cond('STARTS_WITH', '{{Page Path}}', '/psychiatry/adult')];
    const blocker = (test: unknown) => ({ triggerId: '2', name: 'block', type: 'CUSTOM_EVENT', filter: [cond('MATCH_REGEX', '{{Page Path}}', '^/(psychiatry|oncology)/')], customEventFilter: [test] });
    const reported = (b: unknown) =>
      healthPages(analyze({ trigger: [pageTrigger('1', 'psychiatry pages', psych), b], tag: [tag('Meta', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'], blockingTriggerId: ['2'] })] })).length;
    expect(reported(blocker(cond('MATCH_REGEX', '{{_event}}', '.*')))).toBe(0);
    // One that names an event is not checked on the page view.
    expect(reported(blocker(cond('EQUALS', '{{_event}}', 'form_submit')))).toBe(1);
  });

  it('a page blocker does not cover a trigger group that a later event completes', () => {
    const group = (id: string, members: string[]) => ({ triggerId: id, name: `group ${id}`, type: 'TRIGGER_GROUP', parameter: [{ type: 'LIST', key: 'triggerIds', list: members.map((m) => ({ type: 'TRIGGER_REFERENCE', value: m })) }] });
    const r = analyze({
      trigger: [
        pageTrigger('1', 'ivf pages', [cond('STARTS_WITH', '{{Page Path}}', '/ivf')]),
        { triggerId: '2', name: 'scroll 75', type: 'SCROLL_DEPTH', filter: [] },
        pageTrigger('3', 'block ivf', [cond('STARTS_WITH', '{{Page Path}}', '/ivf')]),
        group('4', ['1', '2']),
        group('5', ['1']),
      ],
      tag: [
        tag('scrolled', 'html', [T('html', snapHtml)], { firingTriggerId: ['4'], blockingTriggerId: ['3'] }),
        tag('pages only', 'html', [T('html', snapHtml)], { firingTriggerId: ['5'], blockingTriggerId: ['3'] }),
      ],
    });
    expect(healthPages(r).map((m) => m.gtm.name)).toEqual(['scrolled']);
  });

  it('shows where in a regex the health term is, and reads case classes', () => {
    const source = '^/(conditions|treatments)/(anxiety|adhd)';
    const r = analyze({
      trigger: [pageTrigger('1', 're', [cond('MATCH_REGEX', '{{Page Path}}', source)]), pageTrigger('2', 'case', [cond('MATCH_REGEX', '{{Page Path}}', '^/[Pp]sychiatry')])],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['1'] }), tag('B', 'html', [T('html', snapHtml)], { firingTriggerId: ['2'] })],
    });
    const [a, b] = healthPages(r);
    // The span covers "anxiety" in the regex (the file holds it JSON-escaped, which here changes nothing).
    const at = source.indexOf('anxiety');
    expect(a!.endColumn - a!.column).toBe('anxiety'.length);
    expect(a!.message).toContain('names "anxiety"');
    expect(b!.message).toContain('names "Psychiatry"');
    expect(at).toBeGreaterThan(0);
  });

  it('expands trigger groups', () => {
    const r = analyze({
      trigger: [
        pageTrigger('1', 'psych', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')]),
        { triggerId: '2', name: 'group', type: 'TRIGGER_GROUP', parameter: [{ type: 'LIST', key: 'triggerIds', list: [{ type: 'TRIGGER_REFERENCE', value: '1' }] }] },
      ],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['2'] })],
    });
    expect(healthPages(r)).toHaveLength(1);
    // The report names the group the tag fires on, with the triggers it waits for.
    expect(r.tags[0]!.triggers).toEqual(['group (trigger group: psych)']);
  });

  it('names a firing trigger the export leaves out, rather than reporting none (blind tester, session 46)', () => {
    const r = analyze({ trigger: [], tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['lead_trigger'] })] });
    expect(r.tags[0]!.triggers).toEqual(['lead_trigger (not in export)']);
  });
});

describe('trigger helpers', () => {
  it('splits simple regex alternations', () => {
    expect(regexAlternatives('^(purchase|add_to_cart|view_item)$')).toEqual(['purchase', 'add_to_cart', 'view_item']);
    expect(regexAlternatives('a.*b')).toBeUndefined();
  });
  it('turns patterns into words', () => {
    expect(patternText('^\\/psychiatry(\\/.*)?$')).toBe('/psychiatry /.');
  });
});

describe('regexExpansions', () => {
  it('lists every name a regex of literals, groups, alternation and ? matches', () => {
    expect(regexExpansions('^screening_(mammogram|lung_ct)_(booked|requested)$')).toEqual([
      'screening_mammogram_booked',
      'screening_mammogram_requested',
      'screening_lung_ct_booked',
      'screening_lung_ct_requested',
    ]);
    expect(regexExpansions('^gtm\\.js$')).toEqual(['gtm.js']);
    expect(regexExpansions('^(?<k>a|b)c?$')).toEqual(['ac', 'a', 'bc', 'b']);
  });

  it('gives up on classes, repetition, lookarounds, unbalanced groups and too many names', () => {
    for (const source of ['^x_[a-z]+$', 'a.b', 'a*', '(?=a)b', '^(a|b$', '(a|b)(c|d)(e|f)(g|h)(i|j)(k|l)(m|n)']) expect(regexExpansions(source)).toBeUndefined();
  });
});
