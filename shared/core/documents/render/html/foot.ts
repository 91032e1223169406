import { LINE_MM, mm, TYPE_AREA_MM } from './geometry';

/**
 * The foot block (版记, 简报 报尾, 信函 抄送) sits at the foot of a page: its last rule is the
 * 版心 bottom (docformat.md "版记"). Chromium cannot float a box to the page bottom or ask a
 * page's parity, so:
 *  - an in-flow `.foot-room` as tall as the block reserves the space (break-inside: avoid), so it
 *    lands on the first page after the body where the block fits;
 *  - the block itself is absolutely positioned: its top is the end of that page, found by rounding
 *    the room's bottom (CSS anchor()) up to a whole page of the fragmented flow, minus its height.
 *    Out-of-flow boxes fragment in Chromium, so this puts it on that page's foot. Pages stack at
 *    exactly one page area each as long as nothing is wider than the 版心 (else Chromium shrinks
 *    the printout: see `.doc{overflow-x:clip}`).
 * Page parity is the caller's second pass: see chooseColophonBreak.
 */
export type ColophonBreak = 'same-page' | 'next-page' | 'blank-then-next';

/**
 * docformat.md "版记 page" (printed double-sided, the 版记 is on an even page): body ends on an
 * even page with room → same page; on an odd page → next page (numbered); on a full even page →
 * a blank page, then the 版记 page, both without page numbers (§7.5).
 */
export function chooseColophonBreak(bodyEndPage: number, hasRoomForColophon: boolean): ColophonBreak {
  if (bodyEndPage % 2 === 1) return 'next-page';
  return hasRoomForColophon ? 'same-page' : 'blank-then-next';
}

/**
 * The inputs of chooseColophonBreak from two page counts, no PDF parsing needed: a 'next-page'
 * render always has the body's pages plus one; a 'same-page' render has no extra page exactly
 * when the block fits under the body.
 */
export function colophonInputsFromPageCounts(
  pagesSamePage: number,
  pagesNextPage: number,
): { bodyEndPage: number; hasRoomForColophon: boolean } {
  const bodyEndPage = pagesNextPage - 1;
  return { bodyEndPage, hasRoomForColophon: pagesSamePage === bodyEndPage };
}

export interface FootRow {
  html: string;
  className: string;
  /** Body lines the row takes (an estimate for wrapped rows; the block is bottom-aligned). */
  lines: number;
  /** Rules (mm thick) along the row's top and bottom edges: 版记 0.35 / 0.25 / 0.35. */
  ruleTopMm?: number;
  ruleBottomMm?: number;
}

/**
 * The row's rules as rectangles of one inline SVG over the row. Chromium snaps borders, background
 * boxes and replaced boxes to whole CSS px, so 0.35 and 0.25 mm would both print 0.26 mm; shapes
 * inside an SVG keep their exact mm, and print without background printing.
 */
function rulesSvg(row: FootRow): string {
  const rects: string[] = [];
  if (row.ruleTopMm) rects.push(`<rect width="100%" height="${mm(row.ruleTopMm)}"/>`);
  // Measured from the row's top: a percentage of the (px-snapped) SVG box would move it.
  if (row.ruleBottomMm)
    rects.push(
      `<rect y="${mm(row.lines * LINE_MM - row.ruleBottomMm)}" width="100%" height="${mm(row.ruleBottomMm)}"/>`,
    );
  return rects.length ? `<svg class="rules" aria-hidden="true">${rects.join('')}</svg>` : '';
}

function rowHtml(row: FootRow): string {
  return `<div class="foot-row ${row.className}">${rulesSvg(row)}${row.html}</div>`;
}

export interface FootOptions {
  colophonBreak: ColophonBreak;
  /** Height of page 1's page area: 225 mm, less on a 信函 whose first page has its own margins. */
  firstPageMm?: number;
}

export function renderFoot(rows: readonly FootRow[], className: string, options: FootOptions): string {
  if (rows.length === 0) return '';
  const count = rows.reduce((sum, row) => sum + row.lines, 0);
  const height = count * LINE_MM;
  // Chromium's page area is a whole number of CSS px (225 mm → 851 px): pages stack at that pitch.
  const page = `round(up, ${mm(TYPE_AREA_MM.height)}, 1px)`;
  const first = `round(up, ${mm(options.firstPageMm ?? TYPE_AREA_MM.height)}, 1px)`;
  // 0.5 mm keeps a room ending exactly on a page end on that page; 0.3 mm keeps the block inside it.
  const top = `calc(round(up, anchor(--foot-room bottom) - ${first} - 0.5mm, ${page}) + ${first} - ${mm(height + 0.3)})`;
  const roomClass = { 'same-page': '', 'next-page': ' next-page', 'blank-then-next': ' next-page bare' }[
    options.colophonBreak
  ];
  const blankPage = options.colophonBreak === 'blank-then-next' ? '<div class="blank-page"></div>' : '';
  const body = rows.map(rowHtml).join('');
  return (
    `${blankPage}<div class="foot-room${roomClass}" style="height:${mm(height)};anchor-name:--foot-room"></div>` +
    `<div class="foot ${className}" style="top:${top};height:${mm(height)}">${body}</div>`
  );
}
