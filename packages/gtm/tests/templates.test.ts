import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJson } from '../src/json/load.js';
import { buildContainer } from '../src/model/container.js';
import { readTemplate, templateIdOfType, templateSections } from '../src/templates.js';
import type { CustomTemplate } from '../src/model/types.js';
import { analyze, B, corpusDir, hasShared, NEEDED, T, table, tag } from './helpers.js';

const perm = (publicId: string, param: unknown[]) => ({ instance: { key: { publicId, versionId: '1' }, param } });
const urls = (list: string[]) => ({ key: 'urls', value: { type: 2, listItem: list.map((s) => ({ type: 1, string: s })) } });
/** `access_consent` for ad_storage: read, and write when `write`. */
const consentPerm = (write: boolean) => ({
  key: 'consentTypes',
  value: {
    type: 2,
    listItem: [{ type: 3, mapKey: ['consentType', 'read', 'write'].map((k) => ({ type: 1, string: k })), mapValue: [{ type: 1, string: 'ad_storage' }, { type: 8, boolean: true }, { type: 8, boolean: write }] }],
  },
});
const tpl = (info: object, perms: unknown[]) => `___INFO___\n\n${JSON.stringify(info)}\n\n___WEB_PERMISSIONS___\n\n${JSON.stringify(perms)}\n`;
const serverTpl = (info: object, perms: unknown[]) => `___INFO___\n\n${JSON.stringify({ containerContexts: ['SERVER'], ...info })}\n\n___SERVER_PERMISSIONS___\n\n${JSON.stringify(perms)}\n`;
const template = (templateData: string, gallery?: { owner: string; repository: string }): CustomTemplate => ({
  kind: 'template',
  index: 0,
  id: '7',
  name: 'x',
  templateData,
  gallery: gallery ? { ...gallery, galleryTemplateId: undefined, isModified: false } : undefined,
  path: [],
});

describe('templateSections', () => {
  it('splits a .tpl into its sections', () => {
    const s = templateSections('\uFEFF___TERMS_OF_SERVICE___\n\ntos\n\n___INFO___\n\n{"a":1}\n\n___NOTES___\nn\n');
    expect([...s.keys()]).toEqual(['TERMS_OF_SERVICE', 'INFO', 'NOTES']);
    expect(JSON.parse(s.get('INFO')!)).toEqual({ a: 1 });
  });

  it('takes CRLF files and trailing blanks on a header line, and only whole-line headers', () => {
    const s = templateSections('___INFO___ \r\n\r\n{"a":1}\r\n\r\n___SANDBOXED_JS_FOR_WEB_TEMPLATE___\r\nx = "___NOT_A_HEADER___";\r\n ___INDENTED___\r\n');
    expect([...s.keys()]).toEqual(['INFO', 'SANDBOXED_JS_FOR_WEB_TEMPLATE']);
    expect(JSON.parse(s.get('INFO')!)).toEqual({ a: 1 });
    expect(s.get('SANDBOXED_JS_FOR_WEB_TEMPLATE')).toBe('\r\nx = "___NOT_A_HEADER___";\r\n ___INDENTED___\r\n');
  });

  it('takes a section header on the first line and an empty last section', () => {
    expect([...templateSections('___A___\nx\n___B___').entries()]).toEqual([
      ['A', '\nx\n'],
      ['B', ''],
    ]);
  });
});

describe('readTemplate: vendor recognition', () => {
  it('by gallery owner and repository', () => {
    expect(readTemplate(template(tpl({ displayName: 'Whatever' }, []), { owner: 'tiktok', repository: 'gtm-template-pixel' })).vendor?.id).toBe('tiktok');
    expect(readTemplate(template(tpl({ displayName: 'x' }, []), { owner: 'stape-io', repository: 'facebook-tag' })).vendor?.id).toBe('meta');
    expect(readTemplate(template(tpl({ displayName: 'x' }, []), { owner: 'stape-io', repository: 'data-tag' })).vendor).toBeUndefined();
  });

  it('by inject_script / send_http URLs, including wildcard hosts', () => {
    const inject = readTemplate(template(tpl({ displayName: 'My pixel' }, [perm('inject_script', [urls(['https://connect.facebook.net/en_US/fbevents.js'])])])));
    expect(inject.vendor).toMatchObject({ id: 'meta', evidence: 'inject_script permission for https://connect.facebook.net/en_US/fbevents.js' });
    const wildcard = readTemplate(template(tpl({ displayName: 'Server thing' }, [perm('send_http', [urls(['https://*.tiktok.com/*'])])])));
    expect(wildcard.vendor?.id).toBe('tiktok');
    // A path wildcard reaches only the fingerprints under its literal start.
    const elsewhere = readTemplate(template(tpl({ displayName: 'Server thing' }, [perm('send_http', [urls(['https://api.pinterest.com/v3/*', 'https://example.com/*'])])])));
    expect(elsewhere.vendor).toBeUndefined();
  });

  it('by the globals it calls', () => {
    const globals = {
      key: 'keys',
      value: { type: 2, listItem: [{ type: 3, mapKey: [{ type: 1, string: 'key' }], mapValue: [{ type: 1, string: 'snaptr' }] }] },
    };
    expect(readTemplate(template(tpl({ displayName: 'Unnamed' }, [perm('access_globals', [globals])]))).vendor?.id).toBe('snap');
  });

  it('not by the globals of a consent template, which passes consent on to vendors (uetq.push("consent", …))', () => {
    const globals = {
      key: 'keys',
      value: { type: 2, listItem: [{ type: 3, mapKey: [{ type: 1, string: 'key' }], mapValue: [{ type: 1, string: 'uetq' }] }] },
    };
    const read = (write: boolean, displayName = 'Consent Mode') => readTemplate(template(tpl({ displayName }, [perm('access_globals', [globals]), perm('access_consent', [consentPerm(write)])])));
    expect(read(true).vendor).toBeUndefined();
    expect(read(true).permissions.writesConsent).toBe(true);
    expect(read(false).vendor?.id).toBe('microsoft');
    // Nor by a vendor's name in its own.
    expect(read(true, 'Microsoft UET Consent Mode').vendor).toBeUndefined();
    // A template that sets consent state in its code is one too, whatever its permission spells out (GTM blind tester, session 51).
    const code = "const setDefaultConsentState = require('setDefaultConsentState');\nconst callInWindow = require('callInWindow');\nsetDefaultConsentState({ ad_storage: 'denied' });\ncallInWindow('uetq.push', 'consent', 'default', { ad_storage: 'denied' });\n";
    const banner = readTemplate(template(`${tpl({ displayName: 'Consent banner' }, [perm('access_globals', [globals]), perm('access_consent', [])])}\n___SANDBOXED_JS_FOR_WEB_TEMPLATE___\n\n${code}`));
    expect(banner.vendor).toBeUndefined();
    expect(banner.permissions.writesConsent).toBe(true);
    // …unless it also calls the vendor for more than consent: then it is that vendor's tag too.
    const tiktok = { key: 'keys', value: { type: 2, listItem: [{ type: 3, mapKey: [{ type: 1, string: 'key' }], mapValue: [{ type: 1, string: 'ttq.track' }] }] } };
    const sends = readTemplate(template(`${tpl({ displayName: 'My CMP' }, [perm('access_globals', [tiktok]), perm('access_consent', [])])}\n___SANDBOXED_JS_FOR_WEB_TEMPLATE___\n\nconst setDefaultConsentState = require('setDefaultConsentState');\nsetDefaultConsentState({ ad_storage: 'denied' });\nconst callInWindow = require('callInWindow');\ncallInWindow('ttq.track', 'HIV Test Booking');\n`));
    expect(sends.vendor?.id).toBe('tiktok');
  });

  it('by display name, last', () => {
    expect(readTemplate(template(tpl({ displayName: 'Pinterest Conversion API' }, []))).vendor?.id).toBe('pinterest');
    expect(readTemplate(template(tpl({ displayName: 'Cookie banner' }, []))).vendor).toBeUndefined();
  });

  it.skipIf(!hasShared(corpusDir))('recognises the real templates in the corpus', () => {
    const found: string[] = [];
    for (const file of ['02-sfzc-server-meta-capi.json', '03-kbx-server-tiktok-eapi.json', '04-kbx-web-ga4-fbtemplate-awec.json', '06-kbx-server-pinterest-capi.json']) {
      const { value, locator } = loadJson(readFileSync(corpusDir + file, 'utf8'));
      for (const t of buildContainer(value, locator).templates) {
        const info = readTemplate(t);
        if (info.vendor) found.push(`${info.displayName} → ${info.vendor.id} (${info.spec?.id ?? 'generic'})`);
      }
    }
    expect(found).toEqual([
      'Conversions API Tag → meta (meta-capi-official)',
      'TikTok Events API (Official) → tiktok (tiktok-events-api)',
      'Facebook Pixel → meta (meta-pixel-web)',
      'Pinterest Conversion API → pinterest (pinterest-capi)',
      'Pinterest API for Conversions Tag → pinterest (pinterest-capi)',
    ]);
  });
});

