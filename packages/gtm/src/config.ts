import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { babelParser, OPTION_NAMES, optionsProblem } from '@phiguard/core';
import type { GtmConfig } from './analyze.js';
import { GtmInputError, loadJson } from './json/load.js';
import { isRuleId, parseLevel, RULE_IDS } from './rules.js';

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILES = ['phiguard.config.js', 'phiguard.config.mjs', 'phiguard.config.json'] as const;

/** A problem with the configuration (exit code 2). */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    /** Where in a JSON config the problem is (a syntax error). */
    readonly position?: { line: number; column: number },
  ) {
    super(reason);
    this.name = 'ConfigError';
  }

  /** `file:line:column: reason`, as for containers, or `file: reason`. */
  get where(): string {
    return this.position ? `${this.file}:${this.position.line}:${this.position.column}` : this.file;
  }
}

/** Typed helper for `phiguard.config.js`: `export default defineConfig({ … })`. */
export function defineConfig(config: GtmConfig): GtmConfig {
  return config;
}

/** The nearest config file from `cwd` upward, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const KEYS = new Set([...OPTION_NAMES, 'rules', 'ignore']);

/** Checks a config object; throws `ConfigError` naming the bad option. */
export function validateConfig(value: unknown, file: string): GtmConfig {
  const fail = (reason: string): never => {
    throw new ConfigError(file, reason);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('the config must be an object');
  const c = value as Record<string, unknown>;
  for (const key of Object.keys(c)) if (!KEYS.has(key)) fail(`unknown option "${key}" (options: ${[...KEYS].join(', ')})`);
  // A Custom HTML tag's helpers are the page's globals: `from`, written for ESLint, does not apply.
  const problem = optionsProblem(c, { fromApplies: false });
  if (problem) fail(problem);
  if (c.rules !== undefined) {
    if (c.rules === null || typeof c.rules !== 'object' || Array.isArray(c.rules)) fail('rules must be an object of rule id → "off" | "warn" | "error"');
    for (const [id, level] of Object.entries(c.rules as object)) {
      const bare = id.replace(/^phiguard\//u, '');
      if (!isRuleId(bare)) fail(`rules: unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`);
      if (!parseLevel(level)) fail(`rules.${id}: severity must be "off", "warn" or "error" (or 0, 1, 2)`);
      // ESLint's `['error', { … }]`: the options would be dropped without a word.
      if (Array.isArray(level) && level.length > 1) fail(`rules.${id}: per-rule options are not supported; set allowVendors, extraTerms, allowTerms, minTier and healthContext at the top level`);
    }
    c.rules = Object.fromEntries(Object.entries(c.rules as object).map(([id, level]) => [id.replace(/^phiguard\//u, ''), level]));
  }
  if (c.ignore !== undefined) {
    if (!Array.isArray(c.ignore)) fail('ignore must be an array of { tag, rule?, reason }');
    (c.ignore as unknown[]).forEach((entry, i) => {
      const e = entry as Record<string, unknown> | null;
      if (!e || typeof e.tag !== 'string' || !e.tag) fail(`ignore[${i}].tag must be the tag's name or id`);
      if (typeof e!.reason !== 'string' || !e!.reason.trim()) fail(`ignore[${i}].reason is required: say why the finding is accepted`);
      const rules = e!.rule === undefined ? [] : Array.isArray(e!.rule) ? e!.rule : [e!.rule];
      for (const r of rules as unknown[]) if (typeof r !== 'string' || !isRuleId(r)) fail(`ignore[${i}].rule: unknown rule ${JSON.stringify(r)}`);
    });
  }
  return c as GtmConfig;
}

/** Where a JavaScript config file fails to parse, for a message that says line and column. */
function syntaxErrorAt(file: string): { line: number; column: number } | undefined {
  try {
    babelParser().parse(readFileSync(file, 'utf8'), { sourceType: 'unambiguous' });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    if (loc) return { line: loc.line, column: loc.column + 1 };
  }
  return undefined;
}

/** Loads a config file (`.json` parsed, `.js`/`.mjs` imported; their default export is the config). */
export async function loadConfig(file: string): Promise<GtmConfig> {
  let value: unknown;
  if (file.endsWith('.json')) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(file, `cannot read config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (text.replace(/^\uFEFF/u, '').trim() === '') throw new ConfigError(file, 'empty config file: expected a JSON object, e.g. { "rules": { "no-tracking-pixel": "error" } }');
    // The same JSON reading as for containers: a BOM is fine, errors say line:column.
    try {
      value = loadJson(text).value;
    } catch (error) {
      if (!(error instanceof GtmInputError)) throw error;
      throw new ConfigError(file, error.reason, error.line === undefined ? undefined : { line: error.line, column: error.column ?? 1 });
    }
  } else {
    if (!existsSync(file)) throw new ConfigError(file, 'cannot read config: ENOENT');
    try {
      const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown };
      value = mod.default ?? mod;
    } catch (error) {
      // Node does not say where a module's syntax error is: the parser that reads containers' code does.
      const at = error instanceof SyntaxError ? syntaxErrorAt(file) : undefined;
      throw new ConfigError(file, `cannot load config: ${(error as Error).message.split('\n')[0]}`, at);
    }
  }
  return validateConfig(value, file);
}
