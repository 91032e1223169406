import { SHEET, type LayoutPage, type LayoutText, type TextRole } from './layoutModel';
import { lineCount, PT_MM } from './textMetrics';

/** Font size (pt) and line height (mm) of each text role. */
export const TEXT_STYLE: Record<TextRole, { sizePt: number; lineMm: number }> = {
  title: { sizePt: 22, lineMm: 10 },
  copyNumber: { sizePt: 14, lineMm: 6 },
  secrecy: { sizePt: 14, lineMm: 6 },
  meta: { sizePt: 10.5, lineMm: 4.6 },
  heading: { sizePt: 14, lineMm: 7 },
  body: { sizePt: 12, lineMm: 6 },
  label: { sizePt: 10.5, lineMm: 4.8 },
  small: { sizePt: 9, lineMm: 4 },
};

/**
 * Pages and a cursor down the content area: a block that does not fit below the cursor starts a
 * new page. Everything placed is in millimetres, so the same layout prints and reads.
 */
export class PageFlow {
  readonly pages: LayoutPage[] = [];
  y: number = SHEET.content.top;

  constructor(private readonly onNewPage: (page: LayoutPage) => void) {
    this.newPage();
  }

  get page(): LayoutPage {
    return this.pages[this.pages.length - 1];
  }

  get pageNo(): number {
    return this.pages.length;
  }

  newPage(): void {
    const page: LayoutPage = { pageNo: this.pages.length + 1, texts: [], boxes: [], textAreas: [], rules: [] };
    this.pages.push(page);
    this.y = SHEET.content.top;
    this.onNewPage(page);
  }

  /** Starts a new page unless `heightMm` fits below the cursor (or the page is still empty). */
  ensure(heightMm: number): void {
    if (this.y + heightMm > SHEET.content.bottom && this.y > SHEET.content.top) this.newPage();
  }

  /** Lays text in a column; returns its height. */
  text(text: string, role: TextRole, x: number, y: number, w: number, align: LayoutText['align'] = 'left'): LayoutText {
    const { sizePt, lineMm } = TEXT_STYLE[role];
    const lines = lineCount(text, w, sizePt);
    const placed: LayoutText = { text, role, x, y, w, h: lines * lineMm, align, lines, sizePt, lineMm };
    this.page.texts.push(placed);
    return placed;
  }

  rule(x1: number, y1: number, x2: number, y2: number, isGuide = false): void {
    this.page.rules.push(isGuide ? { x1, y1, x2, y2, isGuide } : { x1, y1, x2, y2 });
  }
}

export function textHeight(text: string, role: TextRole, w: number): number {
  const { sizePt, lineMm } = TEXT_STYLE[role];
  return lineCount(text, w, sizePt) * lineMm;
}

/** Vertical offset that centres one line of `role` text in a band of `bandMm`. */
export function centredTop(role: TextRole, lines: number, top: number, bandMm: number): number {
  return top + (bandMm - lines * TEXT_STYLE[role].lineMm) / 2;
}

export { PT_MM };
