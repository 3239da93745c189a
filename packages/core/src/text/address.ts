import type { HealthClassifier, HealthMatch } from '../health/types.js';

/** Which part of the page address a value holds: a host name alone, a whole URL, or a path or query. */
export type AddressPart = 'host' | 'url' | 'path';

/** Words a regex or URL pattern contains, for the classifier (`^\/psychiatry(\/.*)?$` → `/psychiatry /.`). */
export function patternText(source: string): string {
  return patternWords(source).text.replace(/\s+/gu, ' ').trim();
}

/**
 * The words of a regex, with `map[i]` the offset in `source` of character `i` of `text`, so a
 * match in the words can be shown in the pattern. Escaped punctuation becomes itself, a case class
 * (`[Pp]`) its first letter, every other metacharacter a space.
 */
export function patternWords(source: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  const put = (c: string, at: number) => {
    text += c;
    map.push(at);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    // A negative lookaround (`^/(?!psychiatry|ivf)`) names what the pattern keeps out: no words of it.
    const skip = c === '(' && (source.startsWith('?!', i + 1) || source.startsWith('?<!', i + 1)) ? groupEnd(source, i) : undefined;
    if (skip !== undefined) {
      for (let j = i; j <= skip; j++) put(' ', j);
      i = skip;
    } else if (c === '\\') {
      const next = source[i + 1] ?? '';
      put(/[./\-_?&=#:]/u.test(next) ? next : ' ', i + 1);
      i++;
    } else if (c === '[') {
      const close = source.indexOf(']', i + 1);
      const inner = close < 0 ? '' : source.slice(i + 1, close);
      // `[Pp]`: one letter in either case.
      put(inner.length === 2 && inner[0]!.toLowerCase() === inner[1]!.toLowerCase() && /\p{L}/u.test(inner[0]!) ? inner[0]! : ' ', i + 1);
      if (close >= 0) i = close;
    } else if ('^$()]{}*+?|'.includes(c)) {
      put(' ', i);
    } else {
      put(c, i);
    }
  }
  return { text, map };
}

/** Offset of the `)` closing the regex group that opens at `open` (escapes and classes skipped), if it is closed. */
export function groupEnd(source: string, open: number): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let j = open; j < source.length; j++) {
    const d = source[j];
    if (d === '\\') j++;
    else if (inClass) inClass = d !== ']';
    else if (d === '[') inClass = true;
    else if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return j;
  }
  return undefined;
}

/**
 * Every string a regex made of literals, groups, alternation and `?` matches
 * (`^screening_(mammogram|colonoscopy)_booked$` → both names), or undefined for anything else
 * (classes, `*`, `+`, lookarounds) or more than `max` strings.
 */
