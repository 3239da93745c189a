import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeContainer } from '../src/analyze.js';
import type { GtmResult } from '../src/report.js';
import { analyze, B, corpusDir, fixture, gtm, hasShared, html, NEEDED, summary, T, table, tag } from './helpers.js';

const withCorpus = hasShared(corpusDir);
const corpus = withCorpus ? readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort() : [];

describe('the hand-made healthcare web container', () => {
  const text = readFileSync(fixture('healthcare-web.json'), 'utf8');
  const r = analyzeContainer(text, { filePath: 'healthcare-web.json' });

  it('gives exactly the expected findings', () => {
    expect(summary(r)).toEqual([
      'no-advanced-matching TikTok - Appointment Booked',
      'no-advanced-matching TikTok - Identify',
      'no-health-event-names GA4 - Event - IVF Consult',
      'no-health-event-names Meta - Program Purchase',
      'no-health-page-triggers Snap - Page View',
      'no-tracking-pixel Snap - Page View',
      'no-tracking-pixel TikTok - Base Code',
      'require-consent-settings TikTok - Base Code',
    ]);
    expect(r.errorCount).toBe(8);
    expect(r.notices).toEqual([]);
  });

  it('says where each value came from and names vendor and evidence', () => {
    const meta = r.messages.find((m) => m.gtm.name === 'Meta - Program Purchase')!;
    expect(meta.message).toBe('Meta event name "Paid: Weekly Therapy" reveals health information: "Therapy" (mental health, tier 1).');
    expect(meta.via).toBe('{{LT - Program Event}} (lookup table: therapy_weekly → Paid: Weekly Therapy)');
    const identify = r.messages.find((m) => m.gtm.name === 'TikTok - Identify')!;
    expect(identify.message).toContain('TikTok advanced matching sends email ({{DLV - User Email}}), phone ({{DLV - phone}}) through ttq.identify()');
    for (const m of r.messages) {
      expect(m.gtm.vendor).toBeTruthy();
      expect(m.evidence).toBeTruthy();
    }
  });

  it('points every message into the container file', () => {
    const lines = text.split('\n');
    const at = (m: (typeof r.messages)[number]) => lines[m.line - 1]!.slice(m.column - 1);
    const byName = (name: string, rule: string) => r.messages.find((m) => m.gtm.name === name && m.ruleId === rule)!;
    // In the Custom HTML string, after JSON escapes: the macro inside the lookup-driven call.
    expect(at(byName('Meta - Program Purchase', 'no-health-event-names'))).toMatch(/^\{\{LT - Program Event\}\}/u);
    expect(at(byName('TikTok - Identify', 'no-advanced-matching'))).toMatch(/^\{\\n {4}email/u);
    expect(at(byName('TikTok - Base Code', 'no-tracking-pixel'))).toMatch(/^TiktokAnalyticsObject/u);
    expect(at(byName('GA4 - Event - IVF Consult', 'no-health-event-names'))).toMatch(/^ivf_consult_booked"/u);
    expect(at(byName('Snap - Page View', 'no-health-page-triggers'))).toMatch(/^psychiatry"/u);
    expect(at(byName('TikTok - Appointment Booked', 'no-advanced-matching'))).toMatch(/^"\{\{DLV - User Email\}\}"/u);
    for (const m of r.messages) {
      expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn > m.column)).toBe(true);
    }
  });

  it("gives the same findings in the API's lowerCamel enum casing", () => {
    const camel = (v: string) => v.toLowerCase().replace(/_([a-z])/gu, (_m, c: string) => c.toUpperCase());
    const ENUM_KEYS = new Set(['type', 'consentStatus', 'tagFiringOption']);
    const convert = (node: unknown, key?: string): unknown => {
      if (Array.isArray(node)) return node.map((n) => convert(n));
      if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, convert(v, k)]));
      // Enum values are UPPER_SNAKE; tag and variable type codes (`html`, `cvt_…`, `smm`) are not.
      return typeof node === 'string' && key && ENUM_KEYS.has(key) && /^[A-Z_]+$/u.test(node) ? camel(node) : node;
    };
    const lower = JSON.stringify(convert(JSON.parse(text)), null, 4);
    expect(lower).toContain('"customEvent"');
    expect(lower).toContain('"notSet"');
    expect(summary(analyzeContainer(lower))).toEqual(summary(r));
  });

  it('lists every tag with its vendors and triggers', () => {
    expect(r.tags.map((t) => `${t.name}: ${t.vendors.join('+') || '-'} on ${t.triggers.join(', ')}`)).toEqual([
      'TikTok - Base Code: tiktok on All Pages',
      'TikTok - Identify: tiktok on CE - login',
      'TikTok - Appointment Booked: tiktok on CE - appointment_booked',
      'Meta - Program Purchase: meta on CE - program_purchase',
      'GA4 - Event - IVF Consult: google-tag on CE - consult_booked',
      'Snap - Page View: snap on Page View - Psychiatry',
      'GA4 - Config: google-tag on Initialization - All Pages',
    ]);
  });
});

describe.skipIf(!withCorpus)('the real containers in shared/corpus/gtm', () => {
  it('has the 13 containers', () => {
    expect(corpus).toHaveLength(13);
  });

  it.each(corpus)('%s gives a report without fatal errors', (file) => {
    const r = analyzeContainer(readFileSync(corpusDir + file, 'utf8'), { filePath: file });
    expect(r.fatalErrorCount).toBe(0);
    expect(r.tags.length).toBe(r.container.counts.tags);
    // No tag is skipped silently: internal failures would show as messages without a rule.
    expect(r.messages.filter((m) => m.messageId === 'internal')).toEqual([]);
  });

  it("01: the Meta base-code tag gets no-tracking-pixel and require-consent-settings", () => {
    const r = analyzeContainer(readFileSync(`${corpusDir}01-sfzc-web-fbpixel-cookiebot.json`, 'utf8'));
    const rules = r.messages.filter((m) => m.gtm.name === 'Facebook - Base tracking - All pages').map((m) => m.ruleId);
    expect(rules).toEqual(['no-tracking-pixel', 'require-consent-settings']);
  });

  it("03: the TikTok Events API tag that sends email and phone gets no-advanced-matching", () => {
    const r = analyzeContainer(readFileSync(`${corpusDir}03-kbx-server-tiktok-eapi.json`, 'utf8'));
    const m = r.messages.find((x) => x.ruleId === 'no-advanced-matching')!;
    expect(m.gtm.name).toBe('[KBX] TikTok - DYN');
    expect(m.evidence).toMatchObject({ kind: 'identity', fields: expect.arrayContaining(['email', 'phone']) });
    expect(m.severity).toBe(2);
    // Its variables are not in the partial export: reported as notes, not fatal.
    expect(r.notices.map((n) => n.message)).toContain('{{LT - email}} is referenced by tag "[KBX] TikTok - DYN" but is not defined in this export (partial export?).');
  });

  it("06: a Pinterest CAPI tag reads the custom event name only when its form shows it (eventType custom; blind probe, session 40)", () => {
    const text = readFileSync(`${corpusDir}06-kbx-server-pinterest-capi.json`, 'utf8');
    const names = (eventType: string) => {
      const json = JSON.parse(text);
      const t = json.containerVersion.tag.find((x: { name: string }) => x.name === '[KBX] Pinterest - search');
      t.parameter = t.parameter.filter((p: { key: string }) => p.key !== 'eventType').concat([T('eventType', eventType), T('eventNameCustom', 'prenatal_signup')]);
      return analyzeContainer(JSON.stringify(json, null, 2)).messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => m.gtm.name);
    };
    expect(names('standard')).toEqual([]);
    expect(names('inherit')).toEqual([]);
    expect(names('custom')).toEqual(['[KBX] Pinterest - search']);
  });

  it('04: GA4 user-provided data is advanced matching; NOT_NEEDED on Google tags is accepted', () => {
    const r = analyzeContainer(readFileSync(`${corpusDir}04-kbx-web-ga4-fbtemplate-awec.json`, 'utf8'));
    expect(new Set(r.messages.map((m) => m.ruleId))).toEqual(new Set(['no-advanced-matching']));
  });
});

