import { describe, expect, it } from 'vitest';
import { PREVIEW_ROWS_OVER_LIMIT, readSheetForPage, withRows } from './readForPage';

/** A units CSV of `rows` data rows (sheet rows 2…), #N/A in the name of the rows given. */
function csv(rows: number, na: number[] = []): Uint8Array {
  const lines = ['类别,名称'];
  for (let i = 2; i < rows + 2; i++) lines.push(`成员单位,${na.includes(i) ? '#N/A' : `单位${i}`}`);
  return new TextEncoder().encode(lines.join('\r\n'));
}

describe('the rows a read sheet hands the page', () => {
  it('hands every row of a sheet within the limit, with its problems', () => {
    const { file, chunks } = readSheetForPage('a.csv', csv(4500, [3, 4000]), { keepRows: 5000 });
    const read = withRows(file, chunks);
    expect(read.data.rowCount).toBe(4500);
    expect(read.data.rows).toHaveLength(4500);
    expect(read.data.rowNumbers.at(-1)).toBe(4501);
    expect(read.data.problems.map((p) => [p.row, p.rule])).toEqual([
      [3, 'error-cell'],
      [4000, 'error-cell'],
    ]);
  });

  it('hands only the count and the first rows of a sheet over the limit, and hears the count as it goes', () => {
    const counts: number[] = [];
    const { file, chunks } = readSheetForPage('b.csv', csv(6001, [3, 4000]), { keepRows: 5000 }, (n) => counts.push(n));
    const read = withRows(file, chunks);
    expect(read.data.rowCount).toBe(6001);
    expect(read.data.rows).toHaveLength(PREVIEW_ROWS_OVER_LIMIT);
    expect(read.data.rowNumbers).toEqual(Array.from({ length: PREVIEW_ROWS_OVER_LIMIT }, (_, i) => i + 2));
    expect(read.data.rows[0]).toEqual({ 类别: '成员单位', 名称: '单位2' });
    expect(read.data.problems.map((p) => p.row)).toEqual([3]);
    // Counted past the rows kept, so the dialog's count keeps moving to the end of the file.
    expect(counts).toEqual([2000, 4000, 6000]);
  });
});
