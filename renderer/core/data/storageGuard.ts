import { AppError } from '../../../shared/core/errors';
import type { StorageLevel } from '../../../shared/core/storage/levels';

/**
 * The last free-space level the host reported. Below the critical threshold every repository
 * write is refused before it starts, with a clear message: better no write than a database a
 * full disk corrupts.
 */
let level: StorageLevel = 'ok';

export function setStorageLevel(next: StorageLevel): void {
  level = next;
}

export function assertWritable(): void {
  if (level === 'critical') throw new AppError('storage-full', { reason: 'critical' });
}
