import { createClassifier } from './health/index.js';
import type { ExtraTerm, HealthClassifier, Tier } from './health/types.js';
import type { VendorId } from './vendors/types.js';

/** Options shared by the ESLint rules and `phiguard-gtm` (same names in both). */
export interface PhiguardOptions {
  /** Vendors you have a signed BAA with (or otherwise accept); their findings are not reported. */
  allowVendors?: readonly VendorId[];
  /** Health terms to add (a clinic's own service names). */
  extraTerms?: readonly ExtraTerm[];
  /** Health terms never to report. */
  allowTerms?: readonly string[];
  /** Least sensitive tier reported: 1 = tier-1 only, 2 = tiers 1–2, 3 = all (default). */
  minTier?: Tier;
  /** Health-site mode: weak care words (`appointment`, `patient`) count on their own. */
  healthContext?: boolean;
}

export interface Settings {
  readonly classifier: HealthClassifier;
  readonly allowVendors: ReadonlySet<VendorId>;
}

export function resolveSettings(options: PhiguardOptions = {}): Settings {
  return {
    classifier: createClassifier({
      extraTerms: options.extraTerms,
      allowTerms: options.allowTerms,
      minTier: options.minTier,
      healthContext: options.healthContext,
    }),
    allowVendors: new Set(options.allowVendors ?? []),
  };
}
