import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/health/index.js';

// Labelled check sets written for the classifier (see docs/health-classifier.md, "Measured
// quality"): they were blind when first run and now guard against regressions.
const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const classifier = createClassifier();

describe.each(readdirSync(dir).filter((f) => f.endsWith('.tsv')))('%s', (file) => {
  const rows = readFileSync(dir + file, 'utf8')
    .replace(/\r/g, '')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const [string = '', label] of rows) {
    const predicted = classifier.classify(string).length > 0;
    if (predicted && label === 'health') tp++;
    else if (predicted) (fp++, errors.push(`FP ${string}`));
    else if (label === 'health') (fn++, errors.push(`FN ${string}`));
  }
  it(`precision ≥ 0.95 (computed ${(tp / (tp + fp)).toFixed(3)})`, () => expect(tp / (tp + fp), errors.join('\n')).toBeGreaterThanOrEqual(0.95));
  it(`recall ≥ 0.93 (computed ${(tp / (tp + fn)).toFixed(3)})`, () => expect(tp / (tp + fn), errors.join('\n')).toBeGreaterThanOrEqual(0.93));
});
