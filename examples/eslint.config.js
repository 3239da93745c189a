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
  // public/*.html: static pages (an agency's landing page), read as phiguard-gtm reads Custom HTML.
  phiguard.configs.html,
  {
    name: 'examples/phiguard',
    settings: {
      phiguard: {
        // lib/gtm.js's trackEvent, imported by the pages: each call is the dataLayer.push it makes.
        // A path in `from` is resolved from ESLint's working directory (this one, for `pnpm demo`);
        // `path.join(import.meta.dirname, 'lib/gtm')` would not depend on it.
        trackingHelpers: [{ name: 'trackEvent', from: './lib/gtm', calls: 'dataLayer.push({ event: $1, ...$2 })' }],
      },
    },
  },
];
