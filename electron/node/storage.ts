import { storageLevel } from '../../shared/core/storage/levels';
import type { StorageStatus } from '../../shared/core/bridge/schemas';

/** node:fs/promises statfs, injected. */
export interface StatFs {
  statfs(path: string): Promise<{ bsize: number; bavail: number; blocks: number }>;
}

/**
 * Free space of the folders the app writes to (the browser profile holding IndexedDB, the backup
 * folder): the least free one decides, since either filling up can lose data.
 */
export async function storageStatus(deps: StatFs & { dirs: readonly string[] }): Promise<StorageStatus> {
  const stats = await Promise.all(deps.dirs.map((dir) => deps.statfs(dir)));
  const tightest = stats.reduce((a, b) => (a.bavail * a.bsize <= b.bavail * b.bsize ? a : b));
  const freeBytes = tightest.bavail * tightest.bsize;
  return { freeBytes, totalBytes: tightest.blocks * tightest.bsize, level: storageLevel(freeBytes) };
}
