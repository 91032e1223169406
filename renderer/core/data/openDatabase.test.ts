import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/core/errors';
import type { memoryHost } from '../../../tests/support/memoryHost';
import { freshDb, TEST_RESTORE } from '../../../tests/support/testDb';
import { hashPassword } from '../../../shared/core/auth/password';
import { getHost } from '../host';
import { restoreSnapshot } from '../backup/restore';
import { openAutoBackup } from '../backup/openAutoBackup';
import { SCHEMA_VERSION, WorkbenchDB } from './db';
import { openDatabase } from './openDatabase';
import { declareSchemaVersions } from './schema/versions';

const host = () => getHost() as ReturnType<typeof memoryHost>;
const at = new Date('2026-11-25T08:00:00.000Z');
const ADMIN_PASSWORD = hashPassword('Haicheng#2026');

/** A database left on disk by an older release: one account, two units, two people. */
async function oldDatabase(version: number): Promise<string> {
  const name = `old-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  declareSchemaVersions(old, version);
  await old.table('staff').add({
    id: 's1',
    username: 'wangfang',
    displayName: '王芳',
    isAdmin: 1,
    isActive: 1,
    password: await ADMIN_PASSWORD,
  });
  await old.table('units').bulkAdd([
    {
      id: 'u1',
      kind: 'town',
      name: '牛庄镇',
      sortKey: '00001|牛庄镇|u1',
      terms: ['牛庄'],
      parentId: null,
      isActive: 1,
      isSample: 0,
      nameHistory: [],
    },
    {
      id: 'u2',
      kind: 'member',
      name: '海城市教育局',
      sortKey: '00002|海城市教育局|u2',
      terms: ['教育'],
      parentId: null,
      isActive: 1,
      isSample: 0,
      nameHistory: [],
    },
  ]);
  await old.table('people').bulkAdd([
    {
      id: 'p1',
      role: 'talent',
      name: '赵敏',
      sortKey: '赵敏|p1',
      terms: ['赵敏'],
      unitId: null,
      isActive: 1,
      isSample: 0,
    },
    {
      id: 'p2',
      role: 'staff',
      name: '张伟',
      sortKey: '张伟|p2',
      terms: ['张伟'],
      unitId: null,
      isActive: 1,
      isSample: 0,
    },
  ]);
  old.close();
  return name;
}

/** Opens the database as it is on disk (dynamic mode: no upgrade) and reads its version and units. */
async function asOnDisk(name: string): Promise<{ version: number; units: number; people: unknown[] }> {
  const db = new Dexie(name);
  await db.open();
  const result = {
    version: db.verno,
    units: await db.table('units').count(),
    people: await db.table('people').toArray(),
  };
  db.close();
  return result;
}

/** The current schema plus one more version whose upgrade throws half-way (after changing rows). */
class BrokenUpgradeDB extends WorkbenchDB {
  constructor(name: string) {
    super(name, { autoOpen: false });
    this.version(SCHEMA_VERSION + 1)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('units').toCollection().modify({ name: 'half-upgraded' });
        throw new Error('upgrade bug');
      });
  }
}

describe('opening the database', () => {
  it('keeps a before-upgrade backup of a version 3 database, then upgrades it', async () => {
    freshDb({ signedIn: false });
    const name = await oldDatabase(3);
    const db = new WorkbenchDB(name, { autoOpen: false });
    host().now = () => at;
    await openDatabase(db);

    expect(host().backups.map((b) => b.entry.meta)).toEqual([
      expect.objectContaining({
        reason: 'before-upgrade',
        schemaVersion: 3,
        createdAt: at.toISOString(),
        counts: expect.objectContaining({ units: 2, people: 2, staff: 1 }),
      }),
    ]);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.people.get('p1')).toMatchObject({ sortKey: '3|赵敏|p1' });
    db.close();
  });

  it('keeps a backup that restores the old data, brought up to the current version', async () => {
    freshDb({ signedIn: false });
    const name = await oldDatabase(3);
    await openDatabase(new WorkbenchDB(name, { autoOpen: false }));
    const [kept] = host().backups;
    const live = freshDb({ signedIn: false });
    const payload = await openAutoBackup(kept.bytes, { username: 'wangfang', password: 'Haicheng#2026' });
    await restoreSnapshot(live, payload, TEST_RESTORE);
    expect(await live.units.count()).toBe(2);
    expect((await live.people.get('p2'))?.sortKey).toBe('0|张伟|p2');
  });

  it('does not upgrade when the backup cannot be written, and says why', async () => {
    freshDb({ signedIn: false });
    const name = await oldDatabase(3);
    vi.spyOn(host(), 'writeBackup').mockRejectedValue(new AppError('disk-full'));
    const db = new WorkbenchDB(name, { autoOpen: false });
    const error = await openDatabase(db).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'upgrade-backup-failed', params: { from: 3, to: SCHEMA_VERSION } });
    expect((error as AppError).cause).toMatchObject({ code: 'disk-full' });
    expect(db.isOpen()).toBe(false);
    expect(await asOnDisk(name)).toMatchObject({ version: 3, units: 2 });
  });

  it('leaves a database as it was when the next upgrade throws half-way, with the backup kept', async () => {
    freshDb({ signedIn: false });
    const name = await oldDatabase(SCHEMA_VERSION);
    const error = await openDatabase(new BrokenUpgradeDB(name), SCHEMA_VERSION + 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'upgrade-failed', params: { from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1 } });
    expect(host().backups.map((b) => b.entry.meta.reason)).toEqual(['before-upgrade']);

    // The current code opens the untouched data, without an upgrade and so without another backup.
    const onDisk = await asOnDisk(name);
    expect(onDisk).toMatchObject({ version: SCHEMA_VERSION, units: 2 });
    const current = new WorkbenchDB(name, { autoOpen: false });
    await openDatabase(current);
    expect((await current.units.toArray()).map((u) => u.name).sort()).toEqual(['海城市教育局', '牛庄镇'].sort());
    expect(host().backups).toHaveLength(1);
    current.close();
  });

  it('upgrades a database without any account without keeping a backup of nothing', async () => {
    freshDb({ signedIn: false });
    const name = `empty-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareSchemaVersions(old, 2);
    await old.open();
    old.close();
    const db = new WorkbenchDB(name, { autoOpen: false });
    await openDatabase(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(host().backups).toEqual([]);
    db.close();
  });

  it('opens a current database and a new install without any backup', async () => {
    freshDb({ signedIn: false });
    const name = await oldDatabase(SCHEMA_VERSION);
    await openDatabase(new WorkbenchDB(name, { autoOpen: false }));
    const fresh = new WorkbenchDB(`new-${crypto.randomUUID()}`, { autoOpen: false });
    await openDatabase(fresh);
    expect(fresh.verno).toBe(SCHEMA_VERSION);
    expect(host().backups).toEqual([]);
  });

  it("does not let the first query open the app's database behind the guard", async () => {
    const db = new WorkbenchDB(`guarded-${crypto.randomUUID()}`, { autoOpen: false });
    await expect(db.units.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });
});
