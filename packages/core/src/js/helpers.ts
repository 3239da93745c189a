import { babelParser } from '../deps.js';
import type { Node } from './types.js';
import { HASH_CALL } from './values.js';

/**
 * A function of the site's own code that calls a tracker and is defined in another file
 * (`import { pushToDataLayer } from '../utils/gtm'`). Each file is analyzed on its own, so the
 * helper's body is not seen where it is called; declaring what it calls makes each call site read
 * as that tracker call.
 */
export interface TrackingHelper {
  /** The helper as the code calls it: a function (`pushToDataLayer`), a method (`analytics.track`) or a component (`ViewItemTracker`, whose props are `$1`). */
  name: string;
  /**
   * The module it is imported from, as an import writes it (`@/lib/analytics`) or as a path from
   * the directory ESLint runs in (`./src/utils/gtm`); several for several spellings. Without it, a
   * call of that name that is neither declared in the file nor a local function matches.
   */
  from?: string | readonly string[];
  /**
   * The tracker call it makes, `$1`, `$2`… standing for its arguments (`$1.email` for a member of
   * one): `dataLayer.push({ event: $1, ...$2 })`; a list when it makes several.
   */
  calls: string | readonly string[];
}

/** A part of a helper's call: an argument of the call site, a literal, or an object or array of them. */
export type Template =
  | { kind: 'arg'; index: number }
  /** A member of an argument: `$1.email`, `$2.user.phone`. */
  | { kind: 'member'; index: number; path: readonly string[] }
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'obj'; props: ReadonlyArray<{ key: string; value: Template } | { spread: Template }> }
  | { kind: 'arr'; items: readonly Template[] }
  /** Text joined from literals and arguments: `'video_' + $2`, `` `Treatment: ${$1}` ``. */
  | { kind: 'concat'; parts: readonly Template[] }
  /** An argument, or this when the site leaves it out: `$2 ?? 'contact'`. */
  | { kind: 'default'; value: Template; fallback: Template }
  /** One of two, on a test the declaration does not read: `$1.purchase ? 'Purchase' : 'Schedule'`. */
  | { kind: 'either'; options: readonly Template[] }
  /** A table's entry for an argument: `({ therapy: 'Lead', pay: 'Purchase' })[$1]`; any of them when the key is not known. */
  | { kind: 'lookup'; table: ReadonlyArray<{ key: string; value: Template }>; key: Template }
  /**
   * A call that keeps what it is given, or hashes it: `$1.trim()`, `$2.join(',')`, `String($1)`,
   * `sha256($1.email)`. `fn` is the method or function name, `args` its literal arguments.
   */
  | { kind: 'call'; fn: string; value: Template; args: ReadonlyArray<string | number> };

/** One call a helper makes: the tracker function (a global path, `dataLayer.push`) and its arguments. */
export interface HelperCall {
  callee: string;
  args: readonly Template[];
}

export interface CompiledHelper {
  /** As declared, for messages: `pushToDataLayer`. */
  name: string;
  /** `name` split at its dots. */
  path: readonly string[];
  /** Module keys (`moduleKey`) the helper may be imported from; undefined: anywhere. */
  from?: ReadonlySet<string>;
  /** What one call of it makes. */
  calls: readonly HelperCall[];
}

export interface Helpers {
  list: readonly CompiledHelper[];
  /** The key of an import's module (`../utils/gtm` in this file), compared with `CompiledHelper.from`. */
  moduleKey: (source: string) => string;
}

const WINDOW_PREFIX = /^(?:window|globalThis|self)\./u;
/** Methods that keep the text or list they are called on (its words): `$1.trim()`, `$2.join(',')`, `$1.replace(/ /g, '_')`. */
const KEEPING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toString', 'normalize', 'join', 'replace', 'replaceAll', 'slice', 'substring']);
/** Functions of one argument that keep it (`String($1)`, `encodeURIComponent($1)`); those named for a hash hash it (`sha256($1)`). */
const KEEPING_FUNCTIONS = new Set(['String', 'encodeURIComponent', 'encodeURI']);
const ARG = /^\$([1-9]\d?)$/u;
const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u;
const MODULE_SUFFIX = /(?:\/index)?\.(?:[cm]?[jt]sx?|vue|svelte)$|\/index$/u;

/** A module specifier without its extension or `/index`, with forward slashes: how two spellings of one module compare. */
export function moduleKey(specifier: string): string {
  return specifier.replaceAll('\\', '/').replace(MODULE_SUFFIX, '').replace(/\/$/u, '');
}

/**
 * Compiles declared helpers; `key` turns a `from` into a module key (the ESLint front-end resolves
 * paths against its working directory). Throws an `Error` whose message names the bad field.
 */
