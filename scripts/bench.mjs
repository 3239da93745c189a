#!/usr/bin/env node
// `pnpm bench`: how much lint time eslint-plugin-phiguard adds on a large, real health-domain
// web codebase that contains no ad trackers, next to eslint-plugin-security in the same run.
//
// The codebase is not downloaded here. Point PHIGUARD_BENCH_DIR at a checkout (default:
// ../.cache/bench/openmrs-esm-patient-chart next to this repository); if it is missing, this
// prints how to get it and exits with 2. Method and results: docs/benchmarks.md.
//
// Environment:
//   PHIGUARD_BENCH_DIR     checkout to lint (default: see DEFAULT_DIR)
//   PHIGUARD_BENCH_SUBDIR  lint only this folder inside it (default: the whole checkout)
//   PHIGUARD_BENCH_RUNS    timed runs after one warm-up run (default 3); the median run is reported
//   PHIGUARD_BENCH_JSON    also write the numbers as JSON to this file
//   PHIGUARD_BENCH_MODE    `normal` (default) or `full-analysis`: append a comment naming a tracker
//                          global (`// dataLayer`) to every file, so that phiguard's cheap text
//                          pre-check passes and its full AST analysis runs on every real file
//                          (worst case; a false-positive hunt on real health code)
//
// Exit code: 0 when the benchmark ran (whatever the numbers), 1 when ESLint failed or files did
// not parse, 2 when the codebase is missing.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import security from 'eslint-plugin-security';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The benchmark codebase: OpenMRS 3.x patient chart (React/TypeScript EHR front end, no ad trackers). */
const CODEBASE = {
  name: 'openmrs/openmrs-esm-patient-chart',
  url: 'https://github.com/openmrs/openmrs-esm-patient-chart.git',
  commit: 'c86f342bb0183c2ae81fa929f8f4eb9f696b3a57',
};
const DEFAULT_DIR = path.resolve(root, '..', '.cache', 'bench', 'openmrs-esm-patient-chart');
/** An `import … from '…'` (not a type-only one): the names it binds and the module, as the pre-check reads them. */
const IMPORT_CLAUSE = /^\s*import\s+(?!type\b)([^;'"]{0,500}?)\s*from\s*['"]([^'"\n]{1,200})['"]/gmu;

/** Targets from the tracker (issue 2, item 6). */
const TARGET_MAX_SHARE = 0.02;
const TARGET_MIN_RATIO = 5;

/** Appends a comment naming a tracker global: every file then passes phiguard's text pre-check. The
 * comment goes last so that line numbers of findings stay those of the real file. */
const TRIGGER_PROCESSOR = {
  meta: { name: 'phiguard-bench/full-analysis' },
  preprocess: (text) => [`${text}\n// dataLayer\n`],
  postprocess: (messages) => messages.flat(),
  supportsAutofix: false,
};

const PHIGUARD = 'phiguard/';
const SECURITY = 'security/';

function usageMissing(dir) {
  console.error(`phiguard bench: no codebase at ${dir}`);
  console.error('Get it once (about 900 JS/TS files), outside this repository:');
  console.error(`  git clone ${CODEBASE.url} ${dir}`);
  console.error(`  git -C ${dir} checkout ${CODEBASE.commit}`);
  console.error('then run `npx --yes pnpm@10 bench` again, or set PHIGUARD_BENCH_DIR to an existing checkout.');
}

function gitHead(dir) {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const ms = (n) => `${n.toFixed(0)} ms`;
const pct = (n) => `${(n * 100).toFixed(2)} %`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Sums the `stats` ESLint attaches to each result (`stats: true`). */
function summarize(results) {
  const rules = new Map();
  let parse = 0;
  let total = 0;
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      total += pass.total ?? 0;
      for (const [id, t] of Object.entries(pass.rules ?? {})) rules.set(id, (rules.get(id) ?? 0) + t.total);
    }
  }
  const sumWhere = (prefix) => [...rules].filter(([id]) => id.startsWith(prefix)).reduce((s, [, t]) => s + t, 0);
  return { parse, total, rules, phiguard: sumWhere(PHIGUARD), security: sumWhere(SECURITY) };
}

