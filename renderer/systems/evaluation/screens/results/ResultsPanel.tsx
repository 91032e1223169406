import { lazy, Suspense, useState } from 'react';
import { Button, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  FIVE_GRADE_SCALE,
  periodOf,
  periodsOfYear,
  scaleFormulaText,
  type Granularity,
} from '../../../../../shared/systems/evaluation';
import { localDate } from '../../../../../shared/core/common/localDate';
import { useErrorText } from '../../../../core/ui/useErrorText';
import { useNames } from '../useNames';
import { exportResults } from './exportResults';
import { FlagsList } from './FlagsList';
import { IssueCircularModal } from './IssueCircularModal';
import { MatrixTable, type CellRef } from './MatrixTable';
import { SourcesDrawer } from './SourcesDrawer';
import { useResults } from './useResults';
import { usePeriodText } from '../usePeriodText';

// The charting library is loaded with this page only, never with the app.
const ResultsCharts = lazy(() => import('./ResultsCharts').then((m) => ({ default: m.ResultsCharts })));

const thisYear = new Date().getFullYear();

/** 评价结果 (S4-5.2): satisfaction per unit × content item × period, with the records behind every number. */
export function ResultsPanel({ year: asked }: { year?: number }) {
  const { t } = useTranslation();
  const periodText = usePeriodText();
  const names = useNames();
  const [year, setYear] = useState(asked ?? thisYear);
  const [granularity, setGranularity] = useState<Granularity>('quarter');
  const periods = periodsOfYear(year, granularity);
  const [chosen, setPeriod] = useState<string | null>(null);
  const current = year === thisYear ? periodOf(localDate(new Date()), granularity) : periods[periods.length - 1];
  const period = chosen && periods.includes(chosen) ? chosen : current;
  const results = useResults(year, granularity, period);
  const [cell, setCell] = useState<CellRef | null>(null);
  const [circular, setCircular] = useState(false);
  const errorText = useErrorText();
  const exportSheet = () =>
    exportResults(year, granularity, results, names, t).then(
      (r) =>
        r.status === 'saved' &&
        notifications.show({ color: 'green', message: t('documents.output.saved', { path: r.path }) }),
      (e: unknown) => notifications.show({ color: 'red', message: errorText(e) }),
    );
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Select
            w={100}
            aria-label={t('evaluation.fields.year')}
            allowDeselect={false}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            data={[0, 1, 2].map((d) => String(thisYear - d))}
          />
          <SegmentedControl
            value={granularity}
            onChange={(v) => (setGranularity(v as Granularity), setPeriod(null))}
            data={(['month', 'quarter', 'year'] as const).map((g) => ({
              value: g,
              label: t(`evaluation.results.granularity.${g}`),
            }))}
          />
          <Select
            w={170}
            aria-label={t('evaluation.results.period')}
            allowDeselect={false}
            value={period}
            onChange={setPeriod}
            data={periods.map((p) => ({ value: p, label: periodText(p) }))}
          />
        </Group>
        <Group>
          <Button variant="default" onClick={() => void exportSheet()}>
            {t('evaluation.results.export')}
          </Button>
          <Button variant="light" onClick={() => setCircular(true)}>
            {t('evaluation.circular.open')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('evaluation.results.formula', { grades: scaleFormulaText(FIVE_GRADE_SCALE) })}
      </Text>
      <Title order={4}>{t('evaluation.results.matrixTitle', { period: periodText(period) })}</Title>
      <MatrixTable results={results} period={period} names={names} onOpen={setCell} />
      <FlagsList flags={results.flags} period={period} names={names} />
      <Suspense fallback={<Text c="dimmed">{t('evaluation.loading')}</Text>}>
        <ResultsCharts results={results} periods={periods} period={period} names={names} />
      </Suspense>
      {cell && <SourcesDrawer cell={cell} names={names} onClose={() => setCell(null)} />}
      {circular && (
        <IssueCircularModal period={period} results={results} names={names} onClose={() => setCircular(false)} />
      )}
    </Stack>
  );
}
