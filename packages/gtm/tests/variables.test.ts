import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadJson } from '../src/json/load.js';
import { buildContainer } from '../src/model/container.js';
import { MACRO_PATTERN, macroName, macroNames } from '../src/model/params.js';
import { cookieIdentity, identityOfKeyPath, readCustomJavaScript, VariableResolver } from '../src/variables.js';
import { addressPart } from '../src/triggers.js';
import { analyze, B, gtm, table, T, tag } from './helpers.js';

function resolver(variable: unknown[], builtInVariable: unknown[] = []): VariableResolver {
  const { value, locator } = loadJson(gtm({ variable, builtInVariable }));
  return new VariableResolver(buildContainer(value, locator));
}

const v = (name: string, type: string, parameter: unknown[]) => ({ variableId: name, name, type, parameter });

describe('RegEx tables with capture groups', () => {
  const rt = (rows: Array<{ key: string; value: string }>, replace = true) =>
    resolver([v('RT', 'remm', [T('input', '{{Page Path}}'), table('map', rows), B('replaceAfterMatch', replace)])]).resolve('RT');

  it('expands $n into each alternative of the group', () => {
    const r = rt([{ key: '^/departments/(oncology|cardiology)(/.*)?$', value: 'dept_$1_view' }]);
    expect(r.values).toEqual(['dept_oncology_view', 'dept_cardiology_view']);
    expect(r.complete).toBe(true);
    expect(r.rows).toEqual([
      { key: '^/departments/(oncology|cardiology)(/.*)?$', value: 'dept_oncology_view' },
      { key: '^/departments/(oncology|cardiology)(/.*)?$', value: 'dept_cardiology_view' },
    ]);
  });

  it('counts named groups, skips (?:…) and classes, and keeps a group that is no word list as its words, not fully known', () => {
    // `([a-z-]+)` has no words: it adds nothing to the text that is classified.
    expect(rt([{ key: '^/(?:en|es)/(?<section>psychiatry|urology)/([a-z-]+)', value: '$1 $2' }]).values).toEqual(['psychiatry ', 'urology ']);
    expect(rt([{ key: '^/(?:en|es)/(?<section>psychiatry|urology)/([a-z-]+)', value: '$1 $2' }]).complete).toBe(false);
    expect(rt([{ key: '^/[(]x[)]/(hiv|prep)', value: '$1' }]).values).toEqual(['hiv', 'prep']);
  });

  it('leaves $n as written without "capture groups and replace"', () => {
    expect(rt([{ key: '^/(oncology)', value: 'dept_$1' }], false).values).toEqual(['dept_$1']);
  });
});

