import { babelParser, cleanBabelMessage, combine, DEFAULT_KEYS, MAX_VALUES, VENDORS, healthFieldOfPath, identityField, knownTexts, namedReadField, pageGuardsIn, pageTestsIn, patternText, placedAt, placeholderIndex, type AddressPart, type TextTest, replaceMacros, selectorField, toEstree, valuesOf, walk, type HealthField, type IdentityField, type Node as EstreeNode, type PageGuard, type Value } from '@phiguard/core';
import { BUILT_IN_VARIABLE_NAMES, EVENT_NAME_BUILT_INS, URL_BUILT_INS, URL_COMPONENTS, URL_EVENT_DATA_KEYS } from './data/built-ins.js';
import { IDENTITY_PATH_PARENTS } from './data/identity.js';
import { MACRO_PATTERN, macroName, macroNames, param, paramValue, soleMacro, tableRows } from './model/params.js';
import type { Container, Variable } from './model/types.js';
import { captureGroup, regexAlternatives } from './triggers.js';

export type ResolutionKind =
  | 'built-in'
  | 'constant'
  | 'lookup-table'
  | 'regex-table'
  | 'data-layer'
  | 'event-data'
  | 'custom-javascript'
  | 'url'
  | 'cookie'
  | 'javascript-global'
  | 'user-provided-data'
  | 'template-variable'
  | 'other'
  | 'dangling';

export interface Resolution {
  /** The referenced name, as written between the braces. */
  name: string;
  kind: ResolutionKind;
  /** Built-in variable type (`PAGE_PATH`, `EVENT`). */
  builtInType: string | undefined;
  variable: Variable | undefined;
  /** String values the variable can produce, when statically known (constants, lookup-table outputs). */
  values: string[];
  /** True when `values` lists every value the variable can produce. */
  complete: boolean;
  /** Data-layer or event-data key path (`user_data.email`). */
  key: string | undefined;
  /** Identifiers the value carries (a data-layer key `user_data.email`, a User-Provided Data variable). */
  identity: IdentityField[];
  /** The health field the value is read from (a data-layer key `intake.diagnosis`). */
  healthField: HealthField | undefined;
  /** The value is (part of) the page address. */
  url: boolean;
  /** The value is the event name (`{{Event}}`, `{{Event Name}}`). */
  eventName: boolean;
  /** Lookup and regex tables: outputs (rows or the default) that are the event name (`{{Event}}`). */
  eventOutputs: string[];
  /** Lookup and regex tables: the input and the rows. */
  input: string | undefined;
  rows: Array<{ key: string; value: string }> | undefined;
  /** Lookup and regex tables: the default output, when the table sets one. */
  fallback?: string;
  /** Variables this one reads (`{{…}}` inside its fields). */
  refs: string[];
  /** Custom JavaScript variables: the properties of the objects they return. */
  objectProps: JsmProp[];
  /** Custom JavaScript variables that return a vendor's function (`return window.fbq`): its global name. */
  global?: string;
  /** Custom JavaScript variables that return a list, or nested objects: the value, as core reads it (`JsmFacts.value`). */
  value?: Value;
  /** Custom JavaScript variables that return by a test of the page: those tests, read on first use (`JsmFacts.codeTests`). */
  codeTests?: () => CodeTests;
  /** User-Provided Data variables: where each identifier comes from (`{{DLV - email}}`). */
  identitySources: Map<IdentityField, string>;
}

const MAX_DEPTH = 12;

/** The identity field a data-layer / event-data key path names (`user_data.email` → email; `product.name` → none). */
export function identityOfKeyPath(keyPath: string): IdentityField | undefined {
  const segments = keyPath.split(/[.[\]]+/u).filter(Boolean);
  const last = segments.at(-1);
  if (!last) return undefined;
  const field = identityField(last);
  if (field === 'name') {
    // `name` alone is ambiguous (`item.name`): only a person's name under a person-like parent.
    const parent = segments.at(-2)?.toLowerCase().replace(/[-_]/gu, '');
    return parent && IDENTITY_PATH_PARENTS.has(parent) ? field : undefined;
  }
  return field;
}

/** Identifiers a cookie's last words name on their own: `consent_region` and `theme_name` are no address or name. */
const COOKIE_SUFFIX_FIELDS: ReadonlySet<IdentityField> = new Set(['email', 'phone', 'external id', 'date of birth']);

/**
 * The identifier a first-party cookie's name says it holds: the whole name (not a person's `name`),
 * or its last words for an email, phone, id or birth date (`_cedar_user_email` → email).
 */
export function cookieIdentity(cookie: string): IdentityField | undefined {
  const whole = identityField(cookie);
  if (whole) return whole === 'name' ? undefined : whole;
  const words = cookie.split(/[-_.\s]+/u).filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    const field = identityField(words.slice(i).join('_'));
    if (field && COOKIE_SUFFIX_FIELDS.has(field)) return field;
  }
  return undefined;
}

/** Data-layer keys that hold the page address, separators removed: `virtualPagePath`, `page_path`, `pageUrl`, `page_location`, `virtualUrl`. */
const DATA_LAYER_PAGE_KEY = /^(?:virtual)?page(?:path|url|location)$|^virtual(?:path|url)$/u;

