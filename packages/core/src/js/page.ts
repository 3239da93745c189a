import type { AddressPart } from '../text/address.js';
import { unwrap } from './ast.js';
import type { Node, PageGuard, Value } from './types.js';
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
  /** Whether the node is the window, however the code spells it (`self`, an alias, a script's top-level `this`). */
  isWindow(node: Node): boolean;
  /** The initializer of a variable that is never written again (`const path = location.pathname`). */
  soleInit(id: Node): Node | undefined;
}

type Operator = PageGuard['operator'];

const LOCATION_PARTS: Readonly<Record<string, AddressPart>> = { href: 'url', pathname: 'path', search: 'path', hash: 'path', host: 'host', hostname: 'host' };
const DOCUMENT_PARTS: Readonly<Record<string, AddressPart>> = { URL: 'url', documentURI: 'url', referrer: 'url', title: 'path' };
/** String methods that keep the address an address (`location.pathname.toLowerCase()`). */
const SAME_TEXT = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toString', 'trim', 'valueOf']);
const STRING_TESTS: Readonly<Record<string, Operator>> = { includes: 'contains', indexOf: 'contains', search: 'matches', match: 'matches', startsWith: 'starts with', endsWith: 'ends with' };

/** Functions that keep the address an address (`decodeURIComponent(location.pathname)`). */
const SAME_TEXT_FNS = new Set(['String', 'decodeURI', 'decodeURIComponent']);

/** The page address a node reads, if it reads one. */
function address(node: Node, r: PageReader, depth = 0): { subject: string; part: AddressPart } | undefined {
  if (depth > 4) return undefined;
  const n = unwrap(node);
  const subject = (part: AddressPart) => ({ subject: r.text.slice(...rangeOf(n)), part });
  if (isLocation(n, r)) return subject('url');
  if (n.type === 'Identifier') {
    const init = r.soleInit(n);
    if (init) return address(init, r, depth + 1);
  } else if (n.type === 'MemberExpression') {
    const prop = n.computed ? undefined : ((n.property as Node).name as string);
    const object = unwrap(n.object as Node);
    if (prop && Object.hasOwn(LOCATION_PARTS, prop) && isLocation(object, r)) return subject(LOCATION_PARTS[prop]!);
    if (prop && Object.hasOwn(DOCUMENT_PARTS, prop) && isDocument(object, r)) return subject(DOCUMENT_PARTS[prop]!);
    return undefined;
  } else if (n.type === 'CallExpression') {
    // `location.pathname.toLowerCase()`, `decodeURIComponent(location.pathname)`: the same address.
    const callee = unwrap(n.callee as Node);
    const method = callee.type === 'MemberExpression' && !callee.computed ? ((callee.property as Node).name as string) : undefined;
    const source = method && SAME_TEXT.has(method) ? (callee.object as Node) : callee.type === 'Identifier' && SAME_TEXT_FNS.has(callee.name as string) ? (n.arguments as Node[])[0] : undefined;
    const inner = source && address(source, r, depth + 1);
    if (inner) return subject(inner.part);
  } else if (n.type === 'Literal' || n.type === 'TemplateLiteral') {
    return undefined;
  }
  const v = r.value(n);
  return v.kind === 'unknown' && v.macro?.page ? { subject: v.macro.display, part: v.macro.page } : undefined;
}

function isDocument(node: Node, r: PageReader): boolean {
  if (node.type === 'Identifier') return node.name === 'document' && r.isGlobal(node);
  return node.type === 'MemberExpression' && !node.computed && (node.property as Node).name === 'document' && r.isWindow(unwrap(node.object as Node));
}

