import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { memoryHost } from '../../../tests/support/memoryHost';
import { freshDb } from '../../../tests/support/testDb';
import { hashPassword } from '../../../shared/core/auth/password';
import { getHost } from '../host';
import { SCHEMA_VERSION, WorkbenchDB } from './db';
import { listDatabasesEarly } from './databaseListing';
import { openDatabase } from './openDatabase';
import { declareSchemaVersions } from './schema/versions';

const host = () => getHost() as ReturnType<typeof memoryHost>;
/** The app's own database object, as getDb() makes it: the latest version declared, nothing else. */
const appDb = (name: string) => new WorkbenchDB(name, { autoOpen: false, schema: 'latest' });
const declaredVersions = (db: Dexie) => (db as unknown as { _versions: unknown[] })._versions.length;
const schemaOf = (db: Dexie) =>
  Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]));

/** A database left by the version 3 release: one account and one person sorted the v3 way. */
async function versionThreeDatabase(): Promise<string> {
  const name = `v3-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  declareSchemaVersions(old, 3);
  await old.table('staff').add({
    id: 's1',
    username: 'wangfang',
    displayName: '王芳',
    isAdmin: 1,
    isActive: 1,
    password: await hashPassword('Haicheng#2026'),
  });
  await old.table('people').add({
    id: 'p1',
    role: 'talent',
    name: '赵敏',
    sortKey: '赵敏|p1',
    terms: ['赵敏'],
    unitId: null,
    isActive: 1,
    isSample: 0,
  });
  old.close();
  return name;
}

describe("the app's database declared at its latest version only", () => {
  afterEach(() => {
    delete (globalThis as { workbenchEarly?: unknown }).workbenchEarly;
    vi.restoreAllMocks();
  });

  it('opens a database already at the latest version with every table and index the whole chain gives', async () => {
    freshDb({ signedIn: false });
    const name = `current-${crypto.randomUUID()}`;
    const chain = new WorkbenchDB(name);
    await chain.open();
    const password = await hashPassword('Haicheng#2026');
    await chain.staff.add({
      id: 's1',
      username: 'a',
      displayName: '甲',
      isAdmin: 1,
      isActive: 1,
      password,
      createdAt: '2026-12-06T08:00:00.000Z',
    });
    const expected = schemaOf(chain);
    chain.close();

    const db = appDb(name);
    await openDatabase(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(schemaOf(db)).toEqual(expected);
    expect(await db.staff.where('username').equals('a').count()).toBe(1);
    // What the first screen saves: Dexie re-parses every declared version for each one declared.
    expect(declaredVersions(db)).toBe(1);
    db.close();
  });

  it('still keeps a backup and runs every upgrade when the database on disk is older', async () => {
    freshDb({ signedIn: false });
    const name = await versionThreeDatabase();
    const db = appDb(name);
    await openDatabase(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.people.get('p1')).toMatchObject({ sortKey: '3|赵敏|p1' });
    expect(host().backups.map((b) => b.entry.meta)).toEqual([
      expect.objectContaining({ reason: 'before-upgrade', schemaVersion: 3 }),
    ]);
    db.close();
  });

  it('declares the whole chain when opened without openDatabase, so no upgrade is ever skipped', async () => {
    freshDb({ signedIn: false });
    const name = await versionThreeDatabase();
    const db = appDb(name);
    await db.open();
    expect(await db.people.get('p1')).toMatchObject({ sortKey: '3|赵敏|p1' });
    db.close();
  });

  it("takes the version from the page's early listing, and asks IndexedDB itself afterwards", async () => {
    freshDb({ signedIn: false });
    const name = await versionThreeDatabase();
    // The early script's answer says version 3; opening must then upgrade, as from the disk itself.
    const databases = vi.spyOn(indexedDB, 'databases');
    (globalThis as { workbenchEarly?: object }).workbenchEarly = {
      databases: Promise.resolve([{ name, version: 30 }]),
    };
    listDatabasesEarly();
    const db = appDb(name);
    await openDatabase(db);
    expect(databases).not.toHaveBeenCalled();
    expect(await db.people.get('p1')).toMatchObject({ sortKey: '3|赵敏|p1' });
    db.close();
    await openDatabase(appDb(name));
    expect(databases).toHaveBeenCalledTimes(1);
  });
});
