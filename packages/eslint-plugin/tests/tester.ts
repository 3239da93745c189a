import { RuleTester, type Rule } from 'eslint';
import { RuleTester as RuleTester9 } from 'eslint-v9';
import tsParser from '@typescript-eslint/parser';
import * as vitest from 'vitest';

const languageOptions = { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } as const;

/** ESLint 10's RuleTester with JSX on, messageIds and full locations required on every invalid case. */
export const ruleTester = new RuleTester({ languageOptions });

// The peer range is `^9.15 || ^10`: every case also runs on ESLint 9.
RuleTester9.describe = vitest.describe;
RuleTester9.it = vitest.it;
RuleTester9.itOnly = vitest.it.only;
const ruleTester9 = new RuleTester9({ languageOptions });

export { tsParser };

type Case = RuleTester.InvalidTestCase;
type Expected = [messageId: string, needle: string, occurrence?: number];

/** Location of the `occurrence`-th `needle` in `code`, as RuleTester expects (1-based columns). */
export function at(code: string, needle: string, occurrence = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = code.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`needle ${JSON.stringify(needle)} (#${occurrence}) not in test code`);
  }
  const point = (offset: number): { line: number; column: number } => {
    const before = code.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const start = point(index);
  const end = point(index + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** An invalid case whose errors are located by the exact source text they must underline. */
export function invalid(code: string, expected: Expected[], extra: Partial<Case> = {}): Case {
  return {
    code,
    errors: expected.map(([messageId, needle, occurrence]) => ({ messageId, ...at(code, needle, occurrence) })),
    ...extra,
  };
}

/** The case with each error's message data required too (`data[i]` for the i-th error): for what the message says, not only where. */
export function withData(test: Case, data: Array<Record<string, string>>): Case {
  return { ...test, errors: (test.errors as RuleTester.TestCaseError[]).map((error, i) => ({ ...error, data: data[i] })) };
}

/** A TypeScript case (typescript-eslint parser). */
export const ts = (filename = 'file.ts'): Partial<Case> => ({ filename, languageOptions: { parser: tsParser } });

export function run(name: string, rule: unknown, tests: { valid: Array<string | RuleTester.ValidTestCase>; invalid: Case[] }): void {
  vitest.describe('ESLint 10', () => {
    ruleTester.run(name, rule as Rule.RuleModule, {
      ...tests,
      assertionOptions: { requireMessage: 'messageId', requireLocation: true },
    } as never);
  });
  vitest.describe('ESLint 9', () => {
    ruleTester9.run(name, rule as never, tests as never);
  });
}