describe('readTemplate: permissions', () => {
  it('reads send_pixel_from_browser (server templates) as a browser pixel', () => {
    const info = readTemplate(
      template(serverTpl({ displayName: 'Some CAPI' }, [perm('send_http', [urls(['https://api.linkedin.com/rest/conversionEvents'])]), perm('send_pixel_from_browser', [urls(['https://px.ads.linkedin.com/*'])])])),
    );
    expect(info.permissions).toMatchObject({ sendHttp: ['https://api.linkedin.com/rest/conversionEvents'], sendPixel: ['https://px.ads.linkedin.com/*'] });
    expect(info.vendor).toMatchObject({ id: 'linkedin', evidence: 'send_pixel permission for https://px.ads.linkedin.com/*' });
  });

  it.each([
    ['https://api.linkedin.com/rest/conversionEvents', 'linkedin'],
    // Real Stape templates allow the whole API host.
    ['https://ads-api.reddit.com/', 'reddit'],
    ['https://ads-api.x.com/*', 'x'],
    ['https://tr.snapchat.com/v3/*', 'snap'],
    ['https://capi.uet.microsoft.com/*', 'microsoft'],
    // A wildcard after part of the API path.
    ['https://capi.uet.microsoft.com/v1/*', 'microsoft'],
    ['https://api.pinterest.com/v5/*', 'pinterest'],
    ['https://ads-api.reddit.com/api/v3/pixels/*', 'reddit'],
    // Criteo's own server tag allows every Criteo host; Stape-style setups name the S2S host.
    ['https://*.criteo.com/*', 'criteo'],
    ['https://widget.criteo.com/m/event', 'criteo'],
  ])('a server template sending to %s is a %s server endpoint', (url, vendor) => {
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [{ templateId: '3', name: 'CAPI', templateData: serverTpl({ displayName: 'Conversions' }, [perm('send_http', [urls([url])])]) }],
      tag: [tag('capi', 'cvt_1_3', [])],
    });
    const m = r.messages.find((x) => x.ruleId === 'no-tracking-pixel');
    expect(m).toMatchObject({ messageId: 'serverEndpoint', evidence: { kind: 'fingerprint' }, gtm: { vendor } });
  });
});

describe('templateIdOfType', () => {
  it.each([
    ['cvt_203550764_246', '246'],
    ['cvt_5TP8W', '5TP8W'],
    ['html', undefined],
  ])('%s', (type, id) => expect(templateIdOfType(type)).toBe(id));
});

