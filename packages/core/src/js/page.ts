import { passesTest, type AddressPart } from '../text/address.js';
import { mayHoldPlaceholders } from '../text/macros.js';
import { argsOf, EQUALITY, keyName, leaves, thisContainer, unwrap } from './ast.js';
import type { MacroInfo, Node, PageGuard, Range, Value } from './types.js';
import { rangeOf } from './walk.js';

// Code that runs only on some pages: a vendor call under a test of the page address
// (`if (location.pathname.indexOf('/psychiatry') > -1) fbq('track', 'ViewContent')`), the same
// scoping a GTM trigger does with `{{Page Path}} contains /psychiatry`.

/** What the guard reader needs from the analyzer. */
export interface PageReader {
  readonly text: string;
  value(node: Node): Value;
  strings(v: Value): string[];
  /** Whether the name is the browser's own (not declared in the code). */
  isGlobal(id: Node): boolean;
  /** Whether a Vue template's `$`-name reads the component instance (`$route`). */
  fromInstance(id: Node): boolean;
  /** Whether the node is the window, however the code spells it (`self`, an alias, a script's top-level `this`). */
  isWindow(node: Node): boolean;
  /** The initializer of a variable that is never written again (`const path = location.pathname`). */
  soleInit(id: Node): Node | undefined;
  /** Whether the name `id` refers to the binding that `declaration` (a parameter's identifier) declares. */
  declares(declaration: Node, id: Node): boolean;
  /** For a name bound once by destructuring (`const { pathname } = useLocation()`): the object and the key. */
  destructured(id: Node): { init: Node; key: string } | undefined;
  /** The module and export an imported name binds (`default` for a default import). */
  imported(id: Node): { source: string; name: string } | undefined;
  /**
   * For a name that is a parameter never written again: its function and position, and the key it
   * takes when it is destructured from the parameter (`({ pathname }) => …`).
   */
  param(id: Node): { fn: Node; index: number; key?: string } | undefined;
  /** What a GTM variable written in the code (`{{Page Category}}`), or quoted whole, is known to hold. */
  macro(id: Node): MacroInfo | undefined;
  /** Code as the container writes it: GTM variables by name, not their placeholders. */
  shown?(text: string): string;
  /**
   * The local function a call runs (`function isTherapyPage() { return … }`), the expressions it
   * returns, and the value of a node in it with its parameters replaced by the call's arguments.
   */
  helper(call: Node): { fn: Node; returned: Node[]; value(node: Node): Value } | undefined;
  /** Where a function is run: its calls, and the names that pass it as a callback (`addEventListener('load', trackPage)`). */
  sites(fn: Node): Node[];
  /** Whether tests of other values of the visit count too (`appointment.service === 'ivf'`): for ad calls, not for what a GTM variable tests. */
  readonly visits?: boolean;
}

type Operator = PageGuard['operator'];

const LOCATION_PARTS: Readonly<Record<string, AddressPart>> = { href: 'url', pathname: 'path', search: 'path', hash: 'path', host: 'host', hostname: 'host' };
const DOCUMENT_PARTS: Readonly<Record<string, AddressPart>> = { URL: 'url', documentURI: 'url', referrer: 'url', title: 'path' };
/** String methods that keep the address an address (`location.pathname.toLowerCase()`). */
const SAME_TEXT = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toString', 'trim', 'valueOf', 'split', 'slice', 'substring', 'substr', 'replace', 'replaceAll', 'normalize', 'filter', 'at', 'join', 'pop', 'shift']);
const STRING_TESTS: Readonly<Record<string, Operator>> = { includes: 'contains', indexOf: 'contains', search: 'matches', match: 'matches', startsWith: 'starts with', endsWith: 'ends with' };

/** Functions that keep the address an address (`decodeURIComponent(location.pathname)`). */
const SAME_TEXT_FNS = new Set(['String', 'decodeURI', 'decodeURIComponent']);

/**
 * Framework routers' view of the page address, by module and export: a hook that returns the path
 * (`usePathname()`), one that returns a route object (`useLocation().pathname`), the router object
 * itself (Next.js's `Router.asPath`), or what makes a router that calls listeners with the route
 * (`useRouter()` of Vue Router, `useHistory()` of React Router 5).
 */
type RouterKind = 'path' | 'route' | 'router' | 'vue' | 'history' | 'params' | 'query' | 'queryPair';
const ROUTERS: Readonly<Record<string, Readonly<Record<string, RouterKind>>>> = {
  // Path parameters (`useParams().condition`) and the query (`useSearchParams().get('service')`) are
  // pieces of the address too; React Router's `useSearchParams()` gives `[params, setParams]`.
  'next/navigation': { usePathname: 'path', useParams: 'params', useSearchParams: 'query' },
  'next/router': { useRouter: 'route', default: 'router' },
  'react-router': { useLocation: 'route', useHistory: 'history', useParams: 'params', useSearchParams: 'queryPair' },
  'react-router-dom': { useLocation: 'route', useHistory: 'history', useParams: 'params', useSearchParams: 'queryPair' },
  '@remix-run/react': { useLocation: 'route', useParams: 'params', useSearchParams: 'queryPair' },
  '@reach/router': { useLocation: 'route', useParams: 'params' },
  '@tanstack/react-router': { useLocation: 'route', useParams: 'params', useSearch: 'params' },
  '@solidjs/router': { useLocation: 'route', useParams: 'params' },
  // Qwik City's route is `{ url, params, prevUrl }`: its `url` is a URL (`useLocation().url.pathname`).
  '@builder.io/qwik-city': { useLocation: 'route' },
  '@qwik.dev/router': { useLocation: 'route' },
  history: { createBrowserHistory: 'history', createHashHistory: 'history' },
  'vue-router': { useRoute: 'route', useRouter: 'vue', createRouter: 'vue' },
  // Nuxt auto-imports `useRoute` and `useRouter` (also from these modules).
  '#app': { useRoute: 'route', useRouter: 'vue' },
  '#imports': { useRoute: 'route', useRouter: 'vue' },
};
/** A route object's parts (Next.js `asPath`/`route`, Vue `path`/`fullPath`, React Router `pathname`). */
const ROUTE_PARTS: Readonly<Record<string, AddressPart>> = { pathname: 'path', asPath: 'path', route: 'path', path: 'path', fullPath: 'path', search: 'path', hash: 'path', href: 'url', name: 'path' };
/** A route object's path parameters and query, any key of which is a piece of the address (`to.params.condition`, `route.query.service`). */
const ROUTE_PIECES = new Set(['params', 'query']);
/** The parts of an Angular router (`router.url`) and of the navigation events it emits (`NavigationEnd#urlAfterRedirects`). */
const ANGULAR_PARTS: Readonly<Record<string, AddressPart>> = { url: 'path' };
const NAVIGATION_PARTS: Readonly<Record<string, AddressPart>> = { url: 'path', urlAfterRedirects: 'path' };
/** Next.js router events whose listener gets the new address (`router.events.on('routeChangeComplete', (url) => …)`). */
const NEXT_EVENTS = new Set(['routeChangeStart', 'routeChangeComplete', 'beforeHistoryChange', 'hashChangeStart', 'hashChangeComplete']);
/** Vue Router's navigation hooks, whose listener gets the route navigated to first (`router.afterEach((to) => …)`). */
const VUE_HOOKS = new Set(['afterEach', 'beforeEach', 'beforeResolve']);
const NUXT_MIDDLEWARE = new Set(['defineNuxtRouteMiddleware', 'addRouteMiddleware']);
/** SvelteKit's navigation hooks, whose callback gets the navigation (`{ from, to, type }`). */
const SVELTE_HOOKS = new Set(['afterNavigate', 'onNavigate', 'beforeNavigate']);

