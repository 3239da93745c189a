import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileHelpers, EXTRA_MATCHES, HEALTH_CATEGORIES, trackerCallProblem, moduleKey, OPTION_NAMES, optionsProblem, VENDOR_IDS, type CompiledHelper, type Helpers, type PhiguardOptions, type TrackingHelper } from '@phiguard/core';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** Option schemas shared by the rules; the GTM analyzer's config file takes the same names. */
export const allowVendorsSchema: JSONSchema4 = {
  type: 'array',
  description: 'Vendor ids not to report, e.g. a vendor you have a signed BAA with.',
  items: { type: 'string', enum: [...VENDOR_IDS] },
  uniqueItems: true,
};

export const healthSchemas: Record<string, JSONSchema4> = {
  extraTerms: {
    type: 'array',
    description: 'Health terms to add to the lexicon, such as your own service names.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['term', 'category'],
      properties: {
        term: { type: 'string', minLength: 1, description: 'The term, lower case (abbreviations in their case).' },
        category: {
          type: 'string',
          description: 'Lexicon category of the term.',
          enum: [...HEALTH_CATEGORIES],
        },
        tier: { type: 'integer', enum: [1, 2, 3], description: 'Sensitivity tier (1 = most sensitive).' },
        match: { type: 'string', enum: [...EXTRA_MATCHES], description: 'How the term is matched.' },
      },
    },
  },
  allowTerms: {
    type: 'array',
    description: 'Health terms never to report, e.g. `dental` for a toothpaste retailer.',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
  },
  minTier: {
    type: 'integer',
    enum: [1, 2, 3],
    description: 'Least sensitive tier reported: 1 = tier-1 only, 2 = tiers 1–2, 3 = all.',
  },
  healthContext: {
    type: 'boolean',
    description: 'Health-site mode: weak care words such as `appointment` or `patient` count on their own.',
  },
};

/**
 * `meta.defaultOptions` of every rule: empty on purpose. ESLint merges the defaults into the
 * options a rule receives, so a default there could not be told from an option the user set, and
 * would override `settings.phiguard`. The defaults are core's (`resolveSettings`), listed in each
 * rule's doc.
 */
export const DEFAULT_OPTIONS: [Record<never, never>] = [{}];

/**
 * A mistake in `settings.phiguard`. ESLint checks rule options against the schemas but not
 * settings, so they are checked here; ESLint prints an error's `stack`, which is kept to the reason.
 */
export class SettingsError extends Error {
  constructor(reason: string) {
    super(`phiguard: invalid settings.phiguard in the ESLint config: ${reason}`);
    this.name = 'SettingsError';
    this.stack = this.message;
  }
}

const checked = new WeakSet<object>();

/** Throws `SettingsError` for a wrong type, value or unknown key (`minTeir`), once per settings object. */
function checkSettings(shared: unknown): void {
  if (typeof shared === 'object' && shared !== null && checked.has(shared)) return;
  if (shared === null || typeof shared !== 'object' || Array.isArray(shared)) throw new SettingsError('it must be an object');
  const unknown = Object.keys(shared).find((key) => !OPTION_NAMES.includes(key));
  if (unknown !== undefined) throw new SettingsError(`unknown option "${unknown}" (options: ${OPTION_NAMES.join(', ')})`);
  const problem = optionsProblem(shared as Record<string, unknown>);
  if (problem) throw new SettingsError(problem);
  checked.add(shared);
}

/** `settings.phiguard` in the ESLint config applies to every rule; rule options override it. */
export function mergeOptions(settings: unknown, options: PhiguardOptions | undefined): PhiguardOptions {
  const shared = (settings as { phiguard?: unknown } | undefined)?.phiguard;
  if (shared === undefined) return { ...options };
  checkSettings(shared);
  return { ...(shared as PhiguardOptions), ...options };
}

const compiled = new WeakMap<readonly TrackingHelper[], Map<string, CompiledHelper[]>>();

/** A path (`./src/utils/gtm`, `../lib/x`, `/abs`) rather than a package or alias (`@/lib/gtm`). */
const isPath = (specifier: string): boolean => /^\.\.?(?:[/\\]|$)/u.test(specifier) || path.isAbsolute(specifier);

/** Whether a module exists at `file` (a path without extension, as imports write it): `file.*`, `file/index.*`, or `file` itself. */
function moduleExists(file: string): boolean {
  if (existsSync(file)) return true;
  const dir = path.dirname(file);
  const base = path.basename(file);
  try {
    return readdirSync(dir).some((entry) => entry.startsWith(`${base}.`));
  } catch {
    return false;
  }
}

/**
 * A `from` path that names no module: it is resolved from ESLint's working directory, not from the
 * file that imports it, and one copied from an import (`'../../utils/gtm'`) would match nothing,
 * silently. Checked only when the working directory exists (the `Linter` API lints text without files).
 */
function missingModule(list: readonly TrackingHelper[], cwd: string): string | undefined {
  if (!existsSync(cwd)) return undefined;
  for (const [i, helper] of list.entries()) {
    const from = helper.from === undefined ? [] : typeof helper.from === 'string' ? [helper.from] : helper.from;
    for (const [j, specifier] of from.entries()) {
      if (!isPath(specifier)) continue;
      const file = path.resolve(cwd, specifier);
      if (moduleExists(file)) continue;
      const field = typeof helper.from === 'string' ? 'from' : `from[${j}]`;
      return `trackingHelpers[${i}].${field}: no module at "${specifier}" (${file}); a path is resolved from the directory ESLint runs in (${cwd}), not from the file that imports it: write it from there, or as an absolute path (path.join(import.meta.dirname, …))`;
    }
  }
  return undefined;
}

/**
 * `settings.phiguard.trackingHelpers` for one file: a `from` path is resolved against the directory
 * ESLint runs in, and the file's relative imports against its own directory, so both name a module the same way.
 */
export function helpersFor(settings: unknown, cwd: string, filename: string): Helpers | undefined {
  const shared = (settings as { phiguard?: unknown } | undefined)?.phiguard;
  if (shared === undefined) return undefined;
  checkSettings(shared);
  const list = (shared as PhiguardOptions).trackingHelpers;
  if (!list?.length) return undefined;
  let byCwd = compiled.get(list);
  if (!byCwd) compiled.set(list, (byCwd = new Map()));
  let helpers = byCwd.get(cwd);
  if (!helpers) {
    const missing = missingModule(list, cwd);
    if (missing) throw new SettingsError(missing);
  }
  if (!helpers) byCwd.set(cwd, (helpers = compileHelpers(list, trackerCallProblem, (from) => moduleKey(isPath(from) ? path.resolve(cwd, from) : from))));
  const dir = path.dirname(filename);
  return { list: helpers, moduleKey: (source) => moduleKey(isPath(source) ? path.resolve(dir, source) : source) };
}
