/** Lexicon categories; tier 1 = special-category data under state health-privacy laws. */
export type HealthCategory =
  | 'mental_health'
  | 'substance_use'
  | 'reproductive'
  | 'sexual_health'
  | 'hiv_sti'
  | 'gender_affirming'
  | 'genetic'
  | 'condition'
  | 'medication'
  | 'procedure'
  | 'specialty'
  | 'diagnostic'
  | 'measurement'
  | 'care_context';

export type Tier = 1 | 2 | 3;

export type MatchType = 'phrase' | 'token' | 'substr' | 'abbr' | 'abbr_cs' | 'ctx' | 'weak' | 'suffix';

export interface HealthMatch {
  /** The lexicon entry that fired, as written in the lexicon (e.g. `therapy`, `IVF`). */
  term: string;
  /** The exact slice of the input that matched. */
  text: string;
  category: HealthCategory;
  tier: Tier;
  /** What the term names: condition, procedure, medication, specialty, care_setting, diagnostic, measurement. */
  facet: string;
  match: MatchType;
  lang: string;
  /** Offsets into the input string. */
  start: number;
  end: number;
  /** A weak word (`treatment`) counts only beside a second one: that word, as written in the input (`Appointment`). */
  with?: string;
}

export interface ExtraTerm {
  term: string;
  category: HealthCategory;
  tier?: Tier;
  /** Defaults to `phrase` for multi-word terms, otherwise `token`. */
  match?: 'phrase' | 'token' | 'substr' | 'abbr' | 'abbr_cs';
}

export interface HealthOptions {
  /** Terms to add to the lexicon (e.g. a clinic's own service names). */
  extraTerms?: readonly ExtraTerm[];
  /** Terms never to report (e.g. `dental` for a toothpaste retailer). Matched against lexicon entries and matched text, case-insensitive. */
  allowTerms?: readonly string[];
  /** Least sensitive tier reported: 1 = tier-1 only, 2 = tiers 1–2, 3 = all (default). */
  minTier?: Tier;
  /** Health-site mode: weak care words (`appointment`, `patient`, `doctor`) count on their own. */
  healthContext?: boolean;
}

export interface HealthClassifier {
  /** Matches in `text`, most sensitive first; an empty array means "not health-specific". Never throws. */
  classify(text: string): readonly HealthMatch[];
  /** Whether a finding about `term` of `tier`, found without the lexicon, passes the options (`minTier`, `allowTerms`). */
  admits?(term: string, tier: Tier): boolean;
}
