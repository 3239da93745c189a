import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { evalFile as file, hasShared } from '../../../../test/shared.js';
import { createClassifier } from '../../src/health/index.js';

// The labelled evaluation set beside the repository (`../shared/lexicon/eval.tsv`, columns string,
// label, category, tier, note): the numbers docs/health-classifier.md gives, as a regression gate.
it.skipIf(!hasShared(file))('keeps precision ≥ 0.98 and recall ≥ 0.95 on shared/lexicon/eval.tsv, with the category of every detected health string', () => {
  const classifier = createClassifier();
  const rows = readFileSync(file, 'utf8').replace(/\r/g, '').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sameCategory = 0;
  for (const [text, label, category] of rows) {
    const matches = classifier.classify(text!);
    const health = label === 'health';
    if (matches.length && health) tp++;
    else if (matches.length) fp++;
    else if (health) fn++;
    if (health && matches.some((m) => m.category === category)) sameCategory++;
  }
  expect(rows.length).toBeGreaterThan(400);
  expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.98);
  expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
  expect(sameCategory / tp).toBeGreaterThanOrEqual(0.95);
});
