import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_MODULES, type SampleModule } from '../sample';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { sampleRepo } from './sampleRepo';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { setSession } from './session';
import { getHost, setHost } from '../host';
import { memoryHost } from '../../../tests/support/memoryHost';

const NOW = new Date('2026-11-25T00:00:00Z');

/** The signed-in administrator's account: an automatic backup is only ever made of a database that has one. */
async function withAccount(db: ReturnType<typeof freshDb>) {
  const password = { algorithm: 'PBKDF2-SHA256' as const, iterations: 1, salt: '', hash: '' };
  await db.staff.add({
    id: 'staff-1',
    username: 'admin',
    displayName: '王管理',
    isAdmin: 1,
    isActive: 1,
    password,
    createdAt: '',
  });
}

describe('sample data', () => {
  // These tests are about the mechanism: the systems' own generators are set aside and put back.
  const installed = [...SAMPLE_MODULES];
  beforeEach(() => {
    SAMPLE_MODULES.length = 0;
  });
  afterEach(() => {
    SAMPLE_MODULES.splice(0, SAMPLE_MODULES.length, ...installed);
  });

  it("loads a marked sample office and removes it in one step, leaving the office's own records", async () => {
    const db = freshDb();
    const own = await unitsRepo.create(aUnit({ name: '本单位自建记录' }));
    const loaded = await sampleRepo.load({ unitCount: 120, peopleCount: 200, now: NOW });
    expect(loaded).toEqual({ units: 120, people: 200, records: 0 });
    expect(await sampleRepo.count()).toEqual({ units: 120, people: 200, records: 0 });
    await sampleRepo.remove();
    expect(await sampleRepo.count()).toEqual({ units: 0, people: 0, records: 0 });
    expect((await db.units.toArray()).map((u) => u.id)).toEqual([own.id]);
  });

  it('writes each system’s sample records with the registry they refer to, and removes them too', async () => {
    const db = freshDb();
    const meetings: SampleModule = ({ units }) => ({
      meetings: [{ id: 'm1', chairUnitId: units[0].id, isSample: 1 }],
      agendaItems: [{ id: 't1', meetingId: 'm1', isSample: 1 }],
    });
    SAMPLE_MODULES.push(meetings);
    // Loose rows: this test is about the sample mechanism, not the meeting model.
    await db.table('meetings').add({ id: 'own', isSample: 0 });
    expect(await sampleRepo.load({ unitCount: 30, peopleCount: 40, now: NOW })).toEqual({
      units: 30,
      people: 40,
      records: 2,
    });
    expect((await db.table('meetings').get('m1'))?.chairUnitId).toBe((await db.units.orderBy('sortKey').first())?.id);
    await sampleRepo.remove();
    expect((await db.meetings.toArray()).map((m) => m.id)).toEqual(['own']);
    expect(await db.agendaItems.count()).toBe(0);
  });

  it('refuses a staff account both loading and removing, and changes nothing', async () => {
    const db = freshDb();
    await sampleRepo.load({ unitCount: 10, peopleCount: 10, now: NOW });
    setSession({ staffId: 'staff-2', username: 'li', displayName: '李强', isAdmin: false });
    await expect(sampleRepo.remove()).rejects.toMatchObject({ code: 'admin-only' });
    await expect(sampleRepo.load({ unitCount: 10, peopleCount: 10, now: NOW })).rejects.toMatchObject({
      code: 'admin-only',
    });
    expect(await db.units.count()).toBe(10);
    expect(await db.audit.count()).toBe(1);
  });

  it('names what removal takes per kind, backs everything up first, and audits the counts', async () => {
    const db = freshDb();
    await withAccount(db);
    SAMPLE_MODULES.push(() => ({
      meetings: [
        { id: 'm1', isSample: 1 },
        { id: 'm2', isSample: 1 },
      ],
    }));
    await sampleRepo.load({ unitCount: 12, peopleCount: 8, now: NOW });
    expect(await sampleRepo.countByKind()).toEqual({ units: 12, people: 8, meetings: 2 });
    const result = await sampleRepo.remove();
    expect(result).toMatchObject({ kinds: { units: 12, people: 8, meetings: 2 }, backup: 'written' });
    const host = getHost() as ReturnType<typeof memoryHost>;
    expect(host.backups.map((b) => b.entry.meta.reason)).toEqual(['before-sample-removal']);
    expect(host.backups[0].entry.meta.counts).toMatchObject({ units: 12, people: 8, meetings: 2 });
    const entry = (await db.audit.toArray()).at(-1)!;
    expect(entry).toMatchObject({ entity: 'sample', action: 'delete', count: 22 });
    expect(entry.before).toMatchObject({ kinds: { units: 12, people: 8, meetings: 2 } });
  });

  it('removes nothing when the backup before it fails', async () => {
    const db = freshDb();
    await withAccount(db);
    await sampleRepo.load({ unitCount: 5, peopleCount: 5, now: NOW });
    setHost({
      ...memoryHost(),
      writeBackup: async () => {
        throw Object.assign(new Error('disk'), { code: 'disk-full' });
      },
    });
    await expect(sampleRepo.remove()).rejects.toMatchObject({ code: 'disk-full' });
    expect(await db.units.count()).toBe(5);
  });
});
