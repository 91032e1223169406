import { LINE_MM, mm, TYPE_AREA_MM } from './geometry';

/**
 * The foot block (版记, 简报 报尾, 信函 抄送) sits at the foot of a page: its last rule is the
 * 版心 bottom (docformat.md "版记"). Chromium cannot float a box to the page bottom or ask a
 * page's parity, but it lays out one page after another at a fixed pitch, and CSS anchor() and
 * round() can do the arithmetic:
 *  - an in-flow `.foot-room` as tall as the block and one clear line above it reserves the space
 *    (break-inside: avoid), so it lands on the first page after the body where the block fits;
 *  - the block itself is absolutely positioned at the end of that page — for a 版记, of the even
 *    page of that page's spread (§7.5, printed double-sided: the 版记 is on the back of a leaf):
 *    its bottom is the room's bottom rounded up to two pages. Out-of-flow boxes fragment in
 *    Chromium and add the pages they need, so this takes one print.
 * One case needs a second: the body ends on a full even page. The 版记 then goes on the next even
 * page with a blank page before it, and neither page is numbered (§7.5) — named pages, which
 * only an in-flow box can choose ('blank-then-next'). With `signalBlankPage` a first print says
 * so by coming out with an odd number of pages (see blankPageSignal).
 */
export type ColophonBreak = 'auto' | 'blank-then-next';

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
  /** On an even page (see onLastFace); false puts the block at the foot of the last page, whatever its parity. */
  isEvenPage: boolean;
  /**
   * With isEvenPage: an odd page count when the body ends on a full even page (a host that counts pages prints again).
   */
  signalBlankPage?: boolean;
  /** Height of page 1's page area: 225 mm, less on a 信函 whose first page has its own margins. */
  firstPageMm?: number;
  /** The 署名's blank lines, above the room (html/closing.ts): a break there truncates them. */
  blankLinesAbove?: number;
}

/**
 * Every foot block — the 版记, the 简报 报尾 (set like a 版记, docformat.md), the 信函 抄送 (§10.1:
 * 位于公文最后一面版心内最下方) — closes the document on its last face: printed double-sided, an even
 * page (§7.4, §7.5), with a blank page before it when the body ends on a full even page.
 */
export const onLastFace = <T extends { colophonBreak: ColophonBreak }>(ctx: T) => ({ ...ctx, isEvenPage: true });

/** Chromium's page area is a whole number of CSS px (225 mm → 851 px): pages stack at that pitch. */
const PAGE = `round(up, ${mm(TYPE_AREA_MM.height)}, 1px)`;
const SPREAD = `calc(2 * ${PAGE})`;
/** The end of the page a position is on (0.5 mm keeps a box ending exactly on a page end on that page). */
const pageEnd = (position: string, first: string) =>
  `calc(round(up, ${position} - ${first} - 0.5mm, ${PAGE}) + ${first})`;
/** Where page 2 ends: even pages end there and every two pages after (page 1 of a 信函 is shorter). */
const evenEnd = (first: string) => `calc(${first} + ${PAGE})`;
/** The end of the even page a position is on, or of the even page after it. */
const evenPageEnd = (position: string, first: string) =>
  `calc(round(up, ${position} - ${evenEnd(first)} - 0.5mm, ${SPREAD}) + ${evenEnd(first)})`;

/**
 * An empty box that adds a page when the body (ending at --body-end) ends on an even page and
 * the room did not fit under it: it stands just past the 版记 page, so the count comes out odd.
 * Each flag is 0 or 1 px; their product would need unit algebra, so min() of the two.
 */
function blankPageSignal(top: string, heightMm: number, first: string): string {
  const bodyPageEnd = pageEnd('anchor(--body-end top)', first);
  const roomPageEnd = pageEnd('anchor(--foot-room bottom)', first);
  const moved = `clamp(0px, ${roomPageEnd} - ${bodyPageEnd}, 1px)`;
  const even = `calc(1px - clamp(0px, mod(${bodyPageEnd} - ${evenEnd(first)}, ${SPREAD}), 1px))`;
  const pastPx = Number((((heightMm + 2) / 25.4) * 96).toFixed(2));
  return `<div class="foot-signal" style="top:calc(${top} + min(${moved}, ${even}) * ${pastPx})"></div>`;
}

export function renderFoot(rows: readonly FootRow[], className: string, options: FootOptions): string {
  if (rows.length === 0) return '';
  const count = rows.reduce((sum, row) => sum + row.lines, 0);
  const height = count * LINE_MM;
  const room =
    `<div class="foot-room` +
    `${options.colophonBreak === 'blank-then-next' ? ' next-page bare' : ''}" style="height:` +
    `${mm(height + LINE_MM)};margin-top:` +
    `${mm((options.blankLinesAbove ?? 0) * LINE_MM)};anchor-name:--foot-room"></div>`;
  const first = `round(up, ${mm(options.firstPageMm ?? TYPE_AREA_MM.height)}, 1px)`;
  const roomBottom = 'anchor(--foot-room bottom)';
  // The block's bottom 0.3 mm above the page end keeps it inside that page.
  const end =
    options.isEvenPage && options.colophonBreak === 'auto'
      ? evenPageEnd(roomBottom, first)
      : pageEnd(roomBottom, first);
  const top = `calc(${end} - ${mm(height + 0.3)})`;
  const body = rows.map(rowHtml).join('');
  const blankPage = options.colophonBreak === 'blank-then-next' ? '<div class="blank-page"></div>' : '';
  const signal =
    options.isEvenPage && options.signalBlankPage && options.colophonBreak === 'auto'
      ? blankPageSignal(top, height, first)
      : '';
  return (
    `<div class="body-end" style="anchor-name:--body-end"></div>${blankPage}${room}` +
    `<div class="foot ${className}" style="top:${top};height:${mm(height)}">${body}</div>${signal}`
  );
}
