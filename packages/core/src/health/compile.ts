/**
 * Compiles lexicon rows into the precompiled matcher structures: a token trie for phrases, traps
 * and single tokens, a map of joined phrase forms (`mentalhealth`), an Aho–Corasick automaton for
 * substring terms and their dictionary guards, and one literal regular expression for
 * case-sensitive abbreviations.
 */
import type { ExtraTerm, HealthCategory, MatchType, Tier } from './types.js';
import { normalizeTerm, umlautSpelling } from './tokenize.js';
import { AhoCorasick } from './aho.js';
import {
  CATEGORY_CODES,
  ENTRIES,
  FACET_CODES,
  LISTS,
  MATCH_CODES,
  SUBSTR_GUARDS,
  SUFFIX_GUARDS,
  TRAPS,
} from './lexicon.generated.js';

export type EntryMatch = Exclude<MatchType, 'suffix'>;

export interface Entry {
  readonly term: string;
  readonly match: EntryMatch;
  readonly category: HealthCategory;
  readonly facet: string;
  readonly tier: Tier;
  readonly lang: string;
  /** Normalized context words/phrases (required for `ctx`, and for lowercase `abbr_cs`). */
  readonly context: WordList | null;
  /** Normalized words/phrases that suppress the entry when near. */
  readonly exclude: WordList | null;
  /** Normalized token key. */
  readonly key: string;
  /** Number of tokens in `key`. */
  readonly size: number;
}

/** A context or exclusion list: single words in a set, multi-word phrases checked separately. */
export interface WordList {
  readonly words: ReadonlySet<string>;
  readonly phrases: readonly string[];
  readonly all: readonly string[];
}

export function wordList(items: readonly string[]): WordList {
  return { words: new Set(items.filter((w) => !w.includes(' '))), phrases: items.filter((w) => w.includes(' ')), all: items };
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entry: Entry | null;
  trap: boolean;
}

export interface CompiledLexicon {
  readonly root: TrieNode;
  readonly maxPhrase: number;
  /** Joined forms of multi-token phrases and traps (8+ characters): `mentalhealth`, `healthcheck`. */
  readonly joined: ReadonlyMap<string, Entry | 'trap'>;
  /** Substring entries and guard words; payload index < entries.length = entry, otherwise guard. */
  readonly substr: AhoCorasick;
  readonly substrEntries: readonly Entry[];
  /** Case-sensitive abbreviations (`ED`, `PrEP`, `AIDS`) with camel-aware boundaries. */
  readonly abbrCs: RegExp | null;
  readonly abbrCsEntries: ReadonlyMap<string, Entry>;
  readonly suffixGuards: ReadonlySet<string>;
  readonly entryCount: number;
}

export interface RawEntry {
  term: string;
  match: EntryMatch;
  category: HealthCategory;
  facet: string;
  tier: Tier;
  lang: string;
  context: string;
  exclude: string;
  /** Precomputed phrase key (generated rows); computed with `phraseKey` when absent. */
  key?: string;
}

/** Rows of the generated default lexicon. */
export function defaultRows(): RawEntry[] {
  const rows: RawEntry[] = [];
  for (const line of ENTRIES.split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    rows.push({
      term: c[0]!,
      match: MATCH_CODES[Number(c[1])] as EntryMatch,
      category: CATEGORY_CODES[Number(c[2])] as HealthCategory,
      facet: FACET_CODES[Number(c[3])] ?? 'condition',
      tier: Number(c[4]) as Tier,
      lang: c[5]!,
      context: c[6] ? LISTS[Number(c[6])]! : '',
      exclude: c[7] ? LISTS[Number(c[7])]! : '',
      key: c[8] || c[0]!,
    });
  }
  return rows;
}

const CATEGORY_TIER: Record<HealthCategory, Tier> = {
  mental_health: 1,
  substance_use: 1,
  reproductive: 1,
  sexual_health: 1,
  hiv_sti: 1,
  gender_affirming: 1,
  genetic: 1,
  condition: 2,
  medication: 2,
  procedure: 2,
  specialty: 2,
  diagnostic: 2,
  measurement: 2,
  care_context: 3,
};

const FACET_OF_CATEGORY: Partial<Record<HealthCategory, string>> = {
  medication: 'medication',
  procedure: 'procedure',
  specialty: 'specialty',
  diagnostic: 'diagnostic',
  measurement: 'measurement',
  care_context: 'care_setting',
};

