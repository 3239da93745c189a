import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// eslint-plugin-phiguard depends on @typescript-eslint/utils, whose `typescript` peer a plain
// JavaScript project may not have: the built plugin must load and lint without it.
it('the built plugin works in a project without TypeScript', () => {
  const hook = fileURLToPath(new URL('./fixtures/no-typescript/hide-typescript.cjs', import.meta.url));
  const plugin = fileURLToPath(new URL('../packages/eslint-plugin/dist/index.js', import.meta.url));
  const script = `
    const { default: phiguard } = await import(${JSON.stringify(plugin)});
    const { Linter } = await import('eslint');
    let typescriptHidden = false;
    try { (await import('node:module')).createRequire(import.meta.url)('typescript'); } catch { typescriptHidden = true; }
    const messages = new Linter().verify("ttq.track('hiv_test_order')", [phiguard.configs.recommended]);
    console.log(JSON.stringify({ typescriptHidden, rules: messages.map((m) => m.ruleId) }));`;
  const out = execFileSync(process.execPath, ['-r', hook, '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual({ typescriptHidden: true, rules: ['phiguard/no-health-event-names'] });
});
