import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aUnit } from '../../../tests/support/builders';
import { freshDb, TEST_RESTORE } from '../../../tests/support/testDb';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import type { WorkbenchDB } from '../data/db';
import { restoreSnapshot } from './restore';
import { exportSnapshot } from './snapshot';

interface Manifest {
  schemaVersion: number;
  counts: Record<string, number>;
  tableHashes: Record<string, string>;
}

/** The snapshot with its manifest and files edited, hashes kept consistent: a file that passes every checksum. */
async function edited(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>, manifest: Manifest) => void) {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(files['manifest.json'])) as Manifest;
  edit(files, manifest);
  for (const name of Object.keys(manifest.counts)) {
    const json = files[`tables/${name}.json`];
    if (json) manifest.tableHashes[name] = Buffer.from(await crypto.subtle.digest('SHA-256', json)).toString('hex');
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

const names = async (db: WorkbenchDB) => (await db.units.toArray()).map((u) => u.name).sort();
const actions = async (db: WorkbenchDB) =>
  (await db.audit.orderBy('seq').toArray()).map((e) => `${e.entity}:${e.action}`);

describe('restore', () => {
  it('refuses a snapshot that lists only the staff table, and empties nothing', async () => {
    const db = freshDb();
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    const onlyStaff = await edited((await exportSnapshot(db)).bytes, (files, manifest) => {
      for (const name of Object.keys(manifest.counts)) {
        if (name === 'staff') continue;
        delete manifest.counts[name];
        delete manifest.tableHashes[name];
        delete files[`tables/${name}.json`];
      }
    });
    const audit = await db.audit.count();
    await expect(restoreSnapshot(db, onlyStaff, TEST_RESTORE)).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'corrupt' },
    });
    expect(await names(db)).toEqual(['海城市教育局']);
    expect(await db.audit.count()).toBe(audit);
  });

  it.each(['units', 'documents', 'itemCounts'])(
    'refuses a snapshot of the current version without its %s table',
    async (table) => {
      const db = freshDb();
      await unitsRepo.create(aUnit({ name: '海城市教育局' }));
      const missing = await edited((await exportSnapshot(db)).bytes, (files, manifest) => {
        delete manifest.counts[table];
        delete manifest.tableHashes[table];
        delete files[`tables/${table}.json`];
      });
      await expect(restoreSnapshot(db, missing, TEST_RESTORE)).rejects.toMatchObject({ code: 'backup-invalid' });
      expect(await names(db)).toEqual(['海城市教育局']);
    },
  );

  it('keeps every audit entry made since the backup, and adds its own', async () => {
    const db = freshDb();
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    const { bytes } = await exportSnapshot(db);
    await unitsRepo.create(aUnit({ name: '海城市财政局' }));
    const since = await db.audit.orderBy('seq').toArray();
    await restoreSnapshot(db, bytes, TEST_RESTORE);
    expect(await names(db)).toEqual(['海城市教育局']);
    const after = await db.audit.orderBy('seq').toArray();
    expect(after.slice(0, since.length)).toEqual(since);
    expect(after.slice(since.length).map((e) => `${e.entity}:${e.action}`)).toEqual(['backup:restore']);
  });

  it('brings the backup’s entries back into a log that lost them, before its own', async () => {
    const db = freshDb();
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    const { bytes } = await exportSnapshot(db);
    const logged = await actions(db);
    await db.audit.clear();
    await restoreSnapshot(db, bytes, TEST_RESTORE);
    expect(await actions(db)).toEqual([...logged, 'backup:restore']);
  });

  it('keeps both logs when the backup comes from another office’s PC, whose entries share some seqs', async () => {
    const other = freshDb();
    for (const name of ['西柳镇', '牛庄镇', '温香镇']) await unitsRepo.create(aUnit({ name }));
    const { bytes } = await exportSnapshot(other);
    const theirs = (await other.audit.orderBy('seq').toArray()).map((e) => `${e.entityId}`);
    const db = freshDb();
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await unitsRepo.create(aUnit({ name: '海城市财政局' }));
    const ours = (await db.audit.orderBy('seq').toArray()).map((e) => `${e.entityId}`);
    await restoreSnapshot(db, bytes, TEST_RESTORE);
    expect(await names(db)).toEqual(['温香镇', '牛庄镇', '西柳镇'].sort());
    // Ours keep seqs 1–2; theirs keep seq 3, which was free; their 1 and 2 come after it; then the restore.
    const log = await db.audit.orderBy('seq').toArray();
    expect(log.map((e) => e.entityId)).toEqual([...ours, theirs[2], theirs[0], theirs[1], 'test']);
    expect(new Set(log.map((e) => e.seq)).size).toBe(log.length);
  });

  it('writes its own entry in the transaction that replaces the data: a restore that fails leaves neither', async () => {
    const db = freshDb();
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await unitsRepo.create(aUnit({ name: '海城市财政局' }));
    // Two rows with one id: the counts check inside the transaction fails after everything was written.
    const duplicated = await edited((await exportSnapshot(db)).bytes, (files) => {
      const units = JSON.parse(strFromU8(files['tables/units.json'])) as Array<{ id: string }>;
      units[1].id = units[0].id;
      files['tables/units.json'] = strToU8(JSON.stringify(units));
    });
    const before = await db.audit.orderBy('seq').toArray();
    await expect(restoreSnapshot(db, duplicated, TEST_RESTORE)).rejects.toMatchObject({ code: 'backup-invalid' });
    expect(await names(db)).toEqual(['海城市教育局', '海城市财政局'].sort());
    expect(await db.audit.orderBy('seq').toArray()).toEqual(before);
  });
});
