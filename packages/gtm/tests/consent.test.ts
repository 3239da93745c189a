import { describe, expect, it } from 'vitest';
import { analyze, T, tag } from './helpers.js';

const base = "<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){};if(!f._fbq)f._fbq=n;t=b.createElement(e);t.src=v;}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','123');</script>";
const consent = (r: ReturnType<typeof analyze>) => r.messages.filter((m) => m.ruleId === 'require-consent-settings').map((m) => `${m.gtm.name}: ${m.messageId} ${m.severity}`);

describe('require-consent-settings', () => {
  it('flags missing, NOT_SET and NOT_NEEDED on ad tags', () => {
    const r = analyze({
      tag: [
        tag('missing', 'html', [T('html', base)], { consentSettings: undefined }),
        tag('not set', 'html', [T('html', base)], { consentSettings: { consentStatus: 'NOT_SET' } }),
        tag('not needed', 'html', [T('html', base)], { consentSettings: { consentStatus: 'notNeeded' } }),
        tag('needed', 'html', [T('html', base)]),
        tag('needed, analytics only', 'html', [T('html', base)], { consentSettings: { consentStatus: 'NEEDED', consentType: { type: 'LIST', list: [{ type: 'TEMPLATE', value: 'analytics_storage' }] } } }),
        tag('hand-edited', 'html', [T('html', base)], { consentSettings: { consentStatus: 'GRANTED', consentType: ['ad_storage'] } }),
      ],
    });
    expect(consent(r)).toEqual([
      'missing: missing 2',
      'not set: notSet 2',
      'not needed: notNeeded 2',
      'needed, analytics only: missingAdStorage 1',
      'hand-edited: invalid 2',
    ]);
    expect(r.messages.find((m) => m.messageId === 'invalid')!.message).toContain('consentType is a plain array');
  });

  it('still knows a tag whose script left a block open at its end for an ad tag (blind tester, session 48)', () => {
    const r = analyze({ tag: [tag('open if', 'html', [T('html', "<script>\nif (window.ok) {\n  fbq('trackCustom', 'Paid: Weekly Therapy');\n</script>")], { consentSettings: { consentStatus: 'NOT_SET' } })] });
    expect(r.messages.map((m) => `${m.ruleId} ${m.severity}`).sort()).toEqual(['no-health-event-names 2', 'null 1', 'require-consent-settings 2']);
  });

  it('reads both casings GTM writes, and reports any other as settings GTM does not write (adversarial probe c06, session 38)', () => {
    const status = (consentStatus: string) => ({ consentSettings: { consentStatus, consentType: { type: 'LIST', list: [{ type: 'TEMPLATE', value: 'ad_storage' }] } } });
    const r = analyze({ tag: [tag('upper', 'html', [T('html', base)], status('NEEDED')), tag('camel', 'html', [T('html', base)], status('needed')), tag('mixed', 'html', [T('html', base)], status('Needed'))] });
    expect(consent(r)).toEqual(['mixed: invalid 2']);
    expect(r.messages.find((m) => m.messageId === 'invalid')!.message).toContain('consentStatus "Needed" is in neither casing GTM writes (NEEDED or needed)');
  });

  it("accepts NOT_NEEDED on tags with Google's built-in consent checks, and warns on NOT_SET", () => {
    const r = analyze({ tag: [tag('ads nn', 'awct', [], { consentSettings: { consentStatus: 'NOT_NEEDED' } }), tag('ads ns', 'awct', [], { consentSettings: { consentStatus: 'NOT_SET' } }), tag('ads none', 'awct', [], { consentSettings: undefined })] });
    expect(consent(r)).toEqual(['ads ns: builtInOnly 1', 'ads none: builtInOnly 1']);
    const says = (name: string) => r.messages.find((m) => m.gtm.name === name && m.ruleId === 'require-consent-settings')!.message;
    expect(says('ads ns')).toContain('tag "ads ns" has consent settings "Not set" and relies on');
    expect(says('ads none')).toContain('tag "ads none" has no consent settings and relies on');
  });

  it("does not count Google's built-in checks for another vendor's call the tag's code makes (fbq in an event_callback; GTM blind tester, session 51)", () => {
    const row = { type: 'MAP', map: [T('parameter', 'event_callback'), T('parameterValue', '{{JS - cb}}')] };
    const r = analyze({
      variable: [{ variableId: '1', name: 'JS - cb', type: 'jsm', parameter: [T('javascript', "function(){ return function(){ fbq('trackCustom', 'Newsletter'); }; }")] }],
      tag: [tag('ga4 callback', 'gaawe', [T('eventName', 'click'), { type: 'LIST', key: 'eventSettingsTable', list: [row] }], { consentSettings: undefined })],
    });
    expect(consent(r)).toEqual(['ga4 callback: missing 2']);
    // A Google Ads tag so made names only the vendor its settings leave unchecked (GTM blind tester, session 51).
    const ads = analyze({
      variable: [{ variableId: '1', name: 'JS - cb', type: 'jsm', parameter: [T('javascript', "function(){ fbq('trackCustom', 'Newsletter'); return 'x'; }")] }],
      tag: [tag('ads', 'awct', [T('conversionId', '123'), { type: 'LIST', key: 'customParams', list: [{ type: 'MAP', map: [T('key', 'k'), T('value', '{{JS - cb}}')] }] }], { consentSettings: { consentStatus: 'NOT_NEEDED' } })],
    });
    expect(ads.messages.filter((m) => m.ruleId === 'require-consent-settings').map((m) => m.message)).toEqual([expect.stringMatching(/^Meta tag "ads" is marked "No additional consent required"/u)]);
  });

  it('notes consent settings GTM does not write on a tag no rule checks (a hand-edited export)', () => {
    const r = analyze({ tag: [tag('ga4', 'gaawe', [T('eventName', 'x')], { consentSettings: { consentStatus: 'GRANTED', consentType: ['analytics_storage'] } }), tag('ga4 ok', 'gaawe', [T('eventName', 'y')])] });
    expect(consent(r)).toEqual([]);
    expect(r.notices.map((n) => n.message)).toEqual([
      'Tag "ga4" has consentSettings GTM does not write (consentStatus "GRANTED" is not one of NOT_SET, NOT_NEEDED, NEEDED; consentType is a plain array; GTM expects a LIST parameter ({"type":"LIST","list":[{"type":"TEMPLATE","value":"ad_storage"}]})); GTM may ignore them.',
    ]);
  });

  it('does not apply to analytics tags or server containers', () => {
    expect(consent(analyze({ tag: [tag('ga4', 'gaawe', [T('eventName', 'x')], { consentSettings: { consentStatus: 'NOT_SET' } })] }))).toEqual([]);
    expect(consent(analyze({ usageContext: ['SERVER'], tag: [tag('srv', 'sgtmadsct', [], { consentSettings: { consentStatus: 'NOT_SET' } })] }))).toEqual([]);
  });

  it('names every ad vendor a Custom HTML tag loads, and only those not allowed', () => {
    const tiktok = "<script>!function(w,d,t){w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.load=function(e){};ttq.load('C123');ttq.page();}(window,document,'ttq');</script>";
    const parts = { tag: [tag('both', 'html', [T('html', base + tiktok)], { consentSettings: { consentStatus: 'NOT_NEEDED' } })] };
    const message = (r: ReturnType<typeof analyze>) => r.messages.find((m) => m.ruleId === 'require-consent-settings');
    const both = message(analyze(parts))!;
    expect(both.message).toBe('Meta and TikTok tag "both" is marked "No additional consent required", so GTM fires it before the visitor agrees to ad tracking. Set Consent Settings to "Require additional consent for tag to fire" with ad_storage.');
    // The finding's own vendor stays one id (SARIF, json), the first the tag loads.
    expect(both.gtm.vendor).toBe('meta');
    const tiktokOnly = message(analyze(parts, { config: { allowVendors: ['meta'] } }))!;
    expect(tiktokOnly.message).toBe(both.message.replace('Meta and TikTok tag', 'TikTok tag'));
    expect(tiktokOnly.gtm.vendor).toBe('tiktok');
  });

  it('honours allowVendors and rule severities', () => {
    const parts = { tag: [tag('m', 'html', [T('html', base)], { consentSettings: { consentStatus: 'NOT_SET' } })] };
    expect(analyze(parts, { config: { allowVendors: ['meta'] } }).messages).toEqual([]);
    const warn = analyze(parts, { config: { rules: { 'require-consent-settings': 'warn', 'no-tracking-pixel': 'off' } } });
    expect(warn.messages.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['require-consent-settings 1']);
  });
});