/** Turns user `extraTerms` into lexicon rows. */
export function extraRows(extra: readonly ExtraTerm[]): RawEntry[] {
  const rows: RawEntry[] = [];
  for (const x of extra) {
    if (!x || typeof x.term !== 'string' || x.term.trim() === '') continue;
    const category = (x.category in CATEGORY_TIER ? x.category : 'condition') as HealthCategory;
    const multi = normalizeTerm(x.term).includes(' ');
    const row: RawEntry = {
      term: x.match === 'abbr_cs' ? x.term.trim() : x.term.trim().toLowerCase(),
      match: x.match ?? (multi ? 'phrase' : 'token'),
      category,
      facet: FACET_OF_CATEGORY[category] ?? 'condition',
      tier: x.tier ?? CATEGORY_TIER[category],
      lang: 'en',
      context: '',
      exclude: '',
    };
    rows.push(row);
    // German umlauts are often written `ae`/`oe`/`ue` (`Zahnärzte` as `zahnaerzte`): a term with an
    // umlaut gets that spelling too, as German lexicon entries do (scripts/build-lexicon.mjs).
    const spelled = umlautSpelling(x.term.trim());
    if (row.match !== 'abbr_cs' && spelled !== x.term.trim().normalize('NFC').toLowerCase()) rows.push({ ...row, term: spelled, key: phraseKey(spelled) });
    // Input splits camelCase (`GlowUp Program` → `glow up program`); the lowercase term does not
    // (`glowup program`, as in `glowup_program`). A phrase with a camelCase word gets both keys.
    const camel = phraseKey(normalizeTerm(x.term.trim()));
    if (row.match !== 'abbr_cs' && multi && camel !== phraseKey(row.term)) rows.push({ ...row, match: 'phrase', key: camel });
  }
  return rows;
}

const LIST_CACHE = new Map<string, WordList | null>();
function splitList(list: string): WordList | null {
  if (!list) return null;
  const hit = LIST_CACHE.get(list);
  if (hit !== undefined) return hit;
  const value = splitListUncached(list);
  LIST_CACHE.set(list, value);
  return value;
}
function splitListUncached(list: string): WordList | null {
  const out = list
    .split(';')
    .map((w) => normalizeTerm(w))
    .filter((w) => w !== '');
  return out.length ? wordList(out) : null;
}

const MATCH_STRENGTH: Record<EntryMatch, number> = { phrase: 0, token: 0, abbr: 0, substr: 1, abbr_cs: 2, ctx: 3, weak: 4 };

/** Prefer the more sensitive, then the less conditional entry when two rows share a key. */
function better(a: Entry, b: Entry): Entry {
  if (a.tier !== b.tier) return a.tier < b.tier ? a : b;
  return MATCH_STRENGTH[a.match] <= MATCH_STRENGTH[b.match] ? a : b;
}

/**
 * Articles and conjunctions dropped from phrase keys, and skipped inside the input when the
 * phrase does not have them: `patients-visitors` matches `patients and visitors`,
 * `ginecologia-obstetricia` matches `ginecologia y obstetricia`. Portuguese contracts `de` and
 * `a` with its articles (`do`, `da`, `dos`, `das`, `ao`, `aos`), so `câncer de colo de útero`
 * and `câncer do colo do útero` share one key; so does French (`du`, `des`, `au`, `aux`:
 * `dépistage du VIH`, `addiction aux drogues`).
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'y', 'e', 'o', 'u', 'de', 'del', 'la', 'las', 'el', 'los', 'un', 'una',
  'da', 'das', 'do', 'dos', 'ao', 'aos',
  // French (`la` and `de` above; elided `l'` and `d'` are dropped by the tokenizer)
  'le', 'les', 'du', 'des', 'au', 'aux',
  // Italian articles and `di` with its articles (`il`, `gli`, `di`, `della`, `dei`, …; `la`, `le`,
  // `del` above; elided `l'`, `dell'`, `all'` are dropped by the tokenizer), so `centro di salute
  // mentale` and `centro della salute mentale` share a key. `i`, `lo`, `al`, `ai`, `in`, `per` and
  // `con` are left out: they are English words or abbreviations (`bipolar i`, `lo loestrin`, `al
  // anon`, AI, `in vitro`), `per`/`con` are prepositions, not articles, and `nei` (in the) is also
  // the plural of `neo`, a mole (`controllo nei`).
  'il', 'gli', 'di', 'della', 'dello', 'delle', 'degli', 'dei', 'alla', 'allo', 'alle', 'agli',
  'nel', 'nella', 'nelle', 'negli', 'sul', 'sulla', 'sui', 'dal', 'dalla', 'dai',
  // the elided ones as a URL slug writes them without the apostrophe (`/disturbi-dell-umore`)
  'dell', 'nell', 'dall', 'sull', 'coll',
]);

/**
 * Languages that put the head noun first and its modifiers after it (`prueba de vih`, `teste de
 * HIV`, `clínica de fertilidade`, `dépistage du VIH`, `test dell'HIV`), unlike English (`hiv test`).
 * Polish puts a noun's genitive and most classifying adjectives after it (`test na HIV`,
 * `leczenie depresji`, `poradnia zdrowia psychicznego`, `implanty dentystyczne`).
 */
