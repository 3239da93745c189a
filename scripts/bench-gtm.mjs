#!/usr/bin/env node
/**
 * pnpm bench:gtm — phiguard-gtm analysis time relative to JSON.parse of the same text, in one process,
 * on the real containers in ../shared/corpus/gtm and on generated large ones (5,000 tags), plus the
 * memory used to analyse a ~50 MB container (in a child process, as a multiple of the file size).
 *
 * Targets (tracker issue 3): analysis ≤ 3× JSON.parse; memory for a 50 MB container < 10× its size.
 * Times are steady-state medians after a warm-up (every corpus container, then each text; see
 * `measure`); the machine and Node version are printed with them.
 * Run after `pnpm build` (the script imports the built package). `PHIGUARD_BENCH_GTM_DIR=<folder>`
 * also measures every export in that folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus', 'gtm');
const dist = join(root, 'packages', 'gtm', 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('bench-gtm: build first (pnpm build)');
  process.exit(2);
}
const { analyzeContainer } = await import(dist);
const { resolveSettings, extractHtml, replaceMacros } = await import(join(root, 'packages', 'core', 'dist', 'index.js'));
const { BABEL_OPTIONS } = await import(join(root, 'packages', 'core', 'dist', 'js', 'analyze.js'));

// ─── the memory child: analyse one file, report peak RSS ───
if (process.argv[2] === '--memory') {
  const file = process.argv[3];
  const before = process.memoryUsage();
  const text = readFileSync(file, 'utf8');
  const settings = resolveSettings({});
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = analyzeContainer(text, { filePath: file, settings });
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ bytes: statSync(file).size, rssStart: before.rss, baseline, peak, ms, messages: result.messages.length }));
  process.exit(0);
}

const settings = resolveSettings({});

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const clock = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/**
 * Steady-state cost of `JSON.parse` and of the analysis of one text. Both are warmed up first (at
 * least 5 runs and 300 ms, so the JIT has compiled the parser and the analyzer's hot paths), then
 * timed in alternation, so that a slow phase of the machine (this VM shares its CPUs) hits both
 * alike. Medians of each are reported.
 */
function measure(label, text) {
  const runs = text.length > 5e6 ? 5 : text.length > 1e6 ? 9 : 21;
  let result;
  const analyze = () => {
    result = analyzeContainer(text, { settings });
  };
  const parse = () => JSON.parse(text);
  for (let n = 0, spent = 0; n < 5 || spent < 300; n++) spent += clock(parse) + clock(analyze);
  const parseTimes = [];
  const analyzeTimes = [];
  for (let i = 0; i < runs; i++) {
    parseTimes.push(clock(parse));
    analyzeTimes.push(clock(analyze));
  }
  const p = median(parseTimes);
  const a = median(analyzeTimes);
  return { label, mb: text.length / 1e6, tags: result.tags.length, findings: result.messages.length, parse: p, analyze: a, ratio: a / p };
}

/**
 * A large container made from the real ones: tags, triggers and variables of every corpus file,
 * copied with new ids and names, and with their text varied (ids, event names) so that no cache
 * sees the same Custom HTML twice.
 */
function generate(tagCount) {
  const sources = readdirSync(corpus).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')).containerVersion);
  const web = sources.filter((cv) => !(cv.container?.usageContext ?? []).includes('SERVER'));
  const tags = web.flatMap((cv) => cv.tag ?? []);
  const triggers = web.flatMap((cv) => cv.trigger ?? []);
  const variables = web.flatMap((cv) => cv.variable ?? []);
  const templates = web.flatMap((cv) => cv.customTemplate ?? []);
  const userVariables = new Set(variables.map((v) => v.name));
  const builtIns = new Map(web.flatMap((cv) => cv.builtInVariable ?? []).map((b) => [b.name, b]));
  const out = { tag: [], trigger: [], variable: [], customTemplate: templates, builtInVariable: [...builtIns.values()] };
  const copies = Math.ceil(tagCount / tags.length);
  for (let c = 0; c < copies; c++) {
    const suffix = `_${c}`;
    // User variables are copied with the suffix; built-ins ({{Page Path}}) keep their names.
    const vary = (s) =>
      typeof s === 'string' ? s.replace(/\{\{([^{}]+)\}\}/g, (m, name) => (userVariables.has(name) ? `{{${name}${suffix}}}` : m)).replace(/'(\w+)'/g, `'$1${suffix}'`) : s;
    const rewrite = (p) => ({ ...p, ...(p.value !== undefined ? { value: vary(p.value) } : {}), ...(p.list ? { list: p.list.map(rewrite) } : {}), ...(p.map ? { map: p.map.map(rewrite) } : {}) });
    for (const t of triggers) out.trigger.push({ ...t, triggerId: `${t.triggerId}${c}`, name: `${t.name}${suffix}`, ...(t.filter ? { filter: t.filter.map((f) => ({ ...f, parameter: f.parameter.map(rewrite) })) } : {}) });
    for (const v of variables) out.variable.push({ ...v, variableId: `${v.variableId}${c}`, name: `${v.name}${suffix}`, parameter: (v.parameter ?? []).map(rewrite) });
    for (const t of tags) {
      if (out.tag.length >= tagCount) break;
      out.tag.push({
        ...t,
        tagId: `${t.tagId}${c}`,
        name: `${t.name}${suffix}`,
        parameter: (t.parameter ?? []).map(rewrite),
        firingTriggerId: (t.firingTriggerId ?? []).map((id) => (id.startsWith('21474795') ? id : `${id}${c}`)),
      });
    }
  }
  return JSON.stringify({ exportFormatVersion: 2, exportTime: '2026-01-01 00:00:00', containerVersion: { container: { publicId: 'GTM-BENCH', usageContext: ['WEB'] }, ...out } }, null, 4);
}

