import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { moduleExports, moduleMayTrack, PROVIDED_KEY, type ModuleExports, type ModuleReader, type VueGlobal } from '@phiguard/core';
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
/** Verdicts kept (a boolean each: every module of a large project). */
const MAX_VERDICTS = 20_000;

/** What a file gave, kept while its mtime and size stay the same. */
interface Loaded<T> {
  mtimeMs: number;
  size: number;
  value: T;
}
const modules = new Map<string, Loaded<ModuleExports>>();
/** Whether each module may track (`moduleMayTrack`): asked by the pre-check of the files that use it. */
const verdicts = new Map<string, Loaded<boolean>>();
/**
 * The pre-check's answers by import (`dir`, NUL, `source`), taken again for `MISS_MS` without a look
 * at the disk: a file uses a dozen modules, and a project's files use the same ones.
 */
const tracking = new Map<string, { at: number; value: boolean }>();

function reader(dir: string, depth: number): ModuleReader {
  const exportsOf = (source: string): ModuleExports | undefined => {
    const file = resolveModule(dir, source);
    return file === undefined ? undefined : load(file, depth);
  };
  let globals: Map<string, VueGlobal> | undefined; // asked by the pre-check and by each `this.$…` call of the file
  let autoImported: Map<string, string> | undefined;
  return {
    value: (source, name) => exportsOf(source)?.value(name),
    calls: (source, name) => exportsOf(source)?.calls(name),
    returned: (source, name) => exportsOf(source)?.returned(name),
    providers: (context) => providersNear(dir, context),
    vueGlobals: () => (globals ??= vueGlobalsNear(dir)),
    autoImports: () => (autoImported ??= nuxtAutoImports(dir)),
    mayTrack: (source) => {
      const key = `${dir}\0${source}`;
      const known = tracking.get(key);
      if (known !== undefined && Date.now() - known.at < MISS_MS) return known.value;
      const file = resolveModule(dir, source);
      const value = file !== undefined && CODE_EXTENSIONS.includes(path.extname(file)) && (cached(verdicts, file, (text) => moduleMayTrack(text), true, MAX_VERDICTS) ?? false);
      if (tracking.size >= MAX_VERDICTS) tracking.clear();
      tracking.set(key, { at: Date.now(), value });
      return value;
    },
  };
}

/** How many files `providersNear` reads at most: a context's provider sits next to it, not anywhere. */
const MAX_PROVIDER_FILES = 60;

/**
 * Modules that may render a provider of context `context` made in a module of `dir`: the code files
 * of `dir`, those of its sibling folders whose name says provider or context
 * (`contexts/AnalyticsContext.ts` and `providers/AnalyticsProvider.tsx`), and else the app's root
 * files a few folders up, that name `<context>.Provider` (or React 19's `<context value=…>`). Read
 * only when a call through a context whose own module renders no provider needs it.
 */
function providersNear(dir: string, context: string): string[] {
  const found: string[] = [];
  let read = 0;
  const consider = (file: string): void => {
    if (read >= MAX_PROVIDER_FILES) return;
    const text = codeText(file);
    if (text === undefined) return;
    read++;
    if (text.includes(`${context}.Provider`) || text.includes(`<${context} value`)) found.push(toSource(dir, file));
  };
  const scan = (folder: string, only?: RegExp): void => {
    for (const entry of listDir(folder)) if (!only || only.test(entry)) consider(path.join(folder, entry));
  };
  scan(dir);
  const parent = path.dirname(dir);
  for (const entry of listDir(parent)) {
    const folder = path.join(parent, entry);
    if (folder !== dir && /provider|context/iu.test(entry) && statOf(folder)?.isDirectory()) scan(folder);
  }
  // The app's root, a few folders up (`src/App.tsx`, `src/main.tsx`; Next.js's `app/layout.tsx` and
  // `pages/_app.tsx`), up to the package's own folder: where an app renders its providers.
  let folder = dir;
  for (let level = 0; level < MAX_ROOT_LEVELS && found.length === 0; level++) {
    const up = path.dirname(folder);
    if (up === folder) break;
    folder = up;
    scan(folder, APP_ROOTS);
    for (const sub of ['app', 'pages']) scan(path.join(folder, sub), APP_ROOTS);
    if (statOf(path.join(folder, 'package.json'))) break;
  }
  return found;
}

/**
 * The Vue global properties that the app's entry files (`src/main.ts`) and plugins set, from `dir` up
 * to its package's folder, each with the import source of the first file that sets it and the vendor
 * global it holds when it is one: where `app.config.globalProperties.$track = …` (Vue 2:
 * `Vue.prototype.$track = …`) is written. Plugins are the files of `plugins/` folders and the modules
 * an entry file installs (`app.use(TrackingPlugin)` of `import { TrackingPlugin } from './analytics/vue-plugin'`).
 * Asked by Vue components only.
 */