describe('template fields', () => {
  const tiktok = { templateId: '9', name: 'TikTok Pixel', templateData: tpl({ displayName: 'TikTok Pixel' }, []), galleryReference: { owner: 'tiktok', repository: 'gtm-template-pixel' } };

  it('TikTok: email/phone/external_id sent when hash is non-hashed; sha256_* when hashed', () => {
    const r = analyze({
      customTemplate: [tiktok],
      tag: [
        tag('plain', 'cvt_1_9', [T('hash', 'non-hashed'), T('email', '{{DLV - email}}'), T('phone', '{{DLV - phone}}'), T('sha256_email', '{{stale}}')]),
        tag('hashed', 'cvt_1_9', [T('hash', 'hashed'), T('email', '{{stale}}'), T('sha256_email', '{{DLV - email hash}}')]),
      ],
    });
    const msgs = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    // The template reads user_data and tt_external_id from the data layer first, and its fields override them (GTM blind tester, session 51).
    expect(msgs.map((m) => [m.gtm.name, m.evidence])).toEqual([
      ['plain', { kind: 'identity', fields: ['email', 'phone', 'external id'], hashed: 'unknown' }],
      ['hashed', { kind: 'identity', fields: ['email', 'phone', 'external id'], hashed: 'unknown' }],
    ]);
    expect(msgs[0]!.message).toContain('sends email ({{DLV - email}}), phone ({{DLV - phone}}), external id (the data layer) through');
    expect(msgs[1]!.message).toContain('sends email ({{DLV - email hash}}), phone and external id (the data layer) through');
  });

  it("TikTok: property fields are read only where the template shows them: its own data, a single content (adversarial probe srv-1, session 35)", () => {
    const eapi = { templateId: '10', name: 'TikTok Events API', templateData: tpl({ displayName: 'TikTok Events API' }, []), galleryReference: { owner: 'tiktok', repository: 'gtm-template-eapi' } };
    const props = [T('content_name', 'Naltrexone 380mg injection'), T('description', 'Addiction Treatment')];
    const r = analyze({
      customTemplate: [tiktok, eapi],
      tag: [
        tag('web, own data', 'cvt_1_9', [T('event', 'ViewContent'), T('enhance_ecomm', 'false'), T('single_multi_product', 'single'), ...props]),
        tag('web, e-commerce data', 'cvt_1_9', [T('event', 'ViewContent'), T('enhance_ecomm', 'true'), ...props]),
        tag('web, several contents', 'cvt_1_9', [T('event', 'ViewContent'), T('enhance_ecomm', 'false'), T('single_multi_product', 'multiple'), ...props]),
        tag('eapi, GA data', 'cvt_1_10', [T('event', 'CompletePayment'), T('object_property_source', 'ga'), T('single_multi_product', 'single'), ...props]),
        tag('eapi, custom data', 'cvt_1_10', [T('event', 'CompletePayment'), T('object_property_source', 'custom'), T('single_multi_product', 'single'), ...props]),
      ],
    });
    const health = r.messages.filter((m) => m.ruleId === 'no-health-event-properties').map((m) => `${m.gtm.name}: ${(m.evidence as { text: string }).text}`);
    expect(health.sort()).toEqual([
      'eapi, custom data: Addiction Treatment',
      'eapi, custom data: Naltrexone 380mg injection',
      'web, own data: Addiction Treatment',
      'web, own data: Naltrexone 380mg injection',
      'web, several contents: Addiction Treatment',
    ]);
  });

  it("TikTok: the pixel template's own read of data-layer user_data is reported", () => {
    const r = analyze({ customTemplate: [tiktok], tag: [tag('t', 'cvt_1_9', [T('event', 'ViewContent')])] });
    const m = r.messages.find((x) => x.ruleId === 'no-advanced-matching')!;
    expect(m.message).toMatch(/reads user_data \(email_address, phone_number\) and tt_external_id from the data layer/u);
    expect(m.severity).toBe(1);
  });

  it('TikTok: health words in event and properties, and the {{Event}} default from custom event triggers', () => {
    const r = analyze({
      customTemplate: [tiktok],
      trigger: [{ triggerId: '5', name: 'CE - hiv test', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'hiv_test_ordered')] }] }],
      tag: [
        tag('named', 'cvt_1_9', [T('event', 'psychiatry_intake'), T('content_category', 'Oncology')]),
        tag('inherits', 'cvt_1_9', [T('event', '{{Event}}')], { firingTriggerId: ['5'] }),
        tag('default', 'cvt_1_9', [], { firingTriggerId: ['5'] }),
      ],
    });
    const health = r.messages.filter((m) => m.ruleId?.startsWith('no-health')).map((m) => `${m.ruleId} ${m.gtm.name} ${(m.evidence as { text: string }).text}`);
    expect(health.sort()).toEqual([
      'no-health-event-names default hiv_test_ordered',
      'no-health-event-names inherits hiv_test_ordered',
      'no-health-event-names named psychiatry_intake',
      'no-health-event-properties named Oncology',
    ]);
    // The template's default event name points at the custom event trigger that names it.
    const def = r.messages.find((m) => m.gtm.name === 'default')!;
    expect(def.via).toBe('{{Event}} (the template\'s default event name; custom event trigger "CE - hiv test")');
  });

  it('another vendor template: its declared identifier fields, as their enabling conditions show them', () => {
    const fields = [
      { type: 'TEXT', name: 'id' },
      { type: 'TEXT', name: 'customerId' }, // the advertiser's account, not a person
      { type: 'CHECKBOX', name: 'advancedMatching' },
      { type: 'TEXT', name: 'email', enablingConditions: [{ paramName: 'advancedMatching', paramValue: true, type: 'EQUALS' }] },
      { type: 'TEXT', name: 'phoneNumber', enablingConditions: [{ paramName: 'advancedMatching', paramValue: true, type: 'EQUALS' }] },
      { type: 'RADIO', name: 'ids', radioItems: [{ value: 'on', subParams: [{ type: 'TEXT', name: 'external_id' }] }, { value: 'off', subParams: [] }] },
    ];
    const reddit = {
      templateId: '7',
      name: 'Reddit Pixel',
      templateData: `${tpl({ displayName: 'Reddit Pixel' }, [perm('inject_script', [urls(['https://www.redditstatic.com/ads/pixel.js'])])])}\n___TEMPLATE_PARAMETERS___\n\n${JSON.stringify(fields)}\n`,
    };
    const r = analyze({
      customTemplate: [reddit],
      tag: [
        tag('on', 'cvt_1_7', [T('customerId', '123'), { type: 'BOOLEAN', key: 'advancedMatching', value: 'true' }, T('email', '{{DLV - email}}'), T('phoneNumber', '{{DLV - phone}}'), T('ids', 'on'), T('external_id', '{{DLV - uid}}')]),
        tag('off', 'cvt_1_7', [T('customerId', '123'), { type: 'BOOLEAN', key: 'advancedMatching', value: 'false' }, T('email', '{{DLV - email}}'), T('ids', 'off'), T('external_id', '{{DLV - uid}}')]),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => [m.gtm.name, (m.evidence as { fields: string[] }).fields])).toEqual([['on', ['email', 'phone', 'external id']]]);
  });

  it('spells out a variable inside a longer field: the event name as sent', () => {
    const r = analyze({
      customTemplate: [tiktok],
      variable: [{ variableId: '1', name: 'C - service', type: 'c', parameter: [T('value', 'IVF')] }, { variableId: '2', name: 'C - weak', type: 'c', parameter: [T('value', 'Booked')] }],
      tag: [tag('spelled', 'cvt_1_9', [T('event', 'Booked_{{C - service}}_Consultation')]), tag('literal term', 'cvt_1_9', [T('event', 'IVF_{{C - weak}}')])],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => [m.gtm.name, (m.evidence as { text: string }).text, m.via])).toEqual([
      ['spelled', 'Booked_IVF_Consultation', '{{C - service}} (constant)'],
      ['literal term', 'IVF_{{C - weak}}', undefined],
    ]);
  });

  it('Stape Reddit server template: the event name it inherits, sets or picks, and the user data it maps itself', () => {
    const reddit = {
      templateId: '7',
      name: 'Reddit Conversion API',
      templateData: serverTpl({ displayName: 'Reddit Conversion API' }, [perm('send_http', [urls(['https://ads-api.reddit.com/'])])]),
      galleryReference: { owner: 'stape-io', repository: 'reddit-tag' },
    };
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [reddit],
      trigger: [{ triggerId: '5', name: 'CE - opioid', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'opioid_detox_booked')] }] }],
      tag: [
        tag('inherit', 'cvt_1_7', [T('eventType', 'inherit')], { firingTriggerId: ['5'] }),
        tag('standard', 'cvt_1_7', [T('eventType', 'standard'), T('eventName', 'PURCHASE')], { firingTriggerId: ['5'] }),
        tag('custom', 'cvt_1_7', [T('eventType', 'custom'), T('eventNameCustom', 'Suboxone Refill')], { firingTriggerId: ['5'] }),
      ],
    });
    const names = r.messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => [m.gtm.name, (m.evidence as { text: string }).text, m.via]);
    expect(names).toEqual([
      ['inherit', 'opioid_detox_booked', '{{Event Name}} (the template\'s default event name; custom event trigger "CE - opioid")'],
      ['custom', 'Suboxone Refill', undefined],
    ]);
    const identity = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    expect(identity.map((m) => [m.gtm.name, m.severity])).toEqual([
      ['inherit', 1],
      ['standard', 1],
      ['custom', 1],
    ]);
    expect(identity[0]!.message).toContain('through the Stape Reddit Conversions API template itself, which maps the incoming event data');
  });

  it('Stape TikTok and Snapchat server templates map the event\'s user data themselves (Snapchat: unless auto-map is unchecked)', () => {
    const server = (templateId: string, displayName: string, url: string, repository: string) => ({
      templateId,
      name: displayName,
      templateData: serverTpl({ displayName }, [perm('send_http', [urls([url])])]),
      galleryReference: { owner: 'stape-io', repository },
    });
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [server('7', 'TikTok Events API', 'https://business-api.tiktok.com/', 'tiktok-tag'), server('8', 'Snapchat Conversion API', 'https://tr.snapchat.com/', 'snapchat-tag')],
      tag: [
        tag('tiktok', 'cvt_1_7', [T('eventType', 'standard'), T('eventName', 'CompletePayment')]),
        tag('snap default', 'cvt_1_8', [T('eventName', 'PURCHASE')]),
        tag('snap on', 'cvt_1_8', [T('eventName', 'PURCHASE'), B('autoMapUserData', true)]),
        tag('snap off', 'cvt_1_8', [T('eventName', 'PURCHASE'), B('autoMapUserData', false)]),
      ],
    });
    const identity = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    expect(identity.map((m) => [m.gtm.name, m.severity, (m.evidence as { fields: string[] }).fields])).toEqual([
      ['tiktok', 1, ['email', 'phone', 'external id', 'name', 'IP address']],
      ['snap default', 1, ['email', 'phone', 'external id', 'name', 'IP address']],
      ['snap on', 1, ['email', 'phone', 'external id', 'name', 'IP address']],
    ]);
    expect(identity[0]!.message).toContain('through the Stape TikTok Events API template itself, which maps the incoming event data');
  });

  it("Criteo's server template: the event name it forwards and the event data it sends whole", () => {
    const criteo = {
      templateId: '7',
      name: 'Criteo Events API',
      templateData: serverTpl({ displayName: 'Criteo Events API' }, [perm('send_http', [urls(['https://*.criteo.com/*'])])]),
      galleryReference: { owner: 'criteo', repository: 'sgtm-criteo-tag' },
    };
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [criteo],
      trigger: [{ triggerId: '5', name: 'CE - refill', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'suboxone_refill')] }] }],
      tag: [tag('criteo', 'cvt_1_7', [T('applicationId', 'app'), T('partnerId', '123')], { firingTriggerId: ['5'] })],
    });
    expect(r.messages.map((m) => m.ruleId).sort()).toEqual(['no-advanced-matching', 'no-health-event-names', 'no-tracking-pixel']);
    const name = r.messages.find((m) => m.ruleId === 'no-health-event-names')!;
    expect([(name.evidence as { text: string }).text, name.via]).toEqual(['suboxone_refill', '{{Event Name}} (the template\'s default event name; custom event trigger "CE - refill")']);
    const identity = r.messages.find((m) => m.ruleId === 'no-advanced-matching')!;
    expect(identity.severity).toBe(1);
    expect(identity.message).toContain('sends all of the incoming event data');
  });

  it('Meta web template: event properties from a variable that returns an object', () => {
    const meta = { templateId: '8', name: 'Facebook Pixel', templateData: tpl({ displayName: 'Facebook Pixel' }, []), galleryReference: { owner: 'facebookarchive', repository: 'GoogleTagManager-WebTemplate-For-FacebookPixel' } };
    const r = analyze({
      customTemplate: [meta],
      variable: [
        { variableId: '1', name: 'JS - props', type: 'jsm', parameter: [T('javascript', "function() { return { content_category: 'Oncology', value: '10', external_id: {{DLV - patient id}} }; }")] },
        { variableId: '2', name: 'DLV - patient id', type: 'v', parameter: [T('name', 'patient.id')] },
      ],
      tag: [tag('props', 'cvt_1_8', [T('standardEventName', 'ViewContent'), T('objectPropertiesFromVariable', '{{JS - props}}'), { type: 'BOOLEAN', key: 'disableAutoConfig', value: 'true' }], { consentSettings: NEEDED })],
    });
    expect(r.messages.filter((m) => m.ruleId !== 'no-tracking-pixel').map((m) => [m.ruleId, m.via, m.jsonPath])).toEqual([
      ['no-advanced-matching', undefined, 'containerVersion.tag[0].parameter[1].value'],
      ['no-health-event-properties', '{{JS - props}}', 'containerVersion.tag[0].parameter[1].value'],
    ]);
    expect(r.messages.find((m) => m.ruleId === 'no-advanced-matching')!.message).toContain('external id (external_id in {{JS - props}})');
  });

  it('Meta web template: object properties computed in the variable (a lookup object, a fallback) are read (adversarial probe adv-4 #13, session 35)', () => {
    const meta = { templateId: '8', name: 'Facebook Pixel', templateData: tpl({ displayName: 'Facebook Pixel' }, []), galleryReference: { owner: 'facebookarchive', repository: 'GoogleTagManager-WebTemplate-For-FacebookPixel' } };
    const js = "function() {\n  var plan = {{DLV - plan}};\n  var names = { glp1: 'Gift card', derm: 'Tretinoin 0.05% Cream Subscription' };\n  return { content_name: names[plan] || 'Cedar Membership', content_type: 'product', currency: 'USD' };\n}";
    const r = analyze({
      customTemplate: [meta],
      variable: [
        { variableId: '1', name: 'JS - props', type: 'jsm', parameter: [T('javascript', js)] },
        { variableId: '2', name: 'DLV - plan', type: 'v', parameter: [T('name', 'plan')] },
      ],
      tag: [tag('props', 'cvt_1_8', [T('standardEventName', 'Purchase'), T('objectPropertiesFromVariable', '{{JS - props}}'), { type: 'BOOLEAN', key: 'disableAutoConfig', value: 'true' }], { consentSettings: NEEDED })],
    });
    expect(r.messages.filter((m) => m.ruleId !== 'no-tracking-pixel').map((m) => m.message)).toEqual([expect.stringContaining('"content_name" sends "Tretinoin 0.05% Cream Subscription"')]);
  });

  it('Meta web template: advanced matching list only when the checkbox is on; event by radio', () => {
    const meta = { templateId: '8', name: 'Facebook Pixel', templateData: tpl({ displayName: 'Facebook Pixel' }, []), galleryReference: { owner: 'facebookarchive', repository: 'GoogleTagManager-WebTemplate-For-FacebookPixel' } };
    const am = { type: 'LIST', key: 'advancedMatchingList', list: [{ type: 'MAP', map: [T('name', 'em'), T('value', '{{DLV - email}}')] }] };
    const r = analyze({
      customTemplate: [meta],
      tag: [
        tag('on', 'cvt_1_8', [{ type: 'BOOLEAN', key: 'advancedMatching', value: 'true' }, am, T('eventName', 'custom'), T('customEventName', 'Dermatology Booking'), T('standardEventName', 'PageView')]),
        tag('off', 'cvt_1_8', [{ type: 'BOOLEAN', key: 'advancedMatching', value: 'false' }, am, T('eventName', 'standard'), T('standardEventName', 'Lead'), T('customEventName', 'stale oncology')]),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId !== 'no-tracking-pixel' && m.ruleId !== 'require-consent-settings').map((m) => `${m.ruleId} ${m.gtm.name} ${m.severity}`)).toEqual([
      'no-advanced-matching on 2',
      'no-health-event-names on 2',
      // Without an advanced-matching list the pixel still matches on form fields (autoConfig): a warning.
      'no-advanced-matching off 1',
    ]);
    const noAuto = analyze({ customTemplate: [meta], tag: [tag('no auto', 'cvt_1_8', [T('standardEventName', 'PageView'), { type: 'BOOLEAN', key: 'disableAutoConfig', value: 'true' }])] });
    expect(noAuto.messages.filter((m) => m.ruleId === 'no-advanced-matching')).toEqual([]);
  });

  it('GA4: event name, parameter tables and the user-provided data variable', () => {
    const r = analyze({
      variable: [
        { variableId: '1', name: 'UPD', type: 'awec', parameter: [T('mode', 'MANUAL'), T('email', '{{dlv email}}')] },
        { variableId: '2', name: 'dlv email', type: 'v', parameter: [T('name', 'user_data.email')] },
      ],
      tag: [
        tag('ga4', 'gaawe', [
          T('eventName', 'view_item'),
          { type: 'LIST', key: 'eventSettingsTable', list: [{ type: 'MAP', map: [T('parameter', 'item_category'), T('parameterValue', 'Dermatology')] }] },
          T('userDataVariable', '{{UPD}}'),
        ]),
      ],
    });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-health-event-properties', 'no-advanced-matching']);
    expect(r.messages[0]!.message).toMatch(/^Google tag event parameter "item_category" sends "Dermatology", which reveals health information/u);
    expect(r.messages[1]!.message).toMatch(/^Google tag advanced matching sends email \(\{\{UPD\}\}: \{\{dlv email\}\}\) through the GA4 event tag/u);
  });

  it('GA4: rows of a shared Event Settings variable count for every tag that uses it', () => {
    const r = analyze({
      variable: [
        { variableId: '1', name: 'GA4 settings', type: 'gtes', parameter: [{ type: 'LIST', key: 'eventSettingsTable', list: [{ type: 'MAP', map: [T('parameter', 'user_data'), T('parameterValue', '{{UPD}}')] }, { type: 'MAP', map: [T('parameter', 'service_line'), T('parameterValue', 'Psychiatry')] }] }] },
        { variableId: '2', name: 'UPD', type: 'awec', parameter: [T('mode', 'MANUAL'), T('phone_number', '{{dlv phone}}')] },
      ],
      tag: [tag('a', 'gaawe', [T('eventName', 'page_view'), T('eventSettingsVariable', '{{GA4 settings}}')]), tag('b', 'gaawe', [T('eventName', 'scroll'), T('eventSettingsVariable', '{{GA4 settings}}')])],
    });
    // One finding per row, on the first tag, naming the other that reads it.
    expect(r.messages.map((m) => `${m.gtm.name} (and ${m.sharedWith?.map((t) => t.name).join(', ')}) ${m.ruleId} ${m.jsonPath}`)).toEqual([
      'a (and b) no-advanced-matching containerVersion.variable[0].parameter[0].list[0].map[1].value',
      'a (and b) no-health-event-properties containerVersion.variable[0].parameter[0].list[1].map[1].value',
    ]);
  });

  it('Google Ads: built-in tags are pixels; googtag routes by tag id', () => {
    const r = analyze({
      tag: [
        tag('ads', 'awct', [T('conversionId', '123')]),
        tag('gtag-ads', 'googtag', [T('tagId', 'AW-123')]),
        tag('gtag-ga', 'googtag', [T('tagId', 'G-123')]),
        tag('gtag-floodlight', 'googtag', [T('tagId', 'DC-1234567')]),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-tracking-pixel').map((m) => m.gtm.name)).toEqual(['ads', 'gtag-ads', 'gtag-floodlight']);
  });

  it('Stape TikTok web template: userDataList, and advanced matching that is on by default', () => {
    const stape = { templateId: '5TP8W', name: 'TikTok Pixel by Stape', templateData: tpl({ displayName: 'TikTok Pixel by Stape' }, []), galleryReference: { owner: 'stape-io', repository: 'tiktok-web-tag', galleryTemplateId: '5TP8W' } };
    const r = analyze({
      customTemplate: [stape],
      tag: [
        // A gallery template referenced by its gallery id (`cvt_<galleryTemplateId>`).
        tag('list', 'cvt_5TP8W', [{ type: 'LIST', key: 'userDataList', list: [{ type: 'MAP', map: [T('name', 'email'), T('value', '{{DLV - email}}')] }] }, T('eventName', 'custom'), T('eventNameCustom', 'Therapy Intake Started')]),
        tag('default on', 'cvt_5TP8W', [T('eventNameStandard', 'ViewContent')]),
        tag('off', 'cvt_5TP8W', [T('eventNameStandard', 'ViewContent'), { type: 'BOOLEAN', key: 'enableAdvancedMatching', value: 'false' }]),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId !== 'no-tracking-pixel' && m.ruleId !== 'require-consent-settings').map((m) => `${m.gtm.name}: ${m.ruleId} ${m.severity}`)).toEqual([
      'list: no-advanced-matching 2',
      'list: no-health-event-names 2',
      'default on: no-advanced-matching 1',
    ]);
  });

  /** `tag: rule evidence` for every finding but the pixel itself: the fields a template tag was read by. */
  const fieldFindings = (r: ReturnType<typeof analyze>): string[] =>
    r.messages.filter((m) => m.ruleId !== 'no-tracking-pixel').map((m) => `${m.gtm.name}: ${m.ruleId} ${JSON.stringify((m.evidence as { fields?: string[]; text?: string }).fields ?? (m.evidence as { text?: string }).text)}`);

  // pinterest/ws-gtm-template, the official web template: field names as in its template.tpl.
  const pinterest = { templateId: '6', name: 'Pinterest Pixel Tag', templateData: tpl({ displayName: 'Pinterest Pixel Tag' }, []), galleryReference: { owner: 'pinterest', repository: 'ws-gtm-template' } };

  it('Pinterest web template: em is Enhanced Match; event, ADE name, product category, search query, custom parameters', () => {
    const r = analyze({
      customTemplate: [pinterest],
      tag: [
        tag('em', 'cvt_1_6', [T('tagId', '2612345678901'), T('em', '{{DLV - email}}'), T('eventName', 'checkout'), T('product_category', 'Shoes')]),
        tag('ade', 'cvt_1_6', [T('eventName', 'ADE'), T('adeEventName', 'hiv_test_booked')]),
        tag('stale ade', 'cvt_1_6', [T('eventName', 'lead'), T('adeEventName', 'stale_oncology_event')]),
        tag('category', 'cvt_1_6', [T('eventName', 'pagevisit'), T('product_category', 'Fertility treatment')]),
        tag('search', 'cvt_1_6', [T('eventName', 'search'), T('search_query', 'herpes medication')]),
        tag('custom', 'cvt_1_6', [T('eventName', 'lead'), B('setCustomParams', true), table('values', [{ name: 'service', value: 'Psychiatry' }])]),
        tag('partner data', 'cvt_1_6', [T('eventName', 'lead'), B('setPdParams', true), table('pdParameters', [{ name: 'external_id', value: '{{DLV - patient id}}' }, { name: 'maid', value: '{{DLV - ad id}}' }])]),
        tag('partner data off', 'cvt_1_6', [T('eventName', 'lead'), B('setPdParams', false), table('pdParameters', [{ name: 'external_id', value: '{{DLV - patient id}}' }])]),
        // lead_type is sent only for lead/signup: left over from an earlier event, it is not read.
        tag('stale lead type', 'cvt_1_6', [T('eventName', 'checkout'), T('lead_type', 'Gum disease consultation')]),
      ],
    });
    const found = fieldFindings(r);
    expect(found.sort()).toEqual(
      [
        'em: no-advanced-matching ["email"]',
        'ade: no-health-event-names "hiv_test_booked"',
        'category: no-health-event-properties "Fertility treatment"',
        'search: no-health-event-properties "herpes medication"',
        'custom: no-health-event-properties "Psychiatry"',
        'partner data: no-advanced-matching ["external id","device id"]',
      ].sort(),
    );
    expect(r.messages.find((m) => m.gtm.name === 'em' && m.ruleId === 'no-advanced-matching')!.message).toContain("through pintrk('load', id, {em}) Enhanced Match in the Pinterest Tag template");
  });

  // amzn/ads-pao-amznjs-gtm-template at 85d75ef: field names as in its template.tpl.
  const amazon = { templateId: '7', name: 'Amazon Ad Tag', templateData: tpl({ displayName: 'Amazon Ad Tag' }, [perm('inject_script', [urls(['https://c.amazon-adsystem.com/aat/amzn.js'])])]), galleryReference: { owner: 'amzn', repository: 'ads-pao-amznjs-gtm-template' } };

  it('Amazon Ad Tag: User Data rows, a custom event name and attributes in manual mode; user_data read by itself in automatic mode', () => {
    const r = analyze({
      customTemplate: [amazon],
      tag: [
        tag('manual', 'cvt_1_7', [T('configMode', 'manual'), B('advancedMatching', true), table('advancedMatchingList', [{ paramName: 'email', paramValue: '{{DLV - email}}' }, { paramName: 'MATCH_ID', paramValue: '{{DLV - id}}' }])]),
        tag('custom event', 'cvt_1_7', [T('eventName', 'custom'), T('customEventName', 'IVF consultation booked'), table('customAttributes', [{ Attribute: 'service', value: 'Fertility preservation' }])]),
        // A custom name left over after switching back to a standard event is not sent.
        tag('stale custom name', 'cvt_1_7', [T('eventName', 'standard'), T('standardEventName', 'Lead'), T('customEventName', 'Oncology lead')]),
        tag('automatic', 'cvt_1_7', [T('configMode', 'automatic'), T('customEventName', 'Oncology lead')]),
      ],
    });
    const found = fieldFindings(r);
    expect(found.sort()).toEqual(
      [
        'manual: no-advanced-matching ["email"]',
        'custom event: no-health-event-names "IVF consultation booked"',
        'custom event: no-health-event-properties "Fertility preservation"',
        'automatic: no-advanced-matching ["email","phone"]',
      ].sort(),
    );
    expect(r.messages.filter((m) => m.ruleId === 'no-tracking-pixel').map((m) => m.gtm.name)).toEqual(['manual', 'custom event', 'stale custom name', 'automatic']);
    expect(r.messages.find((m) => m.gtm.name === 'automatic' && m.ruleId === 'no-advanced-matching')!.message).toContain('automatic (GA4) mode');
  });

  it("Taboola's official template: its email and hashed-email fields", () => {
    // Its fields as its template.tpl (4d40ec1) declares them: a template without a field spec is read by those.
    const fields = [{ type: 'TEXT', name: 'accountId' }, { type: 'TEXT', name: 'unified_id', displayName: 'Hashed email' }, { type: 'TEXT', name: 'email', displayName: 'non hashed email' }];
    const templateData = `${tpl({ displayName: 'Taboola Pixel' }, [perm('inject_script', [urls(['https://cdn.taboola.com/libtrc/unip/*'])])])}\n___TEMPLATE_PARAMETERS___\n\n${JSON.stringify(fields)}\n`;
    const taboola = { templateId: '8', name: 'Taboola Pixel', templateData, galleryReference: { owner: 'taboola', repository: 'taboola-ecomm-pixel' } };
    const r = analyze({
      customTemplate: [taboola],
      tag: [tag('email', 'cvt_1_8', [T('accountId', '1234567'), T('eventType', 'lead'), T('email', '{{DLV - email}}')]), tag('hashed', 'cvt_1_8', [T('accountId', '1234567'), T('unified_id', '{{DLV - email sha256}}')])],
    });
    expect(r.messages.map((m) => `${m.gtm.name}: ${m.ruleId} ${/Taboola/u.test(m.message)}`).sort()).toEqual(
      ['email: no-advanced-matching true', 'email: no-tracking-pixel true', 'hashed: no-advanced-matching true', 'hashed: no-tracking-pixel true'].sort(),
    );
  });

  // A stale table under an unchecked "Custom Parameters", or a field of another event, is not sent.
  it('Pinterest web template: custom parameters only when the checkbox is on, fields only with their events', () => {
    const props = (fields: unknown[]) =>
      analyze({ customTemplate: [pinterest], tag: [tag('t', 'cvt_1_6', fields)] })
        .messages.filter((m) => m.ruleId === 'no-health-event-properties')
        .map((m) => (m.evidence as { text: string }).text);
    const values = table('values', [{ name: 'service', value: 'Psychiatry' }]);
    expect(props([T('eventName', 'lead'), B('setCustomParams', false), values])).toEqual([]);
    expect(props([T('eventName', 'lead'), B('setCustomParams', true), values])).toEqual(['Psychiatry']);
    expect(props([T('eventName', 'lead'), T('lead_type', 'Oncology consult'), T('search_query', 'chemotherapy')])).toEqual(['Oncology consult']);
    expect(props([T('eventName', 'search'), T('lead_type', 'Oncology consult'), T('search_query', 'chemotherapy')])).toEqual(['chemotherapy']);
    expect(props([T('eventName', 'checkout'), T('product_category', 'Dental implants'), T('search_query', 'chemotherapy')])).toEqual(['Dental implants']);
  });

  it('Pinterest web template: found by display name when imported from a file; server templates keep the CAPI spec', () => {
    expect(readTemplate(template(tpl({ displayName: 'Pinterest Pixel Tag', containerContexts: ['WEB'] }, []))).spec?.id).toBe('pinterest-web');
    expect(readTemplate(template(tpl({ displayName: 'Pinterest Tag', containerContexts: ['WEB'] }, []))).spec?.id).toBe('pinterest-web');
    expect(readTemplate(template(tpl({ displayName: 'Whatever' }, []), { owner: 'pinterest', repository: 'ws-gtm-template' })).spec?.id).toBe('pinterest-web');
    expect(readTemplate(template(serverTpl({ displayName: 'Pinterest Conversion API' }, []))).spec?.id).toBe('pinterest-capi');
  });

  it('Stape LinkedIn CAPI: userIds, userInfo and externalIds rows; page_view sends none; automapping is a warning', () => {
    const linkedin = {
      templateId: '4',
      name: 'LinkedIn Conversion API',
      templateData: serverTpl({ displayName: 'LinkedIn Conversion API' }, [perm('send_http', [urls(['https://api.linkedin.com/rest/conversionEvents'])]), perm('send_pixel_from_browser', [urls(['https://px.ads.linkedin.com/*'])])]),
      galleryReference: { owner: 'stape-io', repository: 'linkedin-tag' },
    };
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [linkedin],
      tag: [
        tag('ids', 'cvt_1_4', [
          T('type', 'conversion'),
          B('autoMapUserIds', false),
          table('userIds', [{ name: 'email', value: '{{ed - user_data.sha256_email_address}}' }, { name: 'linkedinFirstPartyId', value: '{{ed - li_fat_id}}' }, { name: 'googleAid', value: '{{ed - gaid}}' }]),
          table('userInfo', [{ name: 'firstName', value: '{{ed - first name}}' }, { name: 'jobTitle', value: 'Nurse' }]),
          T('externalIds', '{{ed - user_id}}'),
        ]),
        tag('page view', 'cvt_1_4', [T('type', 'page_view'), B('enablePageViewFromBrowser', true), table('userIds', [{ name: 'email', value: '{{stale}}' }])]),
        tag('automap', 'cvt_1_4', [T('conversionRuleUrn', '7654321'), table('eventData', [{ name: 'eventId', value: '{{ed - event_id}}' }])]),
      ],
    });
    const am = r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => [m.gtm.name, m.severity, (m.evidence as { fields: string[] }).fields]);
    expect(am).toEqual([
      ['ids', 2, ['email', 'external id', 'name', 'device id']],
      ['automap', 1, ['email', 'name', 'IP address']],
    ]);
    expect(r.messages.find((m) => m.gtm.name === 'ids' && m.ruleId === 'no-advanced-matching')!.message).toContain('through the Stape LinkedIn Conversions API template');
    // Conversions go to the API; only a page view sent from the browser has it load px.ads.linkedin.com (send_pixel_from_browser).
    expect(r.messages.filter((m) => m.ruleId === 'no-tracking-pixel').map((m) => [m.gtm.name, m.messageId, (m.evidence as { fingerprint: string }).fingerprint])).toEqual([
      ['ids', 'serverEndpoint', 'https://api.linkedin.com/rest/conversionEvents (permission of template "LinkedIn Conversion API")'],
      ['page view', 'loaderUrl', 'https://px.ads.linkedin.com/* (permission of template "LinkedIn Conversion API")'],
      ['automap', 'serverEndpoint', 'https://api.linkedin.com/rest/conversionEvents (permission of template "LinkedIn Conversion API")'],
    ]);
  });

  it('Stape Facebook: the CAPI template maps the event\'s user data by itself (a warning without userDataList rows; with rows, what they do not override is named as the event data); the pixel template is named as a pixel', () => {
    const capi = { templateId: '3', name: 'Facebook Conversion API', templateData: serverTpl({ displayName: 'Facebook Conversion API' }, [perm('send_http', [urls(['https://graph.facebook.com/'])])]), galleryReference: { owner: 'stape-io', repository: 'facebook-tag' } };
    const server = analyze({
      usageContext: ['SERVER'],
      customTemplate: [capi],
      tag: [
        tag('no rows', 'cvt_1_3', [T('eventNameStandard', 'Lead'), table('userDataList', [])]),
        tag('rows', 'cvt_1_3', [T('eventNameStandard', 'Lead'), table('userDataList', [{ name: 'em', value: '{{ed - email}}' }])]),
      ],
    });
    const am = server.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => [m.gtm.name, m.severity, (m.evidence as { fields: string[] }).fields]);
    expect(am).toEqual([
      ['no rows', 1, ['email', 'phone', 'external id', 'name', 'address', 'IP address']],
      // mapEvent always runs addUserData; the rows only override the identifiers they set.
      ['rows', 2, ['email', 'phone', 'external id', 'name', 'address', 'IP address']],
    ]);
    expect(server.messages.find((m) => m.gtm.name === 'rows' && m.ruleId === 'no-advanced-matching')!.message).toContain('email ({{ed - email}}), phone, external id, name, address and IP address (the event data)');
    expect(server.messages.find((m) => m.gtm.name === 'no rows' && m.ruleId === 'no-advanced-matching')!.message).toContain('the Stape Facebook Conversions API template itself');

    const pixel = { templateId: '2', name: 'Facebook Pixel by Stape', templateData: tpl({ displayName: 'Facebook Pixel by Stape' }, [perm('inject_script', [urls(['https://connect.facebook.net/'])])]), galleryReference: { owner: 'stape-io', repository: 'fb-tag' } };
    const web = analyze({ customTemplate: [pixel], tag: [tag('web', 'cvt_1_2', [T('eventNameStandard', 'Lead'), table('userDataList', [{ name: 'em', value: '{{DLV - email}}' }])])] });
    const message = web.messages.find((m) => m.ruleId === 'no-advanced-matching')!.message;
    expect(message).toContain("through fbq('init') advanced matching in the Stape Facebook Pixel template");
  });

  it("messages name a template as the container does, not by its .tpl display name (gtm30 #3)", () => {
    const data = tpl({ displayName: 'Pinterest Pixel Tag' }, [perm('inject_script', [urls(['https://s.pinimg.com/ct/core.js'])])]);
    const r = analyze({
      customTemplate: [{ templateId: '4', name: 'Pinterest Tag', templateData: data }],
      tag: [tag('pin', 'cvt_1_4', [T('email', '{{DLV - email}}')])],
    });
    const messages = r.messages.map((m) => m.message);
    expect(messages.some((m) => m.includes('"Pinterest Tag"'))).toBe(true);
    expect(messages.filter((m) => m.includes('Pinterest Pixel Tag'))).toEqual([]);
  });

  it('Stape Facebook CAPI imported from a file under another name is recognised by its code (gtm30 #1)', () => {
    const code = "function mapEvent(eventData, data) { let mappedData = { user_data: { client_ip_address: eventData.ip_override } }; mappedData = addUserData(eventData, mappedData); return mappedData; }\nfunction addUserData(eventData, mappedData) { return mappedData; }\nconst postUrl = 'https://graph.facebook.com/v' + apiVersion + '/' + data.pixelId + '/events';\nsendHttpRequest(postUrl, cb, {}, JSON.stringify({ data: [mapEvent(eventData, data)] }));";
    const imported = (js: string) => ({ templateId: '3', name: 'Event Data to FB Conversion API', templateData: `${serverTpl({ displayName: 'Event Data to FB Conversion API' }, [perm('send_http', [urls(['https://graph.facebook.com/'])])])}\n___SANDBOXED_JS_FOR_SERVER___\n\n${js}\n` });
    const run = (js: string) =>
      analyze({ usageContext: ['SERVER'], customTemplate: [imported(js)], tag: [tag('rows', 'cvt_1_3', [T('eventNameStandard', 'Lead'), table('userDataList', [{ name: 'em', value: '{{ed - email}}' }])])] })
        .messages.find((m) => m.ruleId === 'no-advanced-matching')!.message;
    expect(run(code)).toContain('phone, external id, name, address and IP address (the event data)');
    // Another template that sends to Meta is read by its rows only.
    expect(run("sendHttpRequest('https://graph.facebook.com/v19.0/1/events', cb, {}, JSON.stringify(data));")).not.toContain('the event data');
  });

  it('names every variable an identifier comes from (fn and ln rows are both the name) (gtm29 #9)', () => {
    const capi = { templateId: '3', name: 'Facebook Conversion API', templateData: serverTpl({ displayName: 'Facebook Conversion API' }, [perm('send_http', [urls(['https://graph.facebook.com/'])])]), galleryReference: { owner: 'stape-io', repository: 'facebook-tag' } };
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [capi],
      tag: [tag('rows', 'cvt_1_3', [T('eventNameStandard', 'Lead'), table('userDataList', [{ name: 'fn', value: '{{ed - fn}}' }, { name: 'ln', value: '{{ed - ln}}' }, { name: 'em', value: '{{ed - email}}' }])])],
    });
    expect(r.messages.find((m) => m.ruleId === 'no-advanced-matching')!.message).toContain('email ({{ed - email}}), phone, external id, address and IP address (the event data), name ({{ed - fn}}, {{ed - ln}})');
  });

  it('Stape Facebook: "Inherit from client" sends the event\'s own name; "Override" sends the standard or the custom one, as the radio picks', () => {
    const capi = { templateId: '3', name: 'Facebook Conversion API', templateData: serverTpl({ displayName: 'Facebook Conversion API' }, [perm('send_http', [urls(['https://graph.facebook.com/'])])]), galleryReference: { owner: 'stape-io', repository: 'facebook-tag' } };
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [capi],
      trigger: [{ triggerId: '5', name: 'CE - ivf', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'ivf_consultation_booked')] }] }],
      tag: [
        // The standard name stays in the export after "Inherit" is chosen: it is not what the tag sends.
        tag('inherit', 'cvt_1_3', [T('inheritEventName', 'inherit'), T('eventName', 'standard'), T('eventNameStandard', 'Contact')], { firingTriggerId: ['5'] }),
        tag('standard', 'cvt_1_3', [T('inheritEventName', 'override'), T('eventName', 'standard'), T('eventNameStandard', 'Lead'), T('eventNameCustom', 'stale oncology')], { firingTriggerId: ['5'] }),
        tag('custom', 'cvt_1_3', [T('inheritEventName', 'override'), T('eventName', 'custom'), T('eventNameStandard', 'Lead'), T('eventNameCustom', 'Psychiatry Intake')], { firingTriggerId: ['5'] }),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => [m.gtm.name, (m.evidence as { text: string }).text])).toEqual([
      ['inherit', 'ivf_consultation_booked'],
      ['custom', 'Psychiatry Intake'],
    ]);
  });

  // stape-io/tiktok-tag's `eventType` radio and stape-io/tiktok-web-tag's `eventNameSetupMethod` (blind tester, session 50:
  // a standard "Contact" was read as the inherited ADHD event, and the health trigger went unreported).
  it('Stape TikTok templates: the event name their radios pick, and the trigger when they send a standard one', () => {
    const events = { templateId: '7', name: 'TikTok Events API', templateData: serverTpl({ displayName: 'TikTok Events API' }, [perm('send_http', [urls(['https://business-api.tiktok.com/'])])]), galleryReference: { owner: 'stape-io', repository: 'tiktok-tag' } };
    const trigger = [{ triggerId: '5', name: 'CE - adhd', type: 'CUSTOM_EVENT', customEventFilter: [{ type: 'EQUALS', parameter: [T('arg0', '{{_event}}'), T('arg1', 'lead_adhd_assessment')] }] }];
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [events],
      trigger,
      tag: [
        tag('standard', 'cvt_1_7', [T('eventType', 'standard'), T('eventName', 'Contact'), T('eventNameCustom', 'stale oncology')], { firingTriggerId: ['5'] }),
        tag('default', 'cvt_1_7', [T('eventName', 'Contact')], { firingTriggerId: ['5'] }),
        tag('inherit', 'cvt_1_7', [T('eventType', 'inherit'), T('eventName', 'Contact')], { firingTriggerId: ['5'] }),
        tag('custom', 'cvt_1_7', [T('eventType', 'custom'), T('eventName', 'Contact'), T('eventNameCustom', 'Psychiatry Intake')], { firingTriggerId: ['5'] }),
      ],
    });
    const health = (x: typeof r) => x.messages.filter((m) => m.ruleId === 'no-health-event-names' || m.ruleId === 'no-health-page-triggers').map((m) => [m.gtm.name, m.ruleId, (m.evidence as { text: string }).text]);
    expect(health(r)).toEqual([
      ['inherit', 'no-health-event-names', 'lead_adhd_assessment'],
      ['standard', 'no-health-page-triggers', 'lead_adhd_assessment'],
      ['default', 'no-health-page-triggers', 'lead_adhd_assessment'],
      ['custom', 'no-health-page-triggers', 'lead_adhd_assessment'],
      ['custom', 'no-health-event-names', 'Psychiatry Intake'],
    ]);
    const pixel = { templateId: '5TP8W', name: 'TikTok Pixel by Stape', templateData: tpl({ displayName: 'TikTok Pixel by Stape' }, []), galleryReference: { owner: 'stape-io', repository: 'tiktok-web-tag', galleryTemplateId: '5TP8W' } };
    const web = analyze({
      customTemplate: [pixel],
      tag: [
        tag('override', 'cvt_5TP8W', [T('eventNameSetupMethod', 'override'), T('eventName', 'custom'), T('eventNameStandard', 'Pageview'), T('eventNameCustom', 'Therapy Intake')]),
        tag('inherit', 'cvt_5TP8W', [T('eventNameSetupMethod', 'inherit'), T('eventName', 'custom'), T('eventNameCustom', 'Oncology Intake')]),
        tag('standard', 'cvt_5TP8W', [T('eventName', 'standard'), T('eventNameStandard', 'Lead'), T('eventNameCustom', 'Dialysis Intake')]),
      ],
    });
    expect(web.messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => [m.gtm.name, (m.evidence as { text: string }).text])).toEqual([['override', 'Therapy Intake']]);
  });

  it('Stape Facebook Pixel: identifiers it reads itself (stored by earlier events, or the data layer\'s user_data) only with advanced matching on', () => {
    const pixel = { templateId: '2', name: 'Facebook Pixel by Stape', templateData: tpl({ displayName: 'Facebook Pixel by Stape' }, [perm('inject_script', [urls(['https://connect.facebook.net/'])])]), galleryReference: { owner: 'stape-io', repository: 'fb-tag' } };
    // The pixel's own automatic advanced matching is off (disableAutoConfig), to see the template's.
    const base = [T('eventName', 'standard'), T('eventNameStandard', 'PageView'), B('disableAutoConfig', true)];
    const r = analyze({
      customTemplate: [pixel],
      tag: [
        tag('stored', 'cvt_1_2', [...base, B('enableEdvancedMatching', true), B('enableEventEnhancement', true)], { consentSettings: NEEDED }),
        tag('data layer', 'cvt_1_2', [...base, B('enableEdvancedMatching', true), B('enableDataLayerMapping', true)], { consentSettings: NEEDED }),
        tag('off', 'cvt_1_2', [...base, B('enableEdvancedMatching', false), B('enableEventEnhancement', true), table('userDataList', [{ name: 'em', value: '{{DLV - email}}' }])], { consentSettings: NEEDED }),
        // Like Meta's template, Stape's sends `fbq('set', 'autoConfig', false)` only when disableAutoConfig is checked (real-container run #3).
        tag('autoConfig on', 'cvt_1_2', [T('eventName', 'standard'), T('eventNameStandard', 'PageView'), B('disableAutoConfig', false), B('enableEdvancedMatching', false)], { consentSettings: NEEDED }),
      ],
    });
    const am = r.messages.filter((m) => m.ruleId === 'no-advanced-matching');
    expect(am.map((m) => [m.gtm.name, m.severity])).toEqual([
      ['stored', 1],
      ['data layer', 1],
      ['autoConfig on', 1],
    ]);
    expect(am[0]!.message).toContain('Event Enhancement sends the user data earlier events stored in the browser');
    expect(am[1]!.message).toContain("Data Layer Mapping reads the data layer's user_data");
    expect(am[2]!.message).toContain("the Meta pixel's automatic advanced matching (autoConfig");
  });

  it("Stape Facebook Pixel: its consent check counts only when its consent mode is on", () => {
    const pixel = {
      templateId: '2',
      name: 'Facebook Pixel by Stape',
      templateData: tpl({ displayName: 'Facebook Pixel by Stape' }, [perm('inject_script', [urls(['https://connect.facebook.net/'])]), perm('access_consent', [consentPerm(false)])]),
      galleryReference: { owner: 'stape-io', repository: 'fb-tag' },
    };
    const r = analyze({
      customTemplate: [pixel],
      tag: [tag('checks', 'cvt_1_2', [B('enableConsentMode', true)], { consentSettings: undefined }), tag('does not', 'cvt_1_2', [B('enableConsentMode', false)], { consentSettings: undefined })],
    });
    expect(r.messages.filter((m) => m.ruleId === 'require-consent-settings').map((m) => [m.gtm.name, m.severity, /relies on the consent check inside template/u.test(m.message)])).toEqual([
      ['checks', 1, true],
      ['does not', 2, false],
    ]);
  });

  it('a server template that uploads conversions to the Google Ads API is a Google Ads tag (Stape offline conversions)', () => {
    const offline = { templateId: '6', name: 'Google Ads Offline Conversion', templateData: serverTpl({ displayName: 'Google Ads Offline Conversion' }, [perm('send_http', [urls(['https://googleads.googleapis.com/'])])]), galleryReference: { owner: 'stape-io', repository: 'gads-offline-conversion-tag' } };
    const r = analyze({ usageContext: ['SERVER'], customTemplate: [offline], tag: [tag('offline', 'cvt_1_6', [T('conversionAction', '745'), table('userDataList', [{ name: 'hashedEmail', value: '{{ed - email}}' }])])] });
    expect(r.messages.map((m) => [m.ruleId, m.gtm.vendor])).toEqual([
      ['no-tracking-pixel', 'google-ads'],
      ['no-advanced-matching', 'google-ads'],
    ]);
  });

  it('TikTok Events API: the IP address is an identifier, the browser\'s user agent is not', () => {
    const eapi = { templateId: '1', name: 'TikTok Events API', templateData: serverTpl({ displayName: 'TikTok Events API' }, [perm('send_http', [urls(['https://business-api.tiktok.com/'])])]), galleryReference: { owner: 'tiktok', repository: 'gtm-template-eapi' } };
    const r = analyze({ usageContext: ['SERVER'], customTemplate: [eapi], tag: [tag('t', 'cvt_1_1', [T('event', 'Lead'), T('ip', '{{x-real-ip}}'), T('user_agent', '{{user-agent}}')])] });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => (m.evidence as { fields: string[] }).fields)).toEqual([['IP address']]);
  });

  it("other vendor templates: an event-name field the template shows only under a condition is read only when it holds (adversarial probe t02)", () => {
    const params = [
      { type: 'SELECT', name: 'eventType', selectItems: [{ value: 'PageVisit' }, { value: 'Custom' }] },
      { type: 'TEXT', name: 'customEventName', enablingConditions: [{ paramName: 'eventType', paramValue: 'Custom', type: 'EQUALS' }] },
    ];
    const templateData = `${tpl({ displayName: 'Reddit Pixel (community)' }, [perm('inject_script', [urls(['https://www.redditstatic.com/ads/pixel.js'])])])}\n___TEMPLATE_PARAMETERS___\n\n${JSON.stringify(params)}\n`;
    const r = analyze({
      customTemplate: [{ templateId: '9', name: 'Reddit Pixel (community)', templateData }],
      tag: [
        tag('page visit', 'cvt_1_9', [T('eventType', 'PageVisit'), T('customEventName', 'Colonoscopy Prep Kit Ordered')]),
        tag('custom', 'cvt_1_9', [T('eventType', 'Custom'), T('customEventName', 'Colonoscopy Prep Kit Ordered')]),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-health-event-names').map((m) => m.gtm.name)).toEqual(['custom']);
  });

  it('other vendor templates: identifier rows of every user-data table the template declares, whatever its name', () => {
    const params = [
      { type: 'TEXT', name: 'accessToken' },
      { type: 'GROUP', name: 'userGroup', subParams: [{ type: 'SIMPLE_TABLE', name: 'userIds', simpleTableColumns: [{ type: 'SELECT', name: 'name' }, { type: 'TEXT', name: 'value' }] }] },
      { type: 'SIMPLE_TABLE', name: 'customer_identifiers', simpleTableColumns: [{ type: 'SELECT', name: 'idType' }, { type: 'TEXT', name: 'idValue' }] },
      { type: 'SIMPLE_TABLE', name: 'customParams', simpleTableColumns: [{ type: 'TEXT', name: 'name' }, { type: 'TEXT', name: 'value' }] },
      // Value columns not named `value` (adversarial probes t03, t03e, thirty-eighth session).
      { type: 'SIMPLE_TABLE', name: 'customerInfo', simpleTableColumns: [{ type: 'TEXT', name: 'field' }, { type: 'TEXT', name: 'val' }] },
      { type: 'SIMPLE_TABLE', name: 'user_data', simpleTableColumns: [{ type: 'TEXT', name: 'key' }, { type: 'TEXT', name: 'data' }] },
    ];
    const templateData = `${serverTpl({ displayName: 'LinkedIn CAPI (in-house)' }, [])}\n___TEMPLATE_PARAMETERS___\n\n${JSON.stringify(params)}\n`;
    const info = readTemplate(template(templateData));
    expect(info.vendor?.id).toBe('linkedin');
    // Named as the container names the template (`x` here), as GTM's interface shows it.
    expect(info.spec).toMatchObject({ id: 'generic', call: 'the "x" template' });
    expect(info.spec?.identityTables?.slice(-4)).toEqual([
      { key: 'userIds', nameColumn: 'name', valueColumn: 'value' },
      { key: 'customer_identifiers', nameColumn: 'idType', valueColumn: 'idValue' },
      { key: 'customerInfo', nameColumn: 'field', valueColumn: 'val' },
      { key: 'user_data', nameColumn: 'key', valueColumn: 'data' },
    ]);
    const r = analyze({
      usageContext: ['SERVER'],
      customTemplate: [{ templateId: '9', name: 'LinkedIn CAPI (in-house)', templateData }],
      tag: [
        tag('ids', 'cvt_1_9', [table('userIds', [{ name: 'email', value: '{{ed - email}}' }])]),
        tag('typed ids', 'cvt_1_9', [table('customer_identifiers', [{ idType: 'phone_number', idValue: '{{ed - phone}}' }])]),
        // Not a user-data table: its rows are not read as identifiers (they would need analyze.ts to read
        // only unambiguous identifier keys there, as core does in event parameters).
        tag('params', 'cvt_1_9', [table('customParams', [{ name: 'email', value: '{{ed - email}}' }])]),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId === 'no-advanced-matching').map((m) => [m.gtm.name, (m.evidence as { fields: string[] }).fields, m.message.includes('the "LinkedIn CAPI (in-house)" template')])).toEqual([
      ['ids', ['email'], true],
      ['typed ids', ['phone'], true],
    ]);
    // A template of no known vendor gets no spec at all.
    expect(readTemplate(template(`${serverTpl({ displayName: 'JSON HTTP request' }, [])}\n___TEMPLATE_PARAMETERS___\n\n${JSON.stringify(params)}\n`)).spec).toBeUndefined();
  });

  it("other vendor templates: a UET-style event action, category and label, as the built-in baut tag names them", () => {
    const uet = { templateId: '4', name: 'Microsoft Advertising UET', templateData: tpl({ displayName: 'Microsoft Advertising UET' }, [perm('inject_script', [urls(['https://bat.bing.com/bat.js'])])]) };
    const r = analyze({
      customTemplate: [uet],
      tag: [
        tag('refill', 'cvt_1_4', [T('eventAction', 'Sildenafil Refill'), T('eventCategory', 'Erectile Dysfunction'), T('eventLabel', 'checkout')]),
        tag('current', 'cvt_1_4', [T('customEventAction', 'Finasteride Refill')]),
      ],
    });
    expect(r.messages.filter((m) => m.ruleId !== 'no-tracking-pixel' && m.ruleId !== 'require-consent-settings').map((m) => [m.gtm.name, m.ruleId, (m.evidence as { text: string }).text])).toEqual([
      ['refill', 'no-health-event-names', 'Sildenafil Refill'],
      ['refill', 'no-health-event-properties', 'Erectile Dysfunction'],
      ['current', 'no-health-event-names', 'Finasteride Refill'],
    ]);
  });

  // A warning, which `--max-warnings 0` counts: the tag could send anything (blind tester, session 50).
  it('warns of a template missing from the export, not fatal', () => {
    const r = analyze({ tag: [tag('ghost', 'cvt_1_404', [])] });
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.gtm.name])).toEqual([[null, 1, 'ghost']]);
    expect(r.messages[0]!.message).toMatch(/^Tag "ghost" uses template type cvt_1_404, which is not in this export; it was not analysed\. Export the container with its templates, or check this tag by hand\.$/u);
    expect(r.notices).toEqual([]);
  });

  it('a Custom Image pixel: vendor by URL, identifiers and event name in the query', () => {
    const r = analyze({ tag: [tag('img', 'img', [T('url', 'https://www.facebook.com/tr?id=1&ev=Psychiatry%20Consult&ud[em]={{DLV - email}}')])] });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-tracking-pixel', 'no-health-event-names', 'no-advanced-matching']);
  });
});

