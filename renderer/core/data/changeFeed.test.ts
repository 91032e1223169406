import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { type CommittedChange, onCommitted } from './changeFeed';

describe('the committed-changes feed', () => {
  it('tells what a transaction wrote once committed, in order: puts with records, deletes, clears', async () => {
    const db = freshDb();
    const seen: CommittedChange[][] = [];
    const stop = onCommitted(db, (changes) => seen.push([...changes]));
    const unit = await unitsRepo.create(aUnit({ name: '牛庄镇' }));
    await db.transaction('rw', db.units, async () => {
      await db.units.update(unit.id, { contactName: '赵晓东' });
      await db.units.delete(unit.id);
      await db.units.clear();
    });
    stop();
    await unitsRepo.create(aUnit({ name: '西柳镇' }));
    const units = seen.map((batch) => batch.filter((c) => c.table === 'units'));
    expect(units).toHaveLength(2);
    expect(units[0]).toMatchObject([{ type: 'put', keys: [unit.id], values: [{ name: '牛庄镇' }] }]);
    expect(units[1]).toMatchObject([
      { type: 'put', keys: [unit.id], values: [{ name: '牛庄镇', contactName: '赵晓东' }] },
      { type: 'delete', keys: [unit.id] },
      { type: 'deleteRange' },
    ]);
    // The audit entry of the same transaction comes too: the listener picks the tables it reads.
    expect(seen[0].map((c) => c.table)).toContain('audit');
  });

  it('says nothing of a transaction that aborted', async () => {
    const db = freshDb();
    const seen: CommittedChange[][] = [];
    onCommitted(db, (changes) => seen.push([...changes]));
    await expect(
      db.transaction('rw', db.units, async () => {
        await db.units.put({ ...aUnit(), id: 'u1' } as never);
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect(seen).toEqual([]);
    expect(await db.units.count()).toBe(0);
  });
});
