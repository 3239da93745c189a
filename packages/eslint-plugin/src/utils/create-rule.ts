import { ruleDocsUrl, type RuleId } from '@phiguard/core';
// The subpath, not the package root: the root also loads typescript-eslint's scope manager and
// ESLint's own classes, which a JavaScript-only project never needs (about 0.1 s per ESLint run).
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

/** Plugin-specific `meta.docs`: which shipped configs enable the rule, and at what severity. */
export interface PhiguardDocs {
  /** Severity in `recommended`; rules without it are only in `strict` and `all`. */
  recommended?: 'error' | 'warn';
  /** Rule options that `strict` sets (e.g. health-site mode). */
  strictOptions?: Record<string, unknown>;
}

export const createRule = RuleCreator<PhiguardDocs>((name) => ruleDocsUrl(name as RuleId));
