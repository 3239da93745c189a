// Placeholder until the lexicon classifier lands (owned by the classifier work in this folder).
import type { HealthClassifier, HealthMatch, HealthOptions } from './types.js';

export type * from './types.js';

const TERMS: Array<[string, HealthMatch['category'], HealthMatch['tier']]> = [
  ['therapy', 'mental_health', 1],
  ['dermatology', 'specialty', 2],
  ['psychiatry', 'mental_health', 1],
  ['oncology', 'specialty', 2],
  ['hiv', 'hiv_sti', 1],
];

export function createClassifier(_options: HealthOptions = {}): HealthClassifier {
  return {
    classify(text: string): HealthMatch[] {
      const out: HealthMatch[] = [];
      const lower = text.toLowerCase();
      for (const [term, category, tier] of TERMS) {
        const start = lower.indexOf(term);
        if (start >= 0) out.push({ term, text: text.slice(start, start + term.length), category, tier, facet: 'condition', match: 'token', lang: 'en', start, end: start + term.length });
      }
      return out;
    },
  };
}
