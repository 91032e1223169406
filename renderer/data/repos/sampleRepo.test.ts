import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { sampleRepo } from './sampleRepo';
import { unitsRepo } from './unitsRepo';

describe('sample data', () => {
  it("loads a marked sample office and removes it in one step, leaving the office's own records", async () => {
    const db = freshDb();
    const own = await unitsRepo.create(aUnit({ name: '本单位自建记录' }));
    const loaded = await sampleRepo.load({ unitCount: 120, peopleCount: 200, now: new Date('2026-11-25T00:00:00Z') });
    expect(loaded).toEqual({ units: 120, people: 200 });
    expect(await sampleRepo.count()).toEqual({ units: 120, people: 200 });
    await sampleRepo.remove();
    expect(await sampleRepo.count()).toEqual({ units: 0, people: 0 });
    expect((await db.units.toArray()).map((u) => u.id)).toEqual([own.id]);
  });
});
