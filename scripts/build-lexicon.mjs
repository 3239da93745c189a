#!/usr/bin/env node
// Builds the compact default lexicon module `packages/core/src/health/lexicon.generated.ts` from the
// committed data files in `packages/core/data/`. Nothing is fetched: external vocabularies are read
// from the committed extracts in `packages/core/data/vocab/` (see scripts/build-lexicon.mjs --help).
//
//   node scripts/build-lexicon.mjs            compile data/*.tsv -> lexicon.generated.ts
//   node scripts/build-lexicon.mjs --guards   also recompute data/substr-guards.txt and
//                                             data/suffix-guards.txt from an English word list
//                                             (/usr/share/dict/american-english-large, Debian wamerican-large)
//   node scripts/build-lexicon.mjs --check    exit 1 if the generated module is out of date
import { readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'packages/core/data');
const outFile = join(root, 'packages/core/src/health/lexicon.generated.ts');
const args = new Set(process.argv.slice(2));
if (args.has('--help')) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 11).join('\n'));
  process.exit(0);
}

const CATEGORIES = ['mental_health', 'substance_use', 'reproductive', 'sexual_health', 'hiv_sti', 'gender_affirming', 'genetic', 'condition', 'medication', 'procedure', 'specialty', 'diagnostic', 'measurement', 'care_context'];
const MATCHES = ['phrase', 'token', 'substr', 'abbr', 'abbr_cs', 'ctx', 'weak'];
const FACETS = ['condition', 'procedure', 'medication', 'specialty', 'care_setting', 'diagnostic', 'measurement'];

// Mirror of tokenize.ts foldCodePoint: NFKD, marks dropped, lowercased, and the letters with no
// decomposition folded: Polish `ł` onto `l`, German `ß` (and `ẞ`, which lowercases to it) to `ss`,
// Norwegian `ø` onto `o` and `æ` to `ae`.
function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l').replace(/\u00df/g, 'ss').replace(/\u00f8/g, 'o').replace(/\u00e6/g, 'ae');
}

/** Reads a TSV with a header row; returns objects keyed by header names. Lines starting with # are comments. */
function readTsv(file) {
  const text = readFileSync(file, 'utf8').replace(/\r/g, '');
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const row = {};
    header.forEach((h, k) => (row[h] = (cells[k] ?? '').trim()));
    row.__where = `${file.slice(root.length + 1)}:${i + 2}`;
    return row;
  });
}

