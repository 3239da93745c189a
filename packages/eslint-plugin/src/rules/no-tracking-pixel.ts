import { MESSAGES, type VendorId } from '@phiguard/core';
import { createRule } from '../utils/create-rule.js';
import { findingsVisitor } from '../utils/facts.js';
import { allowVendorsSchema, DEFAULT_OPTIONS } from '../utils/options.js';

export type Options = [{ allowVendors?: VendorId[] }];
export type MessageIds = keyof (typeof MESSAGES)['no-tracking-pixel'];

export default createRule<Options, MessageIds>({
  name: 'no-tracking-pixel',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow ad-platform pixels: base code, loader URLs, init calls and wrapper packages',
      recommended: 'error',
    },
    messages: MESSAGES['no-tracking-pixel'],
    schema: [{ type: 'object', additionalProperties: false, properties: { allowVendors: allowVendorsSchema } }],
    defaultOptions: DEFAULT_OPTIONS,
  },
  create(context, [options]) {
    return findingsVisitor(context, 'no-tracking-pixel', options);
  },
});
