import { useState } from 'react';
import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FINDING_RATINGS } from '../../../../shared/systems/supervision/finding';
import { supervisionReportsRepo } from '../data/supervisionReportsRepo';
import { RecordTable } from '../../../core/ui/RecordTable';
import { writeXlsx } from '../../../core/sheets/writeXlsx';
import { saveRecordedXlsx } from '../../../core/documents/output/saveRecordedXlsx';
import { useErrorText } from '../../../core/ui/useErrorText';
import { useToday } from './useToday';
import { useUnits } from './useUnitNames';

/** Each unit's year of supervision (S2-5.3): a reference for the annual assessment and awards. */
export function YearSummary() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const today = useToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const rows = useLiveQuery(() => supervisionReportsRepo.yearSummaries(year, today), [year, today]);
  const units = useUnits(rows?.map((r) => r.unitId) ?? []);
  // In registry order (member units, towns, zones, villages), as the assessment lists them.
  const sorted = [...(rows ?? [])].sort((a, b) =>
    (units.get(a.unitId)?.sortKey ?? '') < (units.get(b.unitId)?.sortKey ?? '') ? -1 : 1,
  );
  const ratings = (r: NonNullable<typeof rows>[number]) =>
    FINDING_RATINGS.filter((k) => r.ratings[k] > 0)
      .map((k) => `${t(`supervision.rating.${k}`)}×${r.ratings[k]}`)
      .join(' ');
  const headers = [
    t('supervision.fields.unit'),
    t('supervision.results.total'),
    t('supervision.results.closed'),
    t('supervision.results.onTime'),
    t('supervision.results.rate'),
    t('supervision.results.overdue'),
    t('supervision.results.visits'),
    t('supervision.results.ratings'),
    t('supervision.results.explanations'),
  ];
  const cells = (r: NonNullable<typeof rows>[number]) => [
    units.get(r.unitId)?.name ?? r.unitId,
    r.total,
    r.closed,
    r.closedOnTime,
    r.rate === null ? '—' : `${r.rate}%`,
    r.overdueOpen,
    r.visits,
    ratings(r),
    r.explanations,
  ];

  const exportSheet = async () => {
    try {
      const bytes = await writeXlsx(t('supervision.results.sheetName', { year }), headers, sorted.map(cells));
      const title = t('supervision.results.sheetName', { year });
      // Counts per unit, no item's text: no 密级 of its own.
      const result = await saveRecordedXlsx(
        { kind: 'resultsSheet', sourceEntity: 'supervisionItems', sourceId: String(year), title, secrecy: null },
        bytes,
        sorted.length,
      );
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('documents.output.saved', { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };

  return (
    <Stack gap="xs">
      <Group>
        <NumberInput
          aria-label={t('supervision.checks.year')}
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          min={2000}
          max={2100}
          w={120}
          suffix={t('supervision.checks.yearSuffix')}
        />
        <Button variant="default" disabled={!rows?.length} onClick={() => void exportSheet()}>
          {t('supervision.results.export')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('supervision.results.yearHint')}
      </Text>
      <RecordTable label={t('supervision.results.yearSummary')} columns={headers} isEmpty={!!rows && rows.length === 0}>
        {sorted.map((r) => (
          <Table.Tr key={r.unitId}>
            {cells(r).map((c, i) => (
              <Table.Td key={i} style={i === 0 ? undefined : { whiteSpace: 'nowrap' }}>
                {c}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </RecordTable>
    </Stack>
  );
}
