import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// Every ESLint run and every phiguard-gtm start pays for what the plugin loads. The parsers core
// needs only for code inside strings, Custom HTML and Custom JavaScript variables load on first
// use, and the plugin takes RuleCreator from @typescript-eslint/utils' subpath, not its root
// (which brings typescript-eslint's scope manager).
const HEAVY = ['@babel/parser', 'htmlparser2', 'eslint-scope', '@typescript-eslint/scope-manager'];

function loadedAfter(script: string): string[] {
  const probe = `
    ${script}
    const { createRequire } = await import('node:module');
    const cache = Object.keys(createRequire(import.meta.url).cache).map((file) => file.replaceAll('\\\\', '/'));
    const heavy = ${JSON.stringify(HEAVY)};
    console.log(JSON.stringify(heavy.filter((name) => cache.some((file) => file.includes('/node_modules/' + name + '/')))));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })) as string[];
}

const plugin = JSON.stringify(fileURLToPath(new URL('../packages/eslint-plugin/dist/index.js', import.meta.url)));
const gtm = JSON.stringify(fileURLToPath(new URL('../packages/gtm/dist/index.js', import.meta.url)));

it('loading the plugin and linting a file without embedded code loads no parser', () => {
  const loaded = loadedAfter(`
    const { default: phiguard } = await import(${plugin});
    const { Linter } = await import('eslint');
    const messages = new Linter().verify("ttq.track('hiv_test_order')", [phiguard.configs.recommended]);
    if (messages.length !== 1) throw new Error('expected one finding');`);
  // ESLint itself loads eslint-scope (CommonJS); the plugin adds none of the others.
  expect(loaded.filter((name) => name !== 'eslint-scope')).toEqual([]);
});

// Also shows the probe sees what loads, so the empty lists above are not vacuous.
it('the parsers load when code inside a string needs them', () => {
  const loaded = loadedAfter(`
    const { default: phiguard } = await import(${plugin});
    const { Linter } = await import('eslint');
    const code = "el.innerHTML = '<script>ttq.identify({ email: user.email })</script>';";
    const messages = new Linter().verify(code, [phiguard.configs.recommended]);
    if (!messages.some((m) => m.ruleId === 'phiguard/no-advanced-matching')) throw new Error(JSON.stringify(messages));`);
  expect(loaded).toEqual(expect.arrayContaining(['@babel/parser', 'htmlparser2', 'eslint-scope']));
});

it('importing @phiguard/gtm loads no parser until a container needs one', () => {
  expect(loadedAfter(`await import(${gtm});`)).toEqual([]);
});
