import path from 'node:path';
import { storageLevel } from '../../shared/core/storage/levels';
import type { StorageStatus } from '../../shared/core/bridge/schemas';

/** node:fs/promises statfs, injected. */
export interface StatFs {
  statfs(path: string): Promise<{ bsize: number; bavail: number; blocks: number }>;
}

const isMissing = (error: unknown) =>
  !!error && typeof error === 'object' && ['ENOENT', 'ENOTDIR'].includes(String((error as { code?: unknown }).code));

/**
 * statfs of `dir`, or of its nearest existing parent while it does not exist yet: on a fresh
 * install the backup folder appears only with the first backup, and statfs of a missing path
 * fails with ENOENT. The folder will be made on the parent's file system, so that is the one
 * whose free space counts.
 */
export async function statfsOrParent(statfs: StatFs['statfs'], dir: string): ReturnType<StatFs['statfs']> {
  let current = path.resolve(dir);
  for (;;) {
    try {
      return await statfs(current);
    } catch (error) {
      const parent = path.dirname(current);
      if (!isMissing(error) || parent === current) throw error;
      current = parent;
    }
  }
}

/**
 * Free space of the folders the app writes to (the browser profile holding IndexedDB, the backup
 * folder): the least free one decides, since either filling up can lose data.
 */
export async function storageStatus(deps: StatFs & { dirs: readonly string[] }): Promise<StorageStatus> {
  const stats = await Promise.all(deps.dirs.map((dir) => statfsOrParent(deps.statfs, dir)));
  const tightest = stats.reduce((a, b) => (a.bavail * a.bsize <= b.bavail * b.bsize ? a : b));
  const freeBytes = tightest.bavail * tightest.bsize;
  return { freeBytes, totalBytes: tightest.blocks * tightest.bsize, level: storageLevel(freeBytes) };
}
