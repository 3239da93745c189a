import type { Node } from './types.js';

/**
 * The slice of eslint-scope's ScopeManager that core reads. ESLint passes `sourceCode.scopeManager`
 * (eslint-scope or typescript-eslint's scope manager); for code ESLint did not parse, core runs
 * eslint-scope itself, so both front-ends resolve names the same way.
 */
export interface ScopeManagerLike {
  scopes: ScopeLike[];
  getDeclaredVariables(node: Node): VariableLike[];
}

export interface ScopeLike {
  type: string;
  references: ReferenceLike[];
  variables?: VariableLike[];
}

export interface ReferenceLike {
  identifier: Node;
  resolved: VariableLike | null;
  writeExpr?: Node | null;
  isWrite(): boolean;
}

export interface VariableLike {
  name: string;
  defs: DefinitionLike[];
  references: ReferenceLike[];
  /** The scope the variable belongs to (`global` for a classic script's top level). */
  scope?: { type: string };
}

export interface DefinitionLike {
  type: string;
  name: Node;
  node: Node;
  parent?: Node | null;
}
