import type { GtmMessage, GtmResult } from '../report.js';
import { RULES } from '../rules.js';
import type { Formatter } from './index.js';
import { headline } from './text.js';

/**
 * Tools that read ESLint's JSON show `message` alone: it names the tag, as in the github and SARIF
 * formats, and `docsUrl` links the rule's page (SARIF's `helpUri`).
 */
const standalone = (messages: readonly GtmMessage[]) =>
  messages.map((m) => (m.fatal ? m : { ...m, message: headline(m), ...(m.ruleId ? { docsUrl: RULES[m.ruleId].url } : {}) }));

/**
 * ESLint's result shape (`filePath`, `messages` with `ruleId`/`severity`/`line`/`column`…, counts)
 * so existing tooling reads it; each message names its tag and adds `gtm: { kind, id, name }`, phiguard's evidence and `docsUrl`,
 * and each result adds `gtm` with the container summary and notices.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r: GtmResult) => ({
      filePath: r.filePath,
      messages: standalone(r.messages),
      suppressedMessages: standalone(r.suppressedMessages),
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      usedDeprecatedRules: [],
      gtm: { container: r.container, notices: r.notices, tags: r.tags },
    })),
  );
