import { mkdir, mkdtemp, rm, statfs } from 'node:fs/promises';
import path from 'node:path';
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

describe('storageStatus on a fresh install', () => {
  it('reads the free space where the backup folder will be made while it does not exist yet', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'workbench-fresh-'));
    try {
      // app.getPath('userData') exists once Chromium started; `${userData}-backups` only after a backup.
      const profile = path.join(root, 'profile');
      await mkdir(profile);
      const dirs = [profile, `${profile}-backups`];
      await expect(statfs(dirs[1])).rejects.toMatchObject({ code: 'ENOENT' });
      const status = await storageStatus({ dirs, statfs });
      expect(status.totalBytes).toBeGreaterThan(0);
      expect(status).toEqual(await storageStatus({ dirs: [root], statfs }));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('still fails for what a missing folder does not explain', async () => {
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    await expect(
      storageStatus({
        dirs: ['/profile'],
        statfs: async () => {
          throw denied;
        },
      }),
    ).rejects.toBe(denied);
  });
});
