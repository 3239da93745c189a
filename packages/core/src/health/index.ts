/**
 * Health-term classifier: is this event name, parameter value or URL health-specific?
 *
 *   const c = createClassifier({ minTier: 2 });
 *   c.classify('Paid: Weekly Therapy'); // [{ term: 'therapy', category: 'mental_health', tier: 1, … }]
 *
 * See docs/health-classifier.md for the design, the lexicon and the measured precision/recall.
 */
import type { HealthClassifier, HealthMatch, HealthOptions, Tier } from './types.js';
import { compileLexicon, defaultRows, extraRows, phraseKey, type CompiledLexicon } from './compile.js';
import { classifyWith, NAME_NOT_NON_HUMAN, type ResolvedOptions } from './classify.js';
import { LEXICON_COUNTS } from './lexicon.generated.js';
import { tokenize } from './tokenize.js';

export type * from './types.js';
export { healthField, healthFieldOfPath, type HealthField } from './fields.js';
export {
  tokenize as tokenizeHealthText,
  type Token as HealthToken,
  type Word as HealthWord,
  type Tokenized as HealthTokenized,
} from './tokenize.js';

/** Results are memoized per string; strings longer than this are not cached. */
const MEMO_MAX_LENGTH = 2048;
const MEMO_MAX_ENTRIES = 10_000;

let defaultLexicon: CompiledLexicon | null = null;
/** The default lexicon is compiled on first use, so importing this module stays cheap. */
function getDefaultLexicon(): CompiledLexicon {
  if (!defaultLexicon) defaultLexicon = compileLexicon(defaultRows());
  return defaultLexicon;
}

const EMPTY: readonly HealthMatch[] = Object.freeze([]);

function resolveTier(t: unknown): Tier {
  return t === 1 || t === 2 || t === 3 ? t : 3;
}

/** `compile` runs on the first `classify` call, so a lint run that never meets a tracker never pays for it. */
function makeClassifier(compile: () => CompiledLexicon, opts: ResolvedOptions): HealthClassifier {
  const memo = new Map<string, readonly HealthMatch[]>();
  let lex: CompiledLexicon | null = null;
  return {
    admits(term: string, tier: Tier): boolean {
      return tier <= opts.minTier && !opts.allow.has(term.toLowerCase());
    },
    classify(text: string): readonly HealthMatch[] {
      if (typeof text !== 'string' || text.length === 0) return EMPTY;
      const cacheable = text.length <= MEMO_MAX_LENGTH;
      if (cacheable) {
        const hit = memo.get(text);
        if (hit) return hit;
      }
      let result: readonly HealthMatch[];
      try {
        if (!lex) lex = compile();
        const found = classifyWith(lex, text, opts);
        // Results are shared through the memo: the array is frozen; matches are typed readonly.
        result = found.length ? Object.freeze(found) : EMPTY;
      } catch {
        // Never throw on input: a classifier bug must not crash a lint run.
        result = EMPTY;
      }
      if (cacheable) {
        if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
        memo.set(text, result);
      }
      return result;
    },
  };
}

/** Pure cache: classifiers are immutable, so equal options (canonical JSON) share one instance. */
const classifierCache = new Map<string, HealthClassifier>();

function canonicalOptions(options: HealthOptions): string {
  const extra = (options.extraTerms ?? [])
    .filter((x) => x && typeof x.term === 'string')
    .map((x) => [x.term, x.category, x.tier ?? null, x.match ?? null]);
  const allow = (options.allowTerms ?? []).filter((x) => typeof x === 'string').map((x) => x.toLowerCase()).sort();
  return JSON.stringify([extra, allow, resolveTier(options.minTier), options.healthContext === true]);
}

/** Creates a classifier. Cheap on repeated calls with equal options. */
export function createClassifier(options: HealthOptions = {}): HealthClassifier {
  const opts = options ?? {};
  const key = canonicalOptions(opts);
  const cached = classifierCache.get(key);
  if (cached) return cached;
  const extra = extraRows(opts.extraTerms ?? []);
  const compile = extra.length ? () => compileLexicon(defaultRows(), extra) : getDefaultLexicon;
  const allow = new Set<string>();
  const allowSeqs = new Map<string, string[][]>();
  for (const a of opts.allowTerms ?? []) {
    if (typeof a !== 'string' || !a.trim()) continue;
    allow.add(a.trim().toLowerCase());
    allow.add(phraseKey(a));
    const seq = tokenize(a).tokens.map((t) => t.norm);
    if (seq.length) allowSeqs.set(seq[0]!, [...(allowSeqs.get(seq[0]!) ?? []), seq]);
  }
  const classifier = makeClassifier(compile, { minTier: resolveTier(opts.minTier), healthContext: opts.healthContext === true, allow, allowSeqs });
  if (classifierCache.size >= 256) classifierCache.clear();
  classifierCache.set(key, classifier);
  return classifier;
}

/** A path (`/conditions/stroke`) or an absolute URL. */
const URL_LIKE = /^\s*(?:\/|[a-z][a-z0-9+.-]*:\/\/)/iu;

/**
 * A parameter name as context words: `cat` abbreviates category (`prod_cat`, Floodlight's `cat`) and
 * `tree` is a hierarchy (`category_tree`), so neither puts the value in non-human context.
 */
function nameAsContext(key: string): string {
  const { tokens } = tokenize(key);
  if (!tokens.some((t) => NAME_NOT_NON_HUMAN.has(t.norm))) return key;
  return tokens
    .filter((t) => !NAME_NOT_NON_HUMAN.has(t.norm))
    .map((t) => t.low)
    .join(' ');
}

/**
 * The most sensitive match in a parameter's value that the parameter's name does not explain away.
 * The name is read as context in front of the value: its words can rule a match out
 * (`zodiac_sign: 'Cancer'`, `pet_condition: 'diabetes'`) but never add one. A match that the name
 * joins into a phrase of its own (`breast` + `cancer screening` → `breast cancer`) is not ruled
 * out: the value's own match is kept. `keep` leaves out matches that are accounted for elsewhere.
 */
export function classifyValue(classifier: HealthClassifier, text: string, key?: string, keep?: (m: HealthMatch) => boolean): HealthMatch | undefined {
  const all = classifier.classify(text);
  const matches = keep ? all.filter(keep) : all;
  // A path or URL is read alone: its own words decide (`page_path: '/conditions/stroke'`, where
  // `path` would otherwise rule out the SVG sense of `stroke`).
  if (matches.length === 0 || !key || URL_LIKE.test(text)) return matches[0];
  const lead = `${nameAsContext(key)} `;
  const inContext = classifier.classify(lead + text);
  const shift = lead.length;
  return matches.find((m) => inContext.some((c) => c.start < m.end + shift && m.start + shift < c.end));
}

/**
 * The words a message quotes for a match (inside its quotes): the matched text, and for a weak word
 * the second weak word that made it count (`Treatment" and "Appointment`).
 */
export function quotedTerm(m: HealthMatch): string {
  return m.with === undefined ? m.text : `${m.text}" and "${m.with}`;
}

/** Human-readable reason for a match, e.g. `"therapy" (mental_health, tier 1)`. */
export function describeHealthMatch(m: HealthMatch): string {
  return `"${m.term}" (${m.category}, tier ${m.tier})`;
}

/** Size of the shipped default lexicon. */
export function lexiconStats(): {
  entries: number;
  traps: number;
  byMatch: Record<string, number>;
  byCategory: Record<string, number>;
  byTier: Record<string, number>;
  byLang: Record<string, number>;
} {
  return LEXICON_COUNTS as unknown as ReturnType<typeof lexiconStats>;
}
