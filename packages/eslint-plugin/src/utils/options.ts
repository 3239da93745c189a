import { VENDOR_IDS, type PhiguardOptions } from '@phiguard/core';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** Option schemas shared by the rules; the GTM analyzer's config file takes the same names. */
export const allowVendorsSchema: JSONSchema4 = {
  type: 'array',
  description: 'Vendor ids not to report, e.g. a vendor you have a signed BAA with.',
  items: { type: 'string', enum: [...VENDOR_IDS] },
  uniqueItems: true,
};

export const healthSchemas: Record<string, JSONSchema4> = {
  extraTerms: {
    type: 'array',
    description: 'Health terms to add to the lexicon, such as your own service names.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['term', 'category'],
      properties: {
        term: { type: 'string', minLength: 1, description: 'The term, lower case (abbreviations in their case).' },
        category: {
          type: 'string',
          description: 'Lexicon category of the term.',
          enum: [
            'mental_health', 'substance_use', 'reproductive', 'sexual_health', 'hiv_sti', 'gender_affirming', 'genetic',
            'condition', 'medication', 'procedure', 'specialty', 'diagnostic', 'measurement', 'care_context',
          ],
        },
        tier: { type: 'integer', enum: [1, 2, 3], description: 'Sensitivity tier (1 = most sensitive).' },
        match: { type: 'string', enum: ['phrase', 'token', 'substr', 'abbr', 'abbr_cs'], description: 'How the term is matched.' },
      },
    },
  },
  allowTerms: {
    type: 'array',
    description: 'Health terms never to report, e.g. `dental` for a toothpaste retailer.',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
  },
  minTier: {
    type: 'integer',
    enum: [1, 2, 3],
    description: 'Least sensitive tier reported: 1 = tier-1 only, 2 = tiers 1–2, 3 = all.',
  },
  healthContext: {
    type: 'boolean',
    description: 'Health-site mode: weak care words such as `appointment` or `patient` count on their own.',
  },
};

/**
 * `meta.defaultOptions` of every rule: empty on purpose. ESLint merges the defaults into the
 * options a rule receives, so a default there could not be told from an option the user set, and
 * would override `settings.phiguard`. The defaults are core's (`resolveSettings`), listed in each
 * rule's doc.
 */
export const DEFAULT_OPTIONS: [Record<never, never>] = [{}];

/** `settings.phiguard` in the ESLint config applies to every rule; rule options override it. */
export function mergeOptions(settings: unknown, options: PhiguardOptions | undefined): PhiguardOptions {
  const shared = (settings as { phiguard?: PhiguardOptions } | undefined)?.phiguard ?? {};
  return { ...shared, ...options };
}
