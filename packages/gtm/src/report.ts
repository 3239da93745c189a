import type { Evidence, RuleId, VendorId } from '@phiguard/core';
import type { EntityKind } from './model/types.js';

/** The container entity a message is about. */
export interface GtmRef {
  kind: EntityKind;
  id: string;
  name: string;
  /** Vendor of the tag, when known. */
  vendor?: VendorId;
}

export interface Suppression {
  kind: 'directive' | 'external';
  justification: string;
}

/** ESLint's `LintMessage`, plus `gtm` (which tag, trigger or variable) and phiguard's evidence. */
export interface GtmMessage {
  /** `null` for problems that are not rule findings (a tag that could not be fully read). */
  ruleId: RuleId | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  gtm: GtmRef;
  /** JSON path of the field the message points at (`containerVersion.tag[3].parameter[0].value`). */
  jsonPath?: string;
  evidence?: Evidence;
  /** How a value reached the field: `{{LT - Event}} (lookup table: therapy_weekly → Paid: Weekly Therapy)`. */
  via?: string;
  confidence?: 'high' | 'medium';
  /** The tag is paused: reported one level lower. */
  paused?: boolean;
  /** The tag's schedule ended on this day (UTC, `2020-01-01`): reported one level lower, as a paused tag is. */
  scheduleEnded?: string;
  suppressions?: Suppression[];
  /** Other tags the same finding holds for (they read the same field: a shared settings variable), reported once. */
  sharedWith?: GtmRef[];
}

/** Something worth knowing that is not a problem (dangling `{{references}}`, unknown templates). */
export interface GtmNotice {
  message: string;
  line?: number;
  column?: number;
  gtm?: GtmRef;
}

export interface GtmTagSummary {
  id: string;
  name: string;
  type: string;
  vendors: VendorId[];
  /** Names of the triggers that fire the tag; a trigger group with its members (`Group (trigger group: A, B)`). */
  triggers: string[];
  blockingTriggers: string[];
  paused: boolean;
  /** The day its schedule ended (UTC), when it has: GTM no longer fires it. */
  scheduleEnded?: string;
  /** The tag could not be fully read (its template is not in the export, its code does not parse): its findings may be incomplete. */
  incomplete?: true;
}

export interface GtmContainerSummary {
  publicId?: string;
  name?: string;
  usageContext: string[];
  counts: { tags: number; triggers: number; variables: number; templates: number; clients: number };
}

/** ESLint's `LintResult` shape, plus the container summary. */
export interface GtmResult {
  filePath: string;
  messages: GtmMessage[];
  suppressedMessages: GtmMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  notices: GtmNotice[];
  container: GtmContainerSummary;
  tags: GtmTagSummary[];
}
