import { KEYS, getKeys } from 'eslint-visitor-keys';
import type { Node } from './types.js';

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

export const DEFAULT_KEYS: VisitorKeys = KEYS;

/**
 * The children of vue-eslint-parser's template nodes that hold code: attribute values, directive
 * expressions and handlers, elements' children. (Without them, every key would be walked, the
 * template's tokens and comments included.)
 */
export const TEMPLATE_KEYS: VisitorKeys = {
  VDocumentFragment: ['children'],
  VElement: ['startTag', 'children'],
  VStartTag: ['attributes'],
  VEndTag: [],
  VAttribute: ['value'],
  VExpressionContainer: ['expression'],
  VOnExpression: ['body'],
  VForExpression: ['right'],
  VSlotScopeExpression: [],
  VGenericExpression: [],
  VFilterSequenceExpression: ['expression', 'filters'],
  VFilter: ['arguments'],
  VIdentifier: [],
  VLiteral: [],
  VText: [],
};

const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/**
 * Pre-order walk that also sets `parent` where the parser did not (Babel). `enter` returning
 * false skips the node's children.
 */
export function walk(root: Node, keys: VisitorKeys, enter: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  // Only a program has no parent: a subtree walked early (a string of code read when its sink is
  // visited) gets its parent from the full walk later.
  if (root.parent === undefined && root.type === 'Program') root.parent = null;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    const nodeKeys = keys[node.type] ?? getKeys(node);
    for (let k = nodeKeys.length - 1; k >= 0; k--) {
      const child = node[nodeKeys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item: unknown = child[i];
          if (isNode(item)) {
            if (item.parent === undefined) item.parent = node;
            stack.push(item);
          }
        }
      } else if (isNode(child)) {
        if (child.parent === undefined) child.parent = node;
        stack.push(child);
      }
    }
  }
}

export function rangeOf(node: Node): [number, number] {
  return node.range ?? [node.start ?? 0, node.end ?? 0];
}
