import { parentItemOf, type ContentId } from './contentItems';
import { periodOf, type Granularity, type PeriodKey } from './period';
import type { RatedCell } from './rating';
import { gradeOf } from './scale';
import { emptyTally, mergeTally, type Tally } from './tally';

/**
 * Kept results (the matrix of S4-5.2): one row per unit and year, holding per content id, month
 * and scale the counts [ratings, points, satisfied, dissatisfied, grade 0, grade 1, …]. Every write
 * of a return or a record adjusts them in the same transaction, so the year's matrix is a read of
 * one row per unit, never a recount of 400 000 answers; tests prove the kept rows equal a recount.
 * Arrays of numbers, not objects: IndexedDB reads them several times faster.
 */
export interface TallyRow {
  /** `${year}|${unitId}` */
  key: string;
  year: number;
  unitId: string;
  /** `${contentId}|${MM}|${scaleId}` → [n, points, satisfied, dissatisfied, ...grades] */
  cells: Record<string, number[]>;
}

const HEAD = 4;

export function tallyRowKey(year: number | string, unitId: string): string {
  return `${year}|${unitId}`;
}

/** The rows a set of rated cells touches. */
export function tallyRowKeysOf(cells: readonly RatedCell[]): string[] {
  return [...new Set(cells.map((c) => tallyRowKey(c.on.slice(0, 4), c.unitId)))];
}

/**
 * Adds (sign 1) or takes away (sign −1) rated cells in `rows` (by key), creating rows as needed
 * and dropping cells that fall to nothing. Rows left with no cells stay in the map, empty: the
 * caller deletes them.
 */
export function applyRatedCells(rows: Map<string, TallyRow>, cells: readonly RatedCell[], sign: 1 | -1): void {
  for (const c of cells) {
    const year = Number(c.on.slice(0, 4));
    const key = tallyRowKey(year, c.unitId);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, year, unitId: c.unitId, cells: {} }));
    const cellKey = `${c.contentId}|${c.on.slice(5, 7)}|${c.scale.id}`;
    const counts = row.cells[cellKey] ?? new Array<number>(HEAD + c.scale.grades.length).fill(0);
    const g = gradeOf(c.scale, c.grade);
    counts[0] += sign;
    counts[1] += sign * g.points;
    if (g.verdict === 'satisfied') counts[2] += sign;
    if (g.verdict === 'dissatisfied') counts[3] += sign;
    counts[HEAD + c.grade] += sign;
    if (counts[0] === 0 && counts.every((n) => n === 0)) delete row.cells[cellKey];
    else row.cells[cellKey] = counts;
  }
}

/** Every row counted from scratch: what the kept rows must always equal. */
export function recountRows(cells: readonly RatedCell[]): Map<string, TallyRow> {
  const rows = new Map<string, TallyRow>();
  applyRatedCells(rows, cells, 1);
  for (const [key, row] of rows) if (Object.keys(row.cells).length === 0) rows.delete(key);
  return rows;
}

function tallyOfCounts(counts: readonly number[], scaleId: string): Tally {
  const tally = emptyTally();
  [tally.n, tally.points, tally.satisfied, tally.dissatisfied] = counts;
  counts.slice(HEAD).forEach((n, i) => {
    if (n) tally.grades[`${scaleId}:${i}`] = n;
  });
  return tally;
}

/** unit → content id → period → tally. */
export type Matrix = Map<string, Map<ContentId, Map<PeriodKey, Tally>>>;

export interface MatrixOptions {
  granularity: Granularity;
  /** 'item': sub-items roll up into the seed's three; 'leaf': each content id on its own. */
  level: 'item' | 'leaf';
}

/** The unit × content × period matrix of the kept rows. */
export function matrixOf(rows: readonly TallyRow[], { granularity, level }: MatrixOptions): Matrix {
  const matrix: Matrix = new Map();
  for (const row of rows) {
    let byContent = matrix.get(row.unitId);
    if (!byContent) matrix.set(row.unitId, (byContent = new Map()));
    for (const [cellKey, counts] of Object.entries(row.cells)) {
      const [contentId, month, scaleId] = cellKey.split('|');
      const content = level === 'item' ? parentItemOf(contentId) : contentId;
      const period = periodOf(`${row.year}-${month}-01`, granularity);
      let byPeriod = byContent.get(content);
      if (!byPeriod) byContent.set(content, (byPeriod = new Map()));
      const tally = byPeriod.get(period) ?? emptyTally();
      byPeriod.set(period, mergeTally(tally, tallyOfCounts(counts, scaleId)));
    }
  }
  return matrix;
}

/** All of a unit's content in one period (the unit's overall figure), or one content id's. */
export function sumTallies(
  matrix: Matrix,
  select: { unitId?: string; contentId?: ContentId; period?: PeriodKey },
): Tally {
  const total = emptyTally();
  for (const [unitId, byContent] of matrix) {
    if (select.unitId && unitId !== select.unitId) continue;
    for (const [contentId, byPeriod] of byContent) {
      if (select.contentId && contentId !== select.contentId) continue;
      for (const [period, tally] of byPeriod) if (!select.period || period === select.period) mergeTally(total, tally);
    }
  }
  return total;
}
