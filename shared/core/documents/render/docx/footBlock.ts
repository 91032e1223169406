import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  HeightRule,
  LineRuleType,
  Paragraph,
  TabStopType,
  type IBorderOptions,
} from 'docx';
import type { FontPlan } from '../../fonts';
import { chineseDate, listLine } from '../../format';
import type { BulletinPart, Colophon } from '../../model';
import { countLines } from '../measure';
import { run, tabbedRun } from './runs';
import { LINE, SI_CHAR, SIZE, TYPE_HEIGHT, TYPE_WIDTH } from './units';

/**
 * 版记 and 简报 报尾: lines in 4号仿宋 at the foot of the last page, the last rule on the 版心's
 * bottom edge (§7.4). Each element is its own frame (framePr) placed from the 版心 bottom up:
 * LibreOffice drops grouped bordered frames and inlines full-width floating tables.
 */
export interface FootBlock {
  frames: Paragraph[];
  /** Body lines the block takes at the foot of the page. */
  rows: number;
}

/** 0.35 mm for the first and last rules, 0.25 mm for the ones between (§7.4.1). */
const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 0 };
const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 };

interface Element {
  text: string;
  /** "抄送：", "报：": bold-free label after which the line wraps. */
  label?: string;
  rightText?: string;
  alignRight?: boolean;
  border: { top?: IBorderOptions; bottom?: IBorderOptions };
}

/** 左右各空一字; a labelled line wraps under its first item. */
function rowsOf(element: Element): number {
  const hanging = element.label ? [...element.label].length * SI_CHAR : 0;
  return countLines(element.text, { sizePt: 14, widthTw: TYPE_WIDTH - 2 * SI_CHAR - hanging, firstLineTw: -hanging });
}

function frameParagraph(element: Element, fonts: FontPlan, y: number, rows: number): Paragraph {
  const style = { role: 'fangsong', size: SIZE.si } as const;
  const hanging = element.label ? [...element.label].length * SI_CHAR : 0;
  const children = [
    run(fonts, element.text, style),
    ...(element.rightText ? [tabbedRun(fonts, element.rightText, style)] : []),
  ];
  return new Paragraph({
    frame: {
      type: 'absolute',
      position: { x: 0, y },
      width: TYPE_WIDTH,
      height: rows * LINE,
      rule: HeightRule.EXACT,
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    alignment: element.alignRight ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    indent: { left: SI_CHAR + hanging, right: SI_CHAR, hanging },
    tabStops: element.rightText ? [{ type: TabStopType.RIGHT, position: TYPE_WIDTH - SI_CHAR }] : undefined,
    border: element.border,
    children,
  });
}

function stack(elements: Element[], fonts: FontPlan): FootBlock {
  const rows = elements.map(rowsOf);
  const total = rows.reduce((a, b) => a + b, 0);
  let y = TYPE_HEIGHT - total * LINE;
  const frames = elements.map((element, i) => {
    const frame = frameParagraph(element, fonts, y, rows[i]);
    y += rows[i] * LINE;
    return frame;
  });
  return { frames, rows: total };
}

/** 版记: 抄送 above, then 印发机关 (左空一字) and 印发日期 (右空一字) on the last line. */
export function colophonBlock(colophon: Colophon, fonts: FontPlan, withPrinter = true): FootBlock {
  const elements: Element[] = [];
  if (colophon.cc.length) elements.push({ text: listLine('抄送', colophon.cc), label: '抄送：', border: {} });
  if (withPrinter)
    elements.push({ text: colophon.printedBy, rightText: `${chineseDate(colophon.printedOn)}印发`, border: {} });
  if (!elements.length) return { frames: [], rows: 0 };
  // 信函 (§10.1) keeps the 版记 but without 印发 line and rules.
  if (withPrinter) {
    elements[0].border.top = thick;
    elements.forEach((e, i) => (e.border.bottom = i === elements.length - 1 ? thick : thin));
  }
  return stack(elements, fonts);
}

/** 简报 报尾: rule, 报：/送：/发： lines, rule, then （共印XX份） on the right. */
export function bulletinTailBlock(part: BulletinPart, fonts: FontPlan): FootBlock {
  const groups: [string, string[]][] = [
    ['报', part.reportTo],
    ['送', part.sendTo],
    ['发', part.distributeTo],
  ];
  const elements: Element[] = groups
    .filter(([, items]) => items.length)
    .map(([label, items]) => ({ text: listLine(label, items), label: `${label}：`, border: {} }));
  if (elements.length) {
    elements[0].border.top = thick;
    elements[elements.length - 1].border.bottom = thick;
  }
  elements.push({ text: `（共印${part.copies}份）`, alignRight: true, border: {} });
  return stack(elements, fonts);
}
