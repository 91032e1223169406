import { sheetOfRows } from '../../../../shared/core/sheets/sheetRows';
import { describe, expect, it } from 'vitest';
import { planUnitImport, type SheetRow, UNIT_HEADER_ALIASES } from '../../../../shared/systems/registry/unitImport';
import { readSheetFile } from '../../../../shared/core/sheets/readSheetFile';
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
    const plan = await planUnitImport(sheetOfRows(sheet), context);
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
      context,
    );
    expect(plan.bad).toEqual([{ row: 3, field: 'name', rule: 'duplicate-name', value: '海城市教育局' }]);
    await importUnits(plan.good, context.towns);
    const village = (await db.units.toArray()).find((u) => u.name === '西柳村')!;
    expect((await db.units.get(village.parentId!))!.name).toBe('西柳镇');
  });

  it('takes one village name under two towns, says a repeated row duplicates row N, refuses a taken name', async () => {
    const db = freshDb();
    const niuzhuang = await unitsRepo.create(aUnit({ kind: 'town', name: '牛庄镇' }));
    await unitsRepo.create(aUnit({ kind: 'village', name: '向阳村', parentId: niuzhuang.id }));
    const context = await unitImportContext();
    const plan = await planUnitImport(
      sheetOfRows([
        { 类别: '镇', 名称: '甘泉镇' },
        { 类别: '村', 名称: '东关村', 所属镇街: '牛庄镇' },
        { 类别: '村', 名称: '东关村', 所属镇街: '甘泉镇' },
        { 类别: '村', 名称: '向阳村', 所属镇街: '甘泉镇' },
        { 类别: '村', 名称: '东关村', 所属镇街: '牛庄镇' },
        { 类别: '村', 名称: '向阳村', 所属镇街: '牛庄镇' },
      ]),
      context,
    );
    expect(plan.bad).toEqual([
      { row: 6, field: 'name', rule: 'duplicate-row', value: '东关村', params: { of: 3 } },
      { row: 7, field: 'name', rule: 'duplicate-name', value: '向阳村' },
    ]);
    await importUnits(plan.good, context.towns);
    const villages = await db.units.where('sortKey').startsWith('3|').toArray();
    const ganquan = (await db.units.toArray()).find((u) => u.name === '甘泉镇')!;
    expect(villages.map((v) => `${v.parentId === ganquan.id ? '甘泉镇' : '牛庄镇'}·${v.name}`).sort()).toEqual(
      ['牛庄镇·东关村', '牛庄镇·向阳村', '甘泉镇·东关村', '甘泉镇·向阳村'].sort(),
    );
  });

  it('matches a unit by a former name: 曾用名 renames it, an old name adds no second unit', async () => {
    const db = freshDb();
    const town = await unitsRepo.create(aUnit({ kind: 'town', name: '东城镇', contactName: '赵强' }));
    const bureau = await unitsRepo.create(aUnit({ name: '海城市人事局' }));
    await unitsRepo.update(bureau.id, aUnit({ name: '海城市人力资源和社会保障局' }));
    const context = await unitImportContext();
    const plan = await planUnitImport(
      sheetOfRows([
        { 类别: '镇（街道）', 名称: '东城街道', 曾用名: '东城镇', 联系人: '' },
        { 类别: '村（社区）', 名称: '北关社区', 所属镇街: '东城街道' },
        { 类别: '成员单位', 名称: '海城市人事局' },
      ]),
      context,
    );
    expect(plan.bad).toEqual([
      {
        row: 4,
        field: 'name',
        rule: 'former-name',
        value: '海城市人事局',
        params: { name: '海城市人力资源和社会保障局' },
      },
    ]);
    expect(plan.good[0].renames).toEqual({ id: town.id, name: '东城镇' });
    expect(await importUnits(plan.good, context.towns)).toBe(2);
    const units = await db.units.toArray();
    expect(units).toHaveLength(3);
    const renamed = units.find((u) => u.id === town.id)!;
    expect(renamed).toMatchObject({ name: '东城街道', contactName: '赵强' });
    expect(renamed.nameHistory.map((h) => h.name)).toEqual(['东城镇']);
    expect(units.find((u) => u.name === '北关社区')!.parentId).toBe(town.id);
    // The rename is the unit's own update in the log; the new community is the import.
    const audit = await db.audit.toArray();
    expect(audit.filter((a) => a.entityId === town.id).map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit.filter((a) => a.action === 'import')).toMatchObject([{ count: 1 }]);
  });

  it('numbers rows as Excel does, after a blank row and a title above the header', async () => {
    freshDb();
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('单位');
    sheet.getCell('A1').value = '海城市单位名册';
    sheet.getRow(2).values = ['类别', '名称', '所属镇街'];
    sheet.getRow(3).values = ['镇', '牛庄镇'];
    sheet.getRow(5).values = ['村', '东关村', '牛庄镇'];
    sheet.getRow(6).values = ['学校', '第一中学'];
    sheet.getRow(8).values = ['村', '东关村', '牛庄镇'];
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const file = readSheetFile('单位.xlsx', bytes, { headerHints: Object.values(UNIT_HEADER_ALIASES).flat() });
    const plan = await planUnitImport(file.data, await unitImportContext());
    expect(plan.good.map((g) => g.row)).toEqual([3, 5]);
    expect(plan.bad).toEqual([
      { row: 6, field: 'kind', rule: 'unknown-kind', value: '学校' },
      { row: 8, field: 'name', rule: 'duplicate-row', value: '东关村', params: { of: 5 } },
    ]);
  });

  it('leaves nothing behind when the user cancels part-way', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 500 }, (_, i) => ({ kind: 'member', name: `单位${i}` }));
    const context = await unitImportContext();
    const plan = await planUnitImport(sheetOfRows(rows), context);
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
