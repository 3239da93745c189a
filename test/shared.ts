import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Data beside the repository, in `../shared`: the real GTM exports and the labelled lexicon set.
 * A checkout without it skips the tests that read it, with a notice; CI sets
 * `PHIGUARD_REQUIRE_SHARED=1`, so that there a missing folder fails the run instead.
 */
const root = new URL('../../shared/', import.meta.url);
export const corpusDir = fileURLToPath(new URL('corpus/gtm/', root));
export const evalFile = fileURLToPath(new URL('lexicon/eval.tsv', root));

const checked = new Map<string, boolean>();

/** Whether `path` exists; throws when it does not and the run requires it. */
export function hasShared(path: string): boolean {
  let found = checked.get(path);
  if (found !== undefined) return found;
  found = existsSync(path);
  checked.set(path, found);
  if (!found) {
    if (process.env.PHIGUARD_REQUIRE_SHARED === '1') throw new Error(`${path} is missing, and PHIGUARD_REQUIRE_SHARED=1 requires it`);
    console.warn(`phiguard tests: ${path} not found, so the tests that read it are skipped (it sits beside the repository: see README)`);
  }
  return found;
}
