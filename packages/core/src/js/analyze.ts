import type { ParseResult } from '@babel/parser';
import { babelParser, eslintScope, htmlParser } from '../deps.js';
import { SHARED_RULE_IDS, type Finding } from '../findings.js';
import { decodeAttribute, extractHtml } from '../html.js';
import type { Settings } from '../settings.js';
import { getVendor } from '../vendors/index.js';
import type { VendorId } from '../vendors/types.js';
import { findPlaceholders, mayHoldPlaceholders, replaceMacros, replaceTemplateTags } from '../text/macros.js';
import { isLayout, pageRoute, servesPagesBelow } from '../text/route.js';
import { templatePageTests, type TemplatePageTest } from '../text/template-pages.js';
import { matchVendorUrls } from '../text/url.js';
import { Analyzer, literalParts, mightTrack, PROJECT_MODULE, urlEvidence, type AnalyzerContext } from './analyzer.js';
import { PROVIDED_KEY } from './channels.js';
import { beaconCall } from './beacon.js';
import type { Helpers } from './helpers.js';
import { findingsFor } from './report.js';
import type { ScopeManagerLike } from './scope.js';
import type { FileFacts, MacroInfo, Node, PageGuard, Range, StrPart, TrackerCall, Value } from './types.js';
import { joinParts, texts } from './values.js';
import { toEstree } from './estree.js';
import { DEFAULT_KEYS, walk, type VisitorKeys } from './walk.js';

export interface ProgramContext {
  /** The full source text the AST's ranges point into. */
  text: string;
  scopeManager: ScopeManagerLike;
  visitorKeys?: VisitorKeys;
  typeValues?: AnalyzerContext['typeValues'];
  /** Declared tracking helpers (`settings.phiguard.trackingHelpers`), with the file's import resolution. */
  helpers?: Helpers;
  /** A Vue component's `<template>` (vue-eslint-parser's `templateBody`). */
  templates?: readonly Node[];
  /** Constants the project's other modules export, as the front-end reads them (`js/modules.ts`). */
  imported?: AnalyzerContext['imported'];
  /** The file's path: a page's own route names the pages its calls run on (`app/therapy/page.tsx`). */
  filename?: string;
}

const EMPTY: FileFacts = Object.freeze({ calls: [], pixels: [], embedded: [], errors: [] }) as unknown as FileFacts;


/** Module names that say they track: `@/lib/analytics`, `../lib/fpixel`, `./gtm`, `utils/trackEvent`. */
const TRACKING_MODULE = /analytic|pixel|gtag|gtm|fbq|ttq|track|tiktok|facebook|conversion|data-?layer/iu;
/**
 * Short names that say tracking only as a whole word: a module path's segment (`./meta`, `@/lib/ga`,
 * `meta-pixel`, `../lib/capi`, a Conversions API client) or a camel-case word (`useFb`, `getAds`, `sendCapi`), not inside one (`metadata`, `gallery`,
 * `downloads`). `Meta` in a name is metadata far more often (`dashboardMeta`, `useMeta`) than the company.
 */
const TRACKING_WORD = /(?:^|[/_-])(?:meta|fb|ga4?|ads|marketing|capi)(?:$|[/_.-])|(?:Fb|Ads|Marketing|Capi)(?![a-z])|(?:FB|GA4?|CAPI)(?![A-Za-z])/u;

/** Whether a module specifier or an imported name says it tracks. */
export function namesTracking(name: string): boolean {
  return TRACKING_MODULE.test(name) || TRACKING_WORD.test(name);
}

/**
 * Whether the program imports from a module whose name says it tracks, or imports something named
 * for tracking from any module (`import { useAnalytics } from '@/hooks'`, a barrel): its functions
 * may make tracker calls that this file's calls of them make. Only top-level `import` declarations
 * are read (a regex over the whole text cost a tenth of a second over 900 files that import nothing
 * of the kind), those in a Svelte component's `<script>`, and, in a file that calls `require(`
 * (`requires`), top-level `require('./tracker')` declarations and statements.
 */
function importsTrackingModule(program: Node, requires: boolean): boolean {
  for (const statement of program.body as Node[]) {
    // A Svelte component's `<script>` elements hold its statements.
    if (statement.type === 'SvelteScriptElement' && importsTrackingModule(statement, requires)) return true;
    // `const { logEvent } = require('./tracker')`, `require('./tracker').logEvent(…)`.
    if (requires && statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations as Node[]) if (d.init && namesTracking(requiredSource(d.init as Node) ?? '')) return true;
    }
    if (requires && statement.type === 'ExpressionStatement' && namesTracking(requiredSource(statement.expression as Node) ?? '')) return true;
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const source = (statement.source as Node).value;
    if (typeof source === 'string' && namesTracking(source)) return true;
    for (const s of statement.specifiers as Node[]) {
      if (s.importKind === 'type') continue;
      const imported = s.type === 'ImportSpecifier' ? (s.imported as Node) : undefined;
      const name = imported?.type === 'Identifier' ? imported.name : (s.local as Node).name;
      if (typeof name === 'string' && namesTracking(name)) return true;
    }
  }
  return false;
}