/** What a router export gives: read from imports, Nuxt's auto-imported `useRoute`/`useRouter`, and Vue's `this.$route`/`this.$router`. */
function routerSource(node: Node, r: PageReader): RouterKind | undefined {
  if (node.type === 'MemberExpression') {
    const name = !node.computed && unwrap(node.object as Node).type === 'ThisExpression' ? (node.property as Node).name : undefined;
    return name === '$route' ? 'router' : name === '$router' ? 'vue' : undefined;
  }
  if (node.type !== 'Identifier') return undefined;
  if ((node.name === 'useRoute' || node.name === 'useRouter') && r.isGlobal(node)) return node.name === 'useRoute' ? 'route' : 'vue';
  // A template's `$route` (`v-if="$route.path.startsWith('/psychiatry')"`) is the instance's.
  if ((node.name === '$route' || node.name === '$router') && r.fromInstance(node)) return node.name === '$route' ? 'router' : 'vue';
  const from = r.imported(node);
  return from && Object.hasOwn(ROUTERS, from.source) ? ROUTERS[from.source]![from.name] : undefined;
}

/**
 * Whether a node is an object a router export gives, also through a variable: the export itself
 * (`this.$route`, Next's `Router`) for `self`, or its call's result (`useLocation()`, `useRouter()`).
 */
function isRouterObject(node: Node, r: PageReader, call: RouterKind, self?: RouterKind, depth = 0): boolean {
  const n = unwrap(node);
  if (n.type === 'CallExpression') return routerSource(unwrap(n.callee as Node), r) === call && (call !== 'route' || (n.arguments as Node[]).length === 0);
  if (self && routerSource(n, r) === self) return true;
  const init = n.type === 'Identifier' && depth < 4 ? r.soleInit(n) : undefined;
  return init !== undefined && isRouterObject(init, r, call, self, depth + 1);
}

/** A route object: a router's (`this.$route`, Next's `Router`), a hook's result (`useLocation()`), or what a router passes its listener. */
function isRoute(node: Node, r: PageReader): boolean {
  if (isRouterObject(node, r, 'route', 'router') || heard(node, r) === 'route') return true;
  // `history` 5 passes `{ action, location }`: `history.listen(({ location }) => …)`, `(update) => update.location`.
  const n = unwrap(node);
  if (n.type === 'MemberExpression') return isMember(n, 'location') && heard(n.object as Node, r) === 'route';
  const taken = heardKey(n, r);
  return taken?.key === 'location' && taken.kind === 'route';
}

/**
 * What a router passes the listener whose first parameter `node` is: the address (Next.js
 * `routeChangeComplete`), a route object (Vue Router's `afterEach`, Nuxt route middleware, React
 * Router 5's `history.listen`), or an Angular navigation event (`router.events.subscribe`).
 */
function heard(node: Node, r: PageReader): Heard | undefined {
  const n = unwrap(node);
  const param = n.type === 'Identifier' ? r.param(n) : undefined;
  return param?.index === 0 && param.key === undefined ? listener(param.fn, r) : undefined;
}

/** The key a name takes when destructured from a listener's parameter, and what the listener hears: `history.listen(({ pathname }) => …)`. */
function heardKey(id: Node, r: PageReader): { key: string; kind: ReturnType<typeof listener> } | undefined {
  const param = id.type === 'Identifier' ? r.param(id) : undefined;
  return param?.index === 0 && param.key !== undefined ? { key: param.key, kind: listener(param.fn, r) } : undefined;
}

/** The address part a name destructured from a listener's parameter takes: `history.listen(({ pathname }) => …)`. */
function heardPart(id: Node, r: PageReader): AddressPart | undefined {
  const taken = heardKey(id, r);
  const parts = taken?.kind === 'route' ? ROUTE_PARTS : taken?.kind === 'navigation' ? NAVIGATION_PARTS : undefined;
  return parts && Object.hasOwn(parts, taken!.key) ? parts[taken!.key] : undefined;
}

