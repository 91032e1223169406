import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { unitsRepo } from './unitsRepo';
import { freshDb } from '../../../../tests/support/testDb';
import { aUnit } from '../../../../tests/support/builders';
import { setSession } from '../../../core/data/session';
import { setStorageLevel } from '../../../core/data/storageGuard';
import { unitNameAt } from '../../../../shared/systems/registry/unit';

describe('unitsRepo', () => {
  it('refuses to read or write any unit before sign-in', async () => {
    freshDb({ signedIn: false });
    await expect(unitsRepo.listPage()).rejects.toMatchObject({ code: 'not-signed-in' });
    await expect(unitsRepo.create(aUnit())).rejects.toMatchObject({ code: 'not-signed-in' });
  });

  it('records who created a unit, with the record after, in the audit log', async () => {
    const db = freshDb();
    const unit = await unitsRepo.create(aUnit());
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({
      entity: 'units',
      entityId: unit.id,
      action: 'create',
      actorName: '王管理',
      before: null,
    });
    expect(entry.after).toMatchObject({ name: '海城市教育局', kind: 'member' });
  });

  it('keeps the old name for records dated before a rename', async () => {
    freshDb();
    const unit = await unitsRepo.create(aUnit({ name: '海城市人事局' }), new Date('2024-01-01T08:00:00Z'));
    const renamed = await unitsRepo.update(
      unit.id,
      aUnit({ name: '海城市人力资源和社会保障局' }),
      new Date('2025-03-01T08:00:00Z'),
    );
    expect(unitNameAt(renamed, '2024-06-30')).toBe('海城市人事局');
    expect(unitNameAt(renamed, '2025-03-01')).toBe('海城市人力资源和社会保障局');
    expect(renamed.nameHistory).toEqual([{ name: '海城市人事局', shortName: '教育局', until: '2025-03-01' }]);
  });

  it('refuses a village without an existing town and writes nothing', async () => {
    const db = freshDb();
    await expect(unitsRepo.create(aUnit({ kind: 'village', name: '李家村', parentId: null }))).rejects.toMatchObject({
      code: 'validation',
      params: { rule: 'village-needs-town' },
    });
    await expect(unitsRepo.create(aUnit({ kind: 'village', name: '李家村', parentId: 'nope' }))).rejects.toMatchObject({
      code: 'validation',
    });
    expect(await db.units.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('keeps village names unique within their town, not city-wide, and says which town has the name', async () => {
    const db = freshDb();
    const niuzhuang = await unitsRepo.create(aUnit({ kind: 'town', name: '牛庄镇' }));
    const ganquan = await unitsRepo.create(aUnit({ kind: 'town', name: '甘泉镇' }));
    await unitsRepo.create(aUnit({ kind: 'village', name: '东关村', parentId: niuzhuang.id }));
    const other = await unitsRepo.create(aUnit({ kind: 'village', name: '东关村', parentId: ganquan.id }));
    await expect(
      unitsRepo.create(aUnit({ kind: 'village', name: '东关村', parentId: niuzhuang.id })),
    ).rejects.toMatchObject({ code: 'duplicate-village-name', params: { name: '东关村', town: '牛庄镇' } });
    // Moving the other 东关村 under 牛庄镇 would make two there: refused too, and nothing changes.
    await expect(
      unitsRepo.update(other.id, aUnit({ kind: 'village', name: '东关村', parentId: niuzhuang.id })),
    ).rejects.toMatchObject({ code: 'duplicate-village-name' });
    expect((await db.units.get(other.id))!.parentId).toBe(ganquan.id);
    await expect(unitsRepo.create(aUnit({ kind: 'town', name: '甘泉镇' }))).rejects.toMatchObject({
      code: 'duplicate-name',
      params: { name: '甘泉镇' },
    });
    // Saving a unit under its own name is no clash with itself.
    await unitsRepo.update(
      other.id,
      aUnit({ kind: 'village', name: '东关村', parentId: ganquan.id, contactName: '王' }),
    );
    expect(await db.units.where('sortKey').startsWith('3|').count()).toBe(2);
    expect(await unitsRepo.labels([other.id, ganquan.id])).toEqual(
      new Map([
        [other.id, '甘泉镇·东关村'],
        [ganquan.id, '甘泉镇'],
      ]),
    );
  });

  it('pages through units in display order by key, without repeats or gaps', async () => {
    freshDb();
    for (let i = 0; i < 120; i++)
      await unitsRepo.create(aUnit({ name: `单位${String(i).padStart(3, '0')}`, displayOrder: 119 - i }));
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await unitsRepo.listPage({ after, limit: 50 });
      seen.push(...page.rows.map((u) => u.name));
      after = page.nextAfter;
    } while (after);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen[0]).toBe('单位119');
    expect(seen[119]).toBe('单位000');
  });

  it('filters by kind and hides deactivated units unless asked', async () => {
    freshDb();
    const town = await unitsRepo.create(aUnit({ kind: 'town', name: '牛庄镇' }));
    await unitsRepo.create(aUnit({ kind: 'village', name: '东村', parentId: town.id }));
    await unitsRepo.setActive(town.id, false);
    expect((await unitsRepo.listPage({ kind: 'town' })).rows).toHaveLength(0);
    expect((await unitsRepo.listPage({ kind: 'town', includeInactive: true })).rows.map((u) => u.name)).toEqual([
      '牛庄镇',
    ]);
    expect((await unitsRepo.listPage({ kind: 'village' })).rows.map((u) => u.name)).toEqual(['东村']);
  });

  it('finds units by any part of their Chinese name', async () => {
    freshDb();
    await unitsRepo.create(aUnit({ name: '海城市科学技术局', shortName: '科技局' }));
    await unitsRepo.create(aUnit({ name: '海城市教育局', shortName: '教育局' }));
    expect((await unitsRepo.search('科技')).map((u) => u.name)).toEqual(['海城市科学技术局']);
    expect((await unitsRepo.search('城市')).map((u) => u.name).sort()).toEqual(
      ['海城市教育局', '海城市科学技术局'].sort(),
    );
    expect(await unitsRepo.search('财政')).toEqual([]);
  });

  it('leaves the data as it was and says storage is full when the disk quota is hit', async () => {
    const db = freshDb();
    await unitsRepo.create(aUnit({ name: '海城市财政局' }));
    const quota = new DOMException('quota', 'QuotaExceededError');
    const spy = vi.spyOn(db.audit, 'add').mockImplementationOnce(() => Dexie.Promise.reject(quota));
    await expect(unitsRepo.create(aUnit({ name: '海城市商务局' }))).rejects.toMatchObject({ code: 'storage-full' });
    spy.mockRestore();
    expect((await db.units.toArray()).map((u) => u.name)).toEqual(['海城市财政局']);
    expect(await db.audit.count()).toBe(1);
  });

  it('signs out: reads are refused again', async () => {
    freshDb();
    setSession(null);
    await expect(unitsRepo.search('海城')).rejects.toMatchObject({ code: 'not-signed-in' });
  });
});

describe('when the disk is nearly full', () => {
  it('refuses a new unit with storage-full and writes nothing', async () => {
    const db = freshDb();
    setStorageLevel('critical');
    try {
      await expect(unitsRepo.create(aUnit())).rejects.toMatchObject({ code: 'storage-full' });
      expect(await db.units.count()).toBe(0);
    } finally {
      setStorageLevel('ok');
    }
  });
});