// ---- external vocabularies (--vocab) ------------------------------------------------------------
// Reads the local cache of the Human Disease Ontology (CC0; see docs/health-classifier.md) and
// writes the filtered extract packages/core/data/vocab/doid.tsv. Run only when refreshing the
// extract; the normal build reads the committed extract.
const cacheDir = '/work/.cache/lexicon';
if (args.has('--vocab')) {
  const doidDir = join(cacheDir, 'doid');
  const need = ['HumanDO.tsv', 'doid-es-translated.tsv', 'SOURCE'];
  for (const f of need) if (!existsSync(join(doidDir, f))) { console.error(`--vocab needs ${join(doidDir, f)} (see docs/health-classifier.md)`); process.exit(1); }
  const medium = new Set(readFileSync('/usr/share/dict/american-english', 'utf8').split('\n').map((w) => fold(w.trim())));
  const large = new Set(readFileSync('/usr/share/dict/american-english-large', 'utf8').split('\n').map((w) => fold(w.trim())));
  const unq = (x) => (x ?? '').replace(/^"|"$/g, '');
  const doRows = readFileSync(join(doidDir, 'HumanDO.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t').map(unq));
  const parents = new Map(); // label -> parent labels
  const idOf = new Map();
  for (const [id, label, parent] of doRows) {
    if (!parents.has(label)) parents.set(label, new Set());
    if (parent) parents.get(label).add(parent);
    idOf.set(label, id);
  }
  const ancestors = (label) => {
    const seen = new Set();
    const stack = [label];
    while (stack.length) {
      const x = stack.pop();
      for (const p of parents.get(x) ?? []) if (!seen.has(p)) { seen.add(p); stack.push(p); }
    }
    return seen;
  };
  const categorize = (label) => {
    const a = ancestors(label);
    a.add(label);
    const has = (x) => a.has(x);
    if (has('substance-related disorder') || has('substance abuse') || has('substance dependence')) return ['substance_use', 1];
    if (has('human immunodeficiency virus infectious disease') || has('sexually transmitted infection') || has('sexually transmitted disease')) return ['hiv_sti', 1];
    if (has('gender incongruence') || has('gender dysphoria')) return ['gender_affirming', 1];
    if (has('sexual health disorder') || has('sexual dysfunction')) return ['sexual_health', 1];
    if (has('cancer') || has('benign neoplasm')) return ['condition', 2];
    if (has('disease of mental health')) return ['mental_health', 1];
    if (has('reproductive system disease') || has('pregnancy disease') || /pregnan|gestational|obstetric|puerper/.test(label)) return ['reproductive', 1];
    return ['condition', 2];
  };
  // Keep consumer-readable names: up to 3 words made of dictionary words, or one technical word
  // that is not an everyday English word (wamerican); no digits, punctuation or gene symbols.
  // Names that are also given names or words in other languages (reviewed by hand).
  const STOP = new Set(['alexia', 'piedra', 'amenia', 'cortrd', 'c syndrome', 'dream disease', 'anomia', 'favism',
    // phrases of everyday words that also occur outside health (reviewed by hand)
    'caitlin marks', 'large breast', 'loose skin', 'near vision', 'trash foot', 'water clefts', 'web eye', 'cross dresser',
    'deciduous skin', 'woolly hair', 'wooly hair', 'potter sequence', 'locked in state', 'generalized erosion']);
  const candidate = (name) => {
    if (/[0-9,()/;:]/.test(name) || /[A-Z]{2}/.test(name)) return null;
    const toks = fold(name).split(/[^a-z]+/).filter(Boolean);
    if (toks.length === 0 || toks.length > 3) return null;
    if (toks.length === 1) return toks[0].length >= 6 && !medium.has(toks[0]) && !STOP.has(toks[0]) ? toks[0] : null;
    if (/^(autosomal|x linked|familial|syndromic|nonsyndromic|disease of|disease by)/.test(toks.join(' '))) return null;
    if (!toks.every((t) => large.has(t) || t === 's')) return null;
    const term = toks.filter((t) => t !== 's').join(' ');
    return STOP.has(term) ? null : term;
  };
  const out = new Map();
  const add = (term, label, lang) => {
    if (!term || out.has(term)) return;
    const [category, tier] = categorize(label);
    out.set(term, [term, term.includes(' ') ? 'phrase' : 'token', category, 'condition', String(tier), lang, '', '', idOf.get(label) ?? '']);
  };
  for (const [, label] of doRows) add(candidate(label), label, 'en');
  // Exact synonyms (English) and Spanish labels/synonyms from the DO translation table.
  const tr = readFileSync(join(doidDir, 'doid-es-translated.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
  const labelOfId = new Map(doRows.map(([id, label]) => [id, label]));
  for (const c of tr) {
    const [id, predicate, source, translation] = c;
    const label = labelOfId.get(id);
    if (!label) continue;
    if (predicate === 'oboInOwl:hasExactSynonym') add(candidate(source ?? ''), label, 'en');
    if ((predicate === 'rdfs:label' || predicate === 'oboInOwl:hasExactSynonym') && translation && candidate(label)) {
      const es = fold(translation).replace(/[^a-z]+/g, ' ').trim();
      const n = es.split(' ').length;
      if (es && n <= 4 && !/[0-9]/.test(translation) && (n > 1 || es.length >= 6) && !STOP.has(es)) add(es, label, 'es');
    }
  }
  mkdirSync(join(dataDir, 'vocab'), { recursive: true });
  const src = readFileSync(join(doidDir, 'SOURCE'), 'utf8').trim();
  const header = `# Extract of the Human Disease Ontology (${src}), CC0 1.0. Generated by scripts/build-lexicon.mjs --vocab; do not edit.\nterm\tmatch\tcategory\tfacet\ttier\tlang\trequires_context\texclude_if_near\tnote`;
  writeFileSync(join(dataDir, 'vocab', 'doid.tsv'), `${header}\n${[...out.values()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map((r) => r.join('\t')).join('\n')}\n`);
  console.log(`vocab: ${out.size} Disease Ontology terms written to packages/core/data/vocab/doid.tsv`);
}

// ---- lexicon entries -------------------------------------------------------------------------
// Precedence: starter-lexicon.tsv, then lexicon-additions.tsv (explicit rows, always win), then
// curated.txt (adds new terms; a trailing `!` overrides), then vocab/*.tsv extracts of external
// vocabularies (add only terms nobody else defined).
const entries = new Map(); // key: match-class + folded term
const keyOf = (row) => (row.match === 'abbr_cs' ? `cs:${row.term}` : fold(row.term).replace(/[^a-z0-9]+/g, ' ').trim());
let errors = 0;
function validate(row) {
  if (!MATCHES.includes(row.match)) { console.error(`${row.__where}: bad match ${row.match}`); errors++; return false; }
  if (!CATEGORIES.includes(row.category)) { console.error(`${row.__where}: bad category ${row.category}`); errors++; return false; }
  if (!['1', '2', '3'].includes(String(row.tier))) { console.error(`${row.__where}: bad tier ${row.tier}`); errors++; return false; }
  if (row.facet && !FACETS.includes(row.facet)) { console.error(`${row.__where}: bad facet ${row.facet}`); errors++; return false; }
  if (/[`\\$\t\n]/.test(row.term)) { console.error(`${row.__where}: bad characters in term`); errors++; return false; }
  // Substring matching only for long, distinctive terms; shorter ones match whole tokens.
  if (row.match === 'substr' && fold(row.term).replace(/[^a-z0-9]/g, '').length < 8) row.match = 'token';
  return true;
}
const CONDITIONAL = new Set(['ctx', 'weak']);
const joinLists = (a, b) => [...new Set([...(a || '').split(';'), ...(b || '').split(';')].map((x) => x.trim()).filter(Boolean))].join(';');
/** mode: 'first' (same file: first wins), 'override' (always wins), 'add' (only new keys). */
function put(row, mode, file) {
  if (!validate(row)) return;
  const key = keyOf(row);
  const prev = entries.get(key);
  if (prev) {
    const skipped = (mode === 'add' && !row.__force) || (mode === 'first' && prev.__file === file);
    // Another language's conditional entry for the same folded word (French `kiné` and Dutch
    // `kine`): one entry is kept, with both languages' context and exclusion words, and the more
    // sensitive category (Spanish `litio` a medication, Italian `litio` mental health). Two
    // categories of one tier would give one language's pages the other's label: said, not joined.
    if (skipped && (prev.lang || 'en') !== (row.lang || 'en') && CONDITIONAL.has(prev.match) && CONDITIONAL.has(row.match)) {
      if (prev.category !== row.category && Number(prev.tier) === Number(row.tier)) {
        console.warn(`warning: ${prev.lang || 'en'} "${prev.term}" (${prev.category}) and ${row.lang} "${row.term}" (${row.category}) fold to one word; only the first is kept`);
        return;
      }
      if (Number(row.tier) < Number(prev.tier)) Object.assign(prev, { category: row.category, tier: row.tier });
      prev.requires_context = joinLists(prev.requires_context, row.requires_context);
      prev.exclude_if_near = joinLists(prev.exclude_if_near, row.exclude_if_near);
    }
    if (skipped) return;
  }
  row.__file = file;
  entries.set(key, row);
}
const starter = join(dataDir, 'starter-lexicon.tsv');
for (const row of readTsv(starter)) if (row.term) put(row, 'first', starter); // en and es rows of one word: the first (en) wins
const additions = join(dataDir, 'lexicon-additions.tsv');
if (existsSync(additions)) {
  for (const row of readTsv(additions)) {
    if (!row.term) continue;
    if (row.match === '-') { entries.delete(keyOf({ ...row, match: '' })); entries.delete(`cs:${row.term}`); continue; }
    put(row, 'override', additions);
  }
}
/** The curated DSL (see the header of data/curated.txt). */
function readCurated(file) {
  const rows = [];
  let section = null;
  readFileSync(file, 'utf8').replace(/\r/g, '').split('\n').forEach((line, i) => {
    const where = `${file.slice(root.length + 1)}:${i + 1}`;
    if (!line.trim() || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      const [category, tier, facet, ...opts] = line.slice(1).trim().split(/\s+/);
      section = { category, tier, facet, lang: 'en', match: '', ctx: '', ex: '' };
      for (const o of opts) { const [k, v] = o.split('='); section[k] = v ?? ''; }
      return;
    }
    if (!section) { console.error(`${where}: term before any @ section`); errors++; return; }
    for (let item of line.split(',')) {
      item = item.trim();
      if (!item) continue;
      let force = false;
      if (item.endsWith('!')) { force = true; item = item.slice(0, -1).trim(); }
      const [term, ...opts] = item.split('|').map((x) => x.trim());
      const o = { match: section.match, ctx: section.ctx, ex: section.ex };
      for (const x of opts) { const [k, v] = x.split('='); o[k] = v ?? ''; }
      const folded = fold(term).replace(/[^a-z0-9]+/g, ' ').trim();
      let match = o.match;
      if (!match) match = folded.includes(' ') ? 'phrase' : folded.length >= 9 && /^[a-z]+$/.test(folded) ? 'substr' : 'token';
      rows.push({ term: term.toLowerCase(), match, category: section.category, facet: section.facet, tier: section.tier, lang: section.lang,
        requires_context: o.ctx, exclude_if_near: o.ex, __where: where, __force: force });
    }
  });
  return rows;
}
const curated = join(dataDir, 'curated.txt');
if (existsSync(curated)) for (const row of readCurated(curated)) put(row, 'add', curated);
const vocabDir = join(dataDir, 'vocab');
if (existsSync(vocabDir)) {
  for (const f of readdirSync(vocabDir).sort()) {
    if (!f.endsWith('.tsv')) continue;
    const p = join(vocabDir, f);
    for (const row of readTsv(p)) if (row.term) put(row, 'add', p);
  }
}
if (errors) process.exit(1);

// ---- traps -----------------------------------------------------------------------------------
const traps = new Set();
for (const f of ['traps.tsv', 'traps-additions.tsv']) {
  const p = join(dataDir, f);
  if (!existsSync(p)) continue;
  for (const row of readTsv(p)) if (row.phrase) traps.add(fold(row.phrase));
}

// ---- guards from an English word list --------------------------------------------------------
const SUFFIXES = ['ectomy', 'ectomies', 'oscopy', 'oscopies', 'plasty', 'plasties', 'itis', 'otomy', 'otomies', 'ostomy', 'iatry', 'iatric', 'iatrics', 'algia', 'pathy', 'emia', 'aemia'];
const dictPath = '/usr/share/dict/american-english-large';
const readList = (p) => (existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : []);
const substrGuardFile = join(dataDir, 'substr-guards.txt');
const suffixGuardFile = join(dataDir, 'suffix-guards.txt');
if (args.has('--guards')) {
  if (!existsSync(dictPath)) { console.error(`--guards needs ${dictPath} (apt-get install wamerican-large)`); process.exit(1); }
  const words = [...new Set(readFileSync(dictPath, 'utf8').split('\n').map((w) => fold(w.trim())).filter((w) => /^[a-z]+$/.test(w)))];
  const substrTerms = [...entries.values()].filter((e) => e.match === 'substr').map((e) => fold(e.term).replace(/[^a-z0-9]/g, ''));
  const termSet = new Set(substrTerms);
  // A dictionary word that contains a substr term but is not the term plus an inflection, and is
  // not itself a lexicon term, guards that span ("specialist" guards "cialis").
  const inflection = /^(s|es|al|ally|ic|ics|ical|ically|ist|ists|y|ies|ed|ing|er|ers)$/;
  const medicalPrefix = /^(tele|anti|non|post|pre|pro|neuro|psycho|micro|hyper|hypo|pseudo|para|peri|auto|re|un|self|de|co)$/;
  const lexiconWords = new Set([...entries.values()].map((e) => fold(e.term).replace(/[^a-z0-9]/g, '')));
  const guards = new Map();
  for (const w of words) {
    if (w.length < 7 || lexiconWords.has(w)) continue;
    for (const t of substrTerms) {
      const at = w.indexOf(t);
      if (at < 0 || w === t) continue;
      const before = w.slice(0, at);
      const after = w.slice(at + t.length);
      const afterOk = after === '' || inflection.test(after);
      const beforeOk = before === '' || medicalPrefix.test(before);
      if (afterOk && beforeOk) continue;
      // a longer lexicon term covers it anyway
      if ([...termSet].some((o) => o !== t && o.includes(t) && w.includes(o))) continue;
      if (!guards.has(w)) guards.set(w, new Set());
      guards.get(w).add(t);
    }
  }
  // Candidates are written outside the repository for review; the reviewed guard lists
  // (data/substr-guards.txt, data/suffix-guards.txt) are maintained by hand from them.
  const lines = [...guards.entries()].sort().map(([w, ts]) => `${w}\t${[...ts].join(';')}`);
  const suffixHits = words.filter((w) => SUFFIXES.some((s) => w.endsWith(s) && w.length >= s.length + 3));
  const reviewed = new Set([...readList(substrGuardFile), ...readList(suffixGuardFile)].map((l) => l.split('\t')[0]));
  const cacheDir = '/work/.cache/lexicon';
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'substr-guard-candidates.txt'), lines.join('\n') + '\n');
  writeFileSync(join(cacheDir, 'suffix-guard-candidates.txt'), suffixHits.join('\n') + '\n');
  const fresh = [...guards.keys(), ...suffixHits].filter((w) => !reviewed.has(w));
  console.log(`guard candidates: ${guards.size} substring, ${suffixHits.length} suffix, written to ${cacheDir}; not yet reviewed: ${fresh.length}`);
}
const substrGuards = readList(substrGuardFile).map((l) => l.split('\t')[0]);
const suffixGuards = readList(suffixGuardFile).map((l) => l.split('\t')[0]);

// ---- normalized keys (mirror of packages/core/src/health/tokenize.ts singularize/normalizeTerm and
// compile.ts phraseKey; a test checks that they agree) ---------------------------------------------
function singularize(w) {
  return britishFold(singularizeOnly(w));
}
function britishFold(w) {
  if (w.length < 6) return w;
  let out = w;
  // Only inside the word: a final -ae/-oe is kept (invitae, vertebrae, canoe).
  const body = out.slice(0, -2);
  if (body.includes('ae') || body.includes('oe')) out = body.split('ae').join('e').split('oe').join('e') + out.slice(-2);
  if (out.endsWith('our')) out = out.slice(0, -3) + 'or';
  else if (out.endsWith('tre')) out = out.slice(0, -3) + 'ter';
  return out;
}
function frenchFold(w) {
  const n = w.length;
  if (n < 6) return w;
  if (w.endsWith('ie')) return w.slice(0, -2) + 'y';
  if (w.endsWith('aux')) return w[n - 4] === 'e' ? w.slice(0, -1) : w.slice(0, -2) + 'l';
  return w;
}
function singularizeOnly(w) {
  return frenchFold(singularizeOnlyPlural(w));
}
function singularizeOnlyPlural(w) {
  const n = w.length;
  if (n <= 4 || !w.endsWith('s')) return w;
  if (n >= 6 && w.endsWith('oes') && 'csmi'.includes(w[n - 4])) return w.slice(0, -3) + 'ao';
  if (n >= 6 && (w.endsWith('ais') || w.endsWith('eis'))) return w.slice(0, -2) + 'l';
  const p = w[n - 2];
  if (p === 's' || p === 'u' || p === 'i' || p === 'y' || (p >= '0' && p <= '9')) return w;
  if (w.endsWith('ies') && n > 4) return w.slice(0, -3) + 'y';
  if (n > 4 && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('ses'))) return w.slice(0, -2);
  return w.slice(0, -1);
}
const STOPWORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'y', 'e', 'o', 'u', 'de', 'del', 'la', 'las', 'el', 'los', 'un', 'una', 'da', 'das', 'do', 'dos', 'ao', 'aos',
  'le', 'les', 'du', 'des', 'au', 'aux',
  'il', 'gli', 'di', 'della', 'dello', 'delle', 'degli', 'dei', 'alla', 'allo', 'alle', 'agli',
  'nel', 'nella', 'nelle', 'negli', 'sul', 'sulla', 'sui', 'dal', 'dalla', 'dai',
  'dell', 'nell', 'dall', 'sull', 'coll']);
// French elided articles and pronouns are dropped with their apostrophe (`l'ivg` → `ivg`).
const ELIDED = /(?<![a-z0-9])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)[\u2019'](?=[a-z])/g;
// Italian ones only before a vowel or h (`dell'hiv`, `all'ospedale`; English `all's` keeps its letters).
const ELIDED_IT = /(?<![a-z0-9])(?:dell|all|nell|dall|sull|coll|un|quest|quell|sant)[\u2019'](?=[aeiouh])/g;
function normalizeTerm(term) {
  return fold(term).replace(ELIDED, '').replace(ELIDED_IT, '').replace(/[\u2019']/g, '').split(/[^a-z0-9]+/).filter(Boolean).map(singularize).join(' ');
}
function phraseKey(term) {
  const key = normalizeTerm(term);
  if (!key.includes(' ')) return key;
  const parts = key.split(' ');
  const kept = parts.filter((x) => !STOPWORDS.has(x));
  return kept.length >= 2 ? kept.join(' ') : key;
}

// ---- emit --------------------------------------------------------------------------------------
const lists = [];
const listIndex = new Map();
const listId = (s) => {
  const v = s.split(';').map((x) => normalizeTerm(x.trim())).filter(Boolean).join(';');
  if (!v) return '';
  if (!listIndex.has(v)) { listIndex.set(v, lists.length); lists.push(v); }
  return String(listIndex.get(v));
};
// German umlauts are very often written `ae`, `oe`, `ue` (URLs, ASCII event names and file names:
// `/aerzte`, `fruehgeburt`, `schwangerschaftsuebelkeit`), while NFKD folding drops the dots
// (`Ärzte` → `arzte`). A German entry whose term has an umlaut is registered under both spellings,
// here, where the term still has its umlauts; context and exclusion words of German entries get
// both spellings too. Only `lang=de` entries are expanded: a global `ae → a` fold would merge
// unrelated English words (`aerial`, `Michael`), and the British fold already maps `ae`/`oe` to `e`
// inside long words on both sides, which the variant's key goes through like any other key.
const UMLAUTS = { '\u00e4': 'ae', '\u00f6': 'oe', '\u00fc': 'ue' };
const umlautSpelling = (s) => s.normalize('NFC').toLowerCase().replace(/[\u00e4\u00f6\u00fc]/g, (c) => UMLAUTS[c]);
const hasUmlaut = (s) => /[\u00e4\u00f6\u00fc]/.test(s.normalize('NFC').toLowerCase());
const deList = (list) => {
  if (!list || !hasUmlaut(list)) return list;
  const items = list.split(';').map((x) => x.trim()).filter(Boolean);
  return [...items, ...items.filter(hasUmlaut).map(umlautSpelling)].join(';');
};
const rows = [];
const counts = { byMatch: {}, byCategory: {}, byTier: {}, byLang: {}, umlautSpellings: 0 };
const emitted = new Set();
const emit = (e, rawTerm) => {
  const term = e.match === 'abbr_cs' ? rawTerm : fold(rawTerm);
  const facet = e.facet || 'condition';
  const key = e.match === 'abbr_cs' ? '' : phraseKey(term);
  if (e.match !== 'abbr_cs' && !key) return false;
  const de = e.lang === 'de';
  rows.push([term, MATCHES.indexOf(e.match), CATEGORIES.indexOf(e.category), FACETS.indexOf(facet), e.tier, e.lang || 'en', listId(de ? deList(e.requires_context || '') : e.requires_context || ''), listId(de ? deList(e.exclude_if_near || '') : e.exclude_if_near || ''), key === term ? '' : key].join('\t'));
  emitted.add(`${e.match === 'abbr_cs' ? 'cs:' : ''}${term}`);
  return true;
};
for (const e of entries.values()) {
  if (!emit(e, e.term)) continue;
  counts.byMatch[e.match] = (counts.byMatch[e.match] ?? 0) + 1;
  counts.byCategory[e.category] = (counts.byCategory[e.category] ?? 0) + 1;
  counts.byTier[e.tier] = (counts.byTier[e.tier] ?? 0) + 1;
  counts.byLang[e.lang || 'en'] = (counts.byLang[e.lang || 'en'] ?? 0) + 1;
}
// The `ae`/`oe`/`ue` spellings of German entries, unless a term of that spelling is defined anyway.
for (const e of entries.values()) {
  if (e.lang !== 'de' || e.match === 'abbr_cs' || !hasUmlaut(e.term)) continue;
  const variant = umlautSpelling(e.term);
  if (entries.has(keyOf({ ...e, term: variant })) || emitted.has(fold(variant))) continue;
  if (emit(e, variant)) counts.umlautSpellings++;
}
counts.entries = rows.length - counts.umlautSpellings;
// Two languages' conditional entries that fold to one key: the classifier keeps one of them, and the
// other's context and exclusion words are lost (Italian `filler` and Dutch `fillers`). Join their
// lists in one entry instead.
{
  const byKey = new Map();
  for (const r of rows) {
    const [term, match, , , , lang, ctx, ex, key] = r.split('\t');
    if (MATCHES[match] !== 'ctx' && MATCHES[match] !== 'weak') continue;
    const k = key || term;
    (byKey.get(k) ?? byKey.set(k, []).get(k)).push({ term, lang, lists: `${ctx}/${ex}` });
  }
  for (const [k, group] of byKey) {
    if (new Set(group.map((g) => g.lang)).size > 1 && new Set(group.map((g) => g.lists)).size > 1) {
      console.warn(`warning: ${group.map((g) => `${g.lang} "${g.term}"`).join(' and ')} share the key "${k}" with different context words; only one entry is kept`);
    }
  }
}
const q = (s) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const out = `// GENERATED by scripts/build-lexicon.mjs from packages/core/data/ — do not edit by hand.
// Sources, licences and attribution: docs/health-classifier.md.
/* eslint-disable */
export const CATEGORY_CODES = ${JSON.stringify(CATEGORIES)} as const;
export const MATCH_CODES = ${JSON.stringify(MATCHES)} as const;
export const FACET_CODES = ${JSON.stringify(FACETS)} as const;
/** Context / exclusion word lists (normalized), ';'-separated, referenced by index from ENTRIES. */
export const LISTS: readonly string[] = ${JSON.stringify(lists)};
/** term \\t match \\t category \\t facet \\t tier \\t lang \\t requires_context list \\t exclude_if_near list \\t normalized key (empty = term) */
export const ENTRIES: string = ${q(rows.join('\n'))};
/** Trap phrases (folded, space-separated tokens). */
export const TRAPS: string = ${q([...traps].join('\n'))};
/** Dictionary words that contain a substring term without meaning it (\`specialist\` ⊃ \`cialis\`). */
export const SUBSTR_GUARDS: string = ${q(substrGuards.join('\n'))};
/** Dictionary words that end in a medical suffix without being medical (\`dichotomy\`). */
export const SUFFIX_GUARDS: string = ${q(suffixGuards.join('\n'))};
export const LEXICON_COUNTS = ${JSON.stringify({ entries: counts.entries, traps: traps.size, ...counts })} as const;
`;
if (args.has('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== out) { console.error('lexicon.generated.ts is out of date: run node scripts/build-lexicon.mjs'); process.exit(1); }
  console.log('lexicon.generated.ts is up to date');
} else {
  writeFileSync(outFile, out);
  console.log(`wrote ${outFile.slice(root.length + 1)}: ${counts.entries} entries (+${counts.umlautSpellings} German ae/oe/ue spellings), ${JSON.stringify(counts.byLang)}, tiers ${JSON.stringify(counts.byTier)}, ${traps.size} traps, ${substrGuards.length} substring guards, ${suffixGuards.length} suffix guards, ${(out.length / 1024).toFixed(0)} KiB`);
}
