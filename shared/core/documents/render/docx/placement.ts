import { LineRuleType, Paragraph } from 'docx';
import type { Flow, FlowChild } from './flow';
import type { FootBlock } from './footBlock';
import { LINES_PER_PAGE } from './units';

/** Where a foot block (版记, 报尾) goes relative to the body's last page. */
export type FootPlacement = 'samePage' | 'nextPage' | 'blankThenNextPage';

export interface PageEstimate {
  pages: number;
  /** Lines used on the last page. */
  lastPageLines: number;
}

export function estimatePages(lines: number): PageEstimate {
  const pages = Math.max(1, Math.ceil(lines / LINES_PER_PAGE - 1e-6));
  return { pages, lastPageLines: lines - (pages - 1) * LINES_PER_PAGE };
}

/**
 * §7.5 (docformat.md "版记 page"): printed on both sides, the 版记 belongs on an even page. The
 * body ending on an even page with room keeps it; ending on an odd page moves it to the next
 * (even) page; a full even page gets a blank page and then the 版记 page, both unnumbered.
 * The 简报 报尾 and the 信函 抄送 close the document the same way (html/foot.ts onLastFace).
 */
export function placeFoot(body: Flow, foot: FootBlock, needsEvenPage: boolean): FootPlacement {
  const { pages, lastPageLines } = estimatePages(body.lines);
  // One clear line between the body and the block.
  const hasRoom = lastPageLines + 1 + foot.rows <= LINES_PER_PAGE;
  if (!needsEvenPage) return hasRoom ? 'samePage' : 'nextPage';
  if (pages % 2 === 1) return 'nextPage';
  return hasRoom ? 'samePage' : 'blankThenNextPage';
}

/**
 * The frames go after the body's last paragraph: a framed paragraph stays on the page where it
 * falls in the text, and its position on that page comes from its framePr alone. Each frame is
 * followed by a 1 pt paragraph: LibreOffice anchors a frame to the paragraph after it, and a
 * frame followed by another frame loses its position (measured: 抄送 landed at the page top).
 */
export function footChildren(foot: FootBlock, placement: FootPlacement): FlowChild[] {
  if (!foot.frames.length) return [];
  const anchored = foot.frames.flatMap((frame) => [frame, hairline()]);
  return placement === 'samePage' ? anchored : [new Paragraph({ pageBreakBefore: true, children: [] }), ...anchored];
}

/** An empty paragraph 1 pt high. */
export function hairline(): Paragraph {
  return new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] });
}