async function main() {
  const dir = path.resolve(process.env.PHIGUARD_BENCH_DIR ?? DEFAULT_DIR);
  if (!existsSync(dir)) {
    usageMissing(dir);
    return 2;
  }
  const pluginEntry = path.join(root, 'packages', 'eslint-plugin', 'dist', 'index.js');
  if (!existsSync(pluginEntry)) {
    console.error('phiguard bench: the plugin is not built; run `npx --yes pnpm@10 run build` first (`pnpm bench` does).');
    return 1;
  }
  const { default: phiguard } = await import('eslint-plugin-phiguard');
  const subdir = process.env.PHIGUARD_BENCH_SUBDIR ?? '.';
  const mode = process.env.PHIGUARD_BENCH_MODE ?? 'normal';
  if (mode !== 'normal' && mode !== 'full-analysis') {
    console.error(`phiguard bench: PHIGUARD_BENCH_MODE must be normal or full-analysis, not ${mode}`);
    return 2;
  }
  const { mightTrack, namesTracking } = await import('../packages/core/dist/index.js');
  const runs = Math.max(1, Number.parseInt(process.env.PHIGUARD_BENCH_RUNS ?? '3', 10) || 3);

  const config = [
    // Generated and vendored code, as the codebase's own eslint.config.mjs ignores it (`.yarn/**` holds
    // the 2.9 MB minified Yarn release; see docs/benchmarks.md for what phiguard does on it).
    { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '.yarn/**', '**/*.min.js', '**/*.d.ts'] },
    {
      files: ['**/*.{js,jsx,mjs,cjs}'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
    ...(mode === 'full-analysis' ? [{ files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], processor: TRIGGER_PROCESSOR }] : []),
    phiguard.configs.recommended,
    security.configs.recommended,
  ];
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true, // ignore the codebase's own eslint.config.*
    overrideConfig: config,
    stats: true,
    warnIgnored: false,
  });

  const head = gitHead(dir);
  console.log(`phiguard bench: ${CODEBASE.name} at ${head ?? '(not a git checkout)'}${head && head !== CODEBASE.commit ? ` (documented commit: ${CODEBASE.commit})` : ''}`);
  console.log(`  dir ${dir}${subdir === '.' ? '' : `, subfolder ${subdir}`}; ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ESLint ${ESLint.version}`);
  console.log(`  mode: ${mode}${mode === 'full-analysis' ? ' (every file forced through the full analysis)' : ''}`);
  console.log(`  phiguard ${phiguard.meta?.version ?? '?'} recommended (${Object.keys(phiguard.configs.recommended.rules).length} rules) + eslint-plugin-security ${security.meta?.version ?? '?'} recommended (${Object.keys(security.configs.recommended.rules).length} rules); 1 warm-up + ${runs} timed runs`);

  let lastResults = [];
  const timed = [];
  for (let i = 0; i <= runs; i += 1) {
    const start = performance.now();
    const results = await eslint.lintFiles([subdir]);
    const wall = performance.now() - start;
    lastResults = results;
    if (i === 0) {
      console.log(`  warm-up: ${results.length} files in ${ms(wall)}`);
      continue;
    }
    const s = summarize(results);
    timed.push({ wall, ...s });
    console.log(
      `  run ${i}: wall ${ms(wall)}, lint total ${ms(s.total)}, parse ${ms(s.parse)}, phiguard rules ${s.phiguard.toFixed(1)} ms, security rules ${s.security.toFixed(1)} ms`,
    );
  }

  const fatal = lastResults.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${path.relative(dir, r.filePath)}:${m.line}: ${m.message}`));
  const phiguardFindings = lastResults.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId?.startsWith(PHIGUARD))
      .map((m) => ({ file: path.relative(dir, r.filePath), line: m.line, column: m.column, ruleId: m.ruleId, message: m.message })),
  );
  const securityFindings = lastResults.reduce((n, r) => n + r.messages.filter((m) => m.ruleId?.startsWith(SECURITY)).length, 0);
  let lines = 0;
  let analyzed = 0;
  // Files that name no tracker but import a module or a name said for tracking (`@/lib/analytics`,
  // `useTracking`): the pre-check lets them through to be read for the calls they make through it.
  let throughImports = 0;
  for (const r of lastResults) {
    const text = readFileSync(r.filePath, 'utf8');
    lines += text.split('\n').length;
    if (mode === 'full-analysis' || mightTrack(text)) analyzed += 1;
    else if ([...text.matchAll(IMPORT_CLAUSE)].some((m) => namesTracking(m[2]) || m[1].split(/[^\w$]+/u).some((name) => name && namesTracking(name)))) throughImports += 1;
  }

  // The median run by lint total; its per-rule numbers are reported.
  const byTotal = [...timed].sort((a, b) => a.total - b.total);
  const med = byTotal[Math.floor(byTotal.length / 2)];
  const share = med.total > 0 ? med.phiguard / med.total : 0;
  const ratio = med.phiguard > 0 ? med.security / med.phiguard : Number.POSITIVE_INFINITY;
  const topRules = [...med.rules].sort((a, b) => b[1] - a[1]);

  console.log('');
  console.log(
    `Files linted: ${lastResults.length} (${lines.toLocaleString('en-US')} lines); ${analyzed} went through phiguard's full analysis` +
      (mode === 'full-analysis' ? ' (forced)' : `, ${throughImports} more were read for an import named for tracking, ${lastResults.length - analyzed - throughImports} stopped at its text pre-check`),
  );
  console.log(`Median run: wall ${ms(median(timed.map((t) => t.wall)))}, lint total ${ms(med.total)}, parse ${ms(med.parse)} (${pct(med.parse / med.total)})`);
  console.log('Rule times (median run):');
  for (const [id, t] of topRules) console.log(`  ${id.padEnd(48)} ${t.toFixed(1).padStart(9)} ms  ${pct(t / med.total).padStart(8)}`);
  console.log('');
  console.log(`phiguard (all rules):            ${med.phiguard.toFixed(1)} ms = ${pct(share)} of lint time   (target ≤ ${pct(TARGET_MAX_SHARE)}: ${share <= TARGET_MAX_SHARE ? 'met' : 'NOT met'})`);
  console.log(`eslint-plugin-security (all):    ${med.security.toFixed(1)} ms = ${pct(med.security / med.total)} of lint time`);
  console.log(`security / phiguard:             ${ratio.toFixed(1)}×   (target ≥ ${TARGET_MIN_RATIO}×: ${ratio >= TARGET_MIN_RATIO ? 'met' : 'NOT met'})`);
  console.log(`phiguard findings:               ${phiguardFindings.length}   (target 0: ${phiguardFindings.length === 0 ? 'met' : 'NOT met'})`);
  for (const f of phiguardFindings) console.log(`  ${f.file}:${f.line}:${f.column}  ${f.ruleId}  ${f.message}`);
  console.log(`eslint-plugin-security findings: ${securityFindings} (for reference; not phiguard's concern)`);

  if (process.env.PHIGUARD_BENCH_JSON) {
    writeFileSync(
      process.env.PHIGUARD_BENCH_JSON,
      `${JSON.stringify(
        {
          codebase: { ...CODEBASE, head, dir, subdir },
          mode,
          analyzedFiles: analyzed,
          machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, eslint: ESLint.version },
          files: lastResults.length,
          lines,
          runs: timed.map(({ rules, ...t }) => ({ ...t, rules: Object.fromEntries(rules) })),
          median: { total: med.total, parse: med.parse, phiguard: med.phiguard, security: med.security, share, ratio },
          phiguardFindings,
          securityFindings,
        },
        null,
        2,
      )}\n`,
    );
  }

  if (fatal.length > 0) {
    console.error(`phiguard bench: ${fatal.length} file(s) did not parse:`);
    for (const f of fatal.slice(0, 20)) console.error(`  ${f}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('phiguard bench: ESLint failed:');
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
