import type { TFunction } from 'i18next';
import { installedSystems } from '../plugin/installed';
import type { SampleCounts } from '../data/sampleRepo';

/** 400 个单位，600 名人员，…，其他记录 N 条: the tables a system names, then the rest together. */
export function sampleCountsText(t: TFunction, counts: SampleCounts): string {
  const text = t as unknown as (key: string, options: object) => string;
  const parts: string[] = [];
  const named = new Set<string>();
  for (const system of installedSystems())
    for (const [table, key] of Object.entries(system.sample?.named ?? {})) {
      named.add(table);
      parts.push(text(key, { count: counts[table] ?? 0 }));
    }
  const others = Object.entries(counts).reduce((sum, [table, n]) => (named.has(table) ? sum : sum + n), 0);
  parts.push(t('settings.sample.others', { count: others }));
  return t('settings.sample.counts', { list: parts.join(t('settings.sample.joiner')) });
}
