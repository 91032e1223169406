import { useState } from 'react';
import { Badge, Button, Checkbox, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import { buildPointsReport } from '../../../../../shared/systems/incentives/documents/pointsReport';
import { formatTenths } from '../../../../../shared/systems/incentives/points';
import { REPORT_SORTS, type ReportSort, sortAndFilterReports } from '../../../../../shared/systems/incentives/report';
import { RULE_IDS, type RuleId } from '../../../../../shared/systems/incentives/rules';
import { settingsRepo } from '../../../../core/data/settingsRepo';
import { DocumentOutputModals } from '../../../../core/documents/output/DocumentOutputModals';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { useErrorText } from '../../../../core/ui/useErrorText';
import { reportsRepo } from '../../data/reportsRepo';
import { DocumentButtons } from '../common/DocumentButtons';
import { useUnits } from '../common/hooks';
import { lineLabel } from '../common/lineLabel';
import { useOutput } from '../common/useOutput';
import { exportReport } from './exportReport';

/**
 * Points per unit per year from the ledger, by rule (hover: claimed, accepted, capped, revoked),
 * sorted and filtered; a revoked award stays, struck through with its reason. Excel and document.
 */
export function ReportPanel() {
  const { t } = useTranslation();
  const units = useUnits();
  const errorText = useErrorText();
  const out = useOutput();
  const [year, setYear] = useState(new Date().getFullYear());
  const [sort, setSort] = useState<ReportSort>('totalDesc');
  const [query, setQuery] = useState('');
  const [rule, setRule] = useState<RuleId | null>(null);
  const [isRevokedOnly, setRevokedOnly] = useState(false);
  const all = useLiveQuery(() => reportsRepo.unitYear(year), [year]);
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const rows = sortAndFilterReports(all ?? [], units.name, sort, { query, rule, isRevokedOnly });
  const document = () =>
    office && buildPointsReport(rows, { office, year, date: localDate(new Date()), unitName: units.name });
  const toExcel = async () => {
    try {
      const result = await exportReport(t, year, rows, units.name);
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('documents.output.saved', { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  return (
    <Stack>
      <Group align="flex-end">
        <NumberInput
          label={t('incentives.report.year')}
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          min={2021}
          max={2100}
          w={110}
        />
        <Select
          label={t('incentives.report.sort')}
          data={REPORT_SORTS.map((s) => ({ value: s, label: t(`incentives.report.sorts.${s}`) }))}
          value={sort}
          onChange={(v) => v && setSort(v as ReportSort)}
          allowDeselect={false}
          w={130}
        />
        <TextInput
          label={t('incentives.report.query')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={160}
        />
        <Select
          label={t('incentives.report.rule')}
          data={[
            { value: '', label: t('incentives.report.allRules') },
            ...RULE_IDS.map((id) => ({ value: String(id), label: t(`incentives.rule.${id}`) })),
          ]}
          value={rule ? String(rule) : ''}
          onChange={(v) => setRule(v ? (Number(v) as RuleId) : null)}
          w={240}
        />
        <Checkbox
          label={t('incentives.report.revokedOnly')}
          checked={isRevokedOnly}
          onChange={(e) => setRevokedOnly(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Group>
        <Button variant="default" onClick={() => void toExcel()} disabled={!all}>
          {t('incentives.report.exportXlsx')}
        </Button>
        <DocumentButtons
          label={t('incentives.report.document')}
          onOutput={(f) => {
            const doc = document();
            if (doc) out.built(f, doc, { entity: 'bonusLedger', id: String(year) });
          }}
        />
      </Group>
      <RecordTable
        label={t('incentives.report.table')}
        columns={[
          t('incentives.report.unit'),
          ...RULE_IDS.map((id) => t(`incentives.rule.${id}`)),
          t('incentives.report.total'),
        ]}
        isEmpty={!!all && rows.length === 0}
      >
        {rows.flatMap((r) => [
          <Table.Tr key={r.unitId}>
            <Table.Td>{units.name(r.unitId)}</Table.Td>
            {r.rules.map((c) => (
              <Table.Td
                key={c.rule}
                title={t('incentives.report.cellTitle', {
                  claimed: c.claimedCount,
                  accepted: c.acceptedCount,
                  capped: formatTenths(c.cappedTenths),
                  revokedTenths: formatTenths(c.revokedTenths),
                })}
              >
                {c.claimedCount > 0 || c.tenths !== 0 ? formatTenths(c.tenths) : ''}
                {c.cappedTenths > 0 && (
                  <Badge ml={4} size="xs" color="orange" variant="light">
                    {t('incentives.report.capped')}
                  </Badge>
                )}
              </Table.Td>
            ))}
            <Table.Td fw={700}>{formatTenths(r.total)}</Table.Td>
          </Table.Tr>,
          ...r.revoked.map((v) => (
            <Table.Tr key={`${r.unitId}-${v.claimId}`} data-revoked="true">
              <Table.Td colSpan={RULE_IDS.length + 2}>
                <Text size="sm" td="line-through" c="dimmed">
                  {units.name(r.unitId)}：{v.lines.map((l) => lineLabel(t, l)).join('；')}，
                  {t('incentives.report.revokedLine', { points: formatTenths(v.tenths) })}
                </Text>
                <Text size="sm" c="red.8">
                  {t('incentives.report.revokedReason', {
                    reason: v.reason,
                    by: v.decidedBy,
                    on: v.decidedOn,
                    slip: v.slipNumber,
                  })}
                </Text>
              </Table.Td>
            </Table.Tr>
          )),
        ])}
      </RecordTable>
      <DocumentOutputModals output={out.output} />
    </Stack>
  );
}
