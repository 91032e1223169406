import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { quarterPeriod } from '../../../../shared/systems/supervision/documents/terms';
import { completionRate } from '../../../../shared/systems/supervision/report';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { supervisionReportsRepo } from '../data/supervisionReportsRepo';
import { DocumentOutputModals } from '../../../core/documents/output/DocumentOutputModals';
import { RecordTable } from '../../../core/ui/RecordTable';
import { useErrorText } from '../../../core/ui/useErrorText';
import { DetailSection } from './DetailSection';
import { useIssuedOutput } from './useIssuedOutput';
import { useToday } from './useToday';
import { useUnits } from './useUnitNames';
import { YearSummary } from './YearSummary';
import { DateField } from '../../../core/ui/dates/DateField';

const currentQuarter = (today: string) => (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;

/** 督查通报 for a period (S2-3.3), previewed from the records before it is numbered and issued. */
export function ResultsPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const today = useToday();
  const out = useIssuedOutput();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const initial = quarterPeriod(Number(today.slice(0, 4)), currentQuarter(today));
  const [period, setPeriod] = useState(initial);
  const [prefix, setPrefix] = useState<string | null>(null);
  const [secrecy, setSecrecy] = useState<SecrecyLevel>('internal');
  const [extra, setExtra] = useState('');
  const report = useLiveQuery(
    () =>
      period.from && period.to && period.from <= period.to
        ? supervisionReportsRepo.period(period.from, period.to, today)
        : Promise.resolve(null),
    [period.from, period.to, today],
  );
  const units = useUnits(report?.units.map((u) => u.unitId) ?? []);
  const prefixes = office?.documentPrefixes ?? [];
  const chosen = prefix ?? prefixes[prefixes.length > 1 ? 1 : 0] ?? null;

  const issue = async () => {
    if (!chosen) return;
    try {
      const issued = await supervisionReportsRepo.issueCircular({
        from: period.from,
        to: period.to,
        periodText: period.text,
        prefix: chosen,
        secrecy,
        extra,
      });
      notifications.show({ color: 'green', message: t('supervision.results.issued', { number: issued.number }) });
      await out.issued('print', issued);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const year = Number(period.from.slice(0, 4)) || Number(today.slice(0, 4));

  return (
    <Stack>
      <DetailSection title={t('supervision.results.circular')}>
        <Group align="flex-end">
          <SegmentedControl
            aria-label={t('supervision.results.quarter')}
            value=""
            onChange={(q) => setPeriod(quarterPeriod(year, Number(q) as 1 | 2 | 3 | 4))}
            data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t('supervision.results.quarterN', { n: q }) }))}
          />
          <DateField
            label={t('supervision.fields.startOn')}
            value={period.from}
            onChange={(v) => setPeriod({ ...period, from: v })}
          />
          <DateField
            label={t('supervision.fields.endOn')}
            value={period.to}
            onChange={(v) => setPeriod({ ...period, to: v })}
          />
          <TextInput
            label={t('supervision.results.periodText')}
            value={period.text}
            onChange={(e) => setPeriod({ ...period, text: e.currentTarget.value })}
            w={200}
          />
        </Group>
        {report && (
          <>
            <Text size="sm">
              {t('supervision.results.summary', {
                checks: report.checkCount,
                visited: report.unitsVisited,
                found: report.mattersFound,
                total: report.totals.total,
                closed: report.totals.closed,
                onTime: report.totals.closedOnTime,
                rate: completionRate(report.totals) ?? '—',
                overdue: report.overdue.length,
              })}
            </Text>
            <RecordTable
              label={t('supervision.results.byUnit')}
              columns={[
                t('supervision.fields.unit'),
                t('supervision.results.total'),
                t('supervision.results.closed'),
                t('supervision.results.onTime'),
                t('supervision.results.rate'),
                t('supervision.results.overdue'),
              ]}
              isEmpty={report.units.length === 0}
            >
              {report.units.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{units.get(u.unitId)?.name ?? '…'}</Table.Td>
                  <Table.Td>{u.total}</Table.Td>
                  <Table.Td>{u.closed}</Table.Td>
                  <Table.Td>{u.closedOnTime}</Table.Td>
                  <Table.Td>{completionRate(u) === null ? '—' : `${completionRate(u)}%`}</Table.Td>
                  <Table.Td>{u.overdueOpen}</Table.Td>
                </Table.Tr>
              ))}
            </RecordTable>
          </>
        )}
        {!report && <Alert color="yellow">{t('common.rules.end-before-start')}</Alert>}
        <SimpleGrid cols={3}>
          <Select
            label={t('supervision.notice.prefix')}
            allowDeselect={false}
            value={chosen}
            onChange={setPrefix}
            data={prefixes}
          />
          <Select
            label={t('supervision.fields.secrecy')}
            allowDeselect={false}
            value={secrecy}
            onChange={(s) => setSecrecy(s as SecrecyLevel)}
            data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
          />
        </SimpleGrid>
        <Textarea
          label={t('supervision.results.extra')}
          autosize
          minRows={1}
          value={extra}
          onChange={(e) => setExtra(e.currentTarget.value)}
        />
        <Button w="fit-content" disabled={!report} onClick={() => void issue()}>
          {t('supervision.results.issue')}
        </Button>
      </DetailSection>
      <DetailSection title={t('supervision.results.yearSummary')}>
        <YearSummary />
      </DetailSection>
      <DocumentOutputModals output={out.output} />
    </Stack>
  );
}