describe('built-in tag types', () => {
  it('reads the built-in tags of other ad vendors (Microsoft UET, X, Criteo, Pinterest)', () => {
    const r = analyze({
      tag: [
        tag('uet', 'baut', [T('eventType', 'CUSTOM'), T('customEventAction', 'book_therapy_session')]),
        tag('x', 'twitter_website_tag', [T('event_type', 'PageView'), table('event_parameters', [{ param_table_key_column: 'email_address', param_table_value_column: '{{DLV - email hash}}' }])]),
        tag('criteo', 'crto', [T('tagType', 'HOME_TAG'), T('hashedEmail', '{{DLV - email hash}}')]),
        tag('pinterest', 'pntr', [T('eventName', 'checkout'), T('product_category', 'HIV testing')]),
      ],
      variable: [{ variableId: '1', name: 'DLV - email hash', type: 'v', parameter: [T('name', 'user.email_sha256')] }],
    });
    expect(summary(r)).toEqual([
      'no-advanced-matching criteo',
      'no-advanced-matching x',
      'no-health-event-names uet',
      'no-health-event-properties pinterest',
      'no-tracking-pixel criteo',
      'no-tracking-pixel pinterest',
      'no-tracking-pixel uet',
      'no-tracking-pixel x',
    ]);
    expect(r.notices).toEqual([]);
  });

  it('Google Ads Calls from Website Conversion (awcc) is a Google Ads pixel without built-in consent checks, and its number is the site\'s own', () => {
    const r = analyze({ tag: [tag('calls', 'awcc', [T('phoneConversionNumber', '071 590 6630'), T('conversionId', '413654729'), T('conversionLabel', '6xF3CNqsjZMCEMm9n8UB')], { consentSettings: { consentStatus: 'NOT_SET' } })] });
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.gtm.vendor])).toEqual([
      ['no-tracking-pixel', 2, 'google-ads'],
      ['require-consent-settings', 2, 'google-ads'],
    ]);
    expect(r.notices).toEqual([]);
  });

  it('a literal event parameter identifies no visitor, as in core (the clinic\'s own phone number)', () => {
    const r = analyze({
      tag: [
        tag('literal', 'gaawe', [T('eventName', 'click_phone'), table('eventSettingsTable', [{ parameter: 'phone_number', parameterValue: '+37254450188' }])]),
        tag('variable', 'gaawe', [T('eventName', 'click_phone'), table('eventSettingsTable', [{ parameter: 'phone_number', parameterValue: '{{DLV - phone}}' }])]),
      ],
      variable: [{ variableId: '1', name: 'DLV - phone', type: 'v', parameter: [T('name', 'user.phone')] }],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.gtm.name)).toEqual(['variable']);
  });

  it('a parameter table about an animal reads its values in veterinary context, as core reads an object', () => {
    const ga4 = (name: string, rows: Array<Record<string, string>>) => tag(name, 'gaawe', [T('eventName', 'generate_lead'), table('eventSettingsTable', rows)]);
    const r = analyze({
      tag: [
        ga4('vet', [{ parameter: 'pet_species', parameterValue: 'dog' }, { parameter: 'pre_existing', parameterValue: 'Diabetes' }]),
        ga4('vet by variable', [{ parameter: 'species', parameterValue: '{{DLV - species}}' }, { parameter: 'condition', parameterValue: 'Arthritis' }]),
        ga4('memory care', [{ parameter: 'pet_friendly', parameterValue: 'true' }, { parameter: 'condition', parameterValue: 'Dementia' }]),
        ga4('person', [{ parameter: 'pre_existing', parameterValue: 'Diabetes' }]),
      ],
      variable: [{ variableId: '1', name: 'DLV - species', type: 'v', parameter: [T('name', 'pet.species')] }],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-health-event-properties').map((m) => m.gtm.name)).toEqual(['memory care', 'person']);
  });

  it("the clicked link's own address identifies no visitor either ({{Click URL}} on a tel: or mailto: link), in fields and in Custom HTML", () => {
    const r = analyze({
      tag: [
        tag('ga4 call click', 'gaawe', [T('eventName', 'phone_click'), table('eventSettingsTable', [{ parameter: 'phone_number', parameterValue: '{{Click URL}}' }])]),
        tag('ga4 mailto click', 'gaawe', [T('eventName', 'email_click'), table('eventSettingsTable', [{ parameter: 'email_address', parameterValue: '{{Click Text}}' }])]),
        tag('meta contact', 'html', [T('html', "<script>fbq('track', 'Contact', { phone: {{Click URL}} });</script>")]),
        tag('meta lead', 'html', [T('html', "<script>fbq('track', 'Lead', { phone: {{DLV - phone}} });</script>")]),
      ],
      variable: [{ variableId: '1', name: 'DLV - phone', type: 'v', parameter: [T('name', 'form.phone')] }],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.gtm.name)).toEqual(['meta lead']);
  });

  it("a data-layer phone number sent only on a call link's click event is likely the site's own: a warning that says so", () => {
    const ce = (id: string, event: string) => ({ triggerId: id, name: `CE - ${event}`, type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', event)] }] });
    const phone = (name: string, event: string, triggers: string[]) => tag(name, 'gaawe', [T('eventName', event), table('eventSettingsTable', [{ parameter: 'phone_number', parameterValue: '{{DL - phone_number}}' }])], { firingTriggerId: triggers });
    const r = analyze({
      tag: [phone('call click', 'phone_click', ['1']), phone('click to call', 'click_to_call', ['2']), phone('lead', 'generate_lead', ['3']), phone('call or lead', 'phone_click', ['1', '3']), phone('all pages', 'page', ['2147479553'])],
      trigger: [ce('1', 'phone_click'), ce('2', 'click_to_call'), ce('3', 'lead_form_submit')],
      variable: [{ variableId: '9', name: 'DL - phone_number', type: 'v', parameter: [T('name', 'phone_number')] }],
    });
    const found = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    expect(found.map((m) => `${m.gtm.name} ${m.severity}`)).toEqual(['call click 1', 'click to call 1', 'lead 2', 'call or lead 2', 'all pages 2']);
    expect(found[0]!.message).toContain("phone_number: {{DL - phone_number}}, sent only on phone_click: likely the number of the call link clicked, the site's own");
  });

  it("so is a data-layer e-mail address sent only on an e-mail link's click event; with no trigger in the export, the tag's own event says it", () => {
    const ce = (id: string, event: string) => ({ triggerId: id, name: `CE - ${event}`, type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', event)] }] });
    const send = (name: string, event: string, key: string, variable: string, triggers: string[]) => tag(name, 'gaawe', [T('eventName', event), table('eventSettingsTable', [{ parameter: key, parameterValue: `{{${variable}}}` }])], { firingTriggerId: triggers });
    const r = analyze({
      tag: [
        send('email click', 'email_click', 'email_address', 'DL - email', ['1']),
        send('email on lead', 'email_click', 'email_address', 'DL - email', ['3']),
        send('call, trigger missing', 'phone_click', 'phone_number', 'DL - phone', ['404']),
        send('lead, trigger missing', 'generate_lead', 'phone_number', 'DL - phone', ['404']),
      ],
      trigger: [ce('1', 'mailto_link_click'), ce('3', 'lead_form_submit')],
      variable: [{ variableId: '8', name: 'DL - email', type: 'v', parameter: [T('name', 'email_address')] }, { variableId: '9', name: 'DL - phone', type: 'v', parameter: [T('name', 'phone_number')] }],
    });
    const found = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    expect(found.map((m) => `${m.gtm.name} ${m.severity}`)).toEqual(['email click 1', 'email on lead 2', 'call, trigger missing 1', 'lead, trigger missing 2']);
    expect(found[0]!.message).toContain("email_address: {{DL - email}}, sent only on mailto_link_click: likely the address of the e-mail link clicked, the site's own");
    expect(found[2]!.message).toContain('sent only on phone_click: likely the number of the call link clicked');
  });

  it("in a Custom HTML tag's code too: a data-layer number sent only on a call link's click is a warning that says so (adversarial tester, session 49)", () => {
    const ce = (id: string, event: string) => ({ triggerId: id, name: `CE - ${event}`, type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', event)] }] });
    const html = (name: string, code: string, triggers: string[]) => tag(name, 'html', [T('html', `<script>${code}</script>`)], { firingTriggerId: triggers });
    const r = analyze({
      tag: [
        html('meta call', "fbq('track', 'Contact', { phone: {{DL - phone}} });", ['1']),
        html('tiktok mail', "ttq.track('Contact', { email: {{DL - email}} });", ['2']),
        html('meta lead', "fbq('track', 'Lead', { phone: {{DL - phone}} });", ['3']),
        html('meta call, two values', "fbq('track', 'Contact', { phone: {{DL - phone}}, em: {{DL - email}} });", ['1']),
      ],
      trigger: [ce('1', 'phone_click'), ce('2', 'email_click'), ce('3', 'lead_form_submit')],
      variable: [{ variableId: '8', name: 'DL - email', type: 'v', parameter: [T('name', 'email')] }, { variableId: '9', name: 'DL - phone', type: 'v', parameter: [T('name', 'phone')] }],
    });
    const found = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    expect(found.map((m) => `${m.gtm.name} ${m.severity}`)).toEqual(['meta call 1', 'tiktok mail 1', 'meta lead 2', 'meta call, two values 2']);
    expect(found[0]!.message).toMatch(/It is \{\{DL - phone\}\}, sent only on phone_click: likely the number of the call link clicked, the site's own\.$/u);
  });

  it('nor does custom JavaScript that only reshapes the clicked link; one that reads the page or a form does', () => {
    const jsm = (name: string, code: string) => ({ variableId: name, name, type: 'jsm', parameter: [T('javascript', code)] });
    const r = analyze({
      tag: [
        tag('ga4 tel', 'gaawe', [T('eventName', 'phone_click'), table('eventSettingsTable', [{ parameter: 'phone_number', parameterValue: '{{CJS - tel}}' }])]),
        tag('meta tel', 'html', [T('html', "<script>fbq('track', 'Contact', { phone: {{CJS - tel}} });</script>")]),
        tag('ga4 form', 'gaawe', [T('eventName', 'phone_click'), table('eventSettingsTable', [{ parameter: 'phone_number', parameterValue: '{{CJS - form phone}}' }])]),
        tag('ga4 field', 'gaawe', [T('eventName', 'phone_click'), table('eventSettingsTable', [{ parameter: 'phone_number', parameterValue: '{{CJS - field or link}}' }])]),
      ],
      variable: [
        jsm('CJS - tel', "function () {\n  var u = {{Click URL}};\n  if (!u) return undefined;\n  return decodeURIComponent(u.replace('tel:', '').split('?')[0]).trim();\n}"),
        jsm('CJS - form phone', "function () { return {{Click Element}}.form.querySelector('input[type=tel]').value; }"),
        jsm('CJS - field or link', "function () { return document.getElementById('phone').value || {{Click URL}}; }"),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.gtm.name)).toEqual(['ga4 form', 'ga4 field']);
  });

  it("reads an answer sent under a parameter that asks about the visitor's health (has_diabetes = {{DLV - q3}}), as core does", () => {
    const r = analyze({
      tag: [
        tag('ga4 quiz', 'gaawe', [
          T('eventName', 'quiz_complete'),
          table('eventSettingsTable', [
            { parameter: 'has_diabetes', parameterValue: '{{DLV - q3}}' },
            { parameter: 'is_pregnant', parameterValue: 'yes' },
            { parameter: 'is_member', parameterValue: 'true' },
            { parameter: 'has_anxiety_tips', parameterValue: 'weekly' },
          ]),
        ]),
      ],
      variable: [{ variableId: '1', name: 'DLV - q3', type: 'v', parameter: [T('name', 'quiz.q3')] }],
    });
    expect(r.messages.map((m) => m.message)).toEqual([
      'Google tag event parameter "has_diabetes" sends a value set at run time: the visitor\'s answer about "diabetes" (condition, tier 2), which is health information.',
      'Google tag event parameter "is_pregnant" sends "yes": the visitor\'s answer about "pregnant" (reproductive, tier 1), which is health information.',
    ]);
  });

  it('reads a parameter that names a kind of health data (diagnosis = {{DLV - dx}}) with a value set at run time, as core does', () => {
    const r = analyze({
      tag: [
        tag('ga4 intake', 'gaawe', [
          T('eventName', 'intake_complete'),
          table('eventSettingsTable', [
            { parameter: 'diagnosis', parameterValue: '{{DLV - dx}}' },
            { parameter: 'current_medications', parameterValue: 'Meds: {{DLV - dx}}' },
            { parameter: 'symptoms', parameterValue: '{{LT - symptom}}' },
            { parameter: 'condition', parameterValue: '{{DLV - dx}}' },
          ]),
        ]),
      ],
      variable: [
        { variableId: '1', name: 'DLV - dx', type: 'v', parameter: [T('name', 'intake.dx')] },
        // A lookup table's outputs are known: they are read as values ("none" says nothing).
        { variableId: '2', name: 'LT - symptom', type: 'smm', parameter: [T('input', '{{DLV - dx}}'), { type: 'list', key: 'map', list: [{ type: 'map', map: [T('key', 'a'), T('value', 'none')] }] }] },
      ],
    });
    expect(r.messages.map((m) => m.message)).toEqual([
      'Google tag event parameter "diagnosis" sends a value set at run time: the visitor\'s diagnosis (condition, tier 2), which is health information.',
      'Google tag event parameter "current_medications" sends a value set at run time: the visitor\'s medication (medication, tier 2), which is health information.',
    ]);
  });

  it('reads a value from a data-layer key named for a health field (content_category = {{DLV - diagnosis}}), under any key, as core reads form.diagnosis', () => {
    const r = analyze({
      tag: [
        tag('ga4 intake', 'gaawe', [
          T('eventName', 'intake_complete'),
          table('eventSettingsTable', [
            { parameter: 'content_category', parameterValue: '{{DLV - diagnosis}}' },
            { parameter: 'item_list', parameterValue: '{{ed - meds}}' },
            // Not named for a health field: the key path says nothing.
            { parameter: 'content_name', parameterValue: '{{DLV - dx}}' },
          ]),
        ]),
        tag('meta intake', 'html', [T('html', "<script>fbq('trackCustom', 'IntakeSubmitted', { content_name: {{DLV - diagnosis}} || '', plan: {{DLV - dx}} });</script>")], { consentSettings: NEEDED }),
      ],
      variable: [
        { variableId: '1', name: 'DLV - diagnosis', type: 'v', parameter: [T('name', 'intake.patientDiagnosis')] },
        { variableId: '2', name: 'ed - meds', type: 'ed', parameter: [T('keyPath', 'form.current_medications')] },
        { variableId: '3', name: 'DLV - dx', type: 'v', parameter: [T('name', 'intake.dx')] },
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-health-event-properties').map((m) => m.message)).toEqual([
      'Google tag event parameter "content_category" sends {{DLV - diagnosis}}: the visitor\'s diagnosis (condition, tier 2), which is health information.',
      'Google tag event parameter "item_list" sends {{ed - meds}}: the visitor\'s medication (medication, tier 2), which is health information.',
      'Meta event parameter "content_name" sends {{DLV - diagnosis}}: the visitor\'s diagnosis (condition, tier 2), which is health information.',
    ]);
  });

  it('names the tag, not its user-data field, when identifiers travel as event parameters', () => {
    const r = analyze({
      tag: [
        tag('ga4', 'gaawe', [T('eventName', 'lead'), table('eventSettingsTable', [{ parameter: 'em', parameterValue: '{{DLV - email}}' }])]),
        tag('google tag', 'googtag', [T('tagId', 'G-1'), table('configSettingsTable', [{ parameter: 'user_data.phone_number', parameterValue: '{{DLV - phone}}' }])]),
      ],
      variable: [
        { variableId: '1', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] },
        { variableId: '2', name: 'DLV - phone', type: 'v', parameter: [T('name', 'user.phone')] },
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.message.replace(/\. Identifiers.*/u, ''))).toEqual([
      'Google tag event parameters send email (em: {{DLV - email}}) through the GA4 Event tag',
      // A `user_data` row is the tag's user-provided data, as `gtag('set', 'user_data', …)` is in code (blind tester, session 50).
      'Google tag advanced matching sends phone (user_data.phone_number: {{DLV - phone}}) through the Google tag',
    ]);
  });

  it("reads GA4's user_data paths (user_data.address.first_name) as the identifiers they end in", () => {
    const r = analyze({
      tag: [
        tag('lead', 'gaawe', [
          T('eventName', 'generate_lead'),
          table('eventSettingsTable', [
            { parameter: 'user_data.address.first_name', parameterValue: '{{DLV - first name}}' },
            { parameter: 'user_data.address.street', parameterValue: '{{DLV - street}}' },
            { parameter: 'user_data.address.country', parameterValue: 'US' },
          ]),
        ]),
        tag('items', 'gaawe', [T('eventName', 'view_item'), table('eventSettingsTable', [{ parameter: 'items.0.first_name', parameterValue: '{{DLV - first name}}' }])]),
      ],
      variable: [
        { variableId: '1', name: 'DLV - first name', type: 'v', parameter: [T('name', 'user.first_name')] },
        { variableId: '2', name: 'DLV - street', type: 'v', parameter: [T('name', 'user.street')] },
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.message.replace(/ through.*/u, ''))).toEqual([
      'Google tag advanced matching sends name (user_data.address.first_name: {{DLV - first name}}), address (user_data.address.street: {{DLV - street}})',
    ]);
  });

  it("reads Meta's x-fb-ud- user-data keys as identifiers, and names the settings variable a row is in", () => {
    const rows = (list: Array<[string, string]>) => [{ type: 'LIST', key: 'eventSettingsTable', list: list.map(([k, v]) => ({ type: 'MAP', map: [T('parameter', k), T('parameterValue', v)] })) }];
    const r = analyze({
      tag: [
        tag('purchase', 'gaawe', [T('eventName', 'purchase'), T('eventSettingsVariable', '{{g - event settings}}')]),
        tag('lead', 'gaawe', [T('eventName', 'generate_lead'), table('eventSettingsTable', [{ parameter: 'x-fb-ud-fn', parameterValue: '{{DLV - first}}' }])]),
        tag('both', 'gaawe', [T('eventName', 'sign_up'), T('eventSettingsVariable', '{{g - event settings}}'), table('eventSettingsTable', [{ parameter: 'x-fb-ud-fn', parameterValue: '{{DLV - first}}' }])]),
      ],
      variable: [
        { variableId: '1', name: 'g - event settings', type: 'gtes', parameter: rows([['x-fb-ud-em', '{{DLV - em}}'], ['x-fb-ud-external_id', '{{DLV - id}}']]) },
        { variableId: '2', name: 'DLV - em', type: 'v', parameter: [T('name', 'user.em')] },
        { variableId: '3', name: 'DLV - id', type: 'v', parameter: [T('name', 'user.id')] },
        { variableId: '4', name: 'DLV - first', type: 'v', parameter: [T('name', 'user.first')] },
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.message.replace(/\. Identifiers.*/u, ''))).toEqual([
      'Google tag event parameters send name (x-fb-ud-fn: {{DLV - first}}) through the GA4 Event tag',
      // Mixed with the tag's own rows, each row of a settings variable says where it is; rows of one
      // settings variable alone name it once.
      'Google tag event parameters send email (x-fb-ud-em in settings variable {{g - event settings}}: {{DLV - em}}), external id (x-fb-ud-external_id in settings variable {{g - event settings}}: {{DLV - id}}), name (x-fb-ud-fn: {{DLV - first}}) through the GA4 Event tag',
      'Google tag event parameters send email (x-fb-ud-em: {{DLV - em}}), external id (x-fb-ud-external_id: {{DLV - id}}) through settings variable {{g - event settings}}',
    ]);
  });

  it('notes that an app or AMP container is read as a web container, which is what phiguard is built for (blind tester, session 48)', () => {
    const ads = tag('conversion', 'awct', [T('conversionId', '123456789'), T('conversionLabel', 'abc')]);
    for (const [usageContext, kind] of [[['IOS_SDK_5'], 'an iOS app container'], [['ANDROID'], 'an Android app container'], [['AMP'], 'an AMP container'], [['ANDROID_SDK_5', 'IOS_SDK_5'], 'an Android and iOS app container']] as const) {
      const r = analyze({ usageContext: [...usageContext], tag: [ads] });
      expect(r.notices.map((n) => n.message)).toContain(`This is ${kind} (usageContext ${usageContext.join(', ')}). phiguard is built for web and server containers: its tags were read as a web container's, so what the report says about page URLs, consent settings and built-in triggers may not apply to it.`);
    }
    expect(analyze({ tag: [ads] }).notices.some((n) => n.message.startsWith('This is'))).toBe(false);
  });

  it('reports a settings row that several tags read once, on the first tag, naming the others (blind tester, session 46)', () => {
    const shared = (name: string, extra: Record<string, unknown> = {}) => tag(name, 'gaawe', [T('eventName', 'view_item'), T('eventSettingsVariable', '{{GA4 - settings}}')], extra);
    // The Google tag reads the same rows: one finding too (blind tester, session 48).
    const google = tag('config', 'googtag', [T('tagId', 'G-ABC123'), T('eventSettingsVariable', '{{GA4 - settings}}')]);
    const r = analyze({
      tag: [shared('ev1'), shared('ev2'), google, shared('ev3'), shared('ev4'), shared('ev5'), shared('paused', { paused: true })],
      variable: [
        { variableId: '1', name: 'GA4 - settings', type: 'gtes', parameter: [table('eventSettingsTable', [{ parameter: 'user_data.email_address', parameterValue: '{{DLV - mail}}' }])] },
        { variableId: '2', name: 'DLV - mail', type: 'v', parameter: [T('name', 'user.email')] },
      ],
    });
    const found = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    // A paused tag's finding is a warning, so it stays apart.
    expect(found.map((m) => [m.gtm.name, m.severity])).toEqual([['ev1', 2], ['paused', 1]]);
    expect(found[0]!.message).toMatch(/ The same holds for 5 other tags, which read this field: "ev2", "config", "ev3" and 2 more\.$/u);
    expect(found[0]!.sharedWith!.map((t) => t.name)).toEqual(['ev2', 'config', 'ev3', 'ev4', 'ev5']);
    expect(found[1]!.message).not.toMatch(/same holds/u);
    expect(r.errorCount).toBe(1);
  });

  it('counts name keys that say whose they are among event parameters, not a product name', () => {
    const rows = [
      { parameter: 'first_name', parameterValue: '{{DLV - first}}' },
      { parameter: 'name', parameterValue: 'Gift card' },
      { parameter: 'city', parameterValue: 'Boston' },
    ];
    const r = analyze({
      tag: [tag('ga4', 'gaawe', [T('eventName', 'lead'), table('eventSettingsTable', rows)])],
      variable: [{ variableId: '1', name: 'DLV - first', type: 'v', parameter: [T('name', 'form.first')] }],
    });
    expect(r.messages.map((m) => m.message.replace(/\. Identifiers.*/u, ''))).toEqual([
      'Google tag event parameters send name (first_name: {{DLV - first}}) through the GA4 Event tag',
    ]);
  });

  describe('Google Ads enhanced conversions', () => {
    const awct = (extra: unknown[]) => tag('Ads conversion', 'awct', [T('conversionId', '1'), B('enableEnhancedConversion', true), ...extra]);
    const upd = (parameter: unknown[]) => ({ variableId: '9', name: 'UPD', type: 'awec', parameter });
    const sent = (r: GtmResult) => r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.message.replace(/ through.*/u, ''));

    it('without a User-Provided Data variable, assumes the email and phone the feature collects', () => {
      expect(sent(analyze({ tag: [awct([])] }))).toEqual(['Google Ads advanced matching sends email and phone (enableEnhancedConversion is on; no User-Provided Data variable says which identifiers, so these are assumed)']);
    });

    it('with one, reports the fields it lists and nothing it does not', () => {
      const r = analyze({ tag: [awct([T('cssProvidedEnhancedConversionValue', '{{UPD}}')])], variable: [upd([T('mode', 'MANUAL'), T('email', '{{JS - email}}'), T('phone_number', '')])] });
      expect(sent(r)).toEqual(['Google Ads advanced matching sends email ({{UPD}}: {{JS - email}})']);
    });

    it('points at the whole field, quotes included, when the field is just the variable; at the variable inside a longer text', () => {
      const variable = [upd([T('mode', 'MANUAL'), T('email', '{{JS - email}}')])];
      const text = gtm({
        tag: [
          awct([T('cssProvidedEnhancedConversionValue', '{{UPD}}')]),
          tag('ga4', 'gaawe', [T('eventName', 'lead'), table('eventSettingsTable', [{ parameter: 'user_data', parameterValue: '{{UPD}}' }])]),
          tag('ga4 text', 'gaawe', [T('eventName', 'lead'), table('eventSettingsTable', [{ parameter: 'user_data', parameterValue: 'x {{UPD}}' }])]),
        ],
        variable,
      });
      const at = analyzeContainer(text).messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => text.slice(...offsets(text, m)));
      expect(at).toEqual(['"{{UPD}}"', '"{{UPD}}"', '{{UPD}}']);
    });

    it('with one whose fields are all empty, reports nothing', () => {
      const r = analyze({ tag: [awct([T('cssProvidedEnhancedConversionValue', '{{UPD}}')])], variable: [upd([T('mode', 'MANUAL'), T('email', '')])] });
      expect(sent(r)).toEqual([]);
    });
  });

  it('reads a parameter name as context for its value, as the ESLint rules do (the zodiac sign)', () => {
    const rows = [
      { parameter: 'zodiac_sign', parameterValue: 'Cancer' },
      { parameter: 'horoscope', parameterValue: '{{C - sign}}' },
      { parameter: 'content_category', parameterValue: 'Cancer' },
    ];
    const r = analyze({
      tag: [tag('ga4', 'gaawe', [T('eventName', 'view_reading'), table('eventSettingsTable', rows)])],
      variable: [{ variableId: '1', name: 'C - sign', type: 'c', parameter: [T('value', 'Cancer')] }],
    });
    expect(r.messages.map((m) => m.message.replace(/, which.*/u, ''))).toEqual(['Google tag event parameter "content_category" sends "Cancer"']);
  });

  it('quotes both weak words when a value counts only because it has two (a car dealer\'s service names)', () => {
    const r = analyze({ tag: [tag('ga4', 'gaawe', [T('eventName', 'book_service'), table('eventSettingsTable', [{ parameter: 'service', parameterValue: 'Interior Ozone Treatment Appointment' }])])] });
    expect(r.messages.map((m) => m.message)).toEqual([
      'Google tag event parameter "service" sends "Interior Ozone Treatment Appointment", which reveals health information: "Treatment" and "Appointment" (care context, tier 3).',
    ]);
  });

  it('reads the built-in AdRoll Smart Pixel (asp) and Quora Pixel (qpx) tags as pixels, not as unknown types', () => {
    const r = analyze({
      tag: [tag('AdRoll', 'asp', [T('pixelId', 'ABCDEFGHIJKLMNOPQRSTUV'), T('advertiserId', 'ABCDEFGHIJKLMNOPQRSTUW')]), tag('Quora', 'qpx', [T('pixelId', '0123456789abcdef')])],
    });
    expect(r.messages.map((m) => [m.ruleId, m.gtm.name, /AdRoll|Quora/u.exec(m.message)?.[0]])).toEqual([
      ['no-tracking-pixel', 'AdRoll', 'AdRoll'],
      ['no-tracking-pixel', 'Quora', 'Quora'],
    ]);
    expect(r.notices).toEqual([]);
  });

  it("reads a Custom Image pixel of a vendor with no script API (tvScientific's t.png and its u1 event)", () => {
    const r = analyze({ tag: [tag('CTV pixel', 'img', [T('url', 'https://tvspix.com/t.png?t={{Random Number}}&l=tvscientific-pix-o-1a2b&u1=ketamine_therapy_booked&u3={{Page URL}}')])] });
    expect(r.messages.map((m) => [m.ruleId, /tvScientific/u.test(m.message)]).sort()).toEqual([
      ['no-health-event-names', true],
      ['no-tracking-pixel', true],
    ]);
    // The fingerprint's own label is bracketed; the message does not nest it in more brackets.
    expect(r.messages.find((m) => m.ruleId === 'no-tracking-pixel')!.message).toMatch(/^tvScientific loader or beacon URL: tvspix\.com \([^()]+\)\. The pixel sends/u);
  });

  it("reads Floodlight's variables after the path of a Custom Image URL or an <img> that has no query (session 40, blind probe G21)", () => {
    const urls = ['https://ad.doubleclick.net/ddm/activity/src=123;type=g;cat=a;u1=Bariatric%20Surgery;ord=1', 'https://4569416.fls.doubleclick.net/activityi;src=4569416;type=clinic;cat=book;u1=Bariatric%20Surgery'];
    const r = analyze({
      tag: [...urls.map((url, i) => tag(`Floodlight ${i}`, 'img', [T('url', url)])), tag('Floodlight markup', 'html', [T('html', `<img src="${urls[1]}" width="1" height="1">`)])],
    });
    const properties = r.messages.filter((m) => m.ruleId === 'no-health-event-properties');
    expect(properties.map((m) => [m.gtm?.name, m.message.replace(/, which.*/u, '')])).toEqual([
      ['Floodlight 0', 'Google Ads event parameter "u1" sends "Bariatric Surgery"'],
      ['Floodlight 1', 'Google Ads event parameter "u1" sends "Bariatric Surgery"'],
      ['Floodlight markup', 'Google Ads event parameter "u1" sends "Bariatric Surgery"'],
    ]);
  });

  it('says which tags have a type it does not know, instead of skipping them silently', () => {
    const r = analyze({ tag: [tag('Hotjar', 'hjtc', [T('hotjar_site_id', '1')]), tag('Linker', 'gclidw', []), tag('AMP linker', 'gclidw_amp', [])] });
    expect(r.messages).toEqual([]);
    expect(r.notices.map((n) => [n.message, n.gtm?.name, n.line !== undefined])).toEqual([
      ['Tag "Hotjar" has tag type "hjtc", which phiguard does not know; it was not analysed. If it sends data to an ad platform, check it by hand.', 'Hotjar', true],
    ]);
    expect(r.tags?.find((t) => t.name === 'Hotjar')?.incomplete).toBe(true);
  });
});

describe('Custom HTML', () => {
  it('keeps going when the script does not fully parse, and says the tag could not be fully read', () => {
    const r = analyze({ tag: [html('recoverable', "<script>\n  let a = 1; let a = 2;\n  ttq.identify({ email: {{DLV - email}} });\n</script>")] });
    const warn = r.messages.find((m) => m.ruleId === null)!;
    expect(warn.severity).toBe(1);
    expect(warn.message).toMatch(/^Custom HTML of tag "recoverable" could not be fully read: /u);
    expect(r.messages.some((m) => m.ruleId === 'no-advanced-matching')).toBe(true);
  });

  it('joins the scripts of a tag that parse when another does not, so their shared globals are still followed (blind tester, session 50)', () => {
    const r = analyze({ tag: [html('three', "<script>var EVENT = 'Psychiatry Intake';</script>\n<script>ttq.track(EVENT);</script>\n<script>fbq('track', 'PageView'</script>")] });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-health-event-names', null]);
  });

  // A Custom HTML `<script>` is a classic script: the browser rejects the whole script, so the tag is flagged.
  it.each([
    ['top-level await', "await window.consentReady;\n  fbq('trackCustom', 'OCD Intake');", /'await' is only allowed within async functions/u],
    ['an import', "import { ready } from './consent.js';\n  fbq('trackCustom', 'OCD Intake');", /'import' and 'export' may appear only/u],
  ])('reads %s in a classic script as the syntax error it is in the browser, and still reports what the script sends', (_what, code, reason) => {
    const r = analyze({ tag: [html('classic', `<script>\n  ${code}\n</script>`)] });
    expect(r.messages.map((m) => m.ruleId)).toEqual([null, 'no-health-event-names']);
    expect(r.messages[0]!.message).toMatch(reason);
    const module = analyze({ tag: [html('module', `<script type="module">\n  ${code}\n</script>`)] });
    expect(module.messages.map((m) => m.ruleId)).toEqual(['no-health-event-names']);
  });

  it('falls back to fingerprints when error recovery gives up', () => {
    const r = analyze({
      tag: [html('garbled', "<script>\n  !function(w,d,t){w.TiktokAnalyticsObject=t; var s='https://analytics.tiktok.com/i18n/pixel/events.js'; ))) {{{\n</script>")],
    });
    expect(r.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['no-tracking-pixel', 2],
      [null, 1],
    ]);
  });

  it('parses macros in places where they make the JavaScript invalid before substitution', () => {
    const r = analyze({
      variable: [{ variableId: '1', name: 'DLV - phone', type: 'v', parameter: [T('name', 'user.phone')] }],
      tag: [html('identify', '<script>ttq.identify({ phone_number: {{DLV - phone}} });</script>')],
    });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-advanced-matching']);
    expect(r.messages[0]!.message).toContain('phone ({{DLV - phone}})');
  });

  it('reads what a pixel URL in the markup sends', () => {
    const r = analyze({
      variable: [{ variableId: '1', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] }],
      tag: [html('noscript', '<noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=Oncology_Consult&ud[em]={{DLV - email}}&noscript=1"/></noscript>')],
    });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-tracking-pixel', 'no-health-event-names', 'no-advanced-matching']);
    expect(r.messages[2]!.message).toContain('email ({{DLV - email}})');
  });

  it('an HTML tag with no tracker gives nothing', () => {
    const r = analyze({ tag: [html('scroll', "<script>window.addEventListener('scroll', function(){ console.log('x'); });</script>")] });
    expect(r.messages).toEqual([]);
  });
});

describe('suppressions', () => {
  const meta = "<script>fbq('trackCustom', 'Oncology Consult');</script>";
  it('a phiguard-disable directive in the tag notes, with a reason', () => {
    const r = analyze({ tag: [html('m', meta, { notes: 'phiguard-disable no-health-event-names -- BAA signed with Meta on 2026-01-10 (ticket PRIV-12)' })] });
    expect(r.messages.map((m) => m.ruleId)).toEqual([]);
    expect(r.suppressedMessages.map((m) => [m.ruleId, m.suppressions])).toEqual([
      ['no-health-event-names', [{ kind: 'directive', justification: 'BAA signed with Meta on 2026-01-10 (ticket PRIV-12)' }]],
    ]);
  });

  it('a directive starts its line (after a bullet or comment mark); one mentioned in a sentence suppresses nothing', () => {
    const prose = analyze({ tag: [html('m', meta, { notes: 'Reminder from privacy: never add phiguard-disable -- it hides leaks from legal review.' })] });
    expect(prose.messages.map((m) => m.ruleId)).toEqual(['no-health-event-names']);
    expect(prose.suppressedMessages).toEqual([]);
    const inline = analyze({ tag: [html('m', meta, { notes: 'Reviewed. phiguard-disable no-health-event-names -- BAA' })] });
    expect(inline.messages.map((m) => m.ruleId)).toEqual(['no-health-event-names']);
    const bullet = analyze({ tag: [html('m', meta, { notes: 'Owner: marketing\r\n  - PHIGUARD-DISABLE no-health-event-names -- BAA (PRIV-12)' })] });
    expect(bullet.messages).toEqual([]);
    expect(bullet.suppressedMessages.map((m) => m.suppressions)).toEqual([[{ kind: 'directive', justification: 'BAA (PRIV-12)' }]]);
  });

  it('a directive without a reason does nothing, and says so', () => {
    const r = analyze({ tag: [html('m', meta, { notes: 'phiguard-disable no-health-event-names' })] });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-health-event-names']);
    expect(r.notices.map((n) => n.message)).toEqual(['Tag "m": a phiguard-disable line without a reason does nothing; write the reason after "--".']);
  });

  it('a directive naming no rule (a typo, rules separated by spaces) says so; the phiguard/ prefix is fine', () => {
    const r = analyze({ tag: [html('m', meta, { notes: 'phiguard-disable no-health-event-names no-tracking-pixel -- BAA\nphiguard-disable phiguard/no-health-event-names -- BAA' })] });
    expect(r.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^Tag "m": phiguard-disable names "no-health-event-names no-tracking-pixel", which is no rule \(rules: [^)]+; separate several with commas\); it does not suppress that\.$/u),
    ]);
    expect(r.messages).toEqual([]);
  });

  it('a directive that suppresses nothing on its tag says so (as an unused eslint-disable does)', () => {
    const notes = 'phiguard-disable no-advanced-matching -- BAA\nphiguard-disable no-health-event-names -- BAA';
    const r = analyze({ tag: [html('m', meta, { notes }), html('clean', '<script>console.log(1)</script>', { notes: 'phiguard-disable -- old pixel' })] });
    expect(r.messages).toEqual([]);
    expect(r.notices.map((n) => [n.message, n.line !== undefined, n.gtm?.name])).toEqual([
      ['Tag "m": "phiguard-disable no-advanced-matching" suppresses nothing (no no-advanced-matching finding on this tag); remove it, so that it cannot hide a later finding.', true, 'm'],
      ['Tag "clean": "phiguard-disable" suppresses nothing (no finding on this tag); remove it, so that it cannot hide a later finding.', true, 'clean'],
    ]);
  });

  it('a directive on a tag that was not fully read is not judged unused', () => {
    const notes = 'phiguard-disable no-advanced-matching -- BAA';
    const r = analyze({
      tag: [
        tag('missing template', 'cvt_123_45', [], { notes }),
        html('broken', "<script>ttq.track('ViewContent'); var x = ;</script>", { notes }),
        html('clean', '<script>console.log(1)</script>', { notes }),
      ],
    });
    const unused = r.notices.filter((n) => n.message.includes('suppresses nothing')).map((n) => n.gtm?.name);
    expect(unused).toEqual(['clean']);
    expect(r.messages.some((m) => m.gtm.name === 'broken' && m.ruleId === null)).toBe(true);
  });

  it('a directive for rules that are off is not reported as unused', () => {
    const notes = 'phiguard-disable no-advanced-matching -- BAA\nphiguard-disable no-health-event-names -- BAA';
    const r = analyze({ tag: [html('m', meta, { notes })] }, { config: { rules: { 'no-advanced-matching': 'off' } } });
    expect(r.notices).toEqual([]);
    expect(r.suppressedMessages.map((m) => m.ruleId)).toEqual(['no-health-event-names']);
  });

  it('an ignore entry in the config, by tag name or id', () => {
    const t = html('m', meta);
    const r = analyze({ tag: [t] }, { config: { ignore: [{ tag: String(t.tagId), rule: 'no-health-event-names', reason: 'legal review 2026-02' }] } });
    expect(r.messages).toEqual([]);
    expect(r.suppressedMessages[0]!.suppressions).toEqual([{ kind: 'external', justification: 'legal review 2026-02' }]);
  });
});

describe('options', () => {
  it('extra and allowed health terms', () => {
    const parts = { tag: [tag('e', 'gaawe', [T('eventName', 'glowup_program_signup')])] };
    expect(analyze(parts).messages).toEqual([]);
    const extra = analyze(parts, { config: { extraTerms: [{ term: 'glowup', category: 'medication' }] } });
    expect(extra.messages.map((m) => m.ruleId)).toEqual(['no-health-event-names']);
    const allowed = analyze({ tag: [tag('e', 'gaawe', [T('eventName', 'oncology_webinar')])] }, { config: { allowTerms: ['oncology'] } });
    expect(allowed.messages).toEqual([]);
  });
});

describe('Custom Image tags whose URL is a variable', () => {
  it('reads each URL the variable can hold', () => {
    const url = 'https://www.facebook.com/tr?id=1&ev=glp1_checkout&ud[em]={{DLV - email}}';
    const r = analyze({
      variable: [
        { variableId: '1', name: 'CONST - pixel URL', type: 'c', parameter: [T('value', url)] },
        { variableId: '2', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] },
      ],
      tag: [tag('img', 'img', [T('url', '{{CONST - pixel URL}}')], { consentSettings: NEEDED })],
    });
    expect(r.messages.map((m) => [m.ruleId, m.jsonPath])).toEqual([
      ['no-advanced-matching', 'containerVersion.tag[0].parameter[0].value'],
      ['no-health-event-names', 'containerVersion.tag[0].parameter[0].value'],
      ['no-tracking-pixel', 'containerVersion.tag[0].parameter[0].value'],
    ]);
    expect(r.messages.find((m) => m.ruleId === 'no-tracking-pixel')!.via).toBe('{{CONST - pixel URL}}');
  });

  it('reads a URL that starts with a variable, with the rest of the field after it (adversarial probe adv-3, session 35)', () => {
    const text = gtm({
      variable: [
        { variableId: '1', name: 'CONST - FB beacon', type: 'c', parameter: [T('value', 'https://www.facebook.com/tr?id=1')] },
        { variableId: '2', name: 'DLV - email', type: 'v', parameter: [T('name', 'customerEmail')] },
      ],
      tag: [tag('img', 'img', [T('url', '{{CONST - FB beacon}}&ev=glp1_checkout&ud[em]={{DLV - email}}')], { consentSettings: NEEDED })],
    });
    const r = analyze(text);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-tracking-pixel', 'no-health-event-names', 'no-advanced-matching']);
    // The pixel is the whole field; what the field's own text after the variable sends is pointed at
    // there (low-rated blind finding, session 40), with the variable that holds it.
    const lines = text.split('\n');
    const at = (m: (typeof r.messages)[number]) => lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1);
    expect(r.messages.map(at)).toEqual(['"{{CONST - FB beacon}}&ev=glp1_checkout&ud[em]={{DLV - email}}"', 'glp1_checkout', '{{DLV - email}}']);
    expect(r.messages.map((m) => m.via)).toEqual(['{{CONST - FB beacon}}', undefined, '{{DLV - email}} (data layer customerEmail)']);
  });
});

describe('a custom JavaScript variable returning an object, as a table row value', () => {
  it('sends its properties: each is read as an event parameter, reported at the row', () => {
    const r = analyze({
      variable: [{ variableId: '1', name: 'CJS - props', type: 'jsm', parameter: [T('javascript', "function() { return { care_program: 'Diabetes Prevention Program', tier: 'gold' }; }")] }],
      tag: [tag('GA4 config', 'googtag', [T('tagId', 'G-1'), table('configSettingsTable', [{ parameter: 'user_properties', parameterValue: '{{CJS - props}}' }])])],
    });
    const found = r.messages.filter((m) => m.ruleId === 'no-health-event-properties');
    expect(found.map((m) => [m.message.match(/parameter "([^"]+)"/u)?.[1], m.via])).toEqual([['care_program', '{{CJS - props}}']]);
    expect(found[0]!.jsonPath).toBe('containerVersion.tag[0].parameter[1].list[0].map[1].value');
  });
});

describe('a custom JavaScript variable that returns a vendor function', () => {
  const jsm = (name: string, code: string) => ({ variableId: name, name, type: 'jsm', parameter: [T('javascript', code)] });
  it.each([
    ['window.fbq', 'function() { return window.fbq; }'],
    ['fbq', 'function () {\n  return fbq;\n}'],
    ["window['fbq'] || a stub", "function() { return window['fbq'] || function () {}; }"],
  ])('is that vendor where Custom HTML calls it (%s), as ESLint follows a helper that returns it', (_, code) => {
    const r = analyze({
      variable: [jsm('JS - Meta', code)],
      tag: [html('Meta - therapy booked', "<script>{{JS - Meta}}('trackCustom', 'Therapy_Booked');</script>", { consentSettings: NEEDED })],
    });
    expect(r.messages.map((m) => [m.ruleId, m.gtm.vendor])).toEqual([['no-health-event-names', 'meta']]);
  });

  it('is nothing when it returns another function or a global no vendor owns', () => {
    const r = analyze({
      variable: [jsm('JS - a', 'function() { return window.myTracker; }'), jsm('JS - b', 'function() { return function (e) { console.log(e); }; }')],
      tag: [html('code', "<script>{{JS - a}}('trackCustom', 'Therapy_Booked'); {{JS - b}}('trackCustom', 'Therapy_Booked');</script>", { consentSettings: NEEDED })],
    });
    expect(r.messages).toEqual([]);
  });
});

describe('{{Event}} in Custom HTML', () => {
  it('names the custom event trigger the event name comes from', () => {
    const r = analyze({
      trigger: [{ triggerId: '7', name: 'CE - hiv_test_order', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'hiv_test_order')] }] }],
      tag: [html('tt', '<script>ttq.track({{Event}});</script>', { firingTriggerId: ['7'] })],
    });
    expect(r.messages.find((m) => m.ruleId === 'no-health-event-names')!.via).toBe('{{Event}} (custom event trigger "CE - hiv_test_order")');
  });

  // Meta's "Conversions API for GA4" setup maps GA4 event names and passes every other event through.
  it.each([
    ['a Custom HTML call', html('code', "<script>fbq('trackCustom', {{LT - FB Event}});</script>", { firingTriggerId: ['7'] })],
    ['a GA4 event field', tag('ga4', 'gaawe', [T('eventName', '{{LT - FB Event}}'), T('measurementIdOverride', 'G-1')], { firingTriggerId: ['7'] })],
  ])('reads the events that fire the tag through a table whose default is {{Event}}, in %s', (_where, tagDef) => {
    const r = analyze({
      trigger: [{ triggerId: '7', name: 'CE - hiv_test_order', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'hiv_test_order')] }] }],
      variable: [{ variableId: '1', name: 'LT - FB Event', type: 'smm', parameter: [T('input', '{{Event}}'), table('map', [{ key: 'purchase', value: 'Purchase' }]), B('setDefaultValue', true), T('defaultValue', '{{Event}}')] }],
      tag: [tagDef],
    });
    const found = r.messages.find((m) => m.ruleId === 'no-health-event-names')!;
    expect((found.evidence as { text: string }).text).toBe('hiv_test_order');
    expect(found.via).toBe('{{LT - FB Event}} (lookup table default) → {{Event}} (custom event trigger "CE - hiv_test_order")');
  });

  it('reads only the rows of a table keyed on {{Event}} for the custom events that fire the tag, when every trigger names them (blind probe, session 40)', () => {
    const ce = (id: string, event: string, type = 'EQUALS') => ({ triggerId: id, name: `CE - ${event}`, type: 'CUSTOM_EVENT', customEventFilter: [{ type, parameter: [T('arg0', '{{_event}}'), T('arg1', event)] }] });
    const rows = table('map', [{ key: 'view_item', value: 'view_item_semaglutide' }, { key: 'purchase', value: 'Purchase' }]);
    const names = (fired: string[], extra: unknown[] = []) =>
      analyze({
        trigger: [ce('1', 'purchase'), ce('2', 'view_item'), ce('3', 'refund'), ce('4', 'purch', 'CONTAINS')],
        variable: [{ variableId: '1', name: 'LT - GA4 event', type: 'smm', parameter: [T('input', '{{Event}}'), rows, ...extra] }],
        tag: [tag('ga4', 'gaawe', [T('eventName', '{{LT - GA4 event}}'), T('measurementIdOverride', 'AW-1')], { firingTriggerId: fired })],
      }).messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => (m.evidence as { text: string }).text);
    expect(names(['1'])).toEqual([]);
    expect(names(['2'])).toEqual(['view_item_semaglutide']);
    // An event no row has gives the default; a trigger that does not name its event exactly keeps every row.
    expect(names(['3'], [B('setDefaultValue', true), T('defaultValue', 'Ozempic Refill')])).toEqual(['Ozempic Refill']);
    expect(names(['4'])).toEqual(['view_item_semaglutide']);
    // The same in Custom HTML and a Custom Image URL (blind tester, session 41: an agency's one event map, reused by many tags).
    const other = (fired: string[]) =>
      analyze({
        trigger: [ce('1', 'purchase'), ce('2', 'view_item')],
        variable: [{ variableId: '1', name: 'LT - GA4 event', type: 'smm', parameter: [T('input', '{{Event}}'), rows] }],
        tag: [
          html('code', "<script>fbq('trackCustom', {{LT - GA4 event}});</script>", { firingTriggerId: fired }),
          tag('img', 'img', [T('url', 'https://www.facebook.com/tr?id=1&ev={{LT - GA4 event}}')], { firingTriggerId: fired }),
        ],
      }).messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => `${m.gtm.name} ${(m.evidence as { text: string }).text}`);
    expect(other(['1'])).toEqual([]);
    expect(other(['2'])).toEqual(['code view_item_semaglutide', 'img view_item_semaglutide']);
  });

  it('names {{Event}} once when a table row outputs it', () => {
    const r = analyze({
      trigger: [{ triggerId: '7', name: 'CE - book_therapy_session', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'book_therapy_session')] }] }],
      variable: [{ variableId: '1', name: 'LT - FB Event', type: 'smm', parameter: [T('input', '{{Event}}'), table('map', [{ key: 'purchase', value: 'Purchase' }, { key: 'book_therapy_session', value: '{{Event}}' }])] }],
      tag: [html('code', "<script>fbq('trackCustom', {{LT - FB Event}});</script>", { firingTriggerId: ['7'] })],
    });
    expect(r.messages.find((m) => m.ruleId === 'no-health-event-names')!.via).toBe('{{LT - FB Event}} (lookup table: book_therapy_session) → {{Event}} (custom event trigger "CE - book_therapy_session")');
  });

  it('points at the whole field, quotes included, when the event name field is just the variable; at the variable inside a longer text', () => {
    const text = gtm({
      trigger: [{ triggerId: '7', name: 'CE - hiv_test_order', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'hiv_test_order')] }] }],
      tag: [
        tag('ga4', 'gaawe', [T('eventName', '{{Event}}'), T('measurementIdOverride', 'G-1')], { firingTriggerId: ['7'] }),
        tag('ga4 text', 'gaawe', [T('eventName', 'x_{{Event}}'), T('measurementIdOverride', 'G-1')], { firingTriggerId: ['7'] }),
      ],
    });
    const at = analyzeContainer(text).messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => text.slice(...offsets(text, m)));
    expect(at).toEqual(['"{{Event}}"', '{{Event}}']);
  });
});

