import { readFileSync } from 'node:fs';
import { VENDORS } from '@phiguard/core';
import { expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { renderVendorDocs } from '../scripts/vendor-docs.mjs';

it('docs/vendors.md matches the vendor registry (regenerate with `node scripts/vendor-docs.mjs`)', () => {
  const committed = readFileSync(new URL('../docs/vendors.md', import.meta.url), 'utf8');
  expect(committed).toBe(renderVendorDocs(VENDORS));
});