export const HEAD_FIRST_LANGS: ReadonlySet<string> = new Set(['es', 'pt', 'fr', 'it', 'pl']);

/** Phrase key without stopwords, unless that would leave fewer than two tokens (`hep a`). */
export function phraseKey(term: string): string {
  const key = normalizeTerm(term);
  if (!key.includes(' ')) return key;
  const parts = key.split(' ');
  const kept = parts.filter((p) => !STOPWORDS.has(p));
  return kept.length >= 2 ? kept.join(' ') : key;
}

/**
 * Prepositions that end a head noun and start its complement (`therapy for anxiety`, `living with
 * hiv`). German is head-last like English (`HIV-Test`, `Psychotherapie-Praxis`) but puts the topic
 * after a preposition just as often (`Test auf HIV`, `Beratung bei Depression`, `Praxis für
 * Psychotherapie`, `Impfung gegen HPV`), folded (`für` → `fur`, also written `fuer`).
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'with', 'without', 'after', 'before', 'during', 'in', 'on', 'to', 'from', 'at', 'by', 'against', 'near',
  'auf', 'bei', 'beim', 'fur', 'fuer', 'gegen', 'von', 'vom', 'mit', 'nach', 'vor', 'zur', 'zum', 'uber', 'ueber', 'ohne', 'wegen', 'unter']);

/** Whether a word list names a word or phrase of the space-separated `key`. */
function names(list: WordList, key: string): boolean {
  const phrase = ` ${key} `;
  return list.all.some((x) => phrase.includes(` ${x} `));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles rows. `overrides` (user extra terms) replace default entries with the same key and
 * also beat traps with the same key.
 */
export function compileLexicon(rows: readonly RawEntry[], overrides: readonly RawEntry[] = []): CompiledLexicon {
  const root: TrieNode = { next: null, entry: null, trap: false };
  let maxPhrase = 1;
  const joined = new Map<string, Entry | 'trap'>();
  const substrEntries: Entry[] = [];
  const abbrCsEntries = new Map<string, Entry>();
  const overrideKeys = new Set<string>();
  let entryCount = 0;

  const nodeFor = (key: string): TrieNode => {
    let node = root;
    for (const part of key.split(' ')) {
      if (!node.next) node.next = new Map();
      let child = node.next.get(part);
      if (!child) {
        child = { next: null, entry: null, trap: false };
        node.next.set(part, child);
      }
      node = child;
    }
    return node;
  };

  const phraseNodes: TrieNode[] = [];
  const add = (r: RawEntry, isOverride: boolean): void => {
    if (r.match === 'abbr_cs') {
      // Exact-case form via the regex; the lowercase form behaves like `ctx`.
      const entry: Entry = { term: r.term, match: 'abbr_cs', category: r.category, facet: r.facet, tier: r.tier, lang: r.lang, context: splitList(r.context), exclude: splitList(r.exclude), key: r.term, size: 1 };
      abbrCsEntries.set(r.term, entry);
      entryCount++;
      const key = normalizeTerm(r.term.toLowerCase());
      if (key) {
        const lower: Entry = { ...entry, match: 'ctx', key, size: key.split(' ').length };
        const node = nodeFor(key);
        node.entry = node.entry && !isOverride ? better(node.entry, lower) : lower;
      }
      return;
    }
    const key = r.key ?? phraseKey(r.term);
    if (!key) return;
    let size = 1;
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) size++;
    const entry: Entry = { term: r.term, match: r.match, category: r.category, facet: r.facet, tier: r.tier, lang: r.lang, context: splitList(r.context), exclude: splitList(r.exclude), key, size };
    entryCount++;
    if (isOverride) overrideKeys.add(key);
    const node = nodeFor(key);
    node.entry = node.entry && !isOverride ? better(node.entry, entry) : entry;
    if (isOverride) node.trap = false;
    if (size > 1 && r.match !== 'weak') phraseNodes.push(node);
    if (size > maxPhrase) maxPhrase = size;
    if (size > 1) {
      const j = key.replace(/ /g, '');
      if (j.length >= 8) {
        const prev = joined.get(j);
        if (isOverride || prev === undefined) joined.set(j, entry);
        else if (prev !== 'trap') joined.set(j, better(prev, entry));
      }
    }
    if (r.match === 'substr') substrEntries.push(entry);
    // Plural of a short abbreviation or word (`iuds`, `mris`, `ekgs`): short tokens are not
    // singularized, so the plural is registered explicitly.
    if (size === 1 && key.length <= 4 && !key.endsWith('s') && (r.match === 'abbr' || r.match === 'token' || r.match === 'ctx')) {
      const plural = nodeFor(key + 's');
      if (!plural.entry && !plural.trap) plural.entry = entry;
    }
  };

  for (const r of rows) add(r, false);
  for (const r of overrides) add(r, true);

  for (const line of TRAPS.split('\n')) {
    const key = phraseKey(line);
    if (!key || overrideKeys.has(key)) continue;
    const node = nodeFor(key);
    node.trap = true;
    const size = key.split(' ').length;
    if (size > maxPhrase) maxPhrase = size;
    const j = key.replace(/ /g, '');
    if (j.length >= 6 && !joined.has(j)) joined.set(j, 'trap');
  }

  // A phrase is at least as sensitive as its modifiers: `hiv test` is HIV data, `adhd assessment`
  // and `mental health screening` mental-health data. Modifiers are the words before the head noun
  // (English: all but the last word, or, before a preposition, the words before the one preceding
  // it plus the words after it: `cialis for bph` is about BPH; Spanish and Portuguese, which put
  // the head first: all but the first), alone or as a lexicon phrase (`mental health`, `pelvic
  // floor`). The head itself does not lend (`radiation therapy`, `mitral valve prolapse` are not
  // mental-health or reproductive data). Weak words and traps never lend their tier, and a modifier
  // whose own exclusion list names another word of the phrase does not either. Lenders are read
  // before any phrase inherits, so the order of rows does not matter.
  const inherit: Array<[TrieNode, Entry]> = [];
  for (const node of new Set(phraseNodes)) {
    const e = node.entry;
    if (!e || e.size < 2 || e.match === 'weak' || e.tier === 1) continue;
    const parts = e.key.split(' ');
    const n = parts.length;
    // Modifier spans [from, to) and, after an English preposition, [from2, n).
    let from = 0;
    let to = n - 1;
    let from2 = n;
    if (HEAD_FIRST_LANGS.has(e.lang)) {
      from = 1;
      to = n;
    } else {
      for (let p = 1; p < n - 1; p++) {
        if (PREPOSITIONS.has(parts[p]!)) {
          to = p - 1;
          from2 = p + 1;
          break;
        }
      }
    }
    let best: Entry | null = null;
    for (let a = from; a < n; a++) {
      if (a >= to && a < from2) continue;
      const end = a < to ? to : n;
      let sub: TrieNode | undefined = root;
      for (let b = a; b < end && sub; b++) {
        sub = sub.next?.get(parts[b]!);
        const c = sub && !sub.trap ? sub.entry : null;
        if (!c || c.match === 'weak' || c.tier >= (best ?? e).tier) continue;
        if (c.exclude && names(c.exclude, e.key)) continue;
        // An ambiguous modifier lends its tier only when the phrase itself is its context
        // (`std test`: yes; `med spa`: no).
        if ((c.match === 'ctx' || c.context) && !(c.context && names(c.context, e.key))) continue;
        best = c;
      }
    }
    if (best) inherit.push([node, { ...e, category: best.category, tier: best.tier }]);
  }
  for (const [node, inherited] of inherit) {
    const e = node.entry!;
    node.entry = inherited;
    const j = e.key.replace(/ /g, '');
    if (joined.get(j) === e) joined.set(j, inherited);
  }

  const patterns: string[] = [];
  for (const e of substrEntries) patterns.push(e.term.replace(/[^a-z0-9]/g, ''));
  for (const g of SUBSTR_GUARDS.split('\n')) if (g) patterns.push(g);
  const substr = new AhoCorasick(patterns);

  const cs = [...abbrCsEntries.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Literal alternation with fixed-width look-arounds: linear time. A lowercase letter may precede
  // (`StartPrEP`); classify.ts checks that it ends a word, not a stray letter (`bED`).
  const abbrCs = cs.length ? new RegExp(`(?<![A-Z0-9])(?:${cs.join('|')})(?=$|[^A-Za-z0-9]|[A-Z][a-z])`, 'g') : null;

  const suffixGuards = new Set(SUFFIX_GUARDS.split('\n').filter(Boolean));
  return { root, maxPhrase: Math.min(maxPhrase, 8), joined, substr, substrEntries, abbrCs, abbrCsEntries, suffixGuards, entryCount };
}
