import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { FontPlan, FontRole } from '../../fonts';
import type { Block } from '../../model';
import { Flow } from './flow';
import { countLines } from '../measure';
import { paragraph, run } from './runs';
import { BODY_CHARACTER_SPACING, CELL_PADDING, LINE, mm, SIZE, TYPE_WIDTH } from './units';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** A row's share of the table's 0.5 pt (w:sz 4) rules. */
const ROW_RULE_TWIPS = 10;
export const TABLE_BORDERS = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

/** Column widths in twips from millimetres, scaled down if they pass 156 mm. WPS ignores auto widths. */
export function columnTwips(widthsMm: readonly number[], totalTw = TYPE_WIDTH): number[] {
  const twips = widthsMm.map(mm);
  const sum = twips.reduce((a, b) => a + b, 0);
  if (sum <= totalTw) return twips;
  const scaled = twips.map((w) => Math.floor((w * totalTw) / sum));
  return scaled;
}

export interface CellSpec {
  text: string;
  role: FontRole;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  size?: number;
  /** Exact line height in twips; the body's 579 by default. */
  lineTw?: number;
  /** Cell margin above and below the text, in twips (none by default). */
  padTw?: number;
  isStruck?: boolean;
  /** Cell margin left and right, in twips (Word's default 0.19 cm otherwise). */
  sidePadTw?: number;
  /** Text from the top of the cell, not centred. */
  isTop?: boolean;
  /** Kept on the page of what follows the table (w:keepNext in the last row: the form's 署名 and date). */
  keepsWithNext?: boolean;
}

/** Lines a cell's text takes in its column (by default Word's cell margins and the body's spacing). */
export function cellLines(
  text: string,
  widthTw: number,
  sizePt = 16,
  { sidePadTw = CELL_PADDING, spacingTw = sizePt === 16 ? BODY_CHARACTER_SPACING : 0 } = {},
): number {
  return countLines(text, { sizePt, widthTw: widthTw - 2 * sidePadTw, spacingTw });
}

export function cell(spec: CellSpec, fonts: FontPlan, widthTw: number): TableCell {
  return new TableCell({
    width: { size: widthTw, type: WidthType.DXA },
    verticalAlign: spec.isTop ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    margins: {
      ...(spec.padTw ? { top: spec.padTw, bottom: spec.padTw } : {}),
      ...(spec.sidePadTw ? { left: spec.sidePadTw, right: spec.sidePadTw } : {}),
    },
    // A line break in the text (a slip's 拟办意见 listing topics) starts a new paragraph, as in print.
    children: spec.text.split('\n').map((line) =>
      paragraph([run(fonts, line, { role: spec.role, size: spec.size, isStruck: spec.isStruck })], {
        alignment: spec.alignment ?? AlignmentType.CENTER,
        spacing: { line: spec.lineTw ?? LINE, lineRule: LineRuleType.EXACT },
        ...(spec.keepsWithNext ? { keepNext: true } : {}),
      }),
    ),
  });
}

/** A fixed-layout table with explicit w:tblGrid, w:tblW and w:tcW in dxa. */
export function fixedTable(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TABLE_BORDERS,
  });
}

/**
 * A body table's cell margin left and right, so a column holds as many characters as in print
 * (html/styles.ts table.grid: no letter spacing, 1 mm either side inside the 0.25 mm rules) while
 * its runs keep the body's −0.25 pt (docx writes no w:spacing of 0, so the Normal style's applies):
 * Word's default 108 tw wrapped a 26 mm column's 按期办结 that print sets on one line. A dense
 * (4号) table keeps Word's margins.
 */
export function bodyCellPad(widthTw: number): number {
  const printRoom = widthTw - mm(2.25);
  return Math.max(0, Math.round((widthTw - (printRoom * (320 + BODY_CHARACTER_SPACING)) / 320) / 2));
}

/** A dense table's lines: 4号 on 7.06 mm, with 0.75 mm above and below the text of each cell. */
const DENSE = { size: SIZE.si, lineTw: 400, padTw: 43 } as const;

/**
 * A body table: header row in 黑体, cells 仿宋, 3号 on body lines and centred; a dense one in 4号
 * on 7 mm lines (Block isDense). A column marked align 'left' is justified.
 */
export function bodyTable(block: Extract<Block, { type: 'table' }>, fonts: FontPlan, tag?: string): Flow {
  const widths = columnTwips(block.columns.map((c) => c.widthMm));
  const dense = block.isDense ? DENSE : undefined;
  // A row of one line is one body line with its rule, as in print: the text lines give the rule its 10 tw.
  const lineTw = dense?.lineTw ?? LINE - ROW_RULE_TWIPS;
  const alignment = (i: number, isHeader: boolean) =>
    !isHeader && block.columns[i]?.align === 'left' ? AlignmentType.JUSTIFIED : AlignmentType.CENTER;
  const makeRow = (texts: readonly string[], role: FontRole, isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      height: { value: lineTw + 2 * (dense?.padTw ?? 0), rule: HeightRule.ATLEAST },
      children: widths.map((w, i) =>
        cell(
          {
            text: texts[i] ?? '',
            role,
            alignment: alignment(i, isHeader),
            size: dense?.size,
            lineTw,
            padTw: dense?.padTw,
            sidePadTw: dense ? undefined : bodyCellPad(w),
          },
          fonts,
          w,
        ),
      ),
    });
  const rows = [
    makeRow(
      block.columns.map((c) => c.title),
      'heiti',
      true,
    ),
    ...block.rows.map((r) => makeRow(r, 'fangsong', false)),
  ];
  const texts = [block.columns.map((c) => c.title), ...block.rows];
  // Each row is as tall as its longest cell, and its 0.5 pt rule adds 10 tw (measured in LibreOffice).
  const sizePt = dense ? dense.size / 2 : 16;
  const rowTwips = (r: readonly string[]) =>
    Math.max(...widths.map((w, i) => cellLines(r[i] ?? '', w, sizePt, dense ? {} : { sidePadTw: bodyCellPad(w) }))) *
      lineTw +
    2 * (dense?.padTw ?? 0) +
    ROW_RULE_TWIPS;
  return new Flow().addTable(
    fixedTable(rows, widths),
    texts.map((r) => rowTwips(r) / LINE),
    1,
    tag,
  );
}
