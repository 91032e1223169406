import { afterEach, describe, expect, it } from 'vitest';
import type { SystemManifest } from '../manifest';
import { installedSystems, installSystems } from '../plugin/installed';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { sampleRepo } from './sampleRepo';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { registryManifest } from '../../systems/registry/manifest';
import { meetingsManifest } from '../../systems/meetings/manifest';

const NOW = new Date('2026-11-25T00:00:00Z');

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
});
