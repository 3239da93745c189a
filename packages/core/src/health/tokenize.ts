/**
 * Tokenizer for event names, URL paths, query strings and free text.
 *
 * One left-to-right pass, linear in the input length:
 *  - `%XX` runs are percent-decoded as UTF-8 (invalid bytes become separators);
 *  - every character is folded: NFKD, combining marks dropped, lowercased (`Eréctil` → `erectil`);
 *    Polish `ł`/`Ł`, which has no decomposition, folds onto `l` (`układ`, `głowy`), German
 *    `ß`/`ẞ` onto `ss` (`Fußpflege` → `fusspflege`), and Norwegian `ø` onto `o` and `æ` onto `ae`
 *    (`fødsel` → `fodsel`, `sædbank` → `saedbank`);
 *  - anything that is not `[a-z0-9]` after folding is a separator (`_ - . / : ? & = # +`, spaces,
 *    control characters, lone surrogates, other scripts); an apostrophe between letters is dropped
 *    (`Alzheimer's` → `alzheimers`), and with it a French elided article or pronoun before it
 *    (`l'IVG` → `ivg`, `d'IST` → `ist`);
 *  - camelCase is split (`bookPsychiatrist`, `HTMLParser` → `html parser`, `glp1Eligibility`), but
 *    letters and digits are never split from each other (`glp1`, `a1c`, `phq9`, `covid19`), and a
 *    plural `s` stays with its acronym (`ViewSTDsTestingPage` → `view stds testing page`).
 *
 * Every token keeps the offsets of the original string it came from.
 */

export interface Token {
  /** Folded lowercase form, e.g. `psychiatrist`. */
  readonly low: string;
  /** Singularized form used for lexicon look-ups, e.g. `therapist` for `therapists`. */
  readonly norm: string;
  /** Offsets into the original input. */
  readonly start: number;
  readonly end: number;
  /** Index of the word (maximal alphanumeric run before camelCase splitting) this token belongs to. */
  readonly word: number;
}

export interface Word {
  /** Folded lowercase form of the whole run, camelCase not split (`afib` for `AFib`). */
  readonly low: string;
  readonly start: number;
  readonly end: number;
  /** Index of its first token and the number of tokens it was split into. */
  readonly firstToken: number;
  readonly tokenCount: number;
  /**
   * Original offset of every character of `low` (start / end), for substring matches inside the
   * word; `null` when characters map one to one onto the input from `start` (plain ASCII input).
   */
  readonly charStarts: readonly number[] | null;
  readonly charEnds: readonly number[] | null;
}

export interface Tokenized {
  readonly tokens: readonly Token[];
  readonly words: readonly Word[];
}

const FOLD_CACHE = new Map<number, string>();
const NON_ALNUM = /[^a-z0-9]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Characters a page does not show: soft hyphen, zero-width space, non-joiner and joiner, word joiner, BOM. */
const INVISIBLE: ReadonlySet<number> = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/**
 * Letters NFKD does not decompose:
 * - Polish `ł`/`Ł` (`ból głowy`, `układ`, `położna`) fold onto `l`, one code point in, one letter out;
 *   the other Polish letters (`ą ę ś ć ń ó ź ż`) decompose and lose their marks like any accent;
 * - German `ß` and capital `ẞ` fold to `ss`, as Switzerland, capitals and many URLs write them
 *   (`Fußpflege`, `FUSSPFLEGE`, `/fusspflege`); both letters keep the offsets of the one they came from;
 * - Norwegian (and Danish) `ø`/`Ø` fold onto `o` and `æ`/`Æ` to `ae`, as Norwegian URL slugs write
 *   them (`/fodsel`, `/oyelege`, `saedbank`); `å` decomposes and folds onto `a` like any accent.
 */
const UNDECOMPOSED_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x141, 'l'],
  [0x142, 'l'],
  [0xdf, 'ss'],
  [0x1e9e, 'ss'],
  [0xd8, 'o'],
  [0xf8, 'o'],
  [0xc6, 'ae'],
  [0xe6, 'ae'],
]);

