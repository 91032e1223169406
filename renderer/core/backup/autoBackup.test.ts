import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { getHost } from '../host';
import { staffRepo } from '../data/staffRepo';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { autoBackup, findNewestGoodBackup, restoreNewestAutoBackup } from './autoBackup';
import { settingsRepo } from '../data/settingsRepo';
import { setSession } from '../data/session';
import { vi } from 'vitest';
import type { WorkbenchDB } from '../data/db';
import type { memoryHost } from '../../../tests/support/memoryHost';

/** An automatic backup made when the host's clock reads `at` (the host dates backups, not the page). */
async function backupAt(reason: 'idle' | 'quit', at: string) {
  (getHost() as ReturnType<typeof memoryHost>).now = () => new Date(at);
  return autoBackup(reason);
}

const WANG = { username: 'wangfang', password: 'Haicheng#2026' };
/** The start-up guard: the backup it shows, restored with an account's username and password. */
async function guardRestore(credentials = WANG) {
  const { good } = await findNewestGoodBackup();
  if (!good) throw new Error('no good backup');
  return restoreNewestAutoBackup(good, credentials);
}

async function wipe(db: WorkbenchDB) {
  // What a full disk and a restart have been seen to leave: an empty database.
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
}

describe('automatic backups and the start-up guard', () => {
  it('brings back the data of the newest automatic backup when the database opens empty', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await backupAt('idle', '2026-11-24T08:00:00Z');
    await unitsRepo.create(aUnit({ name: '海城市财政局' }));
    await backupAt('idle', '2026-11-25T08:00:00Z');
    await wipe(db);

    const restored = await guardRestore();
    expect(restored).toMatchObject({ createdAt: '2026-11-25T08:00:00.000Z' });
    expect((await db.units.toArray()).map((u) => u.name).sort()).toEqual(['海城市教育局', '海城市财政局'].sort());
    expect(await db.staff.count()).toBe(1);
  });

  it('skips a damaged newest backup for the next good one', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await backupAt('idle', '2026-11-24T08:00:00Z');
    await backupAt('idle', '2026-11-25T08:00:00Z');
    const host = getHost() as ReturnType<typeof memoryHost>;
    const newest = (await host.listBackups())[0];
    host.readBackup = async ({ path }) => {
      if (path === newest.path) throw new Error('checksum');
      return host.backups.find((b) => b.entry.path === path)!.bytes;
    };
    await wipe(db);
    expect(await guardRestore()).toMatchObject({ createdAt: '2026-11-24T08:00:00.000Z' });
    expect(await db.units.count()).toBe(1);
  });

  it('never replaces a database that holds accounts', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await autoBackup('idle');
    await expect(guardRestore()).rejects.toMatchObject({ code: 'validation' });
  });

  it('offers the backup written last, even when the clock had been set back before it was made', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await backupAt('idle', '2026-12-20T08:00:00Z');
    await unitsRepo.create(aUnit({ name: '海城市财政局' }));
    // The PC's clock is put back a month before the next backup.
    await backupAt('idle', '2026-11-20T08:00:00Z');
    await wipe(db);
    expect(await guardRestore()).toMatchObject({ createdAt: '2026-11-20T08:00:00.000Z' });
    expect(await db.units.count()).toBe(2);
  });

  it('keeps every automatic backup encrypted: no record text, account or password hash in the file', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await autoBackup('idle');
    const [{ bytes }] = (getHost() as ReturnType<typeof memoryHost>).backups;
    const text = new TextDecoder('latin1').decode(bytes);
    const hash = (await db.staff.toArray())[0].password.hash;
    expect(text.startsWith('TOWB')).toBe(true);
    for (const word of ['海城市教育局', 'wangfang', '王芳', hash, 'tables/units.json'])
      expect(text.includes(word) || new TextDecoder().decode(bytes).includes(word), word).toBe(false);
  });

  it('restores only with the username and password of an account of the backup, and leaves the database empty otherwise', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await autoBackup('idle');
    await wipe(db);
    for (const credentials of [
      { username: 'wangfang', password: 'not-the-password' },
      { username: 'someone', password: 'Haicheng#2026' },
    ])
      await expect(guardRestore(credentials)).rejects.toMatchObject({ code: 'backup-wrong-password' });
    expect(await db.units.count()).toBe(0);
    expect(await db.staff.count()).toBe(0);
    await guardRestore({ username: 'WangFang', password: 'Haicheng#2026' });
    expect(await db.units.count()).toBe(1);
    const [entry] = await db.audit.where('entity').equals('backup').toArray();
    expect(entry).toMatchObject({ action: 'restore', actorName: '王芳' });
  });

  it('opens with the password of any account of its time: one the administrator created later too', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await staffRepo.create({ username: 'lili', displayName: '李丽', password: 'Lili#2026!' });
    await autoBackup('idle');
    await wipe(db);
    await guardRestore({ username: 'lili', password: 'Lili#2026!' });
    expect(await db.staff.count()).toBe(2);
  });

  it('sends no date and no rotation with a backup: the host keeps the policy Settings saved', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    const write = vi.spyOn(getHost(), 'writeBackup');
    await autoBackup('idle');
    expect(Object.keys(write.mock.calls[0][0]).sort()).toEqual(['bytes', 'meta']);
    expect(Object.keys(write.mock.calls[0][0].meta).sort()).toEqual(['counts', 'reason', 'schemaVersion', 'sha256']);
    await settingsRepo.saveBackupRetention({ keepLast: 3, keepDaily: 30 });
    expect(await getHost().backupPolicy({})).toEqual({ retention: { keepLast: 3, keepDaily: 30 }, stored: true });
  });

  it('hands the N and M an older release kept in Settings to the host once, before the first backup', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await db.settings.put({ key: 'backupRetention', value: { keepLast: 40, keepDaily: 90 } });
    await autoBackup('idle');
    expect(await getHost().backupPolicy({})).toEqual({ retention: { keepLast: 40, keepDaily: 90 }, stored: true });
    // From then on the host's own policy stands.
    await getHost().backupPolicy({ retention: { keepLast: 5, keepDaily: 5 } });
    await autoBackup('idle');
    expect((await getHost().backupPolicy({})).retention).toEqual({ keepLast: 5, keepDaily: 5 });
  });

  it('keeps no automatic backup of a database without accounts, which would hide the good ones', async () => {
    freshDb({ signedIn: false });
    expect(await autoBackup('quit')).toEqual({ status: 'empty' });
    expect(await getHost().listBackups()).toEqual([]);
  });

  it('says how many backups it found and how many were damaged when none verifies', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await autoBackup('idle');
    await autoBackup('quit');
    const host = getHost() as ReturnType<typeof memoryHost>;
    host.readBackup = async () => {
      throw new Error('checksum');
    };
    expect(await findNewestGoodBackup()).toEqual({ good: null, found: 2, damaged: 2 });
  });
});

