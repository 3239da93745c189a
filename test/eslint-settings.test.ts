// `settings.phiguard` is the README's place for options shared by every rule. ESLint validates
// rule options against their schemas but not settings, so the plugin checks them: a typo or a wrong
// type stops the run with the reason (as `phiguard-gtm` does for its config), never a crash with a
// stack trace and never a silently ignored option (blind tests adv26a #16, adv26b #1).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../packages/eslint-plugin/src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lint = (phiguard: unknown) => new Linter().verify("ttq.track('hiv_test_order')", [plugin.configs.recommended, { settings: { phiguard } }]);

describe('settings.phiguard', () => {
  it.each([
    [{ allowTerms: 'psychiatry' }, 'allowTerms must be an array of strings'],
    [{ extraTerms: 'x' }, 'extraTerms must be an array of { term, category }'],
    [{ extraTerms: [{ term: 'ivf', category: 'fertility' }] }, 'extraTerms[0].category must be one of mental_health'],
    // Before, a misspelt match or key was dropped silently, and the term matched as a token (docs tester, session 47).
    [{ extraTerms: [{ term: 'glow', category: 'procedure', match: 'exact' }] }, 'extraTerms[0].match must be one of phrase, token, substr, abbr, abbr_cs'],
    [{ extraTerms: [{ term: 'glow', category: 'procedure', mtach: 'phrase' }] }, 'extraTerms[0]: unknown key "mtach" (keys: term, category, tier, match)'],
    [{ allowVendors: 'meta' }, 'allowVendors must be an array of vendor ids'],
    [{ allowVendors: ['facebook'] }, 'allowVendors: unknown vendor "facebook" (vendors: tiktok, meta'],
    [{ minTier: 5 }, 'minTier must be 1, 2 or 3'],
    [{ healthContext: 'yes' }, 'healthContext must be true or false'],
    [{ minTeir: 1 }, 'unknown option "minTeir" (options: allowVendors, extraTerms, allowTerms, minTier, healthContext, trackingHelpers)'],
    [['meta'], 'it must be an object'],
  ])('rejects %j: %s', (settings, reason) => {
    expect(() => lint(settings)).toThrow(`phiguard: invalid settings.phiguard in the ESLint config: ${reason}`);
  });

  it('accepts every option, and an empty object', () => {
    expect(lint({})).toHaveLength(1);
    expect(lint({ allowVendors: ['meta'], allowTerms: ['dental'], extraTerms: [{ term: 'glow clinic', category: 'care_context', tier: 3, match: 'phrase' }], minTier: 2, healthContext: true })).toHaveLength(1);
    expect(lint({ allowVendors: ['tiktok'] })).toEqual([]);
  });

  it('makes the ESLint CLI exit 2 with the reason and no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'phiguard-settings-'));
    try {
      const pluginUrl = pathToFileURL(path.join(root, 'packages/eslint-plugin/dist/index.js')).href;
      writeFileSync(path.join(dir, 'eslint.config.mjs'), `import phiguard from ${JSON.stringify(pluginUrl)};\nexport default [phiguard.configs.recommended, { settings: { phiguard: { allowTerms: 'psychiatry' } } }];\n`);
      writeFileSync(path.join(dir, 'a.js'), "ttq.track('hiv_test_order');\n");
      const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
      const run = promisify(execFile)(process.execPath, [eslintBin, 'a.js'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
      const error = (await run.then(() => undefined, (e: unknown) => e)) as { code: number; stderr: string; stdout: string } | undefined;
      expect(error?.code).toBe(2);
      const output = `${error!.stdout}${error!.stderr}`;
      expect(output).toContain('phiguard: invalid settings.phiguard in the ESLint config: allowTerms must be an array of strings');
      expect(output).not.toMatch(/^\s+at /mu);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