describe('VariableResolver', () => {
  const r = resolver(
    [
      v('C - Brand', 'c', [T('value', 'Acme Therapy')]),
      v('C - Combined', 'c', [T('value', 'Paid: {{C - Brand}}')]),
      v('DLV - program', 'v', [T('name', 'ecommerce.program')]),
      v('DLV - email', 'v', [T('name', 'patient.email')]),
      v('DLV - item name', 'v', [T('name', 'items.0.name')]),
      v('DLV - user name', 'v', [T('name', 'user.name')]),
      v('LT - event', 'smm', [T('input', '{{DLV - program}}'), table('map', [{ key: 'therapy_weekly', value: 'Paid: Weekly Therapy' }, { key: 'kit', value: 'Purchase' }]), B('setDefaultValue', true), T('defaultValue', 'Other')]),
      v('RT - page', 'remm', [T('input', '{{Page Path}}'), table('map', [{ key: '^/psychiatry', value: 'Mental Health' }])]),
      v('LT - nested', 'smm', [T('input', '{{Event}}'), table('map', [{ key: 'a', value: '{{C - Brand}}' }])]),
      v('JS - event', 'jsm', [T('javascript', "function() { return {{DLV - program}} === 'x' ? 'hiv_test' : 'other'; }")]),
      v('JS - fn', 'jsm', [T('javascript', 'function() { return function(e) { analytics.track(e); }; }')]),
      v('ED - email', 'ed', [T('keyPath', 'user_data.email_address')]),
      v('ED - page', 'ed', [T('keyPath', 'page_location')]),
      v('ED - host', 'ed', [T('keyPath', 'page_hostname')]),
      v('UPD', 'awec', [T('mode', 'MANUAL'), T('email', '{{DLV - email}}'), T('phone_number', '{{DLV - phone}}')]),
      v('URL - path', 'u', [T('component', 'PATH')]),
      v('Loop A', 'c', [T('value', '{{Loop B}}')]),
      v('Loop B', 'c', [T('value', '{{Loop A}}')]),
    ],
    [{ type: 'PAGE_PATH', name: 'Page Path' }],
  );

  it('resolves constants, also when they contain macros', () => {
    expect(r.resolve('C - Brand')).toMatchObject({ kind: 'constant', values: ['Acme Therapy'], complete: true });
    expect(r.resolve('C - Combined')).toMatchObject({ values: ['Paid: Acme Therapy'], complete: true });
  });

  it('gives every output of a lookup table (and its default)', () => {
    const lt = r.resolve('LT - event');
    expect(lt.kind).toBe('lookup-table');
    expect(lt.values).toEqual(['Paid: Weekly Therapy', 'Purchase', 'Other']);
    expect(lt.rows).toEqual([
      { key: 'therapy_weekly', value: 'Paid: Weekly Therapy' },
      { key: 'kit', value: 'Purchase' },
    ]);
    expect(r.resolve('LT - nested').values).toEqual(['Acme Therapy']);
  });

  it('reads regex tables and their URL input', () => {
    const rt = r.resolve('RT - page');
    expect(rt).toMatchObject({ kind: 'regex-table', values: ['Mental Health'], input: '{{Page Path}}' });
    expect(r.resolve('Page Path')).toMatchObject({ kind: 'built-in', builtInType: 'PAGE_PATH', url: true });
  });

  it('knows identifiers by data-layer key path', () => {
    expect(r.resolve('DLV - email').identity).toEqual(['email']);
    expect(r.resolve('DLV - item name').identity).toEqual([]);
    expect(r.resolve('DLV - user name').identity).toEqual(['name']);
    expect(r.resolve('ED - email')).toMatchObject({ kind: 'event-data', identity: ['email'] });
    expect(r.resolve('ED - page').url).toBe(true);
    // The host of the page too, read as a host (adversarial probe srv-3, session 35).
    expect(r.resolve('ED - host').url).toBe(true);
    expect(addressPart(r.resolve('ED - host'))).toBe('host');
    expect(r.resolve('UPD')).toMatchObject({ kind: 'user-provided-data', identity: ['email', 'phone'] });
  });

  it('reads literal return values of custom JavaScript without running it', () => {
    expect(r.resolve('JS - event')).toMatchObject({ kind: 'custom-javascript', values: ['hiv_test', 'other'], complete: true });
    expect(r.resolve('JS - fn')).toMatchObject({ values: [], complete: false });
  });

  it('treats built-ins, event names and URL variables', () => {
    expect(r.resolve('Event').eventName).toBe(true);
    expect(r.resolve('_event').eventName).toBe(true);
    expect(r.resolve('URL - path').url).toBe(true);
  });

  it('reports dangling references without failing', () => {
    expect(r.resolve('Nope').kind).toBe('dangling');
    expect(r.dangling.has('Nope')).toBe(true);
  });

  it('survives reference cycles', () => {
    expect(r.resolve('Loop A').complete).toBe(false);
  });
});

