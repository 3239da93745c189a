// Every code example of an ESLint rule's doc (docs/rules/<id>.md) does what its heading says: each
// block under "❌ Incorrect" gives at least one finding of that rule, each block under "✅ Correct"
// gives none, and neither fails to parse (a user copies them into a file of the block's language).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from 'eslint-plugin-phiguard';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE_LANGUAGES = new Set(['js', 'jsx', 'ts', 'tsx']);

interface Example {
  kind: 'incorrect' | 'correct';
  lang: string;
  code: string;
  line: number;
}

/** The code blocks under each ❌/✅ heading, up to the next heading (a GTM export excerpt is not code). */
function examplesOf(doc: string): Example[] {
  const examples: Example[] = [];
  const lines = doc.split('\n');
  let kind: Example['kind'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('❌')) kind = /export/u.test(line) ? undefined : 'incorrect';
    else if (line.startsWith('✅')) kind = /export/u.test(line) ? undefined : 'correct';
    else if (line.startsWith('#')) kind = undefined;
    const fence = /^```(\w+)$/u.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    if (kind && CODE_LANGUAGES.has(fence[1]!)) examples.push({ kind, lang: fence[1]!, code: lines.slice(i + 1, end).join('\n'), line: i + 2 });
    i = end;
  }
  return examples;
}

function lint(id: string, example: Example): Linter.LintMessage[] {
  const typescript = example.lang.startsWith('ts');
  return new Linter().verify(
    example.code,
    [
      {
        files: [`**/*.${example.lang}`],
        plugins: { phiguard: plugin as never },
        rules: { [`phiguard/${id}`]: 'error' },
        languageOptions: { ...(typescript ? { parser: tsParser } : {}), parserOptions: { ecmaFeatures: { jsx: true } } },
      },
    ],
    `example.${example.lang}`,
  );
}

describe('the code examples of the rule docs', () => {
  for (const id of Object.keys(plugin.rules)) {
    const examples = examplesOf(readFileSync(path.join(root, 'docs', 'rules', `${id}.md`), 'utf8'));
    it(`${id}: has examples of both kinds`, () => {
      expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.kind === 'correct')).toBe(true);
    });
    for (const example of examples) {
      it(`${id}: the ${example.kind} ${example.lang} block at line ${example.line} ${example.kind === 'incorrect' ? 'is reported' : 'is not'}`, () => {
        const messages = lint(id, example);
        // A parse error, or a file no config matched.
        expect(messages.filter((m) => m.ruleId === null).map((m) => m.message)).toEqual([]);
        const found = messages.filter((m) => m.ruleId === `phiguard/${id}`);
        if (example.kind === 'incorrect') expect(found.length).toBeGreaterThan(0);
        else expect(found.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
      });
    }
  }
});