/** `location`, `window.location` or `document.location`. */
function isLocation(node: Node, r: PageReader): boolean {
  if (node.type === 'Identifier') return node.name === 'location' && r.isGlobal(node);
  if (node.type !== 'MemberExpression' || node.computed || (node.property as Node).name !== 'location') return false;
  const object = unwrap(node.object as Node);
  return r.isWindow(object) || isDocument(object, r);
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

const FLIP: Readonly<Record<string, string>> = { '>': '<', '<': '>', '>=': '<=', '<=': '>=', '===': '===', '!==': '!==', '==': '==', '!=': '!=' };

/**
 * The page tests that hold when `test` evaluates to `holds`: `&&` when true and `||` when false
 * give every side; `a || b` when true gives each side too, since the code then runs on the pages
 * of either. A negated or unreadable test gives nothing.
 */
function pageTests(test: Node, holds: boolean, r: PageReader, out: PageGuard[]): void {
  const n = unwrap(test);
  if (n.type === 'UnaryExpression' && n.operator === '!') return pageTests(n.argument as Node, !holds, r, out);
  if (n.type === 'LogicalExpression') {
    if (n.operator === '||' || (n.operator === '&&' && holds)) {
      pageTests(n.left as Node, holds, r, out);
      pageTests(n.right as Node, holds, r, out);
    }
    return;
  }
  if (n.type === 'BinaryExpression') {
    const op = n.operator as string;
    for (const [a, b, o] of [[n.left, n.right, op], [n.right, n.left, FLIP[op] ?? op]] as Array<[Node, Node, string]>) {
      const k = numberOf(b);
      if (k !== undefined) {
        const found = foundWhen(o, k);
        if (found !== undefined) indexTest(a, found === holds, r, out);
        else if ((o === '===' || o === '==') && k === 0 && holds) indexTest(a, true, r, out, 'starts with');
      } else if ((o === '===' || o === '==') === holds && (o === '===' || o === '==' || o === '!==' || o === '!=')) {
        const where = address(a, r);
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
    if (method === 'test') {
      const where = address(arg, r);
      if (where) push(out, where, 'matches', callee.object as Node, r);
    } else if (Object.hasOwn(STRING_TESTS, method) && method !== 'indexOf' && method !== 'search') {
      const where = address(callee.object as Node, r);
      if (where) push(out, where, STRING_TESTS[method]!, arg, r);
    }
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
}

/** The compared text: string values, or a regex's source (a literal or `new RegExp('…')`). */
function push(out: PageGuard[], where: { subject: string; part: AddressPart }, operator: Operator, node: Node, r: PageReader): void {
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
 * (`if (location.pathname.indexOf('/psychiatry') === -1) return;`).
 */
export function pageGuards(node: Node, r: PageReader): PageGuard[] {
  const out: PageGuard[] = [];
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
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
        // The case and the empty cases that fall through into it (`case '/a': case '/b': …`).
        const cases = parent.parent!.cases as Node[];
        const tests: Node[] = [];
        for (let i = cases.indexOf(parent); i >= 0 && (i === cases.indexOf(parent) || (cases[i]!.consequent as Node[]).length === 0); i--) {
          if (cases[i]!.test) tests.push(cases[i]!.test as Node);
        }
        const where = address(discriminant, r);
        const always = unwrap(discriminant).type === 'Literal' && unwrap(discriminant).value === true;
        for (const test of tests) {
          if (where) push(out, where, 'equals', test, r);
          else if (always) pageTests(test, true, r, out);
        }
        break;
      }
      case 'BlockStatement':
      case 'Program':
      case 'StaticBlock':
        for (const stmt of parent.body as Node[]) {
          if (stmt === child) break;
          if (stmt.type === 'IfStatement' && !stmt.alternate && leaves(stmt.consequent as Node)) pageTests(stmt.test as Node, false, r, out);
        }
        break;
    }
  }
  return out;
}

/** A statement that always leaves the block: `return`, `throw`, or a block ending in one. */
function leaves(stmt: Node): boolean {
  if (stmt.type === 'ReturnStatement' || stmt.type === 'ThrowStatement') return true;
  if (stmt.type !== 'BlockStatement') return false;
  const last = (stmt.body as Node[]).at(-1);
  return last !== undefined && leaves(last);
}
