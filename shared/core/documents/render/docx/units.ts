/**
 * GB/T 9704-2012 page numbers in Word units (docformat.md "Page" and "Word"). Twips (tw) are
 * 1/20 pt; run sizes are half-points (w:sz).
 */

export const TW_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TW_PER_MM);

/** A4 and the margins that leave the 156 × 225 mm 版心 (天头 37, 订口 28). */
export const PAGE = { width: 11906, height: 16838, top: 2098, left: 1587, right: 1474, bottom: 1984 } as const;
/** 版心 width and height: 156 mm and 225 mm. */
export const TYPE_WIDTH = 8845;
export const TYPE_HEIGHT = 12756;
/** One body line: 225 mm / 22 = 28.95 pt. */
export const LINE = 579;
export const LINES_PER_PAGE = 22;
/** One 3号 character cell: 156 mm / 28 (16 pt − 0.21 pt). Indents of 一字/二字 are counted in it. */
export const CHAR = 316;
/** −0.25 pt between 16 pt glyphs: 28 × 15.75 pt = 441 pt fits the 442.2 pt line, 29 do not. */
export const BODY_CHARACTER_SPACING = -5;

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24 } as const;
/** 四号 character width in twips, for 版记 indents (左右各空一字). */
export const SI_CHAR = 280;

export const RED = 'FF0000';

/** Table cell padding left and right (Word's default 0.19 cm). */
export const CELL_PADDING = 108;