console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`);
const rows = [];
/** The same export without its Custom HTML tags: what parsing their JavaScript (core's detectors) costs. */
function withoutCustomHtml(text) {
  const json = JSON.parse(text);
  if (json.containerVersion?.tag) json.containerVersion.tag = json.containerVersion.tag.filter((t) => t.type !== 'html');
  return JSON.stringify(json, null, 4);
}

const corpusTexts = readdirSync(corpus)
  .filter((x) => x.endsWith('.json'))
  .sort()
  .map((f) => [f, readFileSync(join(corpus, f), 'utf8')]);
// One process analyses every container: the JIT compiles the analyzer on all of them first, so the
// first container measured is not charged with warming up code the others share (JSON.parse is
// native and needs no warm-up).
for (let n = 0, spent = 0; n < 5 || spent < 1000; n++) for (const [, text] of corpusTexts) spent += clock(() => analyzeContainer(text, { settings }));
for (const [f, text] of corpusTexts) rows.push(measure(f, text));
const large = generate(5000);
rows.push(measure('generated: 5,000 tags', large));
rows.push(measure('generated, Custom HTML tags removed', withoutCustomHtml(large)));
// The same container minified: one 34 MB line (exports re-saved by tools often are).
rows.push(measure('generated, minified (one line)', JSON.stringify(JSON.parse(large))));

const pad = (s, n) => String(s).padEnd(n);
const num = (x, d = 1) => x.toFixed(d).padStart(8);
console.log(`${pad('container', 52)}${pad('MB', 7)}${pad('tags', 6)}${pad('found', 7)}${'JSON.parse ms'.padStart(14)}${'phiguard ms'.padStart(13)}${'ratio'.padStart(8)}`);
for (const r of rows) console.log(`${pad(r.label, 52)}${pad(r.mb.toFixed(2), 7)}${pad(r.tags, 6)}${pad(r.findings, 7)}${num(r.parse, 2).padStart(14)}${num(r.analyze).padStart(13)}${num(r.ratio, 2)}`);
const corpusRows = rows.slice(0, -3);
const totalLine = (label, from) => {
  const sum = (k) => from.reduce((n, r) => n + r[k], 0);
  console.log(`${pad(label, 52)}${pad('', 20)}${num(sum('parse'), 2).padStart(14)}${num(sum('analyze')).padStart(13)}${num(sum('analyze') / sum('parse'), 2)}`);
};
totalLine('corpus total', corpusRows);
totalLine('corpus total, Custom HTML tags removed', corpusTexts.map(([f, text]) => measure(f, withoutCustomHtml(text))));
floorLine();
ownContainers(process.env.PHIGUARD_BENCH_GTM_DIR);

/**
 * `PHIGUARD_BENCH_GTM_DIR=<folder>`: the same measure on every export in a folder of your own (a
 * byte order mark is left out of both sides, as `JSON.parse` rejects it); a file that is not valid
 * JSON is named and skipped.
 */
function ownContainers(dir) {
  if (!dir) return;
  const own = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/u, '');
    try {
      JSON.parse(text);
    } catch {
      console.log(`${pad(f, 52)}skipped: not valid JSON`);
      continue;
    }
    own.push(measure(f, text));
  }
  if (own.length === 0) return;
  console.log(`\n${dir}:`);
  for (const r of own) console.log(`${pad(r.label, 52)}${pad(r.mb.toFixed(2), 7)}${pad(r.tags, 6)}${pad(r.findings, 7)}${num(r.parse, 2).padStart(14)}${num(r.analyze).padStart(13)}${num(r.ratio, 2)}`);
  totalLine(`total (median ratio ${median(own.map((r) => r.ratio)).toFixed(2)}; ${own.filter((r) => r.ratio <= 3).length} of ${own.length} at 3× or under)`, own);
}

/**
 * The floor no analysis of these containers can go under: `JSON.parse` of each text plus
 * `@babel/parser` (core's options) on the JavaScript the analysis must read, the classic scripts of
 * Custom HTML tags and the code of Custom JavaScript variables, with nothing done with either.
 */
function floorLine() {
  const babel = createRequire(join(root, 'packages', 'core', 'package.json'))('@babel/parser');
  const code = corpusTexts.flatMap(([, text]) => {
    const cv = JSON.parse(text).containerVersion ?? {};
    const value = (params, key) => (params ?? []).find((p) => p.key === key)?.value;
    const blank = (s) => replaceMacros(s).text;
    const scripts = (cv.tag ?? []).filter((t) => t.type === 'html' && value(t.parameter, 'html')).flatMap((t) => extractHtml(blank(value(t.parameter, 'html'))).scripts.map((x) => x.code));
    const jsm = (cv.variable ?? []).filter((v) => v.type === 'jsm' && value(v.parameter, 'javascript')).map((v) => `(${blank(value(v.parameter, 'javascript'))})`);
    return [...scripts, ...jsm];
  });
  const parseAll = () => {
    for (const [, text] of corpusTexts) JSON.parse(text);
  };
  const babelAll = () => {
    for (const c of code) babel.parse(c, BABEL_OPTIONS);
  };
  for (let n = 0, spent = 0; n < 5 || spent < 300; n++) spent += clock(parseAll) + clock(babelAll);
  const p = [];
  const b = [];
  for (let i = 0; i < 21; i++) {
    p.push(clock(parseAll));
    b.push(clock(babelAll));
  }
  const kb = code.reduce((n, c) => n + c.length, 0) / 1000;
  const floor = median(p) + median(b);
  console.log(`${pad(`floor: JSON.parse + Babel on ${code.length} scripts (${kb.toFixed(0)} KB)`, 52)}${pad('', 20)}${num(median(p), 2).padStart(14)}${num(floor).padStart(13)}${num(floor / median(p), 2)}`);
}

// ─── memory: a ~50 MB container in a child process ───
// Tags scale the file roughly linearly: size the 50 MB container from the 5,000-tag one.
const bigTags = Math.round((5000 * 50e6) / large.length);
let big = generate(bigTags);
const bigFile = join(tmpdir(), `phiguard-bench-${process.pid}.json`);
writeFileSync(bigFile, big);
big = undefined;
const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory', bigFile], { encoding: 'utf8', maxBuffer: 1e7 });
if (child.status !== 0) {
  console.error(child.stderr);
  process.exit(1);
}
const m = JSON.parse(child.stdout);
const mb = (x) => (x / 1e6).toFixed(0);
console.log(
  `\nmemory: ${mb(m.bytes)} MB container (${bigTags.toLocaleString('en')} tags), analysed in ${(m.ms / 1000).toFixed(1)} s: ` +
    `peak RSS ${mb(m.peak)} MB = ${(m.peak / m.bytes).toFixed(1)}× the file (process at start ${mb(m.rssStart)} MB; ` +
    `growth over the start ${((m.peak - m.rssStart) / m.bytes).toFixed(1)}× the file)`,
);

// ─── start-up: what a pre-commit hook or a CI step pays before the first report ───
// Fresh processes: Node alone, then Node + importing @phiguard/gtm + analysing the hand-made
// healthcare fixture (the first analysis compiles the health lexicon and loads Babel). Medians of 7.
{
  const fixture = join(root, 'packages', 'gtm', 'tests', 'fixtures', 'healthcare-web.json');
  const wall = (args) => {
    const times = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
      times.push(performance.now() - t0);
      if (run.status !== 0) {
        console.error(run.stderr);
        process.exit(1);
      }
    }
    return median(times);
  };
  const bare = wall(['-e', '0']);
  const first = wall([
    '--input-type=module',
    '-e',
    `const { analyzeContainer } = await import(${JSON.stringify(dist)});
     const { readFileSync } = await import('node:fs');
     if (!analyzeContainer(readFileSync(${JSON.stringify(fixture)}, 'utf8')).messages.length) process.exit(1);`,
  ]);
  console.log(`start-up: Node alone ${bare.toFixed(0)} ms; Node + import + first analysis of the healthcare fixture ${first.toFixed(0)} ms (phiguard's share ${(first - bare).toFixed(0)} ms)`);
}
