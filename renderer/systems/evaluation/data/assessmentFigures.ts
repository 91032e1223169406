import { CONTENT_ITEMS, satisfiedRateTenths, type Tally } from '../../../../shared/systems/evaluation';
import type { AssessmentColumn, AssessmentLink, AssessmentPart } from '../../../core/manifest';
import { placeSub } from '../screens/evaluationRoute';
import { resultsRepo } from './resultsRepo';

const COLUMNS: readonly AssessmentColumn[] = CONTENT_ITEMS.flatMap((item): AssessmentColumn[] => [
  { id: `${item}.n`, labelKey: `assessment.columns.evaluation.${item}.n`, format: 'count' },
  { id: `${item}.satisfied`, labelKey: `assessment.columns.evaluation.${item}.satisfied`, format: 'count' },
  { id: `${item}.rate`, labelKey: `assessment.columns.evaluation.${item}.rate`, format: 'percentTenths' },
]);

/**
 * System 4's part of the annual assessment (S4-5.2): per unit and content item, the year's
 * ratings, how many were satisfied and the 满意率 — the Results page's matrix for the year. Every
 * figure opens that year's results, where each number lists its records and returns.
 */
export async function evaluationAssessment(year: number): Promise<AssessmentPart> {
  const matrix = await resultsRepo.matrix(year, { granularity: 'year', level: 'item' });
  const results: AssessmentLink = { path: 'evaluation', sub: placeSub({ page: 'results', year }) };
  const period = String(year);
  return {
    columns: COLUMNS,
    units: [...matrix].map(([unitId, byContent]) => {
      const values: Record<string, number | null> = {};
      for (const item of CONTENT_ITEMS) {
        const tally: Tally | undefined = byContent.get(item)?.get(period);
        values[`${item}.n`] = tally?.n ?? 0;
        values[`${item}.satisfied`] = tally?.satisfied ?? 0;
        values[`${item}.rate`] = tally ? satisfiedRateTenths(tally) : null;
      }
      return { unitId, values, links: Object.fromEntries(COLUMNS.map((c) => [c.id, results])) };
    }),
  };
}
