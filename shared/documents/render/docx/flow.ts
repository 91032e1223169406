import type { Paragraph, Table } from 'docx';
import { LINE } from './units';

export type FlowChild = Paragraph | Table;

/**
 * The body in order, with its height in body lines (579 tw) as estimated while it is built.
 * Paragraphs split freely across pages (no widow control), so the body is one stream of lines
 * and the page a line lands on is its running total divided by 22.
 */
export class Flow {
  readonly children: FlowChild[] = [];
  lines = 0;

  add(child: FlowChild, lines: number): this {
    this.children.push(child);
    this.lines += lines;
    return this;
  }

  addTwips(child: FlowChild, twips: number): this {
    return this.add(child, twips / LINE);
  }

  append(other: Flow): this {
    this.children.push(...other.children);
    this.lines += other.lines;
    return this;
  }
}
