/**
 * How full the disk is, defined once: below `lowBytes` free the app warns on every screen; below
 * `criticalBytes` it refuses new writes with a clear message rather than risk a half-written
 * database (a full disk has been seen to leave Chromium's IndexedDB empty after a restart).
 */
export type StorageLevel = 'ok' | 'low' | 'critical';

export const STORAGE_THRESHOLDS = { lowBytes: 1024 ** 3, criticalBytes: 200 * 1024 ** 2 } as const;

export function storageLevel(
  freeBytes: number,
  thresholds: { lowBytes: number; criticalBytes: number } = STORAGE_THRESHOLDS,
): StorageLevel {
  if (freeBytes < thresholds.criticalBytes) return 'critical';
  if (freeBytes < thresholds.lowBytes) return 'low';
  return 'ok';
}
