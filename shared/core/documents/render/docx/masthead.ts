import { AlignmentType, BorderStyle, LineRuleType, TabStopType } from 'docx';
import type { FontPlan } from '../../fonts';
import { secrecyMark, urgencyMark } from '../../format';
import type { OfficialDocument } from '../../model';
import { Flow } from './flow';
import { textWidthEm } from './measure';
import { paragraph, run, tabbedRun } from './runs';
import { LINE, RED, TYPE_WIDTH } from './units';

/**
 * Where LibreOffice puts a glyph in a line of exact height a little taller than the font (the 信函
 * mark's 1.6 em): the line's bottom holds the descent, so the ink top of a CJK glyph sits 1.155 em
 * above the line's bottom (measured with Noto Serif CJK Bold; a 小标宋 face is within a point of it).
 */
export const INK_TOP_EM = 1.155;
/**
 * The same in a line of the glyph's own height (1.3 em), as redMark sets it: 1.11 em (measured at
 * 29 and 38 pt). In a line much taller LibreOffice does not keep the glyph on the bottom (a 29 pt
 * 纪要 mark in a 2654 tw line stood 6 mm high), so redMark puts the room above as space before.
 */
const OWN_LINE_INK_TOP_EM = 1.11;
/**
 * Height a bottom border adds under its paragraph: w:space 7 pt + 1.5 pt rule = 170 tw, and a
 * little over: page 1 must not pass 22 whole lines by even 4 tw, or LibreOffice (whose text
 * area leaves under 18 tw of slack) pushes the page's last line over.
 */
export const RULE_TWIPS = 172;

/** 份号 (3号, Arabic digits), 密级和保密期限 and 紧急程度 (3号黑体), 顶格 from line 1 down. */
export function topLeftMarks(doc: OfficialDocument, fonts: FontPlan): Flow {
  const flow = new Flow();
  if (doc.copyNumber) flow.add(paragraph([run(fonts, doc.copyNumber, { role: 'fangsong' })]), 1);
  const secrecy = secrecyMark(doc.secrecy, doc.secrecyTerm);
  if (secrecy) flow.add(paragraph([run(fonts, secrecy, { role: 'heiti' })]), 1);
  const urgency = urgencyMark(doc.urgency);
  if (urgency) flow.add(paragraph([run(fonts, urgency, { role: 'heiti' })]), 1);
  return flow;
}

/** Size (pt) and squeeze (%) for a red mark: as large as `maxPt`, at most ~152 mm wide. */
export function markFit(text: string, maxPt: number, scale = 100): { sizePt: number; scale: number } {
  const roomPt = (TYPE_WIDTH / 20) * 0.97;
  const sizePt = Math.min(maxPt, Math.floor(roomPt / (textWidthEm(text) * (scale / 100))));
  return { sizePt, scale };
}

export interface RedMarkOptions {
  /** Where the flow stands, in twips under the 版心 top. */
  startTw: number;
  /** Where the glyphs' top edge must land, in twips under the 版心 top. */
  inkTopTw: number;
  sizePt: number;
  scale: number;
  /** Body lines wanted between the mark's line and what follows (rounded to the grid). */
  gapLines: number;
}

/**
 * A red 小标宋 mark placed by its glyph top (发文机关标志: 35 mm under the 版心 top). Its line and
 * space after end on a whole body line, so everything under it stays on the 579 tw grid.
 */
export function redMark(text: string, fonts: FontPlan, options: RedMarkOptions): Flow {
  const bottomTw = options.inkTopTw + OWN_LINE_INK_TOP_EM * options.sizePt * 20;
  const lineTw = Math.round(options.sizePt * 26);
  const before = Math.max(0, Math.round(bottomTw - options.startTw) - lineTw);
  // The nearest whole line to the wanted gap: the first blank line under the mark is trimmed.
  const endTw = Math.max(1, Math.round((options.startTw + before + lineTw + options.gapLines * LINE) / LINE)) * LINE;
  const after = endTw - options.startTw - before - lineTw;
  const mark = paragraph(
    [
      run(fonts, text, {
        role: 'xiaobiaosong',
        size: options.sizePt * 2,
        color: RED,
        scale: options.scale === 100 ? undefined : options.scale,
      }),
    ],
    {
      alignment: AlignmentType.CENTER,
      spacing: { before, line: lineTw, lineRule: LineRuleType.EXACT, after },
    },
  );
  return new Flow().addTwips(mark, endTw - options.startTw);
}

const redRule = { style: BorderStyle.SINGLE, size: 12, color: RED, space: 7 } as const;

/**
 * 发文字号 (or 期号) centred, with the 156 mm red line 4 mm under it as the paragraph's bottom
 * border. The border adds RULE_TWIPS; `titleSpacingBefore` takes it back out of the blank lines
 * under it, so the title sits on the grid.
 */
export function ruledLine(text: string, fonts: FontPlan): Flow {
  return new Flow().addTwips(
    paragraph([run(fonts, text, { role: 'fangsong' })], {
      alignment: AlignmentType.CENTER,
      border: { bottom: redRule },
    }),
    LINE + RULE_TWIPS,
  );
}

/** 编发单位 left and date right on one line over the red rule (简报 报头). */
export function ruledSplitLine(left: string, right: string, fonts: FontPlan): Flow {
  const children = [run(fonts, left, { role: 'fangsong' }), tabbedRun(fonts, right, { role: 'fangsong' })];
  const line = paragraph(children, {
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH }],
    border: { bottom: redRule },
  });
  return new Flow().addTwips(line, LINE + RULE_TWIPS);
}

/** Space before the title: two blank lines under the red line, less the rule's own height. */
export const TITLE_AFTER_RULE_TWIPS = 2 * LINE - RULE_TWIPS;
