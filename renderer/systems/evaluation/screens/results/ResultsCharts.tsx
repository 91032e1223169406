import { useState } from 'react';
import { MultiSelect, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { scoreTenths, sumTallies, type PeriodKey } from '../../../../../shared/systems/evaluation';
import type { Names } from '../useNames';
import { EChart } from './EChart';
import type { Results } from './useResults';
import { usePeriodText } from '../usePeriodText';

const score = (tenths: number | null) => (tenths === null ? null : tenths / 10);

/** Trends over the year for the units chosen, and all units compared in the period, as charts. */
export function ResultsCharts({
  results,
  periods,
  period,
  names,
}: {
  results: Results;
  periods: string[];
  period: PeriodKey;
  names: Names;
}) {
  const { t } = useTranslation();
  const periodText = usePeriodText();
  const rated = [...results.matrix.keys()];
  const ranked = rated
    .map((unitId) => ({ unitId, tally: sumTallies(results.matrix, { unitId, period }) }))
    .filter((u) => u.tally.n > 0)
    .sort((a, b) => (scoreTenths(a.tally) ?? 0) - (scoreTenths(b.tally) ?? 0));
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? ranked.slice(0, 3).map((u) => u.unitId);
  const line = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: periods.map(periodText) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: chosen.map((unitId) => ({
      name: names.unitName(unitId),
      type: 'line',
      connectNulls: true,
      data: periods.map((p) => score(scoreTenths(sumTallies(results.matrix, { unitId, period: p })))),
    })),
  };
  const shown = ranked.slice(0, 30);
  const bar = {
    tooltip: { trigger: 'axis' },
    grid: { left: 160, right: 30, top: 10, bottom: 20 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: shown.map((u) => names.unitName(u.unitId)) },
    series: [
      {
        type: 'bar',
        data: shown.map((u) => score(scoreTenths(u.tally))),
        markLine: {
          symbol: 'none',
          data: [{ xAxis: results.thresholds.minScore }],
          label: { formatter: t('evaluation.charts.line') },
        },
      },
    ],
  };
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Stack gap="xs">
        <Title order={5}>{t('evaluation.charts.trend')}</Title>
        <MultiSelect
          searchable
          maxValues={6}
          aria-label={t('evaluation.charts.units')}
          data={rated.map((u) => ({ value: u, label: names.unitName(u) }))}
          value={chosen}
          onChange={setPicked}
        />
        <EChart option={line} label={t('evaluation.charts.trend')} />
      </Stack>
      <Stack gap="xs">
        <Title order={5}>{t('evaluation.charts.compare', { period: periodText(period) })}</Title>
        <EChart
          option={bar}
          height={Math.max(240, shown.length * 22 + 40)}
          label={t('evaluation.charts.compare', { period: periodText(period) })}
        />
      </Stack>
    </SimpleGrid>
  );
}
