import { describe, expect, it } from 'vitest';
import { countLines, LIBREOFFICE_AUTOSPACE_EM } from './measure';

/** The body measure: 三号, 156 mm, characters 0.25 pt closer (docformat.md). */
const line = { sizePt: 16, widthTw: 8845, spacingTw: -5 };

describe('countLines', () => {
  it('sets 28 CJK characters on a line and carries the 29th down', () => {
    expect(countLines('人'.repeat(28), line)).toBe(1);
    expect(countLines('人'.repeat(29), line)).toBe(2);
  });

  it('sets no space between digits and CJK characters, as print and Word do', () => {
    expect(countLines(`${'人'.repeat(13)}64${'人'.repeat(14)}`, line)).toBe(1);
  });

  it('spaces digits from CJK characters but not from punctuation, as LibreOffice does', () => {
    const lo = { ...line, autoSpaceEm: LIBREOFFICE_AUTOSPACE_EM };
    // Measured in LibreOffice: this line of the sample circular fits, 的 and 6 spaced, % and ， not.
    expect(countLines('成。截至目前，已完成年度任务的64%，下一步将围绕听取各镇', lo)).toBe(1);
    // 27 × 315 tw + 2 × 155 tw would fit; the two spaces of 64 tw around the digits do not.
    expect(countLines(`${'人'.repeat(13)}64${'人'.repeat(14)}`, lo)).toBe(2);
  });

  it('carries a closing mark down with the character before it', () => {
    expect(countLines(`${'人'.repeat(28)}。`, line)).toBe(2);
    expect(countLines(`${'人'.repeat(27)}。`, line)).toBe(1);
  });
});
