import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { FontPlan, FontRole } from '../../fonts';
import type { Block } from '../../model';
import { Flow } from './flow';
import { countLines } from './measure';
import { paragraph, run } from './runs';
import { BODY_CHARACTER_SPACING, LINE, mm, TYPE_WIDTH } from './units';

/** Cell padding left and right (Word's default 0.19 cm). */
export const CELL_PADDING = 108;
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** A row's share of the table's 0.5 pt (w:sz 4) rules. */
const ROW_RULE_TWIPS = 10;
export const TABLE_BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

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
}

/** Lines a cell's text takes in its column. */
export function cellLines(text: string, widthTw: number, sizePt = 16): number {
  return countLines(text, { sizePt, widthTw: widthTw - 2 * CELL_PADDING, spacingTw: sizePt === 16 ? BODY_CHARACTER_SPACING : 0 });
}

export function cell(spec: CellSpec, fonts: FontPlan, widthTw: number): TableCell {
  return new TableCell({
    width: { size: widthTw, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    // A line break in the text (a slip's 拟办意见 listing topics) starts a new paragraph, as in print.
    children: spec.text.split('\n').map((line) =>
      paragraph([run(fonts, line, { role: spec.role, size: spec.size })], {
        alignment: spec.alignment ?? AlignmentType.CENTER,
        spacing: { line: spec.lineTw ?? LINE, lineRule: LineRuleType.EXACT },
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

/** A body table: header row in 黑体, cells 仿宋, all 3号 and centred. */
export function bodyTable(block: Extract<Block, { type: 'table' }>, fonts: FontPlan): Flow {
  const widths = columnTwips(block.columns.map((c) => c.widthMm));
  const makeRow = (texts: readonly string[], role: FontRole, isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      height: { value: LINE, rule: HeightRule.ATLEAST },
      children: widths.map((w, i) => cell({ text: texts[i] ?? '', role }, fonts, w)),
    });
  const rows = [makeRow(block.columns.map((c) => c.title), 'heiti', true), ...block.rows.map((r) => makeRow(r, 'fangsong', false))];
  const texts = [block.columns.map((c) => c.title), ...block.rows];
  // Each row is as tall as its longest cell, and its 0.5 pt rule adds 10 tw (measured in LibreOffice).
  const rowLines = texts.map((r) => Math.max(...widths.map((w, i) => cellLines(r[i] ?? '', w))) + ROW_RULE_TWIPS / LINE);
  return new Flow().addTable(fixedTable(rows, widths), rowLines, 1);
}