/** What a function registered as a route listener is passed first (see `heard`). */
function listener(fn: Node, r: PageReader): Heard | undefined {
  if (gatsbyRouteApi(fn)) return 'gatsby';
  // Registered where it is written, or by name (`router.events.on('routeChangeComplete', onRoute)`).
  const passed = [fn, ...r.sites(fn).filter((site) => site.type === 'Identifier')];
  for (const arg of passed) {
    let at = arg;
    while (at.parent && at.parent.type !== 'CallExpression' && unwrap(at.parent) !== at.parent) at = at.parent;
    const call = at.parent;
    const index = call?.type === 'CallExpression' ? argsOf(call).indexOf(at) : -1;
    const kind = index < 0 ? undefined : registration(call!, index, r);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * What a route listener is passed first: the path, a route object, an Angular navigation event, a
 * SvelteKit navigation, or Gatsby's `{ location, prevLocation }`.
 */
type Heard = 'path' | 'route' | 'navigation' | 'svelte' | 'gatsby';

/** Gatsby's browser APIs that run on each route change, given `{ location }` (gatsby-browser.js). */
const GATSBY_ROUTE_APIS = new Set(['onRouteUpdate', 'onPreRouteUpdate', 'onRouteUpdateDelayed']);

/** `export const onRouteUpdate = ({ location }) => …`, `export function onRouteUpdate(…)`, `exports.onRouteUpdate = …`. */
function gatsbyRouteApi(fn: Node): boolean {
  const at = fn.parent;
  if (fn.type === 'FunctionDeclaration') return GATSBY_ROUTE_APIS.has(String((fn.id as Node | null)?.name)) && at?.type === 'ExportNamedDeclaration';
  if (at?.type === 'VariableDeclarator') return GATSBY_ROUTE_APIS.has(String((at.id as Node).name)) && at.parent?.parent?.type === 'ExportNamedDeclaration';
  if (at?.type !== 'AssignmentExpression' || at.right !== fn) return false;
  const target = unwrap(at.left as Node);
  if (target.type !== 'MemberExpression' || target.computed || !GATSBY_ROUTE_APIS.has(String((target.property as Node).name))) return false;
  const owner = unwrap(target.object as Node);
  return (owner.type === 'Identifier' && owner.name === 'exports') || (owner.type === 'MemberExpression' && (owner.property as Node).name === 'exports');
}

/** What a call that registers its argument `index` as a listener passes it (see `heard`). */
function registration(call: Node, index: number, r: PageReader): Heard | undefined {
  const callee = unwrap(call.callee as Node);
  if (callee.type === 'Identifier') {
    const from = r.imported(callee);
    // SvelteKit: `afterNavigate(({ to }) => …)` gets the navigation, whose `to.url` is the new address.
    if (from?.source === '$app/navigation' && SVELTE_HOOKS.has(from.name) && index === 0) return 'svelte';
    const nuxt = NUXT_MIDDLEWARE.has(callee.name as string) && (r.isGlobal(callee) || from?.source === '#app' || from?.source === '#imports');
    return nuxt && index === argsOf(call).length - 1 ? 'route' : undefined;
  }
  if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const method = (callee.property as Node).name as string;
  const object = unwrap(callee.object as Node);
  if (method === 'on' && index === 1 && isMember(object, 'events') && isRoute(object.object as Node, r)) {
    const event = argsOf(call)[0];
    return event && r.strings(r.value(event)).some((e) => NEXT_EVENTS.has(e)) ? 'path' : undefined;
  }
  if (index !== 0) return undefined;
  if (VUE_HOOKS.has(method) && isRouterObject(object, r, 'vue', 'vue')) return 'route';
  if (method === 'listen' && isRouterObject(object, r, 'history')) return 'route';
  if (method === 'subscribe' && isAngularEvents(object, r)) return 'navigation';
  return undefined;
}

/** `x.prop`, written with a dot (`router.events`, `route.snapshot`). */
function isMember(node: Node, prop: string): boolean {
  return node.type === 'MemberExpression' && !node.computed && (node.property as Node).name === prop;
}

/** An Angular router's event stream, also through `pipe(…)`: `this.router.events.pipe(filter(…))`. */
function isAngularEvents(node: Node, r: PageReader, depth = 0): boolean {
  const n = unwrap(node);
  if (isMember(n, 'events')) return isAngularRouter(n.object as Node, r);
  const callee = n.type === 'CallExpression' ? unwrap(n.callee as Node) : undefined;
  return callee !== undefined && isMember(callee, 'pipe') && depth < 4 && isAngularEvents(callee.object as Node, r, depth + 1);
}

/**
 * An Angular `Router` (or another service of `@angular/router`: `ActivatedRoute`), as a class gets
 * one: a constructor parameter typed with it (`constructor(private router: Router)`, read as
 * `router` or `this.router`), or `inject(Router)`.
 */
function isAngularRouter(node: Node, r: PageReader, service = 'Router'): boolean {
  const n = unwrap(node);
  const isRouterType = (id: Node | undefined): boolean => {
    const type = (id?.typeAnnotation as Node | undefined)?.typeAnnotation as Node | undefined;
    const name = type?.type === 'TSTypeReference' ? (type.typeName as Node) : undefined;
    return isImport(name, '@angular/router', service, r);
  };
  const isInjected = (init: Node | null | undefined): boolean => {
    const call = init ? unwrap(init) : undefined;
    const [arg] = call?.type === 'CallExpression' ? argsOf(call) : [];
    return isImport(call?.callee as Node | undefined, '@angular/core', 'inject', r) && isImport(arg, '@angular/router', service, r);
  };
  if (n.type === 'Identifier') {
    const param = r.param(n);
    if (param) return param.key === undefined && isRouterType(declared(param.fn.params as Node[], param.index));
    return isInjected(r.soleInit(n));
  }
  if (n.type !== 'MemberExpression' || n.computed || unwrap(n.object as Node).type !== 'ThisExpression') return false;
  const name = (n.property as Node).name;
  const body = thisContainer(n);
  if (body?.type !== 'ClassBody') return false;
  for (const member of body.body as Node[]) {
    if (member.type === 'PropertyDefinition' && !member.computed && (member.key as Node).name === name) return isInjected(member.value as Node | null) || isRouterType(member);
    if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
      const params = (member.value as Node).params as Node[];
      const property = params.find((p) => p.type === 'TSParameterProperty' && declared([p], 0)?.name === name);
      if (property) return isRouterType(declared([property], 0));
    }
  }
  return false;
}

/** The name a parameter declares (through a parameter property or a default). */
function declared(params: Node[], index: number): Node | undefined {
  let p: Node | undefined = params[index];
  if (p?.type === 'TSParameterProperty') p = p.parameter as Node;
  if (p?.type === 'AssignmentPattern') p = p.left as Node;
  return p?.type === 'Identifier' ? p : undefined;
}

/** An import of `name` from module `source` (`Router` from `@angular/router`, `page` from `$app/state`). */
function isImport(id: Node | undefined, source: string, name: string, r: PageReader): boolean {
  const from = id?.type === 'Identifier' ? r.imported(id) : undefined;
  return from?.source === source && from.name === name;
}

/** The address part an object's property gives: `location.pathname`, `document.URL`, `router.asPath`. */
function memberPart(object: Node, prop: string, r: PageReader): AddressPart | undefined {
  // `useParams().condition`, `to.params.condition`, `route.snapshot.params.condition`.
  if (isParams(object, r)) return 'path';
  if (Object.hasOwn(LOCATION_PARTS, prop) && isFrameworkUrl(object, r)) return LOCATION_PARTS[prop];
  if (Object.hasOwn(LOCATION_PARTS, prop) && isLocation(object, r)) return LOCATION_PARTS[prop];
  if (Object.hasOwn(DOCUMENT_PARTS, prop) && isDocument(object, r)) return DOCUMENT_PARTS[prop];
  if (Object.hasOwn(ROUTE_PARTS, prop) && isRoute(object, r)) return ROUTE_PARTS[prop];
  if (Object.hasOwn(ANGULAR_PARTS, prop) && isAngularRouter(object, r)) return ANGULAR_PARTS[prop];
  if (Object.hasOwn(NAVIGATION_PARTS, prop) && heard(object, r) === 'navigation') return NAVIGATION_PARTS[prop];
  return undefined;
}

/** What a test compares: the page address (`subject`, `part`), or the output of a GTM table keyed on it (`table`). */
interface Compared {
  subject: string;
  part: AddressPart;
  table?: MacroInfo['table'];
  visit?: PageGuard['visit'];
}

/** What a test compares: the page address, or, when the reader takes them, another value of the visit. */
function subjectOf(node: Node, r: PageReader): Compared | undefined {
  return address(node, r) ?? (r.visits ? visitValue(node, r) : undefined);
}

/** A string test of a value of the visit (`service.includes('ivf')`), when the reader takes them. */
function visitTest(node: Node, operator: Operator, arg: Node, r: PageReader, out: PageGuard[]): void {
  const visit = r.visits ? visitValue(node, r) : undefined;
  if (visit) push(out, visit, operator, arg, r);
}

/** The build's settings, the same for every visitor (`process.env.SITE`, `import.meta.env.MODE`). */
const BUILD_SETTINGS = /^(?:process\.env|import\.meta\.env)\b/u;

/**
 * A value of the visit that is not its page (`appointment.service`, `{{DLV - service}}`, `getPlan()`):
 * what only the visit decides, named by its last word (`service`), which the classifier reads as
 * context. A value the code knows (a constant) and the build's settings are not.
 */
function visitValue(node: Node, r: PageReader, depth = 0): Compared | undefined {
  const n = unwrap(node);
  if (depth > 4 || buildSetting(n, r)) return undefined;
  const subject = codeText(n, r);
  // The same value: with a default (`item.path ?? ''`), through a string method (`.toLowerCase()`,
  // `String(…)`), or held in a variable never written again (`const s = reader.zodiacSign`).
  const same = sameValue(n, r);
  if (same) {
    // Shown as the test writes it, or, for a variable, as what it holds (as page tests show `path`'s address).
    const inner = visitValue(same, r, depth + 1);
    return inner && (n.type === 'Identifier' ? inner : { ...inner, subject });
  }
  let key: string | undefined;
  const v = r.value(n);
  // A macro written, or quoted whole (`'{{DLV - service}}'`), is that variable, whatever values it can take.
  const hole = soleHole(v);
  const macro = n.type === 'Identifier' || n.type === 'Literal' ? r.macro(n) : hole.kind === 'unknown' ? hole.macro : undefined;
  if (macro) key = macro.display.slice(2, -2);
  else if (n.type === 'Identifier') key = n.name as string;
  else if (n.type === 'MemberExpression') key = n.computed ? r.strings(r.value(n.property as Node))[0] : ((n.property as Node).name as string);
  else if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee as Node);
    key = callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' && !callee.computed ? ((callee.property as Node).name as string) : undefined;
  }
  // Text the code knows in full, or a list or object it writes (`PAGES.includes(…)` tests its items, not it).
  if (key === undefined || (!macro && known(v)) || (macro && macro.values && !macro.open) || v.kind === 'arr' || v.kind === 'obj' || v.kind === 'num' || v.kind === 'bool') return undefined;
  return { subject: macro?.display ?? subject, part: 'path', visit: { key } };
}