describe('Google tag configurations', () => {
  it('names each gtagConfig: its settings are not read, so not silently passed', () => {
    const r = analyze({ gtagConfig: [{ gtagConfigId: '1', type: 'google', parameter: [T('tagId', 'AW-123456789')] }, { gtagConfigId: '2', type: 'google' }] });
    expect(r.notices.map((n) => n.message)).toEqual([
      'Google tag configuration AW-123456789 (gtagConfig) is not read: check in GTM what its configuration settings send.',
      'Google tag configuration (gtagConfig) is not read: check in GTM what its configuration settings send.',
    ]);
  });
});

describe('zones (GTM 360)', () => {
  it('notes each child container a zone loads: its tags are not in this export', () => {
    const r = analyze({
      zone: [{ zoneId: '1', name: 'Patient portal', childContainer: [{ publicId: 'GTM-CHILD1', nickname: 'portal' }], boundary: { condition: [] } }],
    });
    expect(r.notices.map((n) => [n.message, n.line])).toEqual([
      ['Zone "Patient portal" loads container GTM-CHILD1, whose tags are not in this export: export that container and check it too.', expect.any(Number)],
    ]);
    expect(r.messages).toEqual([]);
  });

  it('rejects a zone that is not an object, with its path', () => {
    expect(() => analyze({ zone: ['x'] })).toThrow(/containerVersion\.zone\[0\]/u);
  });
});

