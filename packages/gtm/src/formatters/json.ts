import type { GtmResult } from '../report.js';
import type { Formatter } from './index.js';

/**
 * ESLint's result shape (`filePath`, `messages` with `ruleId`/`severity`/`line`/`column`…, counts)
 * so existing tooling reads it; each message adds `gtm: { kind, id, name }` and phiguard's evidence,
 * and each result adds `gtm` with the container summary and notices.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r: GtmResult) => ({
      filePath: r.filePath,
      messages: r.messages,
      suppressedMessages: r.suppressedMessages,
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      usedDeprecatedRules: [],
      gtm: { container: r.container, notices: r.notices, tags: r.tags },
    })),
  );
