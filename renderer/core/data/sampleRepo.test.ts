import { afterEach, describe, expect, it } from 'vitest';
import type { SystemManifest } from '../manifest';
import { installedSystems, installSystems } from '../plugin/installed';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { sampleRepo } from './sampleRepo';
import { settingsRepo } from './settingsRepo';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { registryManifest } from '../../systems/registry/manifest';
import { meetingsManifest } from '../../systems/meetings/manifest';
import { setSession } from './session';
import { getHost, setHost } from '../host';
import { memoryHost } from '../../../tests/support/memoryHost';
import { hashPassword } from '../../../shared/core/auth/password';

const NOW = new Date('2026-11-25T00:00:00Z');

/** The signed-in administrator's account: an automatic backup is only ever made of a database that has one. */
async function withAccount(db: ReturnType<typeof freshDb>) {
  // A real hash: an automatic backup is keyed only by the password hashes the app writes.
  const password = await hashPassword('sample-admin-password');
  const account = { id: 'staff-1', username: 'admin', displayName: '王管理', password, createdAt: '' };
  await db.staff.add({ ...account, isAdmin: 1, isActive: 1 });
}

describe('sample data', () => {
  // These tests are about the mechanism: the systems' own generators are set aside and put back.
  const installed = installedSystems();
  afterEach(() => installSystems(installed));

  it("loads a marked sample office and removes it in one step, leaving the office's own records", async () => {
    installSystems([registryManifest]);
    const db = freshDb();
    const own = await unitsRepo.create(aUnit({ name: '本单位自建记录' }));
    const loaded = await sampleRepo.load({ unitCount: 120, peopleCount: 200, now: NOW });
    expect(loaded).toEqual({ units: 120, people: 200 });
    expect(await sampleRepo.count()).toEqual({ units: 120, people: 200 });
    await sampleRepo.remove();
    expect(await sampleRepo.count()).toEqual({});
    expect((await db.units.toArray()).map((u) => u.id)).toEqual([own.id]);
  });

  it('fills the leaders’ names the office left blank, and keeps a name the office typed', async () => {
    installSystems([registryManifest]);
    freshDb();
    await settingsRepo.saveOffice({ ...(await settingsRepo.office()), directorName: '王志远' });
    await sampleRepo.load({ unitCount: 10, peopleCount: 10, now: NOW });
    expect(await settingsRepo.office()).toMatchObject({ groupLeaderName: '张建国', directorName: '王志远' });
  });

  it('writes each system’s sample records with the registry they refer to, and removes them too', async () => {
    // Loose rows: this test is about the sample mechanism, not the meeting model.
    const meetings: SystemManifest = {
      ...meetingsManifest,
      sample: {
        load: async () => ({
          generate: (context) => ({
            meetings: [{ id: 'm1', chairUnitId: (context.tables.units[0] as { id: string }).id, isSample: 1 }],
            agendaItems: [{ id: 't1', meetingId: 'm1', isSample: 1 }],
          }),
        }),
      },
    };
    installSystems([registryManifest, meetings]);
    const db = freshDb();
    await db.table('meetings').add({ id: 'own', isSample: 0 });
    expect(await sampleRepo.load({ unitCount: 30, peopleCount: 40, now: NOW })).toEqual({
      units: 30,
      people: 40,
      meetings: 1,
      agendaItems: 1,
    });
    expect((await db.table('meetings').get('m1'))?.chairUnitId).toBe((await db.units.orderBy('sortKey').first())?.id);
    await sampleRepo.remove();
    expect((await db.meetings.toArray()).map((m) => m.id)).toEqual(['own']);
    expect(await db.agendaItems.count()).toBe(0);
  });

  it('refuses a staff account both loading and removing, and changes nothing', async () => {
    installSystems([registryManifest]);
    const db = freshDb();
    await sampleRepo.load({ unitCount: 10, peopleCount: 10, now: NOW });
    setSession({ staffId: 'staff-2', username: 'li', displayName: '李强', isAdmin: false });
    await expect(sampleRepo.remove()).rejects.toMatchObject({ code: 'admin-only' });
    await expect(sampleRepo.load({ unitCount: 10, peopleCount: 10, now: NOW })).rejects.toMatchObject({
      code: 'admin-only',
    });
    expect(await db.units.count()).toBe(10);
    expect(await db.audit.filter((e) => e.entity === 'sample').count()).toBe(1);
  });

  it('backs everything up before removing, and audits the counts per kind it named', async () => {
    installSystems([registryManifest]);
    const db = freshDb();
    await withAccount(db);
    await sampleRepo.load({ unitCount: 12, peopleCount: 8, now: NOW });
    expect(await sampleRepo.count()).toEqual({ units: 12, people: 8 });
    expect(await sampleRepo.remove()).toEqual({ removed: { units: 12, people: 8 }, backup: 'written' });
    const host = getHost() as ReturnType<typeof memoryHost>;
    expect(host.backups.map((b) => b.entry.meta.reason)).toEqual(['before-sample-removal']);
    expect(host.backups[0].entry.meta.counts).toMatchObject({ units: 12, people: 8 });
    const entry = (await db.audit.toArray()).at(-1)!;
    expect(entry).toMatchObject({ entity: 'sample', action: 'delete', count: 20, before: { units: 12, people: 8 } });
  });

  it('removes nothing when the backup before it fails', async () => {
    installSystems([registryManifest]);
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
