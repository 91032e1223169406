/** GB/T 9704-2012 page geometry for print, in mm (docformat.md "Page"). */

/** A4 with 天头 37, 订口 28, right 26, bottom 35: the 版心 is 156 × 225 mm. */
export const PAGE_MM = { width: 210, height: 297, top: 37, right: 26, bottom: 35, left: 28 } as const;
export const TYPE_AREA_MM = { width: 156, height: 225 } as const;

/** 22 lines fill the 版心: one body line (一行) is 225/22 mm. */
export const LINES_PER_PAGE = 22;
export const LINE_MM = TYPE_AREA_MM.height / LINES_PER_PAGE;

export const PT_TO_MM = 25.4 / 72;

/** 字号 → pt: 初42 小初36 二22 三16 四14. */
export const SIZE_PT = { chu: 42, xiaochu: 36, er: 22, san: 16, si: 14 } as const;

/** A length in mm for CSS, rounded to a micrometre. */
export function mm(value: number): string {
  return `${Number(value.toFixed(3))}mm`;
}

/** n body lines as an exact CSS length (same expression as the body's line-height). */
export function lines(n: number): string {
  return n === 1 ? 'calc(225mm / 22)' : `calc(225mm * ${n} / 22)`;
}

/** Width of a run of text in 一字 (ems): half-width (ASCII) characters count one half. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}
