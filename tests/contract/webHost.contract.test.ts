// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { createBackupStore } from '../../electron/node/backups/backupStore';
import { startWebHost } from '../../webhost/webHost';
import { launch } from '../../webhost/testSupport';
import { makeBrowserHarness } from './browserHarness';
import { runHostBridgeContract, type HostHarness } from './hostBridge.contract';
import { runBigFileContract } from './bigFiles.contract';

/**
 * The browser host as `npm run web` serves it: the page's backup and free-space calls go over
 * loopback HTTP, in the session its one-time address opened, to the REAL web host and the REAL
 * backup store on a temp folder. Only the browser (its Origin header and cookie jar, downloads,
 * dialogs) is played by the harness.
 */
async function makeWebHostHarness(): Promise<HostHarness> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'workbench-webhost-contract-'));
  const host = await startWebHost({
    port: 0,
    rootDir: root,
    readFile: (f) => fs.readFile(f),
    backups: createBackupStore({
      fs,
      dir: path.join(root, 'backups'),
      now: () => new Date(),
      sha256: (b) => createHash('sha256').update(b).digest('hex'),
    }),
    statfs: (d) => fs.statfs(d),
    storageDirs: [root],
  });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  const { cookie, csrf } = await launch(host);
  // A browser sends its page's Origin on every POST, and the session cookie; Node's fetch must be told to.
  const browserFetch: typeof fetch = (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), origin: host.origin, cookie },
    });
  const harness = await makeBrowserHarness({ webHost: { origin: host.origin, csrf, fetch: browserFetch } });
  return {
    ...harness,
    async dispose() {
      await harness.dispose();
      await host.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

runHostBridgeContract('browser host with the web host', makeWebHostHarness, {
  canDetectCancelledSave: false,
  hasBackupFolder: true,
  printsArchivePdf: false,
});

runBigFileContract('browser host with the web host', makeWebHostHarness, {
  movesFilesInPieces: false,
  hasBackupFolder: true,
});
