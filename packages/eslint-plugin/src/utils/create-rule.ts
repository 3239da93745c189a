import { ruleDocsUrl, type RuleId } from '@phiguard/core';
import { ESLintUtils } from '@typescript-eslint/utils';

/** Plugin-specific `meta.docs`: which shipped configs enable the rule, and at what severity. */
export interface PhiguardDocs {
  /** Severity in `recommended`; rules without it are only in `strict` and `all`. */
  recommended?: 'error' | 'warn';
  /** Rule options that `strict` sets (e.g. health-site mode). */
  strictOptions?: Record<string, unknown>;
}

export const createRule = ESLintUtils.RuleCreator<PhiguardDocs>((name) => ruleDocsUrl(name as RuleId));
