// `npm run web`: builds the renderer and serves it from the web host (webhost/) on 127.0.0.1 only:
// the browser host in the page, the desktop app's own backup store and free-space services behind
// a per-run token. WORKBENCH_BACKUP_DIR moves the backup folder.
import { build } from 'vite';
import { build as bundle } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const port = Number(process.env.PORT ?? 5173);
const root = path.resolve(import.meta.dirname, '..');

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

console.log(`Talent Office Workbench — browser host (not the desktop app) at ${host.origin}/`);
console.log(`Records are kept in this browser's profile; automatic backups in ${host.backupDir}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void host.close().then(() => process.exit(0)));
}
