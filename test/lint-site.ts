// ESLint over a folder of fixture files, configured as the README tells a user to: typescript-eslint's
// parser for TypeScript, JSX on everywhere, and phiguard's recommended config; with `pages`, also
// vue-eslint-parser and svelte-eslint-parser for components and `configs.html` for pages and templates;
// with `settings`, those shared settings (`{ phiguard: { trackingHelpers } }`).
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from 'eslint-plugin-phiguard';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';

export function siteLinter(cwd: string, { pages = false, settings }: { pages?: boolean; settings?: Record<string, unknown> } = {}): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      ...(pages
        ? [
            { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } },
            { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } },
          ]
        : []),
      plugin.configs.recommended,
      ...(pages ? [plugin.configs.html] : []),
      ...(settings ? [{ settings }] : []),
    ],
  });
}
