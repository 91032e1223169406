import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTenths } from '../../../../../shared/systems/incentives';
import type { ProposalRow } from '../../../../../shared/systems/incentives/proposal';
import { RULE_IDS } from '../../../../../shared/systems/incentives/rules';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { useUnits } from '../common/hooks';

/** 激励奖励对象和加分名单: each unit on the list, what it adds to its year by rule, and commendation. */
export function ProposalTable({ rows, title }: { rows: readonly ProposalRow[]; title: string }) {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <RecordTable
        label={title}
        columns={[
          t('incentives.claim.unit'),
          ...RULE_IDS.map((id) => t(`incentives.ruleShort.${id}`)),
          t('incentives.report.total'),
          t('incentives.review.commended'),
        ]}
        isEmpty={rows.length === 0}
      >
        {rows.map((r) => (
          <Table.Tr key={r.claimId}>
            <Table.Td>{units.name(r.unitId)}</Table.Td>
            {RULE_IDS.map((id) => (
              <Table.Td key={id}>{r.byRule[id] ? formatTenths(r.byRule[id]) : ''}</Table.Td>
            ))}
            <Table.Td fw={600}>{formatTenths(r.totalTenths)}</Table.Td>
            <Table.Td>{r.isCommended && <Badge variant="light">{t('incentives.review.commended')}</Badge>}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
    </>
  );
}