export function compileHelpers(list: readonly TrackingHelper[], callProblem: CallProblem, key: (from: string) => string = moduleKey): CompiledHelper[] {
  return list.map((helper, i) => {
    const problem = helperProblem(helper, callProblem);
    if (problem) throw new Error(`trackingHelpers[${i}]${problem}`);
    const from = fromList(helper.from);
    return {
      name: helper.name,
      path: helper.name.replace(WINDOW_PREFIX, '').split('.'),
      from: from && new Set(from.map(key)),
      calls: callList(helper.calls).map((text) => {
        const expression = babelParser().parseExpression(text) as unknown as Node;
        return { callee: calleePath(expression.callee as Node)!, args: (expression.arguments as Node[]).map(template) };
      }),
    };
  });
}

const callList = (calls: string | readonly string[]): readonly string[] => (typeof calls === 'string' ? [calls] : calls);
const fromList = (from: TrackingHelper['from']): readonly string[] | undefined => (from === undefined ? undefined : typeof from === 'string' ? [from] : from);

/**
 * What is wrong with a `trackingHelpers` list, naming the entry (`trackingHelpers[1].calls: …`);
 * undefined when nothing is. The same name twice where both could match one call is wrong too:
 * which call it makes would be a guess.
 */
export function helpersProblem(list: unknown, callProblem: CallProblem, { fromApplies = true } = {}): string | undefined {
  if (!Array.isArray(list)) return 'trackingHelpers must be an array of { name, calls, from? }';
  for (const [i, helper] of (list as unknown[]).entries()) {
    const problem = helperProblem(helper, callProblem);
    if (problem) return `trackingHelpers[${i}]${problem}`;
    const { name, from } = helper as TrackingHelper;
    const mine = fromApplies ? fromList(from) : undefined;
    const twin = (list as TrackingHelper[]).slice(0, i).findIndex((other) => {
      const theirs = fromApplies ? fromList(other.from) : undefined;
      return other.name === name && (!mine || !theirs || mine.some((m) => theirs.includes(m)));
    });
    if (twin < 0) continue;
    // In code phiguard parses itself (GTM Custom HTML), a helper is a page's global: `from` cannot tell two apart.
    const fix = fromApplies ? 'for the same module; give each its own `from`' : "(a page's helper is a global, so `from` does not tell them apart here); keep one";
    return `trackingHelpers[${i}]: "${name}" is declared twice (also trackingHelpers[${twin}]) ${fix}`;
  }
  return undefined;
}

/** A pattern that finds any of the helpers' names as a whole name in a text (`track` is not in `tracking`). */
function namedPattern(list: readonly CompiledHelper[]): RegExp {
  const names = [...new Set(list.map((h) => h.path[0]!))].map((n) => n.replace(/\$/gu, '\\$'));
  return new RegExp(`(?<![\\p{L}\\p{N}_$])(?:${names.join('|')})(?![\\p{L}\\p{N}_$])`, 'u');
}

/** What keeps phiguard from reading a call it is given (`callee` a dotted path), as the end of a sentence; undefined when nothing does. */
export type CallProblem = (callee: string, args: readonly Template[]) => string | undefined;

/** What is wrong with one declared helper (`.calls: …`, to follow `trackingHelpers[i]`); undefined when nothing is. */
function helperProblem(helper: unknown, callProblem: CallProblem): string | undefined {
  if (typeof helper !== 'object' || helper === null || Array.isArray(helper)) return ' must be an object { name, calls, from? }';
  const { name, from, calls, ...rest } = helper as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) return `: unknown key "${unknown}" (keys: name, from, calls)`;
  if (typeof name !== 'string' || !NAME.test(name)) return '.name must be a function name or a dotted path (`trackEvent`, `analytics.track`)';
  if (from !== undefined && !(typeof from === 'string' && from) && !(Array.isArray(from) && from.length > 0 && from.every((f) => typeof f === 'string' && f))) {
    return '.from must be a module specifier or a non-empty array of them';
  }
  const list = typeof calls === 'string' ? [calls] : Array.isArray(calls) && calls.length > 0 ? (calls as unknown[]) : undefined;
  if (!list) return '.calls must be a string, or a non-empty list of them: the tracker call, with $1, $2… for the arguments';
  for (const [i, text] of list.entries()) {
    const at = typeof calls === 'string' ? '.calls' : `.calls[${i}]`;
    if (typeof text !== 'string') return `${at} must be a string: the tracker call, with $1, $2… for the arguments`;
    const problem = callProblemOf(text, callProblem);
    if (problem) return `${at}: ${problem}`;
  }
  return undefined;
}

