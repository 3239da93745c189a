// The *built* plugin, installed into a separate project the way a user installs it, works with
// ESLint 10 and ESLint 9 through each major's own `ESLint` Node API: every file extension,
// espree and @typescript-eslint/parser, HTML pages through phiguard's HTML parser (with an
// `<!-- eslint-disable-next-line -->` that must hold), and multithreaded linting (`concurrency`) where the
// ESLint version has it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test', 'fixtures', 'eslint-compat');
const pluginDir = path.join(root, 'packages', 'eslint-plugin');
const require = createRequire(import.meta.url);

/** Findings the recommended config must report, as `file:line ruleId`, sorted. */
const EXPECTED = [
  'booking.jsx:3 phiguard/no-advanced-matching',
  'booking.jsx:4 phiguard/no-health-event-names',
  'checkout.ts:5 phiguard/no-health-event-names',
  'checkout.ts:6 phiguard/no-advanced-matching',
  'landing.html:16 phiguard/no-health-event-names',
  'landing.html:21 phiguard/no-advanced-matching',
  'landing.html:21 phiguard/no-tracking-pixel',
  'layout.tsx:7 phiguard/no-tracking-pixel',
  'legacy.cjs:2 phiguard/no-tracking-pixel',
  'pixel-loader.js:3 phiguard/no-tracking-pixel',
  'tracking.mjs:3 phiguard/no-health-event-names',
  'tracking.mjs:6 phiguard/no-health-event-names',
];
const FILES = ['booking.jsx', 'checkout.ts', 'clean.tsx', 'landing.html', 'layout.tsx', 'legacy.cjs', 'pixel-loader.js', 'tracking.mjs'];

// espree for the JS family, @typescript-eslint/parser for TS: the usual setup.
const ESPREE_CONFIG = `import tsParser from '@typescript-eslint/parser';
import phiguard from 'eslint-plugin-phiguard';

export default [
  { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  phiguard.configs.recommended,
  phiguard.configs.html,
];
`;
// @typescript-eslint/parser for every file, as in typescript-eslint's own recommended setups.
const TS_PARSER_CONFIG = `import tsParser from '@typescript-eslint/parser';
import phiguard from 'eslint-plugin-phiguard';

export default [
  {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  phiguard.configs.recommended,
  phiguard.configs.html,
];
`;

let project = '';

beforeAll(() => {
  const entry = path.join(pluginDir, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm run build\` before this test (\`pnpm test\` does).`);

  project = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'phiguard-compat-')));
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'compat-project', private: true, type: 'module' }, null, 2)}\n`);
  // "Install" the plugin and the TS parser: node_modules entries pointing at the real packages.
  mkdirSync(path.join(project, 'node_modules', '@typescript-eslint'), { recursive: true });
  symlinkSync(pluginDir, path.join(project, 'node_modules', 'eslint-plugin-phiguard'), 'dir');
  const tsParserDir = path.dirname(require.resolve('@typescript-eslint/parser/package.json'));
  symlinkSync(tsParserDir, path.join(project, 'node_modules', '@typescript-eslint', 'parser'), 'dir');
  writeFileSync(path.join(project, 'eslint.config.js'), ESPREE_CONFIG);
  writeFileSync(path.join(project, 'eslint.ts-parser.config.js'), TS_PARSER_CONFIG);
  cpSync(path.join(fixtures, 'src'), path.join(project, 'src'), { recursive: true });
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

interface LintResultLike {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; fatal?: boolean; message: string }>;
}

function summarize(results: LintResultLike[]) {
  const linted = results.map((r) => path.basename(r.filePath)).sort();
  const findings = results
    .flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line} ${m.ruleId ?? `FATAL ${m.message}`}`))
    .sort();
  return { linted, findings };
}

type ESLintClass = typeof ESLint10 | typeof ESLint9;
const majors: Array<[string, ESLintClass, string]> = [
  ['ESLint 10', ESLint10, '10.'],
  ['ESLint 9', ESLint9, '9.'],
];

/** `concurrency` (multithreaded linting) arrived in ESLint 9.34. */
function supportsConcurrency(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 9 || (major === 9 && minor >= 34);
}

describe.each(majors)('%s', (_name, ESLint, majorPrefix) => {
  it('is the expected major version', () => {
    expect(ESLint.version.startsWith(majorPrefix)).toBe(true);
  });

  it.each([
    ['espree for JS, @typescript-eslint/parser for TS', 'eslint.config.js'],
    ['@typescript-eslint/parser for every file', 'eslint.ts-parser.config.js'],
  ])('reports exact rule ids and lines on .js .jsx .mjs .cjs .ts .tsx .html (%s)', async (_label, configFile) => {
    const eslint = new ESLint({ cwd: project, overrideConfigFile: configFile });
    const results = (await eslint.lintFiles(['src'])) as LintResultLike[];
    const { linted, findings } = summarize(results);
    expect(linted).toEqual(FILES);
    expect(findings).toEqual(EXPECTED);
  });

  it.runIf(supportsConcurrency(ESLint.version))('finds the same with concurrency: 2 (ESLint ≥ 9.34)', async () => {
    const eslint = new ESLint({ cwd: project, overrideConfigFile: 'eslint.config.js', concurrency: 2 } as never);
    const results = (await eslint.lintFiles(['src'])) as LintResultLike[];
    const { linted, findings } = summarize(results);
    expect(linted).toEqual(FILES);
    expect(findings).toEqual(EXPECTED);
  });

  it('lints HTML pages with --cache (the HTML parser can be serialized)', async () => {
    const cacheLocation = path.join(project, `.eslintcache-${majorPrefix}`);
    for (let run = 0; run < 2; run++) {
      const eslint = new ESLint({ cwd: project, overrideConfigFile: 'eslint.config.js', cache: true, cacheLocation });
      const results = (await eslint.lintFiles(['src/landing.html'])) as LintResultLike[];
      expect(summarize(results).findings).toEqual(EXPECTED.filter((f) => f.startsWith('landing.html')));
    }
  });

  it('loads the plugin under its namespace with the recommended config', async () => {
    const eslint = new ESLint({ cwd: project, overrideConfigFile: 'eslint.config.js' });
    const config = (await eslint.calculateConfigForFile(path.join(project, 'src', 'booking.jsx'))) as {
      plugins: Record<string, unknown>;
      rules: Record<string, unknown>;
    };
    expect(Object.keys(config.plugins)).toContain('phiguard');
    const ruleIds = Object.keys(config.rules).filter((id) => id.startsWith('phiguard/'));
    expect(ruleIds).toEqual(
      expect.arrayContaining([
        'phiguard/no-tracking-pixel',
        'phiguard/no-advanced-matching',
        'phiguard/no-health-event-names',
        'phiguard/no-health-event-properties',
      ]),
    );
  });
});
