/**
 * What a project's other modules export, read where a file imports them: constants (`import { EVENTS }
 * from './analytics-events'`, then `fbq('trackCustom', EVENTS.THERAPY_BOOKED)`), and the tracker
 * calls an exported function makes with its parameters (`trackEvent('…')`, made where it is called).
 * The front-end finds and reads the files (`ModuleReader`); this module parses one and evaluates what
 * it exports with the same value resolution as the file itself (constants, objects, templates,
 * `as const`, enums), and runs the detectors over it for its functions' calls. Nothing is run: the
 * module's code is only parsed.
 */
import { Analyzer, jsonValue, mightTrack, type AnalyzerContext, type GenericCall, type PendingRequest } from './analyzer.js';
import { BABEL_OPTIONS, embeddedFacts, namesTracking, parseLeniently, scopeOf, type BabelOptions } from './analyze.js';
import { PROVIDED_KEY, VUE_GLOBAL } from './channels.js';
import { toEstree } from './estree.js';
import type { Node, Range, TrackerCall, Value } from './types.js';
import { DEFAULT_KEYS, walk } from './walk.js';
import { enclosingFunction, FUNCTION_TYPES, FUNCTION_WRAPPERS, importedName, keptValues, isVueGlobals, isZustandCreate, memberText, storeMaker, unwrap, unwrapPattern, vueGlobalProperty } from './ast.js';

/** The project's other modules, as the file being read imports them (`source`), when the front-end can read them. */
export interface ModuleReader {
  /** What `source` exports as `name` (`default`, or `*` for the namespace object). */
  value(source: string, name: string): Value | undefined;
  /** The calls the function `source` exports as `name` (or a method of an export, `analytics.track`) makes with its parameters. */
  calls(source: string, name: string): ExportedCalls | undefined;
  /** What the function `source` exports as `name` returns, with its parameters (of `fn`) unfilled. */
  returned?(source: string, name: string): ExportedResult | undefined;
  /**
   * Modules near the one being read (`./AnalyticsProvider`, `../providers/AnalyticsProvider`) that may
   * render a provider of its React context `context` (`<AnalyticsContext.Provider value={…}>`), as
   * import sources relative to it.
   */
  providers?(context: string): readonly string[];
  /**
   * The Vue global properties (`$track`) that the app's entry modules and plugins near the one being
   * read set (`app.config.globalProperties.$track = …`), each with the import source of the module
   * that sets it (its function is asked of that module as `VUE_GLOBAL` + the property), and the
   * vendor global it holds when it is one (`$pixel = window.fbq`: `fbq`); and, under `PROVIDED_KEY`
   * + the key, what the app provides to `inject` (`app.provide('track', fn)`).
   */
  vueGlobals?(): ReadonlyMap<string, VueGlobal>;
  /**
   * The names a Nuxt app auto-imports (the exports of its `composables/` and `utils/`), each with the
   * import source of its module: `useMetaPixel()` called with no import; its constants are read too.
   */
  autoImports?(): ReadonlyMap<string, string>;
  /**
   * Whether the project's module `source` may track (`moduleMayTrack`): a component or helper whose
   * name says nothing of tracking (`<ExitIntentPopup treatment="…">`) but whose module does. Asked
   * by the pre-check of a file that names no tracker itself; undefined for packages.
   */
  mayTrack?(source: string): boolean;
}

/** Where a Vue global property is set, and the global it holds when it is set to one. */
export interface VueGlobal {
  source: string;
  holds?: string;
}

/** The head of a name asked of a module that provides another module's context: `PROVIDED` + `file:context`. */
const PROVIDED = '\0provides:';
/** A module's name as another module's import of it ends (`./AnalyticsContext`, `@/contexts/analytics/index.ts` → `analytics`). */
const baseOf = (source: string): string => source.replace(/\\/gu, '/').replace(/\/index(?:\.[cm]?[jt]sx?)?$/u, '').split('/').pop()!.split('.')[0]!;

/** The calls an exported function (`fn`, a node of its module) makes with its parameters, as `Analyzer.callsOf` gives them. */
export interface ExportedCalls {
  fn: Node;
  calls: ReadonlyArray<TrackerCall | GenericCall | PendingRequest>;
  /** The function that returned `fn` (`makeTracker` of `makeTracker.()`): its parameters are what the call that made `fn` passed. */
  factory?: Node;
  /** Every tracker call `fn`'s body makes, also those that use none of its parameters (`pageview = () => fbq('track', 'PageView')`). */
  within?: readonly TrackerCall[];
}