/** What `node` is the same value as: the left of a default, the text a string method keeps, a variable's only value. */
function sameValue(n: Node, r: PageReader): Node | undefined {
  if (n.type === 'LogicalExpression' && (n.operator === '??' || n.operator === '||')) return n.left as Node;
  if (n.type === 'Identifier' && !r.macro(n)) return r.soleInit(n);
  if (n.type !== 'CallExpression') return undefined;
  const callee = unwrap(n.callee as Node);
  if (callee.type === 'MemberExpression' && !callee.computed && SAME_TEXT.has((callee.property as Node).name as string)) return callee.object as Node;
  return callee.type === 'Identifier' && SAME_TEXT_FNS.has(callee.name as string) && r.isGlobal(callee) ? (n.arguments as Node[])[0] : undefined;
}

/** Whether every text a value can take is known (a constant, `'a' + 'b'`), not only some (`let s = 'none'`, written again later). */
function known(v: Value): boolean {
  if (v.kind === 'str') return v.parts.every((p) => typeof p === 'string');
  return v.kind === 'any' && v.options.every(known);
}

/** Whether a value is one of the build's settings: `process.env.SITE`, also held in a constant, destructured or in an object of them. */
function buildSetting(n: Node, r: PageReader, depth = 0): boolean {
  if (depth > 4) return false;
  if (BUILD_SETTINGS.test(r.text.slice(...rangeOf(n)))) return true;
  if (n.type === 'Identifier') {
    const init = r.soleInit(n);
    const taken = init ? undefined : r.destructured(n);
    return init ? buildSetting(unwrap(init), r, depth + 1) : taken ? buildSetting(unwrap(taken.init), r, depth + 1) : false;
  }
  const same = n.type === 'MemberExpression' ? undefined : sameValue(n, r);
  if (same) return buildSetting(unwrap(same), r, depth + 1);
  if (n.type !== 'MemberExpression' || n.computed) return false;
  const object = unwrap(n.object as Node);
  if (buildSetting(object, r, depth + 1)) return true;
  // `cfg.brand` of `const cfg = { brand: process.env.BRAND }`.
  const holder = object.type === 'Identifier' ? unwrap(r.soleInit(object) ?? object) : object;
  if (holder.type !== 'ObjectExpression') return false;
  const name = (n.property as Node).name;
  const prop = (holder.properties as Node[]).find((p) => p.type === 'Property' && !p.computed && keyName(p) === name);
  return prop !== undefined && buildSetting(unwrap(prop.value as Node), r, depth + 1);
}

/** The page address a node reads, if it reads one, or a GTM table keyed on it. */
function address(node: Node, r: PageReader, depth = 0): Compared | undefined {
  if (depth > 4) return undefined;
  const n = unwrap(node);
  const subject = (part: AddressPart) => ({ subject: codeText(n, r), part });
  if (isLocation(n, r)) return subject('url');
  if (n.type === 'Identifier') {
    const init = r.soleInit(n);
    if (init) return address(init, r, depth + 1);
    // `const { pathname } = window.location` / `= useLocation()`.
    const taken = r.destructured(n);
    const part = taken && (/^\d+$/u.test(taken.key) ? address(taken.init, r, depth + 1)?.part : memberPart(unwrap(taken.init), taken.key, r));
    if (part) return subject(part);
    // `router.events.on('routeChangeComplete', (url) => …)`, `history.listen(({ pathname }) => …)`.
    if (heard(n, r) === 'path') return subject('path');
    const fromListener = heardPart(n, r);
    if (fromListener) return subject(fromListener);
  } else if (n.type === 'MemberExpression') {
    const object = unwrap(n.object as Node);
    const prop = n.computed ? r.strings(r.value(n.property as Node))[0] : ((n.property as Node).name as string);
    const part = prop !== undefined ? memberPart(object, prop, r) : undefined;
    if (part) return subject(part);
    // `location.pathname.split('/')[1]`: a piece of the address.
    const whole = n.computed && prop === undefined ? address(object, r, depth + 1) : undefined;
    return whole && subject(whole.part);
  } else if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee as Node);
    if ((n.arguments as Node[]).length === 0 && routerSource(callee, r) === 'path') return subject('path');
    // `new URLSearchParams(location.search).get('service')`, `new URL(location.href).searchParams.get(…)`.
    if (callee.type === 'MemberExpression' && !callee.computed && (callee.property as Node).name === 'get' && isQuery(unwrap(callee.object as Node), r)) return subject('path');
    // `location.pathname.toLowerCase()`, `decodeURIComponent(location.pathname)`: the same address.
    const method = callee.type === 'MemberExpression' && !callee.computed ? ((callee.property as Node).name as string) : undefined;
    const source = method && SAME_TEXT.has(method) ? (callee.object as Node) : callee.type === 'Identifier' && SAME_TEXT_FNS.has(callee.name as string) ? (n.arguments as Node[])[0] : undefined;
    const inner = source && address(source, r, depth + 1);
    if (inner) return subject(inner.part);
    // `getPath()` where `function getPath() { return location.pathname.toLowerCase(); }`.
    const returned = !source ? r.helper(n)?.returned : undefined;
    const given = returned?.length === 1 && address(returned[0]!, r, depth + 1);
    if (given) return subject(given.part);
  } else if (n.type === 'LogicalExpression' && n.operator !== '&&' && isText(n.right as Node)) {
    // `usePathname() ?? ''`, `(location.pathname || '/')`: the address, or a default that names no page.
    const inner = address(n.left as Node, r, depth + 1);
    return inner && subject(inner.part);
  } else if (n.type === 'TemplateLiteral') {
    // `${location.pathname}`: the address as a string.
    const [only] = n.expressions as Node[];
    const plain = (n.expressions as Node[]).length === 1 && (n.quasis as Node[]).every((q) => (q.value as { cooked?: string }).cooked === '');
    const inner = plain ? address(only!, r, depth + 1) : undefined;
    return inner && subject(inner.part);
  } else if (n.type === 'Literal' && !(typeof n.value === 'string' && mayHoldPlaceholders(n.value))) {
    return undefined;
  }
  // A page-address variable written or quoted whole, with a default too (`'{{DLV - virtualPagePath}}'`), or a table keyed on one.
  const named = n.type === 'Identifier' || n.type === 'Literal' ? r.macro(n) : undefined;
  if (named?.table) return { subject: named.display, part: named.table.part, table: named.table };
  const hole = named ? undefined : soleHole(r.value(n));
  const macro = named ?? (hole?.kind === 'unknown' ? hole.macro : undefined);
  return macro?.page ? { subject: macro.display, part: macro.page } : undefined;
}