/** Vendor functions a variable can hand to Custom HTML (`function () { return window.fbq; }`). */
const VENDOR_GLOBALS = new Set(VENDORS.flatMap((v) => v.globals?.map((g) => g.name) ?? []));
const RETURNS_GLOBAL = /\breturn\s+(?:window\s*\.\s*)?[\w$]+\s*(?:[;}|]|$)/u;

/** The name a call is made by (`getCookie(…)`, `params.get(…)`), or of what a method is called on (`new URLSearchParams(…)`, `searchParams`). */
function calleeName(node: Node): string {
  if (node.type === 'NewExpression' || node.type === 'CallExpression') return calleeName(node.callee as Node);
  if (node.type === 'Identifier') return String(node.name);
  return node.type === 'MemberExpression' && !node.computed && (node.property as Node).type === 'Identifier' ? String((node.property as Node).name) : '';
}
const literalText = (n: Node | undefined): string | undefined => (n?.type === 'Literal' && typeof n.value === 'string' ? n.value : undefined);
const JSM_WORTH_PARSING = /\breturn\s*['"`({[]|\?\s*['"`]|e-?mail|phone|\btel|mobile|\.(?:em|ph|fn|ln|zp|uid|mrn)\b|external_?id|user_?id|customer_?id|member_?id|patient/iu;

interface JsmFacts {
  values: string[];
  complete: boolean;
  identity: IdentityField[];
  returnsFunction: boolean;
  /** Properties of the object literals the function returns (`return { content_category: 'Oncology', em: {{DLV - email}} }`). */
  objectProps: JsmProp[];
  /** A vendor function the code returns (`return window.fbq`). */
  global?: string;
  /**
   * What the code returns when it is a list or holds one, or an object within an object
   * (`return [{ content_name: 'Naltrexone 50mg' }]`), as core reads code: read where the variable is used.
   */
  value?: Value;
  /** The page tests of the code, read on first use (only a trigger that tests the variable asks): see `CodeTests`. */
  codeTests?: () => CodeTests;
  /** Why the code could not be fully read (a syntax error), when it could not. */
  unreadable?: string;
}

/** The tests of the page a custom JavaScript variable's code returns by. */
export interface CodeTests {
  /** When it returns one test of the page (`return {{Page Path}}.indexOf('/ivf') === 0`): the tests that make it true. */
  pageTests: JsmPageTest[];
  /** The texts it returns under a test of the page (`if (…indexOf('/oncology') === 0) return 'onc';`), with those tests. */
  returnTests: Array<{ value: string; tests: JsmPageTest[] }>;
}

/** A page test a custom JavaScript variable's code makes (`{{Page Path}}` starts with `/ivf`). */
export interface JsmPageTest {
  subject: string;
  part: AddressPart;
  operator: TextTest;
  values: readonly string[];
  pattern: boolean;
}

/** Reads the tests of the page a custom JavaScript variable's code returns by (see `CodeTests`). */
function codeTests(program: EstreeNode, wrapped: string, test: Node | undefined, literal: readonly Node[], names: readonly string[]): CodeTests {
  const macro = (i: number) => {
    if (names[i] === undefined) return undefined;
    const page = builtInPagePart(names[i]);
    return { display: `{{${names[i]}}}`, ...(page ? { page } : {}) };
  };
  const plain = (found: readonly PageGuard[]): JsmPageTest[] => found.map(({ subject, part, operator, values, pattern }) => ({ subject, part, operator, values, pattern }));
  const pageTests = test ? plain(pageTestsIn(program, wrapped, test as EstreeNode, macro)) : [];
  // `if ({{Page Path}}.indexOf('/oncology') === 0) return 'onc';`: each literal return, under its tests.
  const guards = literal.length ? pageGuardsIn(program, wrapped, literal as EstreeNode[], macro) : [];
  const returnTests = literal.map((r, i) => ({ value: (r.argument as Node).value as string, tests: plain(guards[i]!) })).filter((t) => t.tests.length);
  return { pageTests, returnTests };
}

/** The part of the address a built-in page variable holds, by its name (`Page Path` → the path). */
function builtInPagePart(name: string | undefined): AddressPart | undefined {
  const type = name === undefined ? undefined : BUILT_IN_VARIABLE_NAMES[name];
  if (type === undefined || !Object.hasOwn(BUILT_IN_VARIABLE_NAMES, name!) || !URL_BUILT_INS.has(type)) return undefined;
  return type.endsWith('_HOSTNAME') ? 'host' : type === 'PAGE_PATH' ? 'path' : 'url';
}

/** A property of a returned object: a literal string, another variable (`macro`), or unknown. */
export interface JsmProp {
  key: string;
  value?: string;
  /** Every text the property can hold (`NAMES[plan] || 'Membership'`), `value` the first; unset for one literal. */
  values?: string[];
  macro?: string;
}

/** String methods whose result comes only from the string (or list) and the arguments. */
const RESHAPING_METHODS = new Set(['replace', 'replaceAll', 'split', 'slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'match', 'charAt', 'concat', 'join', 'at', 'toString']);
/** Globals that only convert their argument. */
const CONVERTING_GLOBALS = new Set(['String', 'Number', 'parseInt', 'decodeURIComponent', 'decodeURI', 'encodeURIComponent', 'encodeURI', 'undefined']);

/**
 * Whether a Custom JavaScript variable's code computes its value only from its macros and literals
 * (`function () { var u = {{Click URL}}; return u.replace('tel:', ''); }`): it reads no page, form,
 * storage, data layer or other global. Anything it cannot vouch for (another call, `this`, a nested
 * function) says no.
 */
export function onlyReshapesMacros(source: string): boolean {
  const fn = parseCustomJavaScript(source).fn;
  if (!fn) return false;
  const locals = new Set<string>();
  for (const p of fn.params as EstreeNode[]) if (p.type === 'Identifier') locals.add(p.name as string);
  walk(fn.body as EstreeNode, DEFAULT_KEYS, (n) => {
    if (n.type === 'VariableDeclarator' && (n.id as EstreeNode).type === 'Identifier') locals.add((n.id as EstreeNode).name as string);
  });
  const ok = (n: EstreeNode | null | undefined): boolean => {
    if (!n) return true;
    switch (n.type) {
      case 'Literal':
      case 'EmptyStatement':
        return true;
      case 'Identifier': {
        const name = n.name as string;
        return placeholderIndex(name) !== undefined || locals.has(name) || CONVERTING_GLOBALS.has(name);
      }
      case 'TemplateLiteral':
        return (n.expressions as EstreeNode[]).every(ok);
      case 'BinaryExpression':
      case 'LogicalExpression':
        return ok(n.left as EstreeNode) && ok(n.right as EstreeNode);
      case 'UnaryExpression':
        return n.operator !== 'delete' && ok(n.argument as EstreeNode);
      case 'ConditionalExpression':
      case 'IfStatement':
        return ok(n.test as EstreeNode) && ok(n.consequent as EstreeNode) && ok(n.alternate as EstreeNode | null);
      case 'MemberExpression': {
        const prop = n.property as EstreeNode;
        const known = n.computed ? ok(prop) : prop.name === 'length';
        return known && ok(n.object as EstreeNode);
      }
      case 'CallExpression': {
        const callee = n.callee as EstreeNode;
        const args = (n.arguments as EstreeNode[]).every(ok);
        if (callee.type === 'Identifier') return CONVERTING_GLOBALS.has(callee.name as string) && !locals.has(callee.name as string) && args;
        return callee.type === 'MemberExpression' && !callee.computed && RESHAPING_METHODS.has((callee.property as EstreeNode).name as string) && ok(callee.object as EstreeNode) && args;
      }
      case 'ReturnStatement':
        return ok(n.argument as EstreeNode | null);
      case 'ExpressionStatement':
        return ok(n.expression as EstreeNode);
      case 'BlockStatement':
        return (n.body as EstreeNode[]).every(ok);
      case 'VariableDeclaration':
        return (n.declarations as EstreeNode[]).every((d) => (d.id as EstreeNode).type === 'Identifier' && ok(d.init as EstreeNode | null));
      case 'AssignmentExpression': {
        const left = n.left as EstreeNode;
        return left.type === 'Identifier' && locals.has(left.name as string) && ok(n.right as EstreeNode);
      }
      default:
        return false;
    }
  };
  return ok(fn.body as EstreeNode);
}

/** Parses a Custom JavaScript variable (macros as placeholder identifiers): its function, or why it does not parse. */
function parseCustomJavaScript(source: string, code = replaceMacros(source).text): { fn?: EstreeNode; program?: EstreeNode; wrapped: string; unreadable?: string } {
  // Macros become same-length placeholder identifiers (`$ǃ0ǃǃǃ`), so the code parses and they can be named.
  const wrapped = `(${code}\n)`;
  let program: EstreeNode;
  let unreadable: string | undefined;
  try {
    // Core's choices: comments are never read, and ranges keep the ESTree conversion cheap.
    const file = babelParser().parse(wrapped, { sourceType: 'script', errorRecovery: true, attachComment: false, ranges: true });
    const error = file.errors?.[0] as { message?: string } | undefined;
    if (error) unreadable = cleanBabelMessage(error.message);
    program = toEstree(file.program as unknown as EstreeNode, wrapped);
  } catch (error) {
    return { wrapped, unreadable: cleanBabelMessage((error as Error).message) };
  }
  const fn = ((program.body as unknown[])[0] as { expression?: EstreeNode } | undefined)?.expression;
  return { fn: fn && (fn.type === 'FunctionExpression' || fn.type === 'ArrowFunctionExpression') ? fn : undefined, program, wrapped, unreadable };
}

/** Reads a Custom JavaScript variable without running it: literal return values and identifier reads. */
export function readCustomJavaScript(source: string): JsmFacts {
  const facts: JsmFacts = { values: [], complete: false, identity: [], returnsFunction: false, objectProps: [] };
  // Parsing is the expensive part: only when the source can hold what this reads (literal
  // return values, identifier reads). Anything else gives "unknown", as parsing would.
  // A returned name can hold a string the code defines (`var n = 'IVF Consultation'; return n;`).
  if (!JSM_WORTH_PARSING.test(source) && !(/\breturn\s+[\w$]/u.test(source) && /['"`]/u.test(source)) && !RETURNS_GLOBAL.test(source)) return facts;
  const { text: code, names } = replaceMacros(source);
  const parsed = parseCustomJavaScript(source, code);
  if (parsed.unreadable) facts.unreadable = parsed.unreadable;
  const { program, wrapped } = parsed;
  const fn = parsed.fn as Node | undefined;
  if (!fn || !program) return facts;
  let allLiteral = true;
  let sawReturn = false;
  const returns: Node[] = [];
  /** Returned expressions that are not literals: read with core's value resolution below. */
  const unread: Node[] = [];
  let nonLiteral = 0;
  const seen = new Set<IdentityField>();
  const readsIdentity = (n: Node): void => {
    const selected = n.type === 'Literal' && typeof n.value === 'string' ? selectorField(n.value) : undefined;
    if (selected) seen.add(selected);
    // `return new URLSearchParams(location.search).get('email')`, `localStorage.getItem('phone')`: read by a name that says what it holds.
    const callee = n.type === 'CallExpression' ? (n.callee as Node) : undefined;
    const receiver = callee?.type === 'MemberExpression' ? calleeName(callee.object as Node) : undefined;
    const read = callee ? namedReadField(calleeName(callee), receiver, (n.arguments as Node[]).length, (i) => literalText((n.arguments as Node[])[i])) : undefined;
    if (read) seen.add(read);
    if (n.type === 'MemberExpression' && !n.computed && (n.property as Node).type === 'Identifier') {
      const field = identityField(String((n.property as Node).name));
      if (field && field !== 'name' && field !== 'address') seen.add(field);
    }
  };
  const collectLiterals = (node: Node | null | undefined): boolean => {
    if (!node) return false;
    if (node.type === 'Literal' && typeof node.value === 'string') {
      facts.values.push(node.value);
      return true;
    }
    if (node.type === 'ConditionalExpression') {
      const a = collectLiterals(node.consequent as Node);
      const b = collectLiterals(node.alternate as Node);
      return a && b;
    }
    if (node.type === 'LogicalExpression') {
      const a = collectLiterals(node.left as Node);
      const b = collectLiterals(node.right as Node);
      return a && b;
    }
    return false;
  };
  const readObject = (object: Node): void => {
    for (const prop of object.properties as Node[]) {
      if (prop.type !== 'Property' || prop.computed || facts.objectProps.length >= MAX_VALUES) continue;
      const keyNode = prop.key as Node;
      const key = keyNode.type === 'Identifier' ? String(keyNode.name) : typeof keyNode.value === 'string' ? keyNode.value : undefined;
      if (key === undefined) continue;
      const value = prop.value as Node;
      const macro = value.type === 'Identifier' ? placeholderIndex(String(value.name)) : undefined;
      if (value.type === 'Literal' && typeof value.value === 'string') facts.objectProps.push({ key, value: value.value });
      else if (macro !== undefined && names[macro] !== undefined) facts.objectProps.push({ key, macro: names[macro] });
      else facts.objectProps.push({ key });
    }
  };
  (fn.body as Node).parent = fn; // else the walk below makes the body a root
  walk(fn.body as EstreeNode, DEFAULT_KEYS, (node) => {
    const n = node as Node;
    readsIdentity(n);
    if (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'FunctionDeclaration') {
      // Returns inside nested functions are not the variable's value; what they read still is.
      walk(node, DEFAULT_KEYS, (inner) => readsIdentity(inner as Node));
      return false;
    }
    if (n.type === 'ReturnStatement') {
      sawReturn = true;
      returns.push(n);
      const arg = n.argument as Node | null;
      // An object whose values are literals or macros is read here; one with other values
      // (`content_name: names[plan] || 'Membership'`) by core's value resolution below.
      const plain = arg?.type === 'ObjectExpression' && (arg.properties as Node[]).every((p) => p.type === 'Property' && plainValue(p.value as Node));
      if (plain) readObject(arg!);
      else if (arg?.type === 'ObjectExpression') unread.push(arg);
      if (arg && (arg.type === 'FunctionExpression' || arg.type === 'ArrowFunctionExpression')) facts.returnsFunction = true;
      const global = arg ? returnedGlobal(arg) : undefined;
      if (global) {
        facts.global = global;
        facts.returnsFunction = true;
      }
      if (!collectLiterals(arg)) {
        allLiteral = false;
        nonLiteral++;
        if (arg && arg.type !== 'ObjectExpression' && !facts.returnsFunction) unread.push(arg);
      }
    }
    return undefined;
  });
  // One returned test of the page (`return {{Page Path}}.indexOf('/ivf') === 0`): the pages it is true on.
  const tests = returns.length === 1 && returns[0]!.argument ? (returns[0]!.argument as Node) : undefined;
  const literal = returns.filter((r) => (r.argument as Node | null)?.type === 'Literal' && typeof (r.argument as Node).value === 'string');
  if ((tests || literal.length) && (names.some((n) => builtInPagePart(n) !== undefined) || /\blocation\b|\bdocument\.URL\b/u.test(code))) {
    let read: CodeTests | undefined;
    facts.codeTests = () => (read ??= codeTests(program as EstreeNode, wrapped, tests, literal, names));
  }
  // Returns of a local variable or a lookup object (`return EVENTS[{{URL - service}}] || 'Lead'`):
  // what core's value resolution finds, when the code has a string for it to find.
  // With no string in the code, a returned object holds no text: its keys still say what it sends
  // (`return { email: u.email }`), read off the literal.
  const quoted = /['"`]/u.test(code);
  if (!quoted) for (const object of unread) if (object.type === 'ObjectExpression') readKeys(object, facts.objectProps);
  if (unread.length > 0 && quoted) {
    const values = valuesOf(program, wrapped, unread as EstreeNode[], (i) => (names[i] === undefined ? undefined : { display: `{{${names[i]}}}` }));
    // Complete only when every non-literal return was read (not a returned object or function, not a bare `return;`).
    allLiteral = unread.length === nonLiteral;
    const structured: Value[] = [];
    for (const v of values) {
      const known = knownTexts(v);
      allLiteral &&= known.complete;
      facts.values.push(...known.texts);
      if (v.kind === 'obj') readObjectValue(v, facts.objectProps);
      // Placed at its own range: plain data, without the parameters of functions in the code (AST nodes).
      if (v.kind === 'arr' || (v.kind === 'obj' && v.props.some((p) => p.value.kind === 'obj' || p.value.kind === 'arr'))) structured.push(placedAt(v, v.range));
    }
    if (structured.length) facts.value = structured.length === 1 ? structured[0] : { kind: 'any', options: structured, range: structured[0]!.range };
  }
  facts.values = [...new Set(facts.values)];
  facts.complete = sawReturn && allLiteral && !facts.returnsFunction;
  facts.identity = [...seen];
  return facts;
}

interface Node {
  type: string;
  [key: string]: unknown;
}

/** `fbq`, `window.fbq`, `window['fbq']` or `window.fbq || …`: the vendor global returned, if one is. */
function returnedGlobal(arg: Node): string | undefined {
  const n = arg.type === 'LogicalExpression' ? (arg.left as Node) : arg;
  if (n.type === 'Identifier') return VENDOR_GLOBALS.has(n.name as string) ? (n.name as string) : undefined;
  if (n.type !== 'MemberExpression' || (n.object as Node).type !== 'Identifier' || (n.object as Node).name !== 'window') return undefined;
  const prop = n.property as Node;
  const name = n.computed ? (typeof prop.value === 'string' ? prop.value : undefined) : (prop.name as string);
  return name !== undefined && VENDOR_GLOBALS.has(name) ? name : undefined;
}

/** The keys of an object literal, each with a value not known here (`{ email: u.email }`). */
function readKeys(object: Node, out: JsmProp[]): void {
  for (const prop of object.properties as Node[]) {
    if (prop.type !== 'Property' || prop.computed || out.length >= MAX_VALUES) continue;
    const key = prop.key as Node;
    const name = key.type === 'Identifier' ? String(key.name) : typeof key.value === 'string' ? key.value : undefined;
    if (name !== undefined) out.push({ key: name });
  }
}

/** A literal or a macro placeholder: what `readObject` reads without core. */
function plainValue(value: Node): boolean {
  return value.type === 'Literal' || (value.type === 'Identifier' && placeholderIndex(String(value.name)) !== undefined);
}

/** Properties of a returned object that core resolved (`var o = { content_category: 'Oncology' }; return o;`). */
function readObjectValue(object: Extract<Value, { kind: 'obj' }>, out: JsmProp[]): void {
  for (const prop of object.props) {
    if (prop.key === undefined || out.length >= MAX_VALUES) continue;
    const known = knownTexts(prop.value);
    const macro = prop.value.kind === 'unknown' ? /^\{\{(.+)\}\}$/u.exec(prop.value.macro?.display ?? '')?.[1] : undefined;
    if (known.complete && known.texts.length === 1) out.push({ key: prop.key, value: known.texts[0] });
    else if (known.texts.length > 0) out.push({ key: prop.key, value: known.texts[0], values: known.texts });
    else if (macro !== undefined) out.push({ key: prop.key, macro });
    else out.push({ key: prop.key });
  }
}

/**
 * Every text `text` can be when each match of `slot` (a global regex) is replaced by one of its
 * options (see `combine`); `complete` when the options of every slot were all known.
 */
function fillSlots(text: string, slot: RegExp, optionsOf: (m: RegExpExecArray) => { options: readonly string[]; known: boolean }): { values: string[]; complete: boolean } {
  let values = [''];
  let complete = true;
  let last = 0;
  for (const m of text.matchAll(slot)) {
    const literal = text.slice(last, m.index);
    last = m.index + m[0].length;
    const { options, known } = optionsOf(m);
    complete &&= known;
    values = combine(values.map((v) => v + literal), options).slice(0, MAX_VALUES);
  }
  return { values: values.map((v) => v + text.slice(last)), complete };
}

/**
 * The outputs of a RegEx table row whose output names capture groups (`dept_$1_view`): one per
 * alternative of each group (`(oncology|cardiology)`). A group that is not a list of words
 * (`([a-z-]+)`) stands for its words, and the output is then not fully known.
 */
function withCaptures(key: string, output: string): { values: string[]; complete: boolean } {
  if (!/\$\d/u.test(output)) return { values: [output], complete: true };
  return fillSlots(output, /\$(\d)/gu, (m) => {
    const group = captureGroup(key, Number(m[1]));
    const alternatives = group === undefined ? undefined : regexAlternatives(group);
    if (alternatives?.length) return { options: alternatives, known: true };
    return { options: [group === undefined ? '' : patternText(group)], known: false };
  });
}

/** Expands the macros of a template string into its possible values, when all of them are known. */
function expand(text: string, resolve: (name: string) => Resolution): { values: string[]; complete: boolean } {
  if (macroNames(text).length === 0) return { values: [text], complete: true };
  return fillSlots(text, MACRO_PATTERN, (m) => {
    const r = resolve(macroName(m));
    // An unknown value keeps the macro as written, and the literal parts around it: they still carry words (`Paid: {{plan}}`).
    // A variable that can also hold something unknown (a row that reads {{Page Path}}) keeps the values it is known to hold.
    if (r.values.length === 0) return { options: [m[0]], known: false };
    return r.complete ? { options: r.values, known: true } : { options: [...r.values, m[0]], known: false };
  });
}

/**
 * Resolves `{{Name}}` references against the container: what each variable can hold, statically.
 * Results are cached per name; cycles resolve to "unknown".
 */
export class VariableResolver {
  readonly #container: Container;
  readonly #cache = new Map<string, Resolution>();
  readonly #inProgress = new Set<string>();
  readonly #jsm = new Map<string, JsmFacts>();
  readonly #reshaping = new Map<string, boolean>();
  /** Names referenced but defined nowhere. */
  readonly dangling = new Set<string>();
  /** Variables that could not be fully read (Custom JavaScript that does not parse, a table without rows), with the reason and the field at fault. */
  readonly unreadable: Array<{ variable: Variable; reason: string; field: string }> = [];
  /** Variables with more values than phiguard reads (MAX_VALUES), with how many they have. */
  readonly partlyRead: Array<{ variable: Variable; count: number; field: string }> = [];

  /**
   * Whether a variable holds text of the page itself, the same for every visitor: a click variable
   * (the clicked element's own link, text or attributes: what the site wrote, not what the visitor
   * typed), or custom JavaScript that only reshapes such variables (`return {{Click URL}}.replace('tel:', '')`).
   */
  isPageContent(r: Resolution, depth = 0): boolean {
    if (r.builtInType !== undefined) return r.builtInType.startsWith('CLICK_');
    if (r.kind !== 'custom-javascript' || !r.refs.length || depth > MAX_DEPTH || !r.refs.every((ref) => this.isPageContent(this.resolve(ref), depth + 1))) return false;
    const source = paramValue(r.variable!.params, 'javascript') ?? '';
    let only = this.#reshaping.get(source);
    if (only === undefined) this.#reshaping.set(source, (only = onlyReshapesMacros(source)));
    return only;
  }

  constructor(container: Container) {
    this.#container = container;
  }

  resolve(name: string): Resolution {
    const cached = this.#cache.get(name);
    if (cached) return cached;
    if (this.#inProgress.has(name) || this.#inProgress.size > MAX_DEPTH) return this.#base(name, 'other');
    this.#inProgress.add(name);
    try {
      const r = this.#compute(name);
      this.#cache.set(name, r);
      return r;
    } finally {
      this.#inProgress.delete(name);
    }
  }

  /** The values a template string (`/care/{{C - section}}`) can take, with its macros expanded where known. */
  valuesOf(text: string): { values: string[]; complete: boolean } {
    return expand(text, (n) => this.resolve(n));
  }

  /**
   * What a lookup table gives for these inputs only (a table keyed on `{{Event}}`, in a tag that fires
   * on `ee_purchase` alone): the rows with those keys, and the default for an input no row has.
   */
  valuesForInputs(r: Resolution, inputs: ReadonlySet<string>): string[] {
    const rows = r.rows!.filter((row) => inputs.has(row.key));
    const outputs = rows.map((row) => row.value);
    if (r.fallback !== undefined && [...inputs].some((input) => !rows.some((row) => row.key === input))) outputs.push(r.fallback);
    return [...new Set(outputs.flatMap((out) => this.valuesOf(out).values))];
  }

  /** Every variable reachable from `name` (itself first), for explanations and identity/url checks. */
  chain(name: string): Resolution[] {
    const out: Resolution[] = [];
    const seen = new Set<string>();
    const visit = (n: string) => {
      if (seen.has(n) || out.length > 50) return;
      seen.add(n);
      const r = this.resolve(n);
      out.push(r);
      for (const ref of r.refs) visit(ref);
    };
    visit(name);
    return out;
  }

  /** Every field present from the start: one object shape for all resolutions. */
  #base(name: string, kind: ResolutionKind): Resolution {
    return {
      name,
      kind,
      builtInType: undefined,
      variable: undefined,
      values: [],
      complete: false,
      key: undefined,
      identity: [],
      healthField: undefined,
      url: false,
      eventName: false,
      eventOutputs: [],
      input: undefined,
      rows: undefined,
      refs: [],
      objectProps: [],
      identitySources: new Map(),
    };
  }

  #compute(name: string): Resolution {
    const c = this.#container;
    const variable = c.variablesByName.get(name);
    if (!variable) {
      const builtIn = c.builtInsByName.get(name)?.type ?? (Object.hasOwn(BUILT_IN_VARIABLE_NAMES, name) ? BUILT_IN_VARIABLE_NAMES[name] : undefined);
      if (builtIn) {
        const r = this.#base(name, 'built-in');
        r.builtInType = builtIn;
        r.url = URL_BUILT_INS.has(builtIn);
        r.eventName = EVENT_NAME_BUILT_INS.has(builtIn);
        return r;
      }
      this.dangling.add(name);
      return this.#base(name, 'dangling');
    }
    const p = variable.params;
    const r = this.#base(name, 'other');
    r.variable = variable;
    const refsOf = (text: string | undefined) => (text ? macroNames(text) : []);
    const inheritIdentity = (refs: string[]) => {
      for (const ref of refs) for (const f of this.resolve(ref).identity) if (!r.identity.includes(f)) r.identity.push(f);
    };
    switch (variable.type) {
      case 'c': {
        r.kind = 'constant';
        const value = paramValue(p, 'value') ?? '';
        r.refs = refsOf(value);
        Object.assign(r, expand(value, (n) => this.resolve(n)));
        inheritIdentity(r.refs);
        r.url = r.refs.some((ref) => this.resolve(ref).url);
        break;
      }
      case 'smm':
      case 'remm': {
        r.kind = variable.type === 'smm' ? 'lookup-table' : 'regex-table';
        r.input = paramValue(p, 'input');
        const map = param(p, 'map');
        r.rows = tableRows(map).map((row) => ({ key: row.get('key')?.value ?? '', value: row.get('value')?.value ?? '' }));
        // GTM writes the rows as a LIST of MAPs; anything else (a hand-edited export) is rows phiguard cannot see.
        const rowless = map !== undefined && !Array.isArray(map.list);
        if (rowless) this.unreadable.push({ variable, reason: `its "map" parameter is a ${map.type} parameter, not a list of rows`, field: 'map' });
        // RegEx tables with "capture groups and replace": `dept_$1_view` for each alternative of group 1.
        let captures = true;
        if (variable.type === 'remm' && paramValue(p, 'replaceAfterMatch') === 'true') {
          r.rows = r.rows.flatMap((row) => {
            const expanded = withCaptures(row.key, row.value);
            captures &&= expanded.complete;
            return expanded.values.map((value) => ({ key: row.key, value }));
          });
        }
        const outputs = r.rows.map((row) => row.value);
        const hasDefault = paramValue(p, 'setDefaultValue') === 'true';
        const def = paramValue(p, 'defaultValue');
        if (hasDefault && def !== undefined) {
          outputs.push(def);
          r.fallback = def;
        }
        r.refs = [...refsOf(r.input), ...outputs.flatMap(refsOf)];
        let complete = true;
        const values = new Set<string>();
        for (const out of outputs) {
          const e = expand(out, (n) => this.resolve(n));
          complete &&= e.complete;
          for (const v of e.values) values.add(v);
        }
        r.values = [...values].slice(0, MAX_VALUES);
        if (values.size > MAX_VALUES) this.partlyRead.push({ variable, count: values.size, field: 'map' });
        // Without a default the table yields `undefined` for other inputs; the strings are still all it can send.
        r.complete = complete && captures && !rowless;
        // `default → {{Event}}` (Meta's Conversions API for GA4 setup): the events that fire the tag pass through.
        r.eventOutputs = [...new Set(outputs.filter((out) => { const n = soleMacro(out); return n !== undefined && n !== name && this.resolve(n).eventName; }))];
        inheritIdentity(outputs.flatMap(refsOf));
        break;
      }
      case 'v':
      case 'ed': {
        r.kind = variable.type === 'v' ? 'data-layer' : 'event-data';
        r.key = paramValue(p, variable.type === 'v' ? 'name' : 'keyPath') ?? '';
        const field = identityOfKeyPath(r.key);
        if (field) r.identity.push(field);
        r.healthField = healthFieldOfPath(r.key);
        if (variable.type === 'ed') {
          r.url = URL_EVENT_DATA_KEYS.has(r.key);
          r.eventName = r.key === 'event_name';
        } else {
          r.eventName = r.key === 'event';
          // A single-page app's virtual page view pushes its address (`virtualPagePath`, `page_path`).
          r.url = DATA_LAYER_PAGE_KEY.test(r.key.slice(r.key.lastIndexOf('.') + 1).toLowerCase().replace(/[^a-z]/gu, ''));
        }
        // The default is sent whenever the key is missing: one of the values, never all of them.
        const def = paramValue(p, 'setDefaultValue') === 'true' ? paramValue(p, 'defaultValue') : undefined;
        if (def) {
          r.refs = refsOf(def);
          r.values = expand(def, (n) => this.resolve(n)).values;
        }
        break;
      }
      case 'jsm': {
        r.kind = 'custom-javascript';
        const source = paramValue(p, 'javascript') ?? '';
        r.refs = refsOf(source);
        // The same code often sits in several variables (copied between containers): read it once.
        let facts = this.#jsm.get(source);
        if (!facts) {
          facts = readCustomJavaScript(source);
          this.#jsm.set(source, facts);
        }
        if (facts.unreadable) this.unreadable.push({ variable, reason: facts.unreadable, field: 'javascript' });
        r.values = facts.values.slice(0, MAX_VALUES);
        if (facts.values.length > MAX_VALUES) this.partlyRead.push({ variable, count: facts.values.length, field: 'javascript' });
        r.complete = facts.complete;
        r.objectProps = facts.objectProps;
        if (facts.value) r.value = facts.value;
        if (facts.codeTests) r.codeTests = facts.codeTests;
        if (facts.global) r.global = facts.global;
        r.identity.push(...facts.identity);
        inheritIdentity(r.refs);
        // The page address, read directly or through a variable that is one (`return {{Page Path}}.split('/')[1]`).
        r.url = /\blocation\.(href|pathname|search)\b|document\.URL\b|document\.title\b/u.test(source) || r.refs.some((ref) => this.resolve(ref).url);
        break;
      }
      case 'u': {
        r.kind = 'url';
        const component = (paramValue(p, 'component') ?? 'URL').toUpperCase();
        const queryKey = paramValue(p, 'queryKey');
        r.url = URL_COMPONENTS.has(component);
        if (component === 'QUERY' && queryKey) {
          const field = identityField(queryKey);
          if (field) r.identity.push(field);
        }
        r.refs = refsOf(paramValue(p, 'customUrlSource'));
        break;
      }
      case 'd': {
        // A DOM Element variable reading a form field's value (`input[name=phone]`, `#email`): what the visitor typed.
        const selector = (paramValue(p, 'selectorType') ?? 'ID').toUpperCase() === 'CSS' ? (paramValue(p, 'elementSelector') ?? '') : `#${paramValue(p, 'elementId') ?? ''}`;
        const attribute = (paramValue(p, 'attributeName') ?? '').toLowerCase();
        const field = attribute === '' || attribute === 'value' ? selectorField(selector) : undefined;
        if (field) r.identity.push(field);
        break;
      }
      case 'k': {
        r.kind = 'cookie';
        const field = cookieIdentity(paramValue(p, 'name') ?? '');
        if (field) r.identity.push(field);
        break;
      }
      case 'j': {
        r.kind = 'javascript-global';
        const global = paramValue(p, 'name') ?? '';
        r.key = global;
        r.url = /(^|\.)location(\.(href|pathname|search))?$|document\.URL$|document\.title$/u.test(global);
        const field = identityOfKeyPath(global);
        if (field) r.identity.push(field);
        r.healthField = healthFieldOfPath(global);
        break;
      }
      case 'awec': {
        r.kind = 'user-provided-data';
        const mode = (paramValue(p, 'mode') ?? '').toUpperCase();
        for (const prm of p) {
          // `last_name[eval]:2`-style keys: the field is the part before the bracket.
          const key = prm.key === undefined ? undefined : prm.key.split('[')[0];
          if (!key || key === 'mode' || !prm.value) continue;
          const field = identityField(key);
          if (field && !r.identity.includes(field)) {
            r.identity.push(field);
            // Where the field comes from, for messages: `email ({{UPD}}: {{DLV - email}})`.
            if (soleMacro(prm.value) !== undefined) r.identitySources.set(field, prm.value.trim());
          }
        }
        // Automatic mode collects email and phone from the page itself.
        if (mode === 'AUTO' || mode === 'AUTOMATIC') {
          for (const f of ['email', 'phone'] as const) {
            if (r.identity.includes(f)) continue;
            r.identity.push(f);
            r.identitySources.set(f, 'collected from the page');
          }
        }
        // Fields written out and all empty send nothing; another mode (code) sends what its code returns.
        if (r.identity.length === 0 && mode !== 'MANUAL') r.identity.push('email');
        r.refs = p.flatMap((prm) => refsOf(prm.value));
        break;
      }
      default: {
        r.kind = variable.type.startsWith('cvt_') ? 'template-variable' : 'other';
        r.refs = p.flatMap(function collect(prm): string[] {
          return [...refsOf(prm.value), ...(prm.list ?? []).flatMap(collect), ...(prm.map ?? []).flatMap(collect)];
        });
        inheritIdentity(r.refs);
        break;
      }
    }
    // Format Value: what GTM sends instead of an undefined or null value (`Hormone Therapy`) is one more value.
    for (const fallback of variable.fallbacks ?? []) {
      r.refs.push(...refsOf(fallback));
      for (const v of expand(fallback, (n) => this.resolve(n)).values) if (!r.values.includes(v)) r.values.push(v);
    }
    for (const ref of r.refs) this.resolve(ref);
    return r;
  }
}