describe('data-layer and event-data defaults', () => {
  const r = resolver([
    v('C - condition', 'c', [T('value', 'Endometriosis')]),
    v('DLV - condition', 'v', [T('name', 'page.condition'), B('setDefaultValue', true), T('defaultValue', '{{C - condition}}')]),
    v('ED - plan', 'ed', [T('keyPath', 'plan'), B('setDefaultValue', true), T('defaultValue', 'Weekly Therapy')]),
    v('DLV - unset default', 'v', [T('name', 'page.x'), B('setDefaultValue', false), T('defaultValue', 'Oncology')]),
  ]);

  it('reads the default as one value the variable can take, never as all of them', () => {
    expect(r.resolve('DLV - condition')).toMatchObject({ kind: 'data-layer', values: ['Endometriosis'], complete: false, refs: ['C - condition'] });
    expect(r.resolve('ED - plan')).toMatchObject({ kind: 'event-data', values: ['Weekly Therapy'], complete: false });
    expect(r.resolve('DLV - unset default').values).toEqual([]);
  });

  it('reports a health default sent to an ad tag, saying it is the default', () => {
    const result = analyze({
      tag: [tag('Meta', 'html', [T('html', "<script>fbq('track', 'ViewContent', { content_category: {{DLV - condition}} });</script>")])],
      variable: [
        v('C - condition', 'c', [T('value', 'Endometriosis')]),
        v('DLV - condition', 'v', [T('name', 'page.condition'), B('setDefaultValue', true), T('defaultValue', '{{C - condition}}')]),
      ],
    });
    expect(result.messages.filter((m) => m.ruleId === 'no-health-event-properties').map((m) => [m.message.replace(/, which.*/u, ''), m.via])).toEqual([
      ['Meta event parameter "content_category" sends "Endometriosis"', '{{DLV - condition}} (default value when data layer page.condition is not set)'],
    ]);
  });
});

describe('identityOfKeyPath', () => {
  it.each([
    ['user_data.email', 'email'],
    ['user_data.sha256_email_address', 'email'],
    ['patient.phone', 'phone'],
    ['customer.name', 'name'],
    ['product.name', undefined],
    ['ecommerce.value', undefined],
  ])('%s → %s', (path, field) => {
    expect(identityOfKeyPath(path)).toBe(field);
  });
});

