import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../../../shared/systems/incentives/ledger';
import { formatTenths } from '../../../../../shared/systems/incentives/points';
import { RecordTable } from '../../../../core/ui/RecordTable';

/** 加分台账 entries, never edited: each award, correction and revocation with who decided it and why. */
export function LedgerTable({ entries }: { entries: readonly LedgerEntry[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={500}>
        {t('incentives.ledger.title')}
      </Text>
      <RecordTable
        label={t('incentives.ledger.title')}
        columns={['seq', 'kind', 'points', 'reason', 'slip', 'decidedBy'].map((c) =>
          t(`incentives.ledger.${c as 'seq'}`),
        )}
        isEmpty={entries.length === 0}
      >
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{e.seq}</Table.Td>
            <Table.Td>{t(`incentives.ledger.kinds.${e.kind}`)}</Table.Td>
            <Table.Td fw={600} c={e.totalTenths < 0 ? 'red.7' : undefined}>
              {e.totalTenths > 0 ? '+' : ''}
              {formatTenths(e.totalTenths)}
            </Table.Td>
            <Table.Td>{e.reason}</Table.Td>
            <Table.Td>{e.slipNumber}</Table.Td>
            <Table.Td>{`${e.decidedBy} ${e.decidedOn}`}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
    </>
  );
}
