import { KEYS, getKeys } from 'eslint-visitor-keys';
import type { Node } from './types.js';

/**
 * Turns a Babel AST into ESTree, in place, as `@babel/parser`'s `estree` plugin would.
 *
 * Why not the plugin: it makes every node's `loc` index non-enumerable with `Object.defineProperty`,
 * which drops V8 to slow property access and makes parsing 3× slower (2.1 ms against 0.65 ms for an
 * 11 KB Custom HTML script). This pass costs a few percent of the parse. A differential test
 * (`tests/estree.test.ts`) checks the result against the plugin's output node for node.
 *
 * Covers the syntax Babel parses without plugins (script and module, ES2025): literals, directives,
 * object and class members, private names, optional chains, `import()` and `export * as`.
 * `text` is the parsed source (literals without a raw text get theirs from it).
 */
export function toEstree(program: Node, text: string): Node {
  // Explicit stack: generated code nests deeper than the call stack allows.
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const chainParent = node.type === 'OptionalMemberExpression' || node.type === 'OptionalCallExpression';
    const keys = BABEL_KEYS.get(node.type as string) ?? getKeys(node);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const child = node[key];
      if (child === null || typeof child !== 'object') continue;
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const item = child[i] as Node | null;
          if (item && typeof item.type === 'string') child[i] = enter(item, false, stack);
        }
      } else if (typeof (child as Node).type === 'string') {
        // The top of an optional chain gets a ChainExpression; links inside the chain do not.
        const inChain = chainParent && (key === 'object' || key === 'callee') && !(child as { extra?: { parenthesized?: boolean } }).extra?.parenthesized;
        node[key] = enter(child as Node, inChain, stack);
      }
    }
    convert(node, text);
  }
  return program;
}

/** Child keys of Babel's node types: ESTree's, plus Babel's own types and fields. */
const BABEL_KEYS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  ...KEYS,
  Program: ['directives', 'body'],
  BlockStatement: ['directives', 'body'],
  StaticBlock: ['directives', 'body'],
  ObjectProperty: ['key', 'value', 'decorators'],
  ObjectMethod: ['key', 'params', 'body', 'decorators'],
  ClassMethod: ['decorators', 'key', 'params', 'body'],
  ClassPrivateMethod: ['decorators', 'key', 'params', 'body'],
  ClassProperty: ['decorators', 'key', 'value'],
  ClassPrivateProperty: ['decorators', 'key', 'value'],
  ClassAccessorProperty: ['decorators', 'key', 'value'],
  OptionalMemberExpression: ['object', 'property'],
  OptionalCallExpression: ['callee', 'arguments'],
  PrivateName: ['id'],
  ExportNamespaceSpecifier: ['exported'],
  Directive: [],
  DirectiveLiteral: [],
  StringLiteral: [],
  NumericLiteral: [],
  BooleanLiteral: [],
  NullLiteral: [],
  RegExpLiteral: [],
  BigIntLiteral: [],
  Import: [],
}));

/** Queues `node` and returns what its parent should hold (a new ChainExpression for a chain's top). */
function enter(node: Node, inChain: boolean, stack: Node[]): Node {
  stack.push(node);
  if (inChain || (node.type !== 'OptionalMemberExpression' && node.type !== 'OptionalCallExpression')) return node;
  return { type: 'ChainExpression', expression: node, start: node.start, end: node.end, loc: node.loc, range: node.range } as Node;
}

