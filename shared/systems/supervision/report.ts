import type { LocalDate } from '../../core/common/localDate';
import { daysOverdue, isOpenStatus } from './deadline';
import type { Check, CheckMethod } from './check';
import { overdueDaysAccrued } from './extension';
import type { Finding, FindingRating } from './finding';
import type { SupervisionItem } from './item';

/** Completion figures of one unit over a set of items. */
export interface UnitCompletion {
  unitId: string;
  total: number;
  closed: number;
  /** Closed on or before the deadline and never overdue before an extension (按期办结). */
  closedOnTime: number;
  /** Still open and past the deadline on the report date. */
  overdueOpen: number;
}

/** 办结率 in whole percent; a unit with no items has none (null), not 100 %. */
export function completionRate(c: Pick<UnitCompletion, 'total' | 'closed'>): number | null {
  return c.total === 0 ? null : Math.round((c.closed / c.total) * 100);
}

const isDone = (item: SupervisionItem) => !isOpenStatus(item.status);

/**
 * Per unit, in the order the units first appear. `today` decides what is overdue. A withdrawn
 * item (issued by mistake) counts nowhere; an item extended after it had fallen overdue is not
 * on time, however it ended.
 */
export function completionByUnit(items: readonly SupervisionItem[], today: LocalDate): UnitCompletion[] {
  const byUnit = new Map<string, UnitCompletion>();
  for (const item of items) {
    if (item.status === 'withdrawn') continue;
    let c = byUnit.get(item.unitId);
    if (!c)
      byUnit.set(item.unitId, (c = { unitId: item.unitId, total: 0, closed: 0, closedOnTime: 0, overdueOpen: 0 }));
    c.total += 1;
    if (isDone(item)) {
      c.closed += 1;
      if (item.closedOn && item.closedOn <= item.dueOn && overdueDaysAccrued(item) === 0) c.closedOnTime += 1;
    } else if (item.dueOn < today) c.overdueOpen += 1;
  }
  return [...byUnit.values()];
}

/** What a 督查通报 for a period is built from (S2-3.3). */
export interface PeriodReport {
  from: LocalDate;
  to: LocalDate;
  today: LocalDate;
  checkCount: number;
  byMethod: Record<CheckMethod, number>;
  /** Units checked on site (findings recorded) */
  unitsVisited: number;
  /** Unfinished matters found in the period's checks */
  mattersFound: number;
  /** Items due in the period, per unit, best completion first. */
  units: UnitCompletion[];
  totals: UnitCompletion;
  /** Items due in the period still open and past their deadline, most overdue first. */
  overdue: Array<{ item: SupervisionItem; daysOverdue: number }>;
  goodPractice: Array<{ unitId: string; text: string }>;
}

/**
 * Checks that ran in the period (started or ended within it), items due within it, and good
 * practice from the period's findings. Pure: the caller reads the records.
 */
export function periodReport(input: {
  from: LocalDate;
  to: LocalDate;
  today: LocalDate;
  checks: readonly Check[];
  items: readonly SupervisionItem[];
  findings: readonly Finding[];
}): PeriodReport {
  const { from, to, today } = input;
  const checks = input.checks.filter(
    (c) => (c.status === 'underway' || c.status === 'completed') && c.startOn <= to && c.endOn >= from,
  );
  const byMethod: Record<CheckMethod, number> = { unannounced: 0, research: 0, random: 0, thirdParty: 0 };
  for (const c of checks) byMethod[c.method] += 1;
  const checkIds = new Set(checks.map((c) => c.id));
  const findings = input.findings.filter((f) => checkIds.has(f.checkId));
  const items = input.items.filter((i) => i.dueOn >= from && i.dueOn <= to);
  const units = completionByUnit(items, today).sort(
    (a, b) => (completionRate(b) ?? -1) - (completionRate(a) ?? -1) || b.total - a.total,
  );
  const totals = units.reduce<UnitCompletion>(
    (t, u) => ({
      unitId: '*',
      total: t.total + u.total,
      closed: t.closed + u.closed,
      closedOnTime: t.closedOnTime + u.closedOnTime,
      overdueOpen: t.overdueOpen + u.overdueOpen,
    }),
    { unitId: '*', total: 0, closed: 0, closedOnTime: 0, overdueOpen: 0 },
  );
  const overdue = items
    .filter((i) => isOpenStatus(i.status) && i.dueOn < today)
    .map((item) => ({ item, daysOverdue: daysOverdue(item.dueOn, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
  return {
    from,
    to,
    today,
    checkCount: checks.length,
    byMethod,
    unitsVisited: new Set(findings.map((f) => f.unitId)).size,
    mattersFound: findings.reduce((n, f) => n + f.itemIds.length, 0),
    units,
    totals,
    overdue,
    goodPractice: findings.filter((f) => f.goodPractice).map((f) => ({ unitId: f.unitId, text: f.goodPractice })),
  };
}

/** One unit's year of supervision, for the annual assessment (S2-5.3: 实绩考核和评先评优的参考). */
export interface UnitYearSummary extends UnitCompletion {
  year: number;
  rate: number | null;
  /** Times checked on site, and the ratings given. */
  visits: number;
  ratings: Record<FindingRating, number>;
  /** 情况说明 the unit had to give for late items. */
  explanations: number;
}

/** Items of the year (by their year) and the year's findings, per unit. */
export function unitYearSummaries(input: {
  year: number;
  today: LocalDate;
  items: readonly SupervisionItem[];
  findings: readonly Finding[];
}): UnitYearSummary[] {
  const items = input.items.filter((i) => i.year === input.year && i.status !== 'withdrawn');
  const byUnit = new Map<string, UnitYearSummary>();
  const entry = (unitId: string) => {
    let s = byUnit.get(unitId);
    if (!s)
      byUnit.set(
        unitId,
        (s = {
          unitId,
          year: input.year,
          total: 0,
          closed: 0,
          closedOnTime: 0,
          overdueOpen: 0,
          rate: null,
          visits: 0,
          ratings: { good: 0, fairlyGood: 0, fair: 0, poor: 0 },
          explanations: 0,
        }),
      );
    return s;
  };
  for (const c of completionByUnit(items, input.today)) Object.assign(entry(c.unitId), c);
  for (const item of items) entry(item.unitId).explanations += item.explanationCount ?? 0;
  for (const f of input.findings) {
    if (Number(f.visitedOn.slice(0, 4)) !== input.year) continue;
    const s = entry(f.unitId);
    s.visits += 1;
    s.ratings[f.rating] += 1;
  }
  for (const s of byUnit.values()) s.rate = completionRate(s);
  return [...byUnit.values()];
}
