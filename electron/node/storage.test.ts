import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { storageStatus } from './storage';

describe('storageStatus', () => {
  it('reports the free space of the fullest folder the app writes to', async () => {
    const sizes: Record<string, number> = { '/profile': 5 * 1024 ** 3, '/backups': 300 * 1024 ** 2 };
    const status = await storageStatus({
      dirs: ['/profile', '/backups'],
      statfs: async (dir) => ({ bsize: 4096, bavail: sizes[dir] / 4096, blocks: (100 * 1024 ** 3) / 4096 }),
    });
    expect(status).toEqual({ freeBytes: 300 * 1024 ** 2, totalBytes: 100 * 1024 ** 3, level: 'low' });
  });

  it('reads a real folder with node:fs statfs', async () => {
    const status = await storageStatus({ dirs: [tmpdir()], statfs });
    expect(status.totalBytes).toBeGreaterThan(0);
    expect(status.freeBytes).toBeLessThanOrEqual(status.totalBytes);
  });
});