/** Folds one non-ASCII code point to `[a-z0-9]*` (empty string = separator). */
function foldCodePoint(cp: number): string {
  let folded = FOLD_CACHE.get(cp);
  if (folded !== undefined) return folded;
  if (cp >= 0xd800 && cp <= 0xdfff) {
    folded = ''; // lone surrogate
  } else if (UNDECOMPOSED_FOLDS.has(cp)) {
    folded = UNDECOMPOSED_FOLDS.get(cp)!;
  } else {
    const ch = String.fromCodePoint(cp);
    // A symbol NFKD spells with letters (`™` → `TM`, `℠` → `SM`) separates words: `Wegovy™` is "Wegovy".
    const f = LETTER_OR_NUMBER.test(ch) ? ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : '';
    folded = f.length > 0 && f.length <= 3 && !NON_ALNUM.test(f) ? f : '';
  }
  if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(cp, folded);
  return folded;
}

const UPPER_CACHE = new Map<number, boolean>();
function isUpperCodePoint(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  let upper = UPPER_CACHE.get(cp);
  if (upper === undefined) {
    const ch = String.fromCodePoint(cp);
    upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    if (UPPER_CACHE.size < 4096) UPPER_CACHE.set(cp, upper);
  }
  return upper;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Decoded character stream: code point, original start, original end. */
interface Stream {
  cps: number[];
  starts: number[];
  ends: number[];
}

/** Decodes `%XX` runs as UTF-8; everything else passes through as code points. Linear. */
function decode(input: string): Stream {
  const cps: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < n + 0 && hexVal(input.charCodeAt(i + 1)) >= 0 && hexVal(input.charCodeAt(i + 2)) >= 0) {
      // Collect the run of %XX bytes.
      const bytes: number[] = [];
      const byteStart: number[] = [];
      let j = i;
      const byteEnd: number[] = [];
      while (j + 2 < n + 0 && input.charCodeAt(j) === 37) {
        const h = hexVal(input.charCodeAt(j + 1));
        const l = hexVal(input.charCodeAt(j + 2));
        if (h < 0 || l < 0) break;
        // Double-encoded escape (`%2520` = `%20`): decode both levels at once.
        if (h === 2 && l === 5 && j + 4 < n) {
          const h2 = hexVal(input.charCodeAt(j + 3));
          const l2 = hexVal(input.charCodeAt(j + 4));
          if (h2 >= 0 && l2 >= 0) {
            bytes.push(h2 * 16 + l2);
            byteStart.push(j);
            byteEnd.push(j + 5);
            j += 5;
            continue;
          }
        }
        bytes.push(h * 16 + l);
        byteStart.push(j);
        byteEnd.push(j + 3);
        j += 3;
      }
      // UTF-8 decode, invalid sequences become U+FFFD (a separator).
      let b = 0;
      while (b < bytes.length) {
        const b0 = bytes[b]!;
        let len = 1;
        let cp = 0xfffd;
        if (b0 < 0x80) cp = b0;
        else if (b0 >= 0xc2 && b0 <= 0xdf) len = 2;
        else if (b0 >= 0xe0 && b0 <= 0xef) len = 3;
        else if (b0 >= 0xf0 && b0 <= 0xf4) len = 4;
        if (len > 1) {
          let ok = b + len <= bytes.length;
          let v = len === 2 ? b0 & 0x1f : len === 3 ? b0 & 0x0f : b0 & 0x07;
          for (let k = 1; ok && k < len; k++) {
            const bk = bytes[b + k]!;
            if ((bk & 0xc0) !== 0x80) ok = false;
            else v = (v << 6) | (bk & 0x3f);
          }
          if (ok && v >= 0x80 && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff)) cp = v;
          else len = 1;
        }
        cps.push(cp);
        starts.push(byteStart[b]!);
        ends.push(byteEnd[b + len - 1]!);
        b += len;
      }
      i = j;
      continue;
    }
    // Ordinary code unit / surrogate pair.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cps.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        starts.push(i);
        ends.push(i + 2);
        i += 2;
        continue;
      }
    }
    cps.push(c);
    starts.push(i);
    ends.push(i + 1);
    i += 1;
  }
  return { cps, starts, ends };
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x60, 0xb4]);

/**
 * French elided words before a vowel or a mute h (`l'IVG`, `d'IST`, `qu'une`, `jusqu'à`): dropped with
 * their apostrophe, as the articles they stand for are (`le`, `de`), instead of being glued onto the
 * next word. Only a whole word of these letters is dropped (`Alzheimer's` keeps its `s`).
 */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/**
 * Italian elided articles, articulated prepositions and determiners (`dell'HIV`, `all'ospedale`,
 * `nell'adolescenza`, `un'ecografia`, `quest'anno`; `l'` and `d'` are in ELIDED): dropped the same
 * way, but only before a vowel or `h`, as Italian elides, so English contractions, which are all
 * followed by a consonant (`all's`, `Dell's`, `Quest's`), keep their letters.
 */
