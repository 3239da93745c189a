/**
 * Health-term classifier: is this event name, parameter value or URL health-specific?
 *
 *   const c = createClassifier({ minTier: 2 });
 *   c.classify('Paid: Weekly Therapy'); // [{ term: 'therapy', category: 'mental_health', tier: 1, … }]
 *
 * See docs/health-classifier.md for the design, the lexicon and the measured precision/recall.
 */
import type { ExtraTerm, HealthCategory, HealthClassifier, HealthMatch, HealthOptions, Tier } from './types.js';
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

/** How an extra term may be matched (`extraTerms[].match`). */
export const EXTRA_MATCHES: readonly NonNullable<ExtraTerm['match']>[] = ['phrase', 'token', 'substr', 'abbr', 'abbr_cs'];

const EXTRA_KEYS = ['term', 'category', 'tier', 'match'];

/** The lexicon's categories, as `extraTerms` name them. */
export const HEALTH_CATEGORIES: readonly HealthCategory[] = [
  'mental_health', 'substance_use', 'reproductive', 'sexual_health', 'hiv_sti', 'gender_affirming', 'genetic',
  'condition', 'medication', 'procedure', 'specialty', 'diagnostic', 'measurement', 'care_context',
];

/** What is wrong with `extraTerms`, as a reason naming the entry (`extraTerms[0].category must be one of …`); undefined when valid. */
export function extraTermsProblem(extraTerms: unknown): string | undefined {
  if (!Array.isArray(extraTerms)) return 'extraTerms must be an array of { term, category }';
  for (const [i, t] of (extraTerms as unknown[]).entries()) {
    const e = t as Record<string, unknown> | null;
    if (!e || typeof e.term !== 'string' || !e.term) return `extraTerms[${i}].term must be a non-empty string`;
    if (typeof e.category !== 'string' || !HEALTH_CATEGORIES.includes(e.category as HealthCategory)) return `extraTerms[${i}].category must be one of ${HEALTH_CATEGORIES.join(', ')}`;
    if (e.tier !== undefined && ![1, 2, 3].includes(e.tier as number)) return `extraTerms[${i}].tier must be 1, 2 or 3`;
    const extra = Object.keys(e).find((k) => !EXTRA_KEYS.includes(k));
    if (extra !== undefined) return `extraTerms[${i}]: unknown key ${JSON.stringify(extra)} (keys: ${EXTRA_KEYS.join(', ')})`;
    if (e.match !== undefined && !(EXTRA_MATCHES as readonly unknown[]).includes(e.match)) return `extraTerms[${i}].match must be one of ${EXTRA_MATCHES.join(', ')}`;
  }
  return undefined;
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

/** Creates a classifier. Cheap on repeated calls with equal options. Throws a `TypeError` naming a bad `extraTerms` entry. */
export function createClassifier(options: HealthOptions = {}): HealthClassifier {
  const opts = options ?? {};
  const key = canonicalOptions(opts);
  const cached = classifierCache.get(key);
  if (cached) return cached;
  const problem = opts.extraTerms === undefined ? undefined : extraTermsProblem(opts.extraTerms);
  if (problem) throw new TypeError(`phiguard: ${problem}`);
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

/** Animals a record can be about (as words, lower case). */
const ANIMALS: ReadonlySet<string> = new Set(['pet', 'pets', 'animal', 'animals', 'dog', 'dogs', 'puppy', 'cat', 'cats', 'kitten', 'horse', 'pony', 'rabbit', 'bird', 'parrot', 'hamster', 'ferret', 'canine', 'feline', 'equine']);
/** What a record says of its animal (`pet_name`, `animal_type`, `dog_breed`). */
const ANIMAL_TRAITS: ReadonlySet<string> = new Set(['name', 'species', 'type', 'kind', 'breed', 'age', 'weight', 'sex', 'gender', 'id', 'dob', 'birthday', 'microchip']);
/** A cheap first look: every key `describesAnimal` takes contains one of these. */
const ANIMAL_HINT = /pet|animal|dog|cat|pupp|kitten|horse|pony|rabbit|bird|parrot|hamster|ferret|canine|feline|equine|species|breed|type|kind/iu;
/** Keys whose value names an animal (`species: 'dog'`, `pet: 'cat'`). */
const ANIMAL_KEYS: ReadonlySet<string> = new Set(['species', 'breed', 'pet', 'animal', 'type', 'kind', 'pettype', 'animaltype']);

/**
 * Whether a record's own fields say it is about an animal: a trait of one (`pet_species`,
 * `animal_type`, `petName`), a species or breed, an animal as the value of such a key
 * (`species: 'dog'`), or a record of its own (`pet: { … }`). Then its other values are read in veterinary context (`pre_existing:
 * 'Diabetes'` beside `pet_species`), as a parameter's own name is (`pet_condition`). A place that
 * admits pets (`pet_friendly`, `pets_allowed`) says nothing about whom the record is about.
 */
export function describesAnimal(fields: Iterable<{ key: string; text?: string; record?: boolean }>): boolean {
  for (const { key, text, record } of fields) {
    if (!ANIMAL_HINT.test(key)) continue;
    const words = tokenize(key).tokens.map((t) => t.low);
    if (words.length === 1 && (words[0] === 'species' || words[0] === 'breed' || (record === true && ANIMALS.has(words[0]!)))) return true;
    if (words.length === 2 && ANIMALS.has(words[0]!) && ANIMAL_TRAITS.has(words[1]!)) return true;
    if (text === undefined || !ANIMAL_KEYS.has(words.join(''))) continue;
    const value = tokenize(text).tokens;
    if (value.length === 1 && ANIMALS.has(value[0]!.low)) return true;
  }
  return false;
}

/**
 * The most sensitive match in a parameter's value that the parameter's name does not explain away.
 * The name is read as context in front of the value: its words can rule a match out
 * (`zodiac_sign: 'Cancer'`, `pet_condition: 'diabetes'`) but never add one. A match that the name
 * joins into a phrase of its own (`breast` + `cancer screening` → `breast cancer`) is not ruled
 * out: the value's own match is kept. `keep` leaves out matches that are accounted for elsewhere; `animal`: the record is about an animal (`describesAnimal`).
 */
export function classifyValue(classifier: HealthClassifier, text: string, key?: string, keep?: (m: HealthMatch) => boolean, animal = false): HealthMatch | undefined {
  const all = classifier.classify(text);
  const matches = keep ? all.filter(keep) : all;
  // A path or URL is read alone: its own words decide (`page_path: '/conditions/stroke'`, where
  // `path` would otherwise rule out the SVG sense of `stroke`).
  if (matches.length === 0 || !key || URL_LIKE.test(text)) return matches[0];
  // A record about an animal (`describesAnimal`) puts its values in veterinary context, as `pet_` in the name would.
  const lead = `${animal ? 'pet ' : ''}${nameAsContext(key)} `;
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
