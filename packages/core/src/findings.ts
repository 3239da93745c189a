import type { HealthCategory, Tier } from './health/types.js';
import type { TextTest } from './text/address.js';
import type { VendorId } from './vendors/types.js';

/** Rule ids shared by the ESLint plugin and the GTM analyzer. */
export type SharedRuleId =
  | 'no-tracking-pixel'
  | 'no-advanced-matching'
  | 'no-health-event-names'
  | 'no-health-event-properties'
  | 'no-health-page-triggers';
export type GtmRuleId = 'require-consent-settings';
export type RuleId = SharedRuleId | GtmRuleId;

export const SHARED_RULE_IDS: readonly SharedRuleId[] = [
  'no-advanced-matching',
  'no-health-event-names',
  'no-health-event-properties',
  'no-health-page-triggers',
  'no-tracking-pixel',
];

/** Where rule documentation lives; both front-ends link to it. */
export const DOCS_BASE_URL = 'https://github.com/phiguard/phiguard/blob/main/docs/rules/';
export const ruleDocsUrl = (ruleId: RuleId): string => `${DOCS_BASE_URL}${ruleId}.md`;

/** Why a finding fired: enough for a reader to check it without rerunning the tool. */
export type Evidence =
  | { kind: 'fingerprint'; fingerprint: string; detail: string }
  | { kind: 'package'; packageName: string }
  | { kind: 'identity'; fields: string[]; hashed: 'yes' | 'no' | 'unknown' }
  | { kind: 'health'; text: string; term: string; category: HealthCategory; tier: Tier };

export interface Finding {
  ruleId: SharedRuleId;
  messageId: string;
  /** Placeholder values for the message template in `MESSAGES[ruleId][messageId]`. */
  data: Record<string, string>;
  /** The message with placeholders filled in. */
  message: string;
  /** Offsets into the analyzed text (for embedded code: the outer text). */
  range: [number, number];
  vendor: VendorId;
  evidence: Evidence;
  /** Lower-confidence findings (heuristics) that configs report as warnings. */
  confidence: 'high' | 'medium';
  /**
   * For a page test in code (`no-health-page-triggers`): the address as the code reads it, and the
   * health-naming texts it is compared with, so GTM can tell whether a tag's blocking trigger already
   * keeps the tag off those pages. Also for a test of another value of the visit (`{{DLV - service}}`).
   */
  page?: { subject: string; operator: TextTest; values: readonly string[]; pattern: boolean };
}
