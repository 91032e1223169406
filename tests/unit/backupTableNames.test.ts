import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../support/texts';
import { SYSTEMS } from '../../renderer/app/systems';
import { assembleVersions } from '../../renderer/core/data/schema/versions';
import { backupCountLines } from '../../renderer/core/backup/backupCountLines';

const TABLES = [...new Set(assembleVersions(SYSTEMS).flatMap((v) => Object.keys(v.stores)))];

async function translator(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: lng === 'en' ? en : zhCN } } });
  return i18n.t;
}

describe('what a backup holds, in the restore dialog and the recovery page', () => {
  it('names every table of the database by its kind of record, in both languages', async () => {
    expect(TABLES).toEqual(expect.arrayContaining(['units', 'findings', 'explanations', 'itemCounts']));
    for (const lng of ['zh-CN', 'en'] as const) {
      const t = await translator(lng);
      const lines = backupCountLines(t, Object.fromEntries(TABLES.map((table) => [table, 7])));
      expect(lines).toHaveLength(TABLES.length);
      expect(lines).not.toContain(t('settings.backup.otherRecords', { count: 7 }));
      // No line shows a table's own name (findings: 7, itemCounts：7 条).
      expect(lines.filter((l) => TABLES.some((table) => new RegExp(`^${table}\\s*[:：]`).test(l)))).toEqual([]);
      // In Chinese, not a Latin letter anywhere.
      if (lng === 'zh-CN') expect(lines.filter((l) => /[A-Za-z]/.test(l))).toEqual([]);
    }
  });

  it('says 督查情况 for System 2 rows, skips empty tables and counts unknown ones together', async () => {
    const counts = { units: 0, findings: 3, explanations: 2, itemCounts: 5, surveyDrafts: 4, scanPages: 1 };
    expect(backupCountLines(await translator('zh-CN'), counts)).toEqual([
      '督查情况：3 条',
      '情况说明：2 条',
      '督办事项统计：5 条',
      '其他记录：5 条',
    ]);
    expect(backupCountLines(await translator('en'), counts)).toEqual([
      'Check findings: 3',
      'Explanations: 2',
      'Supervision item tallies: 5',
      'Other records: 5',
    ]);
  });
});
