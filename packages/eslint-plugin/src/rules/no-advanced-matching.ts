import { MESSAGES, type VendorId } from '@phiguard/core';
import { createRule } from '../utils/create-rule.js';
import { findingsVisitor } from '../utils/facts.js';
import { allowVendorsSchema, DEFAULT_OPTIONS } from '../utils/options.js';

export type Options = [{ allowVendors?: VendorId[] }];
export type MessageIds = keyof (typeof MESSAGES)['no-advanced-matching'];

export default createRule<Options, MessageIds>({
  name: 'no-advanced-matching',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending identifiers (email, phone, external id), hashed or not, to ad and analytics platforms',
      recommended: 'error',
    },
    messages: MESSAGES['no-advanced-matching'],
    schema: [{ type: 'object', additionalProperties: false, properties: { allowVendors: allowVendorsSchema } }],
    defaultOptions: DEFAULT_OPTIONS,
  },
  create(context, [options]) {
    return findingsVisitor(context, 'no-advanced-matching', options);
  },
});
