import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { getHost } from '../../host';
import { staffRepo } from '../repos/staffRepo';
import { unitsRepo } from '../repos/unitsRepo';
import { autoBackup, restoreNewestAutoBackup } from './autoBackup';
import type { WorkbenchDB } from '../db';
import type { memoryHost } from '../../../tests/support/memoryHost';

async function wipe(db: WorkbenchDB) {
  // What a full disk and a restart have been seen to leave: an empty database.
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
}

describe('automatic backups and the start-up guard', () => {
  it('brings back the data of the newest automatic backup when the database opens empty', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await autoBackup('idle', new Date('2026-11-24T08:00:00Z'));
    await unitsRepo.create(aUnit({ name: '海城市财政局' }));
    await autoBackup('idle', new Date('2026-11-25T08:00:00Z'));
    await wipe(db);

    const restored = await restoreNewestAutoBackup();
    expect(restored).toMatchObject({ createdAt: '2026-11-25T08:00:00.000Z' });
    expect((await db.units.toArray()).map((u) => u.name).sort()).toEqual(['海城市教育局', '海城市财政局'].sort());
    expect(await db.staff.count()).toBe(1);
  });

  it('skips a damaged newest backup for the next good one', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await autoBackup('idle', new Date('2026-11-24T08:00:00Z'));
    await autoBackup('idle', new Date('2026-11-25T08:00:00Z'));
    const host = getHost() as ReturnType<typeof memoryHost>;
    const newest = (await host.listBackups())[0];
    host.readBackup = async ({ path }) => {
      if (path === newest.path) throw new Error('checksum');
      return host.backups.find((b) => b.entry.path === path)!.bytes;
    };
    await wipe(db);
    expect(await restoreNewestAutoBackup()).toMatchObject({ createdAt: '2026-11-24T08:00:00.000Z' });
    expect(await db.units.count()).toBe(1);
  });

  it('never replaces a database that holds accounts', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await autoBackup('idle');
    await expect(restoreNewestAutoBackup()).rejects.toMatchObject({ code: 'validation' });
  });
});
