import { collectFacts, collectHtmlFacts, findingsFor, resolveSettings, type FileFacts, type Finding, type Node, type PhiguardOptions, type ScopeManagerLike, type SharedRuleId } from '@phiguard/core';
import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import { isHtmlPage } from '../html-parser.js';
import { helpersFor, mergeOptions } from './options.js';

// Facts are collected once per file and shared by every phiguard rule (keyed by the AST, so
// nothing outlives the file and concurrent workers never share state).
const factsByProgram = new WeakMap<object, FileFacts>();

type Context = Readonly<RuleContext<string, readonly unknown[]>>;

const NO_FACTS: FileFacts = { calls: [], pixels: [], embedded: [], errors: [] };

/** The file's facts; the rule that collects them also reports an internal failure, once. */
function factsFor(context: Context, program: TSESTree.Program): FileFacts {
  let facts = factsByProgram.get(program);
  if (!facts) {
    const { sourceCode } = context;
    const helpers = helpersFor(context.settings, context.cwd, context.filename);
    try {
      // vue-eslint-parser keeps a component's <template> beside the program, not in it.
      const template = (program as { templateBody?: unknown }).templateBody as Node | undefined;
      facts = isHtmlPage(sourceCode.parserServices)
        ? htmlPageFacts(context, helpers)
        : collectFacts(program as unknown as Node, {
            helpers,
            templates: template ? [template] : undefined,
            text: sourceCode.text,
            scopeManager: sourceCode.scopeManager as unknown as ScopeManagerLike,
            visitorKeys: sourceCode.visitorKeys,
            typeValues: typeValuesFor(context),
          });
    } catch (error) {
      // A rule must never take the lint run down; an incomplete analysis must not pass silently.
      facts = NO_FACTS;
      context.report({ loc: { line: 1, column: 0 }, messageId: 'analysisFailed', data: { reason: String((error as Error)?.message ?? error) } });
    }
    factsByProgram.set(program, facts);
  }
  return facts;
}

/**
 * A page from phiguard's HTML parser: read as GTM Custom HTML is. A script that does not parse is
 * said once, at its first error, since its findings may be incomplete.
 */
function htmlPageFacts(context: Context, helpers: ReturnType<typeof helpersFor>): FileFacts {
  const { sourceCode } = context;
  const { facts, errors } = collectHtmlFacts(sourceCode.text, helpers);
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? `, and ${errors.length - 1} more` : '';
    context.report({ loc: sourceCode.getLocFromIndex(first.offset), messageId: 'unreadableScript', data: { reason: `${first.message.replace(/\.$/u, '')}${more}` } });
  }
  return facts;
}

/** With type information, event names typed as string literal unions resolve too. */
function typeValuesFor(context: Context): ((node: Node) => string[] | undefined) | undefined {
  const services = context.sourceCode.parserServices as
    | { program?: { getTypeChecker(): TypeChecker } | null; esTreeNodeToTSNodeMap?: { get(node: unknown): unknown } }
    | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) return undefined;
  const checker = services.program.getTypeChecker();
  const map = services.esTreeNodeToTSNodeMap;
  return (node) => {
    const tsNode = map.get(node);
    if (!tsNode) return undefined;
    const type = checker.getTypeAtLocation(tsNode);
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((t) => t.isStringLiteral()) ? parts.map((t) => t.value as string) : undefined;
  };
}

interface TsType {
  isUnion(): this is { types: TsType[] };
  isStringLiteral(): this is { value: string };
  value?: unknown;
}
interface TypeChecker {
  getTypeAtLocation(node: unknown): TsType;
}

/** Reports the findings of one rule for the file. */
export function reportFindings(
  context: Context,
  program: TSESTree.Program,
  ruleId: SharedRuleId,
  options: PhiguardOptions | undefined,
): void {
  const facts = factsFor(context, program);
  // Most files hold nothing a tracker receives: skip option handling entirely.
  if (facts.calls.length === 0 && facts.pixels.length === 0 && facts.embedded.length === 0) return;
  const settings = resolveSettings(mergeOptions(context.settings, options));
  const findings: Finding[] = findingsFor(facts, ruleId, settings);
  const { sourceCode } = context;
  for (const f of findings) {
    context.report({
      loc: { start: sourceCode.getLocFromIndex(f.range[0]), end: sourceCode.getLocFromIndex(f.range[1]) },
      messageId: f.messageId,
      data: f.data,
    });
  }
}
