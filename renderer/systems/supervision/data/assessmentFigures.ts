import type { LocalDate } from '../../../../shared/core/common/localDate';
import { daysBetween } from '../../../../shared/core/common/localDate';
import { daysOverdue, isOpenStatus } from '../../../../shared/systems/supervision/deadline';
import { overdueDaysAccrued } from '../../../../shared/systems/supervision/extension';
import { FINDING_RATINGS } from '../../../../shared/systems/supervision/finding';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import type { AssessmentColumn, AssessmentLink, AssessmentPart } from '../../../core/manifest';
import { getDb } from '../../../core/data/db';
import { read } from '../../../core/data/write';
import { placeSub } from '../screens/supervisionRoute';
import { supervisionReportsRepo } from './supervisionReportsRepo';

const COLUMNS: readonly AssessmentColumn[] = [
  { id: 'total', labelKey: 'assessment.columns.supervision.total', format: 'count' },
  { id: 'closedOnTime', labelKey: 'assessment.columns.supervision.closedOnTime', format: 'count' },
  { id: 'closedLate', labelKey: 'assessment.columns.supervision.closedLate', format: 'count' },
  { id: 'open', labelKey: 'assessment.columns.supervision.open', format: 'count' },
  { id: 'overdueOpen', labelKey: 'assessment.columns.supervision.overdueOpen', format: 'count' },
  { id: 'overdueDays', labelKey: 'assessment.columns.supervision.overdueDays', format: 'days' },
  { id: 'rate', labelKey: 'assessment.columns.supervision.rate', format: 'percent' },
  { id: 'visits', labelKey: 'assessment.columns.supervision.visits', format: 'count' },
  ...FINDING_RATINGS.map((r): AssessmentColumn => ({
    id: r,
    labelKey: `assessment.columns.supervision.${r}`,
    format: 'count',
  })),
  { id: 'explanations', labelKey: 'assessment.columns.supervision.explanations', format: 'count' },
];

/**
 * Days the item was late: before any extension (kept on its record), then past its deadline —
 * until it was closed, or until today while it is open.
 */
export function itemOverdueDays(item: SupervisionItem, today: LocalDate): number {
  const late = isOpenStatus(item.status)
    ? daysOverdue(item.dueOn, today)
    : item.closedOn
      ? Math.max(0, daysBetween(item.dueOn, item.closedOn))
      : 0;
  return overdueDaysAccrued(item) + late;
}

const sub = (place: Parameters<typeof placeSub>[0]): AssessmentLink => ({ path: 'supervision', sub: placeSub(place) });

/**
 * System 2's part of the annual assessment (S2-5.3): each unit's year as the year summary reports
 * it, with the days its items ran late; every figure opens the unit's items or the checks.
 */
export async function supervisionAssessment(year: number, today: LocalDate): Promise<AssessmentPart> {
  const summaries = await supervisionReportsRepo.yearSummaries(year, today);
  const items = await read(() => getDb().supervisionItems.where('year').equals(year).toArray());
  const days = new Map<string, number>();
  for (const item of items)
    if (item.status !== 'withdrawn') days.set(item.unitId, (days.get(item.unitId) ?? 0) + itemOverdueDays(item, today));
  return {
    columns: COLUMNS,
    units: summaries.map((s) => {
      const history = sub({ page: 'items', scope: { by: 'history', unitId: s.unitId } });
      const checks = sub({ page: 'checks' });
      return {
        unitId: s.unitId,
        values: {
          total: s.total,
          closedOnTime: s.closedOnTime,
          closedLate: s.closed - s.closedOnTime,
          open: s.total - s.closed,
          overdueOpen: s.overdueOpen,
          overdueDays: days.get(s.unitId) ?? 0,
          rate: s.rate,
          visits: s.visits,
          ...s.ratings,
          explanations: s.explanations,
        },
        links: {
          total: history,
          closedOnTime: history,
          closedLate: history,
          open: sub({ page: 'items', scope: { by: 'unit', unitId: s.unitId, view: 'open' } }),
          overdueOpen: sub({ page: 'items', scope: { by: 'unit', unitId: s.unitId, view: 'overdue' } }),
          overdueDays: history,
          rate: history,
          visits: checks,
          ...Object.fromEntries(FINDING_RATINGS.map((r) => [r, checks])),
          explanations: history,
        },
      };
    }),
  };
}