/** A node's code as written (GTM variables by name). */
function codeText(n: Node, r: PageReader): string {
  const text = r.text.slice(...rangeOf(n));
  return r.shown ? r.shown(text) : text;
}

/** A string that is one GTM macro quoted whole (`'{{Page Path}}'`) is that variable's value. */
function soleHole(v: Value): Value {
  if (v.kind !== 'str') return v;
  const holes = v.parts.filter((p) => typeof p !== 'string');
  return holes.length === 1 && v.parts.every((p) => typeof p !== 'string' || p === '') ? holes[0]!.hole : v;
}

function isDocument(node: Node, r: PageReader): boolean {
  if (node.type === 'Identifier') return node.name === 'document' && r.isGlobal(node);
  return isMember(node, 'document') && r.isWindow(unwrap(node.object as Node));
}

/** `location`, `window.location`, `document.location` or `new URL(location.href)`, also through a variable (`const loc = window.location`). */
function isLocation(node: Node, r: PageReader, depth = 0): boolean {
  if (node.type === 'Identifier') {
    if (node.name === 'location' && r.isGlobal(node)) return true;
    // Gatsby's `onRouteUpdate(({ location }) => …)`.
    const taken = heardKey(node, r);
    if (taken?.kind === 'gatsby' && taken.key === 'location') return true;
    const init = depth < 4 ? r.soleInit(node) : undefined;
    return init !== undefined && isLocation(unwrap(init), r, depth + 1);
  }
  if (node.type === 'NewExpression') return isNew(node, 'URL', r) && (node.arguments as Node[]).length === 1 && address((node.arguments as Node[])[0]!, r, depth + 1) !== undefined;
  if (node.type !== 'MemberExpression' || node.computed || (node.property as Node).name !== 'location') return false;
  const object = unwrap(node.object as Node);
  return r.isWindow(object) || isDocument(object, r) || heard(object, r) === 'gatsby';
}

/** `new Name(…)` of the browser's own class. */
function isNew(node: Node, name: string, r: PageReader): boolean {
  const callee = node.callee as Node;
  return callee.type === 'Identifier' && callee.name === name && r.isGlobal(callee);
}

/** The query of the page address: `new URLSearchParams(location.search)` or a location's `searchParams`, also through a variable. */
function isQuery(node: Node, r: PageReader, depth = 0): boolean {
  if (node.type === 'NewExpression') return isNew(node, 'URLSearchParams', r) && (node.arguments as Node[]).length === 1 && address((node.arguments as Node[])[0]!, r) !== undefined;
  // Next.js `useSearchParams()`; Angular `route.snapshot.paramMap` and `queryParamMap`.
  if (node.type === 'CallExpression') return (node.arguments as Node[]).length === 0 && routerSource(unwrap(node.callee as Node), r) === 'query';
  if (isMember(node, 'paramMap') || isMember(node, 'queryParamMap')) return isActivatedSnapshot(unwrap(node.object as Node), r);
  // React Router: `const [searchParams] = useSearchParams()`.
  const pair = node.type === 'Identifier' ? r.destructured(node) : undefined;
  if (pair?.key === '0') {
    const call = unwrap(pair.init);
    return call.type === 'CallExpression' && routerSource(unwrap(call.callee as Node), r) === 'queryPair';
  }
  if (node.type === 'MemberExpression') return isMember(node, 'searchParams') && isLocation(unwrap(node.object as Node), r);
  const init = node.type === 'Identifier' && depth < 4 ? r.soleInit(node) : undefined;
  return init !== undefined && isQuery(unwrap(init), r, depth + 1);
}

/**
 * An object of the page's path parameters or query, any key of which is a piece of the address:
 * `useParams()` (Next.js, React Router), a route's `params`/`query` (Vue Router, Nuxt:
 * `to.params`, `useRoute().query`), an Angular `ActivatedRoute`'s `snapshot.params`/`queryParams`.
 */
function isParams(node: Node, r: PageReader, depth = 0): boolean {
  const n = unwrap(node);
  if (n.type === 'CallExpression') return (n.arguments as Node[]).length === 0 && routerSource(unwrap(n.callee as Node), r) === 'params';
  if (n.type === 'MemberExpression' && !n.computed) {
    const prop = (n.property as Node).name as string;
    const owner = unwrap(n.object as Node);
    if (ROUTE_PIECES.has(prop) && isRoute(owner, r)) return true;
    if (prop === 'params' && (isSveltePage(owner, r) || isNavigationTarget(owner, r))) return true;
    return (prop === 'params' || prop === 'queryParams') && isActivatedSnapshot(owner, r);
  }
  const init = n.type === 'Identifier' && depth < 4 ? r.soleInit(n) : undefined;
  return init !== undefined && isParams(init, r, depth + 1);
}

/**
 * A framework's address as a `URL`: SvelteKit's `page.url` (`$app/state`), `get(page).url`
 * (`$app/stores`) and the new page's `url` of a navigation (`afterNavigate(({ to }) => to?.url)`),
 * a route object's `url` (Qwik City's `useLocation().url`), and Next.js middleware's `req.nextUrl`.
 */
function isFrameworkUrl(node: Node, r: PageReader): boolean {
  const n = unwrap(node);
  // Next.js middleware's request: `req.nextUrl` is the address of the page asked for.
  if (isMember(n, 'nextUrl')) return true;
  if (!isMember(n, 'url')) return false;
  const owner = unwrap(n.object as Node);
  return isSveltePage(owner, r) || isNavigationTarget(owner, r) || isRoute(owner, r);
}

