// ESLint over a folder of fixture files, configured as the README tells a user to: typescript-eslint's
// parser for TypeScript, JSX on everywhere, and phiguard's recommended config.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from 'eslint-plugin-phiguard';

export function siteLinter(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.recommended,
    ],
  });
}
