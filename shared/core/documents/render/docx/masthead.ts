import { AlignmentType, BorderStyle, LineRuleType, TabStopType } from 'docx';
import type { FontPlan } from '../../fonts';
import { secrecyMark, urgencyMark } from '../../format';
import type { OfficialDocument } from '../../model';
import { Flow } from './flow';
import type { MarkFit } from '../head';
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

export interface RedMarkOptions {
  /** Where the flow stands, in twips under the 版心 top. */
  startTw: number;
  /** Where the glyphs' top edge must land, in twips under the 版心 top. */
  inkTopTw: number;
  fit: MarkFit;
  /** Where what follows the mark starts, in twips under the 版心 top (a whole body line). */
  endTw: number;
}

/**
 * A red 小标宋 mark placed by its glyph top (发文机关标志: 35 mm under the 版心 top). Its line and
 * space after end where the head geometry puts the next line (head.ts), so everything under it
 * stays on the 579 tw grid and on the lines print uses.
 */
export function redMark(text: string, fonts: FontPlan, options: RedMarkOptions): Flow {
  const { sizePt, scale } = options.fit;
  const bottomTw = options.inkTopTw + OWN_LINE_INK_TOP_EM * sizePt * 20;
  const lineTw = Math.round(sizePt * 26);
  const before = Math.max(0, Math.round(bottomTw - options.startTw) - lineTw);
  const after = Math.max(0, options.endTw - options.startTw - before - lineTw);
  const mark = paragraph(
    [
      run(fonts, text, {
        role: 'xiaobiaosong',
        size: Math.round(sizePt * 2),
        color: RED,
        scale: scale === 100 ? undefined : scale,
      }),
    ],
    {
      alignment: AlignmentType.CENTER,
      spacing: { before, line: lineTw, lineRule: LineRuleType.EXACT, after },
    },
  );
  return new Flow().addTwips(mark, before + lineTw + after);
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

/** 编发单位 left and date right on one line over the 2 pt red rule (简报 报头). */
export function ruledSplitLine(left: string, right: string, fonts: FontPlan): Flow {
  const children = [run(fonts, left, { role: 'fangsong' }), tabbedRun(fonts, right, { role: 'fangsong' })];
  const line = paragraph(children, {
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH }],
    border: { bottom: { ...redRule, size: 16 } },
  });
  return new Flow().addTwips(line, LINE + BULLETIN_RULE_TWIPS);
}

/** Height the 简报's 2 pt rule adds under its line: w:space 7 pt + 2 pt, and a little over (see RULE_TWIPS). */
export const BULLETIN_RULE_TWIPS = 182;
