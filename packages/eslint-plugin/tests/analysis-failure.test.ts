import { Linter } from 'eslint';
import { expect, it, vi } from 'vitest';

// Simulates a bug in the analyzer: the lint run must go on and say once that the file was not fully analyzed.
vi.mock('@phiguard/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@phiguard/core')>()),
  collectFacts: () => {
    throw new Error('boom');
  },
}));

it('reports an internal failure once per file instead of crashing the run', async () => {
  const { default: plugin } = await import('../src/index.js');
  const messages = new Linter().verify("ttq.track('hiv_test_order')", [plugin.configs.all]);
  expect(messages).toEqual([
    expect.objectContaining({ line: 1, column: 1, message: expect.stringContaining('analysis of this file failed (boom)') }),
  ]);
});

it('files it under no-tracking-pixel when that rule runs, wherever the config lists it', async () => {
  const { default: plugin } = await import('../src/index.js');
  const rules = { 'phiguard/no-health-event-names': 'error', 'phiguard/no-tracking-pixel': 'error' } as const;
  const messages = new Linter().verify("ttq.track('hiv_test_order')", [{ plugins: { phiguard: plugin }, rules }]);
  expect(messages.map((m) => m.ruleId)).toEqual(['phiguard/no-tracking-pixel']);
});