/** A module an `import`, `import()`, `export … from` or `require()` names, and the names an `import … from` binds. */
const NAMED_MODULE = /\b(?:(?:import|export)\s([^;'"]{1,500}?)\bfrom\s*|import\s*(?:\(\s*)?|require\(\s*)['"]([^'"\n]{1,200})['"]/gu;

/**
 * Whether a module's text may track, read without parsing: it names a tracker, or imports from a
 * module (or imports a name) that says it tracks. What a file that renders or calls it needs to know
 * to be read (`usesTrackingModule`).
 */
export function moduleMayTrack(text: string): boolean {
  if (mightTrack(text)) return true;
  for (const m of text.matchAll(NAMED_MODULE)) {
    if (namesTracking(m[2]!)) return true;
    if (m[1] !== undefined && m[1].split(/[^\w$]+/u).some((name) => name !== '' && namesTracking(name))) return true;
  }
  return false;
}

/**
 * Whether the program hands something to a component or function of a project module that may
 * track, though neither names tracking: a quoted value or an object to it (`<ExitIntentPopup
 * treatment="Dental Implants" />`, `notify('ADHD Assessment')`, `lead({ … })`), or, in a page's own
 * file, calls it at all (what it sends runs on that page). Only imports of the project's own modules
 * used so are asked, each module once per process (the reader keeps its answer).
 */
function usesTrackingModule(program: Node, ctx: ProgramContext, page?: boolean, handed?: Set<string>): boolean {
  const mayTrack = ctx.imported?.mayTrack;
  if (!mayTrack) return false;
  for (const statement of program.body as Node[]) {
    if (statement.type === 'SvelteScriptElement' && usesTrackingModule(statement, ctx, page, handed)) return true;
    for (const { source, names } of projectBindings(statement)) {
      for (const name of names) {
        // The file's hand-offs are found once, in one pass over its text: most files import several modules.
        page ??= ctx.filename !== undefined && pageRoute(ctx.filename) !== undefined;
        const used = page
          ? ctx.text.includes(`${name}(`) || ctx.text.includes(`${name}.`) || ctx.text.includes(`<${name}`)
          : (handed ??= handedNames(ctx.text)).has(name) || madeFrom(ctx.text, name).some((made) => handed!.has(made));
        if (used) {
          if (mayTrack(source)) return true;
          break;
        }
      }
    }
  }
  return false;
}

/**
 * The project modules a top-level statement binds names from: an `import` (not of types), or a
 * CommonJS `require` (`const px = require('./px')`, `const { track } = require('./px')`, also `.member`).
 */
function projectBindings(statement: Node): Array<{ source: string; names: string[] }> {
  const project = (source: unknown): source is string => typeof source === 'string' && PROJECT_MODULE.test(source) && !ASSET.test(source);
  if (statement.type === 'ImportDeclaration') {
    const source = (statement.source as Node).value;
    if (statement.importKind === 'type' || !project(source)) return [];
    return [{ source, names: (statement.specifiers as Node[]).filter((s) => s.importKind !== 'type').map((s) => (s.local as Node).name as string) }];
  }
  if (statement.type !== 'VariableDeclaration') return [];
  const out: Array<{ source: string; names: string[] }> = [];
  for (const d of statement.declarations as Node[]) {
    let init = d.init as Node | null;
    while (init?.type === 'MemberExpression') init = init.object as Node;
    const arg = init?.type === 'CallExpression' && (init.callee as Node).type === 'Identifier' && (init.callee as Node).name === 'require' ? (init.arguments as Node[])[0] : undefined;
    const source = arg?.type === 'Literal' ? arg.value : undefined;
    if (!project(source)) continue;
    const id = d.id as Node;
    const names = id.type === 'Identifier' ? [id.name as string] : id.type === 'ObjectPattern' ? (id.properties as Node[]).flatMap((p) => ((p.value as Node | undefined)?.type === 'Identifier' ? [(p.value as Node).name as string] : [])) : [];
    out.push({ source, names });
  }
  return out;
}

/** A stylesheet, image, font or document a bundler imports (`./page.module.scss`): no code. */
const ASSET = /\.(?:s?css|sass|less|styl|svg|png|jpe?g|gif|webp|avif|ico|bmp|woff2?|ttf|eot|otf|mp[34]|webm|wav|md|mdx|txt|html?|ya?ml|graphql|gql)$/iu;

/**
 * The names a text hands a value: called with a quoted value or an object first (`notify('…'`,
 * `lead({`, `analytics.send('…'`: `analytics`), or a JSX element given an attribute with a quoted
 * value (`<ExitIntentPopup treatment="…"`, `={'…'}`). Found from each `(` and `<` of the text, not by
 * searching for each imported name.
 */
function handedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    let next = at + 1;
    while (isSpace(text.charCodeAt(next))) next++;
    const c = text.charCodeAt(next);
    if (!isQuote(c) && c !== 123 /* { */) continue;
    // The callee: `name(`, `name.member(`, and the root of a short chain (`useStore.getState().pick(`: `useStore`).
    const root = chainRoot(text, at);
    if (root) names.add(root);
  }
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (c < 65 || c > 90) continue; // a component's name starts with a capital
    let end = at + 1;
    while (isNameChar(text.charCodeAt(end))) end++;
    if (givesQuotedAttribute(text, end)) names.add(text.slice(at + 1, end));
  }
  return names;
}

/**
 * The names the text declares from a call or member of `root` (`const setCondition = useStore((s) => …)`,
 * `const { track, send: s } = useTracking()`): handing one a value hands it to what the import gave.
 * Found from each place `root` is used, not by a pass over the whole text.
 */
function madeFrom(text: string, root: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(root); at >= 0; at = text.indexOf(root, at + root.length)) {
    const after = text.charCodeAt(at + root.length);
    if ((after !== 40 /* ( */ && after !== 46) /* . */ || isNameChar(text.charCodeAt(at - 1))) continue;
    let k = before(text, at - 1);
    if (text.startsWith('await', k - 4) && !isNameChar(text.charCodeAt(k - 5))) k = before(text, k - 5);
    const eq = text.charCodeAt(k);
    if (eq !== 61 /* = */ || '=!<>+-*/%&|^?'.includes(text[k - 1] ?? '')) continue;
    k = before(text, k - 1);
    let made: string[];
    if (text.charCodeAt(k) === 125 /* } */) {
      const open = text.lastIndexOf('{', k);
      if (open < 0 || k - open > 200) continue;
      made = text.slice(open + 1, k).split(',').map((part) => part.split(':').at(-1)!.trim());
      k = before(text, open - 1);
    } else {
      const start = nameStart(text, k + 1);
      if (start > k) continue;
      made = [text.slice(start, k + 1)];
      k = before(text, start - 1);
    }
    const keyword = text.slice(nameStart(text, k + 1), k + 1);
    if (keyword === 'const' || keyword === 'let' || keyword === 'var') out.push(...made);
  }
  return out;
}

/** The last offset at or before `at` that is not white space. */
function before(text: string, at: number): number {
  while (at >= 0 && isSpace(text.charCodeAt(at))) at--;
  return at;
}

/**
 * The name a call at `open` (its `(`) is rooted in: `name(`, `obj.name(`, and through up to three
 * members and calls with no argument (`useStore.getState().pick(`: `useStore`); undefined for a
 * longer chain or one rooted in an expression.
 */