const ELIDED_IT = new Set(['dell', 'all', 'nell', 'dall', 'sull', 'coll', 'un', 'quest', 'quell', 'sant']);

function startsVowel(cp: number): boolean {
  const f = cp < 128 ? String.fromCharCode(cp | 32) : foldCodePoint(cp);
  const c = f.charCodeAt(0);
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 104; // a e i o u h
}

/**
 * German umlauts as URLs and ASCII names write them (`Ärzte` → `aerzte`, `Geflügel` → `gefluegel`),
 * lowercased; the tokenizer itself folds them to their base letter (`arzte`). Lexicon entries and
 * context words of German get both spellings (scripts/build-lexicon.mjs does the same).
 */
export function umlautSpelling(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[äöü]/g, (ch) => (ch === 'ä' ? 'ae' : ch === 'ö' ? 'oe' : 'ue'));
}

/**
 * Light singularizer: `-ies → y`, `-ches/-shes/-xes/-ses → -es dropped`, `-s` dropped. Tokens of
 * four characters or fewer and words ending in `ss`, `us`, `is`, `ys` are kept (`lupus`, `diagnosis`).
 * Portuguese plurals of six letters or more that do not end in a plain `-s` are folded onto their
 * singular (accents are already gone): `-ções/-sões/-mões/-iões → -ão` (`infecções`, `lesões`),
 * `-ais → -al` (`hospitais`, `mentais`), `-eis → -el` (`transmissíveis`).
 */
export function singularize(w: string): string {
  return britishFold(singularizeOnly(w));
}

/**
 * British spellings folded onto American ones for words of six letters or more, on both the
 * lexicon and the input side: `ae → e` and `oe → e` inside the word (paediatric, haematology, anaemia,
 * oestrogen, oesophagus, foetal), `-our → -or` (tumour, labour, behaviour) and
 * `-tre → -ter` (centre).
 */
function britishFold(w: string): string {
  if (w.length < 6) return w;
  let out = w;
  // Only inside the word: a final -ae/-oe is kept (invitae, vertebrae, canoe).
  const body = out.slice(0, -2);
  if (body.includes('ae') || body.includes('oe')) out = body.split('ae').join('e').split('oe').join('e') + out.slice(-2);
  if (out.endsWith('our')) out = out.slice(0, -3) + 'or';
  else if (out.endsWith('tre')) out = out.slice(0, -3) + 'ter';
  return out;
}

/**
 * French folds, after the plural is dropped, for words of six letters or more: `-ie → -y`, which is
 * also what the English `-ies` plural leaves (`maladies` and `maladie` share `malady`; `thérapie`,
 * `psychiatrie` and `cardiologie` meet `therapy`, `psychiatry` and `cardiology`, and English
 * `cookie`/`cookies` meet at last); `-eaux → -eau` and `-aux → -al` (`hôpitaux`, `mentaux`,
 * `médicaux`).
 */
function frenchFold(w: string): string {
  const n = w.length;
  if (n < 6) return w;
  if (w.charCodeAt(n - 1) === 101 /* e */ && w.charCodeAt(n - 2) === 105 /* i */) return w.slice(0, -2) + 'y';
  if (w.endsWith('aux')) return w.charCodeAt(n - 4) === 101 /* e */ ? w.slice(0, -1) : w.slice(0, -2) + 'l';
  return w;
}

function singularizeOnly(w: string): string {
  return frenchFold(singularizeOnlyPlural(w));
}

