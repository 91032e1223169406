import {
  cellKey,
  matrixOf,
  monthsOf,
  periodRange,
  ratedCellsOfRecord,
  ratedCellsOfReturn,
  recountRows,
  tallyRowKey,
  type ContentId,
  type EvaluationRecord,
  type Matrix,
  type MatrixOptions,
  type PeriodKey,
  type QuestionnaireReturn,
  type RatedCell,
  type TallyRow,
} from '../../../../shared/systems/evaluation';
import { read } from '../../../core/data/write';
import { evaluationTables } from './schema';

/** What stands behind one number of the results: the records and returns it counts. */
export interface CellSources {
  records: EvaluationRecord[];
  returns: QuestionnaireReturn[];
}

/** Results (S4-5.2): read from the kept rows, never recounted on screen. */
export const resultsRepo = {
  /** The year's kept rows: one read of one key range (a row per unit rated that year). */
  yearRows: (year: number): Promise<TallyRow[]> =>
    read(() =>
      evaluationTables()
        .tallies.where('key')
        .between(tallyRowKey(year, ''), tallyRowKey(year, '\uffff'), true, true)
        .toArray(),
    ),

  /** The unit × content × period matrix of a year. */
  async matrix(year: number, options: MatrixOptions): Promise<Matrix> {
    return matrixOf(await resultsRepo.yearRows(year), options);
  },

  /**
   * The records and returns behind one number: a unit (and a content id, or all of the unit's)
   * in a period. A content id at the seed's level takes its sub-items with it.
   */
  sources(unitId: string, contentIds: readonly ContentId[], period: PeriodKey): Promise<CellSources> {
    return read(async () => {
      const keys = monthsOf(period).flatMap((m) => contentIds.map((c) => cellKey(m, unitId, c)));
      const t = evaluationTables();
      const { from, to } = periodRange(period);
      const inPeriod = (cells: RatedCell[]) =>
        cells.some(
          (c) => c.unitId === unitId && c.on >= from && c.on <= to && contentIds.some((id) => c.contentId === id),
        );
      const records = (await t.records.where('cellKeys').anyOf(keys).distinct().toArray()).filter((r) =>
        inPeriod(ratedCellsOfRecord(r)),
      );
      const returns = await t.returns.where('cellKeys').anyOf(keys).distinct().toArray();
      return {
        records: records.sort((a, b) => a.on.localeCompare(b.on)),
        returns: returns.sort((a, b) => a.copyNumber - b.copyNumber),
      };
    });
  },

  /**
   * Every rated cell recounted from the records and returns themselves: what the kept rows must
   * equal (tests, and the check the office can run from Settings).
   */
  recount: (): Promise<Map<string, TallyRow>> =>
    read(async () => {
      const t = evaluationTables();
      const versions = new Map((await t.versions.toArray()).map((v) => [v.key, v]));
      const cells: RatedCell[] = [];
      await t.records.each((r) => void cells.push(...ratedCellsOfRecord(r)));
      await t.returns.each((r) => {
        const v = versions.get(`${r.questionnaireId}|${r.version}`);
        if (v) cells.push(...ratedCellsOfReturn(r, v));
      });
      return recountRows(cells);
    }),
};