function chainRoot(text: string, open: number): string | undefined {
  let end = open;
  for (let step = 0; step < 4; step++) {
    const start = nameStart(text, end);
    if (start === end) return undefined;
    if (text.charCodeAt(start - 1) !== 46 /* . */) return text.slice(start, end);
    end = start - 1;
    // `getState()` before the dot: an empty call.
    if (text.charCodeAt(end - 1) === 41 /* ) */ && text.charCodeAt(end - 2) === 40 /* ( */) end -= 2;
  }
  return undefined;
}

/** Where the name that ends at `end` starts. */
function nameStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Whether the tag whose name ends at `from` gives an attribute a quoted value (`x="…"`, `x={'…'}`) before it closes (an arrow's `=>` does not close it). */
function givesQuotedAttribute(text: string, from: number): boolean {
  if (!isSpace(text.charCodeAt(from))) return false;
  const end = Math.min(text.length, from + 300);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */ && text.charCodeAt(i - 1) !== 61 /* = */) return false;
    if (c !== 61 || text.charCodeAt(i + 1) === 62) continue;
    let j = i + 1;
    while (isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 123) {
      j++;
      while (isSpace(text.charCodeAt(j))) j++;
    }
    if (isQuote(text.charCodeAt(j))) return true;
  }
  return false;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
const isQuote = (c: number): boolean => c === 39 || c === 34 || c === 96;
/** A character code of a name (`$name`, `_name`, `name2`). */
const isNameChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95;

