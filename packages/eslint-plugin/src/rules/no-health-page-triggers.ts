import { MESSAGES, type PhiguardOptions } from '@phiguard/core';
import { createRule } from '../utils/create-rule.js';
import { findingsVisitor } from '../utils/facts.js';
import { allowVendorsSchema, healthSchemas, DEFAULT_OPTIONS } from '../utils/options.js';

export type Options = [PhiguardOptions];
export type MessageIds = keyof (typeof MESSAGES)['no-health-page-triggers'];

export default createRule<Options, MessageIds>({
  name: 'no-health-page-triggers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow ad tracking that runs only on health pages or for health-related visits',
      recommended: 'error',
      strictOptions: { healthContext: true },
    },
    messages: MESSAGES['no-health-page-triggers'],
    schema: [{ type: 'object', additionalProperties: false, properties: { allowVendors: allowVendorsSchema, ...healthSchemas } }],
    defaultOptions: DEFAULT_OPTIONS,
  },
  create(context, [options]) {
    return findingsVisitor(context, 'no-health-page-triggers', options);
  },
});
