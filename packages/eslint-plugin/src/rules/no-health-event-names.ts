import { MESSAGES, type PhiguardOptions } from '@phiguard/core';
import { createRule } from '../utils/create-rule.js';
import { findingsVisitor } from '../utils/facts.js';
import { allowVendorsSchema, healthSchemas, DEFAULT_OPTIONS } from '../utils/options.js';

export type Options = [PhiguardOptions];
export type MessageIds = keyof (typeof MESSAGES)['no-health-event-names'];

export default createRule<Options, MessageIds>({
  name: 'no-health-event-names',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow health-specific event names in calls to trackers',
      recommended: 'error',
      strictOptions: { healthContext: true },
    },
    messages: MESSAGES['no-health-event-names'],
    schema: [{ type: 'object', additionalProperties: false, properties: { allowVendors: allowVendorsSchema, ...healthSchemas } }],
    defaultOptions: DEFAULT_OPTIONS,
  },
  create(context, [options]) {
    return findingsVisitor(context, 'no-health-event-names', options);
  },
});
