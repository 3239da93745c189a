import type { SharedRuleId } from './findings.js';

/**
 * Message templates, one table for both front-ends so the same snippet reads the same in the
 * editor and in a GTM report. Placeholders use ESLint's `{{name}}` syntax.
 */
const analysisFailed =
  'The phiguard analysis of this file failed ({{reason}}); its findings may be incomplete. Please report this with the file.';
/** ESLint's HTML parser: a page's script that Babel could not fully read (GTM reports it on the tag). */
const unreadableScript =
  'A script of this HTML page could not be fully read ({{reason}}). phiguard reports what error recovery found; check the rest of this script by hand.';

export const MESSAGES = {
  'no-tracking-pixel': {
    baseCode:
      '{{vendor}} pixel base code: {{fingerprint}}. Every page that loads it sends the page URL and events to {{vendor}}; on a health site that is health data.',
    loaderUrl:
      '{{vendor}} loader or beacon URL: {{fingerprint}}. The pixel sends the page URL and events to {{vendor}}; on a health site that is health data.',
    serverEndpoint:
      '{{vendor}} server-side events endpoint: {{fingerprint}}. Events your server sends there reach {{vendor}}; on a health site they carry health data.',
    pixelInit:
      '{{vendor}} pixel initialised with {{fingerprint}}. It sends the page URL and events to {{vendor}}; on a health site that is health data.',
    wrapperPackage:
      '{{vendor}} pixel wrapper package "{{packageName}}". It loads the pixel, which sends the page URL and events to {{vendor}}; on a health site that is health data.',
    analysisFailed,
    unreadableScript,
  },
  'no-advanced-matching': {
    identify:
      '{{vendor}} advanced matching sends {{fields}} through {{call}}{{hashNote}}. Identifiers tie health-site activity to a person; hashing does not prevent matching.',
    identityInParams:
      '{{vendor}} event parameters send {{fields}} through {{call}}{{hashNote}}. Identifiers tie health-site activity to a person; hashing does not prevent matching.',
    analysisFailed,
    unreadableScript,
  },
  'no-health-event-names': {
    healthEventName:
      '{{vendor}} event name "{{text}}" reveals health information: "{{term}}" ({{category}}, tier {{tier}}){{also}}.',
    analysisFailed,
    unreadableScript,
  },
  'no-health-event-properties': {
    healthProperty:
      '{{vendor}} event parameter "{{key}}" sends "{{text}}", which reveals health information: "{{term}}" ({{category}}, tier {{tier}}){{also}}.',
    healthAnswer:
      '{{vendor}} event parameter "{{key}}" sends {{answer}}: the visitor\'s answer about "{{term}}" ({{category}}, tier {{tier}}), which is health information.',
    healthField: '{{vendor}} event parameter "{{key}}" sends {{answer}}: the visitor\'s {{field}} ({{category}}, tier {{tier}}), which is health information.',
    analysisFailed,
    unreadableScript,
  },
  'no-health-page-triggers': {
    healthPageCode:
      '{{vendor}} tracking runs on health pages: the code requires {{subject}} {{operator}} "{{value}}", which names "{{term}}" ({{category}}, tier {{tier}}). Every hit sends {{vendor}} the page URL, and with it who visited these pages.',
    healthPageCodeTable:
      '{{vendor}} tracking runs on health pages: the code requires {{subject}} {{operator}} "{{value}}", and that variable maps "{{key}}" to it, which names "{{term}}" ({{category}}, tier {{tier}}). Every hit sends {{vendor}} the page URL, and with it who visited these pages.',
    healthValueCode:
      '{{vendor}} tracking runs only for health-related visits: the code requires {{subject}} {{operator}} "{{value}}", which names "{{term}}" ({{category}}, tier {{tier}}). Every hit tells {{vendor}} who these visitors are, whatever it sends.',
    healthPageRoute:
      '{{vendor}} tracking runs on {{pages}}: this file is {{file}} {{route}}, which names "{{term}}" ({{category}}, tier {{tier}}). Every hit sends {{vendor}} the page URL, and with it who visited {{visited}}.',
    healthPageRouteServer:
      '{{vendor}} tracking runs on {{pages}}: this file is {{file}} {{route}}, which names "{{term}}" ({{category}}, tier {{tier}}). Its server code sends {{vendor}} an event each time it runs for {{visited}}, and with it who used {{visited}}.',
    analysisFailed,
    unreadableScript,
  },
} as const satisfies Record<SharedRuleId, Record<string, string>>;

export type MessageId<R extends SharedRuleId> = keyof (typeof MESSAGES)[R] & string;

/** Fills `{{name}}` placeholders the way ESLint does. */
export function formatMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/gu, (whole, name: string) =>
    Object.hasOwn(data, name) ? data[name]! : whole,
  );
}