/** `import('@/lib/analytics')`: a module loaded on demand, anywhere in the file. */
const DYNAMIC_IMPORT = /\bimport\(\s*['"`]([^'"`\n]{1,200})['"`]/gu;

/** Whether a file loads a module whose name says it tracks on demand (`await import('@/lib/analytics')`). */
function loadsTrackingModule(text: string): boolean {
  if (!text.includes('import(')) return false;
  for (const m of text.matchAll(DYNAMIC_IMPORT)) if (namesTracking(m[1]!)) return true;
  return false;
}

/**
 * Whether a Vue component names a global property that the app's entry module or a plugin sets
 * (`this.$track(…)` of `app.config.globalProperties.$track = …` in `main.ts`), or a Nuxt plugin
 * provides (`useNuxtApp().$track(…)`), or the app provides (`inject('track')` of `app.provide('track', …)`),
 * which may track. Only single-file components and files that import from `vue` or call `useNuxtApp`
 * are asked, and only when they name a `$` property or inject.
 */
function readsVueGlobal(ctx: ProgramContext): boolean {
  // A component in a script file (`defineComponent({ … })` in `booking-form.ts`) imports from `vue`.
  if (!(ctx.templates?.length || ctx.text.includes('useNuxtApp') || ctx.text.includes("'vue'") || ctx.text.includes('"vue"'))) return false;
  const injects = ctx.text.includes('inject');
  if (!injects && !ctx.text.includes('$')) return false;
  for (const prop of ctx.imported?.vueGlobals?.().keys() ?? []) {
    // `$track`, or `inject('track')` of what the app provides.
    const key = prop.startsWith(PROVIDED_KEY) ? prop.slice(PROVIDED_KEY.length) : undefined;
    if (key === undefined ? ctx.text.includes(prop) : injects && (ctx.text.includes(`'${key}'`) || ctx.text.includes(`"${key}"`))) return true;
  }
  return false;
}

/** Whether a Vue component calls a composable or util its Nuxt app auto-imports (`useMetaPixel()` with no import), which may track. */
function callsAutoImport(ctx: ProgramContext): boolean {
  if (!ctx.templates?.length) return false;
  for (const name of ctx.imported?.autoImports?.().keys() ?? []) if (ctx.text.includes(`${name}(`)) return true;
  return false;
}

/** The module a `require('…')` at the head of an expression names (`require('./tracker').logEvent(…)`). */
function requiredSource(node: Node): string | undefined {
  let n = node;
  while (n.type === 'MemberExpression' || (n.type === 'CallExpression' && (n.callee as Node).type !== 'Identifier')) n = (n.type === 'MemberExpression' ? n.object : n.callee) as Node;
  const callee = n.type === 'CallExpression' ? (n.callee as Node) : undefined;
  const arg = callee?.type === 'Identifier' && callee.name === 'require' ? (n.arguments as Node[])[0] : undefined;
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
}

/** Facts for an AST a front-end already parsed (ESLint passes its own AST and scope manager). */
export function collectFacts(program: Node, ctx: ProgramContext): FileFacts {
  const { helpers } = ctx;
  if (!mightTrack(ctx.text, helpers) && !(ctx.imported && (importsTrackingModule(program, ctx.text.includes('require(')) || loadsTrackingModule(ctx.text) || readsVueGlobal(ctx) || callsAutoImport(ctx) || usesTrackingModule(program, ctx)))) return EMPTY;
  const facts = new Analyzer({
    text: ctx.text,
    scopeManager: ctx.scopeManager,
    visitorKeys: ctx.visitorKeys ?? DEFAULT_KEYS,
    typeValues: ctx.typeValues,
    helpers,
    templates: ctx.templates,
    imported: ctx.imported,
    embed: (text, kind, inner) => embeddedFacts(text, kind, { ...inner, depth: 1, helpers }),
  }).run(program);
  return withRoute(facts, ctx.filename);
}

/** The facts with the route of the page their file is (`app/therapy/page.tsx`, `anxiety.html`), if it is one: its calls run on that page. */
function withRoute(facts: FileFacts, filename: string | undefined): FileFacts {
  const route = filename === undefined ? undefined : pageRoute(filename);
  return route === undefined ? facts : { ...facts, route, ...(isLayout(filename!) ? { layout: true as const } : servesPagesBelow(filename!) ? { pagesBelow: true as const } : {}) };
}

/**
 * Facts for a whole HTML page (an ESLint `.html` file), read as a GTM Custom HTML tag is read: its
 * classic scripts as one program, module scripts, inline handlers and the URLs its markup requests.
 * `errors` are its scripts' syntax errors, at offsets in the page.
 */
export function collectHtmlFacts(text: string, helpers?: Helpers, filename?: string): { facts: FileFacts; errors: AnalyzeResult['errors'] } {
  if (!mightTrack(text, helpers)) return { facts: EMPTY, errors: [] };
  // A server template's tags (`<?= $user->email ?>`, `{{ user.email }}`) are values the page gets when served.
  const { text: page, names } = replaceTemplateTags(text);
  const macro = names.length ? (index: number): MacroInfo | undefined => (index < names.length ? { display: names[index]!, open: true } : undefined) : undefined;
  const facts = embeddedFacts(page, 'html', { depth: 0, helpers, macro });
  if (names.length) guardTemplateCalls(facts, templatePageTests(text));
  return { facts: withRoute(facts, filename), errors: allErrors(facts, (o) => o) };
}

/**
 * Calls in a block a server template prints only on some pages (`{% if page.url contains '/therapy' %}`,
 * `<?php if ( is_page( 'psychiatry' ) ) : ?>`) run behind that test, as behind a page test in code.
 * A test's range is put in the offsets of the script that makes the call, so that its map gives it back.
 */
function guardTemplateCalls(facts: FileFacts, tests: readonly TemplatePageTest[]): void {
  if (tests.length === 0) return;
  const guard = (calls: readonly TrackerCall[], map: (offset: number) => number): void => {
    const base = map(0);
    for (const call of calls) {
      const at = map(call.range[0]);
      const around = tests.filter((t) => at >= t.from && at < t.to);
      if (around.length === 0) continue;
      const pages = around.map((t): PageGuard => ({ subject: t.subject, part: 'path', operator: t.operator, values: t.values, pattern: t.operator === 'matches', range: [t.range[0] - base, t.range[1] - base] }));
      call.pages = [...(call.pages ?? []), ...pages];
    }
  };
  guard(facts.calls, (o) => o);
  for (const { facts: inner, map } of facts.embedded) guard(inner.calls, map);
}

/** A comment of an HTML page (`<!-- … -->`), or a JavaScript comment in one of its scripts, at offsets in the page. */
export interface PageComment {
  type: 'Block' | 'Line';
  value: string;
  start: number;
  end: number;
}

/** Words that start an ESLint directive comment (`eslint-disable-next-line`, `global`). */
const DIRECTIVE_WORD = /eslint|global/u;

/**
 * The comments of an HTML page, for ESLint's directives: `<!-- eslint-disable … -->` in the markup,
 * and `// eslint-disable-line …` in its scripts. A script is parsed for its comments only when it
 * holds a directive word (so most pages cost one pass of the HTML parser), and leniently, as its
 * code is read, so a syntax error elsewhere in it does not lose them.
 */
export function pageComments(html: string): PageComment[] {
  const comments: PageComment[] = [];
  const parser = new (htmlParser().Parser)(
    {
      oncomment(value) {
        comments.push({ type: 'Block', value, start: parser.startIndex, end: parser.endIndex + 1 });
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  if (!DIRECTIVE_WORD.test(html)) return comments;
  for (const { code, start, handler, module } of extractHtml(html).scripts) {
    if (handler || !DIRECTIVE_WORD.test(code)) continue;
    for (const c of parseLeniently(code, module ? MODULE_OPTIONS : CLASSIC_OPTIONS).ast?.comments ?? []) {
      comments.push({ type: c.type === 'CommentLine' ? 'Line' : 'Block', value: c.value, start: start + c.start!, end: start + c.end! });
    }
  }
  return comments.sort((a, b) => a.start - b.start);
}

export interface AnalyzeOptions {
  /** GTM macros: what the variable behind placeholder `name` is known to be. */
  macros?: (name: string) => MacroInfo | undefined;
  /** Names of the placeholders in the text, from `replaceMacros` (index → variable name). */
  macroNames?: readonly string[];
}

export interface AnalyzeResult {
  findings: Finding[];
  errors: Array<{ message: string; offset: number }>;
  /** Every vendor the code calls or loads, also when no rule reports anything (`snaptr('track','PAGE_VIEW')`). */
  vendors: VendorId[];
}

/**
 * Parses JavaScript (Babel, error recovery) and returns every shared rule's findings. Never throws.
 * GTM `{{Variable}}` macros may be left in the text (they are replaced by same-length placeholders
 * here) or replaced beforehand with `replaceMacros`, passing its `names` as `macroNames`.
 */
export function analyzeScript(code: string, settings: Settings, options: AnalyzeOptions = {}): AnalyzeResult {
  const { text, macro } = withMacros(code, options);
  return toResult(embeddedFacts(text, 'js', { macro, depth: 0, helpers: settings.helpers }), settings);
}

/**
 * Analyzes a URL a tag requests (a GTM Custom Image tag's URL) as `<img src>` markup is read: the
 * pixel and what its query sends. Never throws.
 */
export function analyzeUrl(url: string, settings: Settings, options: AnalyzeOptions = {}): AnalyzeResult {
  const { text, macro } = withMacros(url, options);
  const facts: FileFacts = { calls: [], pixels: [], embedded: [], errors: [] };
  readRequestUrl(facts, text, 0, { macro, depth: 0 }, false);
  return toResult(facts, settings);
}

/** Analyzes an HTML fragment (GTM Custom HTML, `innerHTML` strings). Never throws. */
export function analyzeHtml(html: string, settings: Settings, options: AnalyzeOptions = {}): AnalyzeResult {
  const { text, macro } = withMacros(html, options);
  return toResult(embeddedFacts(text, 'html', { macro, depth: 0, helpers: settings.helpers }), settings);
}

function withMacros(code: string, options: AnalyzeOptions): { text: string; macro: AnalyzerContext['macro'] } {
  const { macros } = options;
  let { macroNames } = options;
  let text = code;
  if (!macroNames && code.includes('{{')) ({ text, names: macroNames } = replaceMacros(code));
  if (!macros || !macroNames) return { text, macro: undefined };
  const names = macroNames;
  return {
    text,
    macro: (index) => {
      const name = names[index];
      return name === undefined ? undefined : macros(name);
    },
  };
}

function toResult(facts: FileFacts, settings: Settings): AnalyzeResult {
  const findings = SHARED_RULE_IDS.flatMap((id) => findingsFor(facts, id, settings));
  findings.sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));
  return { findings, errors: allErrors(facts, (o) => o), vendors: [...vendorsOf(facts, new Set())] };
}

function vendorsOf(facts: FileFacts, into: Set<VendorId>): Set<VendorId> {
  // Consent calls (`fbq('consent', 'grant')` in a cookie banner) send nothing by themselves.
  for (const c of facts.calls) if (c.shape.kind !== 'consent') into.add(c.vendor.id);
  for (const p of facts.pixels) into.add(p.vendor.id);
  for (const e of facts.embedded) vendorsOf(e.facts, into);
  return into;
}

function allErrors(facts: FileFacts, map: (o: number) => number): AnalyzeResult['errors'] {
  return [
    ...facts.errors.map((e) => ({ message: e.message, offset: map(e.offset) })),
    ...facts.embedded.flatMap((e) => (e.inString ? [] : allErrors(e.facts, (o) => map(e.map(o))))),
  ];
}

interface EmbedContext {
  hole?: (index: number) => Value | undefined;
  macro?: AnalyzerContext['macro'];
  depth: number;
  helpers?: Helpers;
  /** An inline handler of a call or mail link: what it sends of this kind is the link's address. */
  link?: 'phone' | 'email';
}

/** The raw facts of a script (calls, pixel evidence), before rules apply: for tests and tools. */
export function scriptFactsOf(code: string): FileFacts {
  return embeddedFacts(code, 'js', { depth: 0 });
}

export function embeddedFacts(text: string, kind: 'js' | 'html', ctx: EmbedContext): FileFacts {
  try {
    return kind === 'html' ? htmlFacts(text, ctx) : scriptFacts(text, ctx);
  } catch (error) {
    // Detectors must never take a lint run down; an internal failure is reported as an error.
    return { ...EMPTY, errors: [{ message: `phiguard could not analyze this code: ${(error as Error).message}`, offset: 0 }] };
  }
}

function htmlFacts(html: string, ctx: EmbedContext): FileFacts {
  const facts: FileFacts = { calls: [], pixels: [], embedded: [], errors: [] };
  const parts = extractHtml(html);
  const blocks = parts.scripts.filter((s) => !s.handler && !s.module);
  // An inline handler calls the page's functions (`onclick="track('IVF Consult')"`); a call link's
  // handler is read alone, for what it sends is the link's address.
  const handlers = blocks.length > 0 ? parts.scripts.filter((s) => s.handler && !s.link) : [];
  // Scripts of one page share their globals (`var EVENT = '…'` in one, `ttq.track(EVENT)` in the
  // next): read them as one program, laid out at their offsets. If that program has a syntax
  // error, each script is read on its own, so one broken script does not cost the others.
  let joined = blocks.length + handlers.length > 1 ? joinScripts(html, blocks, handlers, ctx) : undefined;
  if (joined?.facts.errors.length && handlers.length > 0 && blocks.length > 1) joined = joinScripts(html, blocks, [], ctx);
  // A broken script (a chat widget's `var x = ;`) must not cost the others the globals they share:
  // those that parse alone are read as one program, the broken one on its own.
  if (joined?.facts.errors.length && blocks.length > 1) {
    const sound = blocks.filter((b) => parsesAlone(b.code));
    if (sound.length < blocks.length && sound.length + handlers.length > 1) {
      joined = joinScripts(html, sound, handlers, ctx);
      if (joined.facts.errors.length && handlers.length > 0 && sound.length > 1) joined = joinScripts(html, sound, [], ctx);
    }
  }
  const together = joined !== undefined && joined.facts.errors.length === 0 ? joined : undefined;
  if (together) facts.embedded.push({ facts: together.facts, map: together.map });
  const inJoin = new Set(together ? [...together.blocks, ...together.handlers] : []);
  for (const script of parts.scripts) {
    if (inJoin.has(script)) continue;
    const { code, start, handler, module, offsets, link } = script;
    facts.embedded.push({ facts: scriptFacts(code, link ? { ...ctx, link } : ctx, module ? MODULE_OPTIONS : handler ? HANDLER_OPTIONS : CLASSIC_OPTIONS), map: (o) => start + (offsets?.[o] ?? o) });
  }
  for (const { url, start, offsets } of parts.urls) readRequestUrl(facts, url, start, ctx, true, offsets);
  return facts;
}

type HtmlScript = ReturnType<typeof extractHtml>['scripts'][number];

/** Whether a classic script parses with no error of its own. */
function parsesAlone(code: string): boolean {
  const { ast } = parseOnce(code, CLASSIC_OPTIONS);
  return ast !== undefined && !ast.errors?.length;
}

/**
 * The page's classic scripts as one program (`layoutScripts`), then each inline handler as the
 * function the browser makes of it, `(function (event) {…});`, so a handler's call reaches the
 * function a script declares. Offsets past the page map back into the handler's attribute.
 */
function joinScripts(html: string, blocks: readonly HtmlScript[], handlers: readonly HtmlScript[], ctx: EmbedContext) {
  let text = layoutScripts(html, blocks);
  const segments: Array<{ at: number; script: HtmlScript }> = [];
  for (const script of handlers) {
    text += '\n;(function (event) {';
    segments.push({ at: text.length, script });
    text += `${script.code}\n});`;
  }
  const map = (o: number): number => {
    if (o < html.length || segments.length === 0) return o;
    let i = segments.length - 1;
    while (i > 0 && segments[i]!.at > o) i--;
    const { at, script } = segments[i]!;
    const within = Math.max(0, Math.min(o - at, script.code.length));
    return script.start + (script.offsets?.[within] ?? within);
  };
  return { facts: scriptFacts(text, ctx, CLASSIC_OPTIONS, true), map, blocks, handlers };
}

/**
 * A URL the page requests (`<img src>`, a GTM Custom Image tag): the vendor pixel it loads and,
 * for a beacon (`https://www.facebook.com/tr?ev=…&ud[em]={{DLV - email}}`), the event its query
 * sends, read as a beacon URL written in code is read. `within`: where each unit of `raw` is, from
 * `start`, when it is not written as is there (a URL in an iframe's `srcdoc`).
 */
function readRequestUrl(facts: FileFacts, raw: string, start: number, ctx: EmbedContext, markup: boolean, within?: readonly number[]): void {
  const at = (i: number): number => start + (within?.[i] ?? i);
  const range: Range = [start, at(raw.length)];
  // A markup attribute as the browser requests it: `&#38;ev=…` is `&ev=…`.
  const { text: url, offsets } = markup ? decodeAttribute(raw) : { text: raw };
  const found = matchVendorUrls(url);
  for (const m of found) facts.pixels.push(urlEvidence(m, range));
  if (found.length > 0) {
    // A query, or Floodlight's `;u1=…` after the path, which needs no `?`.
    if (url.includes('?') || found.some((m) => m.fingerprint.matrixParams)) facts.calls.push(...markupBeacons(url, (o) => at(offsets?.[o] ?? o), ctx));
    return;
  }
  // The URL starts with a GTM variable (`<img src="{{CONST - Pixel URL}}&ev=…">`): each value it can take.
  const parts = ctx.macro ? literalParts(url, ctx) : [];
  const head = parts[0];
  if (head === undefined || typeof head === 'string') return;
  for (const value of texts(head.hole)) {
    const expanded = [value, ...parts.slice(1)];
    for (const m of matchVendorUrls(joinParts(expanded))) {
      facts.pixels.push(urlEvidence(m, range));
      const call = beaconCall(m, expanded, range);
      if (call) facts.calls.push(call);
    }
  }
}

/**
 * The event calls a vendor URL in a markup attribute sends. Its GTM macros and template holes are
 * read as in a string literal (`literalParts`); `source` maps an offset in the decoded URL to the
 * markup, so every parameter keeps its own range.
 */
function markupBeacons(url: string, source: (offset: number) => number, ctx: EmbedContext): TrackerCall[] {
  const parts = literalParts(url, ctx);
  const text = joinParts(parts);
  const offsets = unitOffsets(url, parts);
  const at = (from: number, to: number): Range => [source(offsets[from]!), source(offsets[to]!)];
  const calls: TrackerCall[] = [];
  for (const m of matchVendorUrls(text)) {
    const call = beaconCall(m, parts, [source(0), source(url.length)], at);
    if (call) calls.push(call);
  }
  return calls;
}

/** Outer template holes in embedded text (`ǂ12ǂ`), as `literalParts` finds them. */
const HOLE_MARK = /ǂ\d+ǂ/gu;

/** For each unit of `joinParts(parts)` (a hole is one unit), its offset in `text`; and the end. */
function unitOffsets(text: string, parts: readonly StrPart[]): number[] {
  const offsets: number[] = [];
  let ends: Map<number, number> | undefined;
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'string') {
      for (let i = 0; i < p.length; i++) offsets.push(at + i);
      at += p.length;
      continue;
    }
    if (!ends) {
      ends = new Map(findPlaceholders(text).map((h) => [h.start, h.end]));
      for (const h of text.matchAll(HOLE_MARK)) ends.set(h.index, h.index + h[0].length);
    }
    offsets.push(at);
    at = ends.get(at) ?? at + 1;
  }
  offsets.push(at);
  return offsets;
}

/**
 * One JavaScript text as long as the HTML: each script at its own offset, everything else blank
 * (line breaks kept, so lines and offsets hold), and a `;` where each script ends, so that two
 * scripts never join into one statement.
 */
function layoutScripts(html: string, scripts: ReadonlyArray<{ code: string; start: number }>): string {
  // One space per UTF-16 unit (an emoji between two scripts is two units, and offsets must hold),
  // a line at a time: a saved page is hundreds of kilobytes of markup.
  const blank = (from: number, to: number) => html.slice(from, to).replace(/[^\n]+/gu, (line) => ' '.repeat(line.length));
  let out = '';
  let at = 0;
  for (const { code, start } of scripts) {
    const gap = blank(at, start);
    out += at > 0 && gap.length > 0 ? `;${gap.slice(1)}` : gap;
    out += code;
    at = start + code.length;
  }
  return out + blank(at, html.length);
}

const MODULE_DECLARATIONS = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration']);

/** eslint-scope over a program core parsed itself, so names resolve as they do under ESLint. */
export function scopeOf(program: Node): ScopeManagerLike {
  return eslintScope().analyze(program as never, {
    ecmaVersion: 2022,
    // As ESLint scopes a file: a direct `eval` does not leave its function's names unresolved.
    ignoreEval: true,
    // A classic script with an `import` (a syntax error Babel recovered from) is scoped as a module:
    // eslint-scope rejects import declarations in a script.
    sourceType: program.sourceType === 'module' || (program.body as Node[]).some((s) => MODULE_DECLARATIONS.has(s.type)) ? 'module' : 'script',
    // No childVisitorKeys: esrecurse would copy the whole key table for every visitor it creates
    // (one per pattern), a quarter of the analysis time. Its built-in ESTree keys plus this
    // fallback for other node types visit the same children.
    fallback: (node: object) => Object.keys(node).filter((k) => k !== 'parent' && k !== 'loc' && k !== 'range' && k !== 'extra' && k !== 'leadingComments' && k !== 'trailingComments'),
  }) as unknown as ScopeManagerLike;
}

/**
 * What each of `nodes` (expressions in `program`, an ESTree parsed from `text`) can evaluate to,
 * resolved as the detectors resolve values: constants, local variables, lookup objects
 * (`EVENTS[key]`), conditionals, GTM macros (`macro`: placeholder index → what the variable is).
 * For front-ends that read code only for its values, such as GTM's Custom JavaScript variables.
 */
export function valuesOf(program: Node, text: string, nodes: readonly Node[], macro?: (index: number) => MacroInfo | undefined): Value[] {
  walk(program, DEFAULT_KEYS, () => undefined); // sets `parent`, which name resolution reads
  const analyzer = new Analyzer({ text, scopeManager: scopeOf(program), visitorKeys: DEFAULT_KEYS, macro });
  return nodes.map((node) => analyzer.value(node));
}

/**
 * The page-address tests that make `test` (an expression in `program`, parsed from `text`) true:
 * `{{Page Path}}.indexOf('/ivf') === 0` holds on pages whose path starts with `/ivf`. For GTM's
 * Custom JavaScript variables that a trigger tests (`{{JS - is IVF page}} equals true`).
 */
export function pageTestsIn(program: Node, text: string, test: Node, macro?: (index: number) => MacroInfo | undefined): PageGuard[] {
  walk(program, DEFAULT_KEYS, () => undefined);
  return new Analyzer({ text, scopeManager: scopeOf(program), visitorKeys: DEFAULT_KEYS, macro }).pageTestsOf(test);
}

/**
 * The page-address tests each of `nodes` runs under (`if ({{Page Path}}.indexOf('/oncology') === 0)
 * return 'onc';`): for GTM's Custom JavaScript variables whose output a trigger tests.
 */
export function pageGuardsIn(program: Node, text: string, nodes: readonly Node[], macro?: (index: number) => MacroInfo | undefined): PageGuard[][] {
  walk(program, DEFAULT_KEYS, () => undefined);
  const analyzer = new Analyzer({ text, scopeManager: scopeOf(program), visitorKeys: DEFAULT_KEYS, macro });
  return nodes.map((node) => analyzer.pageGuardsOf(node));
}

function scriptFacts(code: string, ctx: EmbedContext, options: BabelOptions = BABEL_OPTIONS, whole = false): FileFacts {
  // A script with no tracker name is read only for the macros it holds (`{{JS - fbq}}(…)`, `em: '<?= $email ?>'`).
  if (!mightTrack(code, ctx.helpers) && !(ctx.macro && mayHoldPlaceholders(code))) return { calls: [], pixels: [], embedded: [], errors: [] };
  // A page's scripts joined (`whole`) are used only when they parse as they are: its first error is
  // all the caller needs, not the repairs and the analysis a lone script gets.
  const { ast, errors, text, blanked } = whole ? parseOnce(code, options) : parseLeniently(code, options);
  if (whole && (errors.length || ast?.errors?.length)) {
    const first = ast?.errors?.[0] as unknown as { message?: string; reasonCode?: string; pos?: number } | undefined;
    return { calls: [], pixels: [], embedded: [], errors: errors.length ? errors : [{ message: cleanBabelMessage(first?.message ?? first?.reasonCode), offset: first?.pos ?? 0 }] };
  }
  if (!ast) {
    // Nothing parses: fall back to fingerprints in the raw text.
    const facts = fallbackFacts(code);
    facts.errors.push(...errors);
    return facts;
  }
  const program = toEstree(ast.program as unknown as Node, text);
  // Brackets a mended script closed after its end (`mendCall`) end where the script does.
  if (text.length > code.length) endWithin(program, code.length);
  const facts = new Analyzer({
    text,
    scopeManager: scopeOf(program),
    handler: options === HANDLER_OPTIONS,
    link: ctx.link,
    visitorKeys: DEFAULT_KEYS,
    macro: ctx.macro,
    hole: ctx.hole,
    depth: ctx.depth,
    helpers: ctx.helpers,
    embed: (text, kind, inner) => embeddedFacts(text, kind, { ...inner, depth: ctx.depth + 1, helpers: ctx.helpers }),
  }).run(program);
  facts.errors.push(...errors);
  // Lines that had to be blanked still count for fingerprints.
  for (const [start, end] of blanked) {
    for (const p of fallbackFacts(code.slice(start, end)).pixels) facts.pixels.push({ ...p, range: [p.range[0] + start, p.range[1] + start] });
  }
  for (const err of ast.errors ?? []) {
    const e = err as unknown as { message?: string; reasonCode?: string; pos?: number };
    facts.errors.push({ message: cleanBabelMessage(e.message ?? e.reasonCode), offset: e.pos ?? 0 });
  }
  return facts;
}

/** One parse, no repairs: its error, if it throws. */
function parseOnce(code: string, options: BabelOptions): ReturnType<typeof parseLeniently> {
  try {
    return { ast: babelParser().parse(code, options), errors: [], text: code, blanked: [] };
  } catch (error) {
    const e = error as Error & { pos?: number };
    return { errors: [{ message: cleanBabelMessage(e.message), offset: Math.min(Math.max(e.pos ?? 0, 0), code.length) }], text: code, blanked: [] };
  }
}

/** Ends every node's range at `end` or before it. */
function endWithin(program: Node, end: number): void {
  walk(program, DEFAULT_KEYS, (node) => {
    if (node.range && node.range[1] > end) node.range = [Math.min(node.range[0], end), end];
  });
}

const MAX_BLANKED = 12;
/** Brackets closed after the end of a script (`fbq('track', 'Lead', { a: f(x`). */
const MAX_CLOSED = 3;

/**
 * The script mended where Babel expected a `,` or `)` at `pos`, if that makes all of it parse: an
 * argument without its comma gets one in place of the space before it (`'Suboxone Intake' {{Var}}`),
 * and brackets left open at the end are closed after it. No offset of the script moves.
 */
function mendCall(code: string, pos: number, options: BabelOptions): { ast: ParseResult; text: string } | undefined {
  let text = code;
  if (pos < text.length) {
    if (!/\s/u.test(text[pos - 1] ?? '') || !/[\w$'"`)\]}]/u.test(text.slice(0, pos).trimEnd().at(-1) ?? '')) return undefined;
    text = `${text.slice(0, pos - 1)},${text.slice(pos)}`;
  }
  for (let closed = 0; ; closed++) {
    let end: number;
    try {
      return { ast: babelParser().parse(text, options), text };
    } catch (error) {
      end = (error as { pos?: number }).pos ?? 0;
    }
    // Only an error at the very end says a bracket is still open; the first closer that moves it on is the one.
    if (end < text.length || closed === MAX_CLOSED) return undefined;
    const next = [')', '}', ']'].map((c) => text + c).find((t) => {
      try {
        babelParser().parse(t, options);
        return true;
      } catch (error) {
        return ((error as { pos?: number }).pos ?? 0) >= t.length;
      }
    });
    if (next === undefined) return undefined;
    text = next;
  }
}

/**
 * Babel's error recovery stops at some errors (template junk in Custom HTML, a stray `var x = ;`).
 * Then the offending statement is blanked — same length, so offsets hold — and parsing tries
 * again: from the statement boundary (`;`, `{`, `}`) before the error to the `;` after it, on the
 * error's line, so the other calls of a one-line script survive; if that does not get past the
 * error, the whole line.
 */
export function parseLeniently(code: string, options: BabelOptions): { ast?: ParseResult; errors: FileFacts['errors']; text: string; blanked: Array<[number, number]> } {
  const errors: FileFacts['errors'] = [];
  const blanked: Array<[number, number]> = [];
  let text = code;
  let narrowed: { lineStart: number; lineEnd: number } | undefined;
  let closed = -1;
  let repairTried = false;
  for (let attempt = 0; attempt <= MAX_BLANKED; attempt++) {
    try {
      return { ast: babelParser().parse(text, options), errors, text, blanked };
    } catch (error) {
      const e = error as Error & { pos?: number };
      const reported = Math.min(Math.max(e.pos ?? 0, 0), text.length);
      if (!narrowed && closed !== reported) errors.push({ message: cleanBabelMessage(e.message), offset: reported });
      const callOpen = /expected "[,)]"/u.test(e.message);
      // A call with an argument missing its comma, or left open at the end of the script: mended
      // when that makes the whole script parse, and left to the steps below when it does not.
      // A block left open at the end (`if (ok) {`, an IIFE without its `})();`) fails at the end too.
      if (!repairTried && (callOpen || reported >= text.length)) {
        repairTried = true;
        const mended = mendCall(text, reported, options);
        if (mended) return { ast: mended.ast, errors, text: mended.text, blanked };
      }
      // `fbq('trackCustom', 'Naltrexone Refill';`: a call left open at its `;`. Closed there, the call
      // is kept (the line break ends the statement); if that does not do, the line is blanked.
      if (closed !== reported && text[reported] === ';' && callOpen) {
        closed = reported;
        text = `${text.slice(0, reported)})${text.slice(reported + 1)}`;
        continue;
      }
      if (closed === reported && text[reported] === ')') text = `${text.slice(0, reported)};${text.slice(reported + 1)}`;
      const pos = openLineEnd(text, reported, e.message) ?? reported;
      const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
      const nl = text.indexOf('\n', pos);
      const lineEnd = nl < 0 ? text.length : nl;
      // The statement did not do: the error is still on the line whose statement was blanked.
      const whole = narrowed !== undefined && narrowed.lineStart === lineStart;
      let start = lineStart;
      let end = lineEnd;
      if (!whole) {
        const before = text.slice(lineStart, pos);
        start = lineStart + Math.max(before.lastIndexOf(';'), before.lastIndexOf('{'), before.lastIndexOf('}')) + 1;
        const semicolon = text.indexOf(';', pos);
        end = semicolon >= 0 && semicolon < lineEnd ? semicolon + 1 : lineEnd;
      }
      narrowed = whole ? undefined : { lineStart, lineEnd };
      if (end <= start) {
        if (whole) return { errors, text, blanked };
        if (lineEnd > lineStart) continue;
        // Nothing to blank on an empty line or at the end: the statement left open is on the last
        // line with text before it (a blank that cut a statement short, `x = { a: 1 b: 2 };`).
        let last = lineStart;
        while (last > 0 && /\s/u.test(text[last - 1]!)) last--;
        const lastStart = text.lastIndexOf('\n', last - 1) + 1;
        if (last <= lastStart) return { errors, text, blanked };
        text = text.slice(0, lastStart) + ' '.repeat(last - lastStart) + text.slice(last);
        blanked.push([lastStart, last]);
        narrowed = undefined;
        continue;
      }
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      blanked.push([start, end]);
    }
  }
  return { errors, text, blanked };
}

/**
 * A call or bracket left open (`fbq('trackCustom', 'X'` with no `)`) shows as an error on the first
 * token after it: the next line's start, or the end of the text. Then the line left open is the one
 * to blank: its last character, else undefined.
 */
function openLineEnd(text: string, pos: number, message: string): number | undefined {
  if (!/expected "[,)\]}]"/u.test(message)) return undefined;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (text.slice(lineStart, pos).trim() !== '') return undefined;
  let at = lineStart;
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  return at > 0 ? at - 1 : undefined;
}

/** How core parses code in strings and in GTM Custom HTML (exported for the ESTree conversion test). */
export const BABEL_OPTIONS = {
  sourceType: 'unambiguous',
  errorRecovery: true,
  // Comments are never read (code in comments is not a finding); attaching them costs time.
  attachComment: false,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowUndeclaredExports: true,
  allowImportExportEverywhere: true,
  ranges: true,
  // No `estree` plugin: `toEstree` converts the AST afterwards, at a fraction of the plugin's cost.
} as const satisfies BabelOptions;

export type BabelOptions = NonNullable<Parameters<typeof import('@babel/parser').parse>[1]>;

/**
 * A `<script>` in HTML (GTM Custom HTML, markup in strings) is a classic script: top-level `await`,
 * `import` and `return` are syntax errors there, and the browser runs none of it. Babel still
 * recovers from them, so the report goes on, with the warning that the script could not be fully read.
 */
const CLASSIC_OPTIONS: BabelOptions = { ...BABEL_OPTIONS, sourceType: 'script', allowReturnOutsideFunction: false, allowAwaitOutsideFunction: false, allowImportExportEverywhere: false, allowUndeclaredExports: false };
/** An event-handler attribute (`onclick="…"`) is a function body: `return` is allowed. */
const HANDLER_OPTIONS: BabelOptions = { ...CLASSIC_OPTIONS, allowReturnOutsideFunction: true };
/** `<script type="module">`: a module whether or not it imports anything. */
const MODULE_OPTIONS: BabelOptions = { ...BABEL_OPTIONS, sourceType: 'module' };

/**
 * Babel's message without the `(line:column)` it appends: positions are reported separately, and in
 * wrapped code (a GTM Custom JavaScript variable) Babel's would count from the wrapper.
 */
export const cleanBabelMessage = (message: string | undefined): string => (message ?? 'syntax error').replace(/ \(\d+:\d+\)$/u, '');

function fallbackFacts(code: string): FileFacts {
  const facts: FileFacts = { calls: [], pixels: [], embedded: [], errors: [] };
  for (const m of matchVendorUrls(code)) facts.pixels.push(urlEvidence(m, [m.start, m.end]));
  const marker = code.indexOf('TiktokAnalyticsObject');
  if (marker >= 0) {
    facts.pixels.push({ vendor: getVendor('tiktok'), kind: 'marker', fingerprint: 'TiktokAnalyticsObject', range: [marker, marker + 21] });
  }
  return facts;
}