function vueGlobalsNear(dir: string): Map<string, VueGlobal> {
  const found = new Map<string, VueGlobal>();
  const read = new Set<string>();
  const consider = (file: string, installs: boolean): void => {
    if (read.has(file)) return;
    read.add(file);
    const text = codeText(file);
    if (!text) return;
    const source = toSource(dir, file);
    const add = (name: string, holds?: string): void => {
      if (!found.has(name)) found.set(name, { source, ...(holds ? { holds } : {}) });
    };
    if (text.includes('$')) {
      for (const m of text.matchAll(SETS_VUE_GLOBAL)) add(m[1]!, m[2]?.replace(/\s/gu, '').replace(/^(?:window|globalThis|self)\./u, ''));
      // `const globals = app.config.globalProperties; globals.$track = …`
      for (const alias of text.matchAll(GLOBALS_ALIAS)) for (const m of text.matchAll(setsThrough(alias[1]!))) add(m[1]!);
    }
    // Nuxt: what a plugin provides is `$name` on the app and in components; Vue's `app.provide(name, …)` is also what `inject(name)` gives.
    if (text.includes('provide') || text.includes('inject(')) {
      // A Nuxt plugin's `nuxtApp.provide('track', …)` (Nuxt 2's `inject`) is `$track`; a Vue app's `app.provide('track', …)` only `inject('track')`.
      const nuxt = text.includes('defineNuxtPlugin');
      for (const m of text.matchAll(PROVIDE_CALL)) {
        const provide = m[0].startsWith('.provide');
        if (!provide || nuxt) add(`$${m[1]}`);
        if (provide) add(`${PROVIDED_KEY}${m[1]}`);
      }
      for (const m of text.matchAll(PROVIDE_OBJECT)) for (const key of topLevelKeys(text, m.index + m[0].length)) add(`$${key}`);
    }
    if (installs && text.includes('.use(')) for (const plugin of installed(file, text)) consider(plugin, false);
  };
  let folder = dir;
  for (let level = 0; level <= MAX_ROOT_LEVELS; level++) {
    for (const entry of listDir(folder)) if (APP_ROOTS.test(entry)) consider(path.join(folder, entry), true);
    const plugins = path.join(folder, 'plugins');
    for (const entry of listDir(plugins)) consider(path.join(plugins, entry), false);
    const up = path.dirname(folder);
    if (up === folder || statOf(path.join(folder, 'package.json'))) break;
    folder = up;
  }
  return found;
}

/**
 * An assignment to a Vue global property (`globalProperties.$track =`, `Vue.prototype.$track =`), and
 * the name chain it is set to when that is all (`= window.fbq;`).
 */
