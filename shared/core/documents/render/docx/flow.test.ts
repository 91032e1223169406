import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { Flow } from './flow';

const p = () => new Paragraph({});
/** A flow of `lines` body lines, in one paragraph. */
const linesOf = (lines: number) => new Flow().add(p(), lines);

describe('Flow', () => {
  it('runs paragraph lines on across pages as one stream', () => {
    expect(linesOf(19).add(p(), 5).lines).toBe(24);
  });

  it('moves a block that does not fit whole to the next page', () => {
    expect(linesOf(21).addTwips(p(), 2 * 579).lines).toBe(24);
  });

  it('moves a table row that does not fit to the next page and repeats the header rows there', () => {
    // Header and rows 1 and 2 fill page 1 (19 + 3 lines); row 3 goes to page 2 under the header.
    expect(linesOf(19).addTable(p(), [1, 1, 1, 1], 1).lines).toBe(22 + 2);
  });

  it('keeps the header rows with the first row under them', () => {
    expect(linesOf(21).addTable(p(), [1, 1, 1], 1).lines).toBe(22 + 3);
  });

  it('fits rows whose rules pass 22 lines by less than the 版心 has to spare', () => {
    // 22 lines of 579 tw leave 18 tw of the 12 756 tw 版心: 22 rows of 589 tw take 12 958.
    expect(new Flow().addTable(p(), Array(21).fill(589 / 579), 1).lines).toBeCloseTo(21 * (589 / 579));
  });

  it('places an appended flow from where this one stands', () => {
    const table = new Flow().addTable(p(), [1, 1, 1, 1], 1);
    expect(table.lines).toBe(4);
    expect(linesOf(19).append(table).lines).toBe(24);
    expect(linesOf(19).append(table).children).toHaveLength(2);
  });
});
