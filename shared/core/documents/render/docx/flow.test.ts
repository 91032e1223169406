import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { Flow } from './flow';

const p = () => new Paragraph({});
/** A flow of `lines` body lines, in one paragraph. */
const linesOf = (lines: number) => new Flow().add(p(), lines);
/** A table's top rule (0.5 pt), over its first row on each page. */
const RULE = 10 / 579;

describe('Flow', () => {
  it('runs paragraph lines on across pages as one stream', () => {
    expect(linesOf(19).add(p(), 5).lines).toBe(24);
  });

  it('moves a block that does not fit whole to the next page', () => {
    expect(linesOf(21).addTwips(p(), 2 * 579).lines).toBe(24);
  });

  it('moves a table row that does not fit to the next page and repeats the header rows there', () => {
    // Header and row 1 under its top rule take lines 20–21 of page 1; row 2 would end 10 tw past line 22.
    expect(linesOf(18).addTable(p(), [1, 1, 1, 1], 1).lines).toBeCloseTo(22 + RULE + 2);
    expect(linesOf(19).addTable(p(), [1, 1, 1, 1], 1).lines).toBeCloseTo(22 + RULE + 3);
  });

  it('keeps the header rows with the first row under them', () => {
    expect(linesOf(21).addTable(p(), [1, 1, 1], 1).lines).toBeCloseTo(22 + RULE + 3);
  });

  it('leaves the 版心’s last 18 tw to paragraph lines: a table row that would end in them goes over', () => {
    // 6 body lines, the top rule and 16 rows end at 12 748 tw of the 12 756: LibreOffice moves row 16,
    // which goes on page 2 under the repeated header with row 17.
    expect(linesOf(6).addTable(p(), Array(17).fill(1), 1).lines).toBeCloseTo(22 + RULE + 3);
    expect(linesOf(6).add(p(), 16).lines).toBe(22);
  });

  it('places an appended flow from where this one stands', () => {
    const table = new Flow().addTable(p(), [1, 1, 1, 1], 1);
    expect(table.lines).toBeCloseTo(4 + RULE);
    expect(linesOf(18).append(table).lines).toBeCloseTo(22 + RULE + 2);
    expect(linesOf(19).append(table).children).toHaveLength(2);
  });
});