describe('a variable that can take several health values', () => {
  const lookup = {
    variableId: '1',
    name: 'LT - Program',
    type: 'smm',
    parameter: [T('input', '{{DLV - program}}'), table('map', [{ key: 'a', value: 'Paid: Weekly Therapy' }, { key: 'b', value: 'Psychiatry Intake' }, { key: 'c', value: 'Purchase' }])],
  };
  const dlv = { variableId: '2', name: 'DLV - program', type: 'v', parameter: [T('name', 'program')] };
  const nameFinding = (tagDef: Record<string, unknown>) => analyze({ variable: [lookup, dlv], tag: [tagDef] }).messages.find((m) => m.ruleId === 'no-health-event-names');

  it.each([
    ['a Custom HTML call', html('code', "<script>fbq('trackCustom', {{LT - Program}});</script>", { consentSettings: NEEDED })],
    ['a markup pixel URL', html('markup', '<img src="https://www.facebook.com/tr?id=1&ev={{LT - Program}}">', { consentSettings: NEEDED })],
    ['a GA4 event field', tag('ga4', 'gaawe', [T('eventName', '{{LT - Program}}'), T('measurementIdOverride', 'G-1')])],
  ])('names the other health values in %s: in the message, as for a lookup object in code', (_where, tagDef) => {
    const found = nameFinding(tagDef)!;
    const shown = (found.evidence as { text: string }).text;
    const other = shown === 'Paid: Weekly Therapy' ? 'Psychiatry Intake' : 'Paid: Weekly Therapy';
    expect(found.message).toMatch(new RegExp(`^(Meta|Google tag) event name "${shown}" reveals .*; it can also send "${other}"\\.$`, 'u'));
    expect(found.via).toMatch(/^\{\{LT - Program\}\} \(lookup table: (a → Paid: Weekly Therapy|b → Psychiatry Intake)\)$/u);
  });
});

