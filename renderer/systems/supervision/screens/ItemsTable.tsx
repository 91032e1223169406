import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineBounds } from '../../../../shared/systems/supervision/deadline';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { navigate } from '../../../core/shell/routes';
import { RecordTable } from '../../../core/ui/RecordTable';
import { DeadlineBadge } from './items/DeadlineBadge';
import { placeSub } from './supervisionRoute';
import { useUnits } from './useUnitNames';
import { STATUS_COLORS } from './items/itemStatusColors';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** A page of items: deadline first in the reading order, the state as a coloured badge. */
export function ItemsTable({
  rows,
  bounds,
  label,
}: {
  rows: SupervisionItem[] | undefined;
  bounds: DeadlineBounds;
  label: string;
}) {
  const { t } = useTranslation();
  const units = useUnits((rows ?? []).map((r) => r.unitId));
  return (
    <RecordTable
      label={label}
      columns={[
        t('supervision.items.columns.dueOn'),
        t('supervision.items.columns.deadline'),
        t('supervision.items.columns.matter'),
        t('supervision.items.columns.unit'),
        t('supervision.items.columns.source'),
        t('supervision.items.columns.slip'),
        t('common.status'),
      ]}
      isEmpty={!!rows && rows.length === 0}
      hover
    >
      {rows?.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Td style={nowrap}>{item.dueOn}</Table.Td>
          <Table.Td>
            <DeadlineBadge item={item} bounds={bounds} />
          </Table.Td>
          <Table.Td>
            <Anchor
              component="button"
              type="button"
              size="sm"
              ta="left"
              c="blue.8"
              onClick={() => navigate('supervision', placeSub({ page: 'item', id: item.id }))}
            >
              {item.matter}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{units.get(item.unitId)?.name ?? '…'}</Text>
          </Table.Td>
          <Table.Td style={nowrap}>{t(`supervision.source.${item.source}`)}</Table.Td>
          <Table.Td style={nowrap}>{item.slipNumber ?? t('supervision.items.noSlip')}</Table.Td>
          <Table.Td style={nowrap}>
            <Badge variant="outline" color={STATUS_COLORS[item.status]}>
              {t(`supervision.itemStatus.${item.status}`)}
            </Badge>
          </Table.Td>
        </Table.Tr>
      ))}
    </RecordTable>
  );
}
