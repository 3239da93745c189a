// Lint config for the bundled example site, written the way a user of the plugin would write it.
// `pnpm demo` (scripts/demo.mjs) and test/examples.test.ts both lint examples/ with this file.
import tsParser from '@typescript-eslint/parser';
import phiguard from 'eslint-plugin-phiguard';

export default [
  {
    name: 'examples/files',
    files: ['**/*.{js,jsx,mjs,cjs}'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    name: 'examples/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser },
  },
  phiguard.configs.recommended,
];