describe('a table whose output is another variable', () => {
  const dlv = { variableId: '1', name: 'DLV - service', type: 'v', parameter: [T('name', 'service'), { type: 'BOOLEAN', key: 'setDefaultValue', value: 'true' }, T('defaultValue', 'Addiction Medicine')] };
  const inner = { variableId: '2', name: 'LT - inner', type: 'smm', parameter: [T('input', '{{Event}}'), table('map', [{ key: 'lead', value: 'Oncology' }, { key: 'other', value: '{{Page Path}}' }])] };
  const outer = { variableId: '3', name: 'LT - outer', type: 'smm', parameter: [T('input', '{{Event}}'), table('map', [{ key: 'lead', value: '{{LT - inner}}' }, { key: 'x', value: '{{DLV - service}}' }])] };
  const r = analyze({
    variable: [dlv, inner, outer],
    tag: [tag('ga4', 'gaawe', [T('eventName', 'lead'), T('measurementIdOverride', 'G-1'), table('eventSettingsTable', [{ parameter: 'dept', parameterValue: '{{LT - outer}}' }])])],
  });
  const found = r.messages.filter((m) => m.ruleId === 'no-health-event-properties');

  it('keeps the values it knows when it can also hold something unknown ({{Page Path}}, a data-layer value)', () => {
    expect(found.map((m) => (m.evidence as { text: string }).text)).toEqual(['Addiction Medicine']);
  });

  it('names the row and the variable the value came through, and the other health value', () => {
    expect(found[0]!.via).toBe('{{LT - outer}} (lookup table: x → {{DLV - service}} → Addiction Medicine)');
    expect(found[0]!.message).toMatch(/ sends "Addiction Medicine", .*; it can also send "Oncology"\.$/u);
  });
});