function singularizeOnlyPlural(w: string): string {
  const n = w.length;
  // Short words are kept: plural abbreviations (`stds`, `pcos`, `sids`, `aids`, `meds`) must not
  // collapse onto everyday tokens (`sid`, `aid`, `med`); compile.ts registers `abbr+s` forms.
  if (n <= 4 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  // Portuguese -ções, -sões, -mões, -iões (`infecções`, `lesões`, `pulmões`, `cirurgiões`), -ais
  // and -eis. English words of this length ending so are rare and not medical (`calicoes`,
  // `samurais`); `-toes`, `-does` and `-shoes` are left alone (`hammertoes`, `overdoes`).
  if (n >= 6 && w.charCodeAt(n - 3) === 111 /* o */ && w.charCodeAt(n - 2) === 101 /* e */ && 'csmi'.includes(w[n - 4]!)) return w.slice(0, -3) + 'ao';
  if (n >= 6 && w.charCodeAt(n - 2) === 105 /* i */ && (w.charCodeAt(n - 3) === 97 /* a */ || w.charCodeAt(n - 3) === 101 /* e */)) return w.slice(0, -2) + 'l';
  const p = w.charCodeAt(n - 2);
  if (p === 115 /* s */ || p === 117 /* u */ || p === 105 /* i */ || p === 121 /* y */) return w;
  if (p >= 48 && p <= 57) return w; // covid19s? keep digits alone
  if (w.endsWith('ies') && n > 4) return w.slice(0, -3) + 'y';
  if (n > 4 && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('ses'))) return w.slice(0, -2);
  return w.slice(0, -1);
}

function isLetterCp(cp: number): boolean {
  // After folding a letter is anything in a-z; used only for camelCase and apostrophe rules.
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  const f = foldCodePoint(cp);
  return f.length > 0 && f.charCodeAt(0) >= 97;
}

function isLowerLetterCp(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return isLetterCp(cp) && !isUpperCodePoint(cp);
}

function isDigitCp(cp: number): boolean {
  return cp >= 48 && cp <= 57;
}

/**
 * Whether a camelCase word ends before `cps[j]`: the input ends, a separator follows or a capital
 * starts the next word. After `STD` + `s` this makes `STDs` one token (`ViewSTDsTestingPage`,
 * `GetURLsList`), where `s` + a lowercase letter still starts a word (`HTMLStyles` → `html styles`).
 */
function endsCamelWord(cps: readonly number[], j: number): boolean {
  if (j >= cps.length) return true;
  const cp = cps[j]!;
  if (cp < 128) return !isAlnumAscii(cp) || (cp >= 65 && cp <= 90);
  return foldCodePoint(cp) === '' || isUpperCodePoint(cp);
}

function isAlnumAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Fast path for plain ASCII input without `%` escapes or apostrophes (the common case for event
 * names and paths): same tokens as the general path, without per-character bookkeeping.
 */
function tokenizeAscii(input: string): Tokenized {
  const tokens: Token[] = [];
  const words: Word[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    if (!isAlnumAscii(input.charCodeAt(i))) {
      i++;
      continue;
    }
    const ws = i;
    while (i < n && isAlnumAscii(input.charCodeAt(i))) i++;
    const we = i;
    const firstToken = tokens.length;
    let ts = ws;
    for (let k = ws + 1; k < we; k++) {
      const c = input.charCodeAt(k);
      if (c < 65 || c > 90) continue; // boundaries only before an upper-case letter
      const prev = input.charCodeAt(k - 1);
      const next = k + 1 < we ? input.charCodeAt(k + 1) : -1;
      const nextLower = next >= 97 && next <= 122;
      // `STDsTest`: a plural `s` after capitals ends the acronym (`STDs`), it does not start a word.
      const after = k + 2 < we ? input.charCodeAt(k + 2) : -1;
      const plural = next === 115 /* s */ && (after < 0 || (after >= 65 && after <= 90));
      if ((prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90 && nextLower && !plural) || (prev >= 48 && prev <= 57 && nextLower)) {
        const low = input.slice(ts, k).toLowerCase();
        tokens.push({ low, norm: singularize(low), start: ts, end: k, word: words.length });
        ts = k;
      }
    }
    const low = input.slice(ts, we).toLowerCase();
    tokens.push({ low, norm: singularize(low), start: ts, end: we, word: words.length });
    words.push({
      low: input.slice(ws, we).toLowerCase(),
      start: ws,
      end: we,
      firstToken,
      tokenCount: tokens.length - firstToken,
      charStarts: null,
      charEnds: null,
    });
  }
  return { tokens, words };
}

/** Tokenizes `input` (any string; never throws). Linear in the input length. */
export function tokenize(input: string): Tokenized {
  const tokens: Token[] = [];
  const words: Word[] = [];
  if (typeof input !== 'string' || input.length === 0) return { tokens, words };
  let plain = true;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || c === 37 /* % */ || c === 39 /* ' */ || c === 96 /* ` */) {
      plain = false;
      break;
    }
  }
  if (plain) return tokenizeAscii(input);
  return tokenizeGeneral(input);
}