/** What is wrong with one call of a declaration, starting with its text or the part of it at fault. */
function callProblemOf(text: string, callProblem: CallProblem): string | undefined {
  let expression: Node;
  try {
    expression = babelParser().parseExpression(text) as unknown as Node;
  } catch (error) {
    return `${JSON.stringify(text)} is not an expression (${(error as Error).message.replace(/ \(\d+:\d+\)$/u, '')})`;
  }
  if (expression.type !== 'CallExpression') return `${JSON.stringify(text)} must be a call, e.g. fbq('trackCustom', $1, $2)`;
  for (const arg of expression.arguments as Node[]) {
    const bad = unsupported(arg);
    if (bad) return `${text.slice(bad.start!, bad.end!)} is not allowed: arguments are $1, $2… (or a member, $1.email), literals, objects and arrays of them, text joined from them (\`'video_' + $1\`), a default (\`$2 ?? 'contact'\`), one of two (\`$1.paid ? 'Purchase' : 'Lead'\`), a table's entry (\`({ therapy: 'Lead' })[$1]\`) and calls that keep or hash a value (\`$1.trim()\`, \`$2.join(',')\`, \`String($1)\`, \`JSON.stringify($1)\`, and a function named for a hash: \`sha256($1.email)\`, \`hashEmail($1)\`, \`crypto.subtle.digest('SHA-256', $1)\`)`;
  }
  const callee = calleePath(expression.callee as Node);
  const problem = callee === undefined ? 'does not call a function by its name' : callProblem(callee, (expression.arguments as Node[]).map(template));
  return problem && `${JSON.stringify(text)} ${problem}`;
}

/** A dotted path of plain names (`window.dataLayer.push` → `dataLayer.push`). */
function calleePath(node: Node): string | undefined {
  if (node.type === 'Identifier') return node.name as string;
  if (node.type !== 'MemberExpression' || node.computed) return undefined;
  const object = calleePath(node.object as Node);
  return object === undefined ? undefined : `${object}.${(node.property as Node).name as string}`.replace(WINDOW_PREFIX, '');
}

/** `$1.user.email` as the argument's index and the keys down from it. */
function argPath(node: Node): { index: number; path: string[] } | undefined {
  const path: string[] = [];
  let at = node;
  while (at.type === 'MemberExpression' && !at.computed && (at.property as Node).type === 'Identifier') {
    path.unshift((at.property as Node).name as string);
    at = at.object as Node;
  }
  const arg = at.type === 'Identifier' ? ARG.exec(at.name as string) : null;
  return arg ? { index: Number(arg[1]) - 1, path } : undefined;
}

/** The first node a template cannot hold, if any. */
function unsupported(node: Node): Node | undefined {
  switch (node.type) {
    case 'Identifier':
      return ARG.test(node.name as string) ? undefined : node;
    case 'MemberExpression':
      if (argPath(node)) return undefined;
      // `({ therapy: 'Lead' })[$1]`: a table of literals, keyed by an argument.
      if (node.computed && (node.object as Node).type === 'ObjectExpression') {
        const entries = (node.object as Node).properties as Node[];
        const entry = entries.find((p) => p.type !== 'ObjectProperty' || p.computed || !['Identifier', 'StringLiteral'].includes((p.key as Node).type));
        return entry ?? unsupported(node.object as Node) ?? unsupported(node.property as Node);
      }
      return node;
    case 'ConditionalExpression':
      return unsupported(node.consequent as Node) ?? unsupported(node.alternate as Node);
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
      return undefined;
    case 'ArrayExpression':
      for (const item of node.elements as Array<Node | null>) {
        const bad = item ? unsupported(item) : node;
        if (bad) return bad;
      }
      return undefined;
    case 'ObjectExpression':
      for (const prop of node.properties as Node[]) {
        if (prop.type === 'SpreadElement') {
          // `...$2`, `...$3.detail`, `...{ source: 'site' }`, `...($2 ?? {})`.
          const arg = prop.argument as Node;
          const bad = argPath(arg) ? undefined : arg.type === 'ObjectExpression' || arg.type === 'LogicalExpression' ? unsupported(arg) : arg;
          if (bad) return bad;
          continue;
        }
        if (prop.type !== 'ObjectProperty' || prop.computed) return prop;
        const bad = unsupported(prop.value as Node);
        if (bad) return bad;
      }
      return undefined;
    case 'BinaryExpression':
      return node.operator === '+' ? (unsupported(node.left as Node) ?? unsupported(node.right as Node)) : node;
    case 'TemplateLiteral':
      for (const e of node.expressions as Node[]) {
        const bad = unsupported(e);
        if (bad) return bad;
      }
      return undefined;
    case 'LogicalExpression':
      return node.operator === '??' || node.operator === '||' ? (unsupported(node.left as Node) ?? unsupported(node.right as Node)) : node;
    case 'CallExpression': {
      const kept = keptCall(node);
      return kept ? unsupported(kept.value) : node;
    }
    default:
      return node;
  }
}

