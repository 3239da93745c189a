import { collectFacts, collectHtmlFacts, findingsFor, resolveSettings, type FileFacts, type Finding, type Node, type PhiguardOptions, type ScopeManagerLike, type SharedRuleId } from '@phiguard/core';
import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import { isHtmlPage } from '../html-parser.js';
import { withDefineVars } from './astro.js';
import { importsFor } from './imports.js';
import { helpersFor, mergeOptions } from './options.js';

// Facts are collected once per file and shared by every phiguard rule (keyed by the AST, so
// nothing outlives the file and concurrent workers never share state).
const factsByProgram = new WeakMap<object, Collected>();

type Context = Readonly<RuleContext<string, readonly unknown[]>>;

/** What a file said about itself while its facts were collected: said once, by one rule. */
interface Notice {
  loc: { line: number; column: number };
  messageId: 'analysisFailed' | 'unreadableScript';
  data: { reason: string };
}

interface Collected {
  facts: FileFacts;
  notice?: Notice;
}

const NO_FACTS: FileFacts = { calls: [], pixels: [], embedded: [], errors: [] };

/**
 * Which rule says a file's notices: the first of these that runs on it. ESLint creates every enabled
 * rule before it visits the program, so each registers in `create` and the choice does not depend on
 * the order of rules in the config (a parse warning filed under `no-advanced-matching` misled).
 */
const NOTICE_ORDER: readonly SharedRuleId[] = ['no-tracking-pixel', 'no-advanced-matching', 'no-health-event-names', 'no-health-event-properties', 'no-health-page-triggers'];
const rulesBySource = new WeakMap<object, Set<SharedRuleId>>();

/** The file's facts, and what it could not read. */
function factsFor(context: Context, program: TSESTree.Program): Collected {
  let collected = factsByProgram.get(program);
  if (!collected) {
    const { sourceCode } = context;
    // A block a processor lints on its own (eslint-plugin-astro's `<script>`, `page.astro/1_1.ts`) runs in
    // the file on disk, and imports from its folder; a Markdown code block is only shown, not run there.
    const file = /\.mdx?$/iu.test(context.physicalFilename) ? context.filename : context.physicalFilename;
    const helpers = helpersFor(context.settings, context.cwd, file);
    try {
      // vue-eslint-parser keeps a component's <template> beside the program, not in it.
      const template = (program as { templateBody?: unknown }).templateBody as Node | undefined;
      collected = isHtmlPage(sourceCode.parserServices)
        ? htmlPageFacts(context, helpers, file)
        : {
            facts: collectFacts(program as unknown as Node, {
              helpers,
              templates: template ? [template] : undefined,
              text: sourceCode.text,
              scopeManager: sourceCode.scopeManager as unknown as ScopeManagerLike,
              visitorKeys: sourceCode.visitorKeys,
              typeValues: typeValuesFor(context),
              imported: withDefineVars(importsFor(file), file, sourceCode.text, context.filename),
              filename: file,
            }),
          };
    } catch (error) {
      // A rule must never take the lint run down; an incomplete analysis must not pass silently.
      collected = { facts: NO_FACTS, notice: { loc: { line: 1, column: 0 }, messageId: 'analysisFailed', data: { reason: String((error as Error)?.message ?? error) } } };
    }
    factsByProgram.set(program, collected);
  }
  return collected;
}

/**
 * A page from phiguard's HTML parser: read as GTM Custom HTML is. A script that does not parse is
 * said once, at its first error, since its findings may be incomplete.
 */
function htmlPageFacts(context: Context, helpers: ReturnType<typeof helpersFor>, file: string): Collected {
  const { sourceCode } = context;
  const { facts, errors } = collectHtmlFacts(sourceCode.text, helpers, file);
  const first = errors[0];
  if (!first) return { facts };
  const more = errors.length > 1 ? `, and ${errors.length - 1} more` : '';
  return { facts, notice: { loc: sourceCode.getLocFromIndex(first.offset), messageId: 'unreadableScript', data: { reason: `${first.message.replace(/\.$/u, '')}${more}` } } };
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

/** The visitor of a rule that reports core's findings for its id. */
export function findingsVisitor(context: Context, ruleId: SharedRuleId, options: PhiguardOptions | undefined): { Program(program: TSESTree.Program): void } {
  let running = rulesBySource.get(context.sourceCode);
  if (!running) rulesBySource.set(context.sourceCode, (running = new Set()));
  running.add(ruleId);
  return {
    Program(program) {
      reportFindings(context, program, ruleId, options);
    },
  };
}

/** Reports the findings of one rule for the file, and the file's notice if this rule says it. */
function reportFindings(context: Context, program: TSESTree.Program, ruleId: SharedRuleId, options: PhiguardOptions | undefined): void {
  const { facts, notice } = factsFor(context, program);
  if (notice && NOTICE_ORDER.find((id) => rulesBySource.get(context.sourceCode)?.has(id)) === ruleId) context.report(notice);
  // Most files hold nothing a tracker receives: skip option handling entirely.
  if (facts.calls.length === 0 && facts.pixels.length === 0 && facts.embedded.length === 0 && !facts.reached?.length) return;
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
