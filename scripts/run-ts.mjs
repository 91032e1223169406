// Runs a TypeScript entry point in Node: bundles it with esbuild (dependencies stay external) into
// .cache/ and imports it. Usage: node scripts/run-ts.mjs scripts/docsSamples.ts -- args…
import { build } from 'esbuild';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
const outfile = resolve('.cache', `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