/** A call the declaration grammar reads as what it is given (see `Template`'s `call`): its name, literal arguments and the value it keeps. */
function keptCall(node: Node): { fn: string; value: Node; args: Array<string | number> } | undefined {
  const callee = node.callee as Node;
  const args = node.arguments as Node[];
  if (callee.type === 'MemberExpression' && !callee.computed && KEEPING_METHODS.has((callee.property as Node).name as string)) {
    const fn = (callee.property as Node).name as string;
    const literal = args.every((a) => a.type === 'StringLiteral' || a.type === 'NumericLiteral' || a.type === 'RegExpLiteral');
    return literal ? { fn, value: callee.object as Node, args: args.map((a) => (a.type === 'RegExpLiteral' ? String(a.pattern) : (a.value as string | number))) } : undefined;
  }
  const fn = calleePath(callee);
  const last = fn?.slice(fn.lastIndexOf('.') + 1);
  // `crypto.subtle.digest('SHA-256', $1)`: the algorithm, then what is hashed.
  const input = last === 'digest' && args.length === 2 && args[0]!.type === 'StringLiteral' ? args[1]! : args.length === 1 ? args[0]! : undefined;
  // `JSON.stringify($1)`: a request body, the same value written out.
  return last !== undefined && (KEEPING_FUNCTIONS.has(last) || fn === 'JSON.stringify' || HASH_CALL.test(last)) && input && input.type !== 'SpreadElement' ? { fn: last, value: input, args: [] } : undefined;
}

function template(node: Node): Template {
  switch (node.type) {
    case 'Identifier':
      return { kind: 'arg', index: Number(ARG.exec(node.name as string)![1]) - 1 };
    case 'MemberExpression': {
      const arg = argPath(node);
      if (arg) return { kind: 'member', index: arg.index, path: arg.path };
      const table = template(node.object as Node);
      return { kind: 'lookup', table: table.kind === 'obj' ? table.props.flatMap((p) => ('key' in p ? [p] : [])) : [], key: template(node.property as Node) };
    }
    case 'ConditionalExpression':
      return { kind: 'either', options: [template(node.consequent as Node), template(node.alternate as Node)] };
    case 'NullLiteral':
      return { kind: 'literal', value: null };
    case 'ArrayExpression':
      return { kind: 'arr', items: (node.elements as Node[]).map((e) => template(e)) };
    case 'ObjectExpression':
      return {
        kind: 'obj',
        props: (node.properties as Node[]).map((p) => {
          if (p.type === 'SpreadElement') return { spread: template(p.argument as Node) };
          const key = p.key as Node;
          return { key: key.type === 'Identifier' ? (key.name as string) : String(key.value), value: template(p.value as Node) };
        }),
      };
    case 'BinaryExpression':
      return { kind: 'concat', parts: [template(node.left as Node), template(node.right as Node)].flatMap((t) => (t.kind === 'concat' ? t.parts : [t])) };
    case 'TemplateLiteral': {
      const quasis = node.quasis as Node[];
      const expressions = node.expressions as Node[];
      const parts: Template[] = [];
      quasis.forEach((q, i) => {
        const cooked = (q.value as { cooked?: string }).cooked ?? '';
        if (cooked) parts.push({ kind: 'literal', value: cooked });
        if (expressions[i]) parts.push(template(expressions[i]!));
      });
      return { kind: 'concat', parts };
    }
    case 'LogicalExpression':
      return { kind: 'default', value: template(node.left as Node), fallback: template(node.right as Node) };
    case 'CallExpression': {
      const { fn, value, args } = keptCall(node)!;
      return { kind: 'call', fn, value: template(value), args };
    }
    default:
      return { kind: 'literal', value: node.value as string | number | boolean };
  }
}

/** Whether a text names a declared helper: the pre-check that lets a file with no tracker name of its own through. */
export function mentionsHelper(text: string, helpers: Helpers | undefined): boolean {
  if (!helpers) return false;
  let named = patterns.get(helpers.list);
  if (!named) patterns.set(helpers.list, (named = namedPattern(helpers.list)));
  return named.test(text);
}

const patterns = new WeakMap<readonly CompiledHelper[], RegExp>();
