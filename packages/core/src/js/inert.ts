import { EQUALITY, keyName, TRANSPARENT } from './ast.js';
import { DEFAULT_KEYS, walk } from './walk.js';
import type { ScopeManagerLike } from './scope.js';
import type { Node } from './types.js';

// Places where a vendor URL is named but nothing is loaded or sent: the URL is compared with
// something, queried for, or allowed by a Content-Security-Policy. The code that loads the pixel
// is elsewhere and is reported there.

/** String methods whose argument is a pattern to look for (`src.includes('fbevents.js')`). */
const STRING_TESTS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'match', 'matchAll', 'search']);
/** Test stubs of network requests: `cy.intercept('…/tr*')`, Playwright's `page.route(…)`, `nock('https://graph.facebook.com')` (and MSW's handlers, `mockHandler`). */
const REQUEST_STUBS = new Set(['intercept', 'route', 'nock']);
/** Mock Service Worker's request handlers (`http.post(url, resolver)`, MSW 1's `rest.post`), by the names imported from `msw`. */
const MSW_METHODS = new Set(['all', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** Whether a callee is a request handler of Mock Service Worker: what it matches is the test's, never requested. */
function mockHandler(callee: Node): boolean {
  if (callee.type !== 'MemberExpression' || callee.computed || !MSW_METHODS.has((callee.property as Node).name as string)) return false;
  const object = callee.object as Node;
  if (object.type !== 'Identifier') return false;
  let program: Node = callee;
  while (program.parent) program = program.parent;
  return ((program.body as Node[] | undefined) ?? []).some(
    (s) => s.type === 'ImportDeclaration' && (s.source as Node).value === 'msw' && (s.specifiers as Node[]).some((spec) => (spec.local as Node).name === object.name),
  );
}

/** DOM queries: the argument is a selector (`script[src*="…"]`), not an element to create. */
const DOM_QUERIES = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);
/** Array methods that only answer whether an element is there; the elements never leave the call. */
const LIST_TESTS = new Set(['includes', 'indexOf', 'lastIndexOf', 'has']);
/** Array methods that hand each element to a callback: a search only when the callback only compares (`(h) => u.includes(h)`). */
const LIST_PREDICATES = new Set(['some', 'every']);
/** What a comparing callback may not do: change, create or wait for anything. */
const EFFECTS = new Set(['AssignmentExpression', 'UpdateExpression', 'NewExpression', 'AwaitExpression', 'YieldExpression', 'TaggedTemplateExpression', 'ImportExpression']);
const CSP_DIRECTIVE = /^(?:default|script|connect|img|frame|child|worker|style|font|media|object|manifest|prefetch)(?:-src|Src)(?:-elem|-attr|Elem|Attr)?$/u;
/** A policy text: a fetch directive at its start or after a `;` (`script-src 'self' https://…`). */
const CSP_TEXT = /(?:^|;)\s*(?:default|script|connect|img|frame|child|worker|style|font|media|object|manifest|prefetch)-src(?:-elem|-attr)?(?:\s|$)/u;

/** `new Set([…])` made of this array literal, if that is what it is for. */
function setOf(array: Node): Node | undefined {
  const { child, parent } = outer(array);
  const callee = parent?.type === 'NewExpression' ? (parent.callee as Node) : undefined;
  return callee?.type === 'Identifier' && callee.name === 'Set' && (parent!.arguments as Node[])[0] === child ? parent : undefined;
}

/** The node's parent and the child of it that holds the node, past parentheses-like wrappers. */
function outer(node: Node): { child: Node; parent: Node | undefined } {
  let child = node;
  let parent = node.parent;
  while (parent && TRANSPARENT.has(parent.type)) {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent: parent ?? undefined };
}

function calleeProperty(call: Node): string | undefined {
  const callee = call.callee as Node;
  if (callee.type !== 'MemberExpression') return undefined;
  const prop = callee.property as Node;
  if (!callee.computed && prop.type === 'Identifier') return prop.name as string;
  return prop.type === 'Literal' && typeof prop.value === 'string' ? prop.value : undefined;
}

/** `expect(x).toBe(…)`, `expect(x).not.toContain(…)`, `expect.stringContaining(…)`, `assert.equal(…)`. */
function isAssertion(call: Node): boolean {
  let n = call.callee as Node;
  while (n.type === 'MemberExpression' || n.type === 'CallExpression') {
    if (n.type === 'CallExpression') {
      const callee = n.callee as Node;
      if (callee.type === 'Identifier' && callee.name === 'expect') return true;
      n = callee;
    } else n = n.object as Node;
  }
  return n.type === 'Identifier' && n !== call.callee && (n.name === 'expect' || n.name === 'assert');
}

/** `console.warn('… https://connect.facebook.net …')`, `new Error('…')`: a message. */
function isConsole(call: Node): boolean {
  const callee = call.callee as Node;
  if (callee.type === 'Identifier') return /Error$/u.test(callee.name as string);
  return callee.type === 'MemberExpression' && (callee.object as Node).type === 'Identifier' && (callee.object as Node).name === 'console';
}

/** Test data: an argument, at any depth of calls, of `expect(…)` (`expect(hasPixel("fbq('init', '1')")).toBe(true)`). */
function inExpect(call: Node): boolean {
  for (let n: Node | undefined = call, depth = 0; n?.type === 'CallExpression' && depth < 4; depth++) {
    const callee = n.callee as Node;
    if (callee.type === 'Identifier' && callee.name === 'expect') return true;
    const { child, parent } = outer(n);
    n = parent?.type === 'CallExpression' && parent.callee !== child ? parent : undefined;
  }
  return false;
}

/**
 * The local variable that holds `node`, as its value (`const TIKTOK = 'https://…'`) or as an
 * element of the list it holds (`const BLOCKED = ['…']`, also a `new Set([…])`): whether the URL
 * is only named then depends on how the variable is used, which `onlyNamed` answers once every
 * node has its parent.
 */
export function holder(node: Node): { declarator: Node; list: boolean } | undefined {
  let { child, parent } = outer(node);
  const list = parent?.type === 'ArrayExpression';
  if (list) ({ child, parent } = outer(setOf(parent!) ?? parent!));
  if (parent?.type !== 'VariableDeclarator' || parent.init !== child || (parent.id as Node).type !== 'Identifier') return undefined;
  return parent.parent?.type === 'VariableDeclaration' && parent.parent.parent?.type !== 'ExportNamedDeclaration' ? { declarator: parent, list } : undefined;
}

/**
 * Whether every use of the variable `declarator` declares only names its URLs: a list only searched
 * (`.includes(…)`, `.has(…)`, `BLOCKED.some((h) => u.includes(h))`), a string only compared or
 * written into a Content-Security-Policy (`` `script-src 'self' ${TIKTOK}` ``, `'script-src': [TIKTOK]`),
 * or used only where `dead` says the code never runs. A reassignment or any other use may load it,
 * and a global may be used by another script.
 */
export function onlyNamed({ declarator, list }: { declarator: Node; list: boolean }, scopes: ScopeManagerLike, dead: (node: Node) => boolean = () => false): boolean {
  const variable = scopes.getDeclaredVariables(declarator)[0];
  if (!variable || variable.scope?.type === 'global') return false;
  const uses = variable.references.filter((ref) => ref.identifier !== declarator.id);
  // A use in code that never runs (behind a kill switch that is off) loads nothing.
  return uses.length > 0 && uses.every((ref) => dead(ref.identifier) || (list ? searched(ref.identifier, scopes) : namesOnly(ref.identifier, '') || inPolicyText(ref.identifier)));
}

/** A name written into a policy text: a template or concatenation whose literal text is a Content-Security-Policy. */
function inPolicyText(id: Node): boolean {
  let { child, parent } = outer(id);
  if (parent?.type === 'TemplateLiteral') return policy((parent.quasis as Node[]).map((q) => (q.value as { cooked?: string }).cooked ?? '').join(' '));
  const literals: string[] = [];
  while (parent?.type === 'BinaryExpression' && parent.operator === '+') {
    for (const side of [parent.left as Node, parent.right as Node]) if (side !== child && side.type === 'Literal' && typeof side.value === 'string') literals.push(side.value);
    ({ child, parent } = outer(parent));
  }
  return literals.length > 0 && policy(literals.join(' '));
}

const policy = (text: string): boolean => !text.includes('<') && CSP_TEXT.test(text);

/** Characters of code, markup, a query or a style, which a sentence does not need. */
const NOT_PROSE = /[<>'"`=;{}]|url\(/iu;
/** A word of a sentence: letters between spaces, not part of a URL or a host. */
const PROSE_WORD = /(?:^|\s)\(?[A-Za-z]{2,}[,.:!?)]?(?=\s|$)/gu;

/**
 * A sentence that mentions a URL (`'Meta pixel (https://…/fbevents.js) removed 2024'`,
 * `` `Please allow analytics.tiktok.com in your ad blocker` ``): at least two words around it, or
 * a name before it in parentheses, and nothing of code, markup or a style.
 */
export function prose(text: string): boolean {
  // A URL's own query (`tr?id=1&ev=PageView`) is no code around it, nor a semicolon that a sentence goes on after (`for each page; removed`).
  // A string that starts with its URL is that URL, whatever the values put in it (`…&cd[content_name]=${service}`).
  if (URL_FIRST.test(text)) return false;
  return text.includes(' ') && !NOT_PROSE.test(text.replace(URL_IN_TEXT, ' ').replace(/; (?=[a-z])/gu, ' ')) && ((text.match(PROSE_WORD)?.length ?? 0) >= 2 || LABEL.test(text));
}

const URL_FIRST = /^\s*(?:https?:)?\/\//iu;
/** A URL written in a text, up to the next white space. */
const URL_IN_TEXT = /\b(?:https?:)?\/\/[^\s'"`<>]+/giu;

/** A name with its host or URL in parentheses, as cookie tables write a provider: `TikTok (analytics.tiktok.com)`. */
const LABEL = /^[A-Za-z][\w .&-]*\s\([^()\s]+\)$/u;

/** Whether `list` is only searched where it stands: `list.includes(x)`, `list.some((h) => u.includes(h))`. */
function searched(list: Node, scopes?: ScopeManagerLike): boolean {
  const { child, parent } = outer(list);
  // `for (const p of PATTERNS) if (src.includes(p)) …`: each element only looked for.
  if (scopes && parent?.type === 'ForOfStatement' && parent.right === child) {
    const left = parent.left as Node;
    const declarator = left.type === 'VariableDeclaration' && (left.declarations as Node[]).length === 1 ? (left.declarations as Node[])[0]! : undefined;
    return declarator !== undefined && elementNamedOnly(declarator.id as Node, declarator, scopes);
  }
  return parent?.type === 'MemberExpression' && parent.object === child && isListTest(parent, scopes);
}

function isListTest(member: Node, scopes?: ScopeManagerLike): boolean {
  const { child, parent: call } = outer(member);
  if (call?.type !== 'CallExpression' || call.callee !== child) return false;
  const method = calleeProperty(call) ?? '';
  if (LIST_TESTS.has(method)) return true;
  const callback = (call.arguments as Node[])[0];
  const compares = (): boolean => comparesOnly(callback) || (scopes !== undefined && callbackNamesOnly(callback, scopes));
  if (LIST_PREDICATES.has(method)) return compares();
  // `PATTERNS.filter((p) => src.includes(p)).length`: the elements found only counted, tested or logged.
  return LIST_FINDERS.has(method) && resultOnlyInspected(call) && compares();
}

/** Array methods that give back the elements a callback picks. */
const LIST_FINDERS = new Set(['filter', 'find', 'findLast']);

/** A call whose result is dropped, counted (`.length`), tested (`if (…)`, `!…`, `a && b`) or logged. */
function resultOnlyInspected(call: Node): boolean {
  const { child, parent } = outer(call);
  if (!parent || parent.type === 'ExpressionStatement') return true;
  if (parent.type === 'MemberExpression' && parent.object === child) return !parent.computed && (parent.property as Node).name === 'length';
  if (parent.type === 'UnaryExpression' || parent.type === 'LogicalExpression') return true;
  if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression' || parent.type === 'WhileStatement') && parent.test === child) return true;
  return parent.type === 'CallExpression' && parent.callee !== child && isConsole(parent);
}

/** A callback written in place whose element parameter is only looked for (`(p) => readFileSync(f, 'utf8').includes(p)`). */
function callbackNamesOnly(callback: Node | undefined, scopes: ScopeManagerLike): boolean {
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return false;
  const param = (callback.params as Node[])[0];
  return param !== undefined && elementNamedOnly(param, callback, scopes);
}

/** Whether the element a loop or callback binds to `id` (declared by `declaring`) is only an argument of string tests, comparisons or messages. */
function elementNamedOnly(id: Node, declaring: Node, scopes: ScopeManagerLike): boolean {
  if (id.type !== 'Identifier') return false;
  const variable = scopes.getDeclaredVariables(declaring).find((v) => v.name === id.name);
  const uses = variable?.references.filter((ref) => ref.identifier !== id) ?? [];
  return uses.length > 0 && uses.every((ref) => namesOnly(ref.identifier, '') || inMessage(ref.identifier));
}

/** A name written into a message (`console.log(`${file}: ${p}`)`, `new Error('found ' + p)`). */
function inMessage(id: Node): boolean {
  let { child, parent } = outer(id);
  while (parent?.type === 'TemplateLiteral' || (parent?.type === 'BinaryExpression' && parent.operator === '+')) ({ child, parent } = outer(parent));
  return (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee !== child && isConsole(parent);
}

/** A callback written in place whose every call is a string test or DOM query, with no other effect. */
function comparesOnly(callback: Node | undefined): boolean {
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return false;
  let pure = true;
  walk(callback.body as Node, DEFAULT_KEYS, (n) => {
    if (!pure) return false;
    if (EFFECTS.has(n.type)) pure = false;
    else if (n.type === 'CallExpression') {
      const method = calleeProperty(n);
      pure = method !== undefined && (STRING_TESTS.has(method) || DOM_QUERIES.has(method));
    }
    return undefined;
  });
  return pure;
}

/** A value under a Content-Security-Policy directive: a kebab-case key (`'script-src'`), or a camel-case one in a `directives` object (helmet). */
function cspEntry(prop: Node): boolean {
  const key = keyName(prop) ?? '';
  if (!CSP_DIRECTIVE.test(key)) return false;
  if (key.includes('-')) return true;
  const { child, parent: owner } = outer(prop.parent!);
  return owner?.type === 'Property' && owner.value === child && /^(?:directives|contentSecurityPolicy)$/u.test(keyName(owner) ?? '');
}

/**
 * Whether a string holding a vendor URL or code (`node`, its text `text`) only names it: an argument
 * of a string test or DOM query, a side of an equality or a `case`, a message (`console`, `new
 * Error`), an argument of a test assertion or of a call inside `expect(…)`, an
 * element of a list literal that is only searched (see `onlyNamed` for one held in a variable), or
 * a Content-Security-Policy entry (a policy text, or a value under a directive: `'connect-src'`, or
 * `scriptSrc` in a `directives` object).
 */
export function namesOnly(node: Node, text: string): boolean {
  if (policy(text) || prose(text)) return true;
  let { child, parent } = outer(node);
  if (!parent) return false;
  if (parent.type === 'BinaryExpression') return EQUALITY.has(parent.operator as string);
  if (parent.type === 'SwitchCase') return parent.test === child;
  // A key of an object (`{ 'analytics.tiktok.com': 'TikTok' }`) names; only values are loaded.
  if (parent.type === 'Property' && parent.key === child && !parent.computed) return true;
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee !== child) {
    const method = calleeProperty(parent);
    const callee = parent.callee as Node;
    const stub = REQUEST_STUBS.has(method ?? (callee.type === 'Identifier' ? (callee.name as string) : '')) || mockHandler(callee);
    return (method !== undefined && (STRING_TESTS.has(method) || DOM_QUERIES.has(method))) || stub || isAssertion(parent) || isConsole(parent) || inExpect(parent);
  }
  if (parent.type === 'ArrayExpression') {
    const list = setOf(parent) ?? parent;
    if (searched(list)) return true;
    ({ child, parent } = outer(list));
  }
  return parent?.type === 'Property' && parent.value === child && cspEntry(parent);
}
