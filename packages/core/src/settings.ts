import { createClassifier, extraTermsProblem } from './health/index.js';
import type { ExtraTerm, HealthClassifier, Tier } from './health/types.js';
import { isVendorId, VENDOR_IDS } from './vendors/index.js';
import { trackerCallProblem } from './js/analyzer.js';
import { compileHelpers, helpersProblem, moduleKey, type Helpers, type TrackingHelper } from './js/helpers.js';
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
  /** Tracking helpers defined in other files, and the tracker call each makes. */
  trackingHelpers?: readonly TrackingHelper[];
}

/** The option names of `PhiguardOptions`. */
export const OPTION_NAMES: readonly string[] = ['allowVendors', 'extraTerms', 'allowTerms', 'minTier', 'healthContext', 'trackingHelpers'];

/**
 * What is wrong with the shared options of `value` (the other keys are the caller's), as a reason
 * naming the option (`allowTerms must be an array of strings`); undefined when they are valid.
 * `fromApplies: false` for a front-end whose code has no imports (GTM), where helpers are globals.
 */
export function optionsProblem(value: Record<string, unknown>, { fromApplies = true } = {}): string | undefined {
  const { allowVendors, allowTerms, extraTerms, minTier, healthContext, trackingHelpers } = value;
  if (allowVendors !== undefined) {
    if (!Array.isArray(allowVendors)) return 'allowVendors must be an array of vendor ids';
    const bad = (allowVendors as unknown[]).find((v) => typeof v !== 'string' || !isVendorId(v));
    if (bad !== undefined) return `allowVendors: unknown vendor ${JSON.stringify(bad)} (vendors: ${VENDOR_IDS.join(', ')})`;
  }
  if (allowTerms !== undefined && (!Array.isArray(allowTerms) || allowTerms.some((t) => typeof t !== 'string'))) return 'allowTerms must be an array of strings';
  const extraProblem = extraTerms === undefined ? undefined : extraTermsProblem(extraTerms);
  if (extraProblem) return extraProblem;
  if (minTier !== undefined && ![1, 2, 3].includes(minTier as number)) return 'minTier must be 1, 2 or 3';
  if (healthContext !== undefined && typeof healthContext !== 'boolean') return 'healthContext must be true or false';
  return trackingHelpers === undefined ? undefined : helpersProblem(trackingHelpers, trackerCallProblem, { fromApplies });
}

export interface Settings {
  readonly classifier: HealthClassifier;
  readonly allowVendors: ReadonlySet<VendorId>;
  /** Declared tracking helpers (`trackingHelpers`), compiled; imports compare as written. */
  readonly helpers?: Helpers;
}

const compiled = new WeakMap<readonly TrackingHelper[], Helpers>();

/**
 * `trackingHelpers` for code phiguard parses itself (GTM Custom HTML, `analyzeScript`), compiled once
 * per list. Such code is a page's classic script, where a site's helper is a global of the page
 * (`window.trackEvent`), so a declaration's `from`, which names the module ESLint sees it imported
 * from, does not restrict it there. (ESLint compiles its own, resolving `from` paths.)
 */
export function helpersOf(list: readonly TrackingHelper[] | undefined): Helpers | undefined {
  if (!list?.length) return undefined;
  let helpers = compiled.get(list);
  if (!helpers) compiled.set(list, (helpers = { list: compileHelpers(list.map(({ from: _, ...h }) => h), trackerCallProblem), moduleKey }));
  return helpers;
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
    helpers: helpersOf(options.trackingHelpers),
  };
}
