// Every regular expression in the detectors must run in linear time: the rules see attacker-
// and vendor-controlled text (minified bundles, GTM Custom HTML), and a super-linear regex there
// would hang the editor or CI. eslint-plugin-regexp proves it statically, including patterns
// built with `new RegExp('…')` from literals.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['packages/core/src/**/*.ts', 'packages/eslint-plugin/src/**/*.ts', 'packages/gtm/src/**/*.ts'];

describe('regular expressions in core, the plugin and the GTM analyzer', () => {
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
    const results = await eslint.lintFiles(SOURCES);

    // The glob must actually reach the sources (a moved folder must not turn this into a no-op).
    const linted = results.map((r) => path.relative(root, r.filePath));
    for (const pkg of ['core', 'eslint-plugin', 'gtm']) {
      expect(linted.some((f) => f.startsWith(path.join('packages', pkg, 'src'))), pkg).toBe(true);
    }

    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'parse error'}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