describe('pixel URLs in Custom HTML', () => {
  it('reads a script whose only tracker is the value of a variable (img.src = {{CONST - Pixel URL}})', () => {
    const r = analyze({
      variable: [
        { variableId: '1', name: 'CONST - Pixel URL', type: 'c', parameter: [T('value', 'https://www.facebook.com/tr?id=1')] },
        { variableId: '2', name: 'CONST - Event', type: 'c', parameter: [T('value', 'Oncology_Consult')] },
      ],
      tag: [html('beacon', '<script>var i = new Image(); i.src = {{CONST - Pixel URL}} + "&ev=" + {{CONST - Event}};</script>', { consentSettings: NEEDED })],
    });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-health-event-names', 'no-tracking-pixel']);
  });

  it('reads the query of a beacon whose fingerprint is its host alone', () => {
    const markup = '<noscript><img src="https://ct.pinterest.com/v3/?tid=1&event=checkout&pd[em]={{DLV - email}}" /></noscript>';
    const r = analyze({
      variable: [{ variableId: '1', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] }],
      tag: [tag('pin', 'html', [T('html', markup)], { consentSettings: NEEDED })],
    });
    expect(r.messages.map((m) => m.ruleId)).toContain('no-advanced-matching');
  });
});

describe('server transformations', () => {
  const augment = (tags: string[], except = false) => ({
    transformationId: '1',
    name: 'Augment - service line',
    type: 'tf_augment_event',
    parameter: [
      { type: 'BOOLEAN', key: 'allTagsExcept', value: String(except) },
      { type: 'LIST', key: 'augmentEventTable', list: [{ type: 'MAP', map: [T('paramName', 'content_name'), T('paramValue', 'Psychiatry Intake')] }] },
      { type: 'LIST', key: 'affectedTags', list: tags.map((name) => ({ type: 'MAP', map: [{ type: 'TAG_REFERENCE', key: 'tagReference', value: name }] })) },
    ],
  });
  const server = (transformation: unknown) =>
    analyze({
      container: { publicId: 'GTM-S', usageContext: ['SERVER'] },
      transformation: [transformation],
      tag: [tag('Ads', 'sgtmadsct', [T('conversionId', '1')]), tag('Other', 'sgtmadsct', [T('conversionId', '2')])],
    } as never);
  // The tags a finding holds for: one finding names the others that read the same row (`sharedWith`).
  const reported = (r: ReturnType<typeof analyze>) => r.messages.filter((m) => m.ruleId === 'no-health-event-properties').flatMap((m) => [m.gtm, ...(m.sharedWith ?? [])].map((t) => t.name));

  it('adds the rows of tf_augment_event to the event data of the tags it affects', () => {
    const r = server(augment(['Ads']));
    expect(reported(r)).toEqual(['Ads']);
    const found = r.messages.find((m) => m.ruleId === 'no-health-event-properties')!;
    expect(found.jsonPath).toBe('containerVersion.transformation[0].parameter[1].list[0].map[1].value');
    // The position is in the transformation, far from the tag: the report says why.
    expect(found.via).toBe('transformation "Augment - service line", which adds content_name to this tag\'s event data');
  });

  it('says which event the server GA4 tag forwards, and from which trigger', () => {
    const r = analyze({
      container: { publicId: 'GTM-S', usageContext: ['SERVER'] },
      trigger: [
        { triggerId: '5', name: 'CE - psychiatry booked', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'appointment_booked_psychiatry')] }] },
        { triggerId: '6', name: 'Always - therapy booked', type: 'ALWAYS', filter: [{ type: 'EQUALS', parameter: [T('arg0', '{{Event Name}}'), T('arg1', 'therapy_session_booked')] }] },
      ],
      tag: [tag('GA4 server', 'sgtmgaaw', [T('epToIncludeDropdown', 'all')], { firingTriggerId: ['5'] }), tag('GA4 always', 'sgtmgaaw', [], { firingTriggerId: ['6'] })],
    } as never);
    expect(r.messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => `${m.gtm.name}: ${m.via}`)).toEqual([
      'GA4 server: {{Event Name}} (the event the tag forwards; custom event trigger "CE - psychiatry booked")',
      'GA4 always: {{Event Name}} (the event the tag forwards; trigger "Always - therapy booked")',
    ]);
  });

  it('honours "all tags except"', () => {
    expect(reported(server(augment(['Ads'], true)))).toEqual(['Other']);
  });

  it('affects tags by type, less the tags each type leaves out', () => {
    const byType = (type: string, exceptions: string[], except = false) => {
      const t = augment([], except);
      t.parameter.push({
        type: 'LIST',
        key: 'affectedTagTypes',
        list: [{ type: 'MAP', map: [T('tagType', type), { type: 'LIST', key: 'tagTypeExceptions', list: exceptions.map((name) => ({ type: 'MAP', map: [{ type: 'TAG_REFERENCE', key: 'tagReference', value: name }] })) }] }],
      } as never);
      return t;
    };
    expect(reported(server(byType('sgtmadsct', [])))).toEqual(['Ads', 'Other']);
    expect(reported(server(byType('sgtmadsct', ['Other'])))).toEqual(['Ads']);
    expect(reported(server(byType('sgtmgaaw', [])))).toEqual([]);
    expect(reported(server(byType('sgtmadsct', ['Other'], true)))).toEqual(['Other']);
  });

  it("warns that the server Ads conversion tag sends the event's user_data (enhanced conversions) unless it is turned off", () => {
    const matching = (params: unknown[]) =>
      analyze({ container: { publicId: 'GTM-S', usageContext: ['SERVER'] }, tag: [tag('Ads', 'sgtmadsct', params as never)] } as never)
        .messages.filter((m) => m.ruleId === 'no-advanced-matching')
        .map((m) => `${m.severity} ${m.message.split('.')[0]}`);
    expect(matching([T('conversionId', '1')])).toEqual([
      "1 Google Ads advanced matching sends email, phone, name, address through the server Google Ads conversion tag itself, which sends the incoming event's user_data (email_address, phone_number, address) to Google Ads as enhanced conversions whenever the event carries it",
    ]);
    expect(matching([T('conversionId', '1'), { type: 'BOOLEAN', key: 'enableEnhancedConversions', value: 'false' }])).toEqual([]);
  });

  it('words a built-in server ad tag as events the server sends, not as a pixel in the page', () => {
    const r = server(augment([]));
    expect(r.messages.filter((m) => m.ruleId === 'no-tracking-pixel').map((m) => m.message)[0]).toBe(
      'Google Ads server-side events endpoint: GTM tag type "sgtmadsct", Google Ads Conversion Tracking (server). Events your server sends there reach Google Ads; on a health site they carry health data.',
    );
  });

  it('adds them to server ad tags that have no field spec (Google Ads remarketing)', () => {
    const r = analyze({
      container: { publicId: 'GTM-S', usageContext: ['SERVER'] },
      transformation: [augment(['Remarketing'])],
      tag: [tag('Remarketing', 'sgtmadsremarket', [T('conversionId', '1')])],
    } as never);
    expect(reported(r)).toEqual(['Remarketing']);
  });
});

describe('pixel URLs written with &amp; in markup', () => {
  it('reads the parameters after each &amp;', () => {
    const markup = '<noscript><img src="https://www.facebook.com/tr?id=1&amp;ev=hiv_test_booked&amp;ud[em]={{DLV - email}}" /></noscript>';
    const r = analyze({
      variable: [{ variableId: '1', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] }],
      tag: [tag('fb', 'html', [T('html', markup)], { consentSettings: NEEDED })],
    });
    expect(r.messages.map((m) => m.ruleId).sort()).toEqual(['no-advanced-matching', 'no-health-event-names', 'no-tracking-pixel']);
  });
});

describe('a variable that holds an identifier, sent under another key', () => {
  it('is the identifier it holds, in event parameters and a pixel query', () => {
    const email = { variableId: '1', name: 'DLV - email', type: 'v', parameter: [T('name', 'user_data.email')] };
    const service = { variableId: '2', name: 'DLV - service', type: 'v', parameter: [T('name', 'ecommerce.service')] };
    const code = `<script>
fbq('track', 'Lead', { content_name: {{DLV - email}}, content_category: {{DLV - service}} });
ttq.track('SubmitForm', { lead_id: {{DLV - email}} });
</script>
<img src="https://www.facebook.com/tr?id=1&ev=Lead&cd[lead]={{DLV - email}}">`;
    const r = analyze({ variable: [email, service], tag: [tag('lead', 'html', [T('html', code)])] });
    const am = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    expect(am.map((m) => m.message)).toEqual([
      expect.stringMatching(/^Meta event parameters send email \(\{\{DLV - email\}\}\) through fbq\('track'\)/u),
      expect.stringMatching(/^TikTok event parameters send email \(\{\{DLV - email\}\}\) through ttq\.track\(\)/u),
      expect.stringMatching(/^Meta event parameters send email \(\{\{DLV - email\}\}\) through the pixel beacon URL/u),
    ]);
  });
});