describe('cookieIdentity', () => {
  it("reads the identifier a cookie's name says it holds, whole or by its last words (adversarial probe adv-4 #30, session 35)", () => {
    expect(['_cedar_user_email', 'user_phone', 'patient_id', 'my_dob', 'em'].map(cookieIdentity)).toEqual(['email', 'phone', 'external id', 'date of birth', 'email']);
    // Last words that name an address or a name on their own say nothing about a person.
    expect(['consent_region', 'cart_zip', 'theme_name', '_fbp', '_ga', 'session_id', 'wp_email_optin'].map(cookieIdentity)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('DOM Element variables', () => {
  it("read a form field's value as what the visitor typed (adversarial probe adv-4 #29, session 35)", () => {
    const dom = (variableId: string, name: string, parameter: unknown[]) => ({ variableId, name, type: 'd', parameter });
    const r = resolver([
      dom('1', 'DOM - phone', [T('selectorType', 'CSS'), T('elementSelector', '#profile input[name=phone]'), T('attributeName', 'value')]),
      dom('2', 'DOM - email', [T('selectorType', 'ID'), T('elementId', 'email')]),
      dom('3', 'DOM - placeholder', [T('selectorType', 'CSS'), T('elementSelector', 'input[type=email]'), T('attributeName', 'placeholder')]),
      dom('4', 'DOM - heading', [T('selectorType', 'CSS'), T('elementSelector', 'h1.title')]),
    ]);
    expect(['DOM - phone', 'DOM - email', 'DOM - placeholder', 'DOM - heading'].map((n) => r.resolve(n).identity)).toEqual([['phone'], ['email'], [], []]);
  });
});

describe('readCustomJavaScript', () => {
  it('finds form reads of identifiers', () => {
    expect(readCustomJavaScript("function(){ return document.querySelector('input[type=email]').value; }").identity).toEqual(['email']);
    expect(readCustomJavaScript('function(){ return window.user.phone; }').identity).toEqual(['phone']);
  });
  it('finds values read by a name that says what they hold (query, storage, cookies), as core does', () => {
    const identity = (code: string) => readCustomJavaScript(code).identity;
    expect(identity("function(){ return new URLSearchParams(location.search).get('email'); }")).toEqual(['email']);
    expect(identity("function(){ return localStorage.getItem('patient_phone') || ''; }")).toEqual(['phone']);
    expect(identity("function(){ function getCookie(n){ var m = document.cookie.match(new RegExp(n + '=([^;]+)')); return m && m[1]; } return getCookie('user_email'); }")).toEqual(['email']);
    expect(identity("function(){ return new URLSearchParams(location.search).get('service'); }")).toEqual([]);
    expect(identity("function(){ return localStorage.getItem('email_opt_in'); }")).toEqual([]);
  });
  it('does not count returns of nested functions, but follows a call to one', () => {
    const f = readCustomJavaScript("function(){ var f = function(){ return 'x'; }; return window.name; }");
    expect(f.values).toEqual([]);
    expect(f.complete).toBe(false);
    const called = readCustomJavaScript("function(){ var f = function(){ return 'x'; }; return f(); }");
    expect({ values: called.values, complete: called.complete }).toEqual({ values: ['x'], complete: true });
  });
  it('reads returns of local variables and lookup objects, as core resolves them', () => {
    const read = (code: string) => {
      const f = readCustomJavaScript(code);
      return { values: f.values, complete: f.complete };
    };
    expect(read("function() { var name = 'IVF Consultation Booked'; return name; }")).toEqual({ values: ['IVF Consultation Booked'], complete: true });
    expect(read("function() { var events = { ivf: 'IVF Consultation Booked', other: 'Lead' }; return events.ivf; }")).toEqual({ values: ['IVF Consultation Booked'], complete: true });
    // A lookup by a run-time key can give any of the object's values (not its keys).
    expect(read("function() { var events = { ivf: 'IVF Consultation Booked', other: 'Lead' }; return events[{{URL - service}}]; }")).toEqual({
      values: ['IVF Consultation Booked', 'Lead'],
      complete: true,
    });
    // As for a lookup table without a default: these strings are all it can send.
    expect(read("function() { var m = {{URL - service}}; return ({ ivf: 'IVF Consultation Booked' })[m] || 'Lead'; }")).toEqual({ values: ['Lead', 'IVF Consultation Booked'], complete: true });
    // A value core cannot know keeps the variable incomplete, with the values it does know.
    expect(read("function() { var n = 'Booked'; if ({{x}}) n = document.title; return n; }")).toEqual({ values: ['Booked'], complete: false });
    expect(read("function() { var n = document.title; return n; }")).toEqual({ values: [], complete: false });
    // Another return the values leave out: an object, or nothing.
    expect(read("function() { var n = 'IVF'; if ({{x}}) return { a: 1 }; return n; }")).toEqual({ values: ['IVF'], complete: false });
    expect(read("function() { var n = 'IVF'; if ({{x}}) return; return n; }")).toEqual({ values: ['IVF'], complete: false });
  });

  it('finds a health event name a lookup object returns', () => {
    const r = analyze({
      variable: [
        { variableId: '1', name: 'CJS - event', type: 'jsm', parameter: [T('javascript', "function() {\n  var events = { ivf: 'IVF Consultation Booked', other: 'Lead' };\n  return events[{{Page Path}}] || 'Lead';\n}")] },
      ],
      tag: [tag('Meta', 'html', [T('html', "<script>fbq('trackCustom', {{CJS - event}});</script>")])],
    });
    expect(r.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['no-health-event-names', expect.stringMatching(/^Meta event name "IVF Consultation Booked" reveals health information: "IVF" \(reproductive, tier 1\)/u)],
    ]);
  });

  it('copes with code that does not parse, and says so', () => {
    expect(readCustomJavaScript("function( { return 'x'").unreadable).toMatch(/Unexpected token/u);
    expect(readCustomJavaScript("function() { return 'Oncology Consult' + ; }").unreadable).toMatch(/Unexpected token/u);
    expect(readCustomJavaScript("function() { return 'Oncology Consult'; }").unreadable).toBeUndefined();
  });

  it('gives a notice for a variable in use that could not be read', () => {
    const r = analyze({
      variable: [{ variableId: '1', name: 'JS - broken', type: 'jsm', parameter: [T('javascript', "function() { return 'Oncology Consult' + ; }")] }],
      tag: [tag('Meta', 'html', [T('html', "<script>fbq('trackCustom', {{JS - broken}});</script>")])],
    });
    expect(r.notices.map((n) => n.message)).toEqual([
      'Custom JavaScript variable "JS - broken" could not be fully read (Unexpected token); the values it returns are unknown to phiguard. Check it by hand.',
    ]);
    expect(r.notices[0]!.gtm).toMatchObject({ kind: 'variable', name: 'JS - broken' });
  });

  it('gives a notice for a lookup table whose rows are not a list, and does not take its default as all it can send', () => {
    const rows = { type: 'MAP', key: 'map', map: [T('key', 'ivf'), T('value', 'IVF Consultation Booked')] };
    const variable = [{ variableId: '1', name: 'LT - event', type: 'smm', parameter: [T('input', '{{Page Path}}'), rows, B('setDefaultValue', true), T('defaultValue', 'Lead')] }];
    const text = gtm({ variable, tag: [tag('Meta', 'html', [T('html', "<script>fbq('trackCustom', {{LT - event}});</script>")])] });
    const r = analyze(text);
    expect(r.notices.map((n) => n.message)).toEqual([
      'Lookup Table variable "LT - event" could not be fully read (its "map" parameter is a MAP parameter, not a list of rows); the values it returns are unknown to phiguard. Check it by hand.',
    ]);
    // The note points at the rows parameter.
    const { line, column } = r.notices[0]!;
    const at = text.split('\n').slice(0, line! - 1).join('\n').length + column!;
    expect(text.slice(at, at + 60).replace(/\s+/gu, ' ')).toMatch(/^\{ "type": "MAP", "key": "map"/u);
    expect(resolver(variable).resolve('LT - event')).toMatchObject({ values: ['Lead'], complete: false });
  });
});

describe('large tables and combinations', () => {
  const rows = (n: number, last: { key: string; value: string }) => [...Array.from({ length: n - 1 }, (_, i) => ({ key: `/s${i}`, value: `Service ${i}` })), last];
  const lt = (name: string, list: Array<{ key: string; value: string }>, type = 'smm') => v(name, type, [T('input', '{{Page Path}}'), table('map', list)]);
  const events = (r: ReturnType<typeof analyze>) => r.messages.map((m) => `${m.ruleId} ${m.message.split(' reveals')[0]} | ${m.via}`);

  it('reads every row of a table of hundreds, wherever the health row is', () => {
    const big = rows(300, { key: 'hiv-prep', value: 'HIV PrEP Consult' });
    expect(resolver([lt('LT', big)]).resolve('LT').values).toHaveLength(300);
    const r = analyze({
      variable: [lt('LT - Service', big), lt('RT - Service', rows(71, { key: '^/onc', value: 'Oncology Visit' }), 'remm')],
      tag: [tag('Meta', 'html', [T('html', "<script>fbq('trackCustom', {{LT - Service}}); fbq('track', 'ViewContent', { content_name: {{RT - Service}} });</script>")])],
    });
    expect(events(r)).toEqual([
      'no-health-event-names Meta event name "HIV PrEP Consult" | {{LT - Service}} (lookup table: hiv-prep → HIV PrEP Consult)',
      'no-health-event-properties Meta event parameter "content_name" sends "Oncology Visit", which | {{RT - Service}} (RegEx table: ^/onc → Oncology Visit)',
    ]);
    expect(r.notices).toEqual([]);
  });

  it('spells each value of two tables in one string at least once, and keeps the text between them', () => {
    const clinics = Array.from({ length: 10 }, (_, i) => ({ key: `c${i}`, value: `Clinic${i}` }));
    const services = rows(10, { key: '/onc', value: 'Oncology' });
    const c = resolver([lt('LT - Clinic', clinics), lt('LT - Service', services), v('C - Both', 'c', [T('value', '{{LT - Clinic}}_{{LT - Service}}')])]).resolve('C - Both');
    expect(c.values).toHaveLength(19);
    expect(c.values).toEqual(expect.arrayContaining(['Clinic0_Oncology', 'Clinic9_Service 0']));
    const r = analyze({
      variable: [lt('LT - Clinic', clinics), lt('LT - Service', services)],
      tag: [tag('Meta', 'html', [T('html', "<script>fbq('trackCustom', '{{LT - Clinic}}_{{LT - Service}}');</script>")])],
    });
    // The explanation names the table that holds the health term, not the first one in the string.
    expect(events(r)).toEqual(['no-health-event-names Meta event name "Clinic0_Oncology" | {{LT - Service}} (lookup table: /onc → Oncology)']);
  });

  it('finds a health value past the 64th key of a lookup object', () => {
    const entries = Array.from({ length: 70 }, (_, i) => `s${i}: 'Service ${i}'`).join(', ');
    const r = analyze({
      variable: [v('CJS - event', 'jsm', [T('javascript', `function() { var m = { ${entries}, hiv: 'HIV PrEP Consult' }; return m[{{Page Path}}]; }`)])],
      tag: [tag('Meta', 'html', [T('html', "<script>fbq('trackCustom', {{CJS - event}});</script>")])],
    });
    expect(events(r)).toEqual(['no-health-event-names Meta event name "HIV PrEP Consult" | {{CJS - event}} (custom JavaScript)']);
  });

  it('says so when a table has more values than phiguard reads', () => {
    const r = analyze({
      variable: [lt('LT - Huge', rows(1200, { key: 'x', value: 'Lead' }))],
      tag: [tag('Meta', 'html', [T('html', "<script>fbq('trackCustom', {{LT - Huge}});</script>")])],
    });
    expect(r.notices.map((n) => n.message)).toEqual(['Lookup Table variable "LT - Huge" can return 1200 values; phiguard reads the first 1000. Check the others by hand.']);
    expect(r.notices[0]!.line).toBeGreaterThan(1);
  });
});

describe('macroNames', () => {
  const byRegex = (text: string) => [...text.matchAll(MACRO_PATTERN)].map(macroName);

  it('finds what MACRO_PATTERN finds', () => {
    for (const text of ['{{a}}', 'x {{ Page Path }} y {{b}}', '{{{a}}', '{{a}}}', '{{}}', '{{a{b}}', '{{a', 'a}}', '{{a}}{{b}}', '{ {a} }', '{{a}b}}']) {
      expect(macroNames(text)).toEqual(byRegex(text));
    }
  });

  it('finds what MACRO_PATTERN finds in any mix of braces and names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('{', '}', '{{', '}}', 'a', ' ', 'Page URL', '\n'), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(macroNames(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('custom JavaScript variables that return objects', () => {
  it('reads the properties, literal or from other variables, also of an object returned through a local variable', () => {
    const props = [{ key: 'content_category', value: 'Oncology' }, { key: 'em', macro: 'DLV - email' }, { key: 'n' }];
    expect(readCustomJavaScript("function() { var x = 1; return { content_category: 'Oncology', em: {{DLV - email}}, n: x }; }").objectProps).toEqual(props);
    expect(readCustomJavaScript("function() { var o = { content_category: 'Oncology', em: {{DLV - email}}, n: 1 }; return o; }").objectProps).toEqual(props);
  });

  it('gives their health values and identifiers to the code that sends them', () => {
    const r = analyze({
      variable: [
        { variableId: '1', name: 'JS - props', type: 'jsm', parameter: [T('javascript', "function() { return { content_category: 'Oncology' }; }")] },
        { variableId: '2', name: 'JS - AM', type: 'jsm', parameter: [T('javascript', 'function() { return { em: {{DLV - email}} }; }')] },
        { variableId: '3', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] },
      ],
      tag: [
        tag('props', 'html', [T('html', "<script>fbq('track', 'ViewContent', {{JS - props}});</script>")]),
        tag('init', 'html', [T('html', "<script>fbq('init', '1', {{JS - AM}});</script>")]),
      ],
    });
    const shared = r.messages.filter((m) => m.ruleId === 'no-health-event-properties' || m.ruleId === 'no-advanced-matching');
    expect(shared.map((m) => [m.gtm.name, m.ruleId, m.severity, m.via])).toEqual([
      ['props', 'no-health-event-properties', 2, '{{JS - props}} (custom JavaScript)'],
      ['init', 'no-advanced-matching', 2, '{{JS - AM}} (custom JavaScript)'],
    ]);
    expect(shared[1]!.message).toContain('email ({{DLV - email}})');
  });
});
