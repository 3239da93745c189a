import { getVendor, NUXT_SCRIPT_COMPOSABLES, NUXT_SCRIPT_REGISTRY, VENDORS } from '../vendors/index.js';
import type { ApiNode, CallShape, CommandTable, ConditionalShape, GlobalApi, VendorSpec, WrapperPackage } from '../vendors/types.js';
import { isConnectionHint, TEMPLATE_USE } from '../html.js';
import { alternation } from '../text/alternation.js';
import { decodeBase64, decodeEscapes } from '../text/escapes.js';
import { identityField, namedReadField, selectorField, type IdentityField } from '../vendors/identity.js';
import { matchVendorUrls, mentionsVendorDomain, VENDOR_DOMAIN_NAMES, type UrlMatch } from '../text/url.js';
import { findPlaceholders, mayHoldPlaceholders, placeholderIndex } from '../text/macros.js';
import type { DefinitionLike, ReferenceLike, ScopeLike, ScopeManagerLike, VariableLike } from './scope.js';
import type {
  FileFacts,
  MacroInfo,
  Node,
  PageGuard,
  PixelEvidence,
  ParamRef,
  Prop,
  Range,
  StrPart,
  Arg,
  TrackerCall,
  Value,
} from './types.js';
import { beaconCall, beaconDataCall } from './beacon.js';
import { PROVIDED_KEY, VUE_GLOBAL } from './channels.js';
import type { ExportedCalls, ModuleReader, VueGlobal } from './modules.js';
import { mentionsHelper, type CompiledHelper, type Helpers, type Template } from './helpers.js';
import { holder, namesOnly, onlyNamed, prose } from './inert.js';
import { pageGuards, pageTests, type PageReader } from './page.js';
import { sendsHit } from './report.js';
import { rangeOf, TEMPLATE_KEYS, walk, type VisitorKeys } from './walk.js';
import {
  argsOf,
  callSite,
  enclosingFunction,
  functionBinding,
  returnedNode,
  FUNCTION_TYPES,
  EQUALITY,
  iifeCall,
  isAmbient,
  leaves,
  importedName,
  keptValues,
  keyName,
  memberText,
  methodOf,
  declaresMember,
  singleInit,
  thenReceiver,
  thisContainer,
  TRANSPARENT,
  unwrap,
  staticThis,
  unwrapPattern,
  thisFunction,
  isZustandCreate,
  storeMaker,
  propAttribute,
  listenerRegistration,
  vueGlobalProperty,
  wrapperBinding,
  wrapperCall,
  type Binding,
} from './ast.js';
import { anyOf, HASH_CALL, hashOf, isParam, joinItems, joinParts, knownTexts, linkOwn, lookup, lookupValue, MAX_VALUES, mergeParts, paramFunctions, partsOf, omitKeys, passedFor, placedAt, relocated, soleParam, substitute, texts, unknownAt, usesParam, within } from './values.js';

export interface AnalyzerContext {
  text: string;
  scopeManager: ScopeManagerLike;
  /** The code of an inline event handler (`onclick="…"`), run as a function whose `this` is the element. */
  handler?: boolean;
  /** What the handler's element, a call or mail link (`<a href="tel:…" onclick="…">`), opens: its sends of that field are the link's address. */
  link?: IdentityField;
  visitorKeys: VisitorKeys;
  /** String literal types of an expression, when type information is available. */
  typeValues?: (node: Node) => readonly string[] | undefined;
  /** GTM macro placeholders (`$ǃ0ǃǃǃǃ`) → what the variable is known to be. */
  macro?: (index: number) => MacroInfo | undefined;
  /** Template-literal holes of an outer file (`ǂ0ǂ` identifiers in embedded code). */
  hole?: (index: number) => Value | undefined;
  /** Parses code found inside strings (kept out of this module so the ESTree logic stays parser-agnostic). */
  embed?: (text: string, kind: 'js' | 'html', ctx: { hole: (index: number) => Value | undefined; macro?: AnalyzerContext['macro'] }) => FileFacts;
  depth?: number;
  /** Tracking helpers the settings declare (defined in other files). */
  helpers?: Helpers;
  /** What another module of the project exports, by the import's source and name (`js/modules.ts`). */
  imported?: ModuleReader;
  /**
   * Markup outside the program whose expressions read the program's top-level names: a Vue
   * single-file component's `<template>` (vue-eslint-parser's `templateBody`).
   */
  templates?: readonly Node[];
}

type ApiRef =
  | { kind: 'window' }
  /** The Nuxt app (`useNuxtApp()`, a plugin's parameter), which holds what plugins provide: `$fbq`. */
  | { kind: 'nuxt' }
  /** What `@nuxt/scripts`' generic `useScript(src, { use })` returns: its `proxy` holds the globals the script defines (`proxy.fbq`). */
  | { kind: 'script' }
  | { kind: 'api'; vendor: VendorSpec; node: ApiNode; root: ApiNode; path: string };

interface GlobalEntry {
  vendor: VendorSpec;
  api: GlobalApi;
}

const WINDOW_NAMES = new Set(['window', 'globalThis', 'self', 'top', 'parent', 'frames']);
/**
 * The start of a published gtm.js or gtag.js: Google's header, then the compiled container (`var data = { "resource": …`),
 * in older builds after a line that defines `google_tag_manager`.
 */
const GOOGLE_TAG_LIBRARY = /^\s*\/\/ Copyright \d{4} Google (?:Inc\.|LLC)\.? All rights reserved\.\s*(?:\(function\(w,g\)\{[^'"]{0,160}'google_tag_manager'\);\s*)?\(function\(\)\{\s*var data = \{\s*"resource"/u;
const GOOGLE_VENDORS = new Set(['google-tag', 'google-ads']);
/** Holes of template literals that carried code, as identifiers: `ǂ12ǂ`. */
export const HOLE_ID = /^ǂ(\d+)ǂ$/u;
const HOLE_IN_TEXT = /ǂ(\d+)ǂ/gu;
const CODE_SINK_PROPS = new Set(['textContent', 'innerHTML', 'outerHTML', 'innerText', 'text']);
const WRITE_CALLS = new Set(['write', 'writeln', 'insertAdjacentHTML']);
/** `Object.values`, `Object.keys` and `Object.entries`: what each lists of an object. */
const OBJECT_LISTS: ReadonlyMap<string, 'values' | 'keys' | 'entries'> = new Map([
  ['Object.values', 'values'],
  ['Object.keys', 'keys'],
  ['Object.entries', 'entries'],
]);

/** String methods whose result the analysis computes from a known string (`STRING_METHODS` of lists: `join`). */
const STRING_METHODS = new Set(['replace', 'replaceAll', 'slice', 'substring', 'substr', 'split', 'concat', 'join']);
/**
 * A regular expression that matches one character class or character, at most repeated (`/ /g`,
 * `/\s+/g`, `/[^a-z0-9]+/gi`): its match time is linear, so applying it cannot hang the analysis.
 */
const ONE_ATOM = /^(?:\\[sSwWdD.\-_/ ]|\[\^?(?:[^\]\\]|\\.)*\]|[ \-_./:,|])[+*]?$/u;

/** A `replace`/`split` pattern the analysis can apply: a string, or a regular expression of one atom. */
function literalPattern(node: Node, all: boolean): string | RegExp | undefined {
  if (node.type !== 'Literal') return undefined;
  const regex = node.regex as { pattern: string; flags: string } | undefined;
  if (regex) return ONE_ATOM.test(regex.pattern) && /^[giu]*$/u.test(regex.flags) ? new RegExp(regex.pattern, regex.flags) : undefined;
  if (typeof node.value !== 'string') return undefined;
  // `replaceAll` and `split` with a string act on every occurrence; `replace` on the first.
  return all ? new RegExp(node.value.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'), 'gu') : node.value;
}

/** Where Nuxt's own functions come from (`useNuxtApp`, `defineNuxtPlugin`, its re-exports of Vue's), when not auto-imported. */
const NUXT_APP_SOURCES = new Set(['#app', '#imports', 'nuxt/app']);
/** Calls that take a Vue component's options object. */
const VUE_COMPONENT_CALLS = new Set(['defineComponent', 'defineNuxtComponent', 'Vue.extend', 'Vue.component', 'Vue', 'createApp']);
/** Config lists that load packages by name, never through `import`: Nuxt `modules`/`buildModules`, Gatsby `plugins`. */
const MODULE_LIST_KEYS = new Set(['modules', 'buildModules', 'plugins']);
const MAX_DEPTH = 12;

/** Vue's state makers (`vueState`). */
const VUE_STATE = new Set(['ref', 'shallowRef', 'reactive', 'shallowReactive']);
/** What the code starts state with, or whatever the page sets later (`v-model="form.email"`, `bind:value`). */
const orLater = (v: Value): Value => anyOf([v, { kind: 'unknown', range: v.range }], v.range);
/** Reactive state (Vue's `reactive`, Svelte's `$state`): an object's keys each or what the page sets later. */
const reactive = (v: Value, range: Range): Value => (v.kind === 'obj' ? { ...v, range, props: v.props.map((p) => ({ ...p, value: orLater(p.value) })) } : placedAt(v, range));
/** A Vue ref holding `v` as its `.value`. */
const vueRef = (v: Value, range: Range): Value => ({ kind: 'obj', props: [{ key: 'value', keyRange: range, value: v }], open: false, range, vueRef: true });

const URI_CODECS = new Set(['encodeURIComponent', 'encodeURI', 'decodeURIComponent', 'decodeURI', 'escape', 'unescape']);

/** The known text of a value as a URI codec (`URI_CODECS`) turns it; a malformed escape stays as written. */
function recoded(v: Value, codec: string): Value {
  if (v.kind === 'any') return { ...v, options: v.options.map((o) => recoded(o, codec)) };
  if (v.kind !== 'str') return v;
  const fn = (globalThis as unknown as Record<string, (s: string) => string>)[codec]!;
  const turn = (s: string): string => {
    try {
      return fn(s);
    } catch {
      return s;
    }
  };
  return { ...v, parts: v.parts.map((p) => (typeof p === 'string' ? turn(p) : p)) };
}

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);
/** Helpers calling helpers followed this deep, and at most this many calls per file (sites multiply). */
const MAX_FORWARD_LEVELS = 4;
/** How many of a call site's arguments `arguments` or a rest parameter hands on (vendor calls take at most four). */
const MAX_FORWARDED_ARGS = 6;
const MAX_CALLS = 50_000;
/**
 * HTTP clients whose first argument is a URL, with the position of the request payload.
 * `sendHttpRequest(url, options, body)`: the GTM server sandbox API (server templates, the HTTP Request tag).
 */
const SERVER_CALLS: Readonly<Record<string, number>> = { fetch: 1, sendHttpRequest: 2, 'axios.post': 1, 'axios.put': 1, 'got.post': 1, 'ky.post': 1, 'navigator.sendBeacon': 1, 'request.post': 1, 'superagent.post': 1, '$.post': 1, $fetch: 1, ofetch: 1, got: 1, ky: 1, request: 1 };
/**
 * GET requests that add data to the URL's query, with the option that holds it: `$.get(url, data)`
 * (the data itself: ''), `$.ajax({ url, data })`, `axios.get(url, { params })`. `jQuery.` is read as `$.`.
 */
const QUERY_CALLS: Readonly<Record<string, string>> = { '$.get': '', '$.getJSON': '', '$.ajax': 'data', 'axios.get': 'params', axios: 'params' };
const QUERY_METHODS = new Set(Object.keys(QUERY_CALLS).map((k) => k.split('.').at(-1)!));
/** A function named for fetching, called as `fetch` is: `fetch`, `$fetch`, an injected `fetchImpl` or `fetchFn`. */
const FETCH_NAME = /^\$?fetch(?:Impl|Fn|Func|Function)?$/u;
/** Calls whose second argument is request options holding the body (`fetch(url, { body })`, `got(url, { json })`). */
const FETCH_LIKE = new Set(['fetch', '$fetch', 'ofetch', 'got', 'ky', 'request']);
/** Node's own HTTP modules, whose `request` sends what its request object is given (`req.end(body)`). */
const NODE_HTTP = /^(?:node:)?https?$/u;
/** What sends a Node request's body (`req.write(body)`, `req.end(body)`), and an `XMLHttpRequest`'s (`xhr.send(body)`). */
const NODE_BODY = new Set(['write', 'end']);
const XHR_BODY = new Set(['send']);
/** Packages whose default or `fetch` export is the Fetch API (`import nodeFetch from 'node-fetch'`, `import { fetch as f } from 'undici'`). */
const FETCH_PACKAGES = new Set(['node-fetch', 'undici', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'unfetch', 'node-fetch-native', 'make-fetch-happen', '@whatwg-node/fetch']);
/** A file's text that names one of `FETCH_PACKAGES` in quotes, as an import or `require` does. */
const FETCH_PACKAGE_NAMED = new RegExp(`['"]${alternation(FETCH_PACKAGES)}['"]`, 'u');
/** Calls that take one config object with the URL and the body (`axios({ method: 'post', url, data })`). */
const CONFIG_CALLS = new Set(['axios', 'axios.request']);
/** Methods that send their second argument to their first, on any HTTP client (Angular's `HttpClient`, Nest's `HttpService`). */
const BODY_METHODS = new Set(['post', 'put', 'patch']);
const SERVER_METHODS = new Set([...Object.keys(SERVER_CALLS).map((k) => k.split('.').at(-1)!), ...BODY_METHODS, 'axios']);
/** HTTP clients made with a base URL: what makes them, and the option that holds it. */
const CLIENT_FACTORIES: Readonly<Record<string, { library: string; option: string }>> = {
  'axios.create': { library: 'axios', option: 'baseURL' },
  'ky.create': { library: 'ky', option: 'prefixUrl' },
  'ky.extend': { library: 'ky', option: 'prefixUrl' },
  'got.extend': { library: 'got', option: 'prefixUrl' },
  'ofetch.create': { library: 'ofetch', option: 'baseURL' },
  '$fetch.create': { library: '$fetch', option: 'baseURL' },
};
const MAX_EMBED_DEPTH = 3;
/** Timers that pass their callback the arguments after the delay. */
const TIMERS = /^(?:(?:window|globalThis|self)\.)?(?:setTimeout|setInterval)$/u;
/** Array methods that give one of the list's items. */
const ONE_ITEM_METHODS = new Set(['find', 'findLast', 'shift', 'pop', 'at']);
/** Array methods whose callback gets each element as its first parameter. */
const ITERATION_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex']);
/** Vue Router's navigation hooks, whose listener gets the route navigated to first. */
const VUE_ROUTER_HOOKS = new Set(['afterEach', 'beforeEach', 'beforeResolve']);

/** The key path segment for "each element" of a parameter array (`items.map((i) => i.name)`: `items[].name`). */
const EACH = '[]';

/** Any element of a known array; of a parameter's array, what each site's array holds. */
function elementsOf(v: Value, range: Range): Value | undefined {
  if (v.kind === 'unknown' && v.param && !v.fallback) {
    const each = paramMember(v, EACH, range);
    return each && { ...each, describe: `${v.describe ?? 'arg'}[…]` };
  }
  // A list or another (`queue` pushed to, then reset with `queue = []`): the items of any of them.
  if (v.kind === 'any' && v.options.some((o) => o.kind === 'arr')) {
    const items = v.options.flatMap((o) => (o.kind === 'arr' ? o.items : []));
    return items.length > 0 ? anyOf(items, range) : undefined;
  }
  return v.kind === 'arr' && v.items.length > 0 ? anyOf([...v.items], range) : undefined;
}

/** The value a JSON text describes (strings, objects, arrays; other scalars as their kinds), or undefined when it is not JSON. */
export function jsonValue(text: string, range: Range): Value | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const toValue = (x: unknown, depth: number): Value => {
    if (typeof x === 'string') return { kind: 'str', parts: [x], range };
    if (typeof x === 'number') return { kind: 'num', range };
    if (typeof x === 'boolean') return { kind: 'bool', range, value: x };
    if (x === null) return { kind: 'nullish', range };
    if (depth > 8) return { kind: 'unknown', range };
    if (Array.isArray(x)) return { kind: 'arr', items: x.map((item) => toValue(item, depth + 1)), range };
    return { kind: 'obj', props: Object.entries(x as object).map(([key, value]) => ({ key, keyRange: range, value: toValue(value, depth + 1) })), open: false, range };
  };
  return toValue(data, 0);
}

const GLOBALS = new Map<string, GlobalEntry>();
const MARKERS = new Map<string, VendorSpec>();
/** A name written for a Google Ads id or conversion id: `GOOGLE_ADS_ID`, `config.googleAdsConversionId`, `ADWORDS_ID`, `AW_ID`. */
const ADS_ID_NAME = /^[\w$.]*(?:google_?ads|adwords|(?:^|[_.])aw)_?(?:conversion_?)?(?:tag_?)?id$/iu;
/**
 * An id only known at run time whose name says it is Google Ads': `gtag('config', GOOGLE_ADS_ID)`, and in
 * code kept in a string, `'${GOOGLE_ADS_ID}'` or `'${process.env.NEXT_PUBLIC_GOOGLE_ADS_ID}'` (named where the outer file reads it).
 */
function namedAdsId(v: Value | undefined, text: string): boolean {
  const part = v?.kind === 'str' && v.parts.length === 1 ? v.parts[0] : undefined;
  const id = part !== undefined && typeof part !== 'string' ? part.hole : v;
  if (id?.kind !== 'unknown') return false;
  return ADS_ID_NAME.test(id.describe ?? '') || (id.macro === undefined && !text.slice(...id.range).includes('ǂ') && ADS_ID_NAME.test(text.slice(...id.range)));
}

/**
 * A project module's specifier as the pre-check takes it: a path (`./LeadPopup`, `../lib/notify`) or a
 * usual alias (`@/components/…`, `~/…`, `#lib/…`, `$lib/…`). Resolving every package a file imports
 * (`react`) against the project's path aliases cost more than the rest of the pre-check.
 */
export const PROJECT_MODULE = /^(?:\.|\/|[@~#]\/|~|#|\$lib)/u;

/** An imported name that means its vendor's global: a long one, or a short one from a module named for the vendor (`./quora`). */
function distinctiveImport(name: string, source: unknown): boolean {
  const entry = GLOBALS.get(name);
  if (!entry) return false;
  return name.length > 2 || (typeof source === 'string' && source.toLowerCase().includes(entry.vendor.id));
}

const NAMESPACES = new WeakMap<WrapperPackage, ApiNode>();
/**
 * What `import * as X` of a wrapper package binds: its default export, which a bundler's interop also
 * calls `X.default` (`Pin.default.init(…)`), with its named exports as members.
 */
function namespaceOf(wrapper: WrapperPackage): ApiNode {
  let api = NAMESPACES.get(wrapper);
  if (api) return api;
  const whole = wrapper.exports.default;
  api = { ...whole, members: { ...wrapper.exports, ...whole?.members, ...(whole && { default: whole }) } };
  NAMESPACES.set(wrapper, api);
  return api;
}

/** Loader URLs a value's spellings match (its holes' known values put in) that its text with holes does not. */
function spelledLoaders(v: Value, found: readonly UrlMatch[]): UrlMatch[] {
  const seen = new Set(found.map((m) => m.fingerprint));
  const out: UrlMatch[] = [];
  for (const text of texts(v).slice(0, 8)) {
    for (const m of matchVendorUrls(text)) {
      if (m.fingerprint.role !== 'loader' || seen.has(m.fingerprint)) continue;
      seen.add(m.fingerprint);
      out.push(m);
    }
  }
  return out;
}

/** The parameters of the function a `Parameter` definition belongs to; undefined for a template block's binding (Svelte's `{#each rows as row}`). */
function paramsOf(def: DefinitionLike): Node[] | undefined {
  const params = def.node.params;
  return Array.isArray(params) ? (params as Node[]) : undefined;
}

/** A host name alone, with no scheme, path or query. */
const BARE_HOST = /^\s*[a-z0-9-]+(?:\.[a-z0-9-]+)+\s*$/iu;
const WRAPPERS = new Map<string, { vendor: VendorSpec; wrapper: WrapperPackage }>();
/** What Vue and Nuxt plugins put on components and the Nuxt app (`$fbq`, `$gtm`), by name. */
const PROVIDED = new Map<string, { vendor: VendorSpec; api: ApiNode }>();
for (const vendor of VENDORS) {
  for (const api of vendor.globals ?? []) GLOBALS.set(api.name, { vendor, api });
  for (const marker of vendor.markers ?? []) MARKERS.set(marker, vendor);
  for (const wrapper of vendor.wrappers ?? []) {
    for (const pkg of wrapper.packages) WRAPPERS.set(pkg, { vendor, wrapper });
    for (const [name, api] of Object.entries(wrapper.provides ?? {})) PROVIDED.set(name, { vendor, api });
  }
}
/**
 * Wrapper packages' named exports that track when called (`sendGTMEvent` of `@next/third-parties/google`),
 * by name, where one package alone exports the name: what a declared helper may call besides globals.
 */
const EXPORTED_TRACKERS = new Map<string, { vendor: VendorSpec; api: ApiNode } | null>();
for (const vendor of VENDORS) {
  for (const wrapper of vendor.wrappers ?? []) {
    for (const [name, api] of Object.entries(wrapper.exports ?? {})) {
      if (name !== 'default' && api.call && !GLOBALS.has(name)) EXPORTED_TRACKERS.set(name, EXPORTED_TRACKERS.has(name) ? null : { vendor, api });
    }
  }
}
// `useScriptMetaPixel({ id })` loads the pixel (an init) and hands out its global as `proxy.fbq`.
for (const [composable, global] of Object.entries(NUXT_SCRIPT_COMPOSABLES)) {
  const entry = GLOBALS.get(global);
  if (entry) GLOBALS.set(composable, { vendor: entry.vendor, api: { name: composable, call: { kind: 'init' }, returns: { members: { proxy: { members: { [global]: entry.api } } } } } });
}
const TIKTOK = getVendor('tiktok');

/** A specifier's package and subpath: `npm:x@1/sub` (Deno, Bun), `https://esm.sh/v135/x@1/sub?target=es2022`, `jsr:`-less CDNs. */
const SPECIFIER = /^(?:npm:\/?|https?:\/\/(?:esm\.sh\/(?:v\d+\/)?|cdn\.skypack\.dev\/|cdn\.jsdelivr\.net\/npm\/|unpkg\.com\/|esm\.run\/|jspm\.dev\/|ga\.jspm\.io\/npm:))(@[\w.-]+\/[\w.-]+|[\w.-]+)(?:@[^/?#]*)?(\/[^?#]*)?/u;
/** A subpath that is a file of the package, not an entry of its own (`/dist/index.js`, jsDelivr's `/+esm`). */
const FILE_SUBPATH = /^\/(?:\+esm$|(?:dist|lib|es|esm|cjs|build|umd)\/|[^/]*\.[cm]?js$)/u;

/**
 * The wrapper package an import specifier names: its bare name (`react-facebook-pixel`,
 * `@next/third-parties/google`), or the same package through Deno's and Bun's `npm:` prefix or an
 * ES-module CDN (Supabase Edge Functions import `npm:facebook-nodejs-business-sdk@20`).
 */
function wrapperOf(source: unknown): { vendor: VendorSpec; wrapper: WrapperPackage } | undefined {
  if (typeof source !== 'string') return undefined;
  const bare = WRAPPERS.get(source);
  if (bare || !source.includes(':')) return bare;
  const m = SPECIFIER.exec(source);
  if (!m) return undefined;
  const [, name, sub = ''] = m;
  const subpath = sub.replace(/\/$/u, '');
  return WRAPPERS.get(name! + subpath) ?? (subpath === '' || FILE_SUBPATH.test(subpath) ? WRAPPERS.get(name!) : undefined);
}

const MOCKERS = new Set(['jest', 'vi']);
const MOCK_METHODS = new Set(['mock', 'doMock', 'unstable_mockModule']);

/** Modules replaced by top-level `jest.mock('…')` / `vi.mock('…')` (also `doMock`, `unstable_mockModule`). */
function mockedModules(program: Node): Set<string> {
  const out = new Set<string>();
  for (const statement of program.body as Node[]) {
    const call = statement.type === 'ExpressionStatement' ? unwrap(statement.expression as Node) : undefined;
    const callee = call?.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
    if (callee?.type !== 'MemberExpression' || callee.computed || !MOCKERS.has((callee.object as Node).name as string)) continue;
    const arg = argsOf(call!)[0];
    if (MOCK_METHODS.has((callee.property as Node).name as string) && arg?.type === 'Literal' && typeof arg.value === 'string') out.add(arg.value);
  }
  return out;
}

/** Libraries a test intercepts HTTP requests with: what the project's functions request there reaches no server. */
const INTERCEPTORS = new Set(['nock', 'msw', 'msw/node', 'msw/browser']);

/** Whether a test file imports or requires an HTTP interceptor (`import nock from 'nock'`, `setupServer` of `msw/node`). */
function interceptsRequests(program: Node): boolean {
  return (program.body as Node[]).some((statement) => {
    if (statement.type === 'ImportDeclaration') return INTERCEPTORS.has((statement.source as Node).value as string);
    if (statement.type !== 'VariableDeclaration') return false;
    return (statement.declarations as Node[]).some((d) => {
      const init = d.init ? unwrap(d.init as Node) : undefined;
      const arg = init?.type === 'CallExpression' && (init.callee as Node).type === 'Identifier' && (init.callee as Node).name === 'require' ? argsOf(init)[0] : undefined;
      return arg?.type === 'Literal' && INTERCEPTORS.has(arg.value as string);
    });
  });
}

/** Test doubles: `jest.fn()`, `vi.fn()`, `sinon.stub()`, also configured (`jest.fn().mockReturnValue(…)`). */
function isTestDouble(node: Node): boolean {
  let n = unwrap(node);
  for (;;) {
    const callee = n.type === 'CallExpression' ? unwrap(n.callee as Node) : undefined;
    if (callee?.type !== 'MemberExpression' || callee.computed) return false;
    const object = unwrap(callee.object as Node);
    const method = (callee.property as Node).name as string;
    if (object.type === 'Identifier' && DOUBLES[object.name as string]?.includes(method)) return true;
    if (!/^(?:mock|returns|resolves|callsFake)/u.test(method)) return false;
    n = object;
  }
}
/** Words of a browser test that runs code in the page: Playwright's and Puppeteer's `evaluate`, Cypress's `cy.window()`. */
const BROWSER_TEST_WORDS = /\.evaluate(?:Handle)?\(|\bcy\.window\(/u;

/**
 * Code a browser test runs in the page under test (`page.evaluate(() => fbq(…))`,
 * `cy.window().then((w) => w.fbq(…))`): the test's own calls, to check what the page does.
 */
function inBrowserTest(node: Node): boolean {
  for (let n: Node | null | undefined = node; n; n = n.parent) {
    if (!FUNCTION_TYPES.has(n.type)) continue;
    const call: Node | null | undefined = n.parent;
    if (call?.type !== 'CallExpression' || argsOf(call)[0] !== n) continue;
    const callee = unwrap(call.callee as Node);
    if (callee.type !== 'MemberExpression' || callee.computed) continue;
    const method = (callee.property as Node).name as string;
    if (method === 'evaluate' || method === 'evaluateHandle') return true;
    const object = unwrap(callee.object as Node);
    if (method === 'then' && object.type === 'CallExpression' && memberText(unwrap(object.callee as Node)) === 'cy.window') return true;
  }
  return false;
}
const DOUBLES: Readonly<Record<string, readonly string[]>> = { jest: ['fn'], vi: ['fn'], sinon: ['stub', 'spy', 'fake'] };
const WINDOW_OBJECTS = new Set(['window', 'global', 'globalThis', 'self']);

/**
 * Vendor globals a test replaces with a double (`window.fbq = jest.fn()`, `vi.stubGlobal('ttq', …)`):
 * calls of them in the file are the test's, and send nothing.
 */
function stubbedGlobals(program: Node, keys: VisitorKeys): Set<string> {
  const out = new Set<string>();
  walk(program, keys, (node) => {
    let name: string | undefined;
    // `window.ttq = jest.fn()`, or an object of doubles: `window.ttq = { track: jest.fn() }`.
    const right = node.type === 'AssignmentExpression' ? unwrap(node.right as Node) : undefined;
    const double = right && (isTestDouble(right) || (right.type === 'ObjectExpression' && (right.properties as Node[]).some((p) => p.type === 'Property' && isTestDouble(p.value as Node))));
    if (node.type === 'AssignmentExpression' && node.operator === '=' && double) {
      const left = unwrap(node.left as Node);
      if (left.type === 'Identifier') name = left.name as string;
      else if (left.type === 'MemberExpression' && !left.computed && WINDOW_OBJECTS.has(unwrap(left.object as Node).name as string)) name = (left.property as Node).name as string;
    } else if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee as Node);
      const [first] = argsOf(node);
      const stubGlobal = callee.type === 'MemberExpression' && !callee.computed && (callee.property as Node).name === 'stubGlobal' && unwrap(callee.object as Node).name === 'vi';
      if (stubGlobal && first?.type === 'Literal' && typeof first.value === 'string') name = first.value;
    }
    if (name !== undefined && GLOBALS.has(name)) out.add(name);
    return undefined;
  });
  return out;
}

/** A JSX `<link>` whose literal `rel` is a connection hint, as `isConnectionHint` reads HTML. */
function jsxConnectionHint(opening: Node): boolean {
  const name = opening.name as Node;
  if (name.type !== 'JSXIdentifier') return false;
  const rel = (opening.attributes as Node[]).find((a) => a.type === 'JSXAttribute' && (a.name as Node).name === 'rel')?.value as Node | undefined;
  return rel?.type === 'Literal' && typeof rel.value === 'string' && isConnectionHint(name.name as string, rel.value);
}

/** TypeScript nodes that hold only types: nothing under them runs. */
const TYPE_ONLY: ReadonlySet<string> = new Set([
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSTypeAnnotation',
  'TSTypeParameterDeclaration',
  'TSTypeParameterInstantiation',
  'TSDeclareFunction',
  'TSAbstractMethodDefinition',
  'TSIndexSignature',
]);

/**
 * A global hook (Nuxt's auto-imported `useGtm`): its `use…` start, shared with `useState` and `useEffect`
 * in nearly every component, would slow the alternation for every file; it is looked for on its own.
 */
const HOOK_NAME = /^use[A-Z]/u;
const GLOBAL_HOOKS = [...GLOBALS.keys()].filter((name) => HOOK_NAME.test(name) && !Object.hasOwn(NUXT_SCRIPT_COMPOSABLES, name));

/** Names and strings that must appear in a file for any detector to fire: a cheap pre-filter (each once: `fbq` is a global and a wrapper's name). */
export const TRIGGER_TOKENS: readonly string[] = [...new Set([
  ...[...GLOBALS.keys()].filter((name) => !Object.hasOwn(NUXT_SCRIPT_COMPOSABLES, name) && !HOOK_NAME.test(name)),
  ...MARKERS.keys(),
  ...WRAPPERS.keys(),
  ...PROVIDED.keys(),
  // `scripts.registry` sits in a `nuxt.config` that lists the module; its composables are checked apart (`mightTrack`).
  '@nuxt/scripts',
  'callInWindow',
])];

export class Analyzer {
  readonly facts: FileFacts = { calls: [], pixels: [], embedded: [], errors: [] };
  /** Identifier → reference, built on the first name lookup (files with no vendor code never need it). */
  private refsByNode?: Map<Node, ReferenceLike>;
  /** Whether the file's text names a package that exports `fetch` (`FETCH_PACKAGES`). */
  private namesFetchModule?: boolean;
  private readonly values = new Map<Node, Value>();
  /** Local classes that extend a vendor class, as API nodes (null: not one, or being resolved). */
  private readonly subclasses = new Map<Node, { ref: Extract<ApiRef, { kind: 'api' }>; node: ApiNode } | null>();
  private readonly variableValues = new Map<VariableLike, Value>();
  /** Keys a function sets on its parameter (`opts.name = 'Lead'`); null while they are read, or when none. */
  private readonly paramProps = new Map<VariableLike, Prop[] | null>();
  private readonly apis = new Map<Node, ApiRef | null>();
  private readonly busy = new Set<Node>();
  /** Extra TikTok global names from `w.TiktokAnalyticsObject = t` in a base code. */
  private readonly tiktokNames: Node[] = [];
  private readonly extraGlobals = new Map<string, GlobalEntry>();
  private readonly callNodes: Node[] = [];
  private readonly memberAssignments: Node[] = [];
  /** Vendor globals set by name (`enhanced_conversion_data = {…}`, `var enhanced_conversion_data = {…}` in a script). */
  private readonly globalSets: Array<{ id: Node; value: Node; at: Node }> = [];
  private assignmentIndex?: Map<string, Node[]>;
  private globalWriteIndex?: Map<string, Node[]>;
  /** What undeclared names are assigned (`EV = …` in a classic script), by name. */
  private implicitWriteIndex?: Map<string, Node[]>;
  private namespaceIndex?: Map<string, Node[]>;
  /** Parameters whose assignments are being read: inside them, a read is what the site passes. */
  private readonly reassigning = new Set<VariableLike>();
  /** Calls that pass a local function to an iteration method (`list.forEach(track)`). */
  private readonly iterationSites = new WeakSet<Node>();
  private readonly consumed = new Set<Node>();
  /** Branches that never run (`if (false) { … }`): not read. */
  private readonly dead = new Set<Node>();
  /** Whether the code takes `<template>` content out (`tpl.content`, `importNode`); found on first need. */
  private templateUse: boolean | undefined;
  /** Where each pixel URL without an event of its own is written, for the pages it loads on. */
  private readonly urlNodes = new Map<PixelEvidence, Node>();
  /** Code found in strings, by the node that puts it on the page. */
  private readonly embedHosts: Array<{ node: Node; facts: FileFacts }> = [];
  /** Calls of code in strings that use this file's function parameters, where the strings are put (`embeddedParamCalls`). */
  private embeddedParams?: TrackerCall[];
  /** Each of those, with the call of the code in the string it stands for. */
  private readonly embeddedOrigins = new Map<TrackerCall, TrackerCall>();
  /** What the code in each string was read as. */
  private readonly embeddedAt = new Map<Node, { kind: 'js' | 'html'; facts: FileFacts }>();
  /** What each local function returns, walked once. */
  private readonly returns = new Map<Node, Node[]>();
  /** Elements named by an identifier (`<CallLink …>`): a component's call sites. */
  private readonly jsxElements: Node[] = [];
  /** Elements named by a member (`<Trackers.ViewItem …>`), read for declared helpers. */
  private readonly memberElements: Node[] = [];
  private moduleScope?: ScopeLike | null;
  /** Names a Vue template reads, as the script's variables, and each variable's uses there. */
  private templateNames?: Map<Node, VariableLike>;
  private readonly templateUses = new Map<VariableLike, ReferenceLike[]>();
  /** Names a Vue template binds itself (`v-for`, slot props): neither globals nor the script's. */
  private templateLocals?: Set<Node>;
  /** `$`-names a Vue template reads from the component instance (`$fbq`): what plugins provide. */
  private instanceNames?: Set<Node>;
  /** Other names an Options API template reads from the instance: its `methods` and what `setup()` returns. */
  private instanceRefs?: Set<Node>;
  /** The program (a Vue component's options, where its template reads them). */
  private program?: Node;
  /** Whether the file is a copy of Google's tag library (a published gtm.js or gtag.js). */
  private googleLibrary?: boolean;
  /** Each class's `this.<field>.push(…)` calls, by field (`withThisPushes`). */
  private readonly thisPushes = new Map<Node, Map<string, Node[]>>();
  /** `globalWrites`' answers, by name. */
  private readonly globalWritesOf = new Map<string, readonly Node[]>();
  /** Whether the file names redux-saga, asked once: its effects are looked for only then. */
  private sagas?: boolean;
  /** A `v-for` item's uses, with the list it iterates. */
  private loopItems?: Map<Node, Node>;
  /** `<a>` elements of a Vue template, for call links. */
  private readonly templateLinks: Node[] = [];
  /** `<a>` elements of a Svelte component's markup, for call links. */
  private readonly svelteLinks: Node[] = [];
  /** The scope whose names a Vue template reads (`<script setup>`'s), null when it reads the instance's (the Options API). */
  private templateScope?: ScopeLike | null;
  private templateReadsOf?: Map<string, Node[]>;
  private handlersOfLinks?: Map<Node, ReadonlySet<IdentityField>>;
  /** Calls whose command is a parameter (`function fbTrack() { fbq.apply(window, arguments) }`): read at each call site. */
  private readonly generic: Array<GenericCall | PendingRequest> = [];
  /** Framework module lists (`modules`, `plugins`), read after the walk. */
  private readonly moduleLists: Node[] = [];
  /** Evidence from URLs held in a variable: dropped after the walk if the variable only names them. */
  private readonly held: Array<{ held: { declarator: Node; list: boolean }; pixels: PixelEvidence[]; calls: TrackerCall[]; embedded?: FileFacts['embedded'] }> = [];
  private readonly depth: number;
  private apiDepth = 0;
  /** Modules a test file replaces (`jest.mock('facebook-nodejs-business-sdk')`): nothing of them runs. */
  private mocked?: ReadonlySet<string>;
  /** Vendor globals the file replaces with test doubles. */
  private stubbed?: ReadonlySet<string>;
  /** Whether a test intercepts the HTTP requests its code makes (`nock`, `msw`). */
  private intercepted?: boolean;
  /** Whether the file may run code in a page under test (`page.evaluate`, `cy.window().then`). */
  private browserTest = false;
  /**
   * Whether a string built in this file can hold a vendor URL: a vendor's domain name is in its
   * text, or a GTM macro, an outer template hole or a type from another file can bring one. Most
   * files with tracker code (a `dataLayer.push` listener) name no vendor domain, and then their
   * strings and concatenations are not folded and scanned for URLs. (A domain name split across
   * literals, `'face' + 'book.com'`, is not read: that is evasion, not tracking code.)
   */
  private readonly urlsPossible: boolean;
  /** Whether every node has its parent (the walk sets them as it goes; ESLint before it starts). */
  private parented = false;
  /** Whether the text decodes base64 (`atob(…)`), which may hide a URL or code. */
  private readonly encoded: boolean;

  constructor(private readonly ctx: AnalyzerContext) {
    this.depth = ctx.depth ?? 0;
    this.encoded = ctx.text.includes('atob');
    this.urlsPossible =
      this.encoded ||
      mentionsVendorDomain(ctx.text) ||
      ctx.typeValues !== undefined ||
      (ctx.macro !== undefined && mayHoldPlaceholders(ctx.text)) ||
      (ctx.hole !== undefined && ctx.text.includes('ǂ'));
  }

  run(program: Node): FileFacts {
    this.program = program;
    if (this.ctx.text.includes('mock')) this.mocked = mockedModules(program);
    if (this.ctx.text.includes('nock') || this.ctx.text.includes('msw')) this.intercepted = interceptsRequests(program);
    if (TEST_DOUBLE_WORDS.test(this.ctx.text)) this.stubbed = stubbedGlobals(program, this.ctx.visitorKeys);
    this.browserTest = BROWSER_TEST_WORDS.test(this.ctx.text);
    walk(program, this.ctx.visitorKeys, (node) => this.visit(node));
    if (this.ctx.templates?.length) {
      const keys = { ...this.ctx.visitorKeys, ...TEMPLATE_KEYS };
      for (const template of this.ctx.templates) walk(template, keys, (node) => this.visitTemplate(node));
    }
    // A Svelte component's markup, outside its `<script>` and `<style>`: read as HTML is (a
    // `<noscript><img src="…/tr?…">` pixel), as a Vue template's is; also a component without a script.
    if ((program.body as Node[]).some((n) => (n.type as string).startsWith('Svelte'))) this.svelteMarkup(program.body as Node[]);
    this.dropNamedOnly();
    for (const list of this.moduleLists) this.checkModuleList(list);
    for (const valueNode of this.tiktokNames) {
      for (const name of this.strings(this.value(valueNode))) {
        if (name && !GLOBALS.has(name)) this.extraGlobals.set(name, { vendor: TIKTOK, api: { ...GLOBALS.get('ttq')!.api, name } });
      }
    }
    for (const node of this.callNodes) this.classifyCall(node);
    for (const element of this.jsxElements) this.classifyElement(element);
    for (const element of this.memberElements) this.elementHelper(element);
    for (const node of this.memberAssignments) this.classifyAssignment(node);
    for (const { id, value, at } of this.globalSets) if (this.isGlobal(id) || this.variable(id)?.scope?.type === 'global') this.setGlobal(id.name as string, value, at);
    // Before forwarding, so that what a call link's handler sends from a parameter stays the link's
    // own at the component's sites, and after, for a call the handler makes through a local function.
    const links = this.jsxElements.length || this.memberAssignments.length || this.templateLinks.length || this.svelteLinks.length || this.ctx.link;
    if (links) this.markLinkAddresses();
    this.forward();
    // A call in a string that the function's sites repeat is judged there, as a call written in the function is.
    for (const [placed, call] of this.embeddedOrigins) if (placed.hasCallSites) call.hasCallSites = true;
    this.userDataToAds();
    this.readPageGuards();
    if (links) this.markLinkAddresses();
    return this.facts;
  }

  /** After `run`, the tracker calls written in `fn`'s body, whatever they send. */
  callsWithin(fn: Node): TrackerCall[] {
    const [start, end] = rangeOf(fn);
    const inside = (node: Node) => rangeOf(node)[0] >= start && rangeOf(node)[1] <= end;
    const calls = this.facts.calls.filter((call) => call.node !== undefined && inside(call.node));
    // The pixels it loads with no call written (`<Script src="…/fbevents.js" />`, base code in a string), where it loads them.
    for (const { call } of this.pixelLoads()) if (inside(call.node!)) calls.push(call);
    return calls;
  }

  /**
   * The ad pixels the code loads with no call written, each as a page call where it loads (for
   * `no-health-page-triggers` only: it has no arguments): a script or beacon URL, or a vendor's code
   * in a string put on the page (`inString`).
   */
  private pixelLoads(): Array<{ call: TrackerCall; inString: boolean }> {
    const out: Array<{ call: TrackerCall; inString: boolean }> = [];
    const kept = this.urlNodes.size ? new Set(this.facts.pixels) : undefined;
    for (const [pixel, node] of this.urlNodes) {
      if (pixel.vendor.kind === 'ads' && !pixel.server && kept!.has(pixel)) out.push({ call: { vendor: pixel.vendor, shape: LOADS_PIXEL, display: pixel.fingerprint, range: pixel.range, args: [], node }, inString: false });
    }
    for (const { node, facts } of this.embedHosts) {
      for (const [vendor, display] of adVendorsRun(facts)) out.push({ call: { vendor, shape: LOADS_PIXEL, display, range: rangeOf(node), args: [], node }, inString: true });
    }
    return out;
  }

  /**
   * After `run`, the calls function `fn` makes with its parameters (a tracker call whose arguments
   * use them, a call whose command they give, a request whose URL they give): what a call of `fn`
   * in another file makes, with that file's arguments (`importedCall`).
   */
  callsOf(fn: Node): Array<TrackerCall | GenericCall | PendingRequest> {
    return [...this.facts.calls, ...this.generic, ...this.embeddedParamCalls()].filter((call) => {
      if (!call.enclosingFn) return false;
      const owners = new Set<Node>();
      for (const a of call.args) if (a) paramFunctions(a.value, owners);
      if (!owners.has(fn)) return false;
      // The nearest function whose parameters it uses makes the call: not `fn` when that is a
      // closure `fn` returns (`(section) => ({ send: (action) => ttq.track(section + action) })`).
      let at: Node | undefined = call.enclosingFn;
      while (at && !owners.has(at)) at = enclosingFunction(at);
      return at === fn;
    });
  }

  /**
   * A phone number sent from the click handler of a call link (`<a href="tel:…" onClick={…}>`,
   * `link.href = 'tel:' + n; link.onclick = …`), or an e-mail address from a `mailto:` link's, is
   * the address the link opens, the site's own, the same for every visitor, as a literal is: such
   * values are marked `telLink`. A handler used elsewhere too (a form's `onSubmit`) is not one.
   */
  private markLinkAddresses(): void {
    const handlers = (this.handlersOfLinks ??= this.linkHandlers());
    if (handlers.size === 0 && !this.ctx.link) return;
    const mark = (v: Value, depth = 0): Value => {
      if (depth > 6) return v;
      // `'{{ clinic.phone }}'`: text a server template prints into the handler, the link's own.
      if (v.kind === 'str' && this.ctx.link && v.parts.some((p) => typeof p !== 'string')) return { kind: 'unknown', range: v.range, telLink: true };
      if (v.kind === 'any') return { ...v, options: v.options.map((o) => mark(o, depth + 1)) };
      return linkOwn(v);
    };
    const markFields = (v: Value, fields: ReadonlySet<IdentityField>, depth = 0): Value => {
      if (depth > 6) return v;
      if (v.kind === 'any') return { ...v, options: v.options.map((o) => markFields(o, fields, depth + 1)) };
      if (v.kind === 'arr') return { ...v, items: v.items.map((o) => markFields(o, fields, depth + 1)) };
      if (v.kind !== 'obj') return v;
      return { ...v, props: v.props.map((p) => (p.key !== undefined && fields.has(identityField(p.key)!) ? { ...p, value: mark(p.value) } : { ...p, value: markFields(p.value, fields, depth + 1) })) };
    };
    for (const call of this.facts.calls) {
      // A handler is a function, or a Vue template's handler statements (`@click="push(…)"`); a call
      // link's markup handler (`<a href="tel:{{ clinic.phone }}" onclick="…">`) is the whole program.
      let fields: ReadonlySet<IdentityField> | undefined = this.ctx.link ? new Set([this.ctx.link]) : undefined;
      for (let n = call.node?.parent; n && !fields; n = n.parent) fields = handlers.get(n);
      if (fields) call.args = call.args.map((a) => a && { ...a, value: markFields(a.value, fields) });
    }
  }

  /**
   * Whether a test is always true or always false: a literal, or a switch the code sets once and
   * never changes (`const ENABLE_PIXEL = false`, `var PIXEL_ID = ''`), also negated, joined with
   * other tests, or compared with a literal. A value written twice, or by anything the file cannot
   * see (a GTM variable, a global), is not known.
   */
  private knownTruth(test: Node): boolean | undefined {
    const n = unwrap(test);
    if (n.type === 'Literal' && n.regex) return true;
    if (n.type === 'UnaryExpression' && n.operator === '!') {
      const inner = this.knownTruth(n.argument as Node);
      return inner === undefined ? undefined : !inner;
    }
    // `ENABLE_META && typeof window !== 'undefined'`: one side can decide.
    if (n.type === 'LogicalExpression' && n.operator !== '??') {
      const decides = n.operator === '||';
      const left = this.knownTruth(n.left as Node);
      if (left === decides) return decides;
      const right = this.knownTruth(n.right as Node);
      return right === decides ? decides : left === undefined || right === undefined ? undefined : !decides;
    }
    // `MODE === 'on'` with `const MODE = 'off'`.
    if (n.type === 'BinaryExpression' && EQUALITY.has(n.operator as string)) {
      const left = this.knownPrimitive(n.left as Node);
      const right = left && this.knownPrimitive(n.right as Node);
      if (!left || !right) return undefined;
      const op = n.operator as string;
      const same = op.length === 3 ? left.value === right.value : left.value == right.value;
      return op.startsWith('!') ? !same : same;
    }
    const known = this.knownPrimitive(n);
    return known && Boolean(known.value);
  }

  /**
   * A literal, or a switch the code sets once to one (`const ENABLE_META = false`). A parameter is
   * what callers pass, which may be more than the file shows; a GTM variable is not the file's.
   */
  private knownPrimitive(node: Node): { value: string | number | bigint | boolean | null } | undefined {
    const n = unwrap(node);
    // A GTM variable quoted whole (`'{{DLV - plan}}'`) or a server template's tag is filled in at run time.
    if (n.type === 'Literal') return n.regex || (typeof n.value === 'string' && (mayHoldPlaceholders(n.value) || n.value.includes('ǂ'))) ? undefined : { value: n.value as string | number | bigint | boolean | null };
    // `FLAGS.meta` of `const FLAGS = { meta: false }`, when nothing can change the object.
    let root = n;
    while (root.type === 'MemberExpression') root = unwrap(root.object as Node);
    const variable = root.type === 'Identifier' ? this.variable(root) : undefined;
    const def = variable?.defs[0];
    if (root === n ? def?.type !== 'Variable' && def?.type !== 'ImportBinding' : def?.type !== 'Variable' || !this.onlyReadMembers(variable!)) return undefined;
    const v = this.value(n);
    if (v.kind === 'bool') return v.value === undefined ? undefined : { value: v.value };
    if (v.kind === 'nullish') return { value: null };
    return v.kind === 'str' && v.parts.every((p) => typeof p === 'string') ? { value: v.parts.join('') } : undefined;
  }

  /**
   * `if (!ENABLE_META) return;`: what follows in the block never runs. Function declarations are
   * left alone, as they are hoisted.
   */
  private deadAfter(statement: Node): void {
    const block = statement.parent;
    const body = block?.type === 'BlockStatement' || block?.type === 'Program' ? (block.body as Node[]) : undefined;
    if (!body) return;
    for (const next of body.slice(body.indexOf(statement) + 1)) if (next.type !== 'FunctionDeclaration') this.dead.add(next);
  }

  /**
   * Whether the object a variable holds keeps the values it was written with: after its declaration,
   * the code only reads its members. Handing it on (`Object.assign(FLAGS, …)`, `const f = FLAGS`),
   * writing, deleting or calling a member may change it.
   */
  private onlyReadMembers(variable: VariableLike): boolean {
    // Uses later in the file may not have their parents yet.
    this.setParents();
    const declared = variable.defs[0]?.name;
    return variable.references.every((ref) => {
      if (ref.identifier === declared) return true;
      let top = ref.identifier;
      while (top.parent?.type === 'MemberExpression' && top.parent.object === top) top = top.parent;
      const parent = top.parent;
      if (top === ref.identifier || parent?.type === 'UpdateExpression' || (parent?.type === 'UnaryExpression' && parent.operator === 'delete')) return false;
      return !((parent?.type === 'AssignmentExpression' && parent.left === top) || (parent?.type === 'CallExpression' && parent.callee === top));
    });
  }

  /** Sets every node's `parent`, once: the walk leaves out code it does not read. */
  private setParents(): void {
    if (!this.parented && this.program) walk(this.program, this.ctx.visitorKeys, () => undefined);
    this.parented = true;
  }

  private inDeadCode(node: Node): boolean {
    for (let n: Node | null | undefined = node; n; n = n.parent) if (this.dead.has(n)) return true;
    return false;
  }

  /**
   * The click handlers of call and mail links, with what the link opens: `<a href="tel:…" onClick={…}>`
   * (a phone number) or `href="mailto:…"` (an e-mail address), also with the link held in a variable
   * or a prop named for one (`href={phoneTel}`, `href={contact.phoneHref}`), and in the DOM,
   * `link.href = 'tel:' + n` with `link.onclick = …` or `link.addEventListener('click', …)`. A handler
   * declared in the code (`onClick={handleCallClick}`) counts only when it is used nowhere else.
   */
  private linkHandlers(): Map<Node, ReadonlySet<IdentityField>> {
    const inline = new Map<Node, Set<IdentityField>>();
    /** Handlers given by name, with the names that give them. */
    const named = new Map<Node, { names: Set<Node>; fields: Set<IdentityField> }>();
    const add = (expression: Node, field: IdentityField): void => {
      const handler = unwrap(expression);
      if (FUNCTION_TYPES.has(handler.type) || handler.type === 'VOnExpression') inline.set(handler, (inline.get(handler) ?? new Set()).add(field));
      const declared = handler.type === 'Identifier' ? this.declaredOnce(handler) : undefined;
      if (!declared || !FUNCTION_TYPES.has(declared.type)) return;
      const entry = named.get(declared) ?? { names: new Set<Node>(), fields: new Set<IdentityField>() };
      entry.names.add(handler);
      entry.fields.add(field);
      named.set(declared, entry);
    };
    /** What a link opens: a phone number (`tel:`), an e-mail address (`mailto:`), or neither. */
    const dials = (link: Node): IdentityField | undefined => {
      const n = unwrap(link);
      const name = n.type === 'Identifier' ? (n.name as string) : n.type === 'MemberExpression' ? (this.propName(n) ?? '') : '';
      const known = texts(this.value(n));
      // What the address is known to be decides (`telHref = '/book'` opens no call); else its name.
      if (known.length) return known.some((t) => opens(t) === 'phone') ? 'phone' : known.some((t) => opens(t) === 'email') ? 'email' : undefined;
      return namesCallLink(name) ? 'phone' : namesMailLink(name) ? 'email' : undefined;
    };
    for (const element of this.jsxElements) {
      const attributes = (element.openingElement as Node).attributes as Node[];
      const attr = (name: string) => attributes.find((a) => a.type === 'JSXAttribute' && (a.name as Node).name === name)?.value as Node | undefined;
      const href = attr('href');
      const click = attr('onClick');
      const field = href && click?.type === 'JSXExpressionContainer' ? dials(href.type === 'JSXExpressionContainer' ? (href.expression as Node) : href) : undefined;
      if (field) add(click!.expression as Node, field);
    }
    // Vue: `<a href="tel:…" @click="…">`, `:href="'tel:' + phone"`; an inline handler's statements are the handler.
    for (const element of this.templateLinks) {
      let field: IdentityField | undefined;
      let click: Node | undefined;
      for (const a of (element.startTag as Node).attributes as Node[]) {
        const key = a.key as Node;
        const value = a.value as Node | null;
        if (!a.directive) {
          const href = key.name === 'href' ? ((value?.value as string | undefined) ?? '') : '';
          field ??= opens(href);
        } else if ((key.argument as Node | null)?.name === 'href' && (key.name as Node).name === 'bind' && value?.expression) field ??= dials(value.expression as Node);
        else if ((key.argument as Node | null)?.name === 'click' && (key.name as Node).name === 'on') click = value?.expression as Node | undefined;
      }
      if (field && click) add(click, field);
    }
    // Svelte: `<a href="tel:{phone}" on:click={…}>`, `href={'tel:' + phone}`, Svelte 5's `onclick={…}`.
    for (const element of this.svelteLinks) {
      let field: IdentityField | undefined;
      let click: Node | undefined;
      for (const a of (element.startTag as Node).attributes as Node[]) {
        const name = ((a.key as Node).name as Node | string | undefined);
        const key = typeof name === 'string' ? name : (name?.name as string | undefined);
        const parts = Array.isArray(a.value) ? (a.value as Node[]) : [];
        const tag = parts.length === 1 && parts[0]!.type === 'SvelteMustacheTag' ? (parts[0]!.expression as Node) : undefined;
        if (a.type === 'SvelteAttribute' && key === 'href') {
          const first = parts[0];
          field ??= tag ? dials(tag) : first?.type === 'SvelteLiteral' ? opens(first.value as string) : undefined;
        } else if (a.type === 'SvelteDirective' && a.kind === 'EventHandler' && key === 'click') click = a.expression as Node | undefined;
        else if (a.type === 'SvelteAttribute' && key === 'onclick' && tag) click = tag;
      }
      if (field && click) add(click, field);
    }
    // The DOM: the elements whose `href` is set to a call link, then their click handlers.
    const links = new Map<VariableLike, IdentityField>();
    const elementOf = (member: Node): VariableLike | undefined => {
      const object = unwrap(member.object as Node);
      return object.type === 'Identifier' ? (this.variable(object) ?? undefined) : undefined;
    };
    for (const assign of this.memberAssignments) {
      const left = unwrap(assign.left as Node);
      const element = this.propName(left) === 'href' ? elementOf(left) : undefined;
      const field = element && dials(assign.right as Node);
      if (field) links.set(element!, field);
    }
    if (links.size) {
      for (const assign of this.memberAssignments) {
        const left = unwrap(assign.left as Node);
        const element = this.propName(left) === 'onclick' ? elementOf(left) : undefined;
        if (element && links.has(element)) add(assign.right as Node, links.get(element)!);
      }
      for (const call of this.callNodes) {
        const callee = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
        const [type, listener] = argsOf(call);
        if (callee?.type !== 'MemberExpression' || this.propName(callee) !== 'addEventListener' || !listener || listener.type === 'SpreadElement') continue;
        const element = elementOf(callee);
        if (element && links.has(element) && type && this.strings(this.value(type)).includes('click')) add(listener, links.get(element)!);
      }
    }
    // A named handler that is also used elsewhere (a form's `onSubmit`) may send a number the visitor typed.
    for (const [fn, { names, fields }] of named) {
      const declarer = fn.type === 'FunctionDeclaration' ? fn : fn.parent?.type === 'VariableDeclarator' ? fn.parent : undefined;
      const name = [...names][0]!.name as string;
      const variable = declarer && this.ctx.scopeManager.getDeclaredVariables(declarer).find((v) => v.name === name);
      if (variable && variable.references.filter((r) => !r.isWrite()).every((r) => names.has(r.identifier))) inline.set(fn, fields);
    }
    return inline;
  }

  private reader?: PageReader;

  /** What core's page-test reader needs of this analysis. */
  private pageReader(): PageReader {
    return (this.reader ??= {
      text: this.ctx.text,
      value: (n) => this.value(n),
      strings: (v) => this.strings(v),
      isGlobal: (id) => this.isGlobal(id),
      fromInstance: (id) => this.instanceNames?.has(id) ?? false,
      isWindow: (node) => this.api(node)?.kind === 'window',
      soleInit: (id) => this.soleInit(id),
      declares: (declaration, id) => this.variable(id)?.defs.some((d) => d.name === declaration) ?? false,
      destructured: (id) => this.destructured(id),
      imported: (id) => this.imported(id),
      param: (id) => {
        const v = this.variable(id);
        const def = v?.defs.length === 1 ? v.defs[0]! : undefined;
        const params = def?.type === 'Parameter' ? (paramsOf(def) ?? []) : [];
        // A default (`({ path = '/' })`) writes the parameter too, but only where it is declared.
        const inParams = (ref: ReferenceLike): boolean => params.some((p) => within(rangeOf(ref.identifier), rangeOf(p)));
        if (!def || !params.length || v!.references.some((ref) => ref.isWrite() && !inParams(ref))) return undefined;
        const index = params.findIndex((p) => unwrapPattern(p.type === 'TSParameterProperty' ? (p.parameter as Node) : p) === def.name);
        if (index >= 0) return { fn: def.node, index };
        // `({ pathname }) => …`: a key of the parameter itself (not nested).
        for (const [i, p] of params.entries()) {
          const pattern = p.type === 'AssignmentPattern' ? (p.left as Node) : p;
          const prop = pattern.type === 'ObjectPattern' ? (pattern.properties as Node[]).find((q) => q.type === 'Property' && !q.computed && unwrapPattern(q.value as Node) === def.name) : undefined;
          const key = prop && keyName(prop);
          if (key !== undefined) return { fn: def.node, index: i, key };
        }
        return undefined;
      },
      // A GTM variable written in the code, or quoted whole (`'{{LT - Section}}'`).
      macro: (id) => {
        if (!this.ctx.macro) return undefined;
        if (id.type === 'Literal' && typeof id.value === 'string') {
          const [only, more] = findPlaceholders(id.value);
          return only && !more && only.start === 0 && only.end === id.value.length ? this.ctx.macro(only.index) : undefined;
        }
        const index = placeholderIndex(id.name as string);
        return index === undefined ? undefined : this.ctx.macro(index);
      },
      shown: (text) => (this.ctx.macro ? shownMacros(text, this.ctx.macro) : text),
      helper: (call) => {
        const fn = this.memoized(call) ?? this.localFunction(unwrap(call.callee as Node));
        const returned = fn && !fn.async && !fn.generator ? this.returnedExpressions(fn) : [];
        if (!returned.length) return undefined;
        const value = (n: Node): Value => {
          const v = this.value(n);
          return usesParam(v, fn!) ? substitute(v, fn!, this.siteArgs(call)) : v;
        };
        return { fn: fn!, returned, value };
      },
      sites: (fn) => {
        const binding = functionBinding(fn);
        if (!binding) return [];
        const sites = this.callSitesOf(binding);
        // A named callback: `addEventListener('load', trackPage)`, `setTimeout(track, 0)`.
        const variable = binding.member === undefined && binding.declarer ? this.ctx.scopeManager.getDeclaredVariables(binding.declarer).find((v) => v.name === binding.name) : undefined;
        for (const ref of variable?.references ?? []) {
          const at = ref.identifier.parent;
          if ((at?.type === 'CallExpression' || at?.type === 'NewExpression') && argsOf(at).includes(ref.identifier)) sites.push(ref.identifier);
          // A Svelte handler that names it (`on:click={track}`, Svelte 5's `onclick={track}`): it runs where that element is.
          else if (namesSvelteHandler(ref.identifier)) sites.push(ref.identifier);
        }
        // A Vue template handler that names it (`@click="lead"`): it runs where that element is. So
        // does an Options API method a handler names (`methods: { lead() {…} }`).
        for (const use of variable ? (this.templateUses.get(variable) ?? []) : []) if (namesHandler(use.identifier)) sites.push(use.identifier);
        const methods = binding.member !== undefined && !variable ? fn.parent?.parent?.parent : undefined;
        if (methods?.type === 'Property' && keyName(methods) === 'methods') for (const id of this.instanceRefs ?? []) if (id.name === binding.member && namesHandler(id)) sites.push(id);
        return sites;
      },
    });
  }

  /** The page-address tests `node` runs under (the `if` around a custom JavaScript variable's `return 'onc'`). */
  pageGuardsOf(node: Node): PageGuard[] {
    return pageGuards(node, this.pageReader());
  }

  /** The page-address tests that make `test` true (a custom JavaScript variable's `return {{Page Path}}.indexOf('/ivf') === 0`). */
  pageTestsOf(test: Node): PageGuard[] {
    const out: PageGuard[] = [];
    pageTests(test, true, this.pageReader(), out);
    return out;
  }

  /**
   * The page-address tests each ad call runs under (`if (location.pathname.includes('/psychiatry')) fbq(…)`),
   * and the tests of other values of the visit (`if (appointment.service === 'ivf') fbq(…)`).
   */
  private readPageGuards(): void {
    // Without a word of the page, only a value test can guard, and it needs an ad call to guard.
    const adCalls = [...this.facts.calls, ...(this.facts.reached ?? [])].filter((call) => call.node && call.vendor.kind === 'ads' && sendsHit(call));
    // A pixel's URL or code in a string is guarded as a call is (`{service === 'IVF' && <Script>{`fbq(…)`}</Script>}`).
    const loads = this.pixelLoads();
    if (!this.ctx.macro && !PAGE_WORDS.test(this.ctx.text) && !adCalls.length && !loads.length) return;
    const reader: PageReader = { ...this.pageReader(), visits: true };
    // A URL held in a constant runs where the constant is used (`new Image().src = PIXEL`), not where it is only compared.
    const guards = (node: Node): PageGuard[] => {
      const variable = node.type === 'Literal' || node.type === 'TemplateLiteral' ? this.heldIn(node) : undefined;
      if (!variable) return pageGuards(node, reader);
      return variable.references.filter((ref) => !ref.isWrite() && !namesOnly(ref.identifier, '')).flatMap((ref) => pageGuards(ref.identifier, reader));
    };
    for (const call of adCalls) {
      const pages = guards(call.node!);
      if (pages.length) call.pages = pages;
    }
    // A pixel's script or beacon URL written under a test of the page (`if (onTherapy) loadScript('…/fbevents.js')`), or its
    // code in a string put on the page there (`if (onTherapy) s.textContent = "fbq('track', …)"`): the pixel runs on those pages.
    // A string's code may run several vendors: its host's tests are read once.
    const hostPages = new Map<Node, PageGuard[]>();
    for (const { call, inString } of loads) {
      const node = call.node!;
      let pages = inString ? hostPages.get(node) : undefined;
      if (!pages) pages = inString ? pageGuards(node, reader) : guards(node);
      if (inString) hostPages.set(node, pages);
      if (pages.length) this.facts.calls.push({ ...call, pages });
    }
  }

  /**
   * `gtag('set', 'user_data', …)` goes to every destination the page configures: with a Google Ads
   * tag (`gtag('config', 'AW-…')`, its gtag.js URL) that is enhanced conversions, so the identifiers
   * are Google Ads' (allowing the Google tag under a BAA must not hide them). So does a
   * `gtag('event', …)` with no `send_to`: Google Ads receives it too.
   */
  private userDataToAds(): void {
    const isAds = (v: VendorSpec) => v.id === 'google-ads';
    if (!this.facts.calls.some((c) => isAds(c.vendor)) && !this.facts.pixels.some((p) => isAds(p.vendor))) return;
    const toEvery = (call: TrackerCall) => {
      const { shape } = call;
      if (shape.kind === 'identify') return true;
      // gtag's event (the one shape routed by id) without a destination of its own.
      return shape.kind === 'event' && shape.vendorByPrefix !== undefined && (shape.params === undefined || lookupValue(call.args[shape.params]?.value, 'send_to') === undefined);
    };
    for (const call of this.facts.calls) if (call.vendor.id === 'google-tag' && toEvery(call)) call.vendor = getVendor('google-ads');
  }

  // ───────────────────────────── collection ─────────────────────────────

  private visit(node: Node): boolean | void {
    // Types and ambient declarations (`interface Window { _fbq?: unknown }`, `declare const fbq`) run nothing.
    if (TYPE_ONLY.has(node.type) || node.declare === true || (this.dead.size > 0 && this.dead.has(node))) return false;
    switch (node.type) {
      case 'IfStatement':
      case 'ConditionalExpression': {
        // `if (false) { … }`, `if (ENABLE_PIXEL) { … }` with the switch off: the branch the test never takes runs nothing.
        const known = this.knownTruth(node.test as Node);
        if (known === undefined) break;
        const [dead, taken] = known ? [node.alternate, node.consequent] : [node.consequent, node.alternate];
        if (dead) this.dead.add(dead as Node);
        if (node.type === 'IfStatement' && taken && leaves(taken as Node)) this.deadAfter(node);
        break;
      }
      case 'SwitchStatement': {
        // `switch (MODE) { case 'on': … }` with `const MODE = 'off'`: the cases before the one it
        // enters run nothing (those after it may be reached by falling through).
        const on = this.knownPrimitive(node.discriminant as Node);
        const cases = node.cases as Node[];
        const tests = on ? cases.map((c) => (c.test ? this.knownPrimitive(c.test as Node) : null)) : [];
        if (!on || tests.some((t) => t === undefined)) break;
        const matched = tests.findIndex((t) => t !== null && t!.value === on.value);
        const entry = matched >= 0 ? matched : tests.indexOf(null);
        for (const c of entry >= 0 ? cases.slice(0, entry) : cases) for (const statement of c.consequent as Node[]) this.dead.add(statement);
        break;
      }
      case 'LogicalExpression': {
        // `ENABLE_PIXEL && fbq(…)`: the right side runs only when the left does not decide.
        const known = node.operator === '??' ? undefined : this.knownTruth(node.left as Node);
        if (known !== undefined && known === (node.operator === '||')) this.dead.add(node.right as Node);
        break;
      }
      case 'CallExpression':
      case 'NewExpression': {
        this.callNodes.push(node);
        if (node.type === 'CallExpression') this.checkCallSinks(node);
        // `s.src = atob('aHR0cHM6Ly9…')`: the decoded text is read as a string written there.
        if (this.encoded && node.type === 'CallExpression' && !this.consumed.has(node) && this.decoded(node) !== undefined) this.stringLiteral(node);
        // `new URL('/v19.0/1/events', 'https://graph.facebook.com')`: the address joined from its parts;
        // `['https://connect.facebook.net', locale, 'fbevents.js'].join('/')`, from the list's items.
        const built = !this.urlsPossible ? undefined : node.type === 'NewExpression' ? this.madeUrl(node) : joinsList(node) ? this.value(node) : undefined;
        if (built?.kind === 'str' && matchVendorUrls(joinParts(built.parts)).length) {
          this.scanString(node, built);
          this.markConsumed(node);
        }
        break;
      }
      case 'Literal':
        if (typeof node.value === 'string' && !this.consumed.has(node) && (this.urlsPossible || MARKERS.has(node.value) || CODE_IN_STRING.test(node.value))) {
          this.stringLiteral(node);
        }
        break;
      case 'TemplateLiteral':
        if (!this.consumed.has(node)) this.stringLiteral(node);
        // Its quasis are scanned as part of the template; its holes are code (Lit's `@click=${() => ttq.track(…)}`).
        for (const hole of node.expressions as Node[]) {
          if (hole.parent === undefined) hole.parent = node;
          walk(hole, this.ctx.visitorKeys, (n) => this.visit(n));
        }
        return false;
      case 'BinaryExpression':
        if (this.urlsPossible && node.operator === '+' && !(node.parent?.type === 'BinaryExpression' && node.parent.operator === '+')) {
          const v = this.value(node);
          if (v.kind === 'str') {
            // The folded string finds URLs split across parts (`'https://connect.facebook.net/' + locale + '/fbevents.js'`,
            // also when every part is a constant); its literals are then not scanned again.
            const joined = joinParts(v.parts);
            if (!matchVendorUrls(joined).length) break;
            // `PIXEL + '&cb=' + Date.now()`: a URL held in a name is read where it is written (a GTM
            // variable where it is used); here only what is added to it is new.
            const first = unwrap(concatenated(node)[0]!);
            const lead = first.type === 'Identifier' || first.type === 'MemberExpression' ? this.stringValue(first) : undefined;
            this.scanString(node, v, lead !== undefined && matchVendorUrls(lead).length ? lead.length : 0);
            this.markConsumed(node);
          }
        }
        break;
      case 'Identifier':
      case 'PrivateIdentifier': {
        const vendor = MARKERS.get(node.name as string);
        if (vendor) this.pixel(vendor, 'marker', node.name as string, node);
        // A GTM variable standing alone (`s.src = {{CONST - Pixel URL}}`): each URL it can hold.
        if (this.ctx.macro && !this.consumed.has(node) && placeholderIndex(node.name as string) !== undefined) {
          for (const text of texts(this.value(node))) this.scanString(node, { kind: 'str', parts: [text], range: rangeOf(node) });
        }
        break;
      }
      case 'AssignmentExpression': {
        const left = unwrap(node.left as Node);
        if (left.type === 'Identifier' && node.operator === '=' && GLOBALS.get(left.name as string)?.api.assigned) this.globalSets.push({ id: left, value: node.right as Node, at: node });
        if (left.type === 'MemberExpression') {
          const prop = this.propName(left);
          if (prop === 'TiktokAnalyticsObject') this.tiktokNames.push(node.right as Node);
          if (prop && node.operator === '=') this.memberAssignments.push(node);
          if (prop && CODE_SINK_PROPS.has(prop) && !this.domShown(node.right as Node)) this.embedValue(node.right as Node, prop === 'textContent' || prop === 'text' || prop === 'innerText' ? 'js' : 'auto');
        }
        break;
      }
      case 'ImportDeclaration':
        // `import type { Options } from 'react-facebook-pixel'` loads nothing (TypeScript erases it).
        if (node.importKind !== 'type' && !((node.specifiers as Node[]).length > 0 && (node.specifiers as Node[]).every((s) => s.importKind === 'type'))) this.checkPackage((node.source as Node).value, node.source as Node);
        break;
      case 'Property': {
        const key = keyName(node) ?? '';
        // Read after the walk: the list may be filled with `push` further down.
        if (MODULE_LIST_KEYS.has(key)) this.moduleLists.push(node.value as Node);
        // `scripts: { registry: { metaPixel: { id } } }` of `@nuxt/scripts` in `nuxt.config`.
        if (Object.hasOwn(NUXT_SCRIPT_REGISTRY, key) && this.inScriptsRegistry(node)) {
          const entry = GLOBALS.get(NUXT_SCRIPT_REGISTRY[key]!);
          if (entry) this.pixel(entry.vendor, 'package', `@nuxt/scripts registry.${key}`, node.key as Node);
        }
        break;
      }
      case 'ImportExpression':
        this.checkPackage(this.stringValue(node.source as Node), node.source as Node);
        break;
      case 'TSExternalModuleReference':
        this.checkPackage(this.stringValue(node.expression as Node), node.expression as Node);
        break;
      case 'VariableDeclarator': {
        const id = node.id as Node;
        if (id.type === 'Identifier' && node.init && GLOBALS.get(id.name as string)?.api.assigned) this.globalSets.push({ id, value: node.init as Node, at: node });
        break;
      }
      case 'JSXAttribute':
        this.checkJsxAttribute(node);
        break;
      case 'SvelteElement':
        if (node.kind === 'html' && (node.name as Node).name === 'a') this.svelteLinks.push(node);
        break;
      case 'JSXElement':
        // `<link rel="preconnect" href="https://analytics.tiktok.com" />` only opens a connection, as in HTML.
        if (jsxConnectionHint(node.openingElement as Node)) return false;
        this.checkScriptElement(node);
        if (((node.openingElement as Node).name as Node).type === 'JSXIdentifier') this.jsxElements.push(node);
        else if (this.ctx.helpers && ((node.openingElement as Node).name as Node).type === 'JSXMemberExpression') this.memberElements.push(node);
        break;
      default:
        break;
    }
    return undefined;
  }

  /**
   * A node of a Vue template. Its expressions are code (`@click="track('Booked')"`). A name the
   * template does not bind itself (`v-for`, slot props) is, with `<script setup>`, the script's
   * top-level binding of that name; without it (the Options API), a property of the component
   * instance, followed only to a top-level function its `methods` list. Static markup (`<img src>`,
   * `<iframe src>`, `onclick="…"`, `<noscript>`'s content) is read as HTML is.
   */
  private visitTemplate(node: Node): boolean | void {
    switch (node.type) {
      case 'VExpressionContainer': {
        const top = this.setupScope();
        // `{{ "…" }}`: a string shown as text.
        if (node.parent?.type === 'VElement') this.markInert(node.expression as Node);
        for (const ref of (node.references ?? []) as Array<{ id: Node; variable?: unknown }>) {
          // Bound by the template (`v-for`, slot props): neither a global nor the script's. A `v-for`
          // item (`s in SERVICES`) holds each element of its list.
          if (ref.variable) {
            (this.templateLocals ??= new Set()).add(ref.id);
            const loop = (ref.variable as { id: Node }).id.parent;
            if (loop?.type === 'VForExpression' && (loop.left as Node[])[0] === (ref.variable as { id: Node }).id) (this.loopItems ??= new Map()).set(ref.id, loop.right as Node);
            continue;
          }
          const variable = top ? top.variables?.find((v) => v.name === ref.id.name) : (this.instanceMethod(ref.id.name as string) ?? this.setupVariable(ref.id.name as string));
          if (!variable) {
            // `$fbq(…)`, `$gtm.trackEvent(…)`: what a plugin provides every component.
            if ((ref.id.name as string).startsWith('$')) (this.instanceNames ??= new Set()).add(ref.id);
            else if (!top) (this.instanceRefs ??= new Set()).add(ref.id);
            continue;
          }
          (this.templateNames ??= new Map()).set(ref.id, variable);
          const uses = this.templateUses.get(variable) ?? [];
          uses.push({ identifier: ref.id, resolved: variable, isWrite: () => false });
          this.templateUses.set(variable, uses);
        }
        return undefined;
      }
      case 'VElement':
        // `<button v-if="ENABLE_META">` with `const ENABLE_META = false` in `<script setup>`: nothing in it is shown.
        if (this.switchedOff(node)) return false;
        if (node.name === 'a') this.templateLinks.push(node);
        // `<noscript>`'s content is raw text to the template parser.
        if (node.name === 'noscript') for (const child of node.children as Node[]) if (child.type === 'VText') this.templateMarkup(child, child.value as string);
        return undefined;
      case 'VStartTag':
        this.templateMarkup(node, this.ctx.text.slice(...rangeOf(node)));
        return undefined;
      case 'VAttribute': {
        // Static attributes are read with their start tag.
        if (!node.directive) return false;
        const key = node.key as Node;
        const bound = (key.name as Node).name === 'bind' ? (key.argument as Node | null) : null;
        const expression = (node.value as Node | null)?.expression as Node | undefined;
        // `:alt="…"`, `:placeholder="…"` on an HTML element: text the page shows.
        if (bound?.type === 'VIdentifier' && DISPLAY_ATTRIBUTES.has(bound.name as string) && /^[a-z]/u.test(node.parent?.parent?.name as string)) {
          if (expression) this.markInert(expression);
          return false;
        }
        return undefined;
      }
      default:
        return this.visit(node);
    }
  }

  /** The scope whose names a Vue template reads: `<script setup>`'s top level, or null (the Options API's instance). */
  private setupScope(): ScopeLike | null {
    return (this.templateScope ??= /<script\b[^>]*?\ssetup\b/iu.test(this.ctx.text) ? (this.topScope() ?? null) : null);
  }

  /** Whether an element's `v-if` is a kill switch of `<script setup>` that is off (`v-if="ENABLE_META"`, `v-if="!PAUSED"`). */
  private switchedOff(element: Node): boolean {
    const attribute = (((element.startTag as Node | undefined)?.attributes ?? []) as Node[]).find((a) => a.directive && ((a.key as Node).name as Node | undefined)?.name === 'if');
    let test = (attribute?.value as Node | null | undefined)?.expression as Node | undefined;
    let negated = false;
    while (test?.type === 'UnaryExpression' && test.operator === '!') {
      negated = !negated;
      test = test.argument as Node;
    }
    const top = test?.type === 'Identifier' ? this.setupScope() : null;
    // The script's own declaration resolves where the template's name does not yet.
    const def = top?.variables?.find((v) => v.name === test!.name)?.defs[0];
    const truth = def?.type === 'Variable' ? this.knownTruth(def.name) : undefined;
    return truth !== undefined && truth === negated;
  }

  /**
   * Without `<script setup>`, a template name is the component instance's: a top-level function is
   * that only when the component lists it among its `methods` (`methods: { booked }`).
   */
  private instanceMethod(name: string): VariableLike | undefined {
    const variable = this.topScope()?.variables?.find((v) => v.name === name);
    const listed = variable?.references.some((ref) => {
      const prop = ref.identifier.parent;
      const methods = prop?.type === 'Property' && prop.value === ref.identifier ? prop.parent?.parent : undefined;
      return methods?.type === 'Property' && keyName(methods) === 'methods';
    });
    return listed ? variable : undefined;
  }

  /**
   * Without `<script setup>`, a variable of the component's `setup()` that it returns under `name`
   * (`const route = useRoute(); return { route }`): the template's `route` (a `v-if` on its path).
   */
  private setupVariable(name: string): VariableLike | undefined {
    const value = this.setupValue(name);
    return value?.type === 'Identifier' ? (this.variable(value) ?? undefined) : undefined;
  }

  /**
   * What the component's `setup()` returns under `name`, without `<script setup>`: the property's
   * value (`track: tracking.track`), or `name` of an object it spreads (`...useTracking()`), as a
   * member expression made for the purpose.
   */
  private setupValue(name: string): Node | undefined {
    const options = this.exportedOptions();
    const setup = options ? (fieldsOf(options, 'setup', false)[0]?.value as Node | undefined) : undefined;
    const body = setup && FUNCTION_TYPES.has(setup.type) ? (setup.body as Node) : undefined;
    const returned = body?.type === 'BlockStatement' ? (body.body as Node[]).filter((n) => n.type === 'ReturnStatement').map((n) => n.argument as Node | null) : [body];
    for (const object of returned) {
      if (object?.type !== 'ObjectExpression') continue;
      const value = (object.properties as Node[]).find((p) => p.type === 'Property' && keyName(p) === name)?.value as Node | undefined;
      if (value) return value;
      const spread = (object.properties as Node[]).findLast((p) => p.type === 'SpreadElement');
      if (spread) return memberOfNode(spread.argument as Node, name);
    }
    return undefined;
  }

  /** The options object of the component the file exports (`export default { … }`, `export default defineComponent({ … })`). */
  private exportedOptions(): Node | undefined {
    const exported = (this.program?.body as Node[] | undefined)?.find((n) => n.type === 'ExportDefaultDeclaration')?.declaration as Node | undefined;
    const options = exported?.type === 'CallExpression' ? argsOf(exported)[0] : exported;
    return options?.type === 'ObjectExpression' ? options : undefined;
  }

  /**
   * What an Options API component's instance holds under `name` that the file does not define: what
   * `setup()` returns, or else a method of each mixin it imports (`mixins: [tracking]`), as member
   * nodes (`tracking.methods.trackLead`) to read as imports are.
   */
  private instanceSources(options: Node | undefined, name: string): Node[] {
    const setup = options === this.exportedOptions() ? this.setupValue(name) : undefined;
    if (setup) return [setup];
    const mixins = options && (fieldsOf(options, 'mixins', false)[0]?.value as Node | undefined);
    if (mixins?.type !== 'ArrayExpression') return [];
    return (mixins.elements as Array<Node | null>).flatMap((m) => (m?.type === 'Identifier' ? [memberOfNode(memberOfNode(m, 'methods'), name)] : []));
  }

  /** The variable the file's top-level scope binds to `name` (an import, a class), if any. */
  private topVariable(name: string): VariableLike | null {
    const scope = this.topScope() as (ScopeLike & { set?: Map<string, VariableLike> }) | undefined;
    return scope?.set?.get(name) ?? scope?.variables?.find((v) => v.name === name) ?? null;
  }

  /** The file's top-level scope: a module's, or a script's global one. */
  private topScope(): ScopeLike | undefined {
    const { scopes } = this.ctx.scopeManager;
    return scopes.find((s) => s.type === 'module') ?? scopes[0];
  }

  /**
   * A Svelte component's markup, read as HTML in runs of siblings, and apart inside each block
   * (`{#if}`, `{:else}`, `{#each}`, `{#await}`, `{#key}`), so that what a block holds runs under its
   * test (`{#if $page.url.pathname.startsWith('/abortion')}<img src="…/tr?…">{/if}`).
   */
  private svelteMarkup(nodes: readonly Node[]): void {
    let run: Node[] = [];
    const flush = (): void => {
      if (run.length) this.templateMarkup(run[0]!, this.ctx.text.slice(rangeOf(run[0]!)[0], rangeOf(run.at(-1)!)[1]));
      run = [];
    };
    for (const n of nodes) {
      if (n.type === 'SvelteScriptElement' || n.type === 'SvelteStyleElement') flush();
      else if (!holdsBlock(n, this.ctx.visitorKeys)) run.push(n);
      else {
        flush();
        // An element around a block: its own tag (`<div onclick="…">`), then what it holds.
        if (n.type === 'SvelteElement' && n.startTag) this.templateMarkup(n.startTag as Node, this.ctx.text.slice(...rangeOf(n.startTag as Node)));
        if (Array.isArray(n.children)) this.svelteMarkup(n.children as Node[]);
        for (const key of ['else', 'pending', 'then', 'catch']) if (n[key] && typeof n[key] === 'object') this.svelteMarkup([n[key] as Node]);
      }
    }
    flush();
  }

  /** Markup of a template read as the HTML it is (its pixels, inline handlers), at its place in the file. */
  private templateMarkup(node: Node, text: string): void {
    if (!this.ctx.embed || !mightTrack(text, this.ctx.helpers)) return;
    const [start] = rangeOf(node);
    // Vue compiles the template and reports its errors; an inline handler that does not parse is not phiguard's to report.
    const facts = this.ctx.embed(text, 'html', { hole: () => undefined });
    this.facts.embedded.push({ facts, map: (o) => start + o, inString: true });
    // Its pixels run where the element is shown (`<div v-if="service === 'HIV Testing'"><img src="…/tr?…">`).
    this.embedHosts.push({ node, facts });
  }

  private markConsumed(node: Node): void {
    walk(node, this.ctx.visitorKeys, (n) => {
      this.consumed.add(n);
    });
  }

  private pixel(vendor: VendorSpec, kind: PixelEvidence['kind'], fingerprint: string, node: Node, range: Range = rangeOf(node)): void {
    this.facts.pixels.push({ vendor, kind, fingerprint, range });
  }

  /** A string that calls a vendor API is code (a snippet returned by a helper, a PHP-built string): parse it. */
  private stringLiteral(node: Node): void {
    if (this.onlyShown(node) || this.domShown(node) || declaresHelper(node)) return;
    const v = this.value(node);
    // Code in a message or a test's data (`console.warn("Blocked ttq.track('…')")`) never runs.
    if (v.kind === 'str' && this.ctx.embed && CODE_IN_STRING.test(joinParts(v.parts)) && !namesOnly(node, '')) {
      const from = this.facts.embedded.length;
      // A piece of code built with `+` (`inject('ttq.track(' + JSON.stringify(EV) + ')')`) is read whole.
      const whole = concatenationOf(node);
      if (!this.consumed.has(whole)) this.embedNode(whole, 'auto');
      // Code held in a constant runs where the constant is used: not at all when that is only in dead code.
      const held = this.facts.embedded.length > from ? holder(whole) : undefined;
      if (held) this.held.push({ held, pixels: [], calls: [], embedded: this.facts.embedded.slice(from) });
      if (this.consumed.has(node)) return;
    }
    this.scanString(node, v);
  }

  /** `readFrom`: the query fields before this offset of the text are read where they are written (`PIXEL + '&cb=' + t`). */
  private scanString(node: Node, v: Value, readFrom = 0): void {
    if (v.kind !== 'str') return;
    const text = joinParts(v.parts);
    if (text.length < 4) return;
    const marker = MARKERS.get(text);
    // A bare host (`'analytics.tiktok.com'` in a table of third parties) names a server; what loads
    // from it is a URL with a path, or one built from the host, which is read where it is built.
    let urls = BARE_HOST.test(text) ? [] : matchVendorUrls(text);
    // Google's own endpoint tables in a copy of its tag library (gtm.js, gtag.js saved in the site) are
    // there whatever tags the container holds: not the site's pixels.
    if (urls.length && (this.googleLibrary ??= GOOGLE_TAG_LIBRARY.test(this.ctx.text.slice(0, 400)))) urls = urls.filter((m) => !GOOGLE_VENDORS.has(m.vendor.id));
    // A server endpoint read, not posted to (`fetch(`…/${pageId}/events?access_token=…`)`, a Facebook Page's
    // events through the Graph API): a request with no body sends no conversion.
    if (urls.some((m) => m.fingerprint.role === 'server-api') && this.readOnlyRequest(node)) urls = urls.filter((m) => m.fingerprint.role !== 'server-api');
    // A loader whose vendor shows only in a hole's known value (`gtag/js?id=${props.id || 'AW-1078…'}`): the
    // fallback is what loads wherever nothing else is passed.
    if (urls.length && v.parts.some((p) => typeof p !== 'string')) urls = [...urls, ...spelledLoaders(v, urls)];
    if ((!marker && urls.length === 0) || namesOnly(node, text)) return;
    const pixelsFrom = this.facts.pixels.length;
    const callsFrom = this.facts.calls.length;
    if (marker) this.pixel(marker, 'marker', text, node);
    for (const m of urls) {
      const beacon = beaconCall(m, v.parts, rangeOf(node), undefined, readFrom);
      // A beacon URL with a query sends an event: read it like a call (also for the page it runs on).
      if (beacon) this.facts.calls.push({ ...beacon, node });
      const pixel = urlEvidence(m, rangeOf(node));
      this.facts.pixels.push(pixel);
      if (!beacon) this.urlNodes.set(pixel, node);
    }
    const held = holder(node);
    if (held) this.held.push({ held, pixels: this.facts.pixels.slice(pixelsFrom), calls: this.facts.calls.slice(callsFrom) });
  }

  /** Whether `url` is the address of a `fetch` with no body: no options, or options with neither a body nor a method that sends one. */
  private readOnlyRequest(url: Node): boolean {
    const call = url.parent;
    const callee = call?.type === 'CallExpression' && argsOf(call)[0] === url ? unwrap(call.callee as Node) : undefined;
    const name = callee?.type === 'Identifier' ? (callee.name as string) : callee?.type === 'MemberExpression' ? this.propName(callee) : undefined;
    if (!name || !FETCH_NAME.test(name)) return false;
    const options = argsOf(call!)[1];
    if (!options) return true;
    const v = this.value(options);
    if (v.kind !== 'obj' || v.open) return false;
    const method = lookup(v, 'method');
    return !lookup(v, 'body') && (!method || this.strings(method).every((m) => m.toUpperCase() === 'GET'));
  }

  /** `const BLOCKED = ['sc-static.net/scevent.min.js']; … BLOCKED.some(…)`: a variable only named (searched, compared, in a policy) loads nothing. */
  private dropNamedOnly(): void {
    const dropped = new Set<unknown>();
    // The walk does not enter dead code: its nodes get their parents here, for `inDeadCode`.
    if (this.held.length && this.dead.size) this.setParents();
    for (const { held, pixels, calls, embedded = [] } of this.held) {
      if (onlyNamed(held, this.ctx.scopeManager, (node) => this.inDeadCode(node))) for (const fact of [...pixels, ...calls, ...embedded]) dropped.add(fact);
    }
    if (dropped.size === 0) return;
    this.facts.pixels = this.facts.pixels.filter((p) => !dropped.has(p));
    this.facts.calls = this.facts.calls.filter((c) => !dropped.has(c));
    this.facts.embedded = this.facts.embedded.filter((e) => !dropped.has(e));
  }

  /** The wrapper package a specifier names, unless this file mocks it. */
  private wrapper(source: unknown): ReturnType<typeof wrapperOf> {
    return typeof source === 'string' && this.mocked?.has(source) ? undefined : wrapperOf(source);
  }

  /** Whether a property sits in `scripts: { registry: { … } }` (`@nuxt/scripts` options). */
  private inScriptsRegistry(prop: Node): boolean {
    const registry = prop.parent?.parent;
    const scripts = registry?.type === 'Property' && keyName(registry) === 'registry' ? registry.parent?.parent : undefined;
    return scripts?.type === 'Property' && keyName(scripts) === 'scripts';
  }

  private checkPackage(source: unknown, node: Node): void {
    const hit = this.wrapper(source);
    if (hit?.wrapper.loadsPixel) this.pixel(hit.vendor, 'package', source as string, node);
  }

  /**
   * Each entry a framework's module list can hold, however the list is built (a constant, `push`,
   * `...(isProd ? [...] : [])`, `[isProd && 'x'].filter(Boolean)`): `'name'`, `['name', options]`
   * (Nuxt), `{ src: 'name' }` (Nuxt 2) or `{ resolve: 'name' }` (Gatsby, also `require.resolve('name')`).
   */
  private checkModuleList(list: Node): void {
    const entries = (v: Value, depth: number): Value[] => {
      if (depth > 3) return [];
      if (v.kind === 'any') return v.options.flatMap((o) => entries(o, depth + 1));
      if (v.kind === 'arr' && depth > 0) return v.items[0] ? entries(v.items[0], depth + 1) : [];
      if (v.kind === 'obj') {
        const named = lookup(v, 'resolve') ?? lookup(v, 'src');
        return named ? entries(named, depth + 1) : [];
      }
      return v.kind === 'str' ? [v] : [];
    };
    const whole = this.value(list);
    for (const items of whole.kind === 'any' ? whole.options : [whole]) {
      if (items.kind !== 'arr') continue;
      for (const item of items.items) {
        for (const name of entries(item, 1)) {
          for (const text of texts(name)) {
            const hit = this.wrapper(text);
            if (hit?.wrapper.loadsPixel) this.pixel(hit.vendor, 'package', text, list, name.range);
          }
        }
      }
    }
  }

  private checkCallSinks(node: Node): void {
    const callee = unwrap(node.callee as Node);
    const args = argsOf(node);
    if (callee.type === 'MemberExpression') {
      const prop = this.propName(callee);
      if (prop && WRITE_CALLS.has(prop)) {
        const arg = args[prop === 'insertAdjacentHTML' ? 1 : 0];
        if (arg) this.embedValue(arg, 'auto');
      }
    }
    // `require('pkg')`; `installModule('pkg')` (a Nuxt module installing another, `@nuxt/kit`).
    if (callee.type === 'Identifier' && (callee.name === 'require' || callee.name === 'installModule') && args[0]) {
      this.checkPackage(this.stringValue(args[0]), args[0]);
    }
  }

  private checkJsxAttribute(node: Node): void {
    const name = node.name as Node;
    // `<textarea placeholder="fbq('init', 'YOUR_PIXEL_ID')">`: text the page shows, not code it runs.
    if (displayAttribute(node)) {
      const value = node.value as Node | null;
      if (value) this.markInert(value.type === 'JSXExpressionContainer' ? (value.expression as Node) : value);
      return;
    }
    if (name.type !== 'JSXIdentifier' || name.name !== 'dangerouslySetInnerHTML') return;
    const element = node.parent?.parent;
    const inert = element?.type === 'JSXElement' && neverRuns(element, this.templatesInert);
    const container = node.value as Node | null;
    const expr = container?.type === 'JSXExpressionContainer' ? unwrap(container.expression as Node) : undefined;
    if (expr?.type !== 'ObjectExpression') return;
    for (const prop of expr.properties as Node[]) {
      if (prop.type !== 'Property' || keyName(prop) !== '__html') continue;
      if (inert) this.markInert(prop.value as Node);
      else this.embedValue(prop.value as Node, 'auto');
    }
  }

  /** The variable a string is the whole value of (`const PIXEL = '…'`), not an item of a list. */
  private heldIn(node: Node): VariableLike | undefined {
    const held = holder(node);
    return held && !held.list ? this.ctx.scopeManager.getDeclaredVariables(held.declarator)[0] : undefined;
  }

  /**
   * Code put where the page shows it as text, which never runs it: a form field's `value`
   * (`textarea.value = snippet`), or the text of an element the code picks by a tag that is no script
   * (`document.querySelector('pre code').textContent = snippet`, `createElement('pre').innerText = …`).
   */
  private domShown(expr: Node): boolean {
    const assign = expr.parent;
    if (assign?.type !== 'AssignmentExpression' || assign.right !== expr || assign.operator !== '=') return false;
    const left = assign.left as Node;
    const prop = left.type === 'MemberExpression' ? this.propName(left) : undefined;
    if (prop === 'value' || prop === 'placeholder') return true;
    const tag = prop === 'textContent' || prop === 'innerText' || prop === 'text' ? this.elementTag(left.object as Node) : undefined;
    // `innerText` is a rendering API: a script's code is set with `text` or `textContent`, so an element not known to be one shows it.
    return prop === 'innerText' ? tag !== 'script' : textTag(tag);
  }

  /** The tag name of an element the code picks or makes by it (`pre` of `querySelector('article pre')`, `createElement('script')`). */
  private elementTag(node: Node): string | undefined {
    let n = unwrap(node);
    if (n.type === 'Identifier') n = unwrap(this.soleInit(n) ?? n);
    // `querySelectorAll('pre')[0]`, `getElementsByTagName('code')[0]`.
    if (n.type === 'MemberExpression' && n.computed) n = unwrap(n.object as Node);
    if (n.type !== 'CallExpression') return undefined;
    const callee = unwrap(n.callee as Node);
    const method = callee.type === 'MemberExpression' ? this.propName(callee) : undefined;
    const arg = argsOf(n)[0];
    const selector = arg && arg.type !== 'SpreadElement' ? this.stringValue(arg)?.trim().toLowerCase() : undefined;
    if (selector === undefined) return undefined;
    if (method === 'createElement' || method === 'getElementsByTagName') return selector;
    if (method !== 'querySelector' && method !== 'querySelectorAll') return undefined;
    // The element a selector picks is its last compound's (`pre code`: a `code`); one without a tag (`#help`) is not known.
    return /^[a-z][a-z\d-]*/u.exec(selector.split(/[\s>+~]+/u).at(-1) ?? '')?.[0];
  }

  /** A constant whose every use is text the page shows (`<pre><code>{SNIPPET}</code></pre>`, Vue's `{{ SNIPPET }}`): it never runs. */
  private onlyShown(node: Node): boolean {
    const variable = this.heldIn(node);
    if (!variable || variable.scope?.type === 'global') return false;
    const reads = variable.references.filter((ref) => !ref.isWrite());
    if (reads.length !== variable.references.length - 1) return false;
    // vue-eslint-parser marks a `<script setup>` name its template reads with a read at the declaration.
    const uses = reads.map((ref) => ref.identifier).filter((id) => !variable.defs.some((d) => d.name === id));
    if (this.ctx.templates?.length && this.setupScope()?.variables?.includes(variable)) uses.push(...(this.templateReads().get(variable.name) ?? []));
    return uses.length > 0 && uses.every((use) => shownAt(use) || this.domShown(use));
  }

  /** The script's names a Vue template reads, with the identifiers that read them; walked once, when asked. */
  private templateReads(): Map<string, Node[]> {
    if (this.templateReadsOf) return this.templateReadsOf;
    const out = new Map<string, Node[]>();
    const keys = { ...this.ctx.visitorKeys, ...TEMPLATE_KEYS };
    for (const template of this.ctx.templates ?? []) {
      walk(template, keys, (n) => {
        if (n.type !== 'VExpressionContainer') return;
        for (const ref of (n.references ?? []) as Array<{ id: Node; variable?: unknown }>) {
          if (ref.variable) continue; // bound by the template (`v-for`, slot props)
          const name = ref.id.name as string;
          out.set(name, [...(out.get(name) ?? []), ref.id]);
        }
      });
    }
    return (this.templateReadsOf = out);
  }

  /** `<template>` content stays inert unless the file's code takes it out, as in a Custom HTML tag. */
  private get templatesInert(): boolean {
    return (this.templateUse ??= TEMPLATE_USE.test(this.ctx.text)) === false;
  }

  /** Code written in a place that never runs it: not read as a string of code either. A named constant may run elsewhere. */
  private markInert(node: Node): void {
    const text = unwrap(node);
    if ((text.type === 'Literal' && typeof text.value === 'string') || text.type === 'TemplateLiteral') this.markConsumed(text);
  }

  private checkScriptElement(node: Node): void {
    const opening = node.openingElement as Node;
    const name = opening.name as Node;
    // `<pre><code>{"fbq('init', …)"}</code></pre>`: React renders a string child of an element as text.
    if (showsText(opening)) {
      for (const child of node.children as Node[]) if (child.type === 'JSXExpressionContainer') this.markInert(child.expression as Node);
      return;
    }
    if (name.type !== 'JSXIdentifier' || (name.name !== 'script' && name.name !== 'Script')) return;
    const inert = neverRuns(node, this.templatesInert);
    for (const child of node.children as Node[]) {
      if (inert) {
        if (child.type === 'JSXExpressionContainer') this.markInert(child.expression as Node);
      } else if (child.type === 'JSXExpressionContainer') this.embedValue(child.expression as Node, 'js');
      else if (child.type === 'JSXText') this.embedNode(child, 'js');
    }
  }

  /** Code inside a string: resolve to the literal that holds it and analyze that text. */
  private embedValue(node: Node, kind: 'js' | 'html' | 'auto'): void {
    const target = this.literalSource(unwrap(node), 0);
    if (target) this.embedNode(target, kind, node);
  }

  private literalSource(node: Node, depth: number): Node | undefined {
    if (depth > 4) return undefined;
    if ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral') return node;
    // `"fbq('init', id, { em: '" + {{DLV - email}} + "' });"`: code built by concatenation, read as a template is.
    if (node.type === 'BinaryExpression' && node.operator === '+' && concatenated(node).some(isStringLiteral)) return node;
    if (node.type === 'Identifier') {
      const variable = this.variable(node);
      const init = variable ? singleInit(variable) : undefined;
      return init ? this.literalSource(unwrap(init), depth + 1) : undefined;
    }
    return undefined;
  }

  /** `site`: where the code is put to run (a constant's use), when not where it is written. */
  private embedNode(node: Node, kind: 'js' | 'html' | 'auto', site = node): void {
    const embed = this.ctx.embed;
    if (!embed || this.depth >= MAX_EMBED_DEPTH) return;
    const source = this.sourceText(node);
    // A sentence that mentions a pixel's URL (`p.textContent = 'Meta pixel (https://…/fbevents.js) removed 2024'`) is text, not code.
    if (!source || !mightTrack(source.text, this.ctx.helpers) || prose(source.text)) return;
    const detected = kind === 'auto' ? (/^\s*</u.test(source.text) ? 'html' : 'js') : kind;
    // A constant's code, read where it is written and again where it is put on the page: parsed once.
    const read = this.embeddedAt.get(node);
    if (read?.kind === detected) {
      this.embedHosts.push({ node: site, facts: read.facts });
      return;
    }
    this.markConsumed(node);
    const facts = embed(source.text, detected, { hole: (i) => source.holes[i], macro: this.ctx.macro });
    const { offsets } = source;
    this.facts.embedded.push({ facts, map: (o) => offsets[Math.max(0, Math.min(o, offsets.length - 1))]!, inString: true });
    this.embeddedAt.set(node, { kind: detected, facts });
    this.embedHosts.push({ node: site, facts });
  }

  /**
   * What `atob('aHR0cHM6Ly9…')` (also `window.atob`) returns: text kept in base64 to hide it. It is
   * read as if written there, every character placed at the call.
   */
  private decoded(call: Node): string | undefined {
    const callee = unwrap(call.callee as Node);
    const [arg] = argsOf(call);
    if (!arg || arg.type === 'SpreadElement') return undefined;
    const atob = callee.type === 'Identifier' ? callee.name === 'atob' && this.isGlobal(callee) : callee.type === 'MemberExpression' && this.propName(callee) === 'atob' && this.api(callee.object as Node)?.kind === 'window';
    const encoded = atob ? this.stringValue(arg) : undefined;
    return encoded === undefined ? undefined : decodeBase64(encoded);
  }

  /** Decoded text of a literal/template/JSX text, with each unit's offset in this file. */
  private sourceText(node: Node, holes: Value[] = []): { text: string; offsets: number[]; holes: Value[] } | undefined {
    const [start, end] = rangeOf(node);
    const raw = this.ctx.text.slice(start, end);
    if (node.type === 'JSXText') return { text: raw, offsets: [...Array(raw.length + 1).keys()].map((i) => start + i), holes: [] };
    if (node.type === 'Literal') return decodeInto(raw.slice(1, -1), start + 1);
    if (node.type === 'CallExpression') {
      const text = this.decoded(node);
      return text === undefined ? undefined : { text, offsets: Array<number>(text.length + 1).fill(start), holes: [] };
    }
    let text = '';
    const offsets: number[] = [];
    /** A value in the text: a constant inlined, code written only under a condition inlined as code, anything else a `ǂNǂ` identifier. */
    const hole = (expr: Node): void => {
      // `${ADS_ID ? `gtag('config', '${ADS_ID}');` : ''}`: the code runs when the condition holds, never when it is known not to.
      const code = codeBranch(unwrap(expr));
      if (code && this.knownTruth(code.test) === !code.when) return;
      const inner = code && this.sourceText(code.branch, holes);
      if (inner) {
        text += inner.text;
        offsets.push(...inner.offsets.slice(0, -1));
        return;
      }
      const v = this.value(expr);
      const constant = v.kind === 'str' && v.parts.every((p) => typeof p === 'string') ? (v.parts as string[]).join('') : undefined;
      const piece = constant ?? `ǂ${holes.push(v) - 1}ǂ`;
      const at = rangeOf(expr)[0];
      text += piece;
      for (let k = 0; k < piece.length; k++) offsets.push(at);
    };
    if (node.type === 'BinaryExpression') {
      // Concatenation: string literals decoded, every other operand a hole.
      for (const operand of concatenated(node)) {
        if (!isStringLiteral(operand)) {
          hole(operand);
          continue;
        }
        const part = this.sourceText(operand)!;
        text += part.text;
        offsets.push(...part.offsets.slice(0, -1));
      }
      offsets.push(end);
      return { text, offsets, holes };
    }
    // Template literal: quasis decoded; constant holes inlined; other holes become `ǂNǂ` identifiers.
    const quasis = node.quasis as Node[];
    const expressions = node.expressions as Node[];
    // espree and typescript-eslint include the delimiters (`` ` ``, `${`, `}`) in a quasi's range; Babel does not.
    const withDelimiters = rangeOf(quasis[0]!)[0] === start;
    for (let i = 0; i < quasis.length; i++) {
      const q = quasis[i]!;
      const [qs, qe] = rangeOf(q);
      const rawStart = withDelimiters ? qs + 1 : qs;
      const rawEnd = withDelimiters ? qe - (i === quasis.length - 1 ? 1 : 2) : qe;
      const part = decodeInto(this.ctx.text.slice(rawStart, rawEnd), rawStart);
      text += part.text;
      offsets.push(...part.offsets.slice(0, -1));
      const expr = expressions[i];
      if (expr) hole(expr);
    }
    offsets.push(end);
    return { text, offsets, holes };
  }

  // ───────────────────────────── names and values ─────────────────────────────

  private variable(id: Node): VariableLike | null {
    if (!this.refsByNode) {
      this.refsByNode = new Map();
      for (const scope of this.ctx.scopeManager.scopes) for (const ref of scope.references) this.refsByNode.set(ref.identifier, ref);
    }
    return this.refsByNode.get(id)?.resolved ?? this.templateNames?.get(id) ?? null;
  }

  /** The initializer of a variable written only there (`const path = location.pathname`). */
  private soleInit(id: Node): Node | undefined {
    const v = this.variable(id);
    const def = v?.defs.length === 1 ? v.defs[0]! : undefined;
    if (def?.type !== 'Variable' || def.name !== def.node.id || !def.node.init) return undefined;
    const init = def.node.init as Node;
    return v!.references.every((ref) => !ref.isWrite() || ref.writeExpr === init) ? init : undefined;
  }

  /** A name bound once by a destructuring declaration and never written again: `const { pathname } = init`, `const [, section] = init` (key `1`). */
  private destructured(id: Node): { init: Node; key: string } | undefined {
    const v = this.variable(id);
    const def = v?.defs.length === 1 ? v.defs[0]! : undefined;
    const pattern = def?.type === 'Variable' ? (def.node.id as Node) : undefined;
    if ((pattern?.type !== 'ObjectPattern' && pattern?.type !== 'ArrayPattern') || !def!.node.init || v!.references.some((ref) => ref.isWrite() && ref.writeExpr !== def!.node.init)) return undefined;
    if (pattern.type === 'ArrayPattern') {
      const index = (pattern.elements as Array<Node | null>).findIndex((e) => e !== null && unwrapPattern(e) === def!.name);
      return index < 0 ? undefined : { init: def!.node.init as Node, key: String(index) };
    }
    const prop = (pattern.properties as Node[]).find((p) => p.type === 'Property' && unwrap(p.value as Node) === def!.name);
    const key = prop && !prop.computed ? keyName(prop) : undefined;
    return key === undefined ? undefined : { init: def!.node.init as Node, key };
  }

  /** The module and export an imported name binds. */
  private imported(id: Node): { source: string; name: string } | undefined {
    const def = this.variable(id)?.defs[0];
    const found = def?.type === 'ImportBinding' && def.node.type !== 'ImportNamespaceSpecifier' ? importOf(def) : undefined;
    return found && { source: found.source, name: found.whole ? 'default' : found.name };
  }

  /** Unbound, or bound only by an ambient declaration / a configured global. */
  private isGlobal(id: Node): boolean {
    return !this.templateLocals?.has(id) && unbound(this.variable(id));
  }

  propName(member: Node): string | undefined {
    const prop = member.property as Node;
    // `this.#send` is not `this.send`: private names keep their `#`, as `keyName` gives them.
    if (!member.computed) return prop.type === 'Identifier' ? (prop.name as string) : prop.type === 'PrivateIdentifier' ? `#${prop.name as string}` : undefined;
    // TikTok's own code reads `window[window.TiktokAnalyticsObject]`.
    const inner = unwrap(prop);
    if (inner.type === 'MemberExpression' && !inner.computed && (inner.property as Node).name === 'TiktokAnalyticsObject') return 'ttq';
    return this.stringValue(prop);
  }

  stringValue(node: Node): string | undefined {
    const v = this.value(node);
    return v.kind === 'str' && v.parts.every((p) => typeof p === 'string') ? (v.parts as string[]).join('') : undefined;
  }

  /** Every fully known string a value can be. */
  strings(v: Value): string[] {
    if (v.kind === 'str') return v.parts.every((p) => typeof p === 'string') ? [(v.parts as string[]).join('')] : [];
    if (v.kind === 'any') return v.options.flatMap((o) => this.strings(o));
    if (v.kind === 'unknown' && v.macro?.values) return [...v.macro.values];
    return [];
  }

  value(node: Node): Value {
    const cached = this.values.get(node);
    if (cached) return cached;
    if (this.busy.has(node) || this.busy.size > MAX_DEPTH * 4) return { kind: 'unknown', range: rangeOf(node) };
    this.busy.add(node);
    let v: Value;
    try {
      v = this.compute(node);
    } finally {
      this.busy.delete(node);
    }
    this.values.set(node, v);
    return v;
  }

  private compute(node: Node): Value {
    const range = rangeOf(node);
    const unknown: Value = { kind: 'unknown', range };
    switch (node.type) {
      case 'Literal': {
        const val = node.value;
        if (typeof val === 'string') return this.literalString(val, range);
        if (typeof val === 'number' || typeof val === 'bigint') return { kind: 'num', range };
        if (typeof val === 'boolean') return { kind: 'bool', range, value: val };
        if (val === null && !node.regex) return { kind: 'nullish', range };
        return unknown;
      }
      case 'TemplateLiteral': {
        const parts: StrPart[] = [];
        const quasis = node.quasis as Node[];
        const expressions = node.expressions as Node[];
        quasis.forEach((q, i) => {
          const cooked = (q.value as { cooked?: string | null; raw: string }).cooked ?? (q.value as { raw: string }).raw;
          if (cooked) parts.push(...this.literalParts(cooked));
          const expr = expressions[i];
          if (expr) parts.push(...queryOrParts(parts, this.value(expr)));
        });
        return { kind: 'str', parts: mergeParts(parts), range };
      }
      case 'BinaryExpression': {
        // `answer === 'yes'`, `'a' in o`, `x instanceof Y`: a yes or no.
        if (COMPARISONS.has(node.operator as string)) return { kind: 'bool', range };
        if (node.operator !== '+') return { kind: 'num', range };
        const l = this.value(node.left as Node);
        const r = this.value(node.right as Node);
        // Two parameters joined (`this.base + path`) are text a call site fills in.
        if (l.kind !== 'str' && r.kind !== 'str' && !(isParam(l) && isParam(r))) return unknown;
        const left = partsOf(l);
        return { kind: 'str', parts: mergeParts([...left, ...queryOrParts(left, r)]), range };
      }
      case 'Identifier': {
        const v = this.identifierValue(node, range);
        // A Vue template reads a ref's value by its name (`track(service)` for `service.value`).
        return v.kind === 'obj' && v.vueRef && this.templateNames?.has(node) ? placedAt(v.props[0]!.value, range) : v;
      }
      case 'MemberExpression':
        return this.memberValue(node, range);
      case 'ObjectExpression':
        return this.objectValue(node, range);
      case 'ArrayExpression':
        return {
          kind: 'arr',
          items: (node.elements as Array<Node | null>).filter((e): e is Node => e !== null).flatMap((e) => (e.type === 'SpreadElement' ? this.spreadItems(e) : [this.value(e)])),
          range,
        };
      case 'ConditionalExpression': {
        const test = node.test as Node;
        return anyOf([this.allowedBy(test, node.consequent as Node, true) ?? this.value(node.consequent as Node), this.allowedBy(test, node.alternate as Node, false) ?? this.value(node.alternate as Node)], range);
      }
      case 'LogicalExpression':
        return anyOf([this.value(node.left as Node), this.value(node.right as Node)], range);
      case 'SequenceExpression':
        return this.value((node.expressions as Node[]).at(-1)!);
      case 'AssignmentExpression':
        return node.operator === '=' ? this.value(node.right as Node) : unknown;
      case 'UnaryExpression': {
        if (node.operator === 'void') return { kind: 'nullish', range };
        if (node.operator !== '!') return unknown;
        // `!1`, `!0`: how minifiers write false and true (`var ENABLE_META = !1`).
        const known = this.knownTruth(node.argument as Node);
        return { kind: 'bool', range, value: known === undefined ? undefined : !known };
      }
      case 'CallExpression':
        return this.callValue(node, range);
      case 'NewExpression':
        return this.urlValue(node, range) ?? this.queryValue(node, range) ?? this.blobValue(node) ?? this.typed(node, unknown);
      case 'JSXText':
        return this.literalString(node.value as string, range);
      default:
        if (TRANSPARENT.has(node.type)) return this.value(unwrap(node));
        return this.typed(node, unknown);
    }
  }

  /**
   * A branch that gives back a name only when a list written in the code holds it (`ALLOWED.includes(s) ? s : 'Other'`,
   * an allow-list sanitizer): the list's items, not whatever the name held. `taken`: the branch runs when the test holds.
   */
  private allowedBy(test: Node, branch: Node, taken: boolean): Value | undefined {
    let t = unwrap(test);
    while (t.type === 'UnaryExpression' && t.operator === '!') {
      taken = !taken;
      t = unwrap(t.argument as Node);
    }
    const name = unwrap(branch);
    if (!taken || t.type !== 'CallExpression' || name.type !== 'Identifier') return undefined;
    const callee = unwrap(t.callee as Node);
    const [arg] = argsOf(t);
    if (callee.type !== 'MemberExpression' || this.propName(callee) !== 'includes' || argsOf(t).length !== 1 || arg?.type !== 'Identifier' || arg.name !== name.name) return undefined;
    if (this.variable(arg) !== this.variable(name)) return undefined;
    const list = this.value(callee.object as Node);
    const items = list.kind === 'arr' && list.items.length > 0 ? anyOf([...list.items], rangeOf(branch)) : undefined;
    return items && knownTexts(items).complete ? items : undefined;
  }

  /** `new Blob([JSON.stringify(body)], { type: 'application/json' })`, a `sendBeacon` payload: what its one part holds. */
  private blobValue(node: Node): Value | undefined {
    const callee = unwrap(node.callee as Node);
    const [parts] = argsOf(node);
    if (callee.type !== 'Identifier' || callee.name !== 'Blob' || !this.isGlobal(callee) || parts?.type !== 'ArrayExpression') return undefined;
    const [only, more] = parts.elements as Array<Node | null>;
    return only && !more && only.type !== 'SpreadElement' ? this.value(only) : undefined;
  }

  /**
   * `new URLSearchParams({ id, ev })`: the query it writes from an object, read as the object, as
   * `$.param` is; `new URLSearchParams()` an empty one, filled by its `set` and `append` calls.
   */
  private queryValue(node: Node, range: Range): Value | undefined {
    const callee = unwrap(node.callee as Node);
    const [init] = argsOf(node);
    if (callee.type !== 'Identifier' || callee.name !== 'URLSearchParams' || !this.isGlobal(callee) || init?.type === 'SpreadElement') return undefined;
    if (!init) return { kind: 'obj', props: [], open: false, range, query: true };
    const v = this.value(init);
    return v.kind === 'obj' ? { ...v, range, query: true } : undefined;
  }

  /**
   * `new URL('/v19.0/1/events', 'https://graph.facebook.com')`: the address it makes (a path from the
   * root replaces the base's path; another relative one is appended to it).
   */
  private urlValue(node: Node, range: Range): Value | undefined {
    const callee = unwrap(node.callee as Node);
    if (callee.type !== 'Identifier' || callee.name !== 'URL' || !this.isGlobal(callee)) return undefined;
    const [input, base] = argsOf(node);
    if (!input || input.type === 'SpreadElement') return undefined;
    const path = this.value(input);
    const head = path.kind === 'str' ? path.parts[0] : undefined;
    if (!base || base.type === 'SpreadElement' || (typeof head === 'string' && /^(?:[a-z][\w+.-]*:|\/\/)/iu.test(head))) return path.kind === 'str' ? { ...path, range } : undefined;
    const root = this.value(base);
    const first = root.kind === 'str' ? root.parts[0] : undefined;
    if (typeof first !== 'string' || path.kind !== 'str') return undefined;
    const origin = /^(?:[a-z][\w+.-]*:)?\/\/[^/?#]*/iu.exec(first)?.[0];
    if (typeof head === 'string' && head.startsWith('/')) return origin === undefined ? undefined : { kind: 'str', parts: mergeParts([origin, ...path.parts]), range };
    return { kind: 'str', parts: mergeParts([...partsOf(root), ...(first.endsWith('/') ? [] : ['/']), ...path.parts]), range };
  }

  /**
   * The address a `new URL(…)` makes, where it is more than its first argument: joined with a base,
   * or held in a variable whose `searchParams` calls fill its query.
   */
  private madeUrl(node: Node): Value | undefined {
    const declarator = node.parent;
    const id = declarator?.type === 'VariableDeclarator' && declarator.init === node ? (declarator.id as Node) : undefined;
    const held = id?.type === 'Identifier' && isUrlConstructor(node) ? this.variable(id) : undefined;
    // Its calls come later in the code, which the walk (Babel's tree has no parents) has not reached yet.
    if (held?.references.some((r) => r.identifier.parent === undefined)) this.setParents();
    if (held && queryCalls(held, true).length) return this.value(id!);
    return argsOf(node).length > 1 ? this.urlValue(node, rangeOf(node)) : undefined;
  }

  private typed(node: Node, fallback: Value): Value {
    const values = this.ctx.typeValues?.(node);
    if (!values?.length) return fallback;
    const range = rangeOf(node);
    return anyOf(values.map((s) => ({ kind: 'str', parts: [s], range })), range);
  }

  private literalString(text: string, range: Range): Value {
    const parts = this.literalParts(text);
    if (parts.length === 1 && typeof parts[0] !== 'string') return { ...parts[0]!.hole, range };
    return { kind: 'str', parts, range };
  }

  /** Splits GTM macro placeholders and template holes out of literal text. */
  private literalParts(text: string): StrPart[] {
    return literalParts(text, this.ctx);
  }

  private macroValue(index: number, range: Range): Value {
    return macroValue(this.ctx.macro?.(index), range);
  }

  private identifierValue(node: Node, range: Range): Value {
    const list = this.loopItems?.get(node);
    if (list) return elementsOf(this.value(list), range) ?? { kind: 'unknown', range };
    const name = node.name as string;
    if (name === 'undefined' && this.isGlobal(node)) return { kind: 'nullish', range };
    const macro = placeholderIndex(name);
    if (macro !== undefined && this.ctx.macro) return { ...this.macroValue(macro, range), range };
    const hole = HOLE_ID.exec(name);
    if (hole && this.ctx.hole) return this.ctx.hole(Number(hole[1])) ?? { kind: 'unknown', range };
    const variable = this.variable(node);
    // `window.EV = 'Therapy Booked'` (or `EV = …`, undeclared) in a classic script, then `EV` read.
    if (!variable || variable.defs.length === 0) return (this.isGlobal(node) && (this.globalValue(name, range) ?? this.autoImportedValue(name, range))) || this.typed(node, { kind: 'unknown', range, describe: name });
    const def = variable.defs[0]!;
    if (def.type === 'Parameter') {
      const passed = this.paramValue(def.node, def.name, range);
      const written = passed.kind === 'unknown' && passed.param && passed.param.key === undefined ? this.paramWrites(variable, passed) : undefined;
      // `function identify(u) { u.em = email; fbq('init', id, u) }`: what the site passes, with the keys set here.
      const value: Value = written ? { kind: 'obj', props: [{ key: undefined, keyRange: range, value: passed, spread: true }, ...written], open: true, range } : passed;
      return this.reassignedParam(variable, def.name, value, range);
    }
    if (def.type === 'Variable') {
      const decl = def.node;
      // `for (const name of ['a', 'b'])`: each element.
      const loop = (decl.parent as Node | null | undefined)?.parent;
      if (loop?.type === 'ForOfStatement' && loop.left === decl.parent && (decl.id as Node).type === 'Identifier') {
        return elementsOf(this.value(loop.right as Node), range) ?? { kind: 'unknown', range, describe: name };
      }
      if ((decl.id as Node).type !== 'Identifier') return this.patternValue(decl, def.name, range);
      return this.declaredValue(variable, range);
    }
    if (def.type === 'TSEnumName') return { kind: 'unknown', range, describe: name };
    if (def.type === 'ImportBinding') {
      const held = this.importedValue(def, range);
      if (held) return held;
    }
    return this.typed(node, { kind: 'unknown', range, describe: name });
  }

  /**
   * What a variable declared with a plain name holds: each value written to it, with the members
   * set on it later. One value per variable, whichever reference asks: chains of multi-write
   * variables (`v1 = v0; v1 = v0; v2 = v1; …`, as in minified code) stay linear.
   */
  private declaredValue(variable: VariableLike, range: Range): Value {
    const known = this.variableValues.get(variable);
    if (known) return known;
    const writes = variable.references.filter((r) => r.isWrite() && r.writeExpr);
    const options = writes.map((r) => this.value(r.writeExpr!));
    // A classic script's global is also written through the global object (`window.ENABLE_META = true`).
    if (variable.scope?.type === 'global') for (const write of this.globalWrites(variable.name)) options.push(this.assignedValue(write, range));
    // Svelte's `bind:value={email}`: what the visitor types.
    if (variable.references.some((r) => r.isWrite() && !r.writeExpr && r.identifier.parent?.type === 'SvelteDirective')) options.push({ kind: 'unknown', range });
    const v = options.length === 1 ? options[0]! : options.length ? anyOf(options, range) : { kind: 'unknown' as const, range };
    const made = writes.length === 1 ? unwrap(writes[0]!.writeExpr!) : undefined;
    const result = made?.type === 'NewExpression' && isUrlConstructor(made) ? this.withSearchParams(variable, v) : this.withMemberWrites(variable, v);
    this.variableValues.set(variable, result);
    return result;
  }

  /** What an assignment stores: its right side for `=`, unknown for `+=` and the like. */
  private assignedValue(assign: Node, range: Range): Value {
    return assign.operator === '=' ? this.value(assign.right as Node) : { kind: 'unknown', range };
  }

  /**
   * What a classic script's global holds where it is read through the global object (`window.EV`)
   * or by a name nothing declares (`EV`): its top-level declaration's value, or else what the code
   * writes to it (`window.EV = …`, `EV = …`). Undefined when the code neither declares nor writes it.
   */
  private globalValue(name: string, range: Range): Value | undefined {
    const globalScope = this.ctx.scopeManager.scopes[0] as (ScopeLike & { set?: Map<string, VariableLike>; through?: ReferenceLike[] }) | undefined;
    if (!globalScope || globalScope.type !== 'global') return undefined;
    const declared = globalScope.set?.get(name);
    const def = declared?.defs[0];
    if (def && !unbound(declared!)) {
      const simple = def.type === 'Variable' && (def.node.id as Node).type === 'Identifier' && (def.node.parent as Node | undefined)?.parent?.type !== 'ForOfStatement';
      return simple ? placedAt(this.declaredValue(declared!, range), range) : undefined;
    }
    if (!this.implicitWriteIndex) {
      this.implicitWriteIndex = new Map();
      for (const ref of globalScope.through ?? []) {
        if (!ref.isWrite() || !ref.writeExpr) continue;
        const key = ref.identifier.name as string;
        this.implicitWriteIndex.set(key, [...(this.implicitWriteIndex.get(key) ?? []), ref.writeExpr]);
      }
    }
    const options = [...this.globalWrites(name).map((write) => this.assignedValue(write, range)), ...(this.implicitWriteIndex.get(name) ?? []).map((expr) => this.value(expr))];
    return options.length === 0 ? undefined : options.length === 1 ? placedAt(options[0]!, range) : anyOf(options, range);
  }

  /**
   * A name the file uses with no import, that the framework hands it: a Nuxt app's auto-imported
   * constant (`utils/events.ts`), or a value an Astro component passes its script with `define:vars`.
   */
  private autoImportedValue(name: string, range: Range): Value | undefined {
    const source = this.ctx.imported?.autoImports?.().get(name);
    const value = source === undefined ? undefined : this.ctx.imported!.value(source, name);
    return value && placedAt(value, range);
  }

  /**
   * A constant another module of the project exports (`import { EVENTS } from './events'`), shown
   * at the name that imports it: its ranges are in the other file.
   */
  private importedValue(def: DefinitionLike, range: Range): Value | undefined {
    const from = this.ctx.imported && moduleExport(def);
    const value = from && this.ctx.imported!.value(from.source, from.name);
    return value && placedAt(value, range);
  }

  /**
   * A parameter assigned in its function (`name = name || 'Therapy Booked'`, `if (!name) name = …`,
   * the ES5 default): what the site passes or what is assigned; an assignment at the top of the
   * body before the read replaces what the site passes (its own right side still reads it).
   */
  private reassignedParam(variable: VariableLike, id: Node, passed: Value, range: Range): Value {
    const writes = variable.references.filter((r) => r.isWrite() && r.writeExpr && r.identifier !== id);
    if (!writes.length || this.reassigning.has(variable)) return passed;
    this.reassigning.add(variable);
    try {
      const body = (enclosingFunction(id) as Node | undefined)?.body;
      const options = writes.map((r) => this.value(r.writeExpr!));
      const replaced = writes.some((r) => {
        const assign = r.identifier.parent;
        return assign?.type === 'AssignmentExpression' && assign.operator === '=' && assign.parent?.type === 'ExpressionStatement' && assign.parent.parent === body && rangeOf(assign)[1] <= range[0];
      });
      return anyOf(replaced ? options : [passed, ...options], range);
    } finally {
      this.reassigning.delete(variable);
    }
  }

  /** `const match = {}; match.em = email;` → the object with `em`; `const ids = []; ids.push({ hashedEmail })` → the array with it. */
  private withMemberWrites(variable: VariableLike, v: Value): Value {
    if (v.kind === 'arr') return this.withPushes(variable, v);
    // `const args = anonId ? { anon_id: anonId } : {}; args.em = email`: the writes go into whichever object it is;
    // `queue.push(n)` into whichever list a variable reset after a flush (`queue = []`) holds.
    if (v.kind === 'any' && v.options.some((o) => o.kind === 'obj' || o.kind === 'arr')) {
      const given = v.options;
      const options = given.map((o) => (o.kind === 'obj' || o.kind === 'arr' ? this.withMemberWrites(variable, o) : o));
      return options.every((o, i) => o === given[i]) ? v : { ...v, options };
    }
    if (v.kind !== 'obj') return v;
    if (v.query) v = this.withQueryCalls(variable, v);
    const { writes, nested, assigns, firstRead } = memberWrites(variable);
    // `var c2 = cfg; c2.ev = …` writes into the same object (after `cfg` is read: it may have run).
    for (const alias of this.aliasesOf(variable)) writes.push(...memberWrites(alias).writes);
    const handed = this.handedWrites(variable);
    if (!writes.length && !assigns.length && !nested.length && !handed.length) return v;
    const built = new ObjectBuilder(v.props, v.open);
    if (handed.length) built.add(handed);
    const declaration = variable.defs[0]?.parent;
    const events = [...writes.map((w) => ({ node: w.assign, member: w.member })), ...assigns.map((node) => ({ node, member: undefined }))];
    if (assigns.length) events.sort((a, b) => rangeOf(a.node)[0] - rangeOf(b.node)[0]);
    for (const { node, member } of events) {
      // A statement right in the declaring block, before the object is read, always replaces the keys it sets.
      const always = node.parent?.type === 'ExpressionStatement' && declaration?.parent !== undefined && node.parent.parent === declaration.parent && rangeOf(node)[1] <= firstRead;
      if (!member) {
        // `Object.assign(payload, { content_category })` merges into the object.
        for (const a of argsOf(node).slice(1)) if (a) built.spread(a.type === 'SpreadElement' ? unknownAt(a) : this.value(a), rangeOf(a), always);
        continue;
      }
      const key = this.propName(member);
      const prop = { key, keyRange: rangeOf(member.property as Node), value: this.value(node.right as Node) };
      if (always && key !== undefined) built.set([prop]);
      else built.add([prop]);
    }
    // `payload.context.user = { email }`: the inner object with that key too (it may or may not have run).
    for (const { members, assign } of nested) {
      const keys = members.map((m) => this.propName(m));
      if (keys.some((k) => k === undefined)) continue;
      const value = this.value(assign.right as Node);
      const inner = keys.slice(1).reduceRight<Value>((acc, key, i) => ({ kind: 'obj', props: [{ key, keyRange: rangeOf(members[i + 1]!.property as Node), value: acc }], open: true, range: rangeOf(members[i + 1]!) }), value);
      const outer = lookup(v, keys[0]!);
      const merged: Value = outer?.kind === 'obj' ? { ...outer, props: [...outer.props, ...(inner as Extract<Value, { kind: 'obj' }>).props] } : inner;
      built.add([{ key: keys[0], keyRange: rangeOf(members[0]!.property as Node), value: merged }]);
    }
    const { props, open } = built.object(v.range);
    return this.withoutReplaced({ ...v, props, open });
  }

  /** A `URLSearchParams` with the pairs its `set` and `append` calls add (they may or may not have run). */
  private withQueryCalls(variable: VariableLike, v: Extract<Value, { kind: 'obj' }>): Extract<Value, { kind: 'obj' }> {
    const added = queryCalls(variable, false).map(({ key, value }) => ({ key: this.stringValue(key), keyRange: rangeOf(key), value: this.value(value) }));
    if (!added.length) return v;
    const built = new ObjectBuilder(v.props, v.open);
    built.add(added);
    return { ...v, ...built.object(v.range) };
  }

  /**
   * A `new URL(…)` with the pairs its `searchParams.set` and `append` calls add to its query,
   * written as the URL writes them (`?ev=Therapy+Booked`).
   */
  private withSearchParams(variable: VariableLike, v: Value): Value {
    if (v.kind !== 'str') return v;
    const calls = queryCalls(variable, true);
    if (!calls.length) return v;
    const parts: StrPart[] = [...v.parts];
    let hasQuery = parts.some((p) => typeof p === 'string' && p.includes('?'));
    for (const { key, value } of calls) {
      const name = this.stringValue(key);
      if (name === undefined) continue;
      parts.push(`${hasQuery ? '&' : '?'}${formEncoded(name)}=`, ...formParts(this.value(value)));
      hasQuery = true;
    }
    return { ...v, parts: mergeParts(parts) };
  }

  /** Variables declared as another name for `variable` (`var c2 = cfg`) and never written again. */
  private aliasesOf(variable: VariableLike): VariableLike[] {
    const aliases: VariableLike[] = [];
    for (const ref of variable.references) {
      const declarator = ref.identifier.parent;
      if (declarator?.type !== 'VariableDeclarator' || declarator.init !== ref.identifier || (declarator.id as Node).type !== 'Identifier') continue;
      const alias = this.ctx.scopeManager.getDeclaredVariables(declarator)[0];
      if (alias && alias !== variable && alias.references.every((r) => !r.isWrite() || r.writeExpr === ref.identifier)) aliases.push(alias);
    }
    return aliases;
  }

  /**
   * Keys the file's own functions set on the object a call hands them: `setEmail(ids)` of
   * `function setEmail(target) { target.email = … }` (also under a condition: it may have run).
   */
  private handedWrites(variable: VariableLike): Prop[] {
    const props: Prop[] = [];
    for (const ref of variable.references) {
      const call = ref.identifier.parent;
      const index = call?.type === 'CallExpression' ? argsOf(call).indexOf(ref.identifier) : -1;
      const callee = index >= 0 ? unwrap(call!.callee as Node) : undefined;
      const fn = callee?.type === 'Identifier' ? this.localFunction(callee) : undefined;
      const param = fn ? (fn.params as Node[])[index] : undefined;
      if (param?.type !== 'Identifier') continue;
      const target = this.ctx.scopeManager.getDeclaredVariables(fn!).find((v) => v.defs.some((d) => d.name === param));
      if (!target || target === variable) continue;
      for (const { member, assign } of memberWrites(target, { plainOnly: true }).writes) {
        props.push({ key: this.propName(member), keyRange: rangeOf(member.property as Node), value: this.value(assign.right as Node) });
      }
    }
    return props;
  }

  /**
   * Keys a function sets on a parameter (`opts.name = 'Lead'`): set at the top of its body before
   * the parameter is read, a key is what the function sets; set conditionally (`if (!opts.name)
   * opts.name = 'Lead'`), it is that or what the site passes.
   */
  private paramWrites(variable: VariableLike, passed: Extract<Value, { kind: 'unknown' }>): Prop[] | undefined {
    if (this.paramProps.has(variable)) return this.paramProps.get(variable) ?? undefined;
    const { writes, assigns, firstRead } = memberWrites(variable, { plainOnly: true });
    // While the writes are read, the parameter is what the site passes (`opts.name = opts.name || 'Lead'`).
    this.paramProps.set(variable, null);
    if (writes.length === 0 && assigns.length === 0) return undefined;
    const body = passed.param!.fn.body;
    // `opts.name = 'Lead'`, and `Object.assign(opts, { name: 'Lead' })` as one write per key it certainly sets.
    const events = writes.map(({ member, assign }) => ({ node: assign, sets: (): Array<Prop & { certain: boolean; range?: Range }> => [{ key: this.propName(member), keyRange: rangeOf(member.property as Node), value: this.value(assign.right as Node), certain: true, range: rangeOf(member) }] }));
    for (const call of assigns) events.push({ node: call, sets: () => argsOf(call).slice(1).flatMap((a) => (a && a.type !== 'SpreadElement' ? assignedProps(this.value(a)) : [])) });
    if (assigns.length) events.sort((a, b) => rangeOf(a.node)[0] - rangeOf(b.node)[0]);
    let props: Prop[] = [];
    for (const { node, sets } of events) {
      const top = node.parent?.type === 'ExpressionStatement' && node.parent.parent === body && rangeOf(node)[1] <= firstRead;
      for (const { key, keyRange, value, certain, range = keyRange } of sets()) {
        const always = top && certain;
        const before = key === undefined ? undefined : always ? undefined : (props.findLast((q) => q.key === key)?.value ?? { kind: 'unknown', range, param: { ...passed.param!, key }, describe: `${passed.describe ?? 'arg'}.${key}` });
        if (always) props = props.filter((q) => q.key !== key);
        props.push({ key, keyRange, value: before ? anyOf([value, before], range) : value });
      }
    }
    this.paramProps.set(variable, props.length ? props : null);
    return props.length ? props : undefined;
  }

  private withPushes(variable: VariableLike, v: Extract<Value, { kind: 'arr' }>): Value {
    const pushed: Value[] = [];
    const unshifted: Value[] = [];
    for (const ref of variable.references) {
      const member = ref.identifier.parent;
      const call = member?.parent;
      // `contents[0] = { content_name: … }`: an item it may hold (the one it replaces is kept too).
      if (member?.type === 'MemberExpression' && member.object === ref.identifier && member.computed && call?.type === 'AssignmentExpression' && call.left === member && call.operator === '=') {
        pushed.push(this.value(call.right as Node));
        continue;
      }
      if (member?.type !== 'MemberExpression' || member.object !== ref.identifier || call?.type !== 'CallExpression' || call.callee !== member) continue;
      const method = this.propName(member);
      if (method !== 'push' && method !== 'unshift' && method !== 'splice') continue;
      // `splice(start, count, …items)` inserts its items.
      const values = argsOf(call).slice(method === 'splice' ? 2 : 0).flatMap((arg) => (arg && arg.type !== 'SpreadElement' ? [this.value(arg)] : []));
      if (method === 'unshift') unshifted.unshift(...values);
      else pushed.push(...values);
    }
    return pushed.length || unshifted.length ? { ...v, items: [...unshifted, ...v.items, ...pushed] } : v;
  }

  private paramValue(fn: Node, id: Node, range: Range): Value {
    // Svelte's `{#each services as s}` binds `s` to each element of the list.
    if (fn.type === 'SvelteEachBlock') return (fn.context === id && elementsOf(this.value(fn.expression as Node), range)) || { kind: 'unknown', range };
    const params = fn.params as Node[] | undefined;
    // Any other block that binds names as parameters (a template's loop): nothing is known of them.
    if (!params) return { kind: 'unknown', range };
    let found: PatternPath | undefined;
    const index = params.findIndex((p) => (found = this.patternPath(p, id)) !== undefined);
    if (index < 0 || !found) return { kind: 'unknown', range };
    const { keys, omit, defaultAt, byDefault: fallback } = found as PatternPath;
    const key = keys.length ? keys.join(KEY_PATH) : undefined;
    // Immediately invoked: `(function (w, d, t) {…})(window, document, 'ttq')`.
    const call = iifeCall(fn);
    if (call) {
      const arg = argsOf(call)[index];
      const v = arg && arg.type !== 'SpreadElement' ? this.value(arg) : undefined;
      const under = v && atPath(v, keys);
      return (under && omitKeys(under, omit)) ?? { kind: 'unknown', range };
    }
    // A callback's first parameter, `receiver.method((param) => …)`.
    const host = fn.parent;
    const method = index === 0 && host?.type === 'CallExpression' && argsOf(host)[0] === fn ? unwrap(host.callee as Node) : undefined;
    if (method?.type === 'MemberExpression' && !omit) {
      const name = this.propName(method) ?? '';
      const receiver = unwrap(method.object as Node);
      // `getUserData(user).then((data) => …)`: what the async helper resolves to; `Promise.resolve(x).then(…)`, x.
      if (name === 'then' && receiver.type === 'CallExpression') {
        const [given] = argsOf(receiver);
        const helper = this.localFunction(unwrap(receiver.callee as Node));
        const resolved = helper?.async ? this.helperResult(receiver, helper, range) : memberText(unwrap(receiver.callee as Node)) === 'Promise.resolve' && given && given.type !== 'SpreadElement' ? this.value(given) : undefined;
        const v = resolved && atPath(resolved, keys);
        if (v) return v;
      }
      // `['a', 'b'].forEach(function (name) { ttq.track(name); })`: each element; `({ name }) => …`,
      // `([, name]) => …` (of `Object.entries(…)`): the part of each the pattern takes.
      if (ITERATION_METHODS.has(name)) {
        const each = elementsOf(this.value(method.object as Node), range);
        const part = each && (key === undefined ? each : atPath(each, keys));
        if (part) return part;
      }
      // Vue Router's `router.afterEach((to) => …)`: the route navigated to, whose `meta` is one of the
      // routes table's (`{ path: '/hiv-prep', meta: { category: 'HIV Prevention' } }`); the rest is the visit's.
      if (VUE_ROUTER_HOOKS.has(name)) {
        const route = this.routeOfHook(receiver, range);
        const part = route && (key === undefined ? route : atPath(route, keys));
        if (part) return part;
      }
    }
    // `setTimeout((name) => ttq.track(name), 0, 'HIV Test')`: a timer hands its callback the arguments after the delay.
    const timer = host?.type === 'CallExpression' && argsOf(host)[0] === fn ? unwrap(host.callee as Node) : undefined;
    if (timer && !omit && TIMERS.test(memberText(timer))) {
      const passed = argsOf(host!)[2 + index];
      const v = passed && passed.type !== 'SpreadElement' ? atPath(this.value(passed), keys) : undefined;
      if (v) return v;
    }
    // A default (`name = 'Therapy Booked'`, `params = { … }`, `({ name } = { name: '…' })`) is sent
    // whenever a call leaves out what it stands in for: a call in the file, or any caller when the
    // file has none. One above the name (`{ event: { name } = {…} }`) gives its key under the name's path.
    const byDefault = fallback && keys.slice(defaultAt.length).reduce<Value | undefined>((v, k) => v && memberOf(v, k, range), this.value(fallback));
    const outer = defaultAt.length ? defaultAt.join(KEY_PATH) : undefined;
    const used = byDefault !== undefined && (texts(byDefault).length > 0 || byDefault.kind === 'obj') && this.defaultUsed(fn, id, index, outer);
    const defaultFor = used && defaultAt.length < keys.length ? { defaultFor: { key: outer } } : {};
    return { kind: 'unknown', range, param: { fn, index, key, ...(omit ? { omit } : {}), ...defaultFor }, describe: id.name as string, ...(used ? { fallback: byDefault } : {}) };
  }

  private defaultUsed(fn: Node, id: Node, index: number, key: string | undefined): boolean {
    // Reassigned in the function: whatever it holds then is not the default (`category = 'Clinic page'`).
    const variable = this.ctx.scopeManager.getDeclaredVariables(fn).find((v) => v.defs.some((d) => d.name === id));
    if (variable?.references.some((r) => r.isWrite() && r.identifier !== id)) return false;
    const binding = functionBinding(fn);
    // An exported function's callers in other files may leave the argument out.
    if (binding && this.exported(binding)) return true;
    const sites = binding ? this.callSitesOf(binding) : [];
    return sites.length === 0 || sites.some((site) => {
      // `[{ name: 'Lead' }, {}].forEach(send)`: each element is a site's first argument.
      if (this.iterationSites.has(site)) return index === 0 && mayBeUndefined(this.elementsAt(site) ?? { kind: 'unknown', range: rangeOf(site) }, key === undefined ? [] : keyPath(key));
      if (site.type === 'JSXElement') return key === undefined || (this.argValue(site, index, key)?.kind ?? 'nullish') === 'nullish';
      const arg = siteArg(site, index);
      if (arg === undefined) return false;
      if (arg === null) return true;
      return key === undefined ? this.forwardsMissing(arg) : mayBeUndefined(this.value(arg), keyPath(key));
    });
  }

  /**
   * The route a Vue Router hook is given, as far as the router's routes table (`createRouter({ routes })`
   * from `vue-router`, in this file) says: an object whose `meta` is any of its routes' (children's
   * too), and whose other keys are the visit's.
   */
  private routeOfHook(receiver: Node, range: Range): Value | undefined {
    const made = receiver.type === 'Identifier' ? this.soleInit(receiver) : undefined;
    const call = made && unwrap(made);
    if (call?.type !== 'CallExpression' || unwrap(call.callee as Node).type !== 'Identifier' || this.importedFrom(unwrap(call.callee as Node))?.source !== 'vue-router') return undefined;
    const options = argsOf(call)[0];
    const routes = options && options.type !== 'SpreadElement' ? lookupValue(this.value(options), 'routes') : undefined;
    const metas: Value[] = [];
    const collect = (list: Value | undefined, depth: number): void => {
      const items = list?.kind === 'arr' ? list.items : list?.kind === 'any' ? list.options.flatMap((o) => (o.kind === 'arr' ? o.items : [])) : [];
      for (const route of items) {
        if (route.kind !== 'obj') continue;
        const meta = lookup(route, 'meta');
        if (meta) metas.push(meta);
        if (depth < 4) collect(lookup(route, 'children'), depth + 1);
      }
    };
    collect(routes, 0);
    return metas.length ? { kind: 'obj', props: [{ key: 'meta', keyRange: range, value: anyOf(metas, range) }], open: true, range } : undefined;
  }

  /**
   * `function helper(o) { send(o); } helper();`: the argument is a parameter that a site of its own
   * function leaves out (only where all its sites are known: not exported, called in the file).
   */
  private forwardsMissing(arg: Node, depth = 0): boolean {
    const variable = arg.type === 'Identifier' && depth < 3 ? this.variable(arg) : undefined;
    const def = variable?.defs[0];
    if (def?.type !== 'Parameter' || variable!.references.some((r) => r.isWrite() && r.identifier !== def.name)) return false;
    const index = paramsOf(def)?.indexOf(def.name) ?? -1;
    const binding = index < 0 ? undefined : functionBinding(def.node);
    if (!binding || this.exported(binding)) return false;
    return this.callSitesOf(binding).some((site) => {
      if (site.type === 'JSXElement' || this.iterationSites.has(site)) return false;
      const a = siteArg(site, index);
      return a === null || (a !== undefined && this.forwardsMissing(a, depth + 1));
    });
  }

  /**
   * The path to `id` in pattern `p` (a parameter, or a property's value inside one); undefined if not
   * there or behind a computed key without a static value (`{ [KEY]: { send } }` with `KEY` a constant is read).
   */
  private patternPath(p: Node, id: Node, keys: string[] = []): PatternPath | undefined {
    // `constructor(private base: string)`: the parameter inside the property.
    if (p.type === 'TSParameterProperty') return this.patternPath(p.parameter as Node, id, keys);
    const pattern = unwrapPattern(p);
    const here = p.type === 'AssignmentPattern' ? { byDefault: p.right as Node, defaultAt: keys } : undefined;
    if (pattern === id) return { keys, defaultAt: [], ...here };
    if (keys.length >= MAX_KEY_PATH) return undefined;
    // `([{ name }]) => …`, `{ event: [first, second] }`: an element's index is its key (a rest is not followed).
    if (pattern.type === 'ArrayPattern') {
      for (const [i, el] of (pattern.elements as Array<Node | null>).entries()) {
        const found = el && el.type !== 'RestElement' ? this.patternPath(el, id, [...keys, String(i)]) : undefined;
        if (found) return found.byDefault || !here ? found : { ...found, ...here };
      }
      return undefined;
    }
    if (pattern.type !== 'ObjectPattern') return undefined;
    const props = pattern.properties as Node[];
    for (const q of props) {
      if (q.type === 'RestElement') {
        // `({ event, ...rest })`: what the site passes, but for the keys taken out before it.
        if (q.argument === id) return { keys, omit: props.flatMap((o) => (o.type === 'Property' ? (this.propertyKey(o) ?? []) : [])), defaultAt: [], ...here };
        continue;
      }
      const key = q.type === 'Property' ? this.propertyKey(q) : undefined;
      const found = key === undefined ? undefined : this.patternPath(q.value as Node, id, [...keys, key]);
      // The default nearest the name wins; one further out applies only through it.
      if (found) return found.byDefault || !here ? found : { ...found, ...here };
    }
    return undefined;
  }

  /** A property's key: its name, or the static value of a computed one (`[KEY]`). */
  private propertyKey(p: Node): string | undefined {
    return p.computed ? this.stringValue(p.key as Node) : keyName(p);
  }

  private patternValue(decl: Node, id: Node, range: Range): Value {
    const state = this.stateValue(decl, id, range);
    if (state) return state;
    // `const { eventName } = CONSTANTS`, `const { event: { name } } = opts`; `for (const { name } of list)`: each element.
    const loop = (decl.parent as Node | null | undefined)?.parent;
    const list = !decl.init && loop?.type === 'ForOfStatement' && loop.left === decl.parent ? (loop.right as Node) : undefined;
    const path = decl.init || list ? this.patternPath(decl.id as Node, id) : undefined;
    if (!path) return { kind: 'unknown', range };
    // `const { IVF } = Analytics.Events`: the namespace's constant.
    const ns = path.keys.length && !list ? this.namespaceRef(decl.init as Node) : undefined;
    let v: Value | undefined = ns ? this.declaredMember(ns.root, path.keys[0]!, ns.path) : list ? (elementsOf(this.value(list), range) ?? { kind: 'unknown', range }) : this.value(decl.init as Node);
    // Of a parameter: what each site passes under that key; with its default (`{ name = 'Lead' }`)
    // where the value there may be undefined.
    const dflt = path.byDefault && path.defaultAt.length > (ns ? 1 : 0) ? path.defaultAt.length : 0;
    for (let i = ns ? 1 : 0; i < path.keys.length; i++) {
      // `const { event: { name = '…' } = {} } = {}`: nothing there, but a default below stands in.
      if (!v && i < dflt) v = { kind: 'obj', props: [], open: false, range };
      if (!v) return { kind: 'unknown', range };
      v = i + 1 === dflt ? this.defaulted(v, path.keys[i]!, this.value(path.byDefault!), range) : this.propOf(v, path.keys[i]!, range);
    }
    if (!v) return { kind: 'unknown', range };
    if (!path.omit) return v;
    // `const { event, ...rest } = opts`: the object without the keys taken before it.
    return v.kind === 'unknown' && v.param ? { ...v, range, param: { ...v.param, omit: path.omit } } : omitKeys(v, path.omit);
  }

  /**
   * React state (`const [name, setName] = useState('Anxiety Therapy Started')`): its first value and
   * each value the file's setter calls give it (`setName('IVF Consult')`; an updater function, or a
   * setter handed on, may give anything).
   */
  private stateValue(decl: Node, id: Node, range: Range): Value | undefined {
    const pattern = decl.id as Node;
    const init = decl.init ? unwrap(decl.init as Node) : undefined;
    if (pattern.type !== 'ArrayPattern' || init?.type !== 'CallExpression' || !/^(?:React\.)?useState$/u.test(memberText(init.callee as Node))) return undefined;
    const [state, setter] = pattern.elements as Array<Node | null>;
    if (!state || unwrapPattern(state) !== id) return undefined;
    const first = argsOf(init)[0];
    const options: Value[] = [first && !FUNCTION_TYPES.has(first.type) ? this.value(first) : { kind: 'unknown', range }];
    const set = setter?.type === 'Identifier' ? this.ctx.scopeManager.getDeclaredVariables(decl).find((v) => v.name === setter.name) : undefined;
    for (const ref of set?.references ?? []) {
      const call = ref.identifier.parent;
      const called = call?.type === 'CallExpression' && call.callee === ref.identifier;
      const arg = called ? argsOf(call)[0] : undefined;
      // A setter handed on (`<Toggle onChange={setOn} />`) may set anything.
      if (!called || (arg && FUNCTION_TYPES.has(arg.type))) options.push({ kind: 'unknown', range });
      else if (arg) options.push(this.value(arg));
    }
    return options.length === 1 ? placedAt(options[0]!, range) : anyOf(options, range);
  }

  /**
   * Vue state, as React's (`stateValue`): `ref('Depression Therapy')` holds its first value as
   * `.value`, and `reactive({ … })` the values of its object, each or what the page sets later
   * (`computed` is `memoized`). Only Vue's own (imported from `vue`, or auto-imported by Nuxt).
   */
  private vueState(callee: Node, name: string, arg: Node, range: Range): Value | undefined {
    const from = this.imported(callee);
    if (from ? !(VUE_MODULES.has(from.source) && from.name === name) : !this.isGlobal(callee)) return undefined;
    const v = this.value(arg);
    return name === 'ref' || name === 'shallowRef' ? vueRef(orLater(v), range) : reactive(v, range);
  }

  /**
   * Svelte 5's runes, which are globals of a component: `$state(v)` (and `$state.raw`) holds `v` or
   * what the page sets later (`bind:value`), an object's keys each, as Vue's `ref` and `reactive`; `$derived(e)`
   * is `e`, and `$derived.by(() => …)` what the function returns.
   */
  private svelteRune(call: Node, callee: Node, range: Range): Value | undefined {
    const base = callee.type === 'MemberExpression' && !callee.computed ? (callee.object as Node) : callee;
    if (base.type !== 'Identifier' || (base.name !== '$state' && base.name !== '$derived') || !this.isGlobal(base)) return undefined;
    const rune = callee === base ? (base.name as string) : `${base.name as string}.${this.propName(callee) ?? ''}`;
    const arg = argsOf(call)[0];
    if (!arg || arg.type === 'SpreadElement') return undefined;
    if (rune === '$derived') return placedAt(this.value(arg), range);
    if (rune === '$derived.by') return FUNCTION_TYPES.has(arg.type) && (arg.params as Node[]).length === 0 ? this.helperResult(call, arg, range) : undefined;
    if (rune !== '$state' && rune !== '$state.raw') return undefined;
    // A field's state, `let email = $state('')` with `bind:value={email}`: what the visitor types later.
    const v = this.value(arg);
    return v.kind === 'obj' ? reactive(v, range) : orLater(placedAt(v, range));
  }

  /**
   * `const { name = 'Lead' } = opts`: key `key` of `v`, or the default where it may be undefined: a
   * key the object lacks or may lack, an unknown object, a site that leaves it out (`defaultUsed`).
   */
  private defaulted(v: Value, key: string, byDefault: Value, range: Range): Value {
    if (v.kind === 'any') return anyOf(v.options.map((o) => this.defaulted(o, key, byDefault, range)), range);
    const at = this.propOf(v, key, range);
    if (at === undefined) return v.kind === 'obj' && !v.open ? byDefault : anyOf([{ kind: 'unknown', range }, byDefault], range);
    const value = this.orDefault(at, byDefault, range);
    const site = at.kind === 'unknown' && at.param !== undefined;
    // Set only on some paths (a conditional spread, a write in a branch): maybe not there.
    const certain = v.kind === 'obj' && v.props.some((p) => p.key === key && !p.maybe);
    return !site && v.kind === 'obj' && !certain ? anyOf([value, byDefault], range) : value;
  }

  private orDefault(v: Value, byDefault: Value, range: Range): Value {
    if (v.kind === 'nullish') return byDefault;
    if (v.kind === 'any') return anyOf(v.options.map((o) => this.orDefault(o, byDefault, range)), range);
    if (v.kind !== 'unknown' || !v.param || v.fallback || !(texts(byDefault).length > 0 || byDefault.kind === 'obj')) return v;
    // What a site passes, or the default where one leaves it out: as for a parameter's own default.
    const { fn, index, key } = v.param;
    const param = unwrapPattern((fn.params as Node[])[index]!);
    return this.defaultUsed(fn, param, index, key) ? { ...v, fallback: byDefault } : v;
  }

  private memberValue(node: Node, range: Range): Value {
    const index = node.computed ? unwrap(node.property as Node) : undefined;
    // `pair[1]`: an index, of an array or of each of several (`Object.entries(…)`'s pairs).
    const key = this.propName(node) ?? (index?.type === 'Literal' && typeof index.value === 'number' ? String(index.value) : undefined);
    const object = unwrap(node.object as Node);
    if (key !== undefined) {
      if (object.type === 'Identifier' || object.type === 'MemberExpression') {
        // `Analytics.Events.IVF` of nested namespaces, also through an alias (`import E = Analytics.Events`).
        const ns = this.namespaceRef(object);
        const declared = ns ? this.declaredMember(ns.root, key, ns.path) : object.type === 'Identifier' ? (this.enumMember(object, key) ?? this.declaredMember(object, key)) : undefined;
        if (declared) return declared;
      }
      const own = object.type === 'ThisExpression' ? this.thisMember(object, key) : undefined;
      if (own) return own;
      // `window.EV`: the classic script's global `EV`, declared or written through the global object.
      const global = this.isGlobalObject(object) ? this.globalValue(key, range) : undefined;
      if (global) return global;
      const obj = this.value(object);
      const item = obj.kind === 'arr' || (obj.kind === 'any' && obj.options.every((o) => o.kind === 'arr')) ? keyOf(obj, key) : undefined;
      if (item) return item;
      // `function track(opts) { fbq('trackCustom', opts.name) }`: what each site passes under that
      // key, as for a destructured parameter (`({ name }) => …`); also deeper (`opts.event.name`).
      const found = this.propOf(obj, key, range);
      if (found) return found.kind === 'unknown' && found.param ? { ...found, describe: memberText(node) } : found;
    } else if (node.computed) {
      // `EVENT_MAP[type]`: a lookup table can send any of its values.
      const obj = this.value(object);
      const options = obj.kind === 'obj' && !obj.open ? obj.props.map((p) => p.value) : obj.kind === 'arr' ? [...obj.items] : [];
      if (options.length > 0 && options.length <= MAX_VALUES) return anyOf(options, range);
    }
    const field = this.propName(node) === 'value' ? this.formFieldOf(object) : undefined;
    return this.typed(node, { kind: 'unknown', range, describe: memberText(node), ...(field ? { holds: field } : {}) });
  }

  /**
   * The identifier a form element holds, by the selector that picks it: `querySelector('input[type=email]')`,
   * `getElementById('phone')`, `getElementsByName('email')[0]`, jQuery's `$('#email')`, also held in a
   * constant. The same selectors as GTM's DOM Element variables.
   */
  private formFieldOf(element: Node, depth = 0): IdentityField | undefined {
    let n = unwrap(element);
    if (n.type === 'Identifier' && depth < 2) {
      const init = this.soleInit(n);
      return init ? this.formFieldOf(init, depth + 1) : undefined;
    }
    if (n.type === 'MemberExpression' && n.computed) n = unwrap(n.object as Node); // `querySelectorAll(…)[0]`
    if (n.type !== 'CallExpression') return undefined;
    const callee = unwrap(n.callee as Node);
    const method = callee.type === 'MemberExpression' ? this.propName(callee) : callee.type === 'Identifier' ? (callee.name as string) : undefined;
    const arg = argsOf(n)[0];
    const selector = arg && arg.type !== 'SpreadElement' ? texts(this.value(arg))[0] : undefined;
    if (selector === undefined) return undefined;
    if (method === 'getElementById') return selectorField(`#${selector}`);
    if (method === 'getElementsByName') return selectorField(`[name=${selector}]`);
    return method === 'querySelector' || method === 'querySelectorAll' || method === '$' || method === 'jQuery' ? selectorField(selector) : undefined;
  }

  /**
   * `this.url` in a method of an object literal (`{ url: '…', send(ev) { fetch(this.url, …) } }`) or
   * of a class (a field's initializer, or what the constructor sets). Not in a Vue component, whose
   * `this` is its instance.
   */
  private thisMember(self: Node, key: string): Value | undefined {
    const container = staticThis(self) ? undefined : thisContainer(self);
    if (!container || isVueComponent(container)) return undefined;
    if (container.type === 'ObjectExpression') {
      const v = this.value(container);
      return v.kind === 'obj' ? lookup(v, key) : undefined;
    }
    const field = (container.body as Node[]).find((m) => m.type === 'PropertyDefinition' && !m.static && !m.computed && keyName(m) === key);
    // What the constructor sets: a parameter property (`constructor(private base: string)`) or `this.base = base`,
    // a parameter of the constructor that the instance's `new` gives (see `forwardOnce`).
    const ctor = field?.value ? undefined : constructorOf(container);
    const param = ctor && parameterProperty(container, key);
    if (param) return this.paramValue(ctor!, unwrapPattern(param), rangeOf(param));
    const assigned = ctor && constructorAssignment(container, key);
    const first = field?.value ? (field.value as Node) : assigned;
    if (!first) return undefined;
    // A field the class's methods set again (`@input=${(e) => (this.email = e.target.value)}`) may hold what
    // they set; one a decorator lets the framework set (Lit's `@property()`, Angular's `@Input()`), or a public
    // field of a component (a class that extends one: `el.email = …` from outside), anything.
    const range = rangeOf(first);
    const later = this.assignmentsTo(key).filter((a) => {
      const left = unwrap(a.left as Node);
      return a.right !== first && unwrap(left.object as Node).type === 'ThisExpression' && thisContainer(left) === container;
    });
    const options = [this.value(first), ...later.map((a) => this.assignedValue(a, range))].map((o) => (o.kind === 'arr' ? this.withThisPushes(container, key, o) : o));
    const settable = field && ((field.decorators as Node[] | undefined)?.length || (container.parent?.superClass && !field.readonly && field.accessibility !== 'private' && field.accessibility !== 'protected' && !key.startsWith('#')));
    if (settable) options.push({ kind: 'unknown', range });
    return options.length === 1 ? options[0] : anyOf(options, range);
  }

  /**
   * A list field with the items the class's methods push to it (`enqueue(name) { this.queue.push(name) }`,
   * which `flush()` sends), as `withPushes` reads a variable's.
   */
  private withThisPushes(container: Node, key: string, v: Extract<Value, { kind: 'arr' }>): Value {
    let byField = this.thisPushes.get(container);
    if (!byField) {
      // The class's `this.<field>.push(…)` calls, by field, found in one walk.
      const found = new Map<string, Node[]>();
      walk(container, this.ctx.visitorKeys, (n) => {
        if (n.type !== 'CallExpression') return undefined;
        const callee = unwrap(n.callee as Node);
        const list = callee.type === 'MemberExpression' ? unwrap(callee.object as Node) : undefined;
        const method = list ? this.propName(callee) : undefined;
        if (list?.type !== 'MemberExpression' || (method !== 'push' && method !== 'unshift')) return undefined;
        const self = unwrap(list.object as Node);
        const field = self.type === 'ThisExpression' && thisContainer(self) === container ? this.propName(list) : undefined;
        if (field !== undefined) found.set(field, [...(found.get(field) ?? []), n]);
        return undefined;
      });
      this.thisPushes.set(container, (byField = found));
    }
    const pushed = (byField.get(key) ?? []).flatMap((call) => argsOf(call).flatMap((arg) => (arg && arg.type !== 'SpreadElement' ? [this.value(arg)] : [])));
    return pushed.length ? { ...v, items: [...v.items, ...pushed] } : v;
  }

  /**
   * The `new` that made the receiver of a method call, and the class's constructor, when a method's
   * values use the constructor's parameters (`new Client('https://…').request(path)`, also through a
   * variable it was assigned to once).
   */
  private createdBy(site: Node, method: Node): { ctor: Node; created: Node } | undefined {
    const definition = method.parent;
    const body = definition?.type === 'MethodDefinition' && definition.kind === 'method' && !definition.static ? definition.parent : undefined;
    const ctor = body && constructorOf(body);
    const name = ((body?.parent?.id as Node | undefined)?.name) as string | undefined;
    const callee = site.type === 'CallExpression' ? unwrap(site.callee as Node) : undefined;
    if (!ctor || !name || callee?.type !== 'MemberExpression') return undefined;
    let receiver: Node | undefined = unwrap(callee.object as Node);
    if (receiver.type === 'Identifier') receiver = this.declaredOnce(receiver);
    const made = receiver?.type === 'NewExpression' ? unwrap(receiver.callee as Node) : undefined;
    return made?.type === 'Identifier' && made.name === name ? { ctor, created: receiver! } : undefined;
  }

  /**
   * The call of the function that made `fn`, a function it returns (`return (name) => fbq(cmd, name)`,
   * `return { send: (n) => … }`), that the call site `site` of `fn` calls through:
   * `const track = makeTracker('trackCustom'); track(name)`, `tracker('Clinic: ').send(n)`,
   * `const { send } = tracker(p)`. Its arguments are the outer function's parameters there.
   */
  private madeBy(site: Node, fn: Node): { outer: Node; made: Node } | undefined {
    const handedOut = functionBinding(fn)?.handedOut;
    const holder = handedOut?.node.parent;
    const outer = holder?.type === 'ReturnStatement' ? enclosingFunction(holder) : holder?.type === 'ArrowFunctionExpression' ? holder : undefined;
    if (!outer || site.type !== 'CallExpression') return undefined;
    const callee = unwrap(site.callee as Node);
    let made: Node | undefined;
    if (handedOut!.key === undefined) made = callee.type === 'Identifier' ? this.declaredOnce(callee) : callee;
    else if (callee.type === 'MemberExpression') {
      const object = unwrap(callee.object as Node);
      made = object.type === 'Identifier' ? this.declaredOnce(object) : object;
    } else if (callee.type === 'Identifier') made = this.destructured(callee)?.init;
    made = made && unwrap(made);
    return made?.type === 'CallExpression' && this.localFunction(unwrap(made.callee as Node)) === outer ? { outer, made } : undefined;
  }

  private enumMember(id: Node, key: string): Value | undefined {
    const def = this.variable(id)?.defs[0];
    return def?.type === 'TSEnumName' ? this.enumDeclMember(def.node, key) : undefined;
  }

  private enumDeclMember(decl: Node, key: string): Value | undefined {
    const members = ((decl.body as Node | undefined)?.members ?? decl.members) as Node[] | undefined;
    const member = members?.find((m) => keyName({ ...m, key: m.id } as Node) === key);
    if (!member) return undefined;
    return member.initializer ? this.value(member.initializer as Node) : { kind: 'num', range: rangeOf(member) };
  }

  /**
   * A constant declared in a TypeScript namespace (`namespace Events { export const BOOKED = '…' }`)
   * or a class's static field (`static readonly BOOKED = '…'`, with any value assigned to it later).
   */
  private declaredMember(id: Node, key: string, path: readonly string[] = []): Value | undefined {
    const namespaces = this.namespacesOf(id);
    if (namespaces.length) {
      for (const decl of namespaces) {
        const found = this.namespaceConst(decl, [id.name as string, ...path], key);
        if (found) return found;
      }
      return undefined;
    }
    const body = path.length ? undefined : this.declaredClass(id);
    const field = body && this.staticField(body, key);
    if (!field?.value) return body && this.staticGetter(body, key);
    // `Events.X = …` later: one more value (of this class, or of the one that declares the field).
    const later = this.assignmentsTo(key).filter((a) => {
      const object = unwrap(unwrap(a.left as Node).object as Node);
      return object.type === 'Identifier' && (this.sameRoot(object, id) || this.declaredClass(object) === field.parent);
    });
    const values = [this.value(field.value as Node), ...later.map((a) => this.value(a.right as Node))];
    return values.length === 1 ? values[0] : anyOf(values, rangeOf(field.value as Node));
  }

  /**
   * Property `key` of a value: what an object sets, or what a site passes under the key of a
   * parameter. A parameter spread after the key (`{ name: 'Lead', ...opts }`,
   * `Object.assign({}, DEFAULTS, opts)`) replaces it where the site passes the key; the key's own
   * value stays only where a site may leave the key out.
   */
  private propOf(v: Value, key: string, range: Range): Value | undefined {
    // `opts = opts || { name: '…' }`: the key of either.
    if (v.kind === 'any') {
      // An unknown alternative (`ok ? { email: '' } : getForm()`) may hold anything under the key.
      const options = v.options.flatMap((o): Value[] => {
        const found = this.propOf(o, key, range);
        return found ? [found] : o.kind === 'unknown' ? [{ kind: 'unknown', range }] : [];
      });
      return options.length ? anyOf(options, range) : undefined;
    }
    if (v.kind === 'arr') return element(v, key);
    if (v.kind === 'unknown') {
      // A key of the page's query made an object (`const { email } = Object.fromEntries(params)`), or
      // an item of a list read by name (`params.getAll('email')[0]`): the identifier its name says.
      const holds = v.readsFrom !== undefined ? namedReadField('get', v.readsFrom, 1, () => key) : /^\d+$/u.test(key) ? v.holds : undefined;
      if (holds) return { kind: 'unknown', range, describe: key, holds };
    }
    if (v.kind !== 'obj') return paramMember(v, key, range);
    let at = v.props.length - 1;
    while (at >= 0 && v.props[at]!.key !== key) at--;
    const found = at >= 0 ? v.props[at]!.value : undefined;
    const spread = v.props.slice(at + 1).findLast((p) => p.spread && spreadMember(p.value, key));
    if (!spread) return found ?? paramMember(v, key, range);
    const passed = paramMember(spread.value, key, range);
    if (!found || !passed) return passed ?? found;
    return passed.fallback || (!spread.maybe && !this.mayLeaveOut(passed.param!)) ? passed : { ...passed, fallback: found };
  }

  /** Whether a call of the parameter's function may leave out its key: a site, or a caller in another file. */
  private mayLeaveOut(param: ParamRef): boolean {
    const binding = functionBinding(param.fn);
    if (!binding || this.exported(binding)) return true;
    const sites = this.callSitesOf(binding);
    const keys = param.key === undefined ? [] : keyPath(param.key);
    return sites.length === 0 || sites.some((site) => {
      const whole = this.argValue(site, param.index, undefined);
      return !whole || mayLack(whole, keys);
    });
  }

  /**
   * The namespace declarations a name stands for. The scope manager declares no name for a dotted
   * `namespace A.B`: such namespaces are found among the top-level statements.
   */
  private namespacesOf(id: Node): readonly Node[] {
    const variable = this.variable(id);
    const def = variable?.defs[0];
    if (def?.type === 'TSModuleName') return variable!.defs.flatMap((d) => (d.type === 'TSModuleName' ? [d.node] : []));
    return def ? [] : this.dottedNamespaces(id);
  }

  /** Dotted namespaces (`namespace A.B`) at the top of the program whose name starts with `id`'s, indexed on first use. */
  private dottedNamespaces(id: Node): readonly Node[] {
    if (!this.namespaceIndex) {
      this.namespaceIndex = new Map();
      let program: Node = id;
      while (program.parent) program = program.parent;
      for (const statement of (program.body ?? []) as Node[]) {
        const decl = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : statement;
        if (decl?.type !== 'TSModuleDeclaration' || (decl.id as Node).type !== 'TSQualifiedName') continue;
        const name = qualifiedNames(decl.id as Node)[0];
        if (name) this.namespaceIndex.set(name, [...(this.namespaceIndex.get(name) ?? []), decl]);
      }
    }
    return this.namespaceIndex.get(id.name as string) ?? [];
  }

  /** `export const key` of namespace `path` (`Outer.Inner`) in declaration `decl` or the namespaces it exports, dotted (`namespace A.B`) or nested. */
  private namespaceConst(decl: Node, path: readonly string[], key: string): Value | undefined {
    const names = qualifiedNames(decl.id as Node);
    if (!names.every((n, i) => path[i] === n)) return undefined;
    const rest = path.slice(names.length);
    const body = decl.body as Node | undefined;
    if (body?.type === 'TSModuleDeclaration') return this.namespaceConst(body, rest, key);
    for (const statement of (body?.type === 'TSModuleBlock' ? body.body : []) as Node[]) {
      const inner = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : undefined;
      if (rest.length) {
        const found = inner?.type === 'TSModuleDeclaration' ? this.namespaceConst(inner, rest, key) : rest.length === 1 ? this.exportedMember(inner, rest[0]!, key) : undefined;
        if (found) return found;
        continue;
      }
      if (inner?.type !== 'VariableDeclaration') continue;
      const declarator = (inner.declarations as Node[]).find((d) => (d.id as Node).type === 'Identifier' && (d.id as Node).name === key);
      // `export let EV = …` reassigned in the namespace: each value it is given.
      if (declarator?.init) return this.value((inner.kind === 'const' ? declarator.init : declarator.id) as Node);
    }
    return undefined;
  }

  /** `Names.IVF` of an enum, or `Events.HIV` of a class's static field, that a namespace exports. */
  private exportedMember(decl: Node | null | undefined, name: string, key: string): Value | undefined {
    if ((decl?.id as Node | undefined)?.name !== name) return undefined;
    if (decl!.type === 'TSEnumDeclaration') return this.enumDeclMember(decl!, key);
    const field = decl!.type === 'ClassDeclaration' ? this.staticField(decl!.body as Node, key) : undefined;
    return field?.value ? this.value(field.value as Node) : undefined;
  }

  /**
   * The namespace an expression names (`Analytics.Events`), as its root name and the path below it;
   * through aliases (`import E = Analytics.Events`, `const I = Analytics.Events`), a few deep.
   */
  private namespaceRef(node: Node, depth = 0): { root: Node; path: string[] } | undefined {
    if (depth > 4) return undefined;
    const n = unwrap(node);
    if (n.type === 'Identifier') {
      if (this.namespacesOf(n).length) return { root: n, path: [] };
      const def = this.variable(n)?.defs[0];
      const target = def?.node.type === 'TSImportEqualsDeclaration' ? (def.node.moduleReference as Node) : def?.type === 'Variable' && def.parent?.kind === 'const' && def.name === def.node.id ? (def.node.init as Node | null) : undefined;
      return target && (target.type === 'Identifier' || target.type === 'MemberExpression' || target.type === 'TSQualifiedName') ? this.namespaceRef(target, depth + 1) : undefined;
    }
    const [left, right] = n.type === 'TSQualifiedName' ? [n.left, n.right] : n.type === 'MemberExpression' && !n.computed ? [n.object, n.property] : [];
    const outer = left ? this.namespaceRef(left as Node, depth + 1) : undefined;
    return outer && { root: outer.root, path: [...outer.path, (right as Node).name as string] };
  }

  private objectValue(node: Node, range: Range): Value {
    const built = new ObjectBuilder();
    for (const p of node.properties as Node[]) {
      if (p.type === 'SpreadElement') {
        built.spread(this.value(p.argument as Node), rangeOf(p));
        continue;
      }
      if (p.type !== 'Property') continue;
      const key = this.propertyKey(p);
      const valueNode = p.value as Node;
      // A value written elsewhere (`page_path: P`, `const P = '/psychiatry'`) is where this object
      // names it, so findings point into the call. Shorthand `{ email }` names it by its key.
      const value = this.value(valueNode);
      const here = rangeOf(valueNode);
      built.set([{ key, keyRange: rangeOf(p.key as Node), value: within(value.range, here) ? value : ({ ...value, range: here } as Value) }]);
    }
    return this.withoutReplaced(built.object(range));
  }

  /**
   * `{ item_category: 'Oncology', ...rest }`, `Object.assign({}, DEFAULTS, opts)`: a key that a later
   * parameter spread replaces at every call site is never sent as written; each site's own value is
   * judged there.
   */
  private withoutReplaced(obj: Extract<Value, { kind: 'obj' }>): Extract<Value, { kind: 'obj' }> {
    const { props } = obj;
    if (!props.some((p) => p.spread && isParam(p.value))) return obj;
    const kept = props.filter((p, i) => p.key === undefined || !props.slice(i + 1).some((q) => q.spread && !q.maybe && this.replacedAtEverySite(q.value, p.key!)));
    return kept.length === props.length ? obj : { ...obj, props: kept };
  }

  private replacedAtEverySite(spread: Value, key: string): boolean {
    const member = spreadMember(spread, key);
    return member !== undefined && !member.fallback && !this.mayLeaveOut(member.param!);
  }

  /** `...list`, `...(isProd ? [a] : [])`: the items any option may add; unknown when an option is not an array. */
  private spreadItems(spread: Node): Value[] {
    const v = this.value(spread.argument as Node);
    const options = v.kind === 'any' ? v.options : [v];
    if (!options.every((o) => o.kind === 'arr' || o.kind === 'nullish' || o.kind === 'bool')) return [unknownAt(spread)];
    return options.flatMap((o) => (o.kind === 'arr' ? o.items : []));
  }

  private callValue(node: Node, range: Range): Value {
    const callee = unwrap(node.callee as Node);
    const args = argsOf(node);
    // `useMemo(() => kind === 'psych' ? 'Psychiatry Consult' : 'Consult', [kind])`: what the function returns.
    const memo = this.memoized(node);
    const held = memo && this.helperResult(node, memo, range);
    // Vue's `computed` is a ref: its result is its `.value`.
    if (held) return callee.type === 'Identifier' && callee.name === 'computed' ? vueRef(held, range) : held;
    const name = callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' ? this.propName(callee) ?? '' : '';
    const vue = callee.type === 'Identifier' && VUE_STATE.has(name) && args[0] && args[0].type !== 'SpreadElement' ? this.vueState(callee, name, args[0], range) : undefined;
    if (vue) return vue;
    const rune = this.svelteRune(node, callee, range);
    if (rune) return rune;
    if (HASH_CALL.test(name) || (callee.type === 'MemberExpression' && HASH_CALL.test(memberText(callee)))) {
      // `sha256(user.email)`: a hash of what it is given (named as that, so a member named for an identifier still says what it is).
      const input = args[0] && args[0].type !== 'SpreadElement' ? this.value(args[0]) : undefined;
      // `digest`'s text argument names an encoding or an algorithm, not what is hashed.
      return hashOf(name === 'digest' && input?.kind === 'str' ? undefined : input, name, range);
    }
    // String helpers keep the string: `name.trim()`, `String(x)`, `x.toLowerCase()`.
    if (callee.type === 'MemberExpression' && /^(trim|toLowerCase|toUpperCase|toString|normalize)$/u.test(name)) {
      const inner = this.value(callee.object as Node);
      // The known text as sent (`label.toLowerCase()`), so a message quotes what the code sends.
      const change = name === 'toLowerCase' ? (t: string) => t.toLowerCase() : name === 'toUpperCase' ? (t: string) => t.toUpperCase() : undefined;
      if (inner.kind === 'str' && change) return { ...inner, parts: inner.parts.map((p) => (typeof p === 'string' ? change(p) : p)) };
      if (inner.kind === 'str') return inner;
      return { ...inner, range } as Value;
    }
    if (callee.type === 'Identifier' && name === 'String' && args[0]) return this.value(args[0]);
    const decoded = name === 'atob' ? this.decoded(node) : undefined;
    if (decoded !== undefined) return this.literalString(decoded, range);
    // `require('./events')`: what another module of the project exports (`module.exports`, or its named exports).
    if (callee.type === 'Identifier' && name === 'require' && this.ctx.imported && args[0] && args[0].type !== 'SpreadElement' && this.isGlobal(callee)) {
      const source = this.stringValue(args[0]);
      const held = source === undefined ? undefined : this.ctx.imported.value(source, '*');
      if (held) return placedAt(held, range);
    }
    // `$.param({ ev, ud })`: the query jQuery writes from the object, read as the object (GET data).
    if (name === 'param' && callee.type === 'MemberExpression' && /^(?:\$|jQuery)$/u.test(memberText(callee.object as Node)) && args[0] && args[0].type !== 'SpreadElement') return { ...this.value(args[0]), range };
    // `dl=${encodeURIComponent(pageUrl)}`: the text as the call writes it (`Eating%20Disorder`), which a
    // beacon's query reads decoded again; unknown parts stay unknown.
    if (callee.type === 'Identifier' && URI_CODECS.has(name) && args[0] && args[0].type !== 'SpreadElement' && this.isGlobal(callee)) return { ...recoded(this.value(args[0]), name), range };
    // `name.replace(/ /g, '_')`, `.slice(0, 40)`, `.split(' ').join('_')`, `'a'.concat(b)`: the text the
    // code builds from a known string; from one only known at a call site, that string, whose words
    // a separator or a cut at a length limit leaves as they are.
    if (callee.type === 'MemberExpression' && STRING_METHODS.has(name)) {
      const inner = this.value(callee.object as Node);
      const made = inner.kind === 'str' || inner.kind === 'arr' ? this.stringMethod(name, inner, args, range) : undefined;
      if (made) return made;
      // `href.replace('tel:', '')`: what a call or mail link opens, text of the page, the site's own.
      const pattern = (name === 'replace' || name === 'replaceAll') && args[0] ? unwrap(args[0]) : undefined;
      const prefix = pattern?.type === 'Literal' ? String((pattern.regex as { pattern?: string } | undefined)?.pattern ?? pattern.value) : '';
      // Also with a default for no link (`e.target.href || ''`).
      const address = inner.kind === 'unknown' || (inner.kind === 'any' && inner.options.every((o) => o.kind === 'unknown' || (o.kind === 'str' && joinParts(o.parts) === '')));
      if (address && /^\^?(?:tel|mailto):$/iu.test(prefix)) return { kind: 'unknown', range, telLink: true };
      // `href.slice('mailto:'.length)`, `a.getAttribute('href').substring(4)`: the same address, cut by length, also held in a variable first.
      const cut = unwrap(callee.object as Node);
      if (address && (name === 'slice' || name === 'substring' || name === 'substr') && args.length === 1 && cutsScheme(args[0]!, cut.type === 'Identifier' ? (this.soleInit(cut) ?? cut) : cut)) return { kind: 'unknown', range, telLink: true };
      if (inner.kind === 'unknown' && inner.param && name !== 'split') return { ...inner, range };
      // `answers.medications.join(', ')`: the list's items as text, still named by the member they are read from.
      if (inner.kind === 'unknown' && name === 'join' && inner.describe && !inner.macro) return { kind: 'unknown', range, describe: inner.describe };
    }
    // `list.filter(…)` holds some of the list's items (so does a queue's `splice(0)` or `slice()`), `list.concat(more)` all of both.
    if (callee.type === 'MemberExpression' && (name === 'filter' || name === 'concat' || name === 'slice' || name === 'splice')) {
      const list = this.value(callee.object as Node);
      if (list.kind === 'arr') {
        if (name !== 'concat') return list;
        const more = args.map((a) => (a && a.type !== 'SpreadElement' ? this.value(a) : ({ kind: 'unknown', range } as const)));
        return { ...list, items: [...list.items, ...more.flatMap((m) => (m.kind === 'arr' ? m.items : [m]))], range };
      }
    }
    // `SERVICES.find((s) => s.slug === slug)`, a queue's `shift()`: one of the items.
    if (callee.type === 'MemberExpression' && ONE_ITEM_METHODS.has(name)) {
      const list = this.value(callee.object as Node);
      if (list.kind === 'arr' && list.items.length) return anyOf([...list.items], range);
    }
    // `Object.values(FUNNEL)`, `Object.keys`, `Object.entries` (`[key, value]` pairs): when all its keys are known.
    const objectMethod = callee.type === 'MemberExpression' ? OBJECT_LISTS.get(memberText(callee)) : undefined;
    if (objectMethod && args[0] && args[0].type !== 'SpreadElement') {
      const obj = this.value(args[0]);
      if (obj.kind === 'obj' && !obj.open && obj.props.every((p) => !p.spread && p.key !== undefined)) {
        const key = (p: Prop): Value => ({ kind: 'str', parts: [p.key!], range: p.keyRange });
        const items = obj.props.map((p): Value => (objectMethod === 'values' ? p.value : objectMethod === 'keys' ? key(p) : { kind: 'arr', items: [key(p), p.value], range: p.keyRange }));
        return { kind: 'arr', items, range };
      }
    }
    // `Object.fromEntries([['content_category', 'Gastroenterology']])`: the object the pairs make.
    if (callee.type === 'MemberExpression' && memberText(callee) === 'Object.fromEntries' && args[0] && args[0].type !== 'SpreadElement') {
      const list = this.value(args[0]);
      const pairs = list.kind === 'arr' ? list.items.map((item) => (item.kind === 'arr' && item.items.length === 2 && item.items[0]!.kind === 'str' ? item.items : undefined)) : [];
      const keys = pairs.map((pair) => pair && this.strings(pair[0]!)[0]);
      if (list.kind === 'arr' && keys.every((k) => k !== undefined)) return { kind: 'obj', props: pairs.map((pair, i) => ({ key: keys[i]!, keyRange: pair![0]!.range, value: pair![1]! })), open: false, range };
      // `Object.fromEntries(new URLSearchParams(location.search))`: the page's query, each value read by its name.
      const source = this.readSource(args[0]);
      if (source !== undefined) return this.typed(node, { kind: 'unknown', range, describe: 'Object.fromEntries()', readsFrom: source });
    }
    // `ROUTE_EVENTS.get(path)` of `new Map([[key, value], …])`: one of the values.
    if (callee.type === 'MemberExpression' && name === 'get') {
      const values = this.mapValues(unwrap(callee.object as Node));
      if (values?.length) return anyOf(values, range);
    }
    // `patients.map((p) => ({ user_data: { em: hash(p.email) } }))`, `emails.map(sha256)`: what the
    // callback returns for each element (a local function's parameter is the element).
    if (callee.type === 'MemberExpression' && (name === 'map' || name === 'flatMap') && args[0] && args[0].type !== 'SpreadElement') {
      const cb = unwrap(args[0]);
      const fn = FUNCTION_TYPES.has(cb.type) ? cb : this.localFunction(cb);
      // The call is an iteration site of the callback: `argValue` gives its parameter each element.
      const item = fn && !fn.async && !fn.generator && this.iterationSite(args[0]) ? this.helperResult(node, fn, range) : undefined;
      // `flatMap` spreads an array the callback returns.
      if (item) return { kind: 'arr', items: name === 'flatMap' && item.kind === 'arr' ? item.items : [item], range };
    }
    // `require.resolve('gatsby-plugin-…')` is that package.
    if (callee.type === 'MemberExpression' && memberText(callee) === 'require.resolve' && args[0]) return this.value(args[0]);
    if (callee.type === 'MemberExpression' && memberText(callee) === 'JSON.stringify' && args[0]) {
      // A string comes out quoted, as code kept in a string puts it in (`fbq('trackCustom', ${JSON.stringify(EVENT)})`).
      const inner = this.value(args[0]);
      return inner.kind === 'str' ? { ...inner, parts: ['"', ...inner.parts.map((p) => (typeof p === 'string' ? JSON.stringify(p).slice(1, -1) : p)), '"'], range } : inner;
    }
    // `JSON.parse('{"event":"…"}')` of a known string: data, read as the value it describes.
    if (callee.type === 'MemberExpression' && memberText(callee) === 'JSON.parse' && args[0]) {
      const text = this.stringValue(args[0]);
      const parsed = text === undefined ? undefined : jsonValue(text, range);
      if (parsed) return parsed;
    }
    // `Object.freeze({...})`, `Object.assign({}, a, b)`
    if (callee.type === 'MemberExpression' && memberText(callee) === 'Object.freeze' && args[0]) return this.value(args[0]);
    // `Object.assign({ em: email }, extra)` merges as `{ em: email, ...extra }` does.
    if (callee.type === 'MemberExpression' && memberText(callee) === 'Object.assign' && args.length) {
      const built = new ObjectBuilder();
      for (const a of args) if (a) built.spread(a.type === 'SpreadElement' ? unknownAt(a) : this.value(a), rangeOf(a));
      return this.withoutReplaced(built.object(range));
    }
    // `params.get('email')`, `localStorage.getItem('phone')`, `Cookies.get('user_email')`, react-hook-form's
    // `getValues('email')`, a page's own `getUrlParameter('email')`, lodash's `_.get(lead, 'contact.phone')`:
    // a value read by a name that says what it holds.
    const receiver = callee.type === 'MemberExpression' ? this.readSource(callee.object as Node) : undefined;
    const holds = namedReadField(name, receiver, args.length, (i) => this.readKey(args[i]));
    if (holds) return this.typed(node, { kind: 'unknown', range, describe: `${name}()`, holds });
    // A local helper's result: what it returns, its parameters replaced by this call's arguments
    // (`const userIdentifiers = buildIdentifiers(email, phone)`); an async one's only where awaited.
    const fn = this.localFunction(callee);
    if (fn && !fn.generator && (!fn.async || node.parent?.type === 'AwaitExpression')) {
      const result = this.helperResult(node, fn, range);
      if (result) return result;
    }
    // Another module's function (`eventFor(service)` imported from './analytics-events'): what it returns, placed here.
    const exported = !fn && callee.type === 'Identifier' && node.parent?.type !== 'AwaitExpression' ? this.importedResult(node, callee, range) : undefined;
    if (exported) return exported;
    // jQuery's `$('#email').val()`: the form field's value.
    const field = name === 'val' && args.length === 0 && callee.type === 'MemberExpression' ? this.formFieldOf(callee.object as Node) : undefined;
    return this.typed(node, { kind: 'unknown', range, describe: `${name || 'call'}()`, ...(field ? { holds: field } : {}) });
  }

  /** The name a read asks for: `'email'`, lodash's path as a list (`['contact', 'email']`), react-hook-form's `useWatch({ name: 'phone' })`. */
  private readKey(arg: Node | undefined): string | undefined {
    if (!arg || arg.type === 'SpreadElement') return undefined;
    const v = this.value(arg);
    if (v.kind === 'arr') return v.items.length ? this.strings(v.items.at(-1)!)[0] : undefined;
    if (v.kind === 'obj') {
      const name = lookup(v, 'name');
      return name && this.strings(name)[0];
    }
    return this.stringValue(arg);
  }

  /**
   * The name of what a method reads values from, for `namedReadField`: `URLSearchParams` of
   * `new URLSearchParams(location.search)`, `searchParams` of `new URL(location.href).searchParams`,
   * `useSearchParams`, `Cookies`, `_`; a variable by its name, or else by what it holds (`const q = new URLSearchParams(…)`).
   * The query of a URL the code writes out (`new URL('https://api…').searchParams`) is not the visitor's.
   */
  private readSource(object: Node, depth = 0): string | undefined {
    const n = unwrap(object);
    // `new URLSearchParams('email=a@b.c')`, `new URL('https://api…')`: what the code writes out is not the visitor's.
    const writtenOut = (x: Node) => x.type === 'NewExpression' && argsOf(x)[0] !== undefined && argsOf(x)[0]!.type !== 'SpreadElement' && this.stringValue(argsOf(x)[0] as Node) !== undefined;
    if (writtenOut(n)) return undefined;
    if (n.type === 'NewExpression' || n.type === 'CallExpression') {
      const callee = unwrap(n.callee as Node);
      return callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' ? this.propName(callee) : undefined;
    }
    if (n.type === 'MemberExpression') {
      // `new URL(location.href).searchParams`, not `new URL('https://api…').searchParams`.
      const owner = unwrap(n.object as Node);
      return writtenOut(owner.type === 'Identifier' ? (this.soleInit(owner) ?? owner) : owner) ? undefined : this.propName(n);
    }
    if (n.type !== 'Identifier') return undefined;
    const name = n.name as string;
    if (READ_SOURCE_NAME.test(name) || depth > 1) return name;
    const init = this.soleInit(n);
    return init ? (this.readSource(init, depth + 1) ?? name) : name;
  }

  /** A string or list method of a known value, when its arguments are literals it can apply exactly. */
  private stringMethod(name: string, inner: Extract<Value, { kind: 'str' | 'arr' }>, args: ReadonlyArray<Node | undefined>, range: Range): Value | undefined {
    const arg = (i: number): Node | undefined => (args[i]?.type === 'SpreadElement' ? undefined : args[i]);
    if (inner.kind === 'arr') {
      // `['booked', service].join('_')`: the items between the separators.
      if (name !== 'join') return undefined;
      const sep = arg(0) ? this.stringValue(arg(0)!) : ',';
      return sep === undefined ? undefined : joinItems(inner.items, sep, range);
    }
    const literal = inner.parts.every((p) => typeof p === 'string') ? inner.parts.join('') : undefined;
    switch (name) {
      case 'replace':
      case 'replaceAll': {
        const pattern = arg(0) && literalPattern(arg(0)!, name === 'replaceAll');
        const replacement = arg(1) && this.stringValue(arg(1)!);
        if (!pattern || replacement === undefined || replacement.includes('$')) return undefined;
        // Each literal part on its own: a pattern across a hole is left as written.
        return { kind: 'str', parts: inner.parts.map((p) => (typeof p === 'string' ? p.replace(pattern, replacement) : p)), range };
      }
      case 'slice':
      case 'substring':
      case 'substr': {
        const bounds = args.map((a) => (a?.type === 'Literal' && typeof a.value === 'number' ? a.value : a?.type === 'UnaryExpression' && a.operator === '-' && (a.argument as Node).type === 'Literal' ? -((a.argument as Node).value as number) : undefined));
        if (literal === undefined || bounds.some((b) => b === undefined)) return undefined;
        const [a, b] = bounds as number[];
        return { kind: 'str', parts: [name === 'slice' ? literal.slice(a, b) : name === 'substring' ? literal.substring(a!, b) : literal.substr(a!, b)], range };
      }
      case 'split': {
        const sep = arg(0) && literalPattern(arg(0)!, true);
        if (literal === undefined || !sep || args.length > 1) return undefined;
        return { kind: 'arr', items: literal.split(sep).map((piece) => ({ kind: 'str', parts: [piece], range })), range };
      }
      case 'concat':
        return { kind: 'str', parts: mergeParts([...inner.parts, ...args.flatMap((a): StrPart[] => (!a || a.type === 'SpreadElement' ? [{ hole: { kind: 'unknown', range } }] : partsOf(this.value(a))))]), range };
      default:
        return undefined;
    }
  }

  /** What call `node` of local function `fn` returns, its parameters replaced by the call's arguments. */
  private helperResult(node: Node, fn: Node, range: Range): Value | undefined {
    const v = this.returnedValue(fn, range);
    return v && usesParam(v, fn) ? substitute(v, fn, this.siteArgs(node)) : v;
  }

  /** What a function returns: each value a `return` (or an arrow's body) gives; undefined when it returns nothing. */
  returnedValue(fn: Node, range: Range = rangeOf(fn)): Value | undefined {
    const returned = this.returnedExpressions(fn).map((e) => this.value(e));
    if (returned.length === 0) return undefined;
    return returned.length === 1 ? returned[0]! : anyOf(returned, range);
  }

  /** The result of a call of a function another module exports, with this call's arguments for its parameters. */
  private importedResult(node: Node, callee: Node, range: Range): Value | undefined {
    if (!this.ctx.imported?.returned) return undefined;
    const def = this.variable(callee)?.defs[0];
    // A Nuxt app's auto-imported util (`eventFor('hiv')` of `utils/events.ts`), called with no import.
    const auto = !def && callee.type === 'Identifier' && this.isGlobal(callee) ? this.ctx.imported.autoImports?.().get(callee.name as string) : undefined;
    const from = auto !== undefined ? { source: auto, name: callee.name as string } : def && moduleExport(def);
    const result = from && from.name !== '*' ? this.ctx.imported!.returned!(from.source, from.name) : undefined;
    if (!result) return undefined;
    const v = relocated(result.value, range, result.fn);
    return usesParam(v, result.fn) ? substitute(v, result.fn, this.siteArgs(node)) : v;
  }

  // ───────────────────────────── vendor APIs ─────────────────────────────

  private api(node: Node): ApiRef | undefined {
    if (this.apis.has(node)) return this.apis.get(node) ?? undefined;
    // Alias chains deeper than any real code (`const a1 = a0; const a2 = a1; …`) stop resolving
    // instead of exhausting the stack.
    if (this.apiDepth > MAX_DEPTH * 4) return undefined;
    this.apis.set(node, null); // cycle guard
    this.apiDepth++;
    let ref: ApiRef | undefined;
    try {
      ref = this.computeApi(unwrap(node));
    } finally {
      this.apiDepth--;
    }
    this.apis.set(node, ref ?? null);
    return ref;
  }

  private script?: boolean;

  /** A classic script, not a module (whose top-level `this` is undefined) nor an event handler. */
  private isScript(): boolean {
    return (this.script ??= !this.ctx.handler && !this.ctx.scopeManager.scopes.some((s) => s.type === 'module'));
  }

  private globalApi(name: string): ApiRef | undefined {
    if (this.stubbed?.has(name)) return undefined;
    const entry = GLOBALS.get(name) ?? this.extraGlobals.get(name);
    return entry && { kind: 'api', vendor: entry.vendor, node: entry.api, root: entry.api, path: name };
  }

  private computeApi(node: Node): ApiRef | undefined {
    switch (node.type) {
      case 'Identifier':
        return this.identifierApi(node);
      case 'MemberExpression': {
        const prop = this.propName(node);
        if (prop === undefined) return undefined;
        const object = unwrap(node.object as Node);
        // `require('facebook-nodejs-business-sdk').EventRequest`, `require('react-facebook-pixel').default`, in place.
        const required = object.type === 'CallExpression' ? this.requiredWrapper(node) : undefined;
        if (required) return required;
        // `document.defaultView`, also of a document Angular injects (`this.doc.defaultView`): the window.
        if (prop === 'defaultView' && this.isDocument(object)) return { kind: 'window' };
        const base = object.type === 'CallExpression' ? this.callResultApi(object) : this.api(object);
        // `this` in a subclass of a vendor class is the instance, but also holds the subclass's own properties.
        if (base && object.type !== 'ThisExpression') return this.memberApi(base, prop);
        return (base && this.memberApi(base, prop)) ?? this.heldApi(node, object, prop, memberText(node));
      }
      case 'ThisExpression': {
        // `this` at the top level of a classic script (a GTM Custom HTML tag) is window: `this.fbq(…)`.
        if (this.isScript() && atTopLevel(node)) return { kind: 'window' };
        const container = staticThis(node) ? undefined : thisContainer(node);
        const made = container?.type === 'ClassBody' ? this.subclassApi(container.parent!, 'this') : undefined;
        return made?.kind === 'api' && made.node.instance ? { ...made, node: made.node.instance, path: 'this' } : undefined;
      }
      case 'ClassExpression':
        return this.subclassApi(node, ((node.id as Node | null)?.name as string | undefined) ?? 'class');
      case 'CallExpression':
        return this.callResultApi(node);
      case 'NewExpression': {
        const made = this.api(node.callee as Node);
        return made?.kind === 'api' && made.node.instance ? { ...made, node: made.node.instance, path: `new ${made.path}()` } : undefined;
      }
      case 'ImportExpression':
        return this.moduleApi(this.stringValue(node.source as Node));
      case 'LogicalExpression':
        return this.api(node.left as Node) ?? this.api(node.right as Node);
      case 'AssignmentExpression':
        return this.api(node.right as Node) ?? this.api(node.left as Node);
      case 'ConditionalExpression':
        return this.api(node.consequent as Node) ?? this.api(node.alternate as Node);
      case 'SequenceExpression':
        return this.api((node.expressions as Node[]).at(-1)!);
      default:
        return undefined;
    }
  }

  /** Members down a key path of an API (`ttq.identify`), if each is one. */
  private memberPath(ref: ApiRef | undefined, keys: readonly string[]): ApiRef | undefined {
    for (const key of keys) ref = ref && this.memberApi(ref, key);
    return ref;
  }

  /** Member `prop` of an API: `window.fbq`, `ttq.track`. */
  private memberApi(base: ApiRef, prop: string): ApiRef | undefined {
    if (base.kind === 'window') return WINDOW_NAMES.has(prop) ? base : this.globalApi(prop);
    if (base.kind === 'nuxt') return providedApi(prop);
    if (base.kind === 'script') return prop === 'proxy' ? { kind: 'window' } : undefined;
    const member = base.node.members?.[prop];
    return member && { ...base, node: member, path: `${base.path}.${prop}` };
  }

  /**
   * A vendor function kept in a property: a class field or getter (`private fbq = window.fbq`), or
   * an assignment to the same member (`this.fbq = window.fbq` in a constructor,
   * `app.config.globalProperties.$fbq = window.fbq`).
   */
  private heldApi(member: Node, object: Node, prop: string, text: string): ApiRef | undefined {
    const containers = object.type === 'ThisExpression' ? this.thisContainers(member) : [];
    // `this.fbq` of a class or object, or of a class it extends; `S.fbq` of a static field (also
    // inherited); `trackers.meta` of a constant object (also frozen, or nested: `t.meta.send`).
    const holders = object.type === 'ThisExpression' ? containers : this.holdersOf(object);
    // In a class, `this` is the instance in a method and the class in a static one.
    const statics = object.type !== 'ThisExpression' || staticThis(member);
    const assignments = this.assignmentsTo(prop).filter((a) => unwrap(a.left as Node) !== member);
    // The nearest class or object that sets the property decides (a subclass's own `this.fbq = …`
    // replaces its parent's); within one, any assignment may be the one that ran.
    let own = false;
    for (const container of holders) {
      for (const m of fieldsOf(container, prop, statics)) {
        const value = unwrap(m.value as Node);
        const held = m.kind === 'get' ? this.returnedExpressions(value).map((e) => this.api(e)).find((r) => r?.kind === 'api') : m.kind !== 'set' && !FUNCTION_TYPES.has(value.type) ? this.api(value) : undefined;
        if (held) return held;
        own = true;
      }
      // TypeScript: `constructor(private fbq = window.fbq)`, a field set from the parameter or its default.
      const property = statics ? undefined : parameterProperty(container, prop);
      if (property) {
        const held = property.type === 'AssignmentPattern' ? this.api(property.right as Node) : this.typedInstance(property);
        if (held) return held;
        own = true;
      }
      if (containers.includes(container)) {
        for (const assign of assignments) {
          const left = unwrap(assign.left as Node);
          if (memberText(left) !== text || thisContainer(left) !== container) continue;
          const held = this.api(assign.right as Node);
          if (held) return held;
          // Set in the constructor, it replaces a parent's; set in another method, it may not have run.
          own ||= inConstructor(left);
        }
      }
      if (own) break;
    }
    if (own && containers.length) return undefined;
    // ES5: `this.fbq = window.fbq` in `function Tracker() {…}`, or `Tracker.prototype.fbq = window.fbq`,
    // read in `Tracker.prototype.booked = function…` or a method of `Tracker.prototype = {…}`.
    const ctor = object.type === 'ThisExpression' ? this.es5Constructor(member) : undefined;
    if (!containers.length && !ctor && object.type !== 'Identifier' && object.type !== 'MemberExpression') return undefined;
    if (!containers.length || ctor) {
      for (const assign of assignments) {
        const left = unwrap(assign.left as Node);
        const same = ctor ? (memberText(left) === text && this.es5Constructor(left) === ctor) || this.prototypeOwner(unwrap(left.object as Node)) === ctor : memberText(left) === text && this.sameRoot(left, member);
        if (!same) continue;
        const held = this.api(assign.right as Node);
        if (held) return held;
      }
    }
    // Vue: `app.config.globalProperties.$fbq = window.fbq` (or `Vue.prototype.$fbq`) is every
    // component's `this.$fbq`, unless the component sets its own.
    if (!containers.length || !prop.startsWith('$') || !takesVueGlobal(containers[0]!, prop)) return undefined;
    for (const assign of assignments) {
      if (vueGlobalProperty(assign.left as Node) === undefined) continue;
      const held = this.api(assign.right as Node);
      if (held) return held;
    }
    if (!isVueComponent(containers[0]!)) return undefined;
    // A vendor global the app's entry file or a plugin sets (`globalProperties.$pixel = window.fbq`), or
    // what a plugin set up elsewhere provides (`this.$fb` of nuxt-facebook-pixel-module).
    return this.vueGlobalApi(prop) ?? providedApi(prop);
  }

  /**
   * The object literals or class bodies a name or member chain holds: a constant object (also
   * `Object.freeze`d), a property of one that is an object, or a class and the classes it extends.
   */
  private holdersOf(object: Node, depth = 0): Node[] {
    if (depth > 3) return [];
    if (object.type === 'Identifier') {
      const body = this.declaredClass(object);
      if (body) return this.classChain(body);
      const defs = this.variable(object)?.defs;
      const decl = defs?.length === 1 && defs[0]!.type === 'Variable' ? defs[0]!.node : undefined;
      // `const { meta } = trackers`, `const { a: { meta } } = trackers`: the holder under that path.
      if ((decl?.id as Node | undefined)?.type === 'ObjectPattern') {
        const path = decl!.init ? this.patternPath(decl!.id as Node, defs![0]!.name) : undefined;
        return path && !path.omit ? this.holdersAt(this.holdersOf(unwrap(decl!.init as Node), depth + 1), path.keys) : [];
      }
      const init = this.declaredOnce(object);
      const literal = init && this.literalOf(init);
      if (literal) return [literal];
      // `var meta = trackers.meta`
      return init?.type === 'MemberExpression' ? this.holdersOf(init, depth + 1) : [];
    }
    const prop = object.type === 'MemberExpression' ? this.propName(object) : undefined;
    return prop === undefined ? [] : this.holdersAt(this.holdersOf(unwrap(object.object as Node), depth + 1), [prop]);
  }

  /** An object literal, also frozen, or one a constant names (`const trackers = { meta }`). */
  private literalOf(node: Node): Node | undefined {
    return frozenLiteral(node) ?? (node.type === 'Identifier' ? frozenLiteral(this.declaredOnce(node)) : undefined);
  }

  /**
   * The vendor function under a key path of constant objects (`const { meta: { send } } = trackers`),
   * also a member of a vendor object held there (`const { tt: { track } } = trackers`, `tt: window.ttq`).
   */
  private heldAt(holders: Node[], keys: readonly string[]): ApiRef | undefined {
    for (const [i, key] of keys.entries()) {
      const m = holders.flatMap((h) => fieldsOf(h, key, true))[0];
      const value = m && unwrap(m.value as Node);
      if (!value) return undefined;
      const literal = i < keys.length - 1 ? this.literalOf(value) : undefined;
      if (literal) {
        holders = [literal];
        continue;
      }
      return this.memberPath(this.api(value), keys.slice(i + 1));
    }
    return undefined;
  }

  /** The object literal under `keys` of the first holder that has one there. */
  private holdersAt(holders: Node[], keys: readonly string[]): Node[] {
    for (const key of keys) {
      let next: Node | undefined;
      for (const holder of holders) {
        const m = fieldsOf(holder, key, true)[0];
        if ((next = m ? this.literalOf(unwrap(m.value as Node)) : undefined)) break;
      }
      if (!next) return [];
      holders = [next];
    }
    return holders;
  }

  /** ES5: the constructor whose instance `this` is: `function F() {…}` itself, or `F` in `F.prototype.m = function () {…}`. */
  private es5Constructor(node: Node): Node | undefined {
    const fn = thisFunction(node);
    const parent: Node | null | undefined = fn?.parent;
    // A method of `Tracker.prototype = { booked: function () {…} }`.
    if (parent?.type === 'Property' && parent.value === fn && parent.parent?.type === 'ObjectExpression') {
      const assign = parent.parent.parent;
      return assign?.type === 'AssignmentExpression' && assign.right === parent.parent ? this.prototypeOwner(unwrap(assign.left as Node)) : undefined;
    }
    if (!fn || parent?.type !== 'AssignmentExpression' || parent.right !== fn) return fn?.type === 'FunctionDeclaration' || parent?.type === 'VariableDeclarator' ? fn : undefined;
    const left = unwrap(parent.left as Node);
    return left.type === 'MemberExpression' ? this.prototypeOwner(unwrap(left.object as Node)) : undefined;
  }

  /** The constructor `F` of `F.prototype`. */
  private prototypeOwner(proto: Node): Node | undefined {
    if (proto.type !== 'MemberExpression' || this.propName(proto) !== 'prototype') return undefined;
    const ctor = unwrap(proto.object as Node);
    const decl = ctor.type === 'Identifier' ? this.declaredOnce(ctor) : undefined;
    return decl && FUNCTION_TYPES.has(decl.type) ? decl : undefined;
  }

  /** A class's static field `key`, its own or inherited (`class Child extends Base {}`, `Child.EV`). */
  private staticField(body: Node, key: string): Node | undefined {
    for (const c of this.classChain(body)) {
      const field = fieldsOf(c, key, true).find((m) => m.type === 'PropertyDefinition');
      if (field) return field;
    }
    return undefined;
  }

  /** What a class's static getter returns (`static get BOOKED() { return 'Gastric Sleeve Booked'; }`), also an inherited one. */
  private staticGetter(body: Node, key: string): Value | undefined {
    for (const c of this.classChain(body)) {
      const getter = fieldsOf(c, key, true).find((m) => m.type === 'MethodDefinition' && m.kind === 'get');
      if (!getter) continue;
      const values = this.returnedExpressions(getter.value as Node).map((e) => this.value(e));
      return values.length === 1 ? values[0] : values.length ? anyOf(values, rangeOf(getter)) : undefined;
    }
    return undefined;
  }

  /** What `this` is in a method: its class or object literal, then the classes it extends (three levels). */
  private thisContainers(node: Node): Node[] {
    const container = thisContainer(node);
    return container ? this.classChain(container) : [];
  }

  /** A class body, then the bodies of the classes it extends (three levels); an object literal alone. */
  private classChain(container: Node): Node[] {
    const out: Node[] = [];
    for (let c: Node | undefined = container; c && out.length < 4 && !out.includes(c); ) {
      out.push(c);
      const superClass: Node | null | undefined = c.type === 'ClassBody' ? (c.parent?.superClass as Node | null | undefined) : undefined;
      c = superClass && unwrap(superClass).type === 'Identifier' ? this.declaredClass(unwrap(superClass)) : undefined;
    }
    return out;
  }

  /** Whether `this.member` at `node`, in a method of a subclass, is the method `member` of class body `owner`. */
  private inheritedFrom(node: Node, owner: Node, member: string): boolean {
    const container = thisContainer(node);
    if (container?.type !== 'ClassBody' || staticThis(node)) return false;
    const chain = this.classChain(container);
    const at = chain.indexOf(owner);
    return at > 0 && chain.slice(0, at).every((c) => !declaresMember(c, member));
  }

  /**
   * Whether `this.member(…)` at `node` is in an instance method of a class that `owner` extends: for
   * an instance of `owner`, it calls `owner`'s own `member` (`abstract send(); booked() { this.send(…) }`).
   */
  private overriddenIn(node: Node, owner: Node): boolean {
    const container = thisContainer(node);
    return container?.type === 'ClassBody' && !staticThis(node) && this.classChain(owner).indexOf(container) > 0;
  }

  /** The body of the class a name declares (`class S {}`, `const S = class {}`). */
  private declaredClass(id: Node): Node | undefined {
    const def = this.variable(id)?.defs[0];
    const decl = def?.type === 'ClassName' ? def.node : def?.type === 'Variable' ? (def.node.init as Node | null | undefined) : undefined;
    return decl && (decl.type === 'ClassDeclaration' || decl.type === 'ClassExpression') ? (decl.body as Node) : undefined;
  }

  /**
   * Assignments to a classic script's global `name` through the global object: `window.X = …`,
   * `self.X`, `globalThis.X`, `window['X']`, or `this.X` at the top level. Indexed on first use.
   */
  private globalWrites(name: string): readonly Node[] {
    // Most globals are never written so: no walk for them. Each name's answer is kept: a bundle asks for
    // the same globals thousands of times, and each look is a search of its text.
    const known = this.globalWritesOf.get(name);
    if (known) return known;
    const { text } = this.ctx;
    if (!text.includes(`.${name}`) && !text.includes(`'${name}'`) && !text.includes(`"${name}"`)) {
      this.globalWritesOf.set(name, NO_NODES);
      return NO_NODES;
    }
    if (!this.globalWriteIndex) {
      const index = (this.globalWriteIndex = new Map<string, Node[]>());
      if (this.program) {
        walk(this.program, this.ctx.visitorKeys, (node) => {
          const left = node.type === 'AssignmentExpression' ? unwrap(node.left as Node) : undefined;
          if (left?.type !== 'MemberExpression') return undefined;
          const prop = this.isGlobalObject(unwrap(left.object as Node)) ? this.propName(left) : undefined;
          if (prop !== undefined) index.set(prop, [...(index.get(prop) ?? []), node]);
          return undefined;
        });
      }
    }
    const writes = this.globalWriteIndex.get(name) ?? NO_NODES;
    this.globalWritesOf.set(name, writes);
    return writes;
  }

  /** `window`, `self`, `globalThis`, `global`, or `this` at a classic script's top level. */
  private isGlobalObject(object: Node): boolean {
    return object.type === 'Identifier' ? WINDOW_OBJECTS.has(object.name as string) && this.isGlobal(object) : object.type === 'ThisExpression' && atTopLevel(object);
  }

  /** Member assignments (`x.name = …`) by property name, indexed on first use. */
  private assignmentsTo(prop: string): readonly Node[] {
    if (!this.assignmentIndex) {
      this.assignmentIndex = new Map();
      for (const assign of this.memberAssignments) {
        const name = this.propName(unwrap(assign.left as Node));
        if (name !== undefined) this.assignmentIndex.set(name, [...(this.assignmentIndex.get(name) ?? []), assign]);
      }
    }
    return this.assignmentIndex.get(prop) ?? [];
  }

  /** Do two member chains start from the same thing: one variable (or global), or `this` of one class or object? */
  private sameRoot(a: Node, b: Node): boolean {
    const root = (n: Node): Node => {
      let r = unwrap(n);
      while (r.type === 'MemberExpression') r = unwrap(r.object as Node);
      return r;
    };
    const ra = root(a);
    const rb = root(b);
    if (ra.type === 'ThisExpression' && rb.type === 'ThisExpression') return thisContainer(a) === thisContainer(b) && thisContainer(a) !== undefined;
    return ra.type === 'Identifier' && rb.type === 'Identifier' && ra.name === rb.name && this.variable(ra) === this.variable(rb);
  }

  private callResultApi(call: Node): ApiRef | undefined {
    const target = unwrap(call.callee as Node);
    // `require('react-facebook-pixel')` used in place, without a variable.
    if (target.type === 'Identifier' && target.name === 'require') return this.requiredWrapper(call);
    // `window.fbq.bind(window)`, `ttq.track.bind(ttq)`: the same function.
    if (target.type === 'MemberExpression' && this.propName(target) === 'bind') {
      const bound = this.api(target.object as Node);
      if (bound?.kind === 'api') return bound;
    }
    // `new UserData().setEmail(e).setPhone(p)`: a builder's methods return the builder (also those
    // not listed, such as `setCurrency`).
    if (target.type === 'MemberExpression') {
      const owner = this.api(target.object as Node);
      if (owner?.kind === 'api' && owner.node.builder) return owner;
    }
    if (target.type === 'Identifier') {
      const injected = this.injectedApi(call, target);
      if (injected) return injected;
    }
    const callee = this.api(call.callee as Node);
    if (callee?.kind === 'api' && callee.node.returnsRoot) return { ...callee, node: callee.root, path: `${callee.path}()` };
    // `useGtm()`: the plugin's object.
    if (callee?.kind === 'api' && callee.node.returns) return { ...callee, node: callee.node.returns, path: `${callee.path}()` };
    // A local helper that hands out the vendor function: `function getGtag() { …; return window.gtag }`.
    const fn = this.localFunction(unwrap(call.callee as Node));
    if (!fn) return undefined;
    for (const returned of this.returnedExpressions(fn)) {
      const ref = this.api(returned);
      if (ref?.kind === 'api') return ref;
    }
    return undefined;
  }

  /**
   * What a framework's injector hands out: the Nuxt app (`useNuxtApp()`, auto-imported or from
   * `#app`), or an Angular service (`inject(PixelService)`).
   */
  private injectedApi(call: Node, callee: Node): ApiRef | undefined {
    if (callee.name === 'useNuxtApp') return this.fromFramework(callee, NUXT_APP_SOURCES) ? { kind: 'nuxt' } : undefined;
    if (callee.name === 'useScript') return this.fromFramework(callee, NUXT_APP_SOURCES) ? { kind: 'script' } : undefined;
    const from = callee.name === 'inject' ? this.imported(callee) : undefined;
    const [token] = from?.source === '@angular/core' && from.name === 'inject' ? argsOf(call) : [];
    // `inject(WINDOW)`: Angular's token for the window (`@ng-web-apis/common`, or the app's own).
    if (token && isWindowToken(token)) return { kind: 'window' };
    return token ? instanceOf(this.api(token)) : undefined;
  }

  /** Is this function the setup a Nuxt plugin runs (`defineNuxtPlugin((nuxtApp) => …)`)? */
  private isNuxtPlugin(fn: Node): boolean {
    const call = fn.parent;
    const callee = call?.type === 'CallExpression' && argsOf(call)[0] === fn ? unwrap(call.callee as Node) : undefined;
    return callee?.type === 'Identifier' && callee.name === 'defineNuxtPlugin' && this.fromFramework(callee, NUXT_APP_SOURCES);
  }

  /** A framework's own function: imported from one of `modules`, or auto-imported (a global, as Nuxt makes them). */
  private fromFramework(id: Node, modules: ReadonlySet<string>): boolean {
    const from = this.imported(id);
    return from ? modules.has(from.source) : this.isGlobal(id);
  }

  /** The page's document: the global `document`, or a class's property or a parameter declared a `Document`. */
  private isDocument(node: Node): boolean {
    // Angular's `inject(DOCUMENT)`, in place, in a constant or in a field (`private doc = inject(DOCUMENT)`).
    if (injectsDocument(node)) return true;
    if (node.type === 'Identifier') {
      if (node.name === 'document' && this.isGlobal(node)) return true;
      const def = this.variable(node)?.defs[0];
      if (def?.type === 'Variable' && (def.parent as Node | undefined)?.kind === 'const' && def.node.init) return injectsDocument(unwrap(def.node.init as Node));
      return def?.type === 'Parameter' && typeName(def.name)?.name === 'Document';
    }
    const body = node.type === 'MemberExpression' && unwrap(node.object as Node).type === 'ThisExpression' ? thisContainer(node) : undefined;
    const prop = body?.type === 'ClassBody' ? this.propName(node) : undefined;
    const made = prop === undefined ? undefined : fieldClass(body!, prop)?.name;
    return made === 'Document' || made === 'DOCUMENT';
  }

  /** An instance of a vendor class by its declared type: `constructor(private pixel: PixelService)`. */
  private typedInstance(id: Node): ApiRef | undefined {
    // `win: Window & { fbq: Function }`, `@Inject(WINDOW) private win: any`: the window itself.
    if (declaresWindow(id)) return { kind: 'window' };
    const name = typeName(id);
    return name && instanceOf(this.api(name));
  }

  /**
   * The function a `useMemo(() => …, deps)` (React) or `computed(() => …)` (Vue; also Nuxt's
   * auto-import) call runs for its value, when written in place and taking no parameters.
   */
  private memoized(call: Node): Node | undefined {
    const callee = unwrap(call.callee as Node);
    const name = callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' && !callee.computed ? ((callee.property as Node).name as string) : undefined;
    const source = MEMO_HOOKS.get(name ?? '');
    if (!source) return undefined;
    const from = callee.type === 'Identifier' ? this.imported(callee) : undefined;
    const known = callee.type === 'MemberExpression' ? memberText(callee) === `React.${name}` : from ? source.includes(from.source) && from.name === name : name === 'computed' && this.isGlobal(callee);
    const fn = known ? argsOf(call)[0] : undefined;
    return fn && (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') && (fn.params as Node[]).length === 0 && !fn.async && !fn.generator ? fn : undefined;
  }

  /**
   * The values a `Map` is written with (`new Map([['/ed', 'ED Page'], …])`, also through a constant),
   * and those a constant's `set(key, value)` calls add (`ROUTE_EVENTS.set('/ivf', 'IVF Booked')`).
   */
  private mapValues(node: Node): Value[] | undefined {
    const made = node.type === 'Identifier' ? this.soleInit(node) : node;
    const init = made && unwrap(made);
    const callee = init?.type === 'NewExpression' ? unwrap(init.callee as Node) : undefined;
    if (callee?.type !== 'Identifier' || callee.name !== 'Map' || !this.isGlobal(callee)) return undefined;
    const [entries] = argsOf(init!);
    const list = entries && entries.type !== 'SpreadElement' ? this.value(entries) : { kind: 'arr' as const, items: [], range: rangeOf(init!) };
    if (list?.kind !== 'arr') return undefined;
    const values = list.items.flatMap((item) => (item.kind === 'arr' && item.items[1] ? [item.items[1]] : []));
    for (const ref of node.type === 'Identifier' ? (this.variable(node)?.references ?? []) : []) {
      const member = ref.identifier.parent;
      const call = member?.type === 'MemberExpression' && member.object === ref.identifier && this.propName(member) === 'set' ? member.parent : undefined;
      const value = call?.type === 'CallExpression' && call.callee === member ? argsOf(call)[1] : undefined;
      if (value && value.type !== 'SpreadElement') values.push(this.value(value));
    }
    return values;
  }

  /**
   * The function a callee names, when it is a local function declaration or a constant function
   * expression, or a method reached through `this` or a constant object literal (`analytics.payload(u)`).
   */
  private localFunction(callee: Node): Node | undefined {
    if (callee.type === 'MemberExpression') {
      const name = this.propName(callee);
      const object = unwrap(callee.object as Node);
      if (name === undefined) return undefined;
      if (object.type === 'ThisExpression') {
        const container = thisContainer(callee);
        return container && methodOf(container, name, container.type === 'ObjectExpression');
      }
      const holder = object.type === 'Identifier' ? this.declaredOnce(object) : undefined;
      return holder?.type === 'ObjectExpression' ? methodOf(holder, name) : undefined;
    }
    if (callee.type !== 'Identifier') return undefined;
    const fn = this.declaredOnce(callee);
    return fn && FUNCTION_TYPES.has(fn.type) ? fn : undefined;
  }

  /** What a name declared once holds: its function declaration, or the one value its variable is given. */
  private declaredOnce(id: Node): Node | undefined {
    const variable = this.variable(id);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === 'FunctionName') return def.node;
    const init = def?.type === 'Variable' && variable ? singleInit(variable) : undefined;
    return init && unwrap(init);
  }

  /** What a function returns: its expression body, or the argument of each `return` outside nested functions. */
  private returnedExpressions(fn: Node): Node[] {
    const known = this.returns.get(fn);
    if (known) return known;
    const body = fn.body as Node | null | undefined;
    const out: Node[] = [];
    if (body?.type === 'BlockStatement') {
      walk(body, this.ctx.visitorKeys, (n) => {
        if (FUNCTION_TYPES.has(n.type) || n.type === 'ClassBody') return false;
        if (n.type === 'ReturnStatement' && n.argument) out.push(n.argument as Node);
        return undefined;
      });
    } else if (body) out.push(body); // an arrow's expression body; none for `declare function f(): T`
    this.returns.set(fn, out);
    return out;
  }

  private identifierApi(node: Node): ApiRef | undefined {
    if (this.templateLocals?.has(node)) return undefined;
    const name = node.name as string;
    const variable = this.variable(node);
    if (!variable || this.isGlobal(node)) {
      if (this.instanceNames?.has(node)) return this.vueGlobalApi(name) ?? providedApi(name);
      if (WINDOW_NAMES.has(name)) return { kind: 'window' };
      // A GTM variable that returns the vendor's function: `{{JS - fbq}}('trackCustom', …)`.
      const macro = this.ctx.macro ? placeholderIndex(name) : undefined;
      if (macro !== undefined) {
        const global = this.ctx.macro!(macro)?.global;
        return global ? this.globalApi(global) : undefined;
      }
      return this.globalApi(name);
    }
    const def = variable.defs[0]!;
    // A top-level `var` of a classic script is a property of window: `var dataLayer = dataLayer || []`
    // names the vendor's global itself.
    if (def.type === 'Variable' && variable.scope?.type === 'global' && def.parent?.kind === 'var' && GLOBALS.has(name)) return this.globalApi(name);
    switch (def.type) {
      case 'ClassName':
        return this.subclassApi(def.node, name);
      case 'FunctionName': {
        // `function gtag(){dataLayer.push(arguments)}` is the vendor stub, not a shadowing local.
        const entry = GLOBALS.get(name);
        return entry?.api.localStub ? this.globalApi(name) : undefined;
      }
      case 'ImportBinding':
        return this.importApi(def, name);
      case 'Parameter': {
        // `constructor(pixel: PixelService)`, also as a parameter property.
        const typed = this.typedInstance(def.name);
        if (typed) return typed;
        const params = paramsOf(def);
        // A template block's binding (Svelte's `{#each rows as row}`) is no function's parameter.
        if (!params) return undefined;
        const index = params.indexOf(def.name);
        // `defineNuxtPlugin((nuxtApp) => …)`
        if (index === 0 && this.isNuxtPlugin(def.node)) return { kind: 'nuxt' };
        // `.then(({ UserData }) => …)`: the member of the module the pattern takes.
        const inPattern = index === -1 ? params.find((p) => within(rangeOf(def.name), rangeOf(p))) : undefined;
        if (inPattern) {
          const path = inPattern === params[0] ? this.patternPath(inPattern, def.name) : undefined;
          const promised = path && !path.omit && path.keys.length ? this.promiseApi(thenReceiver(def.node)) : undefined;
          const member = promised && this.memberPath(promised, path!.keys);
          return member?.kind === 'api' ? { ...member, path: name } : undefined;
        }
        const call = iifeCall(def.node);
        if (call) {
          const arg = argsOf(call)[index];
          return arg ? this.api(arg) : undefined;
        }
        // `import('react-facebook-pixel').then((m) => m.default).then((ReactPixel) => …)`
        const promised = index === 0 ? this.promiseApi(thenReceiver(def.node)) : undefined;
        if (promised) return promised;
        // `applyIdentity(new UserData(), user)`: what a site of a local function passes (plain functions only: their sites are cheap to find).
        const binding = functionBinding(def.node);
        if (!binding || binding.member !== undefined || binding.isClass) return undefined;
        for (const site of this.callSitesOf(binding)) {
          const arg = site.type === 'CallExpression' && !this.iterationSites.has(site) ? siteArg(site, index) : undefined;
          const passed = arg && this.api(arg);
          if (passed?.kind === 'api' || passed?.kind === 'window') return passed;
        }
        return undefined;
      }
      case 'Variable': {
        const decl = def.node;
        if ((decl.id as Node).type === 'ObjectPattern' && decl.init) {
          const path = this.patternPath(decl.id as Node, def.name);
          const keys = path && !path.omit ? path.keys : [];
          if (!keys.length) return undefined;
          const init = unwrap(decl.init as Node);
          // `const { fbq } = this` in a method: `this.fbq`.
          if (init.type === 'ThisExpression') return this.memberPath(this.heldApi(init, init, keys[0]!, `this.${keys[0]}`), keys.slice(1));
          // `const { UserData } = require('facebook-nodejs-business-sdk')`, also `= await import(…)`.
          const required = this.requiredWrapper(init, name) ?? this.importedModule(init, name);
          if (required) {
            const member = this.memberPath(required, keys);
            return member?.kind === 'api' ? { ...member, path: name } : member;
          }
          const ref = this.api(init);
          // `const { meta } = trackers`, `const { meta: { send } } = trackers` of a constant object that holds the vendor function.
          return ref ? this.memberPath(ref, keys) : this.heldAt(this.holdersOf(init), keys);
        }
        const init = decl.init as Node | undefined;
        // `const PatientData = class extends UserData {}`, shown by its variable's name.
        if (init && unwrap(init).type === 'ClassExpression') return this.subclassApi(unwrap(init), name);
        if (init) {
          const required = this.requiredWrapper(unwrap(init), name) ?? this.importedModule(unwrap(init), name);
          if (required) return required;
        }
        for (const ref of liveWrites(variable, node)) {
          const found = this.api(ref.writeExpr!);
          if (found) return found;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** What an import binds: a wrapper package's export, or a vendor global a module hands on. */
  private importApi(def: DefinitionLike, name: string): ApiRef | undefined {
    // TypeScript's `import ReactPixel = require('react-facebook-pixel')`.
    const equals = def.node.type === 'TSImportEqualsDeclaration' ? (def.node.moduleReference as Node) : undefined;
    if (equals) return equals.type === 'TSExternalModuleReference' ? this.wrapperExport(this.stringValue(equals.expression as Node), undefined, name) : undefined;
    const source = (def.parent?.source as Node | undefined)?.value;
    const spec = def.node;
    const exported = spec.type === 'ImportSpecifier' ? (keyName({ key: spec.imported } as unknown as Node) ?? 'default') : 'default';
    const hit = this.wrapper(source);
    // A module that exports the vendor function under its own name (`import { gtag } from
    // './analytics'`, `from 'ga-gtag'`): the names are distinctive enough to mean the vendor's global,
    // except a two-letter one (Quora's `qp` is also a query-parameter helper) from a module not named for its vendor.
    if (!hit) {
      if (spec.type === 'ImportSpecifier' && distinctiveImport(exported, source)) return this.globalApi(exported);
      // `export const meta = window.fbq` in another module of the project: the vendor's global, under another name.
      const held = typeof source === 'string' && PROJECT_MODULE.test(source) ? this.ctx.imported?.value(source, exported) : undefined;
      const global = held?.kind === 'unknown' ? held.describe?.replace(/^(?:window|globalThis|self)\./u, '') : undefined;
      return global !== undefined && GLOBALS.has(global) ? this.globalApi(global) : undefined;
    }
    const api = spec.type === 'ImportNamespaceSpecifier' ? namespaceOf(hit.wrapper) : hit.wrapper.exports[exported];
    return api && { kind: 'api', vendor: hit.vendor, node: api, root: api, path: name };
  }

  /**
   * A component a wrapper package exports, rendered (`<GoogleAnalytics gaId="AW-…" />`): the call it
   * makes, with its props' values as the arguments. JSX names are found by their import, since not
   * every scope manager references them.
   */
  private classifyElement(element: Node): void {
    const opening = element.openingElement as Node;
    const name = (opening.name as Node).name as string;
    if (!/^[A-Z]/u.test(name)) return;
    this.moduleScope ??= this.ctx.scopeManager.scopes.find((s) => s.type === 'module') ?? null;
    const def = this.moduleScope?.variables?.find((v) => v.name === name)?.defs[0];
    const ref = def?.type === 'ImportBinding' ? this.importApi(def, name) : undefined;
    if (ref?.kind !== 'api' || !ref.node.element) {
      if (this.ctx.helpers && this.elementHelper(element)) return;
      // A component of another module of the project (`<TrackEvent name="…" />`): the calls it makes with its props.
      const from = def && moduleExport(def);
      const found = from && from.name !== '*' ? this.ctx.imported?.calls(from.source, from.name) : undefined;
      if (found) this.placeImported(element, name, found);
      return;
    }
    const rendered = ref.node.element;
    const props = this.jsxProps(element).props;
    const args = rendered.props.map((key) => {
      const prop = props.findLast((p) => p.key === key);
      return prop && { value: prop.value, range: prop.value.range };
    });
    const call = this.trackerCall(rendered.call, `<${name}>`, ref.vendor, args, rangeOf(opening), enclosingFunction(element));
    if (call) this.facts.calls.push({ ...call, display: `<${name}>`, node: element });
  }

  /**
   * A local class that extends a vendor class (`class PatientData extends UserData`): its instances
   * are the vendor's, less the methods it declares itself; `new` of it makes the parent's call only
   * when it has no constructor of its own (which passes its arguments on unchanged).
   */
  private subclassApi(cls: Node, path: string): ApiRef | undefined {
    const superClass = cls.superClass as Node | null | undefined;
    if (!superClass) return undefined;
    let made = this.subclasses.get(cls);
    if (made === undefined) {
      this.subclasses.set(cls, null);
      const parent = this.api(superClass);
      const instance = parent?.kind === 'api' ? parent.node.instance : undefined;
      const own = (name: string): boolean => declaresMember(cls.body as Node, name);
      made = instance && parent?.kind === 'api'
        ? {
            ref: parent,
            node: {
              construct: own('constructor') ? undefined : parent.node.construct,
              instance: { ...instance, members: instance.members && Object.fromEntries(Object.entries(instance.members).filter(([key]) => !own(key))) },
            },
          }
        : null;
      this.subclasses.set(cls, made);
    }
    return made ? { ...made.ref, node: made.node, root: made.node, path } : undefined;
  }

  /** What `super(…)` in a constructor calls: the vendor class's constructor, when the class extends one. */
  private superApi(node: Node): ApiRef | undefined {
    const container = thisContainer(node);
    const parent = container?.type === 'ClassBody' ? (container.parent!.superClass as Node | null | undefined) : undefined;
    const ref = parent ? this.api(parent) : undefined;
    return ref?.kind === 'api' && ref.node.construct ? { ...ref, node: { call: ref.node.construct }, path: 'super' } : undefined;
  }

  /** A wrapper package's module namespace: its default and named exports. */
  private moduleApi(source: string | undefined): ApiRef | undefined {
    const hit = this.wrapper(source);
    if (!hit) return undefined;
    const node: ApiNode = { members: hit.wrapper.exports };
    return { kind: 'api', vendor: hit.vendor, node, root: node, path: source! };
  }

  /** `await import('pkg')` held in a variable: the module, shown by the variable's name. */
  private importedModule(init: Node, name: string): ApiRef | undefined {
    const ref = init.type === 'ImportExpression' ? this.api(init) : undefined;
    return ref?.kind === 'api' ? { ...ref, path: name } : undefined;
  }

  /** What a promise resolves to: `import(pkg)`, or `p.then((m) => m.default)` of one. */
  private promiseApi(promise: Node | undefined): ApiRef | undefined {
    const p = promise && unwrap(promise);
    if (!p) return undefined;
    if (p.type === 'ImportExpression') return this.api(p);
    const callee = p.type === 'CallExpression' ? unwrap(p.callee as Node) : undefined;
    if (callee?.type !== 'MemberExpression' || this.propName(callee) !== 'then') return undefined;
    const base = this.promiseApi(callee.object as Node);
    const cb = argsOf(p)[0];
    const body = cb?.type === 'ArrowFunctionExpression' ? unwrap(cb.body as Node) : undefined;
    const param = (cb?.params as Node[] | undefined)?.[0];
    if (base?.kind !== 'api' || body?.type !== 'MemberExpression' || unwrap(body.object as Node).name !== param?.name) return undefined;
    const key = this.propName(body);
    const member = key === undefined ? undefined : base.node.members?.[key];
    return member && { ...base, node: member, root: member, path: `${base.path}.${key}` };
  }

  /** `name`: how messages name it; by default as written (`require('…').UserData`). */
  private requiredWrapper(init: Node, name?: string): ApiRef | undefined {
    // `const ReactPixel = require('react-facebook-pixel')` (also `.default`), `const UserData = require('…').UserData`.
    let call = init;
    let member: string | undefined;
    if (call.type === 'MemberExpression') {
      member = this.propName(call);
      if (member === undefined) return undefined;
      if (member === 'default') member = undefined;
      call = unwrap(call.object as Node);
    }
    if (call.type !== 'CallExpression') return undefined;
    const callee = unwrap(call.callee as Node);
    if (callee.type !== 'Identifier' || callee.name !== 'require') return undefined;
    const arg = argsOf(call)[0];
    const source = arg && this.stringValue(arg);
    return this.wrapperExport(source, member, name ?? `require('${source}')${member === undefined ? '' : `.${member}`}`);
  }

  /** A wrapper package's default export, or member `member` of it, named `path` in messages. */
  private wrapperExport(source: string | undefined, member: string | undefined, path: string): ApiRef | undefined {
    const hit = this.wrapper(source);
    const exports = hit?.wrapper.exports;
    // A package without a default export is, as CommonJS requires it, its named exports (`require('google-ads-api').GoogleAdsApi`).
    const whole = exports && (exports.default ?? { members: exports });
    const api = member === undefined ? whole : (whole?.members?.[member] ?? exports?.[member]);
    return hit && api && { kind: 'api', vendor: hit.vendor, node: api, root: api, path };
  }

  // ───────────────────────────── calls ─────────────────────────────

  private classifyCall(node: Node): void {
    if (this.browserTest && inBrowserTest(node)) return;
    const callee = unwrap(node.callee as Node);
    let args = argsOf(node);
    if (callee.type === 'Super') {
      const made = this.superApi(callee);
      if (made?.kind === 'api') this.pushCall(node, made, args);
      return;
    }
    let ref = this.api(callee);
    if (node.type === 'NewExpression') {
      // `new UserData(email, phone)`, `new EventRequest(token, pixelId)`.
      if (ref?.kind === 'api' && ref.node.construct) this.pushCall(node, { ...ref, node: { call: ref.node.construct }, path: `new ${ref.path}` }, args);
      return;
    }
    // GTM sandboxed templates: callInWindow('ttq.identify', data).
    if (!ref && callee.type === 'Identifier' && callee.name === 'callInWindow' && args[0]) {
      ref = this.pathApi(this.stringValue(args[0]));
      args = args.slice(1);
    }
    // `ttq.track.call(ttq, name)`, `fbq.apply(window, ['track', name])`: the call itself.
    let applied: Value | undefined;
    const invoke = !ref && callee.type === 'MemberExpression' ? this.propName(callee) : undefined;
    if (invoke === 'call' || invoke === 'apply') {
      const target = this.api(unwrap(callee.object as Node));
      if (target?.kind === 'api' && target.node.call) {
        ref = target;
        if (invoke === 'apply') applied = args[1] ? (this.argumentsOf(args[1], 0) ?? this.value(args[1])) : undefined;
        args = invoke === 'call' ? args.slice(1) : [];
      }
    }
    // `Reflect.apply(window.fbq, window, ['track', name])`: as `fbq.apply(window, […])`.
    if (!ref && args[0] && memberText(callee) === 'Reflect.apply' && this.isGlobal(unwrap(callee.object as Node))) {
      const target = this.api(unwrap(args[0]));
      if (target?.kind === 'api' && target.node.call) {
        ref = target;
        applied = args[2] ? (this.argumentsOf(args[2], 0) ?? this.value(args[2])) : undefined;
        args = [];
      }
    }
    // redux-saga's effects run a function with the arguments after it: `yield call(fbq, 'trackCustom', name)`,
    // `fork`, `spawn`, and with a receiver, `call([ttq, ttq.track], name)` or `call([ttq, 'track'], name)`.
    if (!ref && args[0] && callee.type === 'Identifier' && this.sagaEffect(callee)) {
      const fn = unwrap(args[0]);
      const pair = fn.type === 'ArrayExpression' ? (fn.elements as Array<Node | null>) : undefined;
      const method = pair?.[1] ? unwrap(pair[1]) : undefined;
      const target = !pair ? this.api(fn) : method?.type === 'Literal' && pair[0] ? this.pathApi(`${memberText(unwrap(pair[0]))}.${String(method.value)}`) : method && this.api(method);
      if (target?.kind === 'api' && target.node.call) {
        ref = target;
        args = args.slice(1);
      }
    }
    if (!ref) {
      if ((!this.ctx.helpers || !this.helperCall(node, callee, args)) && !this.importedCall(node, callee)) this.serverCall(node, callee, args);
      return;
    }
    // `const track = fbq.bind(window, 'trackCustom'); track(name)`: the bound arguments come first.
    const bind = callee.type === 'Identifier' ? this.soleInit(callee) : undefined;
    const bound = bind && unwrap(bind).type === 'CallExpression' && unwrap(unwrap(bind).callee as Node).type === 'MemberExpression' && this.propName(unwrap(unwrap(bind).callee as Node)) === 'bind' ? argsOf(unwrap(bind)).slice(1) : [];
    if (bound.length && !applied) args = [...bound, ...args];
    if (ref.kind === 'api') this.pushCall(node, ref, args, applied);
  }

  /**
   * A call of a function another module of the project exports (`import { event } from '@/lib/fpixel'`,
   * `fpixel.event(…)` of `import * as fpixel`): the tracker calls it makes with its parameters, made
   * here with this call's arguments, as a local helper's are at its call sites.
   */
  private importedCall(node: Node, callee: Node, depth = 0): boolean {
    if (!this.ctx.imported || node.type !== 'CallExpression') return false;
    // `track(…)`, `analytics.track(…)`, `lib.analytics.track(…)`: the imported name and the members after it.
    const members: string[] = [];
    let id = this.chainRoot(callee, members);
    // `useTracking().track(…)`, `makeTracker('trackCustom')(…)`, `new Tracker().track(…)`: what an
    // imported function returns, or an imported class's instance, called on the spot.
    let madeHere: Node | undefined;
    if (id?.type === 'CallExpression' || (id?.type === 'NewExpression' && members.length)) {
      madeHere = id;
      members.unshift('()');
      id = this.chainRoot(unwrap(id.callee as Node), members);
    }
    if (!id) return false;
    // An Options API template's `track(…)` or `tracking.track(…)`: what `setup()` returns under that
    // name (`{ ...useTracking() }`, `{ track: tracking.track }`), read where it is written.
    // Also a method of a mixin the component imports (`mixins: [tracking]`), from its template or as `this.trackLead(…)`.
    if (id.type === 'Identifier' && this.instanceRefs?.has(id) && depth === 0) {
      return this.instanceSources(this.exportedOptions(), id.name as string).some((value) => this.importedCall(node, members.reduce(memberOfNode, value), 1));
    }
    if (id.type === 'ThisExpression' && !madeHere && depth === 0 && members.length > 0) {
      const component = thisContainer(callee);
      if (component?.type === 'ObjectExpression' && isVueComponent(component) && !listsMethod(component, members[0]!)) {
        const [name, ...rest] = members;
        if (this.instanceSources(component, name!).some((value) => this.importedCall(node, rest.reduce(memberOfNode, value), 1))) return true;
      }
    }
    const { imported } = this.ctx;
    const read = (source: string, path: string, made?: Node): boolean => {
      const found = imported.calls(source, path);
      // Named as the code calls it (`this.identify()`), not by the member it is read through (`tracking.methods.identify`).
      return found ? this.placeImported(node, memberText(depth ? unwrap(node.callee as Node) : callee), found, made) : false;
    };
    // Vue: `this.$track(…)` in a component, `$track(…)` in its template, of a global property the
    // app's entry module or a plugin sets (`app.config.globalProperties.$track = (name) => …`).
    // Also a method of an object set there (`this.$analytics.track(…)` of `$analytics = { track(n) {…} }`).
    const prop = id.type === 'ThisExpression' ? members[0] : id.type === 'Identifier' && this.instanceNames?.has(id) ? (id.name as string) : undefined;
    const global = prop?.startsWith('$') && !madeHere ? this.vueGlobalSource(callee, id, prop) : undefined;
    if (global !== undefined) return read(global, [VUE_GLOBAL + prop, ...(id.type === 'ThisExpression' ? members.slice(1) : members)].join('.'));
    // `require('./tracker').logEvent(…)`: the module, read as a namespace import is.
    const required = madeHere?.type === 'CallExpression' ? this.requiredSource(madeHere) : undefined;
    if (required !== undefined) return read(required, members.slice(1).join('.') || 'default');
    // An instance by its declared class (Angular's injection): `this.analytics.track(…)` of
    // `constructor(private analytics: AnalyticsService)` or `analytics = inject(AnalyticsService)`, and
    // `a.track(…)` of a parameter `a: AnalyticsService`. `()` is the instance the class makes.
    const container = id.type === 'ThisExpression' && members.length > 1 && !staticThis(callee) ? thisContainer(callee) : undefined;
    let typed = container?.type === 'ClassBody' ? fieldClass(container, members[0]!) : undefined;
    if (typed) members.shift();
    else if (id.type === 'Identifier' && members.length) {
      const param = this.variable(id)?.defs[0];
      if (param?.type === 'Parameter') typed = typeName(param.name);
    }
    if (typed) {
      members.unshift('()');
      id = typed;
    }
    if (id.type !== 'Identifier') return false;
    // `const t = analytics.track; t(…)`, `const send = useTracking().send`: the member it names.
    const alias = !madeHere && depth < 3 ? this.soleInit(id) : undefined;
    if (alias && unwrap(alias).type === 'MemberExpression' && this.importedCall(node, members.reduce(memberOfNode, unwrap(alias)), depth + 1)) return true;
    // A type's name is no reference to eslint-scope (which core runs on the modules it reads): the file's own binding of it.
    const variable = this.variable(id) ?? (typed ? this.topVariable(id.name as string) : null);
    let def = variable?.defs[0];
    // `onTrack(…)` of `function Child({ onTrack })`, `props.onTrack(…)`: what this file's elements give the prop (`<Child onTrack={track} />`).
    if (def?.type === 'Parameter' && !typed && !madeHere && depth < 3) {
      const given = this.propsGiven(def, members);
      if (given && given.values.some((passed) => this.importedCall(node, given.members.reduce(memberOfNode, passed), depth + 1))) return true;
    }
    // `const { track } = useTracking()`, `const analytics = useAnalytics()`: what an imported function
    // returns; also a `let` that may still hold it here (not replaced by a plain assignment before).
    const initial = def?.type === 'Variable' && (def.parent?.kind === 'const' || liveWrites(variable!, node).some((w) => w.writeExpr === def!.node.init));
    const made = initial && !madeHere ? returnedBy(def!) : undefined;
    // What a call hands a component: Vue's `inject('track')`, of what the app's entry file provides
    // (`app.provide('track', fn)`); Nuxt's `useNuxtApp()`, of what a plugin provides (`provide: { track }`),
    // as `useNuxtApp().$track(…)`, `const { $track } = useNuxtApp()` or `const app = useNuxtApp(); app.$track(…)`.
    // Vue's `getCurrentInstance()`: its `proxy` is the component instance, `this` of the Options API
    // (`getCurrentInstance().proxy.$track(…)`, `const { proxy } = getCurrentInstance()`).
    const app = madeHere ?? made?.call;
    if (app) {
      const path = madeHere ? members.slice(1) : made!.key !== undefined ? [made!.key, ...members] : members;
      const key = this.injectedKey(app);
      const own = key === undefined && this.frameworkCall(app, 'getCurrentInstance', VUE_MODULES) ? instanceProperty(path) : undefined;
      const nuxt = key === undefined && !own && this.frameworkCall(app, 'useNuxtApp', NUXT_APP_SOURCES) && path[0]?.startsWith('$');
      const name = key !== undefined ? PROVIDED_KEY + key : own ? own[0] : nuxt ? path[0] : undefined;
      const source = name === undefined ? undefined : this.vueGlobal(name)?.source;
      if (source !== undefined) return read(source, [VUE_GLOBAL + name, ...(own ? own.slice(1) : nuxt ? path.slice(1) : path)].join('.'));
    }
    if (made) {
      if (made.key !== undefined) members.unshift(made.key);
      // `const track = useTrackingStore((s) => s.track)`: a store hook's selector picks a member of what it gives.
      else members.unshift(...(selectedPath(made.call) ?? []));
      // `const tracker = require('../lib/tracker')`: a module, read as a namespace import is.
      const source = this.requiredSource(made.call);
      if (source !== undefined) return read(source, members.join('.') || 'default');
      members.unshift('()');
      // `useContext(AnalyticsContext)`: what the context's provider gives, in the module that exports the context.
      const context = /^(?:React\.)?useContext$/u.test(memberText(made.callee)) && argsOf(made.call)[0] ? unwrap(argsOf(made.call)[0]!) : undefined;
      const fn = this.chainRoot(context ?? made.callee, members);
      if (fn?.type !== 'Identifier') return false;
      def = this.variable(fn)?.defs[0];
      id = fn;
    }
    // Nuxt: a composable or util the app auto-imports (`useMetaPixel()` of `composables/useMetaPixel.ts`), named with no import.
    if (!def && !typed && id.type === 'Identifier' && this.isGlobal(id)) {
      const source = this.ctx.imported?.autoImports?.().get(id.name as string);
      if (source !== undefined) return read(source, [id.name as string, ...members].join('.'), made?.call ?? madeHere);
    }
    // A class imported as a type only (`import type { AnalyticsService }`) still makes the instance a parameter's type names.
    let from = def && moduleExport(def, Boolean(typed));
    // `const { trackEvent } = await import('@/lib/analytics')`, `const a = await import(…)`: a module loaded on demand, read as an import.
    if (!from && !made && !typed && def?.type === 'Variable') {
      const loaded = this.importedFrom(id);
      if (loaded && (loaded.whole ? members.length : true)) from = { source: loaded.source, name: loaded.whole ? '*' : loaded.name };
    }
    // `fpixel.event(…)` of a namespace import is its export `event`; `analytics.track(…)` of a named
    // or default import is the method `track` of that export.
    const exported = from && (from.name === '*' ? members : [from.name, ...members]).join('.');
    return exported ? read(from!.source, exported, made?.call ?? madeHere) : false;
  }

  /** Where the app's entry file or a plugin sets a Vue global property, or provides a key (`PROVIDED_KEY` + key). */
  private vueGlobal(name: string): VueGlobal | undefined {
    return this.ctx.imported?.vueGlobals?.().get(name);
  }

  /** The vendor API a Vue global property holds, set to a vendor global in another file (`$pixel = window.fbq`). */
  private vueGlobalApi(prop: string): ApiRef | undefined {
    const holds = this.vueGlobal(prop)?.holds;
    return holds === undefined ? undefined : this.pathApi(holds);
  }

  /** The key of Vue's `inject('track')` (imported from `vue`, or auto-imported by Nuxt), when written out. */
  private injectedKey(call: Node): string | undefined {
    if (!this.frameworkCall(call, 'inject', VUE_MODULES)) return undefined;
    const first = argsOf(call)[0];
    return first?.type === 'Literal' && typeof first.value === 'string' ? first.value : undefined;
  }

  /** A call of a framework's function by name (`useNuxtApp()`), imported from one of `modules` or auto-imported (Nuxt). */
  private frameworkCall(call: Node, name: string, modules: ReadonlySet<string>): boolean {
    const callee = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
    return callee?.type === 'Identifier' && callee.name === name && this.fromFramework(callee, modules);
  }

  /**
   * The module that sets the Vue global property `prop` that `this.$prop` (or a template's `$prop`)
   * reads here: in a component that does not declare its own, when this file does not set it
   * (it is then read as this file's function).
   */
  private vueGlobalSource(callee: Node, id: Node, prop: string): string | undefined {
    if (id.type === 'ThisExpression') {
      const container = thisContainer(callee);
      if (!container || !isVueComponent(container) || !takesVueGlobal(container, prop)) return undefined;
    }
    if (this.assignmentsTo(prop).some((a) => vueGlobalProperty(a.left as Node) === prop)) return undefined;
    return this.vueGlobal(prop)?.source;
  }

  /**
   * The object a member chain starts from (`lib` of `lib.analytics.track`), its keys put in front of
   * `members`; undefined when a key is not known or the chain is longer than an import's path can be.
   */
  private chainRoot(node: Node, members: string[]): Node | undefined {
    let at = node;
    for (; at.type === 'MemberExpression'; at = unwrap(at.object as Node)) {
      const key = this.propName(at);
      if (key === undefined || members.length >= 6) return undefined;
      members.unshift(key);
    }
    return at;
  }

  /**
   * The calls an imported function makes, made at `node` (a call, or an element of a component) with
   * its arguments; `label` names it in messages. A closure an imported factory made (`made`, the
   * call `const track = makeTracker('trackCustom')`) has the factory's parameters from that call.
   */
  private placeImported(node: Node, label: string, found: ExportedCalls, made?: Node): boolean {
    // A test (it mocks a module or replaces a tracker global with a double): what the project's
    // functions and components do under it is the test's. Their own files report their tracking.
    if ((found.calls.length || found.within?.length) && (this.mocked?.size || this.stubbed?.size || this.intercepted)) return true;
    // What the function sends by itself is reported in its file; that it runs here counts for the page this file is.
    for (const call of found.within ?? []) (this.facts.reached ??= []).push({ ...call, args: [], range: rangeOf(node), node, pages: undefined, imported: true });
    if (!found.calls.length) return false;
    const range = rangeOf(node);
    const { factory } = found;
    const fromMade = factory && made && this.siteArgs(made);
    const place = (v: Value): Value => {
      if (!fromMade || !usesParam(v, factory!)) return placedAt(v, range, found.fn);
      // What the factory's call passed is this file's, and keeps its place here.
      const filled = substitute(v, factory!, fromMade);
      return usesParam(filled, found.fn) ? placedAt(filled, range, found.fn) : filled;
    };
    const placed = found.calls.map((call) => ({ ...call, args: call.args.map((a) => a && { value: place(a.value), range }) }));
    this.forwardAt(node, found.fn, placed, label, false, [], true);
    return true;
  }

  /** A call of a declared tracking helper (`pushToDataLayer({ event })`): the tracker call it makes, with the site's arguments. */
  private helperCall(node: Node, callee: Node, args: Array<Node | undefined>): boolean {
    // `trackEvent.call(null, name)`, `trackEvent.apply(null, [name, params])`: the helper itself.
    const invoke = callee.type === 'MemberExpression' ? this.propName(callee) : undefined;
    const invoked = invoke === 'call' || invoke === 'apply' ? unwrap(callee.object as Node) : undefined;
    const helper = this.declaredHelper(invoked ?? callee);
    if (!helper) return false;
    // In a test that mocks a module, stubs a tracker or intercepts requests, the helper's call is the test's.
    if (this.mocked?.size || this.stubbed?.size || this.intercepted) return true;
    // What the site passes, by position: its arguments' values and where each is written. A spread
    // of a known list (`track(...ARGS)`) gives its items; after any other, positions are not known.
    const passed: Array<Arg | undefined> = [];
    let unknownFrom = Infinity;
    const list = invoke === 'apply' ? [] : invoke === 'call' ? args.slice(1) : args;
    const applied = invoke === 'apply' && args[1] ? (this.argumentsOf(args[1], 0) ?? this.value(args[1])) : undefined;
    if (invoke === 'apply') {
      if (applied?.kind === 'arr') for (const item of applied.items) passed.push({ value: item, range: rangeOf(args[1]!) });
      else unknownFrom = 0;
    }
    for (const a of list) {
      if (a?.type !== 'SpreadElement') {
        passed.push(a && { value: this.value(a), range: rangeOf(a) });
        continue;
      }
      const spread = this.value(a.argument as Node);
      if (spread.kind !== 'arr') {
        unknownFrom = passed.length;
        break;
      }
      for (const item of spread.items) passed.push({ value: item, range: rangeOf(a) });
    }
    this.helperCalls(node, rangeOf(callee), helper, passed, unknownFrom);
    return true;
  }

  /**
   * The calls a declared helper makes at one site, given what the site passes by position (from
   * `unknownFrom` on, not known). `at`: where the site names the helper.
   */
  private helperCalls(node: Node, at: Range, helper: CompiledHelper, passed: ReadonlyArray<Arg | undefined>, unknownFrom = Infinity, via = `${helper.name}() → `): void {
    // Literals of the declaration are at the helper's name; objects and arrays it builds span the
    // call, so what a site passes lies within them; a site's value is reported where the site passes
    // it (a value from a field or a call elsewhere, `this.user`, is still this call's).
    const whole = rangeOf(node);
    const fill = (t: Template): Arg | undefined => {
      switch (t.kind) {
        case 'arg': {
          const arg = passed[t.index];
          if (!arg) return t.index >= unknownFrom ? { value: { kind: 'unknown', range: whole }, range: whole } : undefined;
          // A value written elsewhere (a constant, a list spread here) is this call's: it is where the site passes it.
          return within(arg.value.range, whole) ? arg : { value: { ...arg.value, range: arg.range }, range: arg.range };
        }
        case 'member': {
          const arg = fill({ kind: 'arg', index: t.index });
          let v = arg?.value;
          for (const key of t.path) v = v && memberOf(v, key, arg!.range);
          return v && { value: v, range: arg!.range };
        }
        case 'literal': {
          const value: Value = t.value === null ? { kind: 'nullish', range: at } : typeof t.value === 'string' ? { kind: 'str', parts: [t.value], range: at } : typeof t.value === 'number' ? { kind: 'num', range: at } : { kind: 'bool', value: t.value, range: at };
          return { value, range: at };
        }
        case 'arr':
          return { value: { kind: 'arr', items: t.items.map((item) => fill(item)?.value ?? { kind: 'nullish', range: at }), range: whole }, range: whole };
        case 'obj': {
          const built = new ObjectBuilder();
          for (const p of t.props) {
            const arg = fill('spread' in p ? p.spread : p.value);
            if (!arg) continue;
            if ('spread' in p) built.spread(arg.value, arg.range);
            else built.set([{ key: p.key, keyRange: arg.range, value: arg.value }]);
          }
          return { value: built.object(whole), range: whole };
        }
        case 'concat': {
          // `'video_' + $2`: the text, a hole where a part is not text.
          const pieces = t.parts.map(fill);
          const parts = mergeParts(pieces.flatMap((p) => (!p ? [] : p.value.kind === 'str' ? p.value.parts : [{ hole: p.value }])));
          // At the one argument it takes, when it takes one.
          const taken = pieces.filter((p) => p && p.range !== at);
          const range = taken.length === 1 ? taken[0]!.range : whole;
          return { value: { kind: 'str', parts, range }, range };
        }
        case 'default': {
          const arg = fill(t.value);
          return arg && arg.value.kind !== 'nullish' ? arg : fill(t.fallback);
        }
        case 'either': {
          const options = t.options.flatMap((o) => fill(o) ?? []);
          return options.length ? { value: anyOf(options.map((o) => o.value), whole), range: options.length === 1 ? options[0]!.range : at } : undefined;
        }
        case 'call': {
          const arg = fill(t.value);
          if (!arg) return undefined;
          const { value } = arg;
          // `sha256($1.email)`: a hash of the value, still the visitor's.
          if (HASH_CALL.test(t.fn)) return { value: hashOf(value, t.fn, value.range), range: arg.range };
          // `$2.join(',')`: the items' text; every other call keeps the words it is given.
          if (t.fn === 'join' && value.kind === 'arr') return { value: joinItems(value.items, typeof t.args[0] === 'string' ? t.args[0] : ',', value.range), range: arg.range };
          return arg;
        }
        case 'lookup': {
          // The entry the site's key names, or any entry when the key is not known.
          const keys = fill(t.key);
          const known = keys ? this.strings(keys.value) : [];
          const rows = known.length ? t.table.filter((row) => known.includes(row.key)) : t.table;
          const values = rows.flatMap((row) => fill(row.value)?.value ?? []);
          return values.length ? { value: anyOf(values, at), range: keys?.range ?? at } : undefined;
        }
      }
    };
    for (const call of helper.calls) {
      const made = call.args.map(fill);
      const request = SERVER_CALLS[call.callee];
      if (request !== undefined) {
        // `sendCapiEvent(payload)` declared as `fetch('https://graph.facebook.com/…/events', { body: $1 })`.
        const [url, sent] = [made[0], made[request]];
        let payload = sent?.value;
        if (FETCH_LIKE.has(call.callee) && payload?.kind === 'obj') payload = lookup(payload, 'body') ?? lookup(payload, 'json') ?? payload;
        if (url && payload) this.pushServerCall(node, `${via}${call.callee}`, url.value, url.range, payload, sent!.range, serverApi(url.value));
        continue;
      }
      const exported = EXPORTED_TRACKERS.get(call.callee);
      const ref = exported ? ({ kind: 'api', vendor: exported.vendor, node: exported.api, root: exported.api, path: call.callee } as const) : this.pathApi(call.callee);
      if (ref?.kind === 'api' && ref.node.call) this.pushArgs(node, ref, made, via);
    }
  }

  /**
   * A component declared as a helper (`<ViewItemTracker name="…" />`, imported from another file,
   * also `<Trackers.ViewItemTracker>` of a namespace import): rendering it is its declared call, `$1`
   * being its props. JSX names are found by the module's variables, since not every scope manager
   * references them.
   */
  private elementHelper(element: Node): boolean {
    const opening = element.openingElement as Node;
    const names: string[] = [];
    let root = opening.name as Node;
    for (; root.type === 'JSXMemberExpression'; root = root.object as Node) names.unshift((root.property as Node).name as string);
    if (root.type !== 'JSXIdentifier') return false;
    this.moduleScope ??= this.ctx.scopeManager.scopes.find((s) => s.type === 'module') ?? null;
    const variable = this.moduleScope?.variables?.find((v) => v.name === root.name) ?? null;
    const helper = this.helperNamed(root.name as string, names, variable, variable?.references[0]?.identifier);
    const at = rangeOf(opening.name as Node);
    if (helper) this.helperCalls(element, at, helper, [{ value: this.jsxProps(element), range: rangeOf(opening) }], Infinity, `<${this.ctx.text.slice(at[0], at[1])}> → `);
    return Boolean(helper);
  }

  /**
   * The declared helper a callee names: an import of it (from its module, when the declaration
   * says which; also a member of a namespace or default import or of `require(…)`, for a declaration
   * that says the module), a global, or a name the file does not declare as a function or take as a
   * parameter (`const { track } = useAnalytics()`), also through a constant alias
   * (`const t = trackEvent`). A local function of that name is read as code instead.
   */
  private declaredHelper(callee: Node, depth = 0): CompiledHelper | undefined {
    const names: string[] = [];
    let root = callee;
    while (root.type === 'MemberExpression') {
      const prop = this.propName(root);
      if (prop === undefined) return undefined;
      names.unshift(prop);
      root = unwrap(root.object as Node);
    }
    // `require('@/lib/analytics').trackEvent(…)`, `(await import('@/lib/analytics')).trackEvent(…)`
    const loaded = root.type === 'AwaitExpression' ? unwrap(root.argument as Node) : root;
    const required = loaded.type === 'CallExpression' ? this.requiredSource(loaded) : loaded.type === 'ImportExpression' ? this.stringValue(loaded.source as Node) : undefined;
    if (required !== undefined) return names.length ? this.moduleHelper(required, names, true) : undefined;
    if (root.type !== 'Identifier' || this.templateLocals?.has(root)) return undefined;
    const helper = this.helperNamed(root.name as string, names, this.isGlobal(root) ? null : this.variable(root), root);
    if (helper !== undefined || depth >= 3 || names.length) return helper ?? undefined;
    const alias = this.soleInit(root);
    return alias && (unwrap(alias).type === 'Identifier' || unwrap(alias).type === 'MemberExpression') ? this.declaredHelper(unwrap(alias), depth + 1) : undefined;
  }

  /**
   * The helper `name.names…` is, `variable` being what `name` is bound to (null: a global) and `use`
   * a reference to it. Undefined when the binding may be followed further (a constant alias); null
   * when it is no helper.
   */
  private helperNamed(name: string, names: readonly string[], variable: VariableLike | null, use: Node | undefined): CompiledHelper | null | undefined {
    const { list } = this.ctx.helpers!;
    const anywhere = (path: readonly string[]) => list.find((h) => !h.from && namedAs(h, path)) ?? null;
    if (unbound(variable)) return anywhere(WINDOW_NAMES.has(name) && names.length ? names : [name, ...names]);
    const def = variable!.defs[0]!;
    const from = def.type === 'ImportBinding' ? importOf(def) : use && this.importedFrom(use);
    if (from) {
      // `import * as analytics from '@/lib/analytics'; analytics.trackEvent(…)`: the module's own name,
      // for a declaration that names the module (a `track` declared for any module is not `mixpanel.track`).
      return this.moduleHelper(from.source, [from.name, ...names], false) ?? (from.whole && names.length ? this.moduleHelper(from.source, names, true) : undefined) ?? null;
    }
    // A local function or class is read as code; a parameter holds what a caller passes, not the module's helper.
    if (def.type === 'FunctionName' || def.type === 'ClassName' || def.type === 'Parameter' || (use && this.localFunction(use))) return null;
    return anywhere([name, ...names]) ?? undefined;
  }

  /** The helper declared as `path` of module `source` (`onlyDeclaredFrom`: only one whose declaration names the module). */
  private moduleHelper(source: string, path: readonly string[], onlyDeclaredFrom: boolean): CompiledHelper | undefined {
    const { list, moduleKey } = this.ctx.helpers!;
    return list.find((h) => namedAs(h, path) && (h.from ? h.from.has(moduleKey(source)) : !onlyDeclaredFrom));
  }

  /** The module `require('…')` names. */
  private requiredSource(call: Node): string | undefined {
    const callee = unwrap(call.callee as Node);
    return callee.type === 'Identifier' && callee.name === 'require' && this.isGlobal(callee) && argsOf(call)[0] ? this.stringValue(argsOf(call)[0]!) : undefined;
  }

  /** Whether `id` is redux-saga's `call`, `fork` or `spawn`, imported from its effects. */
  private sagaEffect(id: Node): boolean {
    if (!(this.sagas ??= this.ctx.text.includes('redux-saga'))) return false;
    const from = this.importedFrom(id);
    return from !== undefined && !from.whole && SAGA_MODULES.has(from.source) && SAGA_EFFECTS.has(from.name);
  }

  /**
   * The module and name of an import or `require` (`import { track as t }`: `track`; a default or
   * namespace import, or a whole module required: its local name, and `whole`; a name taken from
   * one of those: its key).
   */
  private importedFrom(id: Node, depth = 0): { source: string; name: string; whole?: boolean } | undefined {
    const def = this.variable(id)?.defs[0];
    if (def?.type === 'ImportBinding') return importOf(def);
    const taken = this.destructured(id);
    let init = unwrap(taken?.init ?? this.soleInit(id) ?? id);
    // `const { sendLead } = await import('@/lib/conversions')`: a module loaded on demand.
    if (init.type === 'AwaitExpression') init = unwrap(init.argument as Node);
    if (init.type === 'ImportExpression') {
      const source = this.stringValue(init.source as Node);
      return source === undefined ? undefined : { source, name: taken?.key ?? (id.name as string), whole: !taken };
    }
    // `const { pushToDataLayer: push } = analytics` of a namespace import.
    if (taken && init.type === 'Identifier' && depth < 3) {
      const module = this.importedFrom(init, depth + 1);
      return module?.whole ? { source: module.source, name: taken.key } : undefined;
    }
    const source = init.type === 'CallExpression' ? this.requiredSource(init) : undefined;
    return source === undefined ? undefined : { source, name: taken?.key ?? (id.name as string), whole: !taken };
  }

  /** A call of vendor API `ref` with these arguments (`applied`: the array `.apply` passes). */
  private pushCall(node: Node, ref: Extract<ApiRef, { kind: 'api' }>, args: Array<Node | undefined>, applied?: Value): void {
    if (!ref.node.call) return;
    const spreadAt = args.findIndex((a) => a?.type === 'SpreadElement');
    // `fbq(...args)` with `args` a rest parameter (or `arguments`): the call site's arguments from there on.
    // …or a known list (`new UserData(...[email, phone])`, `fbq(...args)` with `const args = ['init', id]`).
    const spreadArg = spreadAt >= 0 ? (args[spreadAt]!.argument as Node) : undefined;
    const spread = spreadArg && (this.argumentsOf(spreadArg, spreadAt) ?? this.value(spreadArg));
    const argValues: Array<Arg | undefined> =
      applied?.kind === 'arr'
        ? applied.items.map((value) => ({ value, range: value.range }))
        : [
            ...(spreadAt >= 0 ? args.slice(0, spreadAt) : args).map((a) => a && { value: this.value(a), range: rangeOf(a) }),
            ...(spread?.kind === 'arr' ? spread.items.map((value) => ({ value, range: value.range })) : spreadAt >= 0 ? [undefined] : []),
          ];
    this.pushArgs(node, ref, argValues);
  }

  /** A call of vendor API `ref` with these argument values (`via`: the helper it is made through, `trackEvent() → `). */
  private pushArgs(node: Node, ref: Extract<ApiRef, { kind: 'api' }>, argValues: ReadonlyArray<Arg | undefined>, via = ''): void {
    const call = this.trackerCall(ref.node.call!, ref.path, ref.vendor, argValues, rangeOf(node), enclosingFunction(node));
    if (call) this.facts.calls.push({ ...call, display: via + call.display, node });
    else if ('commands' in ref.node.call! && isParam(argValues[0]?.value)) {
      this.generic.push({ table: ref.node.call as CommandTable, path: ref.path, vendor: ref.vendor, args: argValues, range: rangeOf(node), enclosingFn: enclosingFunction(node), node });
    }
  }

  /** The call a vendor function makes with these arguments, when its command (if it takes one) is known. */
  private trackerCall(call: CallShape | CommandTable, path: string, apiVendor: VendorSpec, argValues: ReadonlyArray<Arg | undefined>, range: Range, enclosingFn: Node | undefined): TrackerCall | undefined {
    let shape: CallShape | undefined;
    let display = `${path}()`;
    if ('commands' in call && call.object && argValues[0]?.value.kind === 'obj') {
      shape = call.object;
      display = `${path}({…})`;
    } else if ('commands' in call) {
      const command = argValues[0] && this.strings(argValues[0].value)[0];
      if (command === undefined) return undefined;
      shape = this.pickShape(call, command, argValues);
      display = `${path}('${command}')`;
    } else {
      shape = call;
    }
    if (!shape) return undefined;
    if (shape.fields || shape.keyArg !== undefined) {
      // `setEmail(email)`: one object of the fields the arguments fill; `add_custom_property(key, value)`: of that key.
      const named = shape.keyArg === undefined ? undefined : argValues[shape.keyArg] && this.strings(argValues[shape.keyArg]!.value)[0];
      const fields = shape.fields ?? argValues.map((_, i) => (i === shape.keyArg! + 1 ? named : null));
      const present = fields.flatMap((key, i) => {
        const arg = argValues[i];
        return arg && key ? [{ key, keyRange: arg.range, value: arg.value }] : [];
      });
      if (!present.length) return undefined;
      const whole: Range = [present[0]!.keyRange[0], present.at(-1)!.keyRange[1]];
      argValues = [{ value: { kind: 'obj', props: present, open: false, range: whole }, range: whole }];
    }
    let vendor = apiVendor;
    const prefix = shape.vendorByPrefix;
    if (prefix) {
      const candidates = [argValues[prefix.arg]?.value, shape.params !== undefined ? lookupValue(argValues[shape.params]?.value, 'send_to') : undefined];
      // With `key`, also the ids a list of objects gives under it (`[{ trackingId: 'AW-…' }]`).
      // Also each id of a list (`send_to: ['G-1', 'AW-1']`).
      const ids = (c: Value): string[] => [...this.strings(c), ...(c.kind === 'arr' ? c.items.flatMap((item) => this.strings(prefix.key ? (lookupValue(item, prefix.key) ?? item) : item)) : [])];
      if (candidates.some((c) => c && ids(c).some((s) => prefix.prefixes.some((p) => s.startsWith(p))))) vendor = getVendor(prefix.vendor);
      // An id from another file, named for Google Ads (`gtag('config', GOOGLE_ADS_ID)`): the name says whose it is.
      else if (prefix.vendor === 'google-ads' && namedAdsId(candidates[0], this.ctx.text)) vendor = getVendor(prefix.vendor);
    }
    return { vendor, shape, display, range, args: argValues, enclosingFn };
  }

  /**
   * `arguments`, or a rest parameter (`...args`), as the array of what each call site passes (from
   * parameter `from` on): each item a parameter reference that forwarding fills in at the sites.
   */
  private argumentsOf(node: Node, from: number, copies = 0): Value | undefined {
    const id = unwrap(node);
    if (id.type !== 'Identifier') return undefined;
    const range = rangeOf(id);
    const variable = this.variable(id);
    let fn: Node | undefined;
    let start = 0;
    const def = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
    // `var args = Array.prototype.slice.call(arguments)`, `Array.from(arguments)`, `[...arguments]`: a copy of them.
    const copied = def?.type === 'Variable' && def.name === def.node.id && variable!.references.every((ref) => !ref.isWrite() || ref.identifier === def.name) ? argumentsCopy(def.node.init as Node | undefined) : undefined;
    // Copies of copies a few deep (`var a = [...b], b = [...a]` would never end).
    if (copied && copies < 3) return this.argumentsOf(copied, from, copies + 1);
    if (id.name === 'arguments' && (!variable || variable.defs.length === 0)) {
      fn = enclosingFunction(id);
      while (fn?.type === 'ArrowFunctionExpression') fn = enclosingFunction(fn);
    } else if (variable?.defs.length === 1 && variable.defs[0]!.type === 'Parameter') {
      fn = variable.defs[0]!.node;
      start = (paramsOf(variable.defs[0]!) ?? []).findIndex((p) => p.type === 'RestElement' && p.argument === variable.defs[0]!.name);
      if (start < 0) return undefined;
    }
    if (!fn) return undefined;
    const items: Value[] = [];
    for (let i = 0; i < MAX_FORWARDED_ARGS - from; i++) items.push({ kind: 'unknown', range, param: { fn, index: start + i }, describe: `${id.name as string}[${i}]` });
    return { kind: 'arr', items, range };
  }

  /** A vendor global set to a value (`window.enhanced_conversion_data = { email }`): a call of its `assigned` shape. */
  private setGlobal(name: string, value: Node, at: Node): void {
    const entry = GLOBALS.get(name);
    const shape = entry?.api.assigned;
    const call = shape && this.trackerCall(shape, '', entry.vendor, [{ value: this.value(value), range: rangeOf(value) }], rangeOf(at), enclosingFunction(at));
    if (call) this.facts.calls.push({ ...call, display: `${name} =`, node: at });
  }

  /**
   * `rdt.config.em = hash`: an assignment onto a vendor's matching object is an identify call;
   * `userData.email = e` onto a property with a call shape, that call; `window.<global> = …`, a set global.
   */
  private classifyAssignment(node: Node): void {
    const member = unwrap(node.left as Node);
    const target = this.api(member.object as Node);
    if (target?.kind === 'window') {
      const key = this.propName(member);
      if (key !== undefined && GLOBALS.get(key)?.api.assigned) this.setGlobal(key, node.right as Node, node);
      return;
    }
    if (target?.kind !== 'api') return;
    const key = this.propName(member)!;
    const range = rangeOf(node);
    const property = target.node.properties?.[key];
    if (property) {
      const call = this.trackerCall(property, '', target.vendor, [{ value: this.value(node.right as Node), range: rangeOf(node.right as Node) }], range, enclosingFunction(node));
      if (call) this.facts.calls.push({ ...call, display: `${target.path}.${key} =`, node });
      return;
    }
    if (!target.node.identityObject) return;
    const value: Value = { kind: 'obj', props: [{ key, keyRange: rangeOf(member.property as Node), value: this.value(node.right as Node) }], open: false, range };
    this.facts.calls.push({
      vendor: target.vendor,
      shape: { kind: 'identify', identity: 0 },
      display: `${target.path}.${key} =`,
      range,
      args: [{ value, range }],
    });
  }

  /**
   * `fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', { body: JSON.stringify(payload) })`,
   * `axios.post(url, payload)`, `navigator.sendBeacon(url, payload)`: an Events/Conversions API call.
   */
  private serverCall(node: Node, callee: Node, args: Array<Node | undefined>): void {
    const last = callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' && !callee.computed ? ((callee.property as Node).name as string) : '';
    if (last === 'request' && this.nodeRequest(node, callee, args)) return;
    if (last === 'open' && callee.type === 'MemberExpression' && this.xhrOpen(node, callee, args)) return;
    // `needle('post', url, data)`: the method, then the URL and the data.
    if (last === 'needle' && callee.type === 'Identifier') return this.sendTo(node, last, args[1], args[2]);
    if (QUERY_METHODS.has(last)) this.queryRequest(node, callee, args);
    // `const api = ofetch.create({ baseURL }); api('/1/events', { body })`: a client called as a function.
    const called = callee.type === 'Identifier' && !SERVER_METHODS.has(last) ? this.clientBase(callee) : undefined;
    // A global (`fetch`, Nuxt's `$fetch`) or an import (`import { ofetch } from 'ofetch'`, `import got from 'got'`);
    // any `fetch` the code is given (`globalThis.fetch`, SvelteKit's `event.fetch`, `const fetch = require('node-fetch')`,
    // an injected `fetchImpl`, `import nodeFetch from 'node-fetch'`): the URL decides whether it goes to a vendor.
    const fetchish = FETCH_NAME.test(last) || (callee.type === 'Identifier' && this.fetchImport(callee));
    if (!called && !SERVER_METHODS.has(last) && !fetchish) return;
    const fetched = fetchish && !SERVER_CALLS[last] ? 'fetch' : last;
    const name = called ? called.call : callee.type === 'Identifier' && (fetchish || this.isGlobal(callee) || this.imported(callee)) ? fetched : callee.type === 'MemberExpression' ? (fetchish ? fetched : memberText(callee)) : '';
    // `fetch(new Request(url, { method, body }))`: the request holds the URL and the options.
    if (FETCH_LIKE.has(name) && args[0]) args = this.requestArgs(args[0]) ?? args;
    // `axios({ method: 'post', url, data })`: the URL and the body are the config's.
    const config = CONFIG_CALLS.has(name) && args[0] && args[0].type !== 'SpreadElement' ? this.value(args[0]) : undefined;
    if (config) {
      const url = lookupValue(config, 'url');
      const data = lookupValue(config, 'data');
      if (url && data) this.pushServerCall(node, name, url, rangeOf(args[0]!), data, rangeOf(args[0]!), serverApi(url));
      return;
    }
    // `const api = axios.create({ baseURL: 'https://graph.facebook.com/v18.0' }); api.post('/123/events', body)`.
    const base = called ?? (SERVER_CALLS[name] === undefined && callee.type === 'MemberExpression' ? this.clientBase(unwrap(callee.object as Node), last) : undefined);
    // `this.http.post(url, body)` on any client: the URL decides whether it goes to a vendor.
    const payloadAt = base ? SERVER_CALLS[base.call] : (SERVER_CALLS[name] ?? (callee.type === 'MemberExpression' && BODY_METHODS.has(last) ? 1 : undefined));
    if (payloadAt === undefined || !args[0]) return;
    const path = this.value(args[0]);
    // `request.post({ url, json })`, `got({ url, method: 'POST', json })`: one options object with the URL and the body.
    if (path.kind === 'obj' && !base) {
      const to = lookupValue(path, 'url') ?? lookupValue(path, 'uri');
      const body = lookupValue(path, 'json') ?? lookupValue(path, 'body') ?? lookupValue(path, 'form');
      if (to && body) this.pushServerCall(node, name || last, to, to.range, body, body.range, serverApi(to));
      return;
    }
    const url: Value = base ? { kind: 'str', parts: mergeParts([...partsOf(base.url), ...partsOf(path)]), range: path.range } : path;
    const match = serverApi(url);
    // superagent's `request.post(url).set(…).send(payload)`: the body is given down the chain.
    const payloadArg = args[payloadAt] ?? this.chainedSend(node);
    if (!payloadArg || payloadArg.type === 'SpreadElement' || (!match && !dependsOnParams(url))) return;
    // The endpoint is named only here, where the client's base URL meets the path.
    if (base && match) this.facts.pixels.push(urlEvidence(match, rangeOf(node)));
    let payload = this.value(payloadArg);
    let sent = rangeOf(payloadArg);
    // fetch(url, { method, headers, body }), got(url, { json }), `undici.request(url, { body })`.
    if ((FETCH_LIKE.has(name) || FETCH_LIKE.has(last)) && payload.kind === 'obj') {
      payload = lookup(payload, 'body') ?? lookup(payload, 'json') ?? payload;
      // Findings in a body the code builds elsewhere point at `body: …`, not at the whole options object.
      const option = unwrap(payloadArg).type === 'ObjectExpression' ? ((unwrap(payloadArg).properties as Node[]).find((p) => p.type === 'Property' && !p.computed && ['body', 'json'].includes(keyName(p) ?? '')) as Node | undefined) : undefined;
      if (option) sent = rangeOf(option.value as Node);
    }
    // Shown as the code calls it (`fetchImpl(…)`), read as `fetch`.
    this.pushServerCall(node, fetchish ? last : name || last, url, rangeOf(args[0]), payload, sent, match);
  }

  /**
   * Node's `https.request(url | options, [options], [callback])` (also `http`, `node:https`, an imported
   * `request`): the URL is the one given, or the options' `hostname` (`host`) and `path`; the body is
   * what the request is then given, `req.write(body)` or `req.end(body)`. False when the call is not Node's.
   */
  private nodeRequest(node: Node, callee: Node, args: Array<Node | undefined>): boolean {
    const holder = callee.type === 'MemberExpression' ? unwrap(callee.object as Node) : callee;
    const from = holder.type === 'Identifier' ? this.importedFrom(holder) : undefined;
    if (!from || !NODE_HTTP.test(from.source) || (callee.type === 'MemberExpression' ? !from.whole : from.name !== 'request')) return false;
    const first = args[0] && args[0].type !== 'SpreadElement' ? this.value(args[0]) : undefined;
    const host = first?.kind === 'obj' ? (lookupValue(first, 'hostname') ?? lookupValue(first, 'host')) : undefined;
    const path = first?.kind === 'obj' ? lookupValue(first, 'path') : undefined;
    const url: Value | undefined = host ? { kind: 'str', parts: mergeParts(['https://', ...partsOf(host), ...(path ? partsOf(path) : ['/'])]), range: first!.range } : first?.kind === 'obj' ? undefined : first;
    if (!url) return true;
    const match = serverApi(url);
    if (!match && !dependsOnParams(url)) return true;
    // The endpoint is named only here, where the host meets the path.
    if (host && match) this.facts.pixels.push(urlEvidence(match, rangeOf(args[0]!)));
    for (const body of this.requestBodies(node, NODE_BODY)) this.pushServerCall(node, memberText(callee), url, rangeOf(args[0]!), this.value(body), rangeOf(body), match);
    return true;
  }

  /**
   * `xhr.open('POST', url)` of an `XMLHttpRequest` (`const xhr = new XMLHttpRequest()`), with the body
   * `xhr.send(body)` gives. False when the object is not one.
   */
  private xhrOpen(node: Node, callee: Node, args: Array<Node | undefined>): boolean {
    const holder = unwrap(callee.object as Node);
    const made = holder.type === 'Identifier' ? this.declaredOnce(holder) : undefined;
    const ctor = made?.type === 'NewExpression' ? unwrap(made.callee as Node) : undefined;
    if (ctor?.type !== 'Identifier' || ctor.name !== 'XMLHttpRequest' || !this.isGlobal(ctor)) return false;
    for (const body of this.requestBodies(made!, XHR_BODY)) this.sendTo(node, 'XMLHttpRequest', args[1], body);
    return true;
  }

  /** A request to `target` sending `data` (`needle('post', url, data)`, `xhr.send(data)`); `pushServerCall` keeps it when it may reach a vendor's endpoint. */
  private sendTo(node: Node, name: string, target: Node | undefined, data: Node | undefined): void {
    if (!target || !data || target.type === 'SpreadElement' || data.type === 'SpreadElement') return;
    const url = this.value(target);
    this.pushServerCall(node, name, url, rangeOf(target), this.value(data), rangeOf(data), serverApi(url));
  }

  /** Whether `id` is the Fetch API imported from a package (`import nodeFetch from 'node-fetch'`); files that name none are not looked at. */
  private fetchImport(id: Node): boolean {
    this.namesFetchModule ??= FETCH_PACKAGE_NAMED.test(this.ctx.text);
    if (!this.namesFetchModule) return false;
    const from = this.importedFrom(id);
    return from !== undefined && FETCH_PACKAGES.has(from.source) && (from.whole === true || from.name === 'default' || from.name === 'fetch');
  }

  /** The body a chained `.send(body)` gives the request a call starts (superagent: `request.post(url).set(…).send(body)`). */
  private chainedSend(call: Node): Node | undefined {
    for (let at = call, depth = 0; depth < 8; depth++) {
      const member = at.parent;
      const next = member?.parent;
      if (member?.type !== 'MemberExpression' || member.object !== at || next?.type !== 'CallExpression' || next.callee !== member) return undefined;
      if (this.propName(member) === 'send') {
        const body = argsOf(next)[0];
        return body && body.type !== 'SpreadElement' ? body : undefined;
      }
      at = next;
    }
    return undefined;
  }

  /** What a request object is given to send by `methods`: on the call itself (`https.request(…).end(body)`) or on the variable holding it. */
  private requestBodies(request: Node, methods: ReadonlySet<string>): Node[] {
    const sent = (req: Node): Node | undefined => {
      const member = req.parent;
      const call = member?.parent;
      if (member?.type !== 'MemberExpression' || member.object !== req || call?.type !== 'CallExpression' || call.callee !== member) return undefined;
      const name = this.propName(member);
      const body = name !== undefined && methods.has(name) ? argsOf(call)[0] : undefined;
      // `req.end(() => …)`: a callback, not a body.
      return body && body.type !== 'SpreadElement' && !FUNCTION_TYPES.has(body.type) ? body : undefined;
    };
    const own = sent(request);
    if (own) return [own];
    const parent = request.parent;
    const id = parent?.type === 'VariableDeclarator' && parent.init === request ? (parent.id as Node) : parent?.type === 'AssignmentExpression' && parent.right === request ? (parent.left as Node) : undefined;
    const variable = id?.type === 'Identifier' ? this.variable(id) : undefined;
    return (variable?.references ?? []).flatMap((ref) => (ref.isWrite() ? [] : (sent(ref.identifier) ?? [])));
  }

  /**
   * A GET request whose data a client adds to a vendor beacon URL as its query: `$.get(url, data)`,
   * `$.getJSON`, `$.ajax({ url, data })`, `axios.get(url, { params })`, `axios({ url, params })`.
   */
  private queryRequest(node: Node, callee: Node, args: Array<Node | undefined>): void {
    let name = memberText(callee).replace(/^jQuery\./u, '$.');
    // `const http = axios.create(); http.get(url, { params })`: the instance's method is the library's.
    const client = !Object.hasOwn(QUERY_CALLS, name) && callee.type === 'MemberExpression' && (callee.object as Node).type === 'Identifier' ? this.declaredOnce(callee.object as Node) : undefined;
    const factory = client?.type === 'CallExpression' ? CLIENT_FACTORIES[memberText(client.callee as Node)] : undefined;
    if (factory) name = `${factory.library}.${this.propName(callee)}`;
    const option = QUERY_CALLS[name];
    const first = args[0] && args[0].type !== 'SpreadElement' ? this.value(args[0]) : undefined;
    if (option === undefined || !first) return;
    // `$.ajax({ url, data })`, `axios({ url, params })`: one settings object; else the URL, then the data or the options holding it.
    const settings = first.kind === 'obj' ? first : undefined;
    const path = settings ? lookupValue(settings, 'url') : first;
    // `axios.create({ baseURL: 'https://www.facebook.com' }).get('/tr', …)`: the base and the path.
    const base = factory && callee.type === 'MemberExpression' ? this.clientBase(callee.object as Node, this.propName(callee) ?? '') : undefined;
    const url: Value | undefined = base && path ? { kind: 'str', parts: mergeParts([...partsOf(base.url), ...partsOf(path)]), range: path.range } : path;
    const second = args[1] && args[1].type !== 'SpreadElement' ? this.value(args[1]) : undefined;
    // `$.get({ url, data })` (jQuery 3): the settings object's `data`.
    const data = settings ? lookupValue(settings, option || 'data') : option === '' ? second : second && lookupValue(second, option);
    if (!url || !data) return;
    // `$.ajax({ url, type: 'POST', data })` to a vendor's server endpoint: the data is the request's body.
    const endpoint = name === '$.ajax' ? serverApi(url) : undefined;
    if (endpoint) return this.pushServerCall(node, memberText(callee), url, url.range, data, data.range, endpoint);
    // `$.get(url, 'id=1&ev=' + name)`: the query as text, after the URL's own.
    const text = data.kind === 'str' ? mergeParts([...partsOf(url), joinParts(partsOf(url)).includes('?') ? '&' : '?', ...data.parts]) : undefined;
    const beacon = (text ? matchVendorUrls(joinParts(text)) : texts(url).flatMap((u) => matchVendorUrls(u))).find(sendsQuery);
    if (!beacon) return;
    // The beacon is named only here, where the client's base URL meets the path.
    if (base) this.facts.pixels.push(urlEvidence(beacon, rangeOf(node)));
    const call = text ? beaconCall(beacon, text, rangeOf(node)) : beaconDataCall(beacon, data, rangeOf(node), `${memberText(callee)}('${beacon.display}')`);
    if (call) this.facts.calls.push({ ...call, node, enclosingFn: enclosingFunction(node) });
  }

  /**
   * A request to a vendor's server endpoint, as a call that sends `payload`. A URL that a helper's
   * parameter makes (`postJson(url, body) { return fetch(url, …) }`) waits for its call sites.
   */
  private pushServerCall(node: Node, name: string, url: Value, urlRange: Range, payload: Value, payloadRange: Range, found: UrlMatch | undefined): void {
    const request: PendingRequest = { request: name, args: [{ value: url, range: urlRange }, { value: payload, range: payloadRange }], range: rangeOf(node), enclosingFn: enclosingFunction(node), node };
    if (found) this.facts.calls.push(serverRequest(request, found, name));
    else if (dependsOnParams(url)) this.generic.push(request);
  }

  /** The URL and options of a Fetch API `Request` (`new Request(url, init)`, also held in a constant). */
  private requestArgs(arg: Node): Array<Node | undefined> | undefined {
    let node: Node | undefined = unwrap(arg);
    if (node.type === 'Identifier') node = this.declaredOnce(node);
    if (node?.type !== 'NewExpression') return undefined;
    const callee = unwrap(node.callee as Node);
    return callee.type === 'Identifier' && callee.name === 'Request' && this.isGlobal(callee) ? argsOf(node) : undefined;
  }

  /** The base URL of an HTTP client made with one (`axios.create({ baseURL })`, `ky.create({ prefixUrl })`), and the call its method stands for. */
  private clientBase(client: Node, method?: string): { url: Value; call: string } | undefined {
    const init = client.type === 'Identifier' ? this.declaredOnce(client) : undefined;
    const factory = init?.type === 'CallExpression' ? CLIENT_FACTORIES[memberText(init.callee as Node)] : undefined;
    const config = factory && argsOf(init!)[0];
    const url = config && config.type !== 'SpreadElement' ? lookupValue(this.value(config), factory.option) : undefined;
    // Without a method, the client itself is called (`api(path, options)`).
    return url && { url, call: method === undefined ? factory!.library : `${factory!.library}.${method}` };
  }

  private pickShape(table: CommandTable, command: string, args: ReadonlyArray<Arg | undefined>): CallShape | undefined {
    const entry = table.commands[command];
    if (!entry) return undefined;
    const list: readonly ConditionalShape[] = Array.isArray(entry) ? entry : [entry as ConditionalShape];
    return list.find((s) => !s.when || (args[s.when.arg] && this.strings(args[s.when.arg]!.value).includes(s.when.equals)));
  }

  private pathApi(path: string | undefined): ApiRef | undefined {
    if (!path) return undefined;
    const [head, ...rest] = path.split('.');
    return this.memberPath(this.globalApi(head!), rest);
  }

  /** `list.forEach(track)`: the function is called with each element of the list. */
  private iterationSite(id: Node): Node | undefined {
    const call = id.parent;
    const callee = call?.type === 'CallExpression' && argsOf(call)[0] === id ? unwrap(call.callee as Node) : undefined;
    if (callee?.type !== 'MemberExpression' || !ITERATION_METHODS.has(this.propName(callee) ?? '')) return undefined;
    this.iterationSites.add(call!);
    return call!;
  }

  /**
   * The calls that run a listener a bus registers (`bus.on('track', fn)`): this file's `bus.emit('track', …)`
   * on the same bus, as calls of the listener with the arguments after the event's name (Vue 2's
   * `$on` and `$emit`; an RxJS subject's `subscribe(fn)` and `next(value)`).
   */
  private emitCalls(registration: Node): Node[] {
    const callee = unwrap(registration.callee as Node);
    const method = (callee.property as Node).name as string;
    const bus = memberText(unwrap(callee.object as Node));
    const subject = method === 'subscribe';
    const event = subject ? undefined : this.stringValue(argsOf(registration)[0] ?? callee);
    if (!bus || (!subject && event === undefined)) return [];
    if (method === 'addEventListener') return this.dispatchCalls(bus, event!);
    const emit = subject ? 'next' : method.startsWith('$') ? '$emit' : 'emit';
    return this.callNodes.flatMap((call) => {
      const c = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
      if (c?.type !== 'MemberExpression' || this.propName(c) !== emit || memberText(unwrap(c.object as Node)) !== bus) return [];
      if (subject) return [call];
      const [name, ...rest] = argsOf(call);
      return name && this.stringValue(name) === event ? [callWith(call, rest)] : [];
    });
  }

  /**
   * `target.dispatchEvent(new CustomEvent('clinic:track', { detail }))` for a listener of that event on
   * the same target: a call of the listener with the event's options, whose `detail` the listener reads.
   */
  private dispatchCalls(target: string, event: string): Node[] {
    return this.callNodes.flatMap((call) => {
      const c = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
      if (c?.type !== 'MemberExpression' || this.propName(c) !== 'dispatchEvent' || memberText(unwrap(c.object as Node)) !== target) return [];
      const made = argsOf(call)[0] && unwrap(argsOf(call)[0]!);
      const ctor = made?.type === 'NewExpression' ? unwrap(made.callee as Node) : undefined;
      if (ctor?.type !== 'Identifier' || (ctor.name !== 'CustomEvent' && ctor.name !== 'Event')) return [];
      const [name, init] = argsOf(made!);
      return name && this.stringValue(name) === event ? [callWith(call, [init])] : [];
    });
  }

  /**
   * The calls of a copy `fn.bind(thisArg, …bound)` makes of the function `id` names, as calls of the
   * function with the bound arguments first: called on the spot, through a constant that holds it, or
   * as a JSX handler (`onClick={track.bind(null, 'Lasik')}`, which gets the event after them).
   */
  private boundCalls(id: Node): Node[] {
    const member = id.parent;
    const bind = member?.type === 'MemberExpression' && member.object === id && this.propName(member) === 'bind' ? member.parent : undefined;
    if (bind?.type !== 'CallExpression' || bind.callee !== member) return [];
    const bound = argsOf(bind).slice(1);
    if (bound.some((a) => a?.type === 'SpreadElement')) return [];
    const withBound = (site: Node): Node => callWith(site, [...bound, ...argsOf(site)]);
    const holder = bind.parent;
    if (holder?.type === 'CallExpression' && holder.callee === bind) return [withBound(holder)];
    if (propAttribute(bind)) return [callWith(bind, bound)];
    if (holder?.type === 'VariableDeclarator' && holder.init === bind && (holder.id as Node).type === 'Identifier') return this.callsThrough(holder, (holder.id as Node).name as string, undefined).map(withBound);
    return [];
  }

  /**
   * Where a component of this file calls a function it is given as a prop: `onTrack(…)` in
   * `function Btn({ onTrack }) {…}`, or `props.onTrack(…)`, for `<Btn onTrack={…} />`.
   */
  private propCalls(attribute: Node): Node[] {
    const opening = attribute.parent;
    const tag = opening?.type === 'JSXOpeningElement' ? (opening.name as Node) : undefined;
    const prop = (attribute.name as Node).type === 'JSXIdentifier' ? ((attribute.name as Node).name as string) : undefined;
    if (tag?.type !== 'JSXIdentifier' || prop === undefined) return [];
    const component = this.componentFunction(tag.name as string);
    const param = component && (component.params as Node[])[0];
    if (!param) return [];
    const propName = (m: Node): string | undefined => this.propName(m);
    const uses = (name: string, member: string | undefined): Node[] => {
      const variable = this.ctx.scopeManager.getDeclaredVariables(component!).find((v) => v.name === name);
      return (variable?.references ?? []).flatMap((r) => callSite(r.identifier, member, propName) ?? []);
    };
    if (param.type === 'Identifier') return uses(param.name as string, prop);
    if (param.type !== 'ObjectPattern') return [];
    const held = (param.properties as Node[]).find((p) => p.type === 'Property' && keyName(p) === prop);
    const local = held && unwrapPattern(held.value as Node);
    return local?.type === 'Identifier' ? uses(local.name as string, undefined) : [];
  }

  /**
   * What this file's elements give a component's prop, for a name its first parameter binds: the
   * prop destructured (`function Child({ onTrack })`), or the props object with the prop as the
   * first of `members` (`props.onTrack`), whose other members follow.
   */
  private propsGiven(def: DefinitionLike, members: readonly string[]): { values: Node[]; members: string[] } | undefined {
    const fn = def.node;
    const param = (fn.params as Node[] | undefined)?.[0];
    let prop: string | undefined;
    let rest = [...members];
    if (param === def.name && members.length) prop = rest.shift();
    else if (param?.type === 'ObjectPattern') {
      const held = (param.properties as Node[]).find((p) => p.type === 'Property' && unwrapPattern(p.value as Node) === def.name);
      prop = held && keyName(held);
    }
    const name = prop === undefined ? undefined : functionBinding(fn)?.name;
    if (name === undefined || this.componentFunction(name) !== fn) return undefined;
    const values: Node[] = [];
    for (const element of this.jsxElements) {
      const opening = element.openingElement as Node;
      if ((opening.name as Node).name !== name) continue;
      const attribute = (opening.attributes as Node[]).find((a) => a.type === 'JSXAttribute' && (a.name as Node).name === prop);
      const value = (attribute?.value as Node | null | undefined)?.type === 'JSXExpressionContainer' ? ((attribute!.value as Node).expression as Node) : undefined;
      if (value && value.type !== 'JSXEmptyExpression') values.push(value);
    }
    return { values, members: rest };
  }

  /** A component this file declares by `name`: `function Btn(props) {…}` or `const Btn = (props) => …`. */
  private componentFunction(name: string): Node | undefined {
    const def = this.topVariable(name)?.defs[0];
    if (def?.type === 'FunctionName') return def.node;
    const init = def?.type === 'Variable' && def.node.init ? unwrap(def.node.init as Node) : undefined;
    return init && (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') ? init : undefined;
  }

  /** Calls of method `member` on the class property that holds the instance `created` makes (`this.pixel.send(…)`). */
  private instanceFieldCalls(created: Node, member: string): Node[] {
    const holder = created.parent;
    let body: Node | undefined;
    let prop: string | undefined;
    if (holder?.type === 'PropertyDefinition' && holder.value === created && !holder.static) {
      body = holder.parent ?? undefined;
      prop = keyName(holder);
    } else if (holder?.type === 'AssignmentExpression' && holder.right === created) {
      const left = unwrap(holder.left as Node);
      if (left.type === 'MemberExpression' && unwrap(left.object as Node).type === 'ThisExpression' && inConstructor(left)) {
        body = thisContainer(left);
        prop = this.propName(left);
      }
    }
    if (body?.type !== 'ClassBody' || prop === undefined) return [];
    return this.callNodes.filter((call) => {
      const callee = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
      const object = callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : undefined;
      return object?.type === 'MemberExpression' && unwrap(object.object as Node).type === 'ThisExpression' && this.propName(callee!) === member && this.propName(object) === prop && thisContainer(object) === body;
    });
  }

  /** Every call that reaches a named function, method or class member. */
  private callSitesOf(binding: Binding, depth = 0): Node[] {
    const sites = new Set<Node>();
    const propName = (m: Node): string | undefined => this.propName(m);
    const variable = binding.declarer && this.ctx.scopeManager.getDeclaredVariables(binding.declarer).find((v) => v.name === binding.name);
    for (const ref of variable ? [...variable.references, ...(this.templateUses.get(variable) ?? [])] : []) {
      if (binding.isClass) {
        // `class MetaTracker extends Tracker {}`: `new MetaTracker().track(…)` calls the inherited method
        // (and `new MetaTracker(id)` the inherited constructor), unless the subclass declares its own.
        const sub = subclassBinding(ref.identifier, binding.member!);
        if (sub) {
          if (depth < 3) for (const s of this.callSitesOf(sub, depth + 1)) sites.add(s);
          continue;
        }
        // `const tracker = new Tracker(); tracker.track(…)` and `new Tracker().track(…)`; a singleton's
        // accessor gives the instance too (`Tracker.getInstance().track(…)`).
        const created = ref.identifier.parent?.type === 'NewExpression' ? ref.identifier.parent : this.singletonCall(ref.identifier, variable!);
        if (created?.type !== 'NewExpression' && created?.type !== 'CallExpression') continue;
        if (created.type === 'NewExpression' && created.callee !== ref.identifier) continue;
        // `new Tracker(id)` calls its constructor.
        if (binding.member === 'constructor' && created.type === 'NewExpression') {
          sites.add(created);
          continue;
        }
        const direct = callSite(created, binding.member, propName);
        if (direct) sites.add(direct);
        const holder = created.parent;
        if (holder?.type === 'VariableDeclarator' && (holder.id as Node).type === 'Identifier') {
          for (const site of this.callsThrough(holder, (holder.id as Node).name as string, binding.member)) sites.add(site);
        }
        // `this.pixel = new PixelClient()` in a constructor, or a field `pixel = new PixelClient()`: `this.pixel.send(…)` in that class.
        for (const site of this.instanceFieldCalls(created, binding.member!)) sites.add(site);
      } else {
        const site = callSite(ref.identifier, binding.member, propName) ?? (binding.member === undefined ? this.iterationSite(ref.identifier) : undefined);
        if (site) sites.add(site);
        // A function a hook or factory hands out (`return { track }`, `return track`): the calls of what its callers get.
        if (binding.member === undefined && depth < 2) {
          const prop = ref.identifier.parent?.type === 'Property' && ref.identifier.parent.value === ref.identifier ? ref.identifier.parent : undefined;
          const returned = prop ? prop.parent! : ref.identifier;
          if (returnedNode(returned)) for (const s of this.handedOutCalls(returned, prop ? keyName(prop) : undefined, depth)) sites.add(s);
          // `<Ctx.Provider value={{ track }}>`: what `useContext(Ctx)` gives.
          if (prop) for (const s of this.contextCalls(ref.identifier, keyName(prop), depth)) sites.add(s);
        }
        // `const Tracked = memo(Inner)`, `const send = debounce(track, 300)`: the wrapper's sites.
        const wrapped = binding.member === undefined && depth < 2 ? wrapperBinding(ref.identifier) : undefined;
        if (wrapped) for (const s of this.callSitesOf(wrapped, depth + 1)) sites.add(s);
        // `<Btn onTrack={track} />`: where the component calls its prop.
        const attribute = binding.member === undefined ? propAttribute(ref.identifier) : undefined;
        if (attribute) for (const s of this.propCalls(attribute)) sites.add(s);
        // `const b = track.bind(null, 'Lasik Consult Booked'); b()`: the calls of the bound copy, with its arguments first.
        if (binding.member === undefined) for (const s of this.boundCalls(ref.identifier)) sites.add(s);
        // `bus.on('track', track)`: the bus's `emit('track', …)`.
        const registered = binding.member === undefined ? listenerRegistration(ref.identifier) : undefined;
        if (registered) for (const s of this.emitCalls(registered)) sites.add(s);
      }
    }
    if (binding.thisScope && binding.member !== undefined) {
      const [start, end] = rangeOf(binding.thisScope);
      for (const call of this.callNodes) {
        const callee = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
        const [s, e] = rangeOf(call);
        if (callee?.type !== 'MemberExpression' || unwrap(callee.object as Node).type !== 'ThisExpression' || this.propName(callee) !== binding.member) continue;
        if (s < start || e > end) {
          // `this.track(…)` in a subclass that inherits `track` (a class between them may declare its own),
          // or in a class this one extends, which calls what its subclasses put there (a template method).
          if (binding.isClass && (this.inheritedFrom(callee, binding.thisScope, binding.member) || this.overriddenIn(callee, binding.thisScope))) sites.add(call);
          continue;
        }
        // A Vue global property (`globalProperties.$track = …`) is `this.$track` of components only.
        const container = binding.thisScope.type === 'Program' ? thisContainer(callee) : undefined;
        if (binding.thisScope.type !== 'Program' || (container && takesVueGlobal(container, binding.member))) sites.add(call);
      }
    }
    // `methods: { booked(label) { … } }`: an Options API template's `booked('…')`.
    if (binding.member !== undefined && binding.thisScope?.type === 'ObjectExpression' && isVueComponent(binding.thisScope) && listsMethod(binding.thisScope, binding.member)) {
      for (const s of this.instanceCalls(binding.member)) sites.add(s);
    }
    if (binding.handedOut && depth < 2) for (const s of this.handedOutCalls(binding.handedOut.node, binding.handedOut.key, depth)) sites.add(s);
    if (binding.prop) for (const s of this.propCalls(binding.prop)) sites.add(s);
    if (binding.listener) for (const s of this.emitCalls(binding.listener)) sites.add(s);
    // Fan-out: `senders.forEach((send) => send(name))` over a list of functions, or over a constant
    // object's (`Object.values(vendors).forEach(…)`, `for (const send of …)`).
    const list = binding.inList ?? (binding.member !== undefined && binding.declarer?.type === 'VariableDeclarator' ? binding.declarer : undefined);
    if (list) for (const s of this.iteratedCalls(list, binding.inList === undefined)) sites.add(s);
    // `window.cwTrack = function (name) {…}`: `window.cwTrack(…)`, and `cwTrack(…)` where no local name hides the global.
    if (binding.global !== undefined) {
      const name = binding.member === undefined ? binding.global : `${binding.global}.${binding.member}`;
      for (const call of this.callNodes) {
        const callee = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
        if (!callee) continue;
        let root = callee;
        while (root.type === 'MemberExpression') root = unwrap(root.object as Node);
        const text = memberText(callee);
        const onGlobal = root.type === 'Identifier' && WINDOW_OBJECTS.has(root.name as string) && text.slice(text.indexOf('.') + 1) === name;
        if (onGlobal || (text === name && root.type === 'Identifier' && !this.variable(root))) sites.add(call);
      }
    }
    // A React component's call sites are its elements: `<CallLink phone="…" />`.
    if (!binding.member && !binding.isClass && binding.name && /^[A-Z]/u.test(binding.name)) {
      for (const element of this.jsxElements) if (((element.openingElement as Node).name as Node).name === binding.name) sites.add(element);
    }
    return [...sites];
  }

  /**
   * Calls of a function that a local function hands out, `returned` being what it returns: the
   * function itself (`return track`) or an object with it as `key` (`return { track }`). The calls are
   * those of what each call of the outer function gives: `useAnalytics().track(…)`,
   * `const { track } = useAnalytics(); track(…)`, `const a = makeTracker(); a.track(…)`.
   */
  private handedOutCalls(returned: Node, key: string | undefined, depth: number): Node[] {
    const holder = returned.parent;
    const fn = holder?.type === 'ReturnStatement' ? enclosingFunction(holder) : holder?.type === 'ArrowFunctionExpression' ? holder : undefined;
    const outer = fn && (functionBinding(fn) ?? this.storeHook(fn));
    // What an Options API component's `setup()` returns is the template's: `return { booked }`, then `@click="booked('…')"`.
    if (outer && isVueSetup(outer)) return key === undefined ? [] : this.instanceCalls(key);
    if (!outer || outer.member !== undefined || outer.handedOut) return [];
    return this.callSitesOf(outer, depth + 1).flatMap((made) => this.resultCalls(made, key));
  }

  /**
   * The hook a Zustand store's function makes (`const useTracking = create((set) => ({ … }))`, also
   * in TypeScript's curried form and inside middleware): calling it gives what the function returns.
   */
  private storeHook(fn: Node): Binding | undefined {
    let at = fn;
    for (let depth = 0; depth < 4; depth++) {
      const call = at.parent;
      if (call?.type !== 'CallExpression' || argsOf(call)[0] !== at) return undefined;
      const maker = storeMaker(call);
      if (maker && isZustandCreate(this.imported(maker))) {
        const holder = call.parent;
        return holder?.type === 'VariableDeclarator' && (holder.id as Node).type === 'Identifier' ? { name: (holder.id as Node).name as string, declarer: holder } : undefined;
      }
      at = call;
    }
    return undefined;
  }

  /** An Options API template's calls of the component instance's `name` (`@click="booked('…')"`). */
  private instanceCalls(name: string, member?: string): Node[] {
    if (!this.instanceRefs) return [];
    return [...this.instanceRefs].flatMap((id) => (id.name === name ? (callSite(id, member, (m) => this.propName(m)) ?? []) : []));
  }

  /**
   * `Tracker.getInstance()` of a class whose static method hands out its one instance: it returns
   * `new Tracker()`, or a static field the class sets to one (`Tracker.inst = new Tracker()`,
   * `this.instance ??= new Tracker()`, `static instance = new Tracker()`).
   */
  private singletonCall(id: Node, variable: VariableLike): Node | undefined {
    const member = id.parent;
    const call = member?.type === 'MemberExpression' && member.object === id ? member.parent : undefined;
    const cls = variable.defs[0]?.node;
    if (call?.type !== 'CallExpression' || call.callee !== member || !cls || !/^Class/u.test(cls.type)) return undefined;
    const name = this.propName(member!);
    const method = ((cls.body as Node).body as Node[]).find((m) => m.type === 'MethodDefinition' && m.static && !m.computed && keyName(m) === name);
    if (!method) return undefined;
    const isNew = (n: Node | undefined): boolean => n?.type === 'NewExpression' && unwrap(n.callee as Node).type === 'Identifier' && (unwrap(n.callee as Node).name === variable.name);
    // A member the class sets to an instance of itself somewhere in its body.
    const held = (m: Node): boolean => {
      const key = this.propName(m);
      return key !== undefined && keptValues(cls, key, this.ctx.visitorKeys, (a) => this.propName(a)).some(isNew);
    };
    const gives = (e: Node): boolean => {
      const n = unwrap(e);
      if (isNew(n)) return true;
      if (n.type === 'AssignmentExpression') return gives(n.right as Node) || ((n.left as Node).type === 'MemberExpression' && held(n.left as Node));
      if (n.type === 'LogicalExpression') return gives(n.left as Node) || gives(n.right as Node);
      return n.type === 'MemberExpression' && held(n);
    };
    return this.returnedExpressions(method.value as Node).some(gives) ? call : undefined;
  }

  /** The calls made through a name a node declares: `name(…)`, or `name.member(…)`. */
  private callsThrough(declarer: Node, name: string, member: string | undefined): Node[] {
    const variable = this.ctx.scopeManager.getDeclaredVariables(declarer).find((v) => v.name === name);
    // Also where a Vue template uses it (`const { track } = useTracking()`, then `@click="track(…)"`).
    const uses = variable ? [...variable.references, ...(this.templateUses.get(variable) ?? [])] : [];
    return uses.flatMap((r) => callSite(r.identifier, member, (m) => this.propName(m)) ?? [...this.memberAlias(r.identifier, member), ...this.setupReturned(r.identifier, member)]);
  }

  /** `const send = tracking.track; send(…)`: the calls of a variable that holds `member` of `id`. */
  private memberAlias(id: Node, member: string | undefined): Node[] {
    const m = id.parent;
    if (member === undefined || m?.type !== 'MemberExpression' || m.object !== id || this.propName(m) !== member) return [];
    const decl = m.parent;
    const alias = decl?.type === 'VariableDeclarator' && decl.init === m ? (decl.id as Node) : undefined;
    return alias?.type === 'Identifier' ? this.callsThrough(decl!, alias.name as string, undefined) : [];
  }

  /**
   * The template's calls of what an Options API `setup()` returns, `node` being a function there or
   * what holds `member`, a function: `return { track }` (`track(…)`), `return { tracking }`
   * (`tracking.track(…)`), `return { track: tracking.track }`, `return { ...tracking }`.
   */
  private setupReturned(node: Node, member: string | undefined): Node[] {
    let at = node;
    let key = member;
    const up = at.parent;
    if (key !== undefined && up?.type === 'MemberExpression' && up.object === at && this.propName(up) === key) {
      at = up;
      key = undefined;
    }
    const holder = at.parent;
    const spread = holder?.type === 'SpreadElement';
    if (!spread && (holder?.type !== 'Property' || holder.value !== at)) return [];
    const returned = holder.parent;
    const name = spread ? key : keyName(holder);
    if (!returned || name === undefined || !returnedNode(returned)) return [];
    const fn = enclosingFunction(returned);
    const outer = fn && functionBinding(fn);
    return outer && isVueSetup(outer) ? this.instanceCalls(name, spread ? undefined : key) : [];
  }

  /**
   * Calls of what call `made` gives, or of its property `key`: `made(…)` / `made.track(…)`, and
   * through a variable, `const a = made; a.track(…)` or `const { track } = made; track(…)`.
   */
  private resultCalls(made: Node, key: string | undefined): Node[] {
    if (made.type !== 'CallExpression') return [];
    const calls: Node[] = [];
    const propName = (m: Node): string | undefined => this.propName(m);
    // `useAnalytics().track(…)`, `makeTrack()(…)`.
    const direct = key === undefined ? (made.parent?.type === 'CallExpression' && made.parent.callee === made ? made.parent : undefined) : callSite(made, key, propName);
    if (direct) calls.push(direct);
    // `setup() { return { ...useTracking() } }`, `{ track: useTracking().track }`: the template's calls.
    else calls.push(...this.setupReturned(made, key));
    const decl = made.parent?.type === 'VariableDeclarator' && made.parent.init === made ? made.parent : undefined;
    const target = decl?.id as Node | undefined;
    // `const a = useAnalytics(); a.track(…)` (or `a(…)`); `const { track } = useAnalytics(); track(…)`.
    const p = target?.type === 'ObjectPattern' && key !== undefined ? (target.properties as Node[]).find((q) => q.type === 'Property' && keyName(q) === key) : undefined;
    const local = target?.type === 'Identifier' ? target : p && unwrapPattern(p.value as Node);
    // `const track = useTracking((s) => s.track)`: a store hook's selector picks the member.
    const picked = key !== undefined && selectedPath(made)?.join('.') === key;
    if (local?.type === 'Identifier') calls.push(...this.callsThrough(decl!, local.name as string, target === local && !picked ? key : undefined));
    return calls;
  }

  /**
   * Calls of a function a React context provides (`<Ctx.Provider value={{ track }}>`): of what
   * `useContext(Ctx)` gives, also through a local hook that returns it (`const useAnalytics = () => useContext(Ctx)`).
   */
  private contextCalls(ref: Node, key: string | undefined, depth: number): Node[] {
    const obj = ref.parent?.type === 'Property' ? ref.parent.parent : undefined;
    const container = obj?.parent;
    const attr = container?.type === 'JSXExpressionContainer' ? container.parent : undefined;
    const opening = attr?.type === 'JSXAttribute' && (attr.name as Node).name === 'value' ? attr.parent : undefined;
    const name = opening?.type === 'JSXOpeningElement' ? (opening.name as Node) : undefined;
    if (key === undefined || name?.type !== 'JSXMemberExpression' || (name.property as Node).name !== 'Provider') return [];
    const context = ((name.object as Node).name as string | undefined) ?? '';
    const calls: Node[] = [];
    for (const call of this.callNodes) {
      const callee = call.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
      const [arg] = call.type === 'CallExpression' ? argsOf(call) : [];
      const hook = callee?.type === 'Identifier' ? callee.name : callee?.type === 'MemberExpression' ? memberText(callee) : '';
      if ((hook !== 'useContext' && hook !== 'React.useContext') || arg?.type !== 'Identifier' || arg.name !== context) continue;
      calls.push(...this.resultCalls(call, key));
      // `const useAnalytics = () => useContext(Ctx)`: what its callers get.
      if (returnedNode(call) && depth < 2) calls.push(...this.handedOutCalls(call, key, depth));
    }
    return calls;
  }

  /**
   * Calls of the elements of a list held in a constant (`list` is the list literal, or the declarator
   * of a constant object when `values`: its values, as `Object.values(o)` lists them) by code that
   * iterates it: `list.forEach((send) => send(n))` (any iteration method), `for (const send of list) send(n)`.
   */
  private iteratedCalls(list: Node, values: boolean): Node[] {
    const decl = values ? list : list.parent?.type === 'VariableDeclarator' && list.parent.init === list ? list.parent : undefined;
    const id = decl?.id as Node | undefined;
    if (id?.type !== 'Identifier' || (decl!.parent as Node | undefined)?.kind !== 'const') return [];
    const variable = this.ctx.scopeManager.getDeclaredVariables(decl!).find((v) => v.name === id.name);
    const calls: Node[] = [];
    const callsOf = (holder: Node, name: string): void => void calls.push(...this.callsThrough(holder, name, undefined));
    for (const ref of variable?.references ?? []) {
      let at: Node = ref.identifier;
      if (values) {
        const call = at.parent;
        if (call?.type !== 'CallExpression' || memberText(call.callee as Node) !== 'Object.values' || argsOf(call)[0] !== at) continue;
        at = call;
      }
      const member = at.parent;
      const iteration = member?.type === 'MemberExpression' && member.object === at && ITERATION_METHODS.has(this.propName(member) ?? '') && member.parent?.type === 'CallExpression' ? member.parent : undefined;
      const callback = iteration ? argsOf(iteration)[0] : undefined;
      const param = callback && FUNCTION_TYPES.has(callback.type) ? (callback.params as Node[])[0] : undefined;
      if (param?.type === 'Identifier') callsOf(callback!, param.name as string);
      const loop = at.parent;
      const declared = loop?.type === 'ForOfStatement' && loop.right === at && (loop.left as Node).type === 'VariableDeclaration' ? ((loop.left as Node).declarations as Node[])[0] : undefined;
      if (declared && (declared.id as Node).type === 'Identifier') callsOf(declared, (declared.id as Node).name as string);
    }
    return calls;
  }

  /** The props a JSX element passes: its attributes as an object (open when it spreads some). */
  private jsxProps(element: Node): Extract<Value, { kind: 'obj' }> {
    const built = new ObjectBuilder();
    for (const attr of (element.openingElement as Node).attributes as Node[]) {
      // `<ConditionLink {...hep} />` passes the object's keys.
      if (attr.type === 'JSXSpreadAttribute') {
        built.spread(this.value(attr.argument as Node), rangeOf(attr));
        continue;
      }
      const name = attr.name as Node | undefined;
      if (attr.type !== 'JSXAttribute' || name?.type !== 'JSXIdentifier') {
        built.spread({ kind: 'unknown', range: rangeOf(attr) }, rangeOf(attr));
        continue;
      }
      // React takes `key` and `ref` for itself: they are never in the component's props.
      if (name.name === 'key' || name.name === 'ref') continue;
      const raw = attr.value as Node | null;
      const value: Value = !raw ? { kind: 'bool', value: true, range: rangeOf(attr) } : raw.type === 'JSXExpressionContainer' ? this.value(raw.expression as Node) : this.value(raw);
      built.set([{ key: name.name as string, keyRange: rangeOf(name), value }]);
    }
    // `<Label>Book Psychiatry</Label>`: the children are the `children` prop, replacing an attribute of that name.
    const children = ((element.children ?? []) as Node[]).flatMap((c): Value[] => {
      if (c.type === 'JSXText') {
        const text = jsxText(c.value as string);
        return text ? [{ kind: 'str', parts: [text], range: rangeOf(c) }] : [];
      }
      if (c.type === 'JSXExpressionContainer') return (c.expression as Node).type === 'JSXEmptyExpression' ? [] : [this.value(c.expression as Node)];
      return [unknownAt(c)];
    });
    if (children.length) {
      const at = rangeOf(element.openingElement as Node);
      built.set([{ key: 'children', keyRange: at, value: children.length === 1 ? children[0]! : { kind: 'arr', items: children, range: at } }]);
    }
    // The children are props too: an element that has some passes them all.
    return built.object(rangeOf(children.length ? element : (element.openingElement as Node)));
  }

  /** The elements an iteration site (`list.forEach(track)`) passes, when its list is known. */
  private elementsAt(site: Node): Value | undefined {
    return elementsOf(this.value(unwrap(site.callee as Node).object as Node), rangeOf(site));
  }

  /**
   * What a site passes, by parameter and key, for one substitution: each asked once (a large value
   * names the same parameter many times, and reading a key of a large argument is not free).
   */
  private siteArgs(site: Node): (index: number, key: string | undefined) => Value | undefined {
    const seen = new Map<string, Value | undefined>();
    return (index, key) => {
      const k = key === undefined ? String(index) : `${index}.${key}`;
      if (!seen.has(k)) seen.set(k, this.argValue(site, index, key));
      return seen.get(k);
    };
  }

  /**
   * What call `site` passes as parameter `index` (its property `key` for a destructured one). A value
   * defined elsewhere (`track(EVENTS.BOOKED)`) points at the argument that passes it.
   */
  private argValue(site: Node, index: number, key: string | undefined): Value | undefined {
    // Under `key` (a path, `opts.event.name`); nothing there is `undefined` at run time.
    const under = (whole: Value, at: Range): Value => keyPath(key!).reduce<Value | undefined>((v, k) => v && memberOf(v, k, at), whole) ?? { kind: 'nullish', range: rangeOf(site) };
    if (site.type === 'JSXElement') {
      const props = index === 0 ? this.jsxProps(site) : undefined;
      return key === undefined ? props : props && under(props, props.range);
    }
    if (this.iterationSites.has(site)) {
      const each = index === 0 ? this.elementsAt(site) : undefined;
      if (!each) return { kind: 'unknown', range: rangeOf(site) };
      return key === undefined ? each : under(each, each.range);
    }
    const args = argsOf(site);
    if (args.slice(0, index + 1).some((a) => a?.type === 'SpreadElement')) return undefined;
    const arg = args[index];
    if (!arg) return { kind: 'nullish', range: rangeOf(site) };
    const whole = this.value(arg);
    const argRange = rangeOf(arg);
    const v = key === undefined ? whole : under(whole, argRange);
    return v && (within(v.range, argRange) ? v : ({ ...v, range: argRange } as Value));
  }

  /**
   * Whether a call in `fn` runs when a site calls it: not when it sits in a branch on a parameter
   * (`switch (field) { case 'email': … }`, `if (field === 'email')`) that the site's known value
   * (`handleInputChange('name', …)`) does not take.
   */
  private reachable(node: Node | undefined, fn: Node, fromSite: (index: number, key: string | undefined) => Value | undefined): boolean {
    for (let child = node, parent = node?.parent; child && parent && child !== fn; child = parent, parent = parent.parent) {
      let subject: Node | undefined;
      let tests: Array<Node | null> = [];
      /** Values that take another branch: other cases' tests, when this branch is `default:`. */
      let elsewhere: Node[] = [];
      if (parent.type === 'SwitchCase' && parent.test !== child) {
        const cases = (parent.parent as Node).cases as Node[];
        let i = cases.indexOf(parent);
        tests = [parent.test as Node | null];
        // `case 'a': case 'b': …` and cases that fall through run this one too.
        while (i > 0 && fallsThrough(cases[i - 1]!)) tests.push(cases[--i]!.test as Node | null);
        if (tests.includes(null)) elsewhere = cases.flatMap((c) => (c.test && !tests.includes(c.test as Node) ? [c.test as Node] : []));
        subject = (parent.parent as Node).discriminant as Node;
      } else if (parent.type === 'IfStatement' && parent.consequent === child) {
        const test = unwrap(parent.test as Node);
        if (test.type === 'BinaryExpression' && (test.operator === '===' || test.operator === '==')) {
          const [left, right] = [unwrap(test.left as Node), unwrap(test.right as Node)];
          [subject, tests] = right.type === 'Literal' ? [left, [right]] : [right, [left]];
        }
      }
      if (!subject) continue;
      const v = this.value(subject);
      const passed = v.kind === 'unknown' && v.param?.fn === fn ? fromSite(v.param.index, v.param.key) : undefined;
      const sent = passed && knownTexts(passed);
      if (!sent?.complete) continue;
      const strings = (nodes: ReadonlyArray<Node | null>) => nodes.flatMap((t) => (t ? [this.stringValue(t)] : []));
      const here = strings(tests);
      const other = strings(elsewhere);
      if (here.includes(undefined) || other.includes(undefined)) continue;
      const runs = (text: string): boolean => here.includes(text) || (tests.includes(null) && !other.includes(text));
      if (!sent.texts.some(runs)) return false;
    }
    return true;
  }

  /** Is a function (or the object or class that holds it) exported from the module: `export`, `export { f }`, `export default f`, `module.exports`? */
  private exported(binding: Binding, depth = 0): boolean {
    // On the page's global object, other scripts (another GTM tag) call it too.
    if (binding.global !== undefined) return true;
    const declarer = binding.declarer;
    if (!declarer) return false;
    const statement = declarer.type === 'VariableDeclarator' ? declarer.parent : declarer;
    if (statement?.parent?.type === 'ExportNamedDeclaration' || statement?.parent?.type === 'ExportDefaultDeclaration') return true;
    const variable = binding.name === undefined ? undefined : this.ctx.scopeManager.getDeclaredVariables(declarer).find((v) => v.name === binding.name);
    return (variable?.references ?? []).some((ref) => {
      let at: Node = ref.identifier;
      // `module.exports = { track }`: the name inside the exported object.
      if (at.parent?.type === 'Property' && at.parent.value === at && at.parent.parent?.type === 'ObjectExpression') at = at.parent.parent;
      // `export default memo(Inner)`, `export const Btn = memo(Inner)`: the wrapper is exported, and calls it.
      const wrapped = depth < 2 ? wrapperBinding(at) : undefined;
      if (wrapped) return this.exported(wrapped, depth + 1);
      if (wrapperCall(at)?.parent?.type === 'ExportDefaultDeclaration') return true;
      const parent = at.parent;
      if (parent?.type === 'ExportSpecifier' || parent?.type === 'ExportDefaultDeclaration') return true;
      // `module.exports.track = track`, and `window.track = track`: other scripts (another GTM tag) call it.
      return parent?.type === 'AssignmentExpression' && parent.right === at && /^(?:(?:module\.)?exports\b|(?:window|globalThis|self)\.[$\w]+$)/u.test(memberText(parent.left as Node));
    });
  }

  /** Calls of local functions that forward a parameter into a tracker call become tracker calls. */
  private forward(): void {
    // A site inside another helper forwards again (`onBooked(label) { sendEvent(label) }`), a few levels deep.
    let pending: Array<TrackerCall | GenericCall | PendingRequest> = [...this.facts.calls, ...this.generic, ...this.embeddedParamCalls()];
    for (let level = 0; level < MAX_FORWARD_LEVELS && pending.length > 0; level++) pending = this.forwardOnce(pending);
  }

  /**
   * Calls of code kept in a string whose arguments are this file's function parameters
   * (`` <Script>{`fbq('trackCustom', '${name}')`}</Script> `` in `PixelEvent({ name })`): placed where
   * the string is put on the page, so that each site of the function gives its own (`<PixelEvent name="…" />`).
   */
  private embeddedParamCalls(): TrackerCall[] {
    if (this.embeddedParams) return this.embeddedParams;
    const out: TrackerCall[] = (this.embeddedParams = []);
    for (const { node, facts } of this.embedHosts) {
      // Markup's scripts too (`document.write('<script>ttq.track("' + name + '")<\/script>')`).
      for (const call of [...facts.calls, ...facts.embedded.flatMap((e) => e.facts.calls)]) {
        const owners = new Set<Node>();
        for (const a of call.args) if (a) paramFunctions(a.value, owners);
        if (!owners.size) continue;
        const placed: TrackerCall = { ...call, node, enclosingFn: enclosingFunction(node), range: rangeOf(node), pages: undefined };
        this.embeddedOrigins.set(placed, call);
        out.push(placed);
      }
    }
    return out;
  }

  /** Each call whose arguments depend on its function's parameters, repeated at that function's call sites; returns the new calls. */
  private forwardOnce(pending: ReadonlyArray<TrackerCall | GenericCall | PendingRequest>): Array<TrackerCall | GenericCall | PendingRequest> {
    const made: Array<TrackerCall | GenericCall | PendingRequest> = [];
    const byFn = new Map<Node, Array<TrackerCall | GenericCall | PendingRequest>>();
    for (const call of pending) {
      // The function whose parameters the arguments use: the one the call sits in, or one around it
      // (`function CallLink({ phone }) { … onClick={() => gtag('event', …, { phone_number: phone })} }`).
      const owners = new Set<Node>();
      for (const a of call.args) if (a) paramFunctions(a.value, owners);
      if (owners.size === 0) continue;
      let fn: Node | undefined = call.enclosingFn;
      while (fn && !owners.has(fn)) fn = enclosingFunction(fn);
      // A function the call is not in, whose parameter reached it through state they share: a queue
      // it pushes to and another function flushes, a variable it sets (`track(name) { queue.push({ name }) }`).
      if (!fn && owners.size === 1) fn = [...owners][0];
      if (!fn || iifeCall(fn)) continue;
      byFn.set(fn, [...(byFn.get(fn) ?? []), call]);
    }
    for (const [fn, calls] of byFn) {
      const binding = functionBinding(fn);
      if (!binding) continue;
      const fallbackLabel =
        binding.member === 'constructor' && binding.isClass ? `new ${binding.name}` : binding.member ? `${binding.isClass || !binding.name ? 'this' : binding.name}.${binding.member}` : binding.name!;
      // An exported helper has callers in other files too: its own finding stays for them.
      const local = !this.exported(binding);
      for (const site of this.callSitesOf(binding)) {
        // The method as the site names it (`new T().login(u)` is `login()`, not `this.login()`).
        const callee = site.type === 'CallExpression' ? unwrap(site.callee as Node) : undefined;
        const named = binding.member && callee?.type === 'MemberExpression' ? memberText(callee) : undefined;
        // A listener has no name of its own: the call that reaches it names it (`window.dispatchEvent() → ttq.identify()`).
        const unnamed = binding.name === undefined && binding.member === undefined && callee ? memberText(callee) : undefined;
        const label = named === undefined ? (unnamed ?? fallbackLabel) : named.includes('…') ? binding.member! : named;
        // A site in a branch that never runs (`if (false) track('…')`) calls nothing.
        if (this.dead.size > 0 && this.inDeadCode(site)) continue;
        if (!this.forwardAt(site, fn, calls, label, local, made)) return made;
      }
    }
    return made;
  }

  /**
   * `calls` of function `fn`, made at one of its call sites with what the site passes (added to the
   * file's calls and to `made`); false when the file has too many calls. `local`: the function is
   * called only in this file, so its own calls are read at its sites (`hasCallSites`). `fn` may be a
   * function of another module (`imported`): its calls' values are placed at the site already, and
   * its code is not read here.
   */
  private forwardAt(site: Node, fn: Node, calls: ReadonlyArray<TrackerCall | GenericCall | PendingRequest>, label: string, local: boolean, made: Array<TrackerCall | GenericCall | PendingRequest>, imported = false): boolean {
    const fromSite = this.siteArgs(site);
    const recursive = !imported && within(rangeOf(site), rangeOf(fn));
    const instance = imported ? undefined : this.createdBy(site, fn);
    const fromNew = instance && this.siteArgs(instance.created);
    const factory = imported || instance ? undefined : this.madeBy(site, fn);
    const fromFactory = factory && this.siteArgs(factory.made);
    for (const call of calls) {
      if (!imported && !this.reachable(call.node, fn, fromSite)) continue;
      const args = call.args.map((a): Arg | undefined => {
        // `this.base` of a parameter property: what the receiver's `new` passed.
        if (a && instance && usesParam(a.value, instance.ctor)) a = { value: substitute(a.value, instance.ctor, fromNew!), range: a.range };
        // A parameter of the factory that made the function: what that call passed.
        if (a && factory && usesParam(a.value, factory.outer)) a = { value: substitute(a.value, factory.outer, fromFactory!), range: a.range };
        if (!a || !usesParam(a.value, fn)) return a;
        const { value } = a;
        if (value.kind === 'unknown' && value.param) {
          const v = passedFor(value, fromSite);
          return v && { value: v, range: v.range };
        }
        // `dataLayer.push({ event, ...params })`: parameters inside the argument come from the site,
        // so findings point there: at the argument when one parameter is all it uses (`${name}_booked`).
        const sole = soleParam(value, fn);
        const passed = sole && passedFor(sole, fromSite);
        return { value: substitute(value, fn, fromSite), range: passed && within(passed.range, rangeOf(site)) ? passed.range : rangeOf(site) };
      });
      // A helper calling itself with its own parameters (`retry(payload, attempt + 1)`) adds nothing.
      if (recursive && args.some((a) => a && usesParam(a.value, fn))) continue;
      if (!('table' in call) && !('request' in call) && local) call.hasCallSites = true;
      if (this.facts.calls.length >= MAX_CALLS) return false;
      if ('request' in call) {
        // The URL comes from this site: a request to a vendor's endpoint, or one more level of wrapping.
        const found = args[0] && serverApi(args[0].value);
        const at = { ...call, args, range: rangeOf(site), enclosingFn: enclosingFunction(site), node: site };
        if (found) {
          // The endpoint is named only here, where the helper's URL meets what the site passes (`graphPost(`${id}/users`, …)`).
          if (!this.facts.pixels.some((p) => p.vendor === found.vendor && within(p.range, rangeOf(site)))) this.facts.pixels.push(urlEvidence(found, rangeOf(site)));
          const resolved = serverRequest(at, found, `${label}() → ${call.request}`);
          this.facts.calls.push(resolved);
          made.push(resolved);
        } else if (args[0] && dependsOnParams(args[0].value)) made.push(at);
        continue;
      }
      if ('table' in call) {
        // The command comes from this site: the call it makes, or one more level of wrapping.
        const resolved = this.trackerCall(call.table, call.path, call.vendor, args, rangeOf(site), enclosingFunction(site));
        if (resolved) {
          resolved.display = `${label}() → ${resolved.display}`;
          resolved.node = site;
          this.facts.calls.push(resolved);
          made.push(resolved);
        } else if (isParam(args[0]?.value)) made.push({ ...call, args, range: rangeOf(site), enclosingFn: enclosingFunction(site), node: site });
        continue;
      }
      // A call of another module's function has no call there to point back to, nor its page tests.
      const forwarded: TrackerCall = { ...call, args, display: `${label}() → ${call.display}`, range: rangeOf(site), enclosingFn: enclosingFunction(site), node: site, origin: imported ? undefined : (this.embeddedOrigins.get(call as TrackerCall) ?? call), hasCallSites: false, ...(imported ? { pages: undefined, imported } : {}) };
      this.facts.calls.push(forwarded);
      made.push(forwarded);
    }
    return true;
  }
}

// ───────────────────────────── helpers ─────────────────────────────

/** A vendor call whose command is a wrapper's parameter: it becomes a `TrackerCall` at each call site. */
export interface GenericCall {
  table: CommandTable;
  path: string;
  vendor: VendorSpec;
  args: ReadonlyArray<Arg | undefined>;
  range: Range;
  enclosingFn?: Node;
  node?: Node;
}

/** An HTTP request whose URL a helper's parameter makes: a server call once a call site names a vendor's endpoint. */
export interface PendingRequest {
  /** The client as the code names it: `fetch`, `axios.post`. */
  request: string;
  /** The URL and the payload. */
  args: ReadonlyArray<Arg | undefined>;
  range: Range;
  enclosingFn?: Node;
  node?: Node;
}

/** A vendor URL whose query is an event: a beacon's, or a loader's that takes event parameters (UET's `ea=`). */
const sendsQuery = (m: UrlMatch): boolean => m.fingerprint.role === 'beacon' || m.fingerprint.eventParams !== undefined;

/** The vendor server endpoint a URL names. */
function serverApi(url: Value): UrlMatch | undefined {
  return texts(url).flatMap((u) => matchVendorUrls(u)).find((m) => m.fingerprint.role === 'server-api');
}

/** A request to `match`'s endpoint as a call sending the payload; `display` names the client (and the helpers on the way). */
function serverRequest(request: PendingRequest, match: UrlMatch, display: string): TrackerCall {
  const { args, range, enclosingFn, node } = request;
  const { payloadKeys } = match.fingerprint;
  return { vendor: match.vendor, shape: { kind: 'event', payload: 1, ...(payloadKeys ? { payloadKeys } : {}) }, display: `${display}('${match.display}')`, range, args, enclosingFn, node };
}

/**
 * The `calls` of a `trackingHelpers` declaration (`{ name: 'trackEvent', calls: "dataLayer.push({ event: $1 })" }`
 * in an ESLint or phiguard config): it names the call a helper makes; it makes none.
 */
function declaresHelper(node: Node): boolean {
  const prop = node.parent?.type === 'ArrayExpression' ? node.parent.parent : node.parent;
  if (prop?.type !== 'Property' || (prop.value !== node && prop.value !== node.parent) || keyName(prop) !== 'calls' || prop.parent?.type !== 'ObjectExpression') return false;
  return (prop.parent.properties as Node[]).some((p) => p.type === 'Property' && keyName(p) === 'name');
}

/**
 * The parts `v` adds after `before`: an object after a URL's `?` or `&` (`new URLSearchParams({ ev })`,
 * `$.param({ ev })`, written into the query) as the `key=value` pairs it writes, else its own parts.
 */
function queryOrParts(before: readonly StrPart[], v: Value): StrPart[] {
  const last = before.at(-1);
  if (v.kind !== 'obj' || typeof last !== 'string' || !/[?&]$/u.test(last)) return partsOf(v);
  const out: StrPart[] = [];
  for (const p of v.props) {
    if (p.key === undefined || p.spread) return partsOf(v);
    out.push(`${out.length ? '&' : ''}${formEncoded(p.key)}=`, ...formParts(p.value));
  }
  return out;
}

/** Text as a form-encoded query writes it (`URLSearchParams`, `$.param`): `Therapy Booked` → `Therapy+Booked`. */
function formEncoded(text: string): string {
  return new URLSearchParams({ _: text }).toString().slice(2);
}

/** A value's parts as a query value: its known text form-encoded (`formEncoded`), unknown parts as holes. */
function formParts(v: Value): StrPart[] {
  return partsOf(v).map((p) => (typeof p === 'string' ? formEncoded(p) : p));
}

/** `new URL(…)` of the global `URL` (by name: a shadowing binding is checked where its value is read). */
function isUrlConstructor(node: Node): boolean {
  const callee = unwrap(node.callee as Node);
  return callee.type === 'Identifier' && callee.name === 'URL';
}

/**
 * The `set(key, value)` and `append(key, value)` calls on a variable (`params.set(…)`), or on its
 * `searchParams` (`url.searchParams.set(…)`), with a key and a value.
 */
function queryCalls(variable: VariableLike, viaSearchParams: boolean): Array<{ key: Node; value: Node }> {
  const calls: Array<{ key: Node; value: Node }> = [];
  for (const ref of variable.references) {
    let member = ref.identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== ref.identifier) continue;
    if (viaSearchParams) {
      if (member.computed || (member.property as Node).name !== 'searchParams' || member.parent?.type !== 'MemberExpression' || member.parent.object !== member) continue;
      member = member.parent;
    }
    const call = member.parent;
    const method = member.computed ? undefined : (member.property as Node).name;
    if (call?.type !== 'CallExpression' || call.callee !== member || (method !== 'set' && method !== 'append')) continue;
    const [key, value] = argsOf(call);
    if (key && value && key.type !== 'SpreadElement' && value.type !== 'SpreadElement') calls.push({ key, value });
  }
  return calls;
}

/** `[…].join(sep)` on a list written in place. */
function joinsList(call: Node): boolean {
  const callee = call.callee as Node;
  return callee.type === 'MemberExpression' && !callee.computed && (callee.property as Node).name === 'join' && unwrap(callee.object as Node).type === 'ArrayExpression';
}

/** What a copy of `arguments` or a rest parameter copies: `Array.prototype.slice.call(x)`, `[].slice.call(x)`, `Array.from(x)`, `[...x]`. */
function argumentsCopy(init: Node | undefined): Node | undefined {
  const v = init && unwrap(init);
  if (v?.type === 'ArrayExpression') {
    const [only] = v.elements as Array<Node | null>;
    return (v.elements as unknown[]).length === 1 && only?.type === 'SpreadElement' ? (only.argument as Node) : undefined;
  }
  if (v?.type !== 'CallExpression') return undefined;
  const callee = v.callee as Node;
  const args = v.arguments as Node[];
  if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const method = (callee.property as Node).name;
  const owner = callee.object as Node;
  if (method === 'from' && owner.type === 'Identifier' && owner.name === 'Array' && args.length === 1) return args[0];
  // `.slice.call(arguments)` on `Array.prototype` or `[]`, without a start (a start would shift the items).
  if (method !== 'call' || args.length !== 1 || owner.type !== 'MemberExpression' || (owner.property as Node).name !== 'slice') return undefined;
  const base = owner.object as Node;
  const isArrayProto = base.type === 'MemberExpression' && (base.object as Node).type === 'Identifier' && (base.object as Node).name === 'Array' && (base.property as Node).name === 'prototype';
  return isArrayProto || (base.type === 'ArrayExpression' && (base.elements as unknown[]).length === 0) ? args[0] : undefined;
}

/**
 * The text a conditional puts in code kept in a string when its condition holds, and nothing
 * otherwise (`c ? `gtag(…);` : ''`, `c && 'gtag(…);'`): a template, a string literal or a concatenation.
 */
function codeBranch(e: Node): { branch: Node; test: Node; when: boolean } | undefined {
  const empty = (n: Node) => (n.type === 'Literal' && n.value === '') || (n.type === 'TemplateLiteral' && (n.expressions as Node[]).length === 0 && String(((n.quasis as Node[])[0]!.value as { cooked?: string }).cooked ?? '') === '');
  let found: { branch: Node; test: Node; when: boolean } | undefined;
  if (e.type === 'ConditionalExpression') {
    const test = e.test as Node;
    if (empty(unwrap(e.alternate as Node))) found = { branch: unwrap(e.consequent as Node), test, when: true };
    else if (empty(unwrap(e.consequent as Node))) found = { branch: unwrap(e.alternate as Node), test, when: false };
  } else if (e.type === 'LogicalExpression' && e.operator === '&&') found = { branch: unwrap(e.right as Node), test: e.left as Node, when: true };
  const b = found?.branch;
  return b && (b.type === 'TemplateLiteral' || (b.type === 'Literal' && typeof b.value === 'string') || (b.type === 'BinaryExpression' && b.operator === '+' && concatenated(b).some(isStringLiteral))) ? found : undefined;
}

/** The whole `+` concatenation a string literal is a piece of (`'ttq.track(' + name + ')'`), or the literal. */
function concatenationOf(node: Node): Node {
  let at = node;
  while (at.parent?.type === 'BinaryExpression' && at.parent.operator === '+') at = at.parent;
  return at;
}

/**
 * Whether `arg` cuts a `tel:` or `mailto:` scheme off `text`: `'mailto:'.length`, or the length as a
 * number (4 or 7) when `text` reads a link's address (`a.href`, `el.getAttribute('href')`).
 */
function cutsScheme(arg: Node, text: Node): boolean {
  const a = unwrap(arg);
  if (a.type === 'MemberExpression' && !a.computed && (a.property as Node).type === 'Identifier' && (a.property as Node).name === 'length') {
    const scheme = unwrap(a.object as Node);
    return scheme.type === 'Literal' && typeof scheme.value === 'string' && /^(?:tel|mailto):$/iu.test(scheme.value);
  }
  if (a.type !== 'Literal' || (a.value !== 4 && a.value !== 7)) return false;
  let t = unwrap(text);
  // `e.target.getAttribute('href') || ''`: the link's address, or nothing.
  if (t.type === 'LogicalExpression' && (t.operator === '||' || t.operator === '??')) t = unwrap(t.left as Node);
  if (t.type === 'MemberExpression') return !t.computed && (t.property as Node).type === 'Identifier' && (t.property as Node).name === 'href';
  if (t.type !== 'CallExpression') return false;
  const callee = t.callee as Node;
  const first = (t.arguments as Node[])[0];
  return callee.type === 'MemberExpression' && (callee.property as Node).type === 'Identifier' && (callee.property as Node).name === 'getAttribute' && first?.type === 'Literal' && first.value === 'href';
}

/** Whether a name says it holds a mail link's address: `mailtoUrl`, `emailHref`, `mail_link` (not `emailAddress`). */
function namesMailLink(name: string): boolean {
  const words = nameWords(name);
  return words.includes('mailto') || (words.some((w) => w === 'email' || w === 'mail') && ['href', 'link', 'url'].includes(words.at(-1)!));
}

/** Whether a name says it holds a call link's address: `phoneTel`, `telHref`, `phone_href`, `callLink` (not `hotelLink`). */
function namesCallLink(name: string): boolean {
  const words = nameWords(name);
  return words.includes('tel') || (words.some((w) => w === 'phone' || w === 'call') && ['href', 'link', 'url'].includes(words.at(-1)!));
}

/** Whether a declared helper is named `path` (`['analytics', 'track']`). */
const namedAs = (helper: CompiledHelper, path: readonly string[]): boolean => helper.path.length === path.length && helper.path.every((n, i) => n === path[i]);

/** A name no code of the file binds: undeclared, or declared only by an ambient declaration or a configured global. */
function unbound(variable: VariableLike | null): boolean {
  return !variable || variable.defs.length === 0 || variable.defs.every((d) => isAmbient(d.node, d.parent));
}

/**
 * The module and name an import binds (`import { track as t }`: `track`); a namespace or default
 * import is the module's whole (its local name, `whole`), often an object of the module's helpers
 * (`export default { pushToDataLayer }`).
 */
function importOf(def: DefinitionLike): { source: string; name: string; whole?: boolean } | undefined {
  const source = (def.parent?.source as Node | undefined)?.value;
  if (typeof source !== 'string') return undefined;
  const local = def.name.name as string;
  if (def.node.type === 'ImportSpecifier') return { source, name: keyName({ key: def.node.imported } as unknown as Node) ?? local };
  return { source, name: local, whole: true };
}

/** The words of a name, lower case: `phoneTel` → phone, tel; `CALL_LINK` → call, link. */
function nameWords(name: string): string[] {
  return (name === name.toUpperCase() ? name.split('_') : name.split(/_|(?=[A-Z])/u)).map((w) => w.toLowerCase());
}

/** Whether a value is made, wholly or in part, of any function's parameters (which call sites fill in). */
function dependsOnParams(v: Value): boolean {
  return paramFunctions(v, new Set()).size > 0;
}

/**
 * Member writes to a variable (`match.em = …`), and where it is first read otherwise. `plainOnly`:
 * only `=` (a `+=` then counts as a read).
 */
function memberWrites(variable: VariableLike, { plainOnly = false } = {}): { writes: Array<{ member: Node; assign: Node }>; nested: Array<{ members: Node[]; assign: Node }>; assigns: Node[]; firstRead: number } {
  const writes: Array<{ member: Node; assign: Node }> = [];
  /** `payload.context.user = …`, also through casts (`(payload.context as T).user = …`): the members from the variable out. */
  const nested: Array<{ members: Node[]; assign: Node }> = [];
  /** `Object.assign(variable, …)` calls. */
  const assigns: Node[] = [];
  let firstRead = Infinity; // a loop, not Math.min(...refs): minified code has variables with huge reference lists
  for (const ref of variable.references) {
    const member = ref.identifier.parent;
    const assign = member?.parent;
    if (member?.type === 'MemberExpression' && member.object === ref.identifier && assign?.type === 'AssignmentExpression' && assign.left === member && (!plainOnly || assign.operator === '=')) writes.push({ member, assign });
    else if (member?.type === 'CallExpression' && argsOf(member)[0] === ref.identifier && memberText(member.callee as Node) === 'Object.assign') assigns.push(member);
    else {
      // A nested write reads the variable's member on the way (`payload.context`).
      const chain = member?.type === 'MemberExpression' && member.object === ref.identifier ? nestedWrite(member) : undefined;
      if (chain && (!plainOnly || chain.assign.operator === '=')) nested.push(chain);
      if (!ref.isWrite()) firstRead = Math.min(firstRead, rangeOf(ref.identifier)[0]);
    }
  }
  return { writes, nested, assigns, firstRead };
}

/** `a.b.c = v` from its innermost member `a.b`: the members out to the one assigned (three deep at most), through casts and parentheses. */
function nestedWrite(inner: Node): { members: Node[]; assign: Node } | undefined {
  const members = [inner];
  for (let at = inner; members.length <= 3; ) {
    let up = at.parent;
    while (up && TRANSPARENT.has(up.type)) up = up.parent;
    if (up?.type === 'AssignmentExpression' && unwrap(up.left as Node) === at) return members.length > 1 ? { members, assign: up } : undefined;
    if (up?.type !== 'MemberExpression' || unwrap(up.object as Node) !== at) return undefined;
    members.push(up);
    at = up;
  }
  return undefined;
}

/** A call's argument at `index`: null where it passes nothing (or `undefined`), undefined where a spread before it hides which it is. */
function siteArg(site: Node, index: number): Node | null | undefined {
  const args = argsOf(site);
  if (args.slice(0, index + 1).some((a) => a?.type === 'SpreadElement')) return undefined;
  const arg = args[index];
  return !arg || (arg.type === 'Identifier' && arg.name === 'undefined') ? null : arg;
}

/** The keys `Object.assign(target, source)` sets from `source`'s value: certainly for one object, maybe for one of several. */
function assignedProps(v: Value): Array<Prop & { certain: boolean }> {
  const options = v.kind === 'any' ? v.options : [v];
  return options.flatMap((o) => (o.kind === 'obj' ? o.props.flatMap((p) => (p.key === undefined ? [] : [{ ...p, certain: v.kind !== 'any' && !p.maybe }])) : []));
}

/**
 * Property `key` of a value a call site passes: undefined when the site's object leaves it out (a
 * default applies), unknown when the site passes something unknown (`identify(getOpts())`), and a
 * member of the site's own parameter when it passes one on (`function a(o) { b(o) }`).
 */
function memberOf(whole: Value, key: string, range: Range): Value | undefined {
  switch (whole.kind) {
    case 'obj':
      return lookup(whole, key) ?? paramMember(whole, key, range) ?? (whole.open ? { kind: 'unknown', range } : undefined);
    case 'arr':
      return element(whole, key);
    case 'unknown':
      return paramMember(whole, key, range) ?? { kind: 'unknown', range, ...(whole.describe ? { describe: `${whole.describe}.${key}` } : {}) };
    case 'any': {
      const options = whole.options.flatMap((o) => memberOf(o, key, range) ?? []);
      return options.length ? anyOf(options, range) : undefined;
    }
    default:
      return undefined;
  }
}

/** An object built as a literal builds it: a key written later replaces the same key before it. */
class ObjectBuilder {
  private props: Prop[];
  private readonly keys: Set<string | undefined>;

  /** From an object's props (a key may be there twice, as alternatives). */
  constructor(props: readonly Prop[] = [], private open = false) {
    this.props = [...props];
    this.keys = new Set(props.map((p) => p.key));
  }

  set(added: readonly Prop[]): void {
    for (const a of added) {
      if (a.key !== undefined && this.keys.has(a.key)) this.props = this.props.filter((q) => q.key !== a.key);
      this.keys.add(a.key);
      this.props.push(a);
    }
  }

  /** Props that may be set: they replace nothing. */
  add(added: readonly Prop[]): void {
    for (const q of added) this.keys.add(q.key);
    this.props.push(...added.map((q) => ({ ...q, maybe: true })));
  }

  /**
   * `...spread`; `...(consent ? { userIdentifiers } : {})` adds whatever any option may add (replacing
   * only if certain: one object, and `certain`).
   */
  spread(spread: Value, at: Range, certain = true): void {
    const sure = certain && spread.kind !== 'any';
    for (const option of spread.kind === 'any' ? spread.options : [spread]) {
      if (option.kind === 'obj') {
        if (sure) this.set(option.props);
        else this.add(option.props);
        this.open ||= option.open;
      } else if (option.kind === 'unknown' && option.param) {
        // What each site passes: its keys are spliced in there (`substitute`).
        this.props.push({ key: undefined, keyRange: at, value: option, spread: true, ...(sure ? {} : { maybe: true }) });
      } else if (option.kind !== 'nullish' && option.kind !== 'bool') this.open = true;
    }
  }

  object(range: Range): Extract<Value, { kind: 'obj' }> {
    return { kind: 'obj', props: this.props, open: this.open, range };
  }
}

/** `A.B.C` of a namespace's name (an Identifier or a TSQualifiedName). */
function qualifiedNames(node: Node): string[] {
  if (node.type === 'Identifier') return [node.name as string];
  return node.type === 'TSQualifiedName' ? [...qualifiedNames(node.left as Node), (node.right as Node).name as string] : [];
}

/** A `switch` case whose statements run on into the next case (none, or no `break`/`return`/`throw` at the end). */
function fallsThrough(switchCase: Node): boolean {
  let last = (switchCase.consequent as Node[]).at(-1);
  while (last?.type === 'BlockStatement') last = (last.body as Node[]).at(-1);
  return !last || !['BreakStatement', 'ReturnStatement', 'ThrowStatement', 'ContinueStatement'].includes(last.type);
}

/** Nested keys of a parameter (`opts.event.name`) are one path, joined with this. */
const KEY_PATH = '\u0001';
const MAX_KEY_PATH = 3;
const keyPath = (key: string): string[] => key.split(KEY_PATH);

/**
 * Member `key` of a parameter, or of a member of one (`opts.event` → `opts.event.name`), as a value
 * each call site supplies; a parameter object with keys set in the function (`paramWrites`) too.
 */
function paramMember(v: Value, key: string, range: Range): Extract<Value, { kind: 'unknown' }> | undefined {
  const holder = v.kind === 'obj' ? v.props.find((p) => p.spread && p.value.kind === 'unknown' && p.value.param)?.value : v;
  if (holder?.kind !== 'unknown' || !holder.param) return undefined;
  const { omit: _, defaultFor, ...param } = holder.param;
  const path = param.key === undefined ? key : `${param.key}${KEY_PATH}${key}`;
  if (keyPath(path).length > MAX_KEY_PATH) return undefined;
  // `function track(opts = { name: 'Therapy Booked' })`: `opts.name` is the default's where a site leaves `opts` out.
  const fallback = holder.fallback && memberOf(holder.fallback, key, range);
  const member = { kind: 'unknown', range, param: { ...param, key: path }, describe: `${holder.describe ?? 'arg'}.${key}` } as const;
  return fallback ? { ...member, param: { ...member.param, defaultFor: defaultFor ?? { key: param.key } }, fallback } : member;
}

/** Where a name sits in a parameter's destructuring pattern. */
interface PatternPath {
  /** Keys from the argument down to the name (`({ event: { name } })`: `event`, `name`). */
  keys: string[];
  /** For a rest (`{ name, ...rest }`), the keys taken out beside it. */
  omit?: string[];
  /** The default nearest the name, and the keys down to where it applies (a prefix of `keys`). */
  byDefault?: Node;
  defaultAt: string[];
}

/** Text between JSX tags as React reads it: lines trimmed and joined by a space, blank lines dropped. */
function jsxText(raw: string): string {
  return raw.includes('\n') ? raw.split('\n').map((l) => l.trim()).filter(Boolean).join(' ') : raw;
}

/** The members named `prop` that have a value, of an object literal or a class body (its static or its instance ones). */
function fieldsOf(container: Node, prop: string, statics: boolean): Node[] {
  const members = (container.type === 'ClassBody' ? container.body : container.properties) as Node[];
  return members.filter((m) => !m.computed && m.value && keyName(m) === prop && (container.type !== 'ClassBody' || (m.static === true) === statics));
}

/** An object literal, also inside `Object.freeze(…)`. */
function frozenLiteral(node: Node | undefined): Node | undefined {
  const n = node?.type === 'CallExpression' && memberText(node.callee as Node) === 'Object.freeze' ? unwrap(argsOf(node)[0] ?? node) : node;
  return n?.type === 'ObjectExpression' ? n : undefined;
}

/**
 * Whether a site's object may lack a key path: an alternative without it, an open object, a key set
 * only on some paths. A key present with any value (`undefined` too) replaces the key in a spread.
 */
function mayLack(v: Value, keys: readonly string[]): boolean {
  const [key, ...rest] = keys;
  if (key === undefined) return false;
  if (v.kind === 'any') return v.options.some((o) => mayLack(o, keys));
  if (v.kind !== 'obj' || v.open) return true;
  const found = v.props.findLast((p) => p.key === key && !p.maybe);
  return !found || mayLack(found.value, rest);
}

/** The class that extends the class `id` names, as a binding of its inherited `member`, when it does not declare its own. */
function subclassBinding(id: Node, member: string): Binding | undefined {
  const cls = id.parent;
  if ((cls?.type !== 'ClassDeclaration' && cls?.type !== 'ClassExpression') || cls.superClass !== id || declaresMember(cls.body as Node, member)) return undefined;
  const holder = cls.type === 'ClassExpression' ? cls.parent : cls;
  const name = cls.type === 'ClassDeclaration' ? (cls.id as Node | null)?.name : holder?.type === 'VariableDeclarator' && (holder.id as Node).type === 'Identifier' ? (holder.id as Node).name : undefined;
  return typeof name === 'string' ? { name, declarer: holder!, member, isClass: true, thisScope: cls.body as Node } : undefined;
}

/**
 * The writes of a variable whose value it may hold where `at` reads it, first to last. A plain
 * assignment in the block that declares the variable replaces the writes before it there
 * (`let t = window.ttq; t = window.mixpanel`), for reads after it in that block and for reads in
 * functions, which run later; one under a condition (`if (window.fbq) p = window.fbq`) adds to
 * them, and so does one that reads the variable (`t = wrap(t)`). Writes in other functions may run
 * at any time: they are always kept.
 */
function liveWrites(variable: VariableLike, at: Node): ReferenceLike[] {
  const writes = variable.references.filter((r) => r.isWrite() && r.writeExpr);
  if (writes.length < 2) return writes;
  const declared = variable.defs[0]?.parent;
  const block = declared?.parent;
  const home = enclosingFunction(variable.defs[0]!.name);
  const until = enclosingFunction(at) === home ? rangeOf(at)[0] : Infinity;
  let live: ReferenceLike[] = [];
  const late: ReferenceLike[] = [];
  for (const w of [...writes].sort((a, b) => rangeOf(a.identifier)[0] - rangeOf(b.identifier)[0])) {
    if (enclosingFunction(w.identifier) !== home) late.push(w);
    else if (rangeOf(w.identifier)[0] > until) continue;
    else if (replaces(w, block, variable)) live = [w];
    else live.push(w);
  }
  return [...live, ...late];
}

/** Whether a write is a plain statement of `block` (a declaration or `x = …`) whose value does not read the variable. */
function replaces(w: ReferenceLike, block: Node | null | undefined, variable: VariableLike): boolean {
  const parent = w.identifier.parent;
  const statement = parent?.type === 'VariableDeclarator' ? parent.parent : parent?.type === 'AssignmentExpression' && parent.operator === '=' ? parent.parent : undefined;
  if (!block || statement?.parent !== block || (statement.type !== 'VariableDeclaration' && statement.type !== 'ExpressionStatement')) return false;
  const value = rangeOf(w.writeExpr!);
  return !variable.references.some((r) => r !== w && within(rangeOf(r.identifier), value));
}

/** What a Vue or Nuxt plugin provides under this name (`$fbq`), as an API. */
function providedApi(prop: string): ApiRef | undefined {
  const entry = PROVIDED.get(prop);
  return entry && { kind: 'api', vendor: entry.vendor, node: entry.api, root: entry.api, path: prop };
}

/** The object `new` of a vendor class makes (`PixelService`, as Angular's injector makes it). */
function instanceOf(ref: ApiRef | undefined): ApiRef | undefined {
  return ref?.kind === 'api' && ref.node.instance ? { ...ref, node: ref.node.instance, path: ref.path } : undefined;
}

/** What a link's address opens: a phone number (`tel:…`), an e-mail address (`mailto:…`), or neither. */
function opens(href: string): IdentityField | undefined {
  return /^tel:/iu.test(href) ? 'phone' : /^mailto:/iu.test(href) ? 'email' : undefined;
}

/** `Component({ selector: …, template: … })`: Angular's component metadata, which Vue's decorators never take. */
function isAngularMetadata(call: Node): boolean {
  const arg = call.type === 'CallExpression' ? (call.arguments as Node[])[0] : undefined;
  return arg?.type === 'ObjectExpression' && (arg.properties as Node[]).some((p) => p.type === 'Property' && ANGULAR_METADATA.has(keyName(p) ?? ''));
}
const ANGULAR_METADATA = new Set(['selector', 'template', 'templateUrl', 'standalone', 'imports', 'changeDetection']);

/**
 * Whether `this` in a container is a Vue component's, by how the code declares it: an options object
 * exported as the default or passed to `defineComponent`, `defineNuxtComponent`, `Vue.extend`,
 * `Vue.component` or `new Vue`, or a class component (`extends Vue`, `@Component`, `@Options`).
 */
function isVueComponent(container: Node): boolean {
  if (container.type === 'ClassBody') {
    const cls = container.parent!;
    const superClass = cls.superClass as Node | null | undefined;
    const decorators = (cls.decorators ?? []) as Node[];
    // vue-class-component's classes extend `Vue` (or `Mixins(…)`); Angular's `@Component({ selector, template })` ones do not need to.
    return (superClass?.type === 'Identifier' && superClass.name === 'Vue') || (!!superClass && decorators.some((d) => /^(?:Component|Options)\b/u.test(memberText(d.expression as Node)) && !isAngularMetadata(d.expression as Node)));
  }
  const parent = container.parent;
  if (parent?.type === 'ExportDefaultDeclaration') return true;
  if (parent?.type !== 'CallExpression' && parent?.type !== 'NewExpression') return false;
  return VUE_COMPONENT_CALLS.has(memberText(parent.callee as Node));
}

/** Whether a function is an Options API component's `setup()`, whose result the template reads. */
function isVueSetup(binding: Binding): boolean {
  return binding.member === 'setup' && binding.thisScope?.type === 'ObjectExpression' && isVueComponent(binding.thisScope);
}

/**
 * Whether `this` in a container can be a Vue component that takes the global property `name`: an
 * options object or a class that extends another (a class component), without its own `methods.name`.
 */
function takesVueGlobal(container: Node, name: string): boolean {
  if (container.type === 'ClassBody') return Boolean(container.parent?.superClass);
  return !(container.type === 'ObjectExpression' && listsMethod(container, name));
}

/** A Vue template handler that is just a name (`@click="lead"`). */
function namesHandler(id: Node): boolean {
  const attribute = id.parent?.type === 'VExpressionContainer' ? id.parent.parent : undefined;
  return attribute?.type === 'VAttribute' && attribute.directive === true && ((attribute.key as Node).name as Node | undefined)?.name === 'on';
}

/** Code as written in the container: each macro placeholder shown as its variable (`{{Page Path}}.toLowerCase()`). */
function shownMacros(text: string, macro: NonNullable<AnalyzerContext['macro']>): string {
  const found = findPlaceholders(text);
  let out = text;
  for (let i = found.length - 1; i >= 0; i--) {
    const { start, end, index } = found[i]!;
    const display = macro(index)?.display;
    if (display) out = out.slice(0, start) + display + out.slice(end);
  }
  return out;
}

/** Whether a Svelte markup node is a block (`{#if}`, `{:else}`, `{#each}`, …) or holds one. */
function holdsBlock(node: Node, keys: VisitorKeys): boolean {
  let found = false;
  walk(node, keys, (n) => {
    if (found) return false;
    if ((n.type as string).startsWith('Svelte') && (n.type as string).endsWith('Block')) found = true;
    return found ? false : undefined;
  });
  return found;
}

/** A Svelte event handler that is just a name: `on:click={track}`, or Svelte 5's `onclick={track}`. */
function namesSvelteHandler(id: Node): boolean {
  const at = id.parent;
  if (at?.type === 'SvelteDirective') return at.kind === 'EventHandler' && at.expression === id;
  const attribute = at?.type === 'SvelteMustacheTag' ? at.parent : undefined;
  return attribute?.type === 'SvelteAttribute' && /^on[a-z]/u.test(((attribute.key as Node).name as string | undefined) ?? '');
}

/** Whether a Vue options object's `methods` has `name`. */
function listsMethod(options: Node, name: string): boolean {
  const methods = fieldsOf(options, 'methods', false)[0]?.value as Node | undefined;
  return methods?.type === 'ObjectExpression' && fieldsOf(methods, name, false).length > 0;
}

/** The constructor function of a class body, if it declares one. */
function constructorOf(body: Node): Node | undefined {
  if (body.type !== 'ClassBody') return undefined;
  return (body.body as Node[]).find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor')?.value as Node | undefined;
}

/** The TypeScript parameter property `prop` of a class's constructor (`constructor(private fbq = window.fbq)`): its parameter. */
function parameterProperty(body: Node, prop: string): Node | undefined {
  for (const p of (constructorOf(body)?.params ?? []) as Node[]) {
    const param = p.type === 'TSParameterProperty' ? (p.parameter as Node) : undefined;
    if (param && unwrapPattern(param).name === prop) return param;
  }
  return undefined;
}

/**
 * Whether a site's value may be `undefined` under a key path, so a default there applies: a key an
 * object lacks or only may set, `undefined` itself (also as one alternative), or an unknown object.
 */
function mayBeUndefined(v: Value | undefined, keys: readonly string[]): boolean {
  if (v === undefined || v.kind === 'nullish') return true;
  if (v.kind === 'any') return v.options.some((o) => mayBeUndefined(o, keys));
  const [key, ...rest] = keys;
  if (key === undefined) return false;
  if (v.kind === 'arr') return mayBeUndefined(element(v, key), rest);
  if (v.kind !== 'obj' || v.open) return true;
  const found = v.props.findLast((p) => p.key === key);
  return !found || found.maybe === true || mayBeUndefined(found.value, rest);
}

/** Is `node` in a class constructor (arrows inside it included)? */
function inConstructor(node: Node): boolean {
  const fn = thisFunction(node);
  return fn?.parent?.type === 'MethodDefinition' && fn.parent.kind === 'constructor';
}

/** The value under a key path of an object, if it is written there. */
function atPath(v: Value, keys: readonly string[]): Value | undefined {
  let at: Value | undefined = v;
  for (const k of keys) at = at && keyOf(at, k);
  return at;
}

/** Key `k` of an object, an array or each of several (`Object.entries(…)`'s pairs, one per entry). */
function keyOf(v: Value, k: string): Value | undefined {
  if (v.kind === 'obj') return lookup(v, k);
  if (v.kind === 'arr') return element(v, k);
  if (v.kind !== 'any') return undefined;
  const found = v.options.flatMap((o) => keyOf(o, k) ?? []);
  return found.length ? anyOf(found, v.range) : undefined;
}

/** Element `key` (an index) of an array value. */
function element(v: Extract<Value, { kind: 'arr' }>, key: string): Value | undefined {
  if (key === EACH) return v.items.length > 0 ? anyOf([...v.items], v.range) : undefined;
  return /^\d+$/u.test(key) ? v.items[Number(key)] : undefined;
}


/** Key `key` of a spread parameter (`...opts`), unless it is the rest of a pattern that took the key out (`{ name, ...rest }`). */
function spreadMember(v: Value, key: string): Extract<Value, { kind: 'unknown' }> | undefined {
  return v.kind === 'unknown' && v.param && !v.param.omit?.includes(key) ? paramMember(v, key, v.range) : undefined;
}

/** A pixel's script or beacon loaded, or its code injected: the pixel runs, and sends the page. */
const LOADS_PIXEL: CallShape = { kind: 'page' };

/** The ad vendors whose pixel some code runs (a call that sends a hit, or a script or beacon URL), each with what shows it. */
function adVendorsRun(facts: FileFacts, into = new Map<VendorSpec, string>()): Map<VendorSpec, string> {
  for (const c of facts.calls) if (c.vendor.kind === 'ads' && sendsHit(c) && !into.has(c.vendor)) into.set(c.vendor, c.display);
  for (const p of facts.pixels) if (p.vendor.kind === 'ads' && p.kind === 'url' && !p.server && !into.has(p.vendor)) into.set(p.vendor, p.fingerprint);
  for (const e of facts.embedded) adVendorsRun(e.facts, into);
  return into;
}

const NO_NODES: readonly Node[] = [];

/** redux-saga's effects that run a function with the arguments after it, and the modules that export them. */
const SAGA_EFFECTS = new Set(['call', 'fork', 'spawn']);
const SAGA_MODULES = new Set(['redux-saga/effects', 'typed-redux-saga', 'typed-redux-saga/macro']);

/** Hooks that hold what a function returns, by the modules they come from. */
const MEMO_HOOKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['useMemo', ['react', 'preact/hooks']],
  ['computed', ['vue', '#imports', '@vue/reactivity']],
]);

/** Words of code that makes a test double; without them no global is stubbed. */
const TEST_DOUBLE_WORDS = /\b(?:jest|vi)\.fn\b|\bsinon\.|\bstubGlobal\b/u;

/** Words of code that reads the page address; without them no call can be scoped to pages. */
const PAGE_WORDS = /location|Location|document|\bURL\b|Pathname|useRoute|\$route|next\/router|createRouter|History|RouteMiddleware|@angular\/router|useParams|useSearch|\$app\//u;

/** A vendor call written inside a string: `ttq.track(`, `fbq (`, `window.dataLayer.push(`. */
const CODE_IN_STRING = new RegExp(`\\b(?:${[...GLOBALS.keys()].join('|')})(?:\\.[A-Za-z_$][\\w$]*)?\\s?\\(|TiktokAnalyticsObject`, 'u');

/** Each vendor's domain name; a short one followed by the rest of its host, `bing.` and `t.co/`, so that `debugging`, `t.count` and `tx.commit()` in ordinary code are not one. */
const DOMAIN_TRIGGERS = VENDOR_DOMAIN_NAMES.map((name) => (name.includes('.') ? `${name}/` : name.length < 6 ? `${name}.` : name));

/**
 * Names of four letters or fewer count only as whole words: `ndp` is also in `endpoint`, `axon` in
 * `axonal`. Checked after a match, as word boundaries in the alternation would slow every file.
 */
const SHORT_TOKENS = new Set(TRIGGER_TOKENS.filter((t) => /^[A-Za-z_]\w{0,3}$/u.test(t)));
/** A token that contains another (`nuxt-meta-pixel` ⊃ `meta-pixel`) adds nothing but length to the alternation. */
const NEEDED_TOKENS = TRIGGER_TOKENS.filter((t) => !TRIGGER_TOKENS.some((o) => o !== t && !SHORT_TOKENS.has(o) && t.includes(o)));
/** Vendor domain names that are also words of ordinary code: a match counts only as part of a host. */
const HOST_ONLY_NAMES = new Set(['doubleclick']);

/**
 * Any tracker name, or any vendor's domain name in lower case: one pass, kept short. Redundant
 * tokens only slow it (the full list of 133 alternatives ran 34 % slower over OpenMRS than 116).
 */
const TRIGGER_ALL = new RegExp(alternation([...NEEDED_TOKENS, ...DOMAIN_TRIGGERS]), 'gu');
/**
 * The same, and the words that send a text to the slower tests of `mightTrack`: most files match
 * none, and one pass over them is cheaper than a pass for each word.
 */
const HINT_RE = new RegExp(alternation([...NEEDED_TOKENS, ...DOMAIN_TRIGGERS, 'useScript', 'atob']), 'u');
/**
 * `@nuxt/scripts` composables (`useScriptMetaPixel`), looked for only in text that has `useScript`:
 * in the alternation their common start (`useS…` of `useState`) cost every file about a third more.
 */
const COMPOSABLE_RE = new RegExp(alternation(Object.keys(NUXT_SCRIPT_COMPOSABLES)), 'u');
const WORD_CHAR = /[\w$]/u;
const DIGIT = /\d/u;
const HOST_CHAR = /[A-Za-z\d-]/u;
/** A URL whose host has a capital letter (`https://BAT.BING.COM`, `//Connect.Facebook.net`). */
const CAPITAL_HOST = /\/\/[a-z\d.-]*[A-Z]/u;
const DOMAIN_RE = new RegExp(alternation(DOMAIN_TRIGGERS), 'u');

/**
 * The module and export an import binds, as a `ModuleReader` names them; undefined for anything
 * else, and for a type-only import unless `types` (a class named as a parameter's type).
 */
function moduleExport(def: DefinitionLike, types = false): { source: string; name: string } | undefined {
  const source = (def.parent?.source as Node | undefined)?.value;
  if (def.type !== 'ImportBinding' || typeof source !== 'string' || (!types && (def.parent?.importKind === 'type' || def.node.importKind === 'type'))) return undefined;
  const name = importedName(def.node);
  return name === undefined ? undefined : { source, name };
}

/** Angular's injection token for the window: `WINDOW` (`@ng-web-apis/common`, or the app's own `InjectionToken<Window>`). */
function isWindowToken(token: Node): boolean {
  return token.type === 'Identifier' && /^WINDOW(?:_TOKEN|_REF)?$/u.test(token.name as string);
}

/** A name declared the window: typed `Window` (`Window & { fbq: Function }`, `typeof window`), or injected with `@Inject(WINDOW)`. */
function declaresWindow(id: Node): boolean {
  const isWindowType = (type: Node | undefined): boolean => {
    if (!type) return false;
    if (type.type === 'TSIntersectionType' || type.type === 'TSUnionType') return (type.types as Node[]).some(isWindowType);
    if (type.type === 'TSTypeReference') return (type.typeName as Node).type === 'Identifier' && (type.typeName as Node).name === 'Window';
    return type.type === 'TSTypeQuery' && (type.exprName as Node).type === 'Identifier' && ((type.exprName as Node).name === 'window' || (type.exprName as Node).name === 'globalThis');
  };
  if (isWindowType((id.typeAnnotation as Node | undefined)?.typeAnnotation as Node | undefined)) return true;
  const holder = id.parent?.type === 'TSParameterProperty' ? id.parent : id;
  return ((holder.decorators ?? []) as Node[]).some((d) => {
    const call = unwrap(d.expression as Node);
    const token = call.type === 'CallExpression' && memberText(call.callee as Node) === 'Inject' ? argsOf(call)[0] : undefined;
    return token !== undefined && isWindowToken(token);
  });
}

/** The class a type annotation names (`a: AnalyticsService`), as its identifier. */
function typeName(id: Node): Node | undefined {
  const type = (id.typeAnnotation as Node | undefined)?.typeAnnotation as Node | undefined;
  const name = type?.type === 'TSTypeReference' ? (type.typeName as Node) : undefined;
  return name?.type === 'Identifier' ? name : undefined;
}

/**
 * The class whose instance a class's field holds, by the field's declared type or the class it is
 * made from: `constructor(private analytics: AnalyticsService)`, `analytics: AnalyticsService;`,
 * `analytics = inject(AnalyticsService)`, `analytics = new AnalyticsService()`.
 */
function fieldClass(body: Node, prop: string): Node | undefined {
  const param = parameterProperty(body, prop);
  if (param) return typeName(param.type === 'AssignmentPattern' ? (param.left as Node) : param);
  const field = (body.body as Node[]).find((m) => m.type === 'PropertyDefinition' && !m.static && !m.computed && keyName(m) === prop);
  // `constructor() { this.pixel = new PixelClient(); }`
  const assigned = field ? undefined : constructorAssignment(body, prop);
  if (!field && !assigned) return undefined;
  const value = assigned ?? (field!.value ? unwrap(field!.value as Node) : undefined);
  const made = value?.type === 'NewExpression' || (value?.type === 'CallExpression' && memberText(value.callee as Node) === 'inject') ? (value.type === 'NewExpression' ? (value.callee as Node) : argsOf(value)[0]) : undefined;
  if (made?.type === 'Identifier') return made;
  return value ? undefined : typeName({ typeAnnotation: field!.typeAnnotation } as unknown as Node);
}

/** Angular's `inject(DOCUMENT)`: the page's document. */
function injectsDocument(node: Node): boolean {
  const arg = node.type === 'CallExpression' && memberText(node.callee as Node) === 'inject' ? argsOf(node)[0] : undefined;
  return arg?.type === 'Identifier' && arg.name === 'DOCUMENT';
}

/** What a class's constructor assigns to `this.prop` at its top level, if it does. */
function constructorAssignment(body: Node, prop: string): Node | undefined {
  for (const statement of (((constructorOf(body)?.body as Node | undefined)?.body ?? []) as Node[])) {
    const assign = statement.type === 'ExpressionStatement' ? unwrap(statement.expression as Node) : undefined;
    const left = assign?.type === 'AssignmentExpression' && assign.operator === '=' ? unwrap(assign.left as Node) : undefined;
    if (left?.type === 'MemberExpression' && !left.computed && unwrap(left.object as Node).type === 'ThisExpression' && (left.property as Node).name === prop) return unwrap(assign!.right as Node);
  }
  return undefined;
}

/** The members a selector passed to a call picks (`(s) => s.analytics.track` → `analytics`, `track`), when that is all it does. */
function selectedPath(call: Node): string[] | undefined {
  const [selector, ...rest] = argsOf(call);
  const param = selector?.type === 'ArrowFunctionExpression' && (selector.params as Node[]).length === 1 ? (selector.params as Node[])[0] : undefined;
  if (rest.length > 1 || param?.type !== 'Identifier') return undefined;
  const path: string[] = [];
  let n = unwrap(selector!.body as Node);
  for (; n.type === 'MemberExpression' && !n.computed && (n.property as Node).type === 'Identifier'; n = unwrap(n.object as Node)) path.unshift((n.property as Node).name as string);
  return path.length > 0 && n.type === 'Identifier' && n.name === param.name ? path : undefined;
}

/**
 * The call a `const` takes its value from, when that is a plain function's (`const a = useAnalytics()`),
 * and the key it takes from the result when destructured (`const { track } = useTracking()`).
 */
function returnedBy(def: DefinitionLike): { call: Node; callee: Node; key?: string } | undefined {
  const call = def.node.init ? unwrap(def.node.init as Node) : undefined;
  const callee = call?.type === 'CallExpression' ? unwrap(call.callee as Node) : undefined;
  if (callee?.type !== 'Identifier' && callee?.type !== 'MemberExpression') return undefined;
  const pattern = def.node.id as Node;
  if (pattern === def.name) return { call: call!, callee };
  if (pattern.type !== 'ObjectPattern') return undefined;
  const prop = (pattern.properties as Node[]).find((p) => p.value === def.name || (p.value as Node | undefined)?.left === def.name);
  const key = prop && !prop.computed ? keyName(prop) : undefined;
  return key === undefined ? undefined : { call: call!, callee, key };
}

/** Whether `path` (`fbq`, `ttq.track`, `dataLayer.push`) is a vendor function phiguard knows how to read. */
function isTrackerFunction(path: string): boolean {
  const [head, ...rest] = path.split('.');
  let node: ApiNode | undefined = GLOBALS.get(head!)?.api;
  for (const key of rest) node = node?.members?.[key];
  return Boolean(node?.call);
}

/**
 * What keeps phiguard from reading a declared helper's call (`trackingHelpers[i].calls`), as the
 * end of a sentence about it; undefined when it can: a vendor function, or an HTTP client sending a
 * body to a vendor's server endpoint written out.
 */
export function trackerCallProblem(callee: string, args: readonly Template[]): string | undefined {
  if (isTrackerFunction(callee) || EXPORTED_TRACKERS.get(callee)) return undefined;
  const body = SERVER_CALLS[callee];
  if (body === undefined) return 'does not call a tracker function phiguard knows (such as fbq, ttq.track, gtag, dataLayer.push, snaptr, pintrk, twq, rdt, lintrk, sendGTMEvent) or an HTTP client (fetch, axios.post, navigator.sendBeacon…)';
  const url = args[0];
  const endpoint = url?.kind === 'literal' && typeof url.value === 'string' ? serverApi({ kind: 'str', parts: [url.value], range: [0, 0] }) : undefined;
  if (!endpoint) return "sends a request: its first argument must be a vendor's server endpoint written out (https://graph.facebook.com/v19.0/<pixel id>/events)";
  return args[body] ? undefined : `sends ${endpoint.vendor.name} nothing: give the body as argument ${body + 1}`;
}

/**
 * Whether a text can hold anything the detectors read: the cheap test every file and string takes
 * first. Host names have no case (`BAT.BING.COM` loads as well), but a case-blind pass costs a
 * quarter more on every file, so the text is lowered only when a URL in it has a capital in its host.
 * A text that names a declared tracking helper (`helpers`) can track too.
 */
export function mightTrack(text: string, helpers?: Helpers): boolean {
  const capitalHost = (): boolean => CAPITAL_HOST.test(text) && DOMAIN_RE.test(text.toLowerCase());
  const hinted = HINT_RE.test(text) && (wholeMatch(text) || (text.includes('useScript') && COMPOSABLE_RE.test(text)) || (text.includes('atob') && encodesTracker(text)));
  return hinted || capitalHost() || mentionsHelper(text, helpers) || GLOBAL_HOOKS.some((hook) => text.includes(hook));
}

/** A quoted run of base64, as `atob` takes it. */
const BASE64_TEXT = /(['"`])([A-Za-z\d+/]{4,}={0,2})\1/gu;

/** Whether a text that decodes base64 holds, in base64, anything `mightTrack` finds (`atob('aHR0cHM6Ly9jb25uZWN0…')`). */
function encodesTracker(text: string): boolean {
  for (const m of text.matchAll(BASE64_TEXT)) {
    const decoded = decodeBase64(m[2]!);
    if (decoded !== undefined && mightTrack(decoded)) return true;
  }
  return false;
}

/** Whether a word starts at `at`: after a character of none, or after an escape in a string's code (`'<script>\\nttq.track(…)'`). */
function startsWord(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  return !WORD_CHAR.test(before) || (ESCAPE_LETTER.test(before) && text[at - 2] === '\\');
}
const ESCAPE_LETTER = /[nrt]/u;

/** Whether a text has a match of `TRIGGER_ALL` that is not a short name inside a longer word. */
function wholeMatch(text: string): boolean {
  TRIGGER_ALL.lastIndex = 0;
  for (let m = TRIGGER_ALL.exec(text); m; m = TRIGGER_ALL.exec(text)) {
    const end = m.index + m[0].length;
    // An editor's `doubleclick` event is no host: the name counts beside the dot of one (`googleads.g.doubleclick.net`).
    if (HOST_ONLY_NAMES.has(m[0]) && text[m.index - 1] !== '.' && text[end] !== '.') {
      TRIGGER_ALL.lastIndex = m.index + 1;
      continue;
    }
    // A host's name starts a host or a label (`//x.com`, `.x.com`), not inside one (`mapbox.com`, `bit.co/`).
    if (m[0].includes('.') && HOST_CHAR.test(text[m.index - 1] ?? '')) {
      TRIGGER_ALL.lastIndex = m.index + 1;
      continue;
    }
    // A C++ name mangled into a WebAssembly bundle (`__ZN8facebook4yoga…`, Yoga's layout code): a name between its lengths.
    if (DIGIT.test(text[m.index - 1] ?? '') && DIGIT.test(text[end] ?? '')) {
      TRIGGER_ALL.lastIndex = m.index + 1;
      continue;
    }
    if (!SHORT_TOKENS.has(m[0])) return true;
    // A two-letter name (Quora's `qp`) is also what a minifier names a function in a bundle: only a command call counts (`qp('track', …)`).
    if (startsWord(text, m.index) && !WORD_CHAR.test(text[end] ?? '') && (m[0].length > 2 || COMMAND_CALL.test(text.slice(end, end + 8)))) return true;
    TRIGGER_ALL.lastIndex = m.index + 1;
  }
  return false;
}

/** A variable named for where values are read by name from (`searchParams`, `cookies`, `formData`): no need to look at what it holds. */
const READ_SOURCE_NAME = /param|query|search|cookie|form|storage/iu;

/** The start of a call whose first argument is quoted: `('track'`, `( "init"`. */
const COMMAND_CALL = /^\s*\(\s*['"`]/u;

/** Outside every function, class and field: where `this` is the global object of a classic script. */
function atTopLevel(node: Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if ((FUNCTION_TYPES.has(n.type) && n.type !== 'ArrowFunctionExpression') || n.type === 'ClassBody') return false;
  }
  return true;
}

/** Where Vue's own functions come from: `vue`, or Nuxt's re-exports. */
const VUE_MODULES = new Set(['vue', ...NUXT_APP_SOURCES]);

/**
 * The members after a Vue global property of the component instance a path from
 * `getCurrentInstance()` reaches: `proxy.$track` → `$track`, also through the app's own
 * `appContext.config.globalProperties.$track`.
 */
function instanceProperty(path: readonly string[]): string[] | undefined {
  const at = path[0] === 'proxy' ? 1 : path.slice(0, 3).join('.') === 'appContext.config.globalProperties' ? 3 : -1;
  return at > 0 && path[at]?.startsWith('$') ? path.slice(at) : undefined;
}

/**
 * A call site as the function it reaches sees it, with other arguments (a bound copy's in front, an
 * emit's after the event's name): a call node made for the purpose, placed where `site` is.
 */
function callWith(site: Node, args: ReadonlyArray<Node | undefined>): Node {
  return { ...site, arguments: args } as unknown as Node;
}

/** `object.name` as a node made for the purpose (what a spread object holds under `name`). */
function memberOfNode(object: Node, name: string): Node {
  return { type: 'MemberExpression', object, property: { type: 'Identifier', name, range: object.range }, computed: false, optional: false, range: object.range, parent: object.parent } as unknown as Node;
}

/** The operands of a `+` chain, in order (`a + b + c` → a, b, c). */
function concatenated(node: Node): Node[] {
  const left = unwrap(node.left as Node);
  const head = left.type === 'BinaryExpression' && left.operator === '+' ? concatenated(left) : [left];
  return [...head, unwrap(node.right as Node)];
}

const isStringLiteral = (node: Node): boolean => node.type === 'Literal' && typeof node.value === 'string';

function decodeInto(raw: string, base: number): { text: string; offsets: number[]; holes: Value[] } {
  const decoded = decodeEscapes(raw, base);
  return { text: decoded.text, offsets: decoded.offsets, holes: [] };
}

export function urlEvidence(m: UrlMatch, range: Range): PixelEvidence {
  return { vendor: m.vendor, kind: 'url', fingerprint: `${m.display} (${m.fingerprint.label})`, range, server: m.fingerprint.role === 'server-api' };
}

/**
 * Splits GTM macro placeholders and template holes out of literal text: string literals here, and
 * URLs in HTML markup (analyze.ts), so both read a `{{Variable}}` the same way.
 */
export function literalParts(text: string, ctx: Pick<AnalyzerContext, 'macro' | 'hole'>): StrPart[] {
  if (!mayHoldPlaceholders(text) && !text.includes('ǂ')) return [text];
  const found: Array<{ start: number; end: number; hole: Value }> = [];
  if (ctx.macro) {
    for (const p of findPlaceholders(text)) found.push({ ...p, hole: macroValue(ctx.macro(p.index), [0, 0]) });
  }
  if (ctx.hole) {
    for (const m of text.matchAll(HOLE_IN_TEXT)) {
      found.push({ start: m.index, end: m.index + m[0].length, hole: ctx.hole(Number(m[1])) ?? { kind: 'unknown', range: [0, 0] } });
    }
  }
  if (!found.length) return [text];
  found.sort((a, b) => a.start - b.start);
  const parts: StrPart[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push({ hole: f.hole });
    at = f.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** What a GTM macro placeholder stands for: the variable's known values or object, else an unknown value that names it. */
export function macroValue(info: MacroInfo | undefined, range: Range): Value {
  if (!info) return { kind: 'unknown', range };
  // `contents: {{JS - contents}}` where the variable returns `[{ id, content_name: 'Naltrexone 50mg' }]`.
  if (info.value) return placedAt(info.value, range);
  if (info.object?.length && !info.values?.length) {
    // `fbq('track', 'ViewContent', {{JS - props}})` where the variable returns `{ content_category: 'Oncology' }`.
    const props = info.object.map((p) => ({
      key: p.key,
      keyRange: range,
      value: p.values?.length
        ? anyOf(p.values.map((s): Value => ({ kind: 'str', parts: [s], range })), range)
        : ({ kind: 'unknown', range, macro: p.identity || p.display ? { display: p.display ?? info.display, identity: p.identity } : undefined } as Value),
    }));
    return { kind: 'obj', props, open: false, range };
  }
  const values = info.values;
  if (values?.length && !info.identity) {
    const known: Value[] = values.map((s) => ({ kind: 'str', parts: [s], range }));
    // `return window.__he || ''`: the empty default is one value, what the page holds another.
    return anyOf(info.open ? [...known, { kind: 'unknown', range, macro: { display: info.display } }] : known, range);
  }
  return { kind: 'unknown', range, macro: info };
}

/** Attributes whose text an element shows or describes itself with; the page never runs it. */
const DISPLAY_ATTRIBUTES = new Set(['placeholder', 'title', 'alt', 'label', 'aria-label', 'aria-description', 'aria-placeholder', 'value', 'defaultValue']);

/** Whether a JSX expression is text an element shows: a child of an HTML element other than a script, or a display attribute's value. */
function shownAt(expr: Node): boolean {
  const container = expr.parent;
  // Vue's `{{ SNIPPET }}` between tags, `v-text` and `:title`; Svelte's `{SNIPPET}` in an element and `title={…}`: text.
  if (container?.type === 'VExpressionContainer') return container.expression === expr && (container.parent?.type === 'VElement' || vueShowsText(container.parent));
  if (container?.type === 'SvelteMustacheTag') {
    if (container.kind !== 'text' || container.expression !== expr) return false;
    const at = container.parent;
    return at?.type === 'SvelteAttribute' ? DISPLAY_ATTRIBUTES.has((at.key as Node).name as string) && svelteShowsText(at.parent?.parent) : svelteShowsText(at);
  }
  if (container?.type !== 'JSXExpressionContainer') return false;
  const at = container.parent;
  return at?.type === 'JSXElement' ? showsText(at.openingElement as Node) : at?.type === 'JSXAttribute' && displayAttribute(at);
}

/** A Vue directive whose value an HTML element shows as text: `v-text`, or a bound display attribute (`:placeholder`, `:value`). */
function vueShowsText(attribute: Node | null | undefined): boolean {
  if (attribute?.type !== 'VAttribute' || !attribute.directive) return false;
  const key = attribute.key as Node;
  const directive = (key.name as Node).name as string;
  const argument = (key.argument as Node | null)?.name as string | undefined;
  const element = attribute.parent?.parent;
  const html = element?.type === 'VElement' && /^[a-z]/u.test(element.rawName as string) && textTag(element.name as string);
  return html && (directive === 'text' || (directive === 'bind' && argument !== undefined && DISPLAY_ATTRIBUTES.has(argument)));
}

/** A Svelte HTML element whose `{text}` children are text (not a script's code, nor `<noscript>` markup). */
function svelteShowsText(element: Node | null | undefined): boolean {
  if (element?.type !== 'SvelteElement' || element.kind !== 'html') return false;
  return textTag(((element.name as Node).name as string | undefined)?.toLowerCase());
}

/** An HTML element whose string children are text (not a script's code, nor `<noscript>` markup). */
function showsText(opening: Node): boolean {
  return textTag(intrinsicName(opening));
}

/** An HTML tag whose content is text the page shows: any but `<script>` (code) and `<noscript>` (markup). */
function textTag(tag: string | undefined): boolean {
  return tag !== undefined && tag !== 'script' && tag !== 'noscript';
}

/** A display attribute of an HTML element (`<textarea placeholder>`). */
function displayAttribute(attr: Node): boolean {
  const name = attr.name as Node;
  return name.type === 'JSXIdentifier' && DISPLAY_ATTRIBUTES.has(name.name as string) && intrinsicName(attr.parent) !== undefined;
}

/** The tag of an HTML element written in JSX (`textarea`), undefined for a component (`Script`, `ui.Code`). */
function intrinsicName(opening: Node | null | undefined): string | undefined {
  const name = opening?.type === 'JSXOpeningElement' ? (opening.name as Node) : undefined;
  return name?.type === 'JSXIdentifier' && /^[a-z]/u.test(name.name as string) ? (name.name as string) : undefined;
}

/**
 * A JSX element whose markup never runs as a script: the body of a plain `<script src>`, which the
 * browser ignores for the file it loads (a `<Script>` component is not plain: Next.js runs its
 * inline body in place of `src`), and an inert `<template>` or what is inside one, unless the code
 * takes template content out.
 */
function neverRuns(element: Node, templatesInert: boolean): boolean {
  const tag = (el: Node) => ((el.openingElement as Node).name as Node).name;
  const attributes = (element.openingElement as Node).attributes as Node[];
  if (tag(element) === 'script' && attributes.some((a) => a.type === 'JSXAttribute' && (a.name as Node).name === 'src')) return true;
  if (!templatesInert) return false;
  for (let el: Node | null | undefined = element; el; el = el.parent) if (el.type === 'JSXElement' && tag(el) === 'template') return true;
  return false;
}