/** SvelteKit's current page: `page` of `$app/state`, or `get(page)` of the `$app/stores` store. */
function isSveltePage(node: Node, r: PageReader): boolean {
  // `page` of `$app/state` (Svelte 5), or `$page`, the value of the `$app/stores` store (svelte-eslint-parser resolves it to the import).
  if (node.type === 'Identifier') return isImport(node, '$app/state', 'page', r) || (String(node.name).startsWith('$') && isImport(node, '$app/stores', 'page', r));
  return node.type === 'CallExpression' && isImport(unwrap(node.callee as Node), 'svelte/store', 'get', r) && isImport(argsOf(node)[0], '$app/stores', 'page', r);
}

/** The page a SvelteKit navigation goes to: `nav.to` of a hook's parameter, or `({ to })`. */
function isNavigationTarget(node: Node, r: PageReader): boolean {
  if (node.type === 'MemberExpression') return isMember(node, 'to') && heard(node.object as Node, r) === 'svelte';
  const taken = heardKey(node, r);
  return taken?.key === 'to' && taken.kind === 'svelte';
}

/** `route.snapshot` of an Angular `ActivatedRoute` (injected as `Router` is). */
function isActivatedSnapshot(node: Node, r: PageReader): boolean {
  return isMember(node, 'snapshot') && isAngularRouter(node.object as Node, r, 'ActivatedRoute');
}

/** A string literal or a template with no expressions. */
function isText(node: Node): boolean {
  const n = unwrap(node);
  return (n.type === 'Literal' && typeof n.value === 'string') || (n.type === 'TemplateLiteral' && (n.expressions as Node[]).length === 0);
}

/** A number literal, `-1` included. */
function numberOf(node: Node): number | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'number') return n.value;
  if (n.type === 'UnaryExpression' && n.operator === '-') {
    const inner = numberOf(n.argument as Node);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

/** Whether `i OP k` holds exactly when `i` (an index, -1 when absent) is a position, or exactly when it is -1. */
function foundWhen(op: string, k: number): boolean | undefined {
  if ((op === '>' && k === -1) || (op === '>=' && k === 0) || ((op === '!==' || op === '!=') && k === -1)) return true;
  if (((op === '===' || op === '==') && k === -1) || (op === '<' && k === 0) || (op === '<=' && k === -1)) return false;
  return undefined;
}


/** `null`, `undefined` or `void 0`. */
function isNullish(node: Node): boolean {
  const n = unwrap(node);
  return (n.type === 'Literal' && n.value === null && !n.regex) || (n.type === 'Identifier' && n.name === 'undefined') || (n.type === 'UnaryExpression' && n.operator === 'void');
}

const FLIP: Readonly<Record<string, string>> = { '>': '<', '<': '>', '>=': '<=', '<=': '>=', '===': '===', '!==': '!==', '==': '==', '!=': '!=' };

/**
 * The page tests that hold when `test` evaluates to `holds`: `&&` when true and `||` when false
 * give every side; `a || b` when true gives each side too, since the code then runs on the pages
 * of either. A negated or unreadable test gives nothing.
 */
export function pageTests(test: Node, holds: boolean, r: PageReader, out: PageGuard[]): void {
  const n = unwrap(test);
  if (n.type === 'UnaryExpression' && n.operator === '!') return pageTests(n.argument as Node, !holds, r, out);
  // A test held in a constant (`const onTherapy = …; if (onTherapy)`) or returned by a helper (`if (isTherapyPage())`).
  if ((n.type === 'Identifier' || n.type === 'CallExpression') && nesting < MAX_NESTING) {
    nesting++;
    try {
      const init = n.type === 'Identifier' ? r.soleInit(n) : undefined;
      if (init) return pageTests(init, holds, r, out);
      if (n.type === 'CallExpression') helperTests(n, holds, r, out);
    } finally {
      nesting--;
    }
  }
  // A Vue computed ref's value: `isHiv.value` where `const isHiv = computed(() => route.path.startsWith('/hiv'))`.
  if (n.type === 'MemberExpression' && !n.computed && (n.property as Node).name === 'value' && unwrap(n.object as Node).type === 'Identifier' && nesting < MAX_NESTING) {
    const init = r.soleInit(unwrap(n.object as Node));
    const callee = init && unwrap(init).type === 'CallExpression' ? unwrap(unwrap(init).callee as Node) : undefined;
    if (callee?.type === 'Identifier' && callee.name === 'computed') return pageTests(init!, holds, r, out);
  }
  // `EVENTS[location.pathname]` found (`const ev = EVENTS[path]; if (ev) fbq('track', ev)`): the address is one of the table's keys.
  if (n.type === 'MemberExpression' && n.computed && holds) return tableTest(n.object as Node, n.property as Node, r, out);
  if (n.type === 'LogicalExpression') {
    if (n.operator === '||' || (n.operator === '&&' && holds)) {
      pageTests(n.left as Node, holds, r, out);
      pageTests(n.right as Node, holds, r, out);
    }
    return;
  }
  if (n.type === 'BinaryExpression') {
    const op = n.operator as string;
    // `location.pathname.match(/ivf/) !== null`: the match's own test, found or not.
    const nullish = isNullish(n.right as Node) ? (n.left as Node) : isNullish(n.left as Node) ? (n.right as Node) : undefined;
    if (nullish && EQUALITY.has(op)) return pageTests(nullish, (op === '!==' || op === '!=') === holds, r, out);
    for (const [a, b, o] of [[n.left, n.right, op], [n.right, n.left, FLIP[op] ?? op]] as Array<[Node, Node, string]>) {
      const k = numberOf(b);
      if (k !== undefined) {
        const found = foundWhen(o, k);
        if (found !== undefined) indexTest(a, found === holds, r, out);
        else if ((o === '===' || o === '==') && k === 0 && holds) indexTest(a, true, r, out, 'starts with');
      } else if ((o === '===' || o === '==') === holds && (o === '===' || o === '==' || o === '!==' || o === '!=')) {
        const where = subjectOf(a, r);
        if (where) push(out, where, 'equals', b, r);
      }
    }
    return;
  }
  if (n.type === 'UnaryExpression' && n.operator === '~') return indexTest(n.argument as Node, holds, r, out);
  if (n.type === 'CallExpression' && holds) {
    const callee = unwrap(n.callee as Node);
    if (callee.type !== 'MemberExpression' || callee.computed) return;
    const method = (callee.property as Node).name as string;
    const arg = (n.arguments as Node[])[0];
    if (!arg) return;
    if (method === 'test' || method === 'exec') {
      const where = subjectOf(arg, r);
      if (where) push(out, where, 'matches', callee.object as Node, r);
    } else if (LIST_TESTS.has(method)) {
      listTest(callee.object as Node, arg, r, out);
    } else if (Object.hasOwn(STRING_TESTS, method) && method !== 'indexOf' && method !== 'search') {
      const where = address(callee.object as Node, r);
      if (where) push(out, where, STRING_TESTS[method]!, arg, r);
      // `PATHS.includes(location.pathname)`, `new Set(PATHS).has(…)`: the address is one of them.
      else if (method === 'includes' && listItems(callee.object as Node, r)) memberTest(callee.object as Node, arg, r, out);
      else visitTest(callee.object as Node, STRING_TESTS[method]!, arg, r, out);
    } else if (method === 'has') {
      memberTest(callee.object as Node, arg, r, out);
    }
  }
}

/** How many functions a call's pages are followed through, to the places that run them. */
const MAX_SITES = 16;

/** How deep tests are followed through constants and helpers (a helper may call itself). */
const MAX_NESTING = 4;
let nesting = 0;

/**
 * `isPage('/therapy')` where `function isPage(p) { return location.pathname.startsWith(p); }`: the
 * helper's returned test, its parameters standing for the call's arguments. A test that compares
 * with an argument is reported at the argument, one written in the helper where it is written.
 * With several `return`s, each one that can give `holds` adds its test and the tests it sits under
 * (`if (location.pathname.startsWith('/therapy')) return true;`), as each side of `||` does.
 */
function helperTests(call: Node, holds: boolean, r: PageReader, out: PageGuard[]): void {
  const helper = r.helper(call);
  if (!helper) return;
  const params = helper.fn.params as Node[];
  const args = call.arguments as Node[];
  // Where a compared text comes from the arguments: a parameter itself, or a value made with one (`'/' + section`).
  const uses = new Map<number, Range>();
  const argsRange: Range = args.length ? [rangeOf(args[0]!)[0], rangeOf(args.at(-1)!)[1]] : rangeOf(call);
  const bind = (id: Node): Node | undefined => {
    const i = params.findIndex((p) => p.type === 'Identifier' && r.declares(p, id));
    const arg = i === -1 ? undefined : args[i];
    return arg?.type === 'SpreadElement' ? undefined : arg;
  };
  const value = (node: Node): Value => {
    const v = helper.value(node);
    if (v !== r.value(node)) uses.set(rangeOf(unwrap(node))[0], argsRange);
    return v;
  };
  for (const returned of helper.returned) {
    const known = truthiness(returned);
    if (known === !holds) continue;
    const read = (br: PageReader, found: PageGuard[]): void => {
      pageTests(returned, holds, br, found);
      found.push(...pageGuards(returned, br, new Set(), helper.fn));
    };
    boundTests(read, { ...r, value }, bind, (arg) => rangeOf(unwrap(arg)), out, uses);
  }
}

/** Whether a returned literal is truthy (`return true`, `return 0`), if it is one. */
function truthiness(node: Node): boolean | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && !n.regex) return Boolean(n.value);
  return n.type === 'Identifier' && n.name === 'undefined' ? false : undefined;
}

