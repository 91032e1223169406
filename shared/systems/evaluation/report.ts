import { sumTallies, type Matrix } from './aggregate';
import type { PeriodKey } from './period';
import type { Reminder } from './rectification';
import { emptyTally, mergeTally, scoreTenths, type Tally } from './tally';
import { CONTENT_ITEMS, type Channel, type ContentItem } from './terms';
import type { ProblemFlag } from './thresholds';

/**
 * One period's results (S4-5.2), as the 满意度评价情况通报 and the Results page report them: how
 * much each channel brought in, the overall and per-item figures, each unit's, the flags and the
 * reminders issued. The matrix must be at the period's granularity and the seed's items' level.
 */
export interface SatisfactionReport {
  period: PeriodKey;
  /** Records per channel in the period (questionnaire: returns counted). */
  channels: Partial<Record<Channel, number>>;
  overall: Tally;
  items: Record<ContentItem, Tally>;
  /** Units rated in the period, best score first. */
  units: Array<{ unitId: string; tally: Tally; items: Partial<Record<ContentItem, Tally>> }>;
  flags: ProblemFlag[];
  reminders: Array<Pick<Reminder, 'unitId' | 'number' | 'dueOn' | 'contentId'>>;
}

export function satisfactionReport(
  matrix: Matrix,
  period: PeriodKey,
  extra: Pick<SatisfactionReport, 'channels' | 'flags' | 'reminders'>,
): SatisfactionReport {
  const items = Object.fromEntries(
    CONTENT_ITEMS.map((c) => [c, sumTallies(matrix, { contentId: c, period })]),
  ) as Record<ContentItem, Tally>;
  const overall = CONTENT_ITEMS.reduce((t, c) => mergeTally(t, items[c]), emptyTally());
  const units: SatisfactionReport['units'] = [];
  for (const [unitId, byContent] of matrix) {
    const tally = sumTallies(matrix, { unitId, period });
    if (tally.n === 0) continue;
    const perItem: Partial<Record<ContentItem, Tally>> = {};
    for (const [contentId, byPeriod] of byContent) {
      const t = byPeriod.get(period);
      if (t?.n) perItem[contentId as ContentItem] = t;
    }
    units.push({ unitId, tally, items: perItem });
  }
  units.sort((a, b) => (scoreTenths(b.tally) ?? 0) - (scoreTenths(a.tally) ?? 0) || b.tally.n - a.tally.n);
  return { period, overall, items, units, ...extra };
}
