import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareSchemaVersions, storesAt } from '../data/schema/versions';
import { decryptBackup, encryptBackup } from '../../../shared/core/backup/format';
import { noticeFixture } from '../../../tests/support/documentFixtures';
import { freshDb, TEST_RESTORE } from '../../../tests/support/testDb';
import type { WorkbenchDB } from '../data/db';
import { documentsRepo } from '../data/documentsRepo';
import { sampleRepo } from '../data/sampleRepo';
import { restoreSnapshot } from './restore';
import { exportSnapshot } from './snapshot';

/** Per table: row count and a hash of the rows' content in key order (of the audit log, its first `auditRows`). */
async function contentHashes(db: WorkbenchDB, auditRows = Infinity): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()).slice(0, table.name === 'audit' ? auditRows : Infinity);
    const normalised = await Promise.all(
      rows.map(async (r: Record<string, unknown>) =>
        r.blob instanceof Blob ? { ...r, blob: [...new Uint8Array(await r.blob.arrayBuffer())] } : r,
      ),
    );
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(normalised)));
    out[table.name] = `${rows.length}:${Buffer.from(digest).toString('hex').slice(0, 16)}`;
  }
  return out;
}

async function fill(db: WorkbenchDB): Promise<void> {
  await sampleRepo.load({ unitCount: 90, peopleCount: 150, now: new Date('2026-11-25T00:00:00Z') });
  await documentsRepo.issue({
    kind: 'notice',
    series: { prefix: '海人才发', style: 'docNumber' },
    sourceId: 'test',
    build: (n) => ({ ...noticeFixture, number: n.label }),
  });
  await db.attachments.add({
    id: 'a1',
    ownerType: 'documents',
    ownerId: 'd1',
    name: '证明材料.pdf',
    size: 7,
    mimeType: 'application/pdf',
    addedAt: '2026-11-25T00:00:00.000Z',
    addedBy: '王管理',
    isSample: 0,
    blob: new Blob([new Uint8Array([37, 80, 68, 70, 1, 2, 3])], { type: 'application/pdf' }),
  });
}