/** What an exported function returns (`value`), in terms of its parameters (`fn`'s). */
export interface ExportedResult {
  fn: Node;
  value: Value;
}

/** One module's exports by name, read on first use. Values and calls keep their ranges in that module. */
export interface ModuleExports {
  value(name: string): Value | undefined;
  calls(name: string): ExportedCalls | undefined;
  returned(name: string): ExportedResult | undefined;
}

const NOTHING: ModuleExports = { value: () => undefined, calls: () => undefined, returned: () => undefined };

/** Core's options for code, as a module (its syntax plugins are added per file). */
const MODULE_OPTIONS: BabelOptions = { ...BABEL_OPTIONS, sourceType: 'module' };

/**
 * Babel's syntax plugins for a file name: TypeScript for `.ts`/`.mts`/`.cts`, with JSX for `.tsx`, JSX
 * for the rest; decorators everywhere (Angular's `@Injectable()`, `@Inject(WINDOW)`: without the
 * plugin their lines are lost to error recovery, a constructor's parameters with them).
 */
function pluginsFor(file: string): Array<'typescript' | 'jsx' | 'decorators-legacy'> {
  if (/\.[mc]?ts$/u.test(file)) return ['typescript', 'decorators-legacy'];
  if (file.endsWith('.tsx')) return ['typescript', 'jsx', 'decorators-legacy'];
  return ['jsx', 'decorators-legacy'];
}

/**
 * The exports of the module `code` (read from `file`), with `imports` resolving its own imports and
 * re-exports (`export { EVENTS } from './events'`, `export * from './events'`).
 */
export function moduleExports(code: string, file: string, imports?: ModuleReader): ModuleExports {
  if (/\.json$/iu.test(file)) return jsonExports(code);
  // Parsed on first use: most modules a file calls into (components, utilities) are asked only for
  // calls, which a look at the text rules out.
  let read: ModuleExports | undefined;
  let tracks: boolean | undefined;
  let callable: boolean | undefined;
  // Its own functions may make tracker calls; a barrel's re-exported ones may too.
  const ownCalls = (): boolean => (tracks ??= mightTrack(code) || (imports !== undefined && namedForTracking(code, file)));
  const parsed = (): ModuleExports => (read ??= parseExports(code, file, imports, ownCalls));
  return {
    value: (name) => parsed().value(name),
    returned: (name) => parsed().returned(name),
    // A module that creates a React context may have its provider elsewhere (`ExportedCalls` of that module).
    calls: (name) => ((callable ??= ownCalls() || REEXPORT.test(code) || CREATES_CONTEXT.test(code)) ? parsed().calls(name) : undefined),
  };
}

/**
 * A JSON module (`import EVENTS from './events.json'`, `require('./events.json')`): its value as the
 * default export, its top-level keys as named ones, as bundlers give them. Data makes no calls; a
 * file that is not JSON gives nothing.
 */
function jsonExports(code: string): ModuleExports {
  const whole = jsonValue(code.replace(/^\uFEFF/u, ''), [0, 0]);
  if (!whole) return NOTHING;
  return {
    value: (name) => {
      if (name === 'default' || name === '*') return whole;
      return whole.kind === 'obj' ? whole.props.find((p) => p.key === name)?.value : undefined;
    },
    calls: () => undefined,
    returned: () => undefined,
  };
}
/**
 * Whether a module that names no tracker may still make tracker calls, through a function it
 * imports: its place, one of its imports or a name it imports is named for tracking
 * (`lib/analytics/booking.ts`, `from './useTracking'`, `import { trackSignup } from './utils'`).
 * Reading every module that imports something cost a third more lint time on a tracking-heavy site.
 */