/** General path (percent-decoding, Unicode folding, apostrophes). Exported for tests. */
export function tokenizeGeneral(input: string): Tokenized {
  const tokens: Token[] = [];
  const words: Word[] = [];
  const { cps, starts, ends } = decode(input);
  const m = cps.length;

  let wordChars: string[] = [];
  let wordStarts: number[] = [];
  let wordEnds: number[] = [];
  let tokStartChar = 0; // index into wordChars where the current token starts

  const flushToken = (endChar: number): void => {
    if (endChar <= tokStartChar) return;
    let low = '';
    for (let k = tokStartChar; k < endChar; k++) low += wordChars[k]!;
    tokens.push({ low, norm: singularize(low), start: wordStarts[tokStartChar]!, end: wordEnds[endChar - 1]!, word: words.length });
    tokStartChar = endChar;
  };
  let wordFirstToken = 0;
  const flushWord = (): void => {
    flushToken(wordChars.length);
    if (wordChars.length > 0) {
      words.push({
        low: wordChars.join(''),
        start: wordStarts[0]!,
        end: wordEnds[wordEnds.length - 1]!,
        firstToken: wordFirstToken,
        tokenCount: tokens.length - wordFirstToken,
        charStarts: wordStarts,
        charEnds: wordEnds,
      });
    }
    wordChars = [];
    wordStarts = [];
    wordEnds = [];
    tokStartChar = 0;
    wordFirstToken = tokens.length;
  };

  for (let i = 0; i < m; i++) {
    const cp = cps[i]!;
    let folded: string;
    if (cp < 128) {
      if (cp >= 65 && cp <= 90) folded = String.fromCharCode(cp + 32);
      else if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) folded = String.fromCharCode(cp);
      else folded = '';
    } else {
      folded = foldCodePoint(cp);
    }
    if (folded === '') {
      // A soft hyphen or a zero-width character inside a word (`Psychi\u00ADatry`, `Chemo\u200Btherapy`) is invisible: the word goes on.
      if (INVISIBLE.has(cp) && wordChars.length > 0) continue;
      if (APOSTROPHES.has(cp) && wordChars.length > 0 && i > 0 && i + 1 < m && isLetterCp(cps[i - 1]!) && isLetterCp(cps[i + 1]!)) {
        // A French or Italian elided article or pronoun (`l'`, `d'`, `qu'`, `dell'`) is dropped with its apostrophe.
        const elided = wordChars.length <= 6 && tokStartChar === 0 ? wordChars.join('') : '';
        if (elided && (ELIDED.has(elided) || (ELIDED_IT.has(elided) && startsVowel(cps[i + 1]!)))) {
          wordChars = [];
          wordStarts = [];
          wordEnds = [];
          continue;
        }
        // Otherwise an apostrophe between two letters is dropped without ending the word.
        continue;
      }
      flushWord();
      continue;
    }
    if (wordChars.length > 0 && i > 0) {
      // camelCase boundaries inside a word.
      const prev = cps[i - 1]!;
      const upper = isUpperCodePoint(cp);
      if (upper) {
        const next = i + 1 < m ? cps[i + 1]! : -1;
        if (isLowerLetterCp(prev)) flushToken(wordChars.length);
        else if (isUpperCodePoint(prev) && next >= 0 && isLowerLetterCp(next) && !(next === 115 && endsCamelWord(cps, i + 2))) flushToken(wordChars.length);
        else if (isDigitCp(prev) && next >= 0 && isLowerLetterCp(next)) flushToken(wordChars.length);
      }
    }
    for (let k = 0; k < folded.length; k++) {
      wordChars.push(folded[k]!);
      wordStarts.push(starts[i]!);
      wordEnds.push(ends[i]!);
    }
  }
  flushWord();
  return { tokens, words };
}

/** Normalizes a lexicon term the way input is normalized: singularized tokens joined by spaces. */
const PLAIN_TERM = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
export function normalizeTerm(term: string): string {
  // Fast path for folded lexicon terms (lowercase ASCII words separated by single spaces).
  if (PLAIN_TERM.test(term)) {
    if (!term.includes(' ')) return singularize(term);
    return term.split(' ').map(singularize).join(' ');
  }
  return tokenize(term)
    .tokens.map((t) => t.norm)
    .join(' ');
}
