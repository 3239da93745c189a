import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the built dist is exercised by test/ end-to-end tests.
    alias: {
      '@phiguard/core': src('core'),
      '@phiguard/gtm': src('gtm'),
      'eslint-plugin-phiguard': src('eslint-plugin'),
    },
  },
  test: {
    include: ['packages/*/tests/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 30_000,
  },
});