describe('backup and restore', () => {
  it('gives back equal counts and equal content per table after backup, wipe and restore', async () => {
    const db = freshDb();
    await fill(db);
    const before = await contentHashes(db);
    const { bytes, manifest } = await exportSnapshot(db);
    const file = await encryptBackup(bytes, 'correct horse battery', {
      appVersion: '0.1.0',
      schemaVersion: manifest.schemaVersion,
      createdAt: new Date().toISOString(),
      counts: manifest.counts,
    });

    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    expect((await contentHashes(db)).units.startsWith('0:')).toBe(true);

    const { payload } = await decryptBackup(file, { passphrase: 'correct horse battery' });
    await restoreSnapshot(db, payload, TEST_RESTORE);
    // Every table as it was; the audit log as it was, then the restore's own entry.
    expect(await contentHashes(db, manifest.counts.audit)).toEqual(before);
    expect(await db.audit.count()).toBe(manifest.counts.audit + 1);
    const attachment = await db.attachments.get('a1');
    expect(new Uint8Array(await (attachment!.blob as Blob).arrayBuffer())).toEqual(
      new Uint8Array([37, 80, 68, 70, 1, 2, 3]),
    );
  });

  it('restores a version 4 backup’s supervision items with their list keys and Dashboard counts', async () => {
    const db = freshDb();
    await fill(db);
    const { bytes } = await exportSnapshot(db);
    const files = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as {
      schemaVersion: number;
      counts: Record<string, number>;
      tableHashes: Record<string, string>;
    };
    // What a version 4 app wrote: items without index keys, no kept counts.
    const items = (JSON.parse(strFromU8(files['tables/supervisionItems.json'])) as Array<Record<string, unknown>>).map(
      ({ dueKey: _d, openKey: _o, ...rest }) => rest,
    );
    files['tables/supervisionItems.json'] = strToU8(JSON.stringify(items));
    // …and none of the tables later versions added (5: kept counts, findings, explanations; 6, 7…).
    const atV4 = storesAt(4);
    expect(atV4).not.toHaveProperty('itemCounts');
    for (const table of Object.keys(manifest.counts).filter((name) => !(name in atV4))) {
      delete files[`tables/${table}.json`];
      delete manifest.counts[table];
      delete manifest.tableHashes[table];
    }
    const hex = async (b: Uint8Array) =>
      Buffer.from(await crypto.subtle.digest('SHA-256', b as BufferSource)).toString('hex');
    // …with the placeholders version 2 declared and a later version dropped (empty, as they always were).
    for (const table of Object.keys(atV4).filter((name) => !(name in manifest.counts))) {
      files[`tables/${table}.json`] = strToU8('[]');
      manifest.counts[table] = 0;
      manifest.tableHashes[table] = await hex(files[`tables/${table}.json`]);
    }
    manifest.tableHashes.supervisionItems = await hex(files['tables/supervisionItems.json']);
    manifest.schemaVersion = 4;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    const keptBefore = await db.itemCounts.toArray();
    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));

    await restoreSnapshot(db, zipSync(files), TEST_RESTORE);
    expect(await db.supervisionItems.count()).toBe(items.length);
    expect(await db.supervisionItems.where('openKey').above('').count()).toBeGreaterThan(0);
    expect((await db.itemCounts.toArray()).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      keptBefore.sort((a, b) => a.key.localeCompare(b.key)),
    );
  });

  it('leaves the live data as it was when a table in the snapshot was tampered with', async () => {
    const db = freshDb();
    await fill(db);
    const { bytes } = await exportSnapshot(db);
    const files = unzipSync(bytes);
    const units = JSON.parse(strFromU8(files['tables/units.json'])) as unknown[];
    files['tables/units.json'] = strToU8(JSON.stringify(units.slice(0, 10)));
    const tampered = zipSync(files);
    await db.units.limit(5).delete();
    const before = await contentHashes(db);
    await expect(restoreSnapshot(db, tampered, TEST_RESTORE)).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'corrupt' },
    });
    expect(await contentHashes(db)).toEqual(before);
  });

  it('refuses bytes that are not a snapshot and changes nothing', async () => {
    const db = freshDb();
    await fill(db);
    const before = await contentHashes(db);
    await expect(restoreSnapshot(db, new TextEncoder().encode('not a zip'), TEST_RESTORE)).rejects.toMatchObject({
      code: 'backup-invalid',
    });
    expect(await contentHashes(db)).toEqual(before);
  });

  it("brings a backup taken at schema version 3 up to the current version through the app's own upgrades", async () => {
    const old = new Dexie(`v3-${crypto.randomUUID()}`);
    declareSchemaVersions(old, 3);
    await old.table('people').add({
      id: 'p1',
      role: 'talent',
      name: '赵敏',
      sortKey: '赵敏|p1',
      terms: ['赵敏'],
      unitId: null,
      isSample: 0,
      isActive: 1,
    });
    await old.table('staff').add({ id: 's1', username: 'admin', displayName: '管理员', isAdmin: 1, isActive: 1 });
    const { bytes, manifest } = await exportSnapshot(old, 3);
    old.close();
    expect(manifest.schemaVersion).toBe(3);

    const db = freshDb();
    await restoreSnapshot(db, bytes, TEST_RESTORE);
    // v4 sorts people by role first and drops the search terms: the upgrade ran on the restored rows.
    expect(await db.people.get('p1')).toMatchObject({ name: '赵敏', sortKey: '3|赵敏|p1' });
    expect(await db.people.get('p1')).not.toHaveProperty('terms');
    expect(await db.staff.count()).toBe(1);
  });

  it('refuses a snapshot holding rows of a table this version does not know, rather than drop them', async () => {
    const db = freshDb();
    await fill(db);
    const files = unzipSync((await exportSnapshot(db)).bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json'])) as {
      counts: Record<string, number>;
      tableHashes: Record<string, string>;
    };
    const rows = strToU8(JSON.stringify([{ id: 'x1' }]));
    files['tables/futureTable.json'] = rows;
    manifest.counts.futureTable = 1;
    manifest.tableHashes.futureTable = Buffer.from(await crypto.subtle.digest('SHA-256', rows)).toString('hex');
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    const before = await contentHashes(db);
    await expect(restoreSnapshot(db, zipSync(files), TEST_RESTORE)).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'corrupt' },
    });
    expect(await contentHashes(db)).toEqual(before);
  });
});
