import { ruleDocsUrl, type RuleId } from '@phiguard/core';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

/** Plugin-specific `meta.docs`: which shipped configs enable the rule, and at what severity. */
export interface PhiguardDocs {
  /** Severity in `recommended`; rules without it are only in `strict` and `all`. */
  recommended?: 'error' | 'warn';
  /** Rule options that `strict` sets (e.g. health-site mode). */
  strictOptions?: Record<string, unknown>;
}

/**
 * typescript-eslint's `RuleCreator` with its docs URL, without its per-file option merge. ESLint
 * (from 9.15, the oldest we support) merges `meta.defaultOptions` into `context.options` itself;
 * `RuleCreator` did it again with a `structuredClone` each time a rule is created, that is for every
 * file and rule: 40–60 ms of the 130 ms phiguard took over the 874 files of the OpenMRS benchmark,
 * which hold no tracker.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: Readonly<RuleWithMetaAndName<Options, MessageIds, PhiguardDocs>>): RuleModule<MessageIds, Options, PhiguardDocs> & { name: string } {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name as RuleId) } },
    create: (context) => create(context, context.options),
  };
}
