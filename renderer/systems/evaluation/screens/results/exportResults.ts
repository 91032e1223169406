import type { TFunction } from 'i18next';
import {
  CONTENT_ITEMS,
  periodsOfYear,
  periodText,
  satisfiedRateTenths,
  scoreTenths,
  sumTallies,
  tenthsText,
  type Granularity,
} from '../../../../../shared/systems/evaluation';
import { saveRecordedXlsx } from '../../../../core/documents/output/saveRecordedXlsx';
import { writeXlsx } from '../../../../core/sheets/writeXlsx';
import type { Names } from '../useNames';
import type { Results } from './useResults';

/** The year's matrix as .xlsx: a row per unit, content item and period, with every figure behind the score. */
export async function exportResults(
  year: number,
  granularity: Granularity,
  results: Results,
  names: Names,
  t: TFunction,
) {
  const headers = ['unit', 'content', 'period', 'n', 'score', 'rate', 'dissatisfied', 'points'].map((h) =>
    t(`evaluation.export.${h as 'unit'}`),
  );
  const rows: (string | number)[][] = [];
  for (const unitId of [...results.matrix.keys()].sort((a, b) =>
    names.unitName(a).localeCompare(names.unitName(b), 'zh-CN'),
  ))
    for (const period of periodsOfYear(year, granularity))
      for (const contentId of [null, ...CONTENT_ITEMS]) {
        const tally = sumTallies(results.matrix, { unitId, period, ...(contentId ? { contentId } : {}) });
        if (!tally.n) continue;
        rows.push([
          names.unitName(unitId),
          contentId ? t(`evaluation.content.${contentId}`) : t('evaluation.results.overall'),
          periodText(period),
          tally.n,
          tenthsText(scoreTenths(tally)),
          tenthsText(satisfiedRateTenths(tally)),
          tally.dissatisfied,
          tally.points,
        ]);
      }
  const bytes = await writeXlsx(String(year), headers, rows);
  // Figures per unit and period, no talent's words: no 密级 of their own. Registered like every export.
  const title = t('evaluation.export.fileName', { year });
  return saveRecordedXlsx(
    { kind: 'satisfactionSheet', sourceEntity: 'evaluationTallies', sourceId: String(year), title, secrecy: null },
    bytes,
    rows.length,
  );
}
