/** A word as regex source that matches it literally. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * Regex source matching any of `words`, with common starts factored out (`ttq|twq|twitter` →
 * `t(?:tq|w(?:q|itter))`). V8 tries a plain alternation's branches one by one at each position of
 * the text; factored, a position that starts no word fails at its first character. Over OpenMRS's
 * 4 MB, the tracker names ran 15 % faster so. Where one word starts another, the longer is tried
 * first (`tiktok(?:w)?` matches `tiktokw` whole).
 */
export function alternation(words: Iterable<string>): string {
  return branches([...new Set(words)].map((w) => [...w]));
}

/** The alternatives of `words` (lists of characters) as one group that may follow a prefix. */
function branches(words: string[][]): string {
  const byFirst = new Map<string, string[][]>();
  let empty = false;
  for (const word of words) {
    if (word.length === 0) empty = true;
    else {
      const rest = byFirst.get(word[0]!);
      if (rest) rest.push(word.slice(1));
      else byFirst.set(word[0]!, [word.slice(1)]);
    }
  }
  const parts = [...byFirst].map(([first, rest]) => escapeRe(first) + (rest.length === 1 ? escapeRe(rest[0]!.join('')) : branches(rest)));
  if (empty) return `(?:${parts.join('|')})?`;
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}
