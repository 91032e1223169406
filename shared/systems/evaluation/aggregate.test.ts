import { describe, expect, it } from 'vitest';
import { cyrb128, sfc32 } from '../../core/common/seededRandom';
import { applyRatedCells, matrixOf, recountRows, sumTallies, tallyRowKeysOf, type TallyRow } from './aggregate';
import { periodOf, periodRange, periodText, periodsOfYear } from './period';
import { cellKeysOf, type RatedCell } from './rating';
import { FIVE_GRADE_SCALE } from './scale';
import { scoreTenths } from './tally';

const cell = (on: string, unitId: string, contentId: string, grade: number): RatedCell => ({
  on,
  unitId,
  contentId,
  scale: FIVE_GRADE_SCALE,
  grade,
});

describe('kept results per unit, content item and period', () => {
  it('stay equal to a recount whatever order ratings are added and taken away in', () => {
    const next = sfc32(cyrb128('tallies'));
    const random = () => next() / 2 ** 32;
    const units = ['u1', 'u2', 'u3'];
    const contents = ['policy', 'performance/efficiency', 'other'];
    const all: RatedCell[] = Array.from({ length: 600 }, () =>
      cell(
        `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-1${Math.floor(random() * 9)}`,
        units[Math.floor(random() * 3)],
        contents[Math.floor(random() * 3)],
        Math.floor(random() * 5),
      ),
    );
    const kept = new Map<string, TallyRow>();
    for (let i = 0; i < all.length; i += 7) applyRatedCells(kept, all.slice(i, i + 7), 1);
    const removed = all.filter((_, i) => i % 5 === 0);
    applyRatedCells(kept, removed, -1);
    for (const [key, row] of kept) if (Object.keys(row.cells).length === 0) kept.delete(key);
    expect(kept).toEqual(recountRows(all.filter((_, i) => i % 5 !== 0)));
  });

  it('drops a cell once its last rating is taken away', () => {
    const rows = new Map<string, TallyRow>();
    applyRatedCells(rows, [cell('2026-03-02', 'u1', 'policy', 1)], 1);
    applyRatedCells(rows, [cell('2026-03-02', 'u1', 'policy', 1)], -1);
    expect(rows.get('2026|u1')?.cells).toEqual({});
  });

  it('reads months into quarters and years, and rolls the office’s sub-items up into the seed’s items', () => {
    const rows = [
      ...recountRows([
        cell('2026-01-05', 'u1', 'performance/efficiency', 0),
        cell('2026-02-05', 'u1', 'performance/attitude', 3),
        cell('2026-04-01', 'u1', 'performance', 1),
        cell('2026-04-01', 'u2', 'policy', 2),
      ]).values(),
    ];
    const byQuarter = matrixOf(rows, { granularity: 'quarter', level: 'item' });
    const q1 = byQuarter.get('u1')!.get('performance')!.get('2026-Q1')!;
    expect([q1.n, scoreTenths(q1)]).toEqual([2, 700]);
    expect(byQuarter.get('u1')!.get('performance')!.get('2026-Q2')!.n).toBe(1);
    const leaves = matrixOf(rows, { granularity: 'year', level: 'leaf' });
    expect([...leaves.get('u1')!.keys()].sort()).toEqual([
      'performance',
      'performance/attitude',
      'performance/efficiency',
    ]);
    expect(sumTallies(byQuarter, { period: '2026-Q2' }).n).toBe(2);
    expect(sumTallies(byQuarter, { unitId: 'u1' }).n).toBe(3);
  });

  it('indexes a record by the month, unit and content of each cell it rates, once each', () => {
    const cells = [cell('2026-03-02', 'u1', 'policy', 1), cell('2026-03-09', 'u1', 'policy', 0)];
    expect(cellKeysOf(cells)).toEqual(['2026-03|u1|policy']);
    expect(tallyRowKeysOf([...cells, cell('2025-12-31', 'u1', 'other', 0)])).toEqual(['2026|u1', '2025|u1']);
  });
});

describe('periods', () => {
  it('names months, quarters and years as the documents do, with their first and last days', () => {
    expect(periodOf('2026-08-31', 'quarter')).toBe('2026-Q3');
    expect(periodText('2026-Q3')).toBe('2026年第三季度');
    expect(periodText('2026-03')).toBe('2026年3月');
    expect(periodText('2026')).toBe('2026年度');
    expect(periodRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodsOfYear(2026, 'quarter')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });
});
