import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitDeadlineCounts } from '../data/supervisionCountsRepo';
import type { OpenItemsView } from '../data/supervisionItemsRepo';
import { navigate } from '../../../core/shell/routes';
import { placeSub } from './supervisionRoute';
import { useUnits } from './useUnitNames';

const FIGURES: Array<{ view: Extract<OpenItemsView, 'open' | 'dueSoon' | 'overdue'>; color: string }> = [
  { view: 'open', color: 'blue.8' },
  { view: 'dueSoon', color: 'yellow.8' },
  { view: 'overdue', color: 'red.7' },
];

/** Open, 临期 and 逾期 per unit from the kept counts; each number opens that unit's list. */
export function UnitCountsTable({ rows, label }: { rows: UnitDeadlineCounts[]; label: string }) {
  const { t } = useTranslation();
  const units = useUnits(rows.map((u) => u.unitId));
  return (
    <Table aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('supervision.fields.unit')}</Table.Th>
          {FIGURES.map(({ view }) => (
            <Table.Th key={view}>{t(`supervision.dashboard.${view}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((u) => (
          <Table.Tr key={u.unitId}>
            <Table.Td>{units.get(u.unitId)?.name ?? '…'}</Table.Td>
            {FIGURES.map(({ view, color }) => (
              <Table.Td key={view}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c={u[view] > 0 ? color : 'dimmed'}
                  onClick={() =>
                    navigate('supervision', placeSub({ page: 'items', scope: { by: 'unit', unitId: u.unitId, view } }))
                  }
                  aria-label={t('supervision.dashboard.unitFigure', {
                    unit: units.get(u.unitId)?.name ?? '',
                    figure: t(`supervision.dashboard.${view}`),
                  })}
                >
                  {u[view]}
                </Anchor>
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