/**
 * The tests `read` finds with names bound to nodes (a helper's parameters to the call's arguments, a
 * list callback's parameter to an item). A guard that compares with a bound name sits at
 * `at(node)`, or where `uses` (keyed by the compared node's start) says.
 */
function boundTests(read: (r: PageReader, found: PageGuard[]) => void, r: PageReader, bind: (id: Node) => Node | undefined, at: (bound: Node) => Range, out: PageGuard[], uses = new Map<number, Range>()): void {
  const withBound: PageReader = {
    ...r,
    soleInit: (id) => {
      const bound = bind(id);
      if (!bound) return r.soleInit(id);
      uses.set(rangeOf(id)[0], at(bound));
      return bound;
    },
  };
  const found: PageGuard[] = [];
  read(withBound, found);
  for (const guard of found) {
    const moved = uses.get(guard.range[0]);
    out.push(moved ? { ...guard, range: moved } : guard);
  }
}

/** Array methods that hold when their callback holds for some item (`every`: for each). */
const LIST_TESTS = new Set(['some', 'find', 'every']);

/**
 * The items of a list written in the code: an array literal, `new Set([…])`, or a variable never
 * written again that holds one. Spread items are left out.
 */
function listItems(node: Node, r: PageReader, depth = 0): Node[] | undefined {
  const n = unwrap(node);
  if (n.type === 'ArrayExpression') return (n.elements as Array<Node | null>).filter((e): e is Node => e !== null && e.type !== 'SpreadElement');
  if (n.type === 'NewExpression' && isNew(n, 'Set', r)) {
    const source = (n.arguments as Node[])[0];
    return source && depth < 4 ? listItems(source, r, depth + 1) : undefined;
  }
  const init = n.type === 'Identifier' && depth < 4 ? r.soleInit(n) : undefined;
  if (init) return listItems(init, r, depth + 1);
  // A list the code does not write here (`Routes.FERTILITY_SECTIONS`, a constant object's member or
  // an imported one): its known texts, each as a literal at the list's name.
  if (n.type !== 'MemberExpression' && n.type !== 'Identifier') return undefined;
  const v = r.value(n);
  if (v.kind !== 'arr' || !v.items.length) return undefined;
  const texts = v.items.map((item) => (item.kind === 'str' && item.parts.every((part) => typeof part === 'string') ? item.parts.join('') : undefined));
  return texts.every((t) => t !== undefined) ? texts.map((value) => ({ type: 'Literal', value, raw: JSON.stringify(value), range: rangeOf(n), parent: n })) : undefined;
}

/** An item's guard sits at the item when the list is written in the test, else at the list's name. */
function itemRange(list: Node, item: Node): PageGuard['range'] {
  const [start, end] = rangeOf(unwrap(list));
  const [s, e] = rangeOf(item);
  return s >= start && e <= end ? [s, e] : [start, end];
}

/** `PATHS.includes(location.pathname)`: the address equals one of the items. */
function memberTest(list: Node, arg: Node, r: PageReader, out: PageGuard[]): void {
  const where = subjectOf(arg, r);
  const items = where && listItems(list, r);
  for (const item of items ?? []) {
    const found: PageGuard[] = [];
    push(found, where!, 'equals', item, r);
    for (const guard of found) out.push({ ...guard, range: itemRange(list, item) });
  }
}

/** `TABLE[location.pathname]` with a value: the address equals a key of the table written in the code whose value is not empty, reported at the key. */
function tableTest(table: Node, key: Node, r: PageReader, out: PageGuard[]): void {
  const where = subjectOf(key, r);
  let object = unwrap(table);
  // A table held in a constant, or in a constant that names another (a few deep).
  for (let d = 0; object.type === 'Identifier' && d < 4; d++) {
    const init = r.soleInit(object);
    if (!init) return;
    object = unwrap(init);
  }
  if (!where || object.type !== 'ObjectExpression') return;
  for (const prop of object.properties as Node[]) {
    if (prop.type !== 'Property' || prop.computed) continue;
    const value = unwrap(prop.value as Node);
    if (value.type === 'Literal' && !value.value) continue;
    const k = prop.key as Node;
    if (k.type !== 'Literal' || typeof k.value !== 'string') continue;
    const found: PageGuard[] = [];
    push(found, where, 'equals', k, r);
    for (const guard of found) out.push({ ...guard, range: rangeOf(k) });
  }
}

/**
 * `PATHS.some((p) => location.pathname.includes(p))`: the callback's test holds for some item, so
 * the code runs on the pages of each item. The item stands for the parameter in the test.
 */
