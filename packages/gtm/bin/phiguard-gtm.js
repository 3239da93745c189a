#!/usr/bin/env node
// The `phiguard-gtm` command. A committed shim rather than dist/cli.js itself, so package managers
// can link the bin in a fresh checkout before the first build.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write('phiguard-gtm: not built yet; run `npx --yes pnpm@10 run build` in the phiguard repository first.\n');
  process.exitCode = 2;
}
