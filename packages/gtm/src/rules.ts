import { ruleDocsUrl, type GtmRuleId, type RuleId } from '@phiguard/core';

/**
 * Messages of the GTM-only rules, and of what only a container has for a shared rule: a trigger's
 * page conditions (the shared rules' messages for code are core's `MESSAGES`).
 */
export const GTM_MESSAGES = {
  'no-health-page-triggers': {
    healthPage:
      '{{vendor}} tag "{{tag}}" fires on health pages{{sequence}}: trigger "{{trigger}}" requires {{variable}} {{operator}} "{{value}}", which names "{{term}}" ({{category}}, tier {{tier}}){{also}}. Every hit sends {{vendor}} the page URL, and with it who visited these pages.',
    healthPageViaCode:
      '{{vendor}} tag "{{tag}}" fires on health pages{{sequence}}: trigger "{{trigger}}" requires {{variable}} {{operator}} "{{value}}", which its code returns when {{subject}} {{test}} "{{key}}", which names "{{term}}" ({{category}}, tier {{tier}}). Every hit sends {{vendor}} the page URL, and with it who visited these pages.',
    healthPageViaLookup:
      '{{vendor}} tag "{{tag}}" fires on health pages{{sequence}}: trigger "{{trigger}}" requires {{variable}} {{operator}} "{{value}}", and that variable maps "{{key}}"{{through}} to it, which names "{{term}}" ({{category}}, tier {{tier}}). Every hit sends {{vendor}} the page URL, and with it who visited these pages.',
    healthAction:
      '{{vendor}} tag "{{tag}}" fires only for health-related visits{{sequence}}: trigger "{{trigger}}" requires {{variable}} {{operator}} "{{value}}", which names "{{term}}" ({{category}}, tier {{tier}}){{also}}. Every hit tells {{vendor}} who these visitors are, whatever the tag sends.',
    healthActionViaLookup:
      '{{vendor}} tag "{{tag}}" fires only for health-related visits{{sequence}}: trigger "{{trigger}}" requires {{variable}} {{operator}} "{{value}}", and that variable maps "{{key}}"{{through}} to it, which names "{{term}}" ({{category}}, tier {{tier}}). Every hit tells {{vendor}} who these visitors are, whatever the tag sends.',
    healthEvent:
      '{{vendor}} tag "{{tag}}" fires on a health event{{sequence}}: trigger "{{trigger}}" requires {{variable}} {{operator}} "{{value}}", which names "{{term}}" ({{category}}, tier {{tier}}){{also}}. Every hit tells {{vendor}} who did it, even where the tag does not send the event\'s name.',
  },
  'require-consent-settings': {
    missing:
      '{{vendor}} tag "{{tag}}" has no consent settings, so GTM fires it before the visitor agrees to ad tracking. Set Consent Settings to "Require additional consent for tag to fire" with ad_storage.',
    notSet:
      '{{vendor}} tag "{{tag}}" has consent settings "Not set", so GTM fires it before the visitor agrees to ad tracking. Set Consent Settings to "Require additional consent for tag to fire" with ad_storage.',
    notNeeded:
      '{{vendor}} tag "{{tag}}" is marked "No additional consent required", so GTM fires it before the visitor agrees to ad tracking. Set Consent Settings to "Require additional consent for tag to fire" with ad_storage.',
    builtInOnly:
      '{{vendor}} tag "{{tag}}" {{status}} and relies on {{check}}, which holds data back only when the site sets a consent default before the tag fires. Require ad_storage consent explicitly.',
    missingAdStorage:
      '{{vendor}} tag "{{tag}}" requires consent for {{types}} but not ad_storage, so it can fire for visitors who refused ad tracking.',
    noConsentTypes:
      '{{vendor}} tag "{{tag}}" requires additional consent but lists no consent type, so GTM checks nothing before it fires. Add ad_storage.',
    invalid: '{{vendor}} tag "{{tag}}" has invalid consent settings: {{problem}}. GTM may ignore them and fire the tag without consent.',
  },
} as const satisfies Record<GtmRuleId | 'no-health-page-triggers', Record<string, string>>;

export type Level = 'off' | 'warn' | 'error';

export interface RuleMeta {
  id: RuleId;
  description: string;
  url: string;
}

export const RULES: Readonly<Record<RuleId, RuleMeta>> = {
  'no-tracking-pixel': {
    id: 'no-tracking-pixel',
    description: 'Disallow ad-platform pixels (base code, loader URLs, templates and built-in ad tags)',
    url: ruleDocsUrl('no-tracking-pixel'),
  },
  'no-advanced-matching': {
    id: 'no-advanced-matching',
    description: 'Disallow sending identifiers (email, phone, external id) to ad and analytics platforms',
    url: ruleDocsUrl('no-advanced-matching'),
  },
  'no-health-event-names': {
    id: 'no-health-event-names',
    description: 'Disallow health-specific event names sent to trackers',
    url: ruleDocsUrl('no-health-event-names'),
  },
  'no-health-event-properties': {
    id: 'no-health-event-properties',
    description: 'Disallow health content in event parameters sent to trackers',
    url: ruleDocsUrl('no-health-event-properties'),
  },
  'no-health-page-triggers': {
    id: 'no-health-page-triggers',
    description: 'Disallow ad tags whose triggers fire on health pages or for health-related visits',
    url: ruleDocsUrl('no-health-page-triggers'),
  },
  'require-consent-settings': {
    id: 'require-consent-settings',
    description: 'Require consent settings on ad tags',
    url: ruleDocsUrl('require-consent-settings'),
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);

/** ESLint-style severity values: `off`/`warn`/`error`, 0/1/2, or `[level, …]`. */
export function parseLevel(value: unknown): Level | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === 0 || v === 'off' || v === '0') return 'off';
  if (v === 1 || v === 'warn' || v === '1') return 'warn';
  if (v === 2 || v === 'error' || v === '2') return 'error';
  return undefined;
}
