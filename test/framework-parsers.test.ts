// Vue single-file components and Svelte components, linted with the parsers their ecosystems use
// (vue-eslint-parser, svelte-eslint-parser, TypeScript inside both): the rules read the script and,
// in Svelte, the markup's expressions, as in a .ts file. README "Vue and Svelte files" shows the config.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from 'eslint-plugin-phiguard';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'framework-files');

const eslint = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  overrideConfig: [
    plugin.configs.recommended,
    { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser, sourceType: 'module' } } },
    { files: ['**/*.svelte'], languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } } },
  ],
});

async function findings(file: string): Promise<string[]> {
  const [result] = await eslint.lintText(readFileSync(path.join(dir, file), 'utf8'), { filePath: path.join(dir, file) });
  for (const m of result!.messages) expect(m.fatal, m.message).toBeFalsy();
  return result!.messages.map((m) => `${m.line} ${m.ruleId}`);
}

describe('Vue and Svelte components', () => {
  it('a Vue single-file component: its <script setup>, a route guard included', async () => {
    expect(await findings('Booking.vue')).toEqual(['5 phiguard/no-advanced-matching', '6 phiguard/no-health-event-names', '7 phiguard/no-health-page-triggers']);
  });

  it('a Svelte component: its script and the expressions of its markup', async () => {
    expect(await findings('Booking.svelte')).toEqual(['5 phiguard/no-advanced-matching', '6 phiguard/no-health-page-triggers', '10 phiguard/no-health-event-names']);
  });

  it('a component that sends no health data stays silent', async () => {
    expect(await findings('Clean.vue')).toEqual([]);
  });
});
