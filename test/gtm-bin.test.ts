import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// The README's command: `npx phiguard-gtm packages/gtm/tests/fixtures/healthcare-web.json` in a fresh checkout.
it('the install links the phiguard-gtm command, and it reports the bundled clinic container', () => {
  const bin = `${root}node_modules/.bin/phiguard-gtm`;
  expect(existsSync(bin)).toBe(true);
  const run = spawnSync(bin, ['packages/gtm/tests/fixtures/healthcare-web.json'], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/u);
  expect(run.stdout).toContain('no-health-page-triggers');
});
