import type { Paragraph, Table } from 'docx';
import { LINE, LINES_PER_PAGE } from './units';

export type FlowChild = Paragraph | Table;

/**
 * Body lines the 版心 holds. 22 lines of 579 tw leave 18 tw of its 12 756, but LibreOffice lays the
 * text grid's 22 lines and nothing past them (measured: after 6 body lines a table's top rule and
 * 16 rows, 12 748 tw, moved its 16th row over; 19 rows and a 3-line 署名 after them moved the 署名),
 * and the 版记 then came out on an odd page.
 */
const PAGE_ROOM = LINES_PER_PAGE;
const EPSILON = 1e-6;
/** A table's top rule (0.5 pt, 10 tw) over its first row on each page, the repeated header's included. */
const TOP_RULE = 10 / LINE;

/** How a child takes room: paragraph lines break anywhere, a block or a table row never. */
type Piece =
  | { kind: 'lines'; before: number; count: number; pitch: number; tag?: string }
  | { kind: 'kept'; count: number; carry: number }
  | { kind: 'block'; height: number }
  | { kind: 'table'; rows: number[]; headerRows: number; tag?: string }
  | { kind: 'pageBreak' };

/**
 * The body in order, with its height in body lines (579 tw) as estimated while it is built.
 * Paragraphs split freely across pages (no widow control), so a paragraph is a stream of lines;
 * a table row (w:cantSplit) that does not fit moves whole to the next page, where the header
 * rows repeat (w:tblHeader), as LibreOffice and Word lay them out. `lines` is the position on
 * that stream: the last page's index × 22 plus the lines used on it.
 */
export class Flow {
  readonly children: FlowChild[] = [];
  lines = 0;
  private readonly pieces: Piece[] = [];
  /** Sets the last child apart so its last line alone keeps with what follows (see bodyParagraph). */
  private splitLast?: () => FlowChild[];

  /** Where tagged paragraphs start (see startOf). */
  private readonly starts = new Map<string, number>();

  /**
   * A paragraph of `lines` lines; a fraction is space before its first line. `pitch`: each line's
   * height in body lines (less than 1 where the spacing is closed up, see SignatureFit); `tag`
   * names it for startOf.
   */
  add(child: FlowChild, lines: number, options: { pitch?: number; tag?: string } = {}): this {
    const count = Math.floor(lines + EPSILON);
    const before = Math.max(0, lines - count);
    return this.push(child, { kind: 'lines', before, count, pitch: options.pitch ?? 1, tag: options.tag });
  }

  /** Where the first line of the paragraph tagged `tag` stands, as `lines` counts. */
  startOf(tag: string): number | undefined {
    return this.starts.get(tag);
  }

  /** A paragraph that can set its last line apart, kept with what follows (carryLastLine). */
  addSplittable(
    child: FlowChild,
    lines: number,
    split: () => FlowChild[],
    options: { pitch?: number; tag?: string } = {},
  ): this {
    this.add(child, lines, options);
    this.splitLast = split;
    return this;
  }

  /**
   * Keeps the last line of what the flow holds with what comes next (keepNext): false when the
   * flow ends with something that cannot (a table, a title). Lines and pages stay as they were.
   */
  carryLastLine(): boolean {
    if (!this.splitLast) return false;
    this.children.splice(this.children.length - 1, 1, ...this.splitLast());
    this.splitLast = undefined;
    return true;
  }

  /** The next child starts a new page (it carries pageBreakBefore). */
  breakPage(): this {
    this.place({ kind: 'pageBreak' });
    return this;
  }

  /** A paragraph that stays in one piece, such as a mark or a title with its space before. */
  addTwips(child: FlowChild, twips: number): this {
    return this.push(child, { kind: 'block', height: twips / LINE });
  }

  /** A table whose rows are `rowLines` high (rules included); the first `headerRows` repeat on each page. */
  addTable(child: FlowChild, rowLines: number[], headerRows: number, tag?: string): this {
    return this.push(child, { kind: 'table', rows: rowLines, headerRows, tag });
  }

  /**
   * Paragraphs chained by keepNext, `lines` body lines in all, such as the 署名 and 成文日期: they
   * move to the next page whole, taking along the `carry` lines before them that keep with them
   * (the last line of the 正文), as Word and LibreOffice do.
   */
  addKept(children: FlowChild[], lines: number, carry: number): this {
    this.children.push(...children);
    this.splitLast = undefined;
    this.place({ kind: 'kept', count: lines, carry });
    return this;
  }

  /** Whole body lines left on the page the flow has reached (0 when it stands at a page end). */
  linesLeftOnPage(): number {
    const used = this.lines - Math.max(0, Math.ceil(this.lines / LINES_PER_PAGE - EPSILON) - 1) * LINES_PER_PAGE;
    return this.lines === 0 ? LINES_PER_PAGE : Math.max(0, Math.floor(PAGE_ROOM - used + EPSILON));
  }

  append(other: Flow): this {
    if (other.children.length) this.splitLast = other.splitLast;
    this.children.push(...other.children);
    for (const piece of other.pieces) this.place(piece);
    return this;
  }

  private push(child: FlowChild, piece: Piece): this {
    this.children.push(child);
    this.splitLast = undefined;
    this.place(piece);
    return this;
  }

  private place(piece: Piece): void {
    this.pieces.push(piece);
    let page = Math.floor(this.lines / LINES_PER_PAGE - EPSILON);
    let used = this.lines - Math.max(0, page) * LINES_PER_PAGE;
    if (page < 0) [page, used] = [0, this.lines];
    // Puts a piece of height h on the current page or, when it does not fit, at the next page's top.
    const put = (h: number): boolean => {
      const moves = used > EPSILON && used + h > PAGE_ROOM + EPSILON;
      if (moves) [page, used] = [page + 1, 0];
      used += h;
      return moves;
    };
    switch (piece.kind) {
      case 'lines':
        if (piece.before) put(piece.before);
        for (let i = 0; i < piece.count; i++) {
          put(piece.pitch);
          if (i === 0 && piece.tag) this.starts.set(piece.tag, page * LINES_PER_PAGE + used - piece.pitch);
        }
        break;
      case 'block':
        put(piece.height);
        break;
      case 'pageBreak':
        if (used > EPSILON) [page, used] = [page + 1, 0];
        break;
      case 'kept':
        if (put(piece.count) && piece.carry) used += piece.carry;
        break;
      case 'table': {
        const header = piece.rows.slice(0, piece.headerRows).reduce((a, b) => a + b, 0) + TOP_RULE;
        const first = header + (piece.rows[piece.headerRows] ?? 0);
        // The header rows never stay alone at a page's foot: they go with the first row under them.
        put(first);
        if (piece.tag) this.starts.set(piece.tag, page * LINES_PER_PAGE + used - first);
        for (const row of piece.rows.slice(piece.headerRows + 1)) {
          if (put(row)) used += piece.headerRows ? header : TOP_RULE;
        }
        break;
      }
    }
    this.lines = page * LINES_PER_PAGE + Math.min(used, LINES_PER_PAGE);
  }
}
