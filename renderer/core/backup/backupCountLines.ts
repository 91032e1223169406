import type { TFunction } from 'i18next';
import { installedSystems } from '../plugin/installed';

/**
 * What a backup holds, in words: 单位：400 条, 督查情况：12 条… for each table with rows, by the
 * name of the records it keeps. A table this version has no name for (a backup from a newer
 * version) is counted with the others, never shown by its table name. The core names its own tables
 * (settings.backup.tables); a system names the tables it adds under <system>.backupTables.
 */
export function backupCountLines(t: TFunction, counts: Readonly<Record<string, number>>): string[] {
  const text = t as unknown as (key: string, options?: object) => string;
  const lines: string[] = [];
  let others = 0;
  for (const [table, count] of Object.entries(counts)) {
    if (!(count > 0)) continue;
    const kind = [`settings.backup.tables.${table}`, ...installedSystems().map((s) => `${s.id}.backupTables.${table}`)]
      .map((key) => text(key, { defaultValue: '' }))
      .find(Boolean);
    if (kind) lines.push(text('settings.backup.count', { table: kind, count }));
    else others += count;
  }
  if (others) lines.push(text('settings.backup.otherRecords', { count: others }));
  return lines;
}
