import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { moduleExports, type ModuleExports, type ModuleReader } from '@phiguard/core';
import { createPathsMatcher, getTsconfig, type PathsMatcher } from 'get-tsconfig';

/**
 * The project's other modules, for the file being linted: a constant it imports (`import { EVENTS }
 * from './analytics-events'`) is read from that module, and a call of a function it imports
 * (`trackEvent('…')` from `@/lib/analytics`) makes the tracker calls that function makes; also
 * through a `tsconfig.json`/`jsconfig.json` path alias such as `@/lib/…`, and through re-exports.
 * Only what the analysis asks for is read, and each module is parsed once per process and again when
 * it changes. Nothing is run.
 */
export function importsFor(filename: string): ModuleReader | undefined {
  // Text linted without a file (`<input>`, `<text>`) has no directory to resolve from.
  return path.isAbsolute(filename) ? reader(path.dirname(filename), 0) : undefined;
}

const CODE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
/** TypeScript's ESM imports name the emitted file (`./events.js` for `events.ts`). */
const SOURCE_OF_EMITTED: Readonly<Record<string, readonly string[]>> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
/** Larger files are generated or data, not a module of constants. */
const MAX_BYTES = 512 * 1024;
/** How many modules deep re-exports and imports of imports are followed. */
const MAX_DEPTH = 4;
/** Modules kept parsed (a long-lived editor process lints many projects). */
const MAX_MODULES = 500;

interface Loaded {
  mtimeMs: number;
  size: number;
  exports: ModuleExports;
}
const modules = new Map<string, Loaded>();

function reader(dir: string, depth: number): ModuleReader {
  const exportsOf = (source: string): ModuleExports | undefined => {
    const file = resolveModule(dir, source);
    return file === undefined ? undefined : load(file, depth);
  };
  return { value: (source, name) => exportsOf(source)?.value(name), calls: (source, name) => exportsOf(source)?.calls(name) };
}

/** A file's stat, or undefined when there is none (`ENOENT`, and `ENOTDIR` for `services.json/index.ts`). */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function load(file: string, depth: number): ModuleExports | undefined {
  const stat = statOf(file);
  if (!stat?.isFile() || stat.size > MAX_BYTES) return undefined;
  const hit = modules.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.exports;
  if (depth >= MAX_DEPTH) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const exports = moduleExports(text, file, reader(path.dirname(file), depth + 1));
  if (modules.size >= MAX_MODULES) modules.delete(modules.keys().next().value!);
  modules.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, exports });
  return exports;
}

const isFile = (file: string): boolean => statOf(file)?.isFile() ?? false;

/** Where each import was found (`dir`, NUL, `source`): a file that still exists is taken again without trying the others. */
const resolved = new Map<string, string>();

/** The file an import names: a relative or absolute path, or a path alias; packages are not read. */
function resolveModule(dir: string, source: string): string | undefined {
  const key = `${dir}\0${source}`;
  const known = resolved.get(key);
  if (known !== undefined && isFile(known)) return known;
  const found = findModule(dir, source);
  if (found !== undefined) resolved.set(key, found);
  return found;
}

function findModule(dir: string, source: string): string | undefined {
  const bases = /^\.\.?(?:[/\\]|$)/u.test(source) || path.isAbsolute(source) ? [path.resolve(dir, source)] : (aliasesFor(dir)?.(source) ?? []);
  for (const base of bases) {
    const found = candidates(base).find(isFile);
    if (found) return found;
  }
  return undefined;
}

/** `./events` → `./events.ts`, …, `./events/index.ts`, …; `./events.js` → also `./events.ts`. */
function candidates(base: string): string[] {
  const ext = path.extname(base);
  const out: string[] = [];
  if (CODE_EXTENSIONS.includes(ext)) {
    out.push(base);
    for (const source of SOURCE_OF_EMITTED[ext] ?? []) out.push(base.slice(0, -ext.length) + source);
  }
  for (const e of CODE_EXTENSIONS) out.push(base + e);
  for (const e of CODE_EXTENSIONS) out.push(path.join(base, `index${e}`));
  return out;
}

const matchers = new Map<string, PathsMatcher | null>();
const tsconfigCache = new Map<string, unknown>();

/** The path aliases (`compilerOptions.paths`) of the nearest `tsconfig.json` or `jsconfig.json` (a `tsconfig.json` in the same directory first). */
function aliasesFor(dir: string): PathsMatcher | null {
  let matcher = matchers.get(dir);
  if (matcher === undefined) {
    try {
      const ts = getTsconfig(dir, 'tsconfig.json', tsconfigCache as never);
      const js = getTsconfig(dir, 'jsconfig.json', tsconfigCache as never);
      // A project's `jsconfig.json` inside a repository whose root has a `tsconfig.json` is the nearer one.
      const config = ts && js ? (path.dirname(js.path).length > path.dirname(ts.path).length ? js : ts) : (ts ?? js);
      matcher = config ? createPathsMatcher(config) : null;
    } catch {
      // A config that does not parse resolves no alias; TypeScript itself reports it.
      matcher = null;
    }
    matchers.set(dir, matcher);
  }
  return matcher;
}