function convert(node: Node, text: string): void {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
      toLiteral(node, node.type === 'NullLiteral' ? null : node.value, text);
      return;
    case 'RegExpLiteral': {
      const { pattern, flags } = node as unknown as { pattern: string; flags: string };
      let regex: RegExp | null = null;
      try {
        regex = new RegExp(pattern, flags);
      } catch {
        // Unsupported flags on this Node version: ESTree's value is null then.
      }
      node.pattern = undefined;
      node.flags = undefined;
      toLiteral(node, regex, text);
      node.regex = { pattern, flags };
      return;
    }
    case 'BigIntLiteral': {
      const digits = node.value as string;
      let value: bigint | null = null;
      try {
        value = BigInt(digits);
      } catch {
        // not representable: value null, as in ESTree
      }
      toLiteral(node, value, text);
      node.bigint = value === null ? digits : String(value);
      return;
    }
    case 'Program':
    case 'BlockStatement':
    case 'StaticBlock':
      directivesToStatements(node);
      return;
    case 'ObjectProperty':
      node.type = 'Property';
      node.kind = 'init';
      return;
    case 'ObjectMethod': {
      const kind = node.kind as string;
      methodValue(node, text);
      node.type = 'Property';
      node.kind = kind === 'method' ? 'init' : kind;
      node.shorthand = false;
      return;
    }
    case 'ClassMethod':
      methodValue(node, text);
      node.type = 'MethodDefinition';
      return;
    case 'ClassPrivateMethod':
      methodValue(node, text);
      node.type = 'MethodDefinition';
      node.computed = false;
      return;
    case 'ClassProperty':
      node.type = 'PropertyDefinition';
      return;
    case 'ClassPrivateProperty':
      node.type = 'PropertyDefinition';
      node.computed = false;
      return;
    case 'ClassAccessorProperty':
      node.type = 'AccessorProperty';
      return;
    case 'PrivateName':
      node.type = 'PrivateIdentifier';
      node.name = (node.id as Node).name;
      node.id = undefined;
      return;
    case 'MemberExpression':
      node.optional = false;
      return;
    case 'OptionalMemberExpression':
      node.type = 'MemberExpression';
      return;
    case 'OptionalCallExpression':
      node.type = 'CallExpression';
      return;
    case 'CallExpression':
      if ((node.callee as Node).type === 'Import') {
        const args = node.arguments as Node[];
        node.type = 'ImportExpression';
        node.source = args[0];
        node.options = args[1] ?? null;
        node.attributes = args[1] ?? null;
        node.arguments = undefined;
        node.callee = undefined;
      } else {
        node.optional = false;
      }
      return;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      node.expression = (node.body as Node).type !== 'BlockStatement';
      return;
    case 'ExportAllDeclaration':
      node.exported ??= null;
      return;
    case 'ExportNamedDeclaration': {
      const specifiers = node.specifiers as Node[];
      if (specifiers.length === 1 && specifiers[0]!.type === 'ExportNamespaceSpecifier') {
        node.type = 'ExportAllDeclaration';
        node.exported = specifiers[0]!.exported;
        node.specifiers = undefined;
        node.declaration = undefined;
      }
      return;
    }
    default:
  }
}

function toLiteral(node: Node, value: unknown, text: string): void {
  const extra = node.extra as { raw?: string } | undefined;
  node.type = 'Literal';
  node.value = value;
  node.raw = extra?.raw ?? text.slice(node.start as number, node.end as number);
  node.extra = undefined;
}

/** `"use strict"` is a Directive in Babel and an ExpressionStatement with `directive` in ESTree. */
function directivesToStatements(node: Node): void {
  const directives = node.directives as Node[] | undefined;
  if (!directives) return;
  node.directives = undefined;
  if (directives.length === 0) return;
  const statements = directives.map((d): Node => {
    const literal = d.value as Node;
    const extra = literal.extra as { raw: string; rawValue: string; expressionValue: string };
    const expression = { type: 'Literal', value: extra.expressionValue, raw: extra.raw, start: literal.start, end: literal.end, loc: literal.loc, range: literal.range } as Node;
    return { type: 'ExpressionStatement', expression, directive: extra.rawValue, start: d.start, end: d.end, loc: d.loc, range: d.range } as Node;
  });
  node.body = [...statements, ...(node.body as Node[])];
}

/**
 * Object and class methods carry their function in ESTree: a FunctionExpression from the
 * parameter list's `(` to the end of the body.
 */
function methodValue(node: Node, text: string): void {
  const body = node.body as Node;
  const start = openParen(text, (node.key as Node).end as number);
  const value = {
    type: 'FunctionExpression',
    id: null,
    params: node.params,
    body,
    generator: node.generator,
    async: node.async,
    expression: false,
    start,
    end: body.end,
    range: [start, body.end as number],
    loc: undefined,
  } as unknown as Node;
  node.params = undefined;
  node.body = undefined;
  node.generator = undefined;
  node.async = undefined;
  node.id = undefined;
  node.value = value;
}

/** Offset of the first `(` at or after `from` outside comments. */
function openParen(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */) return i;
    if (c === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length : nl;
      } else if (next === 0x2a) {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? text.length : close + 1;
      }
    }
  }
  return from;
}
