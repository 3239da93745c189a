#!/usr/bin/env node
// Precision / recall of the health-term classifier on ../shared/lexicon/eval.tsv (or a TSV given as
// the first argument, same columns: string, label, category, tier, note).
//   node scripts/eval-lexicon.mjs [file.tsv] [--no-build] [--options '{"minTier":2}'] [--json]
// Builds @phiguard/core first (tsc -b packages/core) unless --no-build is given.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const optIdx = argv.indexOf('--options');
const options = optIdx >= 0 ? JSON.parse(argv[optIdx + 1]) : {};
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--options');
const file = resolve(positional[0] ?? join(root, '../shared/lexicon/eval.tsv'));
if (!existsSync(file)) {
  console.error(`eval file not found: ${file}`);
  process.exit(2);
}
if (!flag('--no-build')) {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/core'], { cwd: root, stdio: 'inherit' });
}
const { createClassifier } = await import(pathToFileURL(join(root, 'packages/core/dist/health/index.js')).href);
const classifier = createClassifier(options);

const lines = readFileSync(file, 'utf8').replace(/\r/g, '').split('\n').filter(Boolean);
lines.shift();
const rows = lines.map((l) => {
  const [string, label, category, tier, note] = l.split('\t');
  return { string, label, category, tier: tier ? Number(tier) : null, note };
});

let tp = 0, fp = 0, fn = 0, tn = 0, catHit = 0, tierHit = 0;
const perCat = new Map(); // expected category -> {n, detected, catMatch}
const predCat = new Map(); // predicted primary category -> {n, correct}
const misses = [], falsePositives = [], categoryMismatches = [];
for (const r of rows) {
  const matches = classifier.classify(r.string);
  const predicted = matches.length > 0;
  const truth = r.label === 'health';
  const primary = matches[0];
  if (predicted) {
    const pc = predCat.get(primary.category) ?? { n: 0, correct: 0 };
    pc.n++;
    if (truth) pc.correct++;
    predCat.set(primary.category, pc);
  }
  if (truth) {
    const c = perCat.get(r.category) ?? { n: 0, detected: 0, catMatch: 0 };
    c.n++;
    if (predicted) {
      c.detected++;
      if (matches.some((m) => m.category === r.category)) { c.catMatch++; catHit++; } else categoryMismatches.push([r, matches]);
      if (primary.tier === r.tier) tierHit++;
    }
    perCat.set(r.category, c);
  }
  if (predicted && truth) tp++;
  else if (predicted && !truth) { fp++; falsePositives.push([r, matches]); }
  else if (!predicted && truth) { fn++; misses.push(r); }
  else tn++;
}
const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
const f1 = (2 * precision * recall) / (precision + recall || 1);
const fmt = (x) => x.toFixed(3);
const describe = (ms) => ms.map((m) => `"${m.text}"→${m.term} (${m.category}, t${m.tier}, ${m.match})`).join('; ');

if (flag('--json')) {
  console.log(JSON.stringify({ file, n: rows.length, tp, fp, fn, tn, precision, recall, f1 }));
  process.exit(0);
}
console.log(`eval: ${file} (${rows.length} strings: ${tp + fn} health, ${fp + tn} not)`);
console.log(`options: ${JSON.stringify(options)}`);
console.log(`\noverall  precision ${fmt(precision)}  recall ${fmt(recall)}  F1 ${fmt(f1)}   (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
console.log(`category agreement on detected health strings: ${fmt(catHit / (tp || 1))}; primary tier = expected tier: ${fmt(tierHit / (tp || 1))}`);
console.log('\nper expected category (health rows): recall = detected / n; category = a match has the expected category');
console.log('  category          n   recall  category');
for (const [cat, c] of [...perCat.entries()].sort()) {
  console.log(`  ${cat.padEnd(16)} ${String(c.n).padStart(3)}   ${fmt(c.detected / c.n)}   ${fmt(c.catMatch / (c.detected || 1))}`);
}
console.log('\nper predicted category (category of the most sensitive match): precision = health / flagged');
console.log('  category          flagged  precision');
for (const [cat, c] of [...predCat.entries()].sort()) {
  console.log(`  ${cat.padEnd(16)} ${String(c.n).padStart(7)}   ${fmt(c.correct / c.n)}`);
}
console.log(`\nmisses (health strings not flagged): ${misses.length}`);
for (const r of misses) console.log(`  - ${r.string}   [${r.category}, tier ${r.tier}]`);
console.log(`\nfalse positives (not-health strings flagged): ${falsePositives.length}`);
for (const [r, ms] of falsePositives) console.log(`  - ${r.string}   ${describe(ms)}`);
if (flag('--verbose')) {
  console.log(`\ncategory mismatches: ${categoryMismatches.length}`);
  for (const [r, ms] of categoryMismatches) console.log(`  - ${r.string} [expected ${r.category}]  ${describe(ms)}`);
}