function listTest(list: Node, callback: Node, r: PageReader, out: PageGuard[]): void {
  const fn = unwrap(callback);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return;
  const param = (fn.params as Node[])[0];
  const body = fn.body as Node;
  const test = body.type !== 'BlockStatement' ? body : (body.body as Node[]).length === 1 && (body.body as Node[])[0]!.type === 'ReturnStatement' ? ((body.body as Node[])[0]!.argument as Node | null) : null;
  if (param?.type !== 'Identifier' || !test) return;
  const items = listItems(list, r);
  // A list only the visit fills (`cart.items.some((i) => i.category === 'Contraception')`): its items are values of the visit.
  if (!items && r.visits) pageTests(test, true, r, out);
  // Tests that compare with the parameter compare with the item, and sit at it.
  for (const item of items ?? []) {
    boundTests((br, found) => pageTests(test, true, br, found), r, (id) => (r.declares(param, id) ? item : undefined), (bound) => itemRange(list, bound), out);
  }
}

/** `address.indexOf(text)` or `.search(re)`, known to find it (`found`) or not. */
function indexTest(node: Node, found: boolean, r: PageReader, out: PageGuard[], operator?: Operator): void {
  const n = unwrap(node);
  if (!found || n.type !== 'CallExpression') return;
  const callee = unwrap(n.callee as Node);
  const arg = (n.arguments as Node[])[0];
  if (callee.type !== 'MemberExpression' || callee.computed || !arg) return;
  const method = (callee.property as Node).name as string;
  if (method !== 'indexOf' && method !== 'search') return;
  const where = address(callee.object as Node, r);
  if (where) push(out, where, operator ?? STRING_TESTS[method]!, arg, r);
  // `PATHS.indexOf(location.pathname) > -1`: the address is one of them.
  else if (method === 'indexOf' && !operator && listItems(callee.object as Node, r)) memberTest(callee.object as Node, arg, r, out);
  else visitTest(callee.object as Node, operator ?? STRING_TESTS[method]!, arg, r, out);
}

/**
 * The compared text: string values, or a regex's source (a literal or `new RegExp('…')`). For a
 * table's output, with the keys of the rows whose output passes the test.
 */
function push(out: PageGuard[], compared: Compared, operator: Operator, node: Node, r: PageReader): void {
  const { table, ...where } = compared;
  if (table) {
    const found: PageGuard[] = [];
    push(found, where, operator, node, r);
    for (const guard of found) {
      const keys = table.rows.filter((row) => guard.values.some((v) => passesTest(guard.operator, row.value, v))).map((row) => row.key);
      out.push({ ...guard, via: { keys, pattern: table.pattern } });
    }
    return;
  }
  // Reported where the test names it (`includes(PSYCH)`), also when a constant holds it.
  const range = rangeOf(unwrap(node));
  let n = unwrap(node);
  if (n.type === 'Identifier') n = unwrap(r.soleInit(n) ?? n);
  const regex = n.type === 'Literal' ? (n.regex as { pattern: string } | undefined) : undefined;
  if (regex) {
    out.push({ ...where, operator: 'matches', values: [regex.pattern], pattern: true, range });
    return;
  }
  if ((n.type === 'NewExpression' || n.type === 'CallExpression') && (n.callee as Node).type === 'Identifier' && (n.callee as Node).name === 'RegExp') {
    const source = (n.arguments as Node[])[0];
    if (source) out.push({ ...where, operator: 'matches', values: r.strings(r.value(source)), pattern: true, range: n === unwrap(node) ? rangeOf(source) : range });
    return;
  }
  const values = r.strings(r.value(n));
  if (values.length) out.push({ ...where, operator, values, pattern: operator === 'matches', range });
}

/**
 * The page tests that must hold for `node` to run: the tests of the `if`, `? :`, `&&` and `case`
 * it sits in, and of the statements before it that leave early when a test fails
 * (`if (location.pathname.indexOf('/psychiatry') === -1) return;`); only those inside `within`
 * when given.
 */
export function pageGuards(node: Node, r: PageReader, seen = new Set<Node>(), within?: Node): PageGuard[] {
  const out: PageGuard[] = [];
  let child = node;
  for (let parent = node.parent; parent && parent !== within; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        // A helper (`function trackTikTok() { ttq.track(…) }`) runs on the pages of each place that runs it.
        if (seen.size < MAX_SITES && !seen.has(parent)) {
          seen.add(parent);
          for (const site of r.sites(parent)) out.push(...pageGuards(site, r, seen));
        }
        break;
      case 'IfStatement':
      case 'ConditionalExpression':
        if (parent.consequent === child) pageTests(parent.test as Node, true, r, out);
        else if (parent.alternate === child) pageTests(parent.test as Node, false, r, out);
        break;
      case 'LogicalExpression':
        if (parent.right === child) pageTests(parent.left as Node, parent.operator === '&&', r, out);
        break;
      case 'SwitchCase': {
        const discriminant = parent.parent?.discriminant as Node | undefined;
        if (!discriminant || !(parent.consequent as Node[]).includes(child)) break;
        // The case and the cases that fall through into it (`case '/a': case '/b': …`, or a case with no `break`).
        const cases = parent.parent!.cases as Node[];
        const tests: Node[] = [];
        const own = cases.indexOf(parent);
        for (let i = own; i >= 0 && (i === own || !leaves((cases[i]!.consequent as Node[]).at(-1))); i--) {
          if (cases[i]!.test) tests.push(cases[i]!.test as Node);
        }
        const where = subjectOf(discriminant, r);
        const always = unwrap(discriminant).type === 'Literal' && unwrap(discriminant).value === true;
        for (const test of tests) {
          if (where) push(out, where, 'equals', test, r);
          else if (always) pageTests(test, true, r, out);
        }
        break;
      }
      case 'VElement':
        // A Vue template's `v-if` / `v-else-if` / `v-show`: what the element holds runs, or can be clicked, only when it holds.
        for (const attr of ((parent.startTag as Node | undefined)?.attributes ?? []) as Node[]) {
          const directive = attr.directive ? (((attr.key as Node).name as Node | undefined)?.name as string | undefined) : undefined;
          const test = (attr.value as Node | null)?.expression as Node | undefined;
          if (test && (directive === 'if' || directive === 'else-if' || directive === 'show')) pageTests(test, true, r, out);
        }
        break;
      // A Svelte component's `{#if …}` block: what it holds runs, or can be clicked, only when its test holds; its `{:else}`, only when not.
      case 'SvelteIfBlock':
        if ((parent.children as Node[] | undefined)?.includes(child)) pageTests(parent.expression as Node, true, r, out);
        break;
      case 'SvelteElseBlock':
        if (parent.parent?.type === 'SvelteIfBlock') pageTests(parent.parent.expression as Node, false, r, out);
        break;
      case 'BlockStatement':
      case 'Program':
      case 'StaticBlock':
        for (const stmt of parent.body as Node[]) {
          if (stmt === child) break;
          // `if (!onIvf) return;` (an `else` changes nothing: what follows runs only when the test fails).
          if (stmt.type === 'IfStatement' && leaves(stmt.consequent as Node)) pageTests(stmt.test as Node, false, r, out);
        }
        break;
    }
  }
  return out;
}

