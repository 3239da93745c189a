import { describe, expect, it } from 'vitest';
import { regexAlternatives, patternText } from '../src/triggers.js';
import { analyze, table, T, tag } from './helpers.js';

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
      'Snap tag "Snap" fires on health pages: trigger "PV - psychiatry" requires {{Page Path}} contains "/providers/psychiatry", which names "psychiatry" (mental health, tier 1). Snap receives the page URL with every hit, so it learns who visited these pages.',
    );
    expect(m!.gtm).toMatchObject({ kind: 'tag', name: 'Snap', vendor: 'snap' });
    expect(m!.jsonPath).toBe('containerVersion.trigger[0].filter[0].parameter[1].value');
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

  it('expands trigger groups', () => {
    const r = analyze({
      trigger: [
        pageTrigger('1', 'psych', [cond('CONTAINS', '{{Page Path}}', '/psychiatry')]),
        { triggerId: '2', name: 'group', type: 'TRIGGER_GROUP', parameter: [{ type: 'LIST', key: 'triggerIds', list: [{ type: 'TRIGGER_REFERENCE', value: '1' }] }] },
      ],
      tag: [tag('A', 'html', [T('html', snapHtml)], { firingTriggerId: ['2'] })],
    });
    expect(healthPages(r)).toHaveLength(1);
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
