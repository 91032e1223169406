import {
  applyRatedCells,
  ratedCellsOfRecord,
  ratedCellsOfReturn,
  recountRows,
  tallyRowKeysOf,
  type RatedCell,
  type TallyRow,
} from '../../../../shared/systems/evaluation';
import { evaluationTables } from './schema';

/**
 * Adjusts the kept results inside the caller's transaction (which must include the tallies
 * table): the cells a write takes away (a record's old ratings) and those it adds. Each touched
 * row is read and written once, so a return of 40 answers on 12 units costs 12 gets and puts.
 */
export async function applyTalliesInTransaction(
  removed: readonly RatedCell[],
  added: readonly RatedCell[],
): Promise<void> {
  if (removed.length === 0 && added.length === 0) return;
  const { tallies } = evaluationTables();
  const keys = tallyRowKeysOf([...removed, ...added]);
  const stored = await tallies.bulkGet(keys);
  const rows = new Map<string, TallyRow>();
  stored.forEach((row) => row && rows.set(row.key, row));
  applyRatedCells(rows, removed, -1);
  applyRatedCells(rows, added, 1);
  const empty = [...rows.values()].filter((r) => Object.keys(r.cells).length === 0).map((r) => r.key);
  await tallies.bulkPut([...rows.values()].filter((r) => Object.keys(r.cells).length > 0));
  if (empty.length) await tallies.bulkDelete(empty);
}

/** Replaces every kept row with a recount of `cells` (after sample data is loaded or removed). */
export async function replaceTalliesInTransaction(cells: readonly RatedCell[]): Promise<void> {
  const { tallies } = evaluationTables();
  await tallies.clear();
  await tallies.bulkPut([...recountRows(cells).values()]);
}

/**
 * Recounts every kept row from the records and returns themselves, inside the caller's transaction
 * (records, versions, returns and tallies): after sample data is loaded or removed, which writes
 * rows in bulk past the repositories.
 */
export async function rebuildTalliesInTransaction(): Promise<void> {
  const { records, versions, returns } = evaluationTables();
  const byKey = new Map((await versions.toArray()).map((v) => [v.key, v]));
  const cells: RatedCell[] = [];
  await records.each((r) => void cells.push(...ratedCellsOfRecord(r)));
  await returns.each((r) => {
    const v = byKey.get(`${r.questionnaireId}|${r.version}`);
    if (v) cells.push(...ratedCellsOfReturn(r, v));
  });
  await replaceTalliesInTransaction(cells);
}