export function regexExpansions(source: string, max = 64): string[] | undefined {
  const s = source.replace(/^\^/u, '').replace(/(?<!\\)\$$/u, '');
  let i = 0;
  const product = (left: string[], right: readonly string[]): string[] | undefined => {
    const out: string[] = [];
    for (const l of left) for (const r of right) if (out.push(l + r) > max) return undefined;
    return out;
  };
  const alternation = (): string[] | undefined => {
    let options = sequence();
    while (options && s[i] === '|') {
      i++;
      const next = sequence();
      options = next && options.length + next.length <= max ? [...options, ...next] : undefined;
    }
    return options;
  };
  const sequence = (): string[] | undefined => {
    let out: string[] | undefined = [''];
    while (out && i < s.length && s[i] !== '|' && s[i] !== ')') {
      let atom: string[] | undefined;
      const c = s[i]!;
      if (c === '(') {
        const named = /^\(\?<[A-Za-z_]\w*>/u.exec(s.slice(i));
        if (named) i += named[0].length;
        else if (s.startsWith('(?:', i)) i += 3;
        else if (s[i + 1] === '?') return undefined; // lookaround
        else i++;
        atom = alternation();
        if (s[i] !== ')') return undefined;
        i++;
      } else if (c === '\\') {
        const next = s[i + 1];
        if (next === undefined || /[A-Za-z0-9]/u.test(next)) return undefined;
        atom = [next];
        i += 2;
      } else if (/[.*+?[\]{}^$]/u.test(c)) {
        return undefined;
      } else {
        atom = [c];
        i++;
      }
      if (s[i] === '?') {
        atom = atom && [...atom, ''];
        i++;
      } else if (s[i] !== undefined && /[*+{]/u.test(s[i]!)) {
        return undefined;
      }
      out = atom && product(out, atom);
    }
    return out;
  };
  const all = alternation();
  return all && i === s.length ? [...new Set(all)] : undefined;
}

/** How a test compares a text with the page address, in code and in GTM conditions. */
export type TextTest = 'equals' | 'contains' | 'starts with' | 'ends with' | 'matches';

/** Whether `text` passes `test` against `arg` (a regex's source for `matches`; an invalid regex passes nothing). */
export function passesTest(test: TextTest, text: string, arg: string, ignoreCase = false): boolean {
  if (test === 'matches') {
    try {
      return new RegExp(arg, ignoreCase ? 'iu' : 'u').test(text);
    } catch {
      return false;
    }
  }
  const a = ignoreCase ? text.toLowerCase() : text;
  const b = ignoreCase ? arg.toLowerCase() : arg;
  return test === 'equals' ? a === b : test === 'contains' ? a.includes(b) : test === 'starts with' ? a.startsWith(b) : a.endsWith(b);
}

/** A host name at the start of a URL written without its scheme (`harborlight.example/opioid`); not a file name. */
const LEADING_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!html?\b|php\b|aspx?\b|jsp\b|pdf\b)[a-z]{2,}(?=[/:?#]|$)/iu;

/**
 * Classifies a condition value on the page address. A term in a host name says which site this is,
 * not what the visitor has: the classifier reports it as care context (tier 3) when it sees the host
 * after a scheme, so a host written without one (`{{Page Hostname}} equals opioid-care.example.org`)
 * is given one, as a URL would have it.
 */
/** A word of three letters or more with a number right after it, at the end of a path segment or word. */
const COPY_NUMBER = /[a-z]{3}\d+(?![a-z\d])/iu;
const COPY_NUMBERS = /(?<![a-z])([a-z]{3,})(\d+)(?![a-z\d])/giu;

export function classifyAddress(value: string, part: AddressPart, classifier: HealthClassifier): HealthMatch | undefined {
  // Pattern words keep the regex's anchors as blanks (` opioid-care.example.org `).
  const lead = value.length - value.trimStart().length;
  const rest = value.slice(lead);
  const bareHost = part !== 'path' && !rest.includes('://') && !/^www\./iu.test(rest) && (part === 'host' || LEADING_HOST.test(rest));
  if (!bareHost) {
    const match = classifier.classify(value)[0];
    // A page's copy named with a number (`/ivf2.html`, `hair-transplant2`): the word without it, at the same offsets.
    if (match || !COPY_NUMBER.test(value)) return match;
    return classifier.classify(value.replace(COPY_NUMBERS, (_, word: string, digits: string) => word + ' '.repeat(digits.length)))[0];
  }
  const scheme = 'https://';
  const match = classifier.classify(scheme + rest)[0];
  const shift = lead - scheme.length;
  return match && { ...match, start: match.start + shift, end: match.end + shift };
}

/**
 * The health terms of the addresses a regex spells out (`^/(ivf|hiv-testing)/` → "ivf", "hiv"), each
 * once as written; none when it spells too many to list.
 */
export function patternTerms(source: string, classifier: HealthClassifier, part: AddressPart = 'path'): string[] {
  const terms = new Set<string>();
  for (const address of regexExpansions(source, 32) ?? []) {
    const match = classifyAddress(address, part, classifier);
    if (match) terms.add(address.slice(match.start, match.end));
  }
  return [...terms];
}

/** The first health term in a regex, with its span in the regex source (`^/[Pp]sychiatry` → "Psychiatry" at 2..14). */
export function classifyPattern(source: string, classifier: HealthClassifier, part: AddressPart = 'path'): HealthMatch | undefined {
  const { text, map } = patternWords(source);
  const match = classifyAddress(text, part, classifier);
  const placed = match && { ...match, start: map[match.start] ?? 0, end: (map[match.end - 1] ?? source.length - 1) + 1 };
  // A match within one run of literal text stands; one across a group or an alternation (`(std|sti)-testing`
  // read as "sti -testing", `(hiv|aids)` as "hiv aids") is not text any address has.
  if (placed && !/[|()]/u.test(source.slice(placed.start, placed.end))) return placed;
  // A word split by an alternation (`^/(pre|post)natal-care/`): the addresses the pattern spells out, shown as the whole pattern.
  for (const address of regexExpansions(source, 32) ?? []) {
    const spelled = classifyAddress(address, part, classifier);
    if (spelled) return { ...spelled, start: 0, end: source.length };
  }
  return placed;
}
