import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../../shared/core/common/localDate';
import { type DeadlineBounds, daysOverdue, deadlineState } from '../../../../../shared/systems/supervision/deadline';
import type { SupervisionItem } from '../../../../../shared/systems/supervision/item';

const COLORS = { overdue: 'red', dueSoon: 'yellow', onTrack: 'gray', done: 'green' } as const;

/**
 * 临期 yellow, 逾期 red with the days overdue: the one rule of deadline.ts, shown the same
 * everywhere (nothing for a withdrawn item).
 */
export function DeadlineBadge({
  item,
  bounds,
}: {
  item: Pick<SupervisionItem, 'dueOn' | 'status'>;
  bounds: DeadlineBounds;
}) {
  const { t } = useTranslation();
  // A withdrawn item has no deadline to keep: its status says what became of it.
  if (item.status === 'withdrawn') return null;
  const state = deadlineState(item, bounds);
  const label =
    state === 'overdue'
      ? t('supervision.deadline.overdue', { count: daysOverdue(item.dueOn, bounds.today) })
      : state === 'dueSoon'
        ? t('supervision.deadline.dueSoon', { count: daysBetween(bounds.today, item.dueOn) })
        : t(`supervision.deadline.${state}`);
  return (
    <Badge
      color={COLORS[state]}
      variant={state === 'onTrack' ? 'light' : 'filled'}
      style={{ whiteSpace: 'nowrap' }}
      data-deadline={state}
    >
      {label}
    </Badge>
  );
}
