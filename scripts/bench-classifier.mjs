#!/usr/bin/env node
// Throughput of the health-term classifier: strings per second, cold (memo bypassed: every string
// is unique) and memoized (the same strings again), plus module load and first-compile time.
//   node scripts/bench-classifier.mjs [--no-build] [--seconds 2]
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const secIdx = argv.indexOf('--seconds');
const seconds = secIdx >= 0 ? Number(argv[secIdx + 1]) : 1.5;
if (!argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/core'], { cwd: root, stdio: 'inherit' });
}

const distUrl = pathToFileURL(join(root, 'packages/core/dist/health/index.js')).href;
// Cold start, measured in fresh processes (median of 5): module import, then the first
// createClassifier() + classify(), which compiles the default lexicon.
const probe = `const {performance:p}=await import('node:perf_hooks');const t0=p.now();const m=await import(${JSON.stringify(distUrl)});const t1=p.now();const c=m.createClassifier();const t2=p.now();c.classify('warm up');const t3=p.now();console.log(JSON.stringify([t1-t0,t3-t2,t2-t1]));`;
const colds = [];
for (let i = 0; i < 5; i++) {
  colds.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim()));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tImport = median(colds.map((c) => c[0]));
const tCompile = median(colds.map((c) => c[1]));
const tCreate = median(colds.map((c) => c[2]));
const mod = await import(distUrl);
const classifier = mod.createClassifier();
classifier.classify('warm up');
const t2 = performance.now();
mod.createClassifier({ minTier: 2, healthContext: true });
const tSecond = performance.now() - t2;

// Corpus: the eval strings plus synthetic variants so that "cold" strings are all distinct.
let base = [];
try {
  base = readFileSync(join(root, '../shared/lexicon/eval.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0]);
} catch {
  base = ['Paid: Weekly Therapy', 'add_to_cart', '/services/knee-replacement?utm_source=x', 'booked_dermatology_appointment'];
}
const avgLen = base.reduce((s, x) => s + x.length, 0) / base.length;

function run(label, makeInput, cl) {
  let n = 0;
  let i = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < 200; k++) {
      cl.classify(makeInput(i++));
      n++;
    }
  }
  const rate = n / seconds;
  console.log(`${label.padEnd(34)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} strings/s`);
  return rate;
}

console.log(`module import:                     ${tImport.toFixed(1)} ms (dist/health/index.js, fresh process, median of 5; the default lexicon is compiled lazily)`);
console.log(`first createClassifier():           ${tCreate.toFixed(2)} ms (lazy: nothing is compiled until something is classified)`);
console.log(`first classify():                  ${tCompile.toFixed(1)} ms (compiles the default lexicon once per process; median of 5)`);
console.log(`createClassifier, other options:   ${tSecond.toFixed(2)} ms (reuses the compiled lexicon)`);
console.log(`corpus: ${base.length} eval strings, mean length ${avgLen.toFixed(1)} chars\n`);
run('cold (unique strings, no memo hit)', (i) => `${base[i % base.length]}_${i}`, mod.createClassifier({ allowTerms: ['__bench_cold__'] }));
run('memoized (repeated strings)', (i) => base[i % base.length], classifier);
const long = 'Paid: Weekly Therapy /services/knee-replacement?q=mental%20health add_to_cart '.repeat(13000);
const tl = performance.now();
classifier.classify(long);
const tLong = performance.now() - tl;
console.log(`\n1 MB string (${(long.length / 1e6).toFixed(2)} M chars): ${tLong.toFixed(0)} ms`);
