import fs from 'node:fs/promises';
import os from 'node:os';
import { createHash } from 'node:crypto';
import { createBackupStore } from '../electron/node/backups/backupStore';
import { webHostPaths } from './config';
import { startWebHost, type WebHost } from './webHost';

/**
 * Starts the web host for `npm run web` with the real services: the backup store (atomic writes,
 * checksums, rotation, private file modes) in the backup folder, free space by node:fs statfs.
 */
export async function startFromEnv({
  port,
  rootDir,
}: {
  port: number;
  rootDir: string;
}): Promise<WebHost & { backupDir: string }> {
  const { backupDir, storageDirs } = webHostPaths(process.env, os.homedir());
  // statfs needs the folder to exist before the first backup creates it; only this account may enter it.
  await fs.mkdir(backupDir, { recursive: true, mode: 0o700 });
  const host = await startWebHost({
    port,
    rootDir,
    readFile: (file) => fs.readFile(file),
    backups: createBackupStore({
      fs,
      dir: backupDir,
      now: () => new Date(),
      sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
      freeBytes: async (dir) => {
        const stat = await fs.statfs(dir);
        return stat.bavail * stat.bsize;
      },
    }),
    statfs: (dir) => fs.statfs(dir),
    storageDirs,
    log: (event, context) => console.warn(event, JSON.stringify(context)),
  });
  return { ...host, backupDir };
}
