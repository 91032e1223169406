import { describe, expect, it } from 'vitest';
import { CSV_CORPUS } from '../support/sheets/corpusCsv';
import { XLSX_CORPUS } from '../support/sheets/corpusXlsx';
import { runCorpusFile, type CorpusFile } from '../support/sheets/corpus';
import { freshDb } from '../support/testDb';
import { importUnits } from '../../renderer/systems/registry/data/unitImportRepo';
import type { PreparedUnit } from '../../shared/systems/registry/unitImport';

const CORPUS: CorpusFile[] = [...CSV_CORPUS, ...XLSX_CORPUS];

describe('the sheet import corpus', () => {
  it('holds at least 60 files, each with a name of its own', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((f) => f.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((f) => [f.name, f] as const))(
    '%s: a clear error or exactly the data it holds',
    async (_, file) => {
      const outcome = await runCorpusFile(file);
      if ('error' in file.expect) return expect(outcome).toEqual({ error: file.expect.error });
      if ('error' in outcome) throw new Error(`expected data, got the error ${outcome.error}`);
      const { plan, file: read } = outcome.prepared;
      const want = file.expect;
      const good = plan!.good.map((g) => g.input?.name ?? g.matter);
      if (want.good) expect(good).toEqual(want.good);
      if (want.goodCount !== undefined) expect(good).toHaveLength(want.goodCount);
      expect(plan!.bad.map((b) => [b.row, b.rule])).toEqual(want.bad ?? []);
      if (want.rows) expect(read.data.rowNumbers).toEqual(want.rows);
      if (want.rowCount !== undefined) expect(read.data.rowCount).toBe(want.rowCount);
      if (want.sheet) expect(read.sheetName).toBe(want.sheet);
      if (want.dates) expect(plan!.good.map((g) => g.dueOn)).toEqual(want.dates);
    },
  );
});

describe('writing what the corpus previewed', () => {
  const unitFiles = CORPUS.filter((f) => (f.importer ?? 'units') === 'units' && !('error' in f.expect));

  it('stores exactly the rows each preview called good, with one audit entry per import', async () => {
    const db = freshDb();
    let expected = 0;
    let imports = 0;
    for (const file of unitFiles) {
      const outcome = await runCorpusFile(file);
      if ('error' in outcome) throw new Error(`${file.name}: ${outcome.error}`);
      const good = outcome.prepared.plan!.good as unknown as PreparedUnit[];
      // Names repeat across files: each file's rows go in under its own prefix.
      const renamed = good.map((g) => ({ ...g, input: { ...g.input, name: `${file.name}:${g.input.name}` } }));
      if (renamed.length) imports += (await importUnits(renamed, new Map())) > 0 ? 1 : 0;
      expected += renamed.length;
      const stored = await db.units.filter((u) => u.name.startsWith(`${file.name}:`)).toArray();
      expect(stored.map((u) => u.name).sort()).toEqual(renamed.map((g) => g.input.name).sort());
    }
    expect(await db.units.count()).toBe(expected);
    expect(await db.audit.count()).toBe(imports);
    expect(imports).toBeGreaterThan(40);
  });
});

describe('a workbook written by a real writer (exceljs, as office systems export)', () => {
  it('reads the tab it opens on, below its merged title, with its date cells as dates and its far note ignored', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const old = workbook.addWorksheet('旧清单', { state: 'hidden' });
    old.addRow(['任务', '责任单位', '完成时限']);
    old.addRow(['旧任务', '牛庄镇', '2025-01-01']);
    const sheet = workbook.addWorksheet('2026年任务分解清单');
    sheet.mergeCells('A1:D1');
    sheet.getCell('A1').value = '2026年人才工作任务分解清单';
    sheet.addRow([]);
    sheet.addRow(['序号', '任务', '责任单位', '完成时限']);
    sheet.addRow([1, '开展人才服务月活动', '牛庄镇', new Date(Date.UTC(2026, 5, 30))]);
    sheet.addRow([2, '建立返乡人才信息库', '牛庄镇', new Date(Date.UTC(2026, 8, 30))]);
    sheet.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
    sheet.getCell('XFD40').value = '备注：本表由市人才办汇总';
    workbook.views = [{ activeTab: 1, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const outcome = await runCorpusFile({ name: 'exceljs.xlsx', bytes, importer: 'tasks', expect: {} });
    if ('error' in outcome) throw new Error(outcome.error);
    const { file, plan } = outcome.prepared;
    expect(file.sheetName).toBe('2026年任务分解清单');
    expect(file.sheets).toEqual([
      { name: '旧清单', hidden: true },
      { name: '2026年任务分解清单', hidden: false },
    ]);
    expect(plan!.bad).toEqual([]);
    expect(plan!.good.map((g) => [g.row, g.matter, g.dueOn])).toEqual([
      [4, '开展人才服务月活动', '2026-06-30'],
      [5, '建立返乡人才信息库', '2026-09-30'],
    ]);
  });
});