describe('backup retention in Settings', () => {
  it('keeps the last 10 and one a day for 14 days until an administrator changes it', async () => {
    freshDb();
    expect(await settingsRepo.backupRetention()).toEqual({ keepLast: 10, keepDaily: 14 });
    await settingsRepo.saveBackupRetention({ keepLast: 20, keepDaily: 0 });
    expect(await settingsRepo.backupRetention()).toEqual({ keepLast: 20, keepDaily: 0 });
  });

  it.each([
    ['no backup kept at all', { keepLast: 0, keepDaily: 14 }, 'keepLast'],
    ['a fraction of a day', { keepLast: 10, keepDaily: 1.5 }, 'keepDaily'],
    ['more than a year of days', { keepLast: 10, keepDaily: 400 }, 'keepDaily'],
  ])('refuses %s and keeps the values it had', async (_name, value, field) => {
    freshDb();
    await settingsRepo.saveBackupRetention({ keepLast: 5, keepDaily: 7 });
    await expect(settingsRepo.saveBackupRetention(value)).rejects.toMatchObject({
      code: 'validation',
      params: { field },
    });
    expect(await settingsRepo.backupRetention()).toEqual({ keepLast: 5, keepDaily: 7 });
  });

  it('lets only an administrator change it', async () => {
    freshDb();
    setSession({ staffId: 'staff-2', username: 'li', displayName: '李强', isAdmin: false });
    await expect(settingsRepo.saveBackupRetention({ keepLast: 1, keepDaily: 0 })).rejects.toMatchObject({
      code: 'admin-only',
    });
  });
});