function namedForTracking(code: string, file: string): boolean {
  if (namesTracking(placeOf(file))) return true;
  for (const m of code.matchAll(SPECIFIER)) if (namesTracking(m[1]!)) return true;
  for (const m of code.matchAll(IMPORT)) {
    FROM.lastIndex = m.index + 6;
    const from = FROM.exec(code)?.index;
    if (from === undefined || from - m.index > 500) continue;
    const names = code.slice(m.index + 6, from);
    if (!/['"();]/u.test(names) && namesTracking(names)) return true;
  }
  return false;
}

/** A file's folder and name (`analytics/booking.ts`), which may say it tracks. */
const placeOf = (file: string): string => file.split(/[\\/]/u).slice(-2).join('/');

const CREATES_CONTEXT = /\bcreateContext\b/u;
const REEXPORT = /\bexport\s*(?:\*|\{[^}]*\})\s*from\b/u;
const SPECIFIER = /(?:\bfrom|\brequire\(|\bimport\()\s*['"]([^'"\n]{1,200})['"]/gu;
/** An `import` declaration's names lie between these two (`import track, { useAnalytics as use } from '…'`). */
const IMPORT = /\bimport\b/gu;
const FROM = /\bfrom\s*['"]/gu;

/** The exports of a module, parsed; `ownCalls`: whether its own functions may make tracker calls. */
function parseExports(code: string, file: string, imports: ModuleReader | undefined, ownCalls: () => boolean): ModuleExports {
  // A statement Babel cannot recover from is blanked, as in Custom HTML: the rest is still read.
  const { ast, text } = parseLeniently(code, { ...MODULE_OPTIONS, plugins: pluginsFor(file) });
  if (!ast) return NOTHING;
  const program = toEstree(ast.program as unknown as Node, text);
  walk(program, DEFAULT_KEYS, () => undefined); // sets `parent`, which name resolution reads
  const ctx: AnalyzerContext = { text, scopeManager: scopeOf(program), visitorKeys: DEFAULT_KEYS, imported: imports };
  const analyzer = new Analyzer(ctx);

  // What each exported name is: a node of this module, or a name of another one.
  const local = new Map<string, Node>();
  const declared = new Map<string, Node>();
  const forwarded = new Map<string, { source: string; name: string }>();
  const starSources: string[] = [];
  // CommonJS: `module.exports = { … }`, `exports.EVENTS = …`, `module.exports.EVENTS = …`.
  let cjsWhole: Node | undefined;
  const cjsNamed = new Map<string, Node>();
  const declare = (statement: Node): void => {
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations as Node[]) {
        const id = d.id as Node;
        if (id.type === 'Identifier' && d.init) declared.set(id.name as string, d.init as Node);
      }
    } else if (statement.type === 'TSEnumDeclaration' || statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      const id = statement.id as Node | null;
      if (id) declared.set(id.name as string, statement);
    }
  };
  // This module's own imports, by local name (`import { track as sendEvent } from './track'`).
  const importedNames = new Map<string, { source: string; name: string }>();
  for (const statement of program.body as Node[]) {
    declare(statement);
    if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type') {
      for (const spec of statement.specifiers as Node[]) {
        const name = importedName(spec);
        if (name !== undefined && name !== '*') importedNames.set((spec.local as Node).name as string, { source: (statement.source as Node).value as string, name });
      }
    }
    const assigned = statement.type === 'ExpressionStatement' ? (statement.expression as Node) : undefined;
    if (assigned?.type === 'AssignmentExpression' && assigned.operator === '=') {
      const target = commonJsTarget(assigned.left as Node);
      if (target === '') cjsWhole = assigned.right as Node;
      else if (target !== undefined) cjsNamed.set(target, assigned.right as Node);
    }
    if (statement.type === 'ExportNamedDeclaration') {
      const decl = statement.declaration as Node | null;
      if (decl) {
        declare(decl);
        const names = decl.type === 'VariableDeclaration' ? (decl.declarations as Node[]).map((d) => d.id as Node).filter((id) => id.type === 'Identifier') : /^(?:TSEnum|Function|Class)Declaration$/u.test(decl.type) && decl.id ? [decl.id as Node] : [];
        for (const id of names) local.set(id.name as string, id);
      }
      const source = (statement.source as Node | null)?.value;
      for (const spec of (statement.specifiers as Node[] | undefined) ?? []) {
        const exported = nameOf(spec.exported as Node);
        const inner = nameOf((spec.local ?? spec.exported) as Node);
        if (exported === undefined || inner === undefined) continue;
        if (typeof source === 'string') forwarded.set(exported, { source, name: spec.type === 'ExportNamespaceSpecifier' ? '*' : inner });
        else local.set(exported, spec.local as Node);
      }
    } else if (statement.type === 'ExportAllDeclaration') {
      const source = (statement.source as Node).value;
      const exported = statement.exported ? nameOf(statement.exported as Node) : undefined;
      if (typeof source !== 'string') continue;
      if (exported === undefined) starSources.push(source);
      else forwarded.set(exported, { source, name: '*' });
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const decl = statement.declaration as Node;
      if (!/Declaration$/u.test(decl.type) || decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') local.set('default', decl);
    }
  }

  const cache = new Map<string, Value | undefined>();
  const evaluate = (name: string): Value | undefined => {
    const node = local.get(name);
    if (node) {
      // `export { EVENTS }` and `export default EVENTS` name a declaration of this module.
      const target = node.type === 'Identifier' ? (declared.get(node.name as string) ?? node) : node;
      if (target.type === 'TSEnumDeclaration') return enumValue(target);
      return target.type === 'Identifier' || target.type === 'FunctionDeclaration' || target.type === 'ClassDeclaration' ? undefined : analyzer.value(target);
    }
    const from = forwarded.get(name);
    if (from) return imports?.value(from.source, from.name);
    const named = cjsNamed.get(name);
    if (named) return analyzer.value(named);
    // An ES import of a CommonJS module: its default is `module.exports`, its names that object's keys.
    const whole = cjsWhole && value('module.exports');
    if (whole) return name === 'default' ? whole : whole.kind === 'obj' ? whole.props.findLast((p) => p.key === name)?.value : undefined;
    if (name === 'default') return undefined;
    for (const source of starSources) {
      const found = imports?.value(source, name);
      if (found) return found;
    }
    return undefined;
  };
  const value = (name: string): Value | undefined => {
    if (name === 'module.exports') return cjsWhole && analyzer.value(cjsWhole);
    if (name === '*') {
      // `require('./events')` of a CommonJS module is its `module.exports`.
      if (cjsWhole && !local.size && !forwarded.size) return value('module.exports');
      // `export * from './events'` adds that module's names (not its default), after this module's own.
      const own = namespace([...local.keys(), ...forwarded.keys(), ...cjsNamed.keys()].filter((n) => n !== 'default'), value);
      const starred = starSources.flatMap((source) => {
        const inner = imports?.value(source, '*');
        return inner?.kind === 'obj' ? inner.props.filter((p) => p.key !== undefined && !own.props.some((q) => q.key === p.key)) : [];
      });
      return starred.length ? { ...own, props: [...own.props, ...starred] } : own;
    }
    if (!cache.has(name)) {
      cache.set(name, undefined); // a module that re-exports itself reads nothing the second time
      cache.set(name, evaluate(name));
    }
    return cache.get(name);
  };

  // Calls: the module is run through the detectors once, when a function of it is first called elsewhere.
  let runner: Analyzer | undefined;
  // `name` is an export (`trackEvent`), or a method of one (`analytics.track`, `default.track`): of an
  // object literal, of a class (static), or of a class's instance (`export const tracker = new Tracker()`);
  // `()` is what a function returns (`useTracking.().track` for `const { track } = useTracking()`).
  let factory: Node | undefined; // the function the last `()` of `targetOf` called
  // A context of this module whose provider is rendered in another module: the context, and the members asked of its value.
  let elsewhere: { context: string; members: string[] } | undefined;
  const targetOf = (name: string): Node | undefined => {
    const [head, ...members] = name.split('.');
    factory = undefined;
    elsewhere = undefined;
    let target: Node | undefined;
    if (head!.startsWith(VUE_GLOBAL)) {
      target = handedToComponents(head!.slice(VUE_GLOBAL.length));
    } else if (head!.startsWith(PROVIDED)) {
      // Asked by the module that creates the context: this module's provider of it, by the name it imports it as.
      const [from, context] = head!.slice(PROVIDED.length).split(':');
      const imported = [...importedNames].find(([, v]) => v.name === context && baseOf(v.source) === from)?.[0];
      target = imported === undefined ? undefined : providedBy(imported);
    } else {
      const node = local.get(head!) ?? cjsNamed.get(head!);
      // `module.exports = { logEvent() {} }` is the default, and its keys the names (as `require` gives them).
      const whole = !node && cjsWhole ? resolved(cjsWhole) : undefined;
      target = node ? resolved(node) : whole && (head === 'default' ? whole : memberOf(whole, head!));
    }
    for (const [i, member] of members.entries()) {
      if (!target) return undefined;
      // What a context of this module gives when its provider is not here (`useContext(AnalyticsContext)`).
      const context = member === '()' || target.type === 'CallExpression' ? unprovided(target, member) : undefined;
      if (context !== undefined) {
        elsewhere = { context, members: members.slice(member === '()' ? i + 1 : i) };
        return undefined;
      }
      // `useTrackingStore.getState()` gives what the hook gives: a Zustand store's state.
      if (member === 'getState' && isZustandStore(target)) continue;
      if (member !== '()') target = memberOf(target, member);
      // What a class makes is its instance; what a function makes, what it returns; what a
      // context gives (`useContext(AnalyticsContext)`), its provider's value.
      else if (CLASS.test(target.type)) target = { type: 'NewExpression', callee: target } as unknown as Node;
      else if (isCreateContext(target)) target = providedBy(contextName(target));
      else if (isStoreDefinition(target)) target = storeOf(target);
      else {
        factory = FUNCTION_TYPES.has(target.type) ? target : undefined;
        target = factory && returned(factory);
      }
    }
    return target;
  };
  // What this module hands every component, by the name `vueGlobals` lists it under, found once: the
  // value of the first node of the module that sets it (`setsForComponents`).
  const handed = new Map<string, Node | undefined>();
  // What a Nuxt plugin provides is `$name` on components; what a Vue app provides (`app.provide`) is only `inject(name)`'s.
  const nuxtPlugin = code.includes('defineNuxtPlugin');
  const handedToComponents = (name: string): Node | undefined => {
    if (!handed.has(name)) {
      let value: Node | undefined;
      // Names the module gives the global properties (`const globals = app.config.globalProperties`).
      const aliases = new Set<string>();
      walk(program, DEFAULT_KEYS, (node) => {
        if (value) return false;
        if (node.type === 'VariableDeclarator' && (node.id as Node).type === 'Identifier' && node.init && isVueGlobals(node.init as Node)) aliases.add((node.id as Node).name as string);
        value = setsForComponents(node, name, aliases, nuxtPlugin);
        return undefined;
      });
      handed.set(name, value && resolved(value));
    }
    return handed.get(name);
  };
  // A Pinia store (`export const useAnalyticsStore = defineStore('analytics', …)`): what calling it
  // gives holds an options store's `actions`, or what a setup store's function returns. A Zustand
  // store (`export const useTrackingStore = create((set) => ({ track … }))`) gives what its function
  // returns, also inside middleware (`create(persist((set) => …, options))`) and in TypeScript's
  // curried form (`create<State>()(…)`).
  const isZustandStore = (node: Node): boolean => {
    const maker = node.type === 'CallExpression' ? storeMaker(node) : undefined;
    return maker !== undefined && isZustandCreate(importedNames.get(maker.name as string));
  };
  const isStoreDefinition = (node: Node): boolean => (node.type === 'CallExpression' && memberText(node.callee as Node) === 'defineStore') || isZustandStore(node);
  const storeOf = (call: Node): Node | undefined => {
    let args = call.arguments as Node[];
    // Middleware wraps the store's function: `persist(devtools((set) => …)), options)`.
    for (let depth = 0; depth < 3 && args[0]?.type === 'CallExpression' && isZustandStore(call); depth++) args = (args[0].arguments as Node[]) ?? [];
    const definition = args.find((a) => a.type === 'ObjectExpression' || FUNCTION_TYPES.has(a.type));
    if (definition && FUNCTION_TYPES.has(definition.type)) {
      factory = definition;
      return returned(definition);
    }
    const actions = definition && (definition.properties as Node[]).find((p) => p.type === 'Property' && nameOf(p.key as Node) === 'actions');
    return actions ? resolved(actions.value as Node) : undefined;
  };
  const isCreateContext = (node: Node): boolean => node.type === 'CallExpression' && /^(?:[^.]+\.)?createContext$/u.test(memberText(node.callee as Node));
  const contextName = (created: Node): string => [...declared].find(([, init]) => init === created)?.[0] ?? '';
  // The exported context of this module that `target` gives with no provider here: `createContext(…)`
  // asked for what it makes (`()`), or `useContext(AnalyticsContext)` left as it is by `resolved`.
  const unprovided = (target: Node, member: string): string | undefined => {
    let name: string | undefined;
    if (member === '()' && isCreateContext(target)) name = contextName(target);
    else if (target.type === 'CallExpression' && memberText(target.callee as Node).replace(/^React\./u, '') === 'useContext') {
      const first = (target.arguments as Node[])[0];
      const created = first?.type === 'Identifier' ? declared.get(first.name as string) : undefined;
      if (created && isCreateContext(created)) name = first!.name as string;
    }
    return name && local.has(name) && providedBy(name) === undefined ? name : undefined;
  };
  // A value without the wrappers the analyzer sees through (`as`, `!`, …) and React's
  // (`useCallback(fn, deps)`), and what a name holds: a declaration of a function around it (a
  // hook's own `const track = …`), or of the module.
  const resolved = (node: Node, depth = 0): Node => {
    if (depth > 4) return node; // `const a = b, b = a` in a hook
    const bare = unwrap(node);
    if (bare.type === 'CallExpression') {
      const callee = memberText(bare.callee as Node).replace(/^React\./u, '');
      const first = (bare.arguments as Node[])[0];
      // `useMemo(() => ({ track }), [])` holds what its function returns; `useCallback(fn, deps)` is `fn`.
      if (first && callee === 'useMemo' && FUNCTION_TYPES.has(first.type)) return returned(first) ?? bare;
      if (first && FUNCTION_WRAPPERS.has(callee)) return resolved(first, depth + 1);
      // `useContext(AnalyticsContext)` of a context this module provides: its provider's value.
      if (first?.type === 'Identifier' && callee === 'useContext') return providedBy(first.name as string) ?? bare;
      // `return createMetaSender(id)`: what that function of this module returns.
      const made = (bare.callee as Node).type === 'Identifier' ? resolved(bare.callee as Node, depth + 1) : undefined;
      if (made && FUNCTION_TYPES.has(made.type)) return returned(made, depth + 1) ?? bare;
    }
    // `this.instance ??= new Tracker()`, `return Tracker.inst` of a singleton: the instance the class keeps.
    if (bare.type === 'AssignmentExpression') return resolved(bare.right as Node, depth + 1);
    if (bare.type === 'MemberExpression' && !bare.computed) return keptInstance(bare) ?? bare;
    if (bare.type !== 'Identifier') return bare;
    // The nearest function around that declares the name, or the module.
    let held: Node | undefined;
    for (let fn = enclosingFunction(bare); fn && !held; fn = enclosingFunction(fn)) {
      // A parameter of that name is what a caller passes: not known here.
      if ((fn.params as Node[]).some((p) => unwrapPattern(p).name === bare.name)) return bare;
      held = localDeclaration(fn, bare.name as string);
    }
    held ??= declared.get(bare.name as string);
    return held ? resolved(held, depth + 1) : bare;
  };
  // The value this module's provider of context `name` gives: `<AnalyticsContext.Provider value={{ track }}>`
  // (or React 19's `<AnalyticsContext value={…}>`), read in the component that renders it.
  const providers = new Map<string, Node | undefined>();
  const providedBy = (name: string): Node | undefined => {
    if (!providers.has(name)) {
      providers.set(name, undefined);
      let value: Node | undefined;
      walk(program, DEFAULT_KEYS, (node) => {
        if (value) return false;
        if (node.type !== 'JSXOpeningElement') return undefined;
        const tag = node.name as Node;
        const provider = tag.type === 'JSXMemberExpression' ? (tag.object as Node).name === name && (tag.property as Node).name === 'Provider' : tag.name === name;
        const attr = provider ? (node.attributes as Node[]).find((a) => a.type === 'JSXAttribute' && (a.name as Node).name === 'value') : undefined;
        const expression = (attr?.value as Node | null | undefined)?.expression as Node | undefined;
        if (expression) value = resolved(expression);
        return undefined;
      });
      providers.set(name, value);
    }
    return providers.get(name);
  };
  const returned = (fn: Node, depth = 0): Node | undefined => {
    const body = fn.body as Node;
    if (body.type !== 'BlockStatement') return resolved(body, depth);
    const ret = (body.body as Node[]).findLast((s) => s.type === 'ReturnStatement');
    return ret?.argument ? resolved(ret.argument as Node, depth) : undefined;
  };
  const memberOf = (holder: Node, key: string, depth = 0): Node | undefined => {
    if (holder.type === 'ObjectExpression') {
      const prop = (holder.properties as Node[]).findLast((p) => p.type === 'Property' && !p.computed && nameOf(p.key as Node) === key);
      return prop && resolved(prop.value as Node);
    }
    const isNew = holder.type === 'NewExpression';
    const made = isNew ? (holder.callee as Node) : undefined;
    const cls = made?.type === 'Identifier' ? declared.get(made.name as string) : (made ?? holder);
    if (!cls || !CLASS.test(cls.type)) return undefined;
    // An instance has the class's methods and fields (`track = (name) => …`); the class itself its static ones.
    const member = ((cls.body as Node).body as Node[]).find((m) => (m.type === 'MethodDefinition' ? m.kind === 'method' : m.type === 'PropertyDefinition') && !m.computed && Boolean(m.static) !== isNew && nameOf(m.key as Node) === key);
    if (member?.value) return resolved(member.value as Node);
    // One it inherits from a class of this module (`class ClinicAnalytics extends BaseAnalytics {}`).
    const base = cls.superClass as Node | null | undefined;
    const parent = base?.type === 'Identifier' ? declared.get(base.name as string) : undefined;
    if (!parent || !CLASS.test(parent.type) || depth >= 4) return undefined;
    return memberOf(isNew ? ({ type: 'NewExpression', callee: parent } as unknown as Node) : parent, key, depth + 1);
  };
  const calls = (name: string): ExportedCalls | undefined => {
    const fn = targetOf(name);
    if (elsewhere && imports?.providers) {
      // The provider of this module's context is rendered by a module near it, which imports the context.
      const asked = [`${PROVIDED}${baseOf(file)}:${elsewhere.context}`, ...elsewhere.members].join('.');
      for (const source of imports.providers(elsewhere.context)) {
        const found = imports.calls(source, asked);
        if (found) return found;
      }
      return undefined;
    }
    // `send: sendEvent` of `import { trackEvent as sendEvent } from './track'`: that module's function.
    const via = fn?.type === 'Identifier' ? importedNames.get(fn.name as string) : undefined;
    if (via) return imports?.calls(via.source, via.name);
    if (fn && FUNCTION_TYPES.has(fn.type)) {
      // A module that names no tracker, nor is named or imports for tracking, makes no tracker call.
      if (!ownCalls()) return undefined;
      if (!runner) {
        // Code its functions keep in strings (`<Script>{`fbq('trackCustom', '${name}')`}</Script>`) is read too.
        runner = new Analyzer({ ...ctx, embed: (text, kind, inner) => embeddedFacts(text, kind, { ...inner, depth: 1 }) });
        runner.run(program);
      }
      return { fn, calls: runner.callsOf(fn), within: runner.callsWithin(fn), ...(factory ? { factory } : {}) };
    }
    const [head, ...members] = name.split('.');
    const from = forwarded.get(head!);
    if (from) return from.name === '*' ? (members.length ? imports?.calls(from.source, members.join('.')) : undefined) : imports?.calls(from.source, [from.name, ...members].join('.'));
    if (head === 'default') return undefined;
    for (const source of starSources) {
      const found = imports?.calls(source, name);
      if (found) return found;
    }
    return undefined;
  };
  // What an exported function returns (not an async or generator one: a promise or an iterator).
  const result = (name: string): ExportedResult | undefined => {
    const node = local.get(name) ?? cjsNamed.get(name);
    if (!node) {
      const from = forwarded.get(name);
      return from && from.name !== '*' ? imports?.returned?.(from.source, from.name) : undefined;
    }
    const fn = unwrap(node.type === 'Identifier' ? (declared.get(node.name as string) ?? node) : node);
    if (!FUNCTION_TYPES.has(fn.type) || fn.async === true || fn.generator === true) return undefined;
    const value = analyzer.returnedValue(fn);
    return value && { fn, value };
  };

  return { value, calls, returned: result };
}

const CLASS = /^Class(?:Declaration|Expression)$/u;

/**
 * The instance a class keeps in a static field, read in one of its methods (`Tracker.inst`,
 * `this.instance`): the first `new` it sets the field to, anywhere in the class.
 */
function keptInstance(read: Node): Node | undefined {
  let cls: Node | null | undefined = read.parent;
  while (cls && !CLASS.test(cls.type)) cls = cls.parent;
  const key = (read.property as Node).name;
  if (!cls || typeof key !== 'string') return undefined;
  return keptValues(cls, key, DEFAULT_KEYS, (m) => (m.property as Node).name as string | undefined).find((v) => v.type === 'NewExpression');
}

/**
 * The value `node` hands every component under `name`, as `vueGlobals` names it: `$track` of a global
 * property (`app.config.globalProperties.$track = fn`) or of what a Nuxt plugin provides
 * (`nuxtApp.provide('track', fn)`, Nuxt 2's `inject('track', fn)`, `return { provide: { track } }`);
 * `PROVIDED_KEY` + `track` of what the app provides to `inject('track')` (`app.provide('track', fn)`).
 */
function setsForComponents(node: Node, name: string, aliases: ReadonlySet<string>, nuxtPlugin: boolean): Node | undefined {
  if (name.startsWith(PROVIDED_KEY)) {
    const [key, value] = node.type === 'CallExpression' && memberText(node.callee as Node).endsWith('.provide') ? (node.arguments as Node[]) : [];
    return key?.type === 'Literal' && key.value === name.slice(PROVIDED_KEY.length) ? value : undefined;
  }
  if (node.type === 'AssignmentExpression') {
    const left = unwrap(node.left as Node);
    const aliased = left.type === 'MemberExpression' && !left.computed && aliases.has(unwrap(left.object as Node).name as string) && (left.property as Node).name === name;
    return node.operator === '=' && (aliased || vueGlobalProperty(left) === name) ? (node.right as Node) : undefined;
  }
  const callee = node.type === 'CallExpression' ? memberText(node.callee as Node) : '';
  if ((nuxtPlugin && callee.endsWith('.provide')) || /(?:^|\.)inject$/u.test(callee)) {
    const [key, value] = node.arguments as Node[];
    return key?.type === 'Literal' && `$${String(key.value)}` === name ? value : undefined;
  }
  if (node.type === 'Property' && nameOf(node.key as Node) === 'provide' && (node.value as Node).type === 'ObjectExpression') {
    return ((node.value as Node).properties as Node[]).findLast((q) => q.type === 'Property' && `$${nameOf(q.key as Node)}` === name)?.value as Node | undefined;
  }
  return undefined;
}

/** What a function's body declares as `name` at its top level (`const track = …`, `function track() {}`). */
function localDeclaration(fn: Node, name: string): Node | undefined {
  const body = fn.body as Node;
  if (body.type !== 'BlockStatement') return undefined;
  for (const statement of body.body as Node[]) {
    if (statement.type === 'FunctionDeclaration' && (statement.id as Node | null)?.name === name) return statement;
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations as Node[]) if ((d.id as Node).type === 'Identifier' && (d.id as Node).name === name && d.init) return d.init as Node;
  }
  return undefined;
}

/** `module.exports` → `''`, `exports.X` and `module.exports.X` → `X`; undefined for anything else. */
function commonJsTarget(left: Node): string | undefined {
  if (left.type !== 'MemberExpression' || left.computed) return undefined;
  const object = left.object as Node;
  const prop = (left.property as Node).name as string;
  if (object.type === 'Identifier' && object.name === 'module') return prop === 'exports' ? '' : undefined;
  if (object.type === 'Identifier' && object.name === 'exports') return prop;
  return commonJsTarget(object) === '' ? prop : undefined;
}

/** An export's or import's name: an identifier, or a string (`export { x as "a-b" }`). */
function nameOf(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name as string;
  return typeof node.value === 'string' ? node.value : undefined;
}

/** `import * as EV from './events'`: an object of the module's named exports. */
function namespace(names: readonly string[], exports: (name: string) => Value | undefined): Extract<Value, { kind: 'obj' }> {
  const range: Range = [0, 0];
  const props = names.flatMap((key) => {
    const value = exports(key);
    return value ? [{ key, keyRange: range, value }] : [];
  });
  return { kind: 'obj', props, open: true, range };
}

/** A TypeScript enum's members with string values: `enum Events { Booked = 'therapy_booked' }`. */
function enumValue(decl: Node): Value {
  const range = decl.range as unknown as Range;
  const members = (decl.members as Node[] | undefined) ?? ((decl.body as Node | undefined)?.members as Node[] | undefined) ?? [];
  const props = members.flatMap((m) => {
    const key = nameOf(m.id as Node);
    const init = m.initializer as Node | undefined;
    if (key === undefined || init?.type !== 'Literal' || typeof init.value !== 'string') return [];
    return [{ key, keyRange: m.range as unknown as Range, value: { kind: 'str', parts: [init.value], range: init.range as unknown as Range } as Value }];
  });
  return { kind: 'obj', props, open: false, range };
}
