#!/usr/bin/env node
// `pnpm demo`: lint the bundled example site (examples/) with eslint-plugin-phiguard's
// recommended and html configs, print ESLint's stylish report and a one-line summary.
//
// The root `demo` script runs `pnpm run build` first; this file builds nothing itself.
// Exit code: 0 when the lint ran (finding problems is the point of the demo),
// 1 when ESLint itself failed (bad config, crashed rule, a file that does not parse).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.join(root, 'examples');
const configFile = path.join(examplesDir, 'eslint.config.js');
const pluginEntry = path.join(root, 'packages', 'eslint-plugin', 'dist', 'index.js');

async function main() {
  if (!existsSync(pluginEntry)) {
    console.error(`phiguard demo: ${path.relative(root, pluginEntry)} is missing; run \`npx --yes pnpm@10 run build\` first (\`pnpm demo\` does).`);
    return 1;
  }

  const eslint = new ESLint({ cwd: examplesDir, overrideConfigFile: configFile });
  const results = await eslint.lintFiles(['.']);

  const formatter = await eslint.loadFormatter('stylish');
  const report = await formatter.format(results, {
    cwd: examplesDir,
    rulesMeta: eslint.getRulesMetaForResults(results),
  });
  if (report) process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);

  const perRule = new Map();
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fatal += result.fatalErrorCount;
    for (const message of result.messages) {
      const id = message.ruleId ?? '(parse error)';
      perRule.set(id, (perRule.get(id) ?? 0) + 1);
    }
  }
  const filesWithProblems = results.filter((r) => r.messages.length > 0).length;
  const breakdown = [...perRule].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `${id} ${n}`).join(', ');
  console.log(
    `phiguard demo: ${errors + warnings} problems (${errors} errors, ${warnings} warnings) in ${filesWithProblems} of ${results.length} files under examples/` +
      (breakdown ? ` — ${breakdown}` : '') +
      '. The example site leaks on purpose; see examples/README.md.',
  );

  if (fatal > 0) {
    console.error(`phiguard demo: ${fatal} file(s) could not be parsed; the example site is broken.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('phiguard demo: ESLint failed:');
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
