import type { Paragraph, Table } from 'docx';
import { LINE, LINES_PER_PAGE, TYPE_HEIGHT } from './units';

export type FlowChild = Paragraph | Table;

/** Body lines the 版心 holds: 22 lines of 579 tw leave 18 tw, which a table row's rules can use. */
const PAGE_ROOM = TYPE_HEIGHT / LINE;
const EPSILON = 1e-6;

/** How a child takes room: paragraph lines break anywhere, a block or a table row never. */
type Piece =
  | { kind: 'lines'; before: number; count: number }
  | { kind: 'kept'; count: number; carry: number }
  | { kind: 'block'; height: number }
  | { kind: 'table'; rows: number[]; headerRows: number };

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

  /** A paragraph of `lines` body lines; a fraction is space before its first line. */
  add(child: FlowChild, lines: number): this {
    const count = Math.floor(lines + EPSILON);
    return this.push(child, { kind: 'lines', before: Math.max(0, lines - count), count });
  }

  /** A paragraph that stays in one piece, such as a mark or a title with its space before. */
  addTwips(child: FlowChild, twips: number): this {
    return this.push(child, { kind: 'block', height: twips / LINE });
  }

  /** A table whose rows are `rowLines` high (rules included); the first `headerRows` repeat on each page. */
  addTable(child: FlowChild, rowLines: number[], headerRows: number): this {
    return this.push(child, { kind: 'table', rows: rowLines, headerRows });
  }

  /**
   * Paragraphs chained by keepNext, `lines` body lines in all, such as the 署名 and 成文日期: they
   * move to the next page whole, taking along the `carry` lines before them that keep with them
   * (the last line of the 正文), as Word and LibreOffice do.
   */
  addKept(children: FlowChild[], lines: number, carry: number): this {
    this.children.push(...children);
    this.place({ kind: 'kept', count: lines, carry });
    return this;
  }

  append(other: Flow): this {
    this.children.push(...other.children);
    for (const piece of other.pieces) this.place(piece);
    return this;
  }

  private push(child: FlowChild, piece: Piece): this {
    this.children.push(child);
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
        for (let i = 0; i < piece.count; i++) put(1);
        break;
      case 'block':
        put(piece.height);
        break;
      case 'kept':
        if (put(piece.count) && piece.carry) used += piece.carry;
        break;
      case 'table': {
        const header = piece.rows.slice(0, piece.headerRows).reduce((a, b) => a + b, 0);
        // The header rows never stay alone at a page's foot: they go with the first row under them.
        put(header + (piece.rows[piece.headerRows] ?? 0));
        for (const row of piece.rows.slice(piece.headerRows + 1)) {
          if (put(row) && header) used += header;
        }
        break;
      }
    }
    this.lines = page * LINES_PER_PAGE + Math.min(used, LINES_PER_PAGE);
  }
}
