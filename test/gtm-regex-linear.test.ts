// The GTM analyzer reads vendor- and attacker-controlled text (Custom HTML, template code, URLs,
// variable values): every regular expression in it must run in linear time, as in core and the
// plugin (test/regex-linear.test.ts). eslint-plugin-regexp proves it statically.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('regular expressions in @phiguard/gtm', () => {
  it('have no super-linear backtracking or super-linear moves', async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      errorOnUnmatchedPattern: false,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          plugins: { regexp },
          languageOptions: { parser: tsParser },
          linterOptions: { reportUnusedDisableDirectives: 'off' },
          rules: {
            'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
            'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
          },
        },
      ],
    });
    const results = await eslint.lintFiles(['packages/gtm/src/**/*.ts']);
    const linted = results.map((r) => path.relative(root, r.filePath));
    expect(linted).toContain(path.join('packages', 'gtm', 'src', 'analyze.ts'));
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line}:${m.column} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