describe('macro placeholders', () => {
  it('spell out a variable written inside a longer string, and say which', () => {
    const r = analyze({
      variable: [{ variableId: '1', name: 'Const - Service', type: 'c', parameter: [T('value', 'Psychiatry')] }],
      tag: [
        html('single', "<script>fbq('trackCustom', 'Booked_{{Const - Service}}');</script>", { consentSettings: NEEDED }),
        html('double', '<script>ttq.track("Booked {{Const - Service}} intake");</script>', { consentSettings: NEEDED }),
        html('template', '<script>ttq.track(`Booked ${"x"} {{Const - Service}}`);</script>', { consentSettings: NEEDED }),
      ],
    });
    expect(r.messages.map((m) => `${m.gtm.name}: ${(m.evidence as { text: string }).text} (${m.via})`)).toEqual([
      'single: Booked_Psychiatry ({{Const - Service}} (constant))',
      'double: Booked Psychiatry intake ({{Const - Service}} (constant))',
      'template: Booked x Psychiatry ({{Const - Service}} (constant))',
    ]);
  });

  it('do not take a literal $$1 in the script for a macro', () => {
    const r = analyze({
      variable: [{ variableId: '1', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] }],
      tag: [tag('tt', 'html', [T('html', "<script>ttq.identify({ email: {{DLV - email}} }); ttq.track('Therapy $$0 intake');</script>")], { consentSettings: NEEDED })],
    });
    expect(r.messages.find((m) => m.ruleId === 'no-health-event-names')!.message).toContain('"Therapy $$0 intake"');
  });
});

describe('server HTTP Request tags', () => {
  const SERVER = { usageContext: ['SERVER'] };
  const eventData = ['email', 'phone', 'first', 'user', 'endpoint'].map((key, i) => ({ variableId: String(50 + i), name: `ed - ${key}`, type: 'ed', parameter: [T('keyPath', key)] }));
  const request = (name: string, url: string, body?: string) =>
    tag(name, 'http_request', [T('url', url), T('httpMethod', 'POST'), ...(body === undefined ? [] : [T('requestBody', body)])], { consentSettings: undefined });
  const capiBody = `{
  "data": [{
    "event_name": "Book Therapy Session",
    "user_data": { "em": "{{ed - email}}", "ph": "{{ed - phone}}", "fn": "{{ed - first}}" },
    "custom_data": { "content_name": "Psychiatry intake" }
  }]
}`;

  it('reads a request to a Conversions API as the vendor server endpoint, with the event, parameters and identifiers its JSON body sends', () => {
    const text = JSON.stringify(
      { exportFormatVersion: 2, containerVersion: { container: { publicId: 'GTM-S', usageContext: ['SERVER'] }, tag: [request('CAPI by hand', 'https://graph.facebook.com/v19.0/123/events?access_token={{token}}', capiBody)], variable: [{ variableId: '1', name: 'token', type: 'c', parameter: [T('value', 'abc')] }, ...eventData] } },
      null,
      2,
    );
    const r = analyzeContainer(text);
    expect(r.messages.map((m) => [m.ruleId, m.jsonPath.endsWith('parameter[0].value') ? 'url' : m.jsonPath.endsWith('parameter[2].value') ? 'body' : m.jsonPath, text.slice(...offsets(text, m)).slice(0, 40)])).toEqual([
      ['no-tracking-pixel', 'url', 'https://graph.facebook.com/v19.0/123/eve'],
      ['no-health-event-names', 'body', '\\"Book Therapy Session\\"'],
      // Identifiers gathered from the whole payload are reported where the first is written (adv29 #16).
      ['no-advanced-matching', 'body', '\\"{{ed - email}}\\"'],
      ['no-health-event-properties', 'body', '\\"Psychiatry intake\\"'],
    ]);
    expect(r.messages.find((m) => m.ruleId === 'no-advanced-matching')!.message).toMatch(/^Meta advanced matching sends email \(\{\{ed - email\}\}\), phone \(\{\{ed - phone\}\}\), name \(\{\{ed - first\}\}\) through sendHttpRequest\('graph\.facebook\.com\/v19\.0\/123\/events'\)/u);
    expect(r.notices).toEqual([]);
    expect(r.tags?.[0]).toMatchObject({ vendors: ['meta'] });
  });

  it('names the variable behind an identifier sent as a list, as Meta\'s Conversions API takes them', () => {
    const body = '{ "data": [{ "event_name": "Lead", "user_data": { "em": ["{{ed - email}}"], "ph": ["{{ed - phone}}", "{{ed - phone}}"] } }] }';
    const r = analyze({ ...SERVER, tag: [request('CAPI', 'https://graph.facebook.com/v19.0/123/events', body)], variable: eventData });
    expect(r.messages.find((m) => m.ruleId === 'no-advanced-matching')!.message).toMatch(/^Meta advanced matching sends email \(\{\{ed - email\}\}\), phone \(\{\{ed - phone\}\}\) through /u);
  });

  it('follows the URL through a variable and reads an unquoted variable in the body', () => {
    const r = analyze({
      ...SERVER,
      tag: [request('TikTok', '{{CONST - TikTok endpoint}}', '{ "event": "hiv_test_ordered", "user": {{ed - user}} }')],
      variable: [{ variableId: '1', name: 'CONST - TikTok endpoint', type: 'c', parameter: [T('value', 'https://business-api.tiktok.com/open_api/v1.3/event/track/')] }, ...eventData],
    });
    expect(summary(r)).toEqual(['no-advanced-matching TikTok', 'no-health-event-names TikTok', 'no-tracking-pixel TikTok']);
    expect(r.messages.find((m) => m.ruleId === 'no-tracking-pixel')!.via).toContain('{{CONST - TikTok endpoint}}');
  });

  it('finds nothing in a request to the site\'s own endpoint, and says when it cannot tell where a request goes', () => {
    const own = analyze({ ...SERVER, tag: [request('n8n', 'https://hooks.example.com/webhook', '{ "em": "{{ed - email}}", "event": "therapy_booked" }')], variable: eventData });
    expect(own.messages).toEqual([]);
    expect(own.notices).toEqual([]);
    const unknown = analyze({ ...SERVER, tag: [request('webhook', '{{ed - endpoint}}', '{ "em": "{{ed - email}}" }')], variable: eventData });
    expect(unknown.messages).toEqual([]);
    expect(unknown.notices.map((n) => n.message)).toEqual([
      'Tag "webhook" sends an HTTP request to {{ed - endpoint}}, an address phiguard cannot resolve; if it is an ad platform\'s endpoint, check what the tag sends by hand.',
    ]);
    expect(unknown.tags?.[0]?.incomplete).toBe(true);
  });

  it('reads what it can of a body that is not valid JSON, and says the tag was not fully read', () => {
    const r = analyze({ ...SERVER, tag: [request('broken', 'https://business-api.tiktok.com/open_api/v1.3/event/track/', '{ "event": "therapy_booked", "email": "{{ed - email}}", }}')], variable: eventData });
    expect(r.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['no-tracking-pixel', null]));
    expect(r.messages.find((m) => m.ruleId === null)!.message).toMatch(/^The request body of tag "broken" could not be fully read: /u);
  });

  it('still names the endpoint a variable holds when the body is cut short', () => {
    const url = { variableId: '1', name: 'const - capi url', type: 'c', parameter: [T('value', 'https://graph.facebook.com/v19.0/123/events')] };
    const r = analyze({ ...SERVER, tag: [request('cut', '{{const - capi url}}', '{"data":[{"event_name":"Lead","user_data":{"em":"{{ed - email}}"}}')], variable: [url, ...eventData] });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-tracking-pixel', null]);
    expect(r.messages[0]!.via).toContain('{{const - capi url}}');
    expect(r.tags?.[0]).toMatchObject({ vendors: ['meta'] });
  });
});

/** Offsets of a message's start and end in the text (lines and columns are 1-based). */
function offsets(text: string, m: { line: number; column: number; endLine: number; endColumn: number }): [number, number] {
  const lineStarts = [0, ...[...text.matchAll(/\n/gu)].map((x) => x.index + 1)];
  return [lineStarts[m.line - 1]! + m.column - 1, lineStarts[m.endLine - 1]! + m.endColumn - 1];
}

describe('a variable with an empty default and a run-time value', () => {
  // `return window.__he || ''` keeps GTM from sending `undefined`: the page's value is still sent.
  const jsm = (name: string, code: string) => ({ variableId: String(name.length), name, type: 'jsm', parameter: [T('javascript', code)] });
  const variable = [jsm('JS - sha256 email', "function() { return window.__he || ''; }"), jsm('JS - phone', "function() { var p = window.__hp; if (!p) return ''; return p; }")];

  it.each([
    ['ttq.identify', '<script>ttq.identify({ sha256_email: {{JS - sha256 email}}, sha256_phone_number: {{JS - phone}} });</script>', 'TikTok advanced matching sends email ({{JS - sha256 email}}), phone ({{JS - phone}}) through ttq.identify() (hashed).'],
    ['fbq init', "<script>fbq('init', '1234567890', { em: {{JS - sha256 email}} });</script>", "Meta advanced matching sends email ({{JS - sha256 email}}) through fbq('init')."],
  ])('is still an identifier in %s', (_call, code, message) => {
    const r = analyze({ variable, tag: [html('t', code)] });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => m.message)).toEqual([expect.stringContaining(message)]);
  });

  it('an empty constant is not', () => {
    const r = analyze({ variable: [{ variableId: '9', name: 'C - none', type: 'c', parameter: [T('value', '')] }], tag: [html('t', '<script>ttq.identify({ email: {{C - none}} });</script>')] });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching')).toEqual([]);
  });
});

describe('a Custom HTML tag without text to read', () => {
  it.each([
    ['a LIST', [{ type: 'LIST', key: 'html', list: [T('', "<script>fbq('trackCustom', 'Paid: Weekly Therapy');</script>")] }], /"html" parameter is a LIST parameter, not text/u],
    ['no html parameter', [T('supportDocumentWrite', 'false')], /"html" parameter is missing/u],
  ])('gets a note (%s), never silence', (_case, parameter, note) => {
    const r = analyze({ tag: [tag('Meta - purchase', 'html', parameter)] });
    expect(r.notices.map((n) => n.message)).toEqual([expect.stringMatching(note)]);
  });

  it('an empty one is just empty', () => {
    expect(analyze({ tag: [html('empty', '')] }).notices).toEqual([]);
  });
});

