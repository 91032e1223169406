import { sheetOfRows } from '../../../../shared/core/sheets/sheetRows';
import { describe, expect, it } from 'vitest';
import { planUnitImport, type SheetRow } from '../../../../shared/systems/registry/unitImport';
import { freshDb } from '../../../../tests/support/testDb';
import { importUnits, unitImportContext } from './unitImportRepo';
import { unitsRepo } from './unitsRepo';
import { aUnit } from '../../../../tests/support/builders';

const sheet: SheetRow[] = [
  { 类别: '镇（街道）', 名称: '牛庄镇', 联系人: '赵强' },
  { 类别: '村（社区）', 名称: '东关村', 所属镇街: '牛庄镇' },
  { 类别: '村（社区）', 名称: '西关村', 所属镇街: '不存在镇' },
  { 类别: '成员单位', 名称: '海城市教育局', 联系电话: '0412-abc' },
  { 类别: '成员单位', 名称: '海城市财政局' },
];

describe('unit import', () => {
  it('writes the good rows together, with one audit entry, and reports each bad row with its reason', async () => {
    const db = freshDb();
    const context = await unitImportContext();
    const plan = await planUnitImport(sheetOfRows(sheet), context.towns, context.names);
    expect(plan.bad).toEqual([
      { row: 4, field: 'parentId', rule: 'unknown-town', value: '不存在镇' },
      { row: 5, field: 'contactPhone', rule: 'phone', value: '0412-abc' },
    ]);
    await importUnits(plan.good, context.towns);
    const units = await db.units.toArray();
    expect(units.map((u) => u.name).sort()).toEqual(['东关村', '海城市财政局', '牛庄镇'].sort());
    const town = units.find((u) => u.name === '牛庄镇')!;
    expect(units.find((u) => u.name === '东关村')!.parentId).toBe(town.id);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'import', count: 3 });
  });

  it('joins villages to towns already in the registry and refuses names already taken', async () => {
    const db = freshDb();
    await unitsRepo.create(aUnit({ kind: 'town', name: '西柳镇' }));
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    const context = await unitImportContext();
    const plan = await planUnitImport(
      sheetOfRows([
        { 类别: '村', 名称: '西柳村', 所属镇街: '西柳镇' },
        { 类别: '成员单位', 名称: '海城市教育局' },
      ]),
      context.towns,
      context.names,
    );
    expect(plan.bad).toEqual([{ row: 3, field: 'name', rule: 'duplicate-name', value: '海城市教育局' }]);
    await importUnits(plan.good, context.towns);
    const village = (await db.units.toArray()).find((u) => u.name === '西柳村')!;
    expect((await db.units.get(village.parentId!))!.name).toBe('西柳镇');
  });

  it('leaves nothing behind when the user cancels part-way', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 500 }, (_, i) => ({ kind: 'member', name: `单位${i}` }));
    const context = await unitImportContext();
    const plan = await planUnitImport(sheetOfRows(rows), context.towns, context.names);
    const controller = new AbortController();
    await expect(
      importUnits(plan.good, context.towns, {
        chunkSize: 100,
        signal: controller.signal,
        onProgress: (p) => p.done >= 200 && controller.abort(),
      }),
    ).rejects.toMatchObject({ code: 'import-cancelled' });
    expect(await db.units.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});
