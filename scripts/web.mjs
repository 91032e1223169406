// `npm run web`: builds the renderer and serves it from the web host (webhost/) on 127.0.0.1 only:
// the browser host in the page, the desktop app's own backup store and free-space services for the
// one browser that opens the one-time address printed here. WORKBENCH_BACKUP_DIR moves the backup
// folder; WORKBENCH_ADDRESS_FILE (the end-to-end tests) also gets each address, readable by this
// account only.
import { build } from 'vite';
import { build as bundle } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const port = Number(process.env.PORT ?? 5173);
const root = path.resolve(import.meta.dirname, '..');
const addressFile = process.env.WORKBENCH_ADDRESS_FILE;
// An address from an earlier run must never be mistaken for this run's.
if (addressFile) rmSync(addressFile, { force: true });

if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
const entry = path.join(root, '.cache/webHost.mjs');
await bundle({
  entryPoints: [path.join(root, 'webhost/start.ts')],
  outfile: entry,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { startFromEnv } = await import(pathToFileURL(entry).href);
const host = await startFromEnv({ port, rootDir: path.join(root, 'dist/renderer') });

function printAddress() {
  const address = host.newLaunchUrl();
  console.log(`\n  ${address}\n`);
  if (addressFile) {
    mkdirSync(path.dirname(addressFile), { recursive: true });
    writeFileSync(`${addressFile}.tmp`, `${address}\n`, { mode: 0o600 });
    renameSync(`${addressFile}.tmp`, addressFile);
  }
}

console.log('Talent Office Workbench — browser host (not the desktop app). Open this address in your browser;');
console.log('it works once, for one browser (no other program on this PC can use the app or its backups):');
printAddress();
console.log('Press Enter here for a new one-time address (another browser, or after closing this one).');
console.log(`Records are kept in the browser's profile; automatic backups, encrypted, in ${host.backupDir}`);

createInterface({ input: process.stdin }).on('line', printAddress);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void host.close().then(() => process.exit(0)));
}