// Wrong answers an adversarial tester found in the thirty-eighth session (/work/s38-adv probes p24,
// p29, q01, p33, r10), each against a sentence of the docs.
describe('custom JavaScript, globals and page variables, as the docs promise them', () => {
  const jsm = (name: string, code: string) => ({ variableId: name, name, type: 'jsm', parameter: [T('javascript', code)] });
  const found = (r: ReturnType<typeof analyze>) => r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.message}`);
  const starting = (...heads: string[]) => heads.map((h) => expect.stringMatching(new RegExp(`^${h.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u')));

  it('reads a list or nested objects a custom JavaScript variable returns, in Custom HTML and in template fields (p24)', () => {
    const r = analyze({
      variable: [
        jsm('JS - contents', "function () {\n  return [{ id: 'sku-1', quantity: 1, content_name: 'Naltrexone 50mg' }];\n}"),
        jsm('JS - extra', "function () { var p = { service_line: 'Opioid Treatment Program' }; return { extra: p }; }"),
        jsm('JS - items', "function () { return [{ item_id: 'w1', item_name: 'Wegovy 2.4mg Pen' }]; }"),
      ],
      tag: [
        html('meta atc', "<script>fbq('track', 'AddToCart', { contents: {{JS - contents}}, value: 99 });</script>"),
        html('tiktok', "<script>ttq.track('ViewContent', {{JS - extra}});</script>"),
        tag('ga4 items', 'gaawe', [T('eventName', 'add_to_cart'), table('eventSettingsTable', [{ parameter: 'items', parameterValue: '{{JS - items}}' }])]),
      ],
    });
    expect(found(r).filter((m) => m.startsWith('no-health-event-properties'))).toEqual(
      starting(
        'no-health-event-properties 2 Meta event parameter "contents[0].content_name" sends "Naltrexone 50mg"',
        'no-health-event-properties 2 TikTok event parameter "extra.service_line" sends "Opioid Treatment Program"',
        'no-health-event-properties 2 Google tag event parameter "item_name" sends "Wegovy 2.4mg Pen"',
      ),
    );
  });

  it("reads a list built by a function of the variable's own code, and the tag is still analysed (08-creamy-web's item arrays)", () => {
    const r = analyze({
      variable: [
        { variableId: '40', name: 'DLV - items', type: 'v', parameter: [T('name', 'ecommerce.items')] },
        jsm('JS - tt contents', "function () {\n  var all = [];\n  var items = {{DLV - items}};\n  items.forEach(function (item) {\n    all.push({ content_id: item.item_id, content_name: 'Wegovy Starter Kit', quantity: item.quantity });\n  });\n  return all;\n}"),
      ],
      tag: [html('tiktok', "<script>ttq.track('AddToCart', { contents: {{JS - tt contents}} });</script>")],
    });
    expect(r.messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect(r.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^TikTok event parameter "contents\[0\]\.content_name" sends "Wegovy Starter Kit"/u)]);
  });

  it('reads the keys of a returned object whose code holds no string: identifiers by their key, errors as inline (p29)', () => {
    const r = analyze({
      variable: [jsm('JS - tt user', 'function () {\n  var u = window.__patient || {};\n  return { email: u.email, phone_number: u.phone };\n}')],
      tag: [html('identify', '<script>ttq.identify({{JS - tt user}});</script>')],
    });
    expect(found(r)).toEqual(starting('no-advanced-matching 2 TikTok advanced matching sends email, phone through ttq.identify().'));
  });

  it('a page variable quoted whole is the page address in a code test (q01)', () => {
    const r = analyze({ tag: [html('pixel', "<script>\nvar p = '{{Page Path}}';\nif (p.indexOf('/abortion') > -1) { fbq('track', 'ViewContent'); }\nif ('{{Page URL}}'.indexOf('/hiv/') > -1) { ttq.page(); }\n</script>")] });
    expect(r.messages.filter((m) => m.ruleId === 'no-health-page-triggers').map((m) => m.message)).toEqual(
      starting('Meta tracking runs on health pages: the code requires {{Page Path}} contains "/abortion"', 'TikTok tracking runs on health pages: the code requires {{Page URL}} contains "/hiv/"'),
    );
  });

  it('follows a function put on window within its tag, called on window or by its bare name (p33)', () => {
    const r = analyze({ tag: [html('wrapper', "<script>\nwindow.cwTrack = function (name, params) { fbq('trackCustom', name, params); };\nwindow.cwTrack('Bipolar Screening Completed');\nwindow.clinicPixels = { lead: function (n) { fbq('trackCustom', n); } };\nclinicPixels.lead('Dialysis Booked');\n</script>")] });
    expect(r.messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => m.message)).toEqual(starting('Meta event name "Bipolar Screening Completed"', 'Meta event name "Dialysis Booked"'));
  });

  it('reads the code of custom JavaScript a tag reads: a callback it returns, or a call it makes when read, runs with the tag (p25)', () => {
    const text = gtm({
      variable: [
        jsm('JS - Meta callback', "function () {\n  return function () {\n    window.fbq('trackCustom', 'Therapy Intake Completed');\n  };\n}"),
        jsm('JS - hit callback', "function () { return function () { ttq.identify({ email: {{DLV - email}} }); }; }"),
        { variableId: '30', name: 'DLV - email', type: 'v', parameter: [T('name', 'user.email')] },
        jsm('JS - lead id', "function () { fbq('trackCustom', 'Opioid Detox Lead'); return 'lead'; }"),
        jsm('JS - via', 'function () { return {{JS - lead id}} + "-x"; }'),
        jsm('JS - unused', "function () { return function () { fbq('trackCustom', 'HIV Test Ordered'); }; }"),
        jsm('JS - trigger only', "function () { fbq('trackCustom', 'Chemotherapy Booked'); return true; }"),
        jsm('JS - broken', "function () {\n  return function () { fbq('trackCustom', 'IVF_Consult_Booked' ; };\n}"),
      ],
      trigger: [{ triggerId: '5', name: 'CE - x', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{JS - trigger only}}'), T('arg1', 'true')] }] }],
      tag: [
        html('callback', '<script>\nvar cb = {{JS - Meta callback}};\ncb();\n</script>'),
        tag('GA4 event', 'gaawe', [T('eventName', 'sign_up'), { type: 'LIST', key: 'eventSettingsTable', list: [{ type: 'MAP', map: [T('parameter', 'event_callback'), T('parameterValue', '{{JS - hit callback}}')] }] }]),
        tag('GA4 via', 'gaawe', [T('eventName', 'lead'), T('eventParameters', '{{JS - via}}')], { firingTriggerId: ['5'] }),
        tag('GA4 broken callback', 'gaawe', [T('eventName', 'book'), { type: 'LIST', key: 'eventSettingsTable', list: [{ type: 'MAP', map: [T('parameter', 'event_callback'), T('parameterValue', '{{JS - broken}}')] }] }]),
      ],
    });
    const r = analyze(text);
    expect(r.messages.filter((m) => m.ruleId !== 'require-consent-settings').map((m) => `${m.gtm.name}: ${m.ruleId} ${m.gtm.vendor}`).sort()).toEqual([
      // The call left open at its `;` is closed there and still read (blind tester, session 44).
      'GA4 broken callback: no-health-event-names meta',
      'GA4 broken callback: null undefined',
      'GA4 event: no-advanced-matching tiktok',
      'GA4 via: no-health-event-names meta',
      'callback: no-health-event-names meta',
    ]);
    // Code that names a tracker but does not parse: the tag is partly read, and the warning says where (adversarial probe g86, session 39).
    expect(r.messages.find((m) => m.ruleId === null)!.message).toMatch(/^Custom JavaScript \{\{JS - broken\}\} of tag "GA4 broken callback" could not be fully read/u);
    expect(r.tags.find((t) => t.name === 'GA4 broken callback')!.incomplete).toBe(true);
    const callback = r.messages.find((m) => m.gtm.name === 'callback')!;
    expect(callback.message).toMatch(/^Meta event name "Therapy Intake Completed"/u);
    expect(callback.jsonPath).toBe('containerVersion.variable[0].parameter[0].value');
    // The report names the variable whose code it is (blind tester, session 41).
    expect(callback.via).toBe('Custom JavaScript {{JS - Meta callback}}');
    const [start, end] = offsets(text, callback);
    expect(text.slice(start, end)).toBe("'Therapy Intake Completed'");
  });

  it("reads Format Value's replacement for undefined and null as one value the variable can send (u06)", () => {
    const r = analyze({
      variable: [
        { variableId: '20', name: 'DLV - service', type: 'v', parameter: [T('name', 'service')], formatValue: { convertUndefinedToValue: { type: 'TEMPLATE', value: 'Hormone Therapy' } } },
        { variableId: '21', name: 'DLV - plan', type: 'v', parameter: [T('name', 'plan')], formatValue: { convertNullToValue: { type: 'TEMPLATE', value: 'none' }, caseConversionType: 'LOWERCASE' } },
      ],
      tag: [html('tiktok', "<script>ttq.track('ViewContent', { content_category: {{DLV - service}}, content_name: {{DLV - plan}} });</script>")],
    });
    expect(r.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^TikTok event parameter "content_category" sends "Hormone Therapy"/u)]);
  });

  it("reads a single-page app's data-layer page address in page triggers (p46)", () => {
    const r = analyze({
      variable: [{ variableId: '30', name: 'DLV - virtualPagePath', type: 'v', parameter: [T('name', 'virtualPagePath')] }, { variableId: '31', name: 'DLV - page type', type: 'v', parameter: [T('name', 'pageType')] }],
      trigger: [
        { triggerId: '7', name: 'CE - virtual pv psych', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'virtual_pageview')] }], filter: [{ type: 'STARTS_WITH', parameter: [T('arg0', '{{DLV - virtualPagePath}}'), T('arg1', '/psychiatry')] }] },
        { triggerId: '8', name: 'CE - page type', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'virtual_pageview')] }], filter: [{ type: 'EQUALS', parameter: [T('arg0', '{{DLV - page type}}'), T('arg1', '/psychiatry')] }] },
      ],
      tag: [html('meta', "<script>fbq('track', 'PageView');</script>", { firingTriggerId: ['7'] }), html('meta 2', "<script>fbq('track', 'PageView');</script>", { firingTriggerId: ['8'] })],
    });
    // Another data-layer key is not the page address, but a value of the visit (session 39).
    expect(r.messages.filter((m) => m.ruleId === 'no-health-page-triggers').map((m) => `${m.gtm.name} ${m.messageId}`)).toEqual(['meta healthPage', 'meta 2 healthAction']);
  });

  it('reads a trigger on a custom JavaScript test of the page: the pages its code returns true, or the tested text, on (p74, p76)', () => {
    const pv = (id: string, name: string, variable: string, value: string) => ({ triggerId: id, name, type: 'PAGEVIEW', filter: [{ type: 'EQUALS', parameter: [T('arg0', `{{${variable}}}`), T('arg1', value)] }] });
    const r = analyze({
      variable: [
        jsm('JS - is IVF page', "function () { return {{Page Path}}.indexOf('/ivf') === 0; }"),
        jsm('JS - is shop', "function () { var p = location.pathname; return p.indexOf('/shop/') === 0 || p === '/store'; }"),
        jsm('JS - section', "function () {\n  var p = {{Page Path}};\n  if (p.indexOf('/oncology') === 0) return 'onc';\n  if (p.indexOf('/careers') === 0) return 'jobs';\n  return 'other';\n}"),
      ],
      trigger: [pv('1', 'PV - IVF pages', 'JS - is IVF page', 'true'), pv('2', 'PV - not IVF', 'JS - is IVF page', 'false'), pv('3', 'PV - shop', 'JS - is shop', 'true'), pv('4', 'PV - onc', 'JS - section', 'onc'), pv('5', 'PV - jobs', 'JS - section', 'jobs'), pv('6', 'PV - other', 'JS - section', 'other')],
      tag: [
        html('ivf', "<script>fbq('track', 'PageView');</script>", { firingTriggerId: ['1'] }),
        html('not ivf', "<script>fbq('track', 'PageView');</script>", { firingTriggerId: ['2'] }),
        html('shop', "<script>fbq('track', 'PageView');</script>", { firingTriggerId: ['3'] }),
        html('onc', "<script>fbq('track', 'PageView');</script>", { firingTriggerId: ['4'] }),
        html('jobs', "<script>fbq('track', 'PageView');</script>", { firingTriggerId: ['5', '6'] }),
      ],
    });
    const hits = r.messages.filter((m) => m.ruleId === 'no-health-page-triggers');
    expect(hits.map((m) => m.gtm.name)).toEqual(['ivf', 'onc']);
    expect(hits[0]!.message).toContain('requires {{JS - is IVF page}} equals "true", which its code returns when {{Page Path}} starts with "/ivf", which names "ivf"');
  });

  it('shows unknown parts of a matched value as … in the evidence, as in the message (perf3)', () => {
    const r = analyze({
      variable: [{ variableId: '7', name: 'DLV - plan', type: 'v', parameter: [T('name', 'plan')] }],
      tag: [html('meta', "<script>fbq('trackCustom', {{DLV - plan}} + '_therapy');</script>")],
    });
    const m = r.messages.find((x) => x.ruleId === 'no-health-event-names')!;
    expect(m.evidence).toMatchObject({ kind: 'health', text: '…_therapy' });
    expect(m.message).toContain('"…_therapy"');
  });

  it("reports a Custom Image URL from a table of one vendor's beacons once (r10)", () => {
    const r = analyze({
      variable: [{ variableId: '5', name: 'LT - beacon', type: 'smm', parameter: [T('input', '{{Page Hostname}}'), table('map', [{ key: 'staging.clinic.org', value: 'https://www.facebook.com/tr?id=111' }, { key: 'www.clinic.org', value: 'https://www.facebook.com/tr?id=222' }])] }],
      tag: [tag('meta img', 'img', [T('url', '{{LT - beacon}}&ev=PageView&cd[content_category]=Oncology')]), html('meta html img', '<img src="{{LT - beacon}}&ev=PageView&cd[content_category]=Oncology">')],
    });
    expect(r.messages.map((m) => `${m.gtm.name} ${m.ruleId}`).sort()).toEqual(['meta html img no-health-event-properties', 'meta html img no-tracking-pixel', 'meta img no-health-event-properties', 'meta img no-tracking-pixel']);
  });
});