void NEEDED;

describe('templates that cannot be read', () => {
  it('say which sections are not valid JSON, once per template', () => {
    const broken = { templateId: '5', name: 'Broken', templateData: '___INFO___\n\n{"displayName": "Broken",\n\n___WEB_PERMISSIONS___\n\n[]\n' };
    const r = analyze({ customTemplate: [broken], tag: [tag('a', 'cvt_5', []), tag('b', 'cvt_5', [])] });
    expect(r.notices.map((n) => n.message)).toEqual([
      'Template "Broken" has sections that could not be read, not valid JSON or not in the shape GTM exports (___INFO___); tags using it were read from what remains, and their vendor is unknown. Check them by hand.',
    ]);
    expect(readTemplate(template(tpl({ displayName: 'Fine' }, []))).unreadable).toEqual([]);
  });

  it('read valid JSON of another shape as unreadable, without failing the tag', () => {
    const snap = { owner: 'snapchat', repository: 'snapchat-google-tag-manager' };
    const shapes: unknown[] = [[null], { instance: 5 }, [{ instance: null }], [{ instance: { key: null } }], 'x'];
    for (const permissions of shapes) {
      const info = readTemplate(template(`___INFO___\n\n{"displayName": "Snap Pixel"}\n\n___WEB_PERMISSIONS___\n\n${JSON.stringify(permissions)}\n`, snap));
      expect(info.unreadable, JSON.stringify(permissions)).toEqual(['WEB_PERMISSIONS']);
      expect(info.vendor?.id).toBe('snap');
    }
    // Values of odd types inside a well-formed list are skipped, not fatal.
    const odd = [perm('inject_script', [{ key: 'urls', value: { listItem: 'https://sc-static.net/scevent.min.js' } }]), perm('access_globals', [{ key: 'keys', value: { listItem: [null, 5, { mapKey: null }] } }]), perm('send_pixel', null as never)];
    expect(readTemplate(template(tpl({ displayName: 'Odd' }, odd))).permissions).toMatchObject({ injectScript: [], globals: [] });

    const r = analyze({
      customTemplate: [{ templateId: '5', name: 'Snap Pixel (export)', templateData: '___INFO___\n\n{"displayName": "Snap Pixel"}\n\n___WEB_PERMISSIONS___\n\n[null]\n', galleryReference: snap }],
      tag: [tag('a', 'cvt_5', [])],
    });
    expect(r.messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect(r.notices.map((n) => n.message)).toEqual([
      'Template "Snap Pixel (export)" has sections that could not be read, not valid JSON or not in the shape GTM exports (___WEB_PERMISSIONS___); tags using it were read from what remains. Check them by hand.',
    ]);
    expect(r.tags[0]).toMatchObject({ vendors: ['snap'], incomplete: true });
  });

  it('say so when the template has no code, or when its parameters cannot be read', () => {
    const r = analyze({
      customTemplate: [
        { templateId: '5', name: 'Empty', templateData: '', galleryReference: { owner: 'snapchat', repository: 'snapchat-google-tag-manager' } },
        { templateId: '6', name: 'Reddit (broken)', templateData: `${tpl({ displayName: 'Reddit Pixel' }, [perm('inject_script', [urls(['https://www.redditstatic.com/ads/pixel.js'])])])}\n___TEMPLATE_PARAMETERS___\n\n[{"type": "SIMPLE_TABLE",\n` },
      ],
      tag: [tag('a', 'cvt_5', []), tag('b', 'cvt_6', [])],
    });
    expect(r.notices.map((n) => n.message)).toEqual([
      'Template "Empty" has no template code (templateData is empty); tags using it were read from what remains. Check them by hand.',
      'Template "Reddit (broken)" has sections that could not be read, not valid JSON or not in the shape GTM exports (___TEMPLATE_PARAMETERS___); tags using it were read from what remains. Check them by hand.',
    ]);
  });
});