const SETS_VUE_GLOBAL = /(?:globalProperties|prototype)\s*\.\s*(\$[$\w]+)\s*=(?!=)(?:\s*([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:;|$))?/gmu;
/** A name given to the global properties: `const globals = app.config.globalProperties;` (Vue 2: `= Vue.prototype;`). */
const GLOBALS_ALIAS = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:[A-Za-z_$][\w$]*\s*\.\s*){1,3}(?:globalProperties|prototype)\s*(?:;|$)/gmu;
/** A property set through such a name: `globals.$track =`. */
function setsThrough(alias: string): RegExp {
  return new RegExp(String.raw`(?<![\w$.])${alias.replaceAll('$', '\\$')}\s*\.\s*(\$[$\w]+)\s*=(?!=)`, 'gu');
}
/** `nuxtApp.provide('track', …)` (and Vue's `app.provide`), Nuxt 2's `inject('track', …)`. */
const PROVIDE_CALL = /(?:\.provide|\binject)\(\s*['"]([\w$]+)['"]\s*,/gu;
/** Nuxt 3's `return { provide: { track: … } }` from a plugin. */
const PROVIDE_OBJECT = /\bprovide\s*:\s*\{/gu;

/** The keys written at the top level of the object literal whose body starts at `start` (`track:`, `track(…) {`, a shorthand `track,`): what a Nuxt plugin's `provide: { … }` names. */
function topLevelKeys(text: string, start: number): string[] {
  const keys: string[] = [];
  let depth = 1;
  let expectKey = true;
  for (let i = start; i < text.length && depth > 0; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      // Skip a string (a key in quotes is read as one).
      const end = text.indexOf(c, i + 1);
      if (depth === 1 && expectKey && end > i) keys.push(text.slice(i + 1, end));
      i = end < 0 ? text.length : end;
      expectKey = false;
    } else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (depth === 1 && c === ',') expectKey = true;
    else if (depth === 1 && expectKey && /[A-Za-z_$]/u.test(c)) {
      const key = /^[\w$]+/u.exec(text.slice(i, i + 100))![0];
      keys.push(key);
      i += key.length - 1;
      expectKey = false;
    }
  }
  return keys;
}

/** `app.use(TrackingPlugin)`, `.use(TrackingPlugin, {…})`. */
const USES_PLUGIN = /\.use\(\s*([A-Za-z_$][\w$]*)/gu;

/** An `import` declaration: the names it binds, and the module. */
const IMPORT_CLAUSE = /\bimport\s([^;'"]{1,500}?)\bfrom\s*['"]([^'"\n]{1,200})['"]/gu;

/** The files of the plugins an entry file installs with `.use(Name)`, by the import that names them. */
function installed(file: string, text: string): string[] {
  const used = new Set([...text.matchAll(USES_PLUGIN)].map((m) => m[1]!));
  if (!used.size) return [];
  const files: string[] = [];
  for (const m of text.matchAll(IMPORT_CLAUSE)) {
    if (!m[1]!.split(/[^\w$]+/u).some((name) => used.has(name))) continue;
    const plugin = resolveModule(path.dirname(file), m[2]!);
    if (plugin) files.push(plugin);
  }
  return files;
}

/** The folders whose top-level files' exports Nuxt auto-imports (Nuxt 4 keeps them under `app/`). */
const AUTO_IMPORT_DIRS = ['composables', 'utils', 'app/composables', 'app/utils'];
/** `export function useX`, `export const useX =`, `export async function x`. */
const EXPORTED_NAME = /\bexport\s+(?:async\s+)?(?:function\*?|const|let)\s+([A-Za-z_$][\w$]*)/gu;

/**
 * What a Nuxt app auto-imports, for a file in it: the names its `composables/` and `utils/` files
 * export by name, each with its import source from `dir`.
 * Empty outside a Nuxt app (no `nuxt.config.*` from `dir` up to its package's folder).
 */
function nuxtAutoImports(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const root = configDir(dir, NUXT_CONFIGS);
  if (root === undefined) return found;
  for (const sub of AUTO_IMPORT_DIRS) {
    const folder = path.join(root, sub);
    for (const entry of listDir(folder)) {
      const file = path.join(folder, entry);
      const text = codeText(file);
      if (!text) continue;
      for (const m of text.matchAll(EXPORTED_NAME)) if (!found.has(m[1]!)) found.set(m[1]!, toSource(dir, file));
    }
  }
  return found;
}

/** Files that render an app's root and its providers. */
const APP_ROOTS = /^(?:app|main|index|root|_app|layout|providers)\.[cm]?[jt]sx?$/iu;
/** How many folders up from a context's module its app's root is looked for. */
const MAX_ROOT_LEVELS = 4;

/** Texts `providersNear` read (each call site through a context asks again). */
const texts = new Map<string, Loaded<string>>();

const textOf = (file: string): string | undefined => cached(texts, file, (text) => text);
/** A code file's text (`.ts`, `.jsx`, …), read as `textOf` reads it; undefined for any other file. */
const codeText = (file: string): string | undefined => (CODE_EXTENSIONS.includes(path.extname(file)) ? textOf(file) : undefined);

const listDir = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

/** `file` as a relative import from `dir` (`./AnalyticsProvider.tsx`, `../providers/AnalyticsProvider.tsx`). */
function toSource(dir: string, file: string): string {
  const relative = path.relative(dir, file).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
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
  return cached(modules, file, (text) => moduleExports(text, file, reader(path.dirname(file), depth + 1)), depth < MAX_DEPTH);
}

/**
 * What `make` gives for a file's text, read again only when its mtime or size changes (an editor lints
 * on every keystroke); a file that is missing or too large gives nothing, and so does an unread one
 * when `mayRead` is false.
 */
function cached<T>(cache: Map<string, Loaded<T>>, file: string, make: (text: string) => T, mayRead = true, max = MAX_MODULES): T | undefined {
  const stat = statOf(file);
  if (!stat?.isFile() || stat.size > MAX_BYTES) return undefined;
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.value;
  if (!mayRead) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const value = make(text);
  if (cache.size >= max) cache.delete(cache.keys().next().value!);
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, value });
  return value;
}

const isFile = (file: string): boolean => statOf(file)?.isFile() ?? false;

/**
 * Where each import was found (`dir`, NUL, `source`): a file that still exists is taken again without
 * trying the others. A package (`react`, which neither a path alias nor a framework maps) is kept as
 * `PACKAGE`, and an import no file answers yet for `MISS_MS` (a `baseUrl` maps every package to a
 * path, and `./styles.scss` is no module): the same imports are asked again by file after file.
 */
const resolved = new Map<string, string>();
const missed = new Map<string, number>();
const PACKAGE = '';
/** How long an import no file answers stays unanswered: a file made in an editor is found soon after. */
const MISS_MS = 10_000;

/** The file an import names: a relative or absolute path, or a path alias; packages are not read. */
function resolveModule(dir: string, source: string): string | undefined {
  const key = `${dir}\0${source}`;
  const known = resolved.get(key);
  if (known === PACKAGE) return undefined;
  if (known !== undefined && isFile(known)) return known;
  const miss = missed.get(key);
  if (miss !== undefined && Date.now() - miss < MISS_MS) return undefined;
  const found = findModule(dir, source);
  if (found === undefined) missed.set(key, Date.now());
  else resolved.set(key, found ?? PACKAGE);
  return found ?? undefined;
}

/** The file an import names; null for a package (no path could hold it), undefined when no file does yet. */
function findModule(dir: string, source: string): string | null | undefined {
  const relative = /^\.\.?(?:[/\\]|$)/u.test(source) || path.isAbsolute(source);
  // A framework's own aliases, when the project's config resolves the import to nothing (a `baseUrl`
  // alone turns `$lib/analytics` into a path under it).
  const bases = relative ? [path.resolve(dir, source)] : [...(aliasesFor(dir)?.(source) ?? []), ...frameworkAlias(dir, source)];
  if (bases.length === 0) return null;
  for (const base of bases) {
    const found = candidates(base).find(isFile);
    if (found) return found;
  }
  return undefined;
}

/** `./events` → `./events.ts`, …, `./events/index.ts`, …; `./events.js` → also `./events.ts`; `./events.json` as it is. */
function candidates(base: string): string[] {
  const ext = path.extname(base);
  const out: string[] = [];
  // A JSON module is named with its extension (`./events.json`).
  if (CODE_EXTENSIONS.includes(ext) || ext === '.json') {
    out.push(base);
    for (const source of SOURCE_OF_EMITTED[ext] ?? []) out.push(base.slice(0, -ext.length) + source);
  }
  for (const e of CODE_EXTENSIONS) out.push(base + e);
  for (const e of CODE_EXTENSIONS) out.push(path.join(base, `index${e}`));
  return out;
}

/**
 * Aliases a framework defines in a config it writes at build time, which a repository does not hold
 * (`.svelte-kit/tsconfig.json`, `.nuxt/tsconfig.json`): SvelteKit's `$lib` (`src/lib`), and Nuxt's
 * `~` and `@` (its source folder, `app/` in Nuxt 4's layout) and `~~` and `@@` (its root); elsewhere `@`
 * as bundler configs set it, the package's `src/`.
 */
function frameworkAlias(dir: string, source: string): string[] {
  const lib = /^\$lib(?=\/|$)/u.exec(source);
  if (lib) {
    const root = configDir(dir, SVELTE_CONFIGS);
    return root ? [path.join(root, 'src', 'lib', source.slice(lib[0].length))] : [];
  }
  const nuxt = /^(?:~~|@@|~|@)(?=\/|$)/u.exec(source);
  const root = nuxt && configDir(dir, NUXT_CONFIGS);
  // Vite's, Vue CLI's and webpack templates' `@` is the package's `src/`, set in a bundler config phiguard does not run.
  if (!root && nuxt?.[0] === '@') {
    const pkg = configDir(dir, ['package.json']);
    const src = pkg ? path.join(pkg, 'src') : srcAbove(dir);
    return src ? [path.join(src, source.slice(1))] : [];
  }
  if (!root) return [];
  const app = path.join(root, 'app');
  const src = nuxt![0].length === 2 ? root : isFile(path.join(app, 'app.vue')) || statOf(path.join(app, 'pages'))?.isDirectory() ? app : root;
  return [path.join(src, source.slice(nuxt![0].length))];
}

/** The nearest folder named `src`, from `dir` up (a project whose `package.json` is not in the repository). */
function srcAbove(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (path.basename(at) === 'src') return at;
    if (path.dirname(at) === at) return undefined;
  }
}

const SVELTE_CONFIGS = ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.ts'];
const NUXT_CONFIGS = ['nuxt.config.ts', 'nuxt.config.js', 'nuxt.config.mjs'];
const configDirs = new Map<string, string | null>();

/** The nearest folder, from `dir` up, that holds one of `names` (a framework's config file). */
function configDir(dir: string, names: readonly string[]): string | undefined {
  const key = `${names[0]}\0${dir}`;
  let found = configDirs.get(key);
  if (found === undefined) {
    const parent = path.dirname(dir);
    found = names.some((n) => isFile(path.join(dir, n))) ? dir : parent === dir ? null : (configDir(parent, names) ?? null);
    configDirs.set(key, found);
  }
  return found ?? undefined;
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
