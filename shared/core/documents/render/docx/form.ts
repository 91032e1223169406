import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  TableRow,
  TabStopType,
  type ISectionOptions,
} from 'docx';
import { secrecyMark, urgencyMark } from '../../format';
import type { FontPlan, FontRole } from '../../fonts';
import type { FormAttachment, FormPart, FormRow, OfficialDocument } from '../../model';
import { CELL_SIDE_PAD_MM, footerParts, formPageCount, type FormMetrics, metricsOf, TEAR_OFF } from '../formGeometry';
import { titleLines } from '../titleLines';
import { bodyBlocks } from './body';
import { hairline } from './placement';
import { blankLine, brokenRuns, paragraph, run, tabbedRun } from './runs';
import { sectionProperties } from './pageSetup';
import { cell, fixedTable } from './table';
import { titleBlock } from './title';
import { mm, SIZE, TYPE_WIDTH } from './units';

/**
 * 督办通知单 / 呈批单 / 签到表 / records: a form off the body grid, on formGeometry.ts's numbers
 * (as in print): a 156 mm label/value table with explicit widths (labels 黑体, values 仿宋), the
 * title in 2号小标宋 centred, 密级 left and 编号 right on the line above the table; a roster in
 * its own table with its header row repeated (w:tblHeader); a 督办通知单 ends with a dashed cut
 * line and the 回执 table. A form of two pages or more numbers its pages.
 */
const exact = (heightMm: number) => ({ line: mm(heightMm), lineRule: LineRuleType.EXACT });

interface CellStyle {
  role: FontRole;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Text from the top, as in a row left tall for handwriting. */
  isTop?: boolean;
  isStruck?: boolean;
  keepsWithNext?: boolean;
}

function formCell(text: string, style: CellStyle, widthTw: number, fonts: FontPlan, m: FormMetrics) {
  return cell(
    {
      text,
      role: style.role,
      alignment: style.alignment,
      size: m.sizePt * 2,
      lineTw: mm(m.lineMm),
      padTw: mm(m.padMm),
      sidePadTw: mm(CELL_SIDE_PAD_MM),
      isTop: style.isTop,
      isStruck: style.isStruck,
      keepsWithNext: style.keepsWithNext,
    },
    fonts,
    widthTw,
  );
}

function formRow(cells: TableRow['options']['children'], heightMm: number, isHeader = false) {
  return new TableRow({
    tableHeader: isHeader,
    cantSplit: true,
    height: { value: mm(heightMm), rule: HeightRule.ATLEAST },
    children: cells,
  });
}

/** `keepsLastRow`: the last row goes over with what follows (the footer) rather than leave it alone on a page. */
function formTable(
  rows: readonly FormRow[],
  labelWidthMm: number,
  fonts: FontPlan,
  m: FormMetrics,
  keepsLastRow = false,
) {
  const label = mm(labelWidthMm);
  const widths = [label, TYPE_WIDTH - label];
  const tableRows = rows.map((row, i) => {
    const keepsWithNext = keepsLastRow && i === rows.length - 1;
    return formRow(
      [
        formCell(row.label, { role: 'heiti', alignment: AlignmentType.CENTER, keepsWithNext }, widths[0], fonts, m),
        formCell(
          row.value,
          {
            role: 'fangsong',
            alignment: AlignmentType.JUSTIFIED,
            isTop: !!row.minHeightMm,
            isStruck: row.isStruck,
            keepsWithNext,
          },
          widths[1],
          fonts,
          m,
        ),
      ],
      Math.max(m.rowMm, row.minHeightMm ?? 0),
    );
  });
  return fixedTable(tableRows, widths);
}

function rosterTable(roster: NonNullable<FormPart['roster']>, fonts: FontPlan, m: FormMetrics, keepsLastRow = false) {
  const widths = roster.columns.map((c) => mm(c.widthMm));
  const row = (texts: readonly string[], isHeader: boolean, keepsWithNext = false) =>
    formRow(
      widths.map((w, i) =>
        formCell(
          texts[i] ?? '',
          { role: isHeader ? 'heiti' : 'fangsong', alignment: AlignmentType.CENTER, keepsWithNext },
          w,
          fonts,
          m,
        ),
      ),
      m.rowMm,
      isHeader,
    );
  return fixedTable(
    [
      row(
        roster.columns.map((c) => c.title),
        true,
      ),
      ...roster.rows.map((r, i) => row(r, false, keepsLastRow && i === roster.rows.length - 1)),
    ],
    widths,
  );
}

/** Marks the slip's rows do not already carry (a 呈批单 has its own 密级 and 紧急程度 rows). */
function formMarks(doc: OfficialDocument, form: FormPart): string {
  const labels = new Set(form.rows.map((row) => row.label));
  const secrecy = labels.has('密级') ? '' : secrecyMark(doc.secrecy, doc.secrecyTerm);
  const urgency = labels.has('紧急程度') ? '' : urgencyMark(doc.urgency);
  return [secrecy, urgency].filter(Boolean).join(' ');
}

/** 密级 / 紧急程度 flush left in 黑体 and 编号 flush right, on one line as in print. */
function numberLine(doc: OfficialDocument, form: FormPart, fonts: FontPlan, m: FormMetrics) {
  const marks = formMarks(doc, form);
  const size = m.sizePt * 2;
  const children = [
    ...(marks ? [run(fonts, marks, { role: 'heiti', size })] : []),
    ...(doc.number ? [tabbedRun(fonts, `编号：${doc.number}`, { role: 'fangsong', size })] : []),
  ];
  return paragraph(children, {
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH }],
    spacing: { ...exact(m.numberMm), after: mm(m.numberAfterMm) },
  });
}

/** The form's title, 2号小标宋 centred, in titleLines's lines of `lineMm`. */
function formTitle(text: string, fonts: FontPlan, lineMm: number, sizePt = 22, afterMm = 0) {
  const runs = brokenRuns(fonts, titleLines(text).join('\n'), { role: 'xiaobiaosong', size: sizePt * 2 });
  return paragraph(runs, { alignment: AlignmentType.CENTER, spacing: { ...exact(lineMm), after: mm(afterMm) } });
}

/** The dashed line to cut the 回执 off along, with 剪切线 on it, then the 回执's title. */
function tearOffHead(title: string, fonts: FontPlan) {
  const t = TEAR_OFF;
  const dashed = { style: BorderStyle.DASHED, size: 6, color: '000000', space: 0 } as const;
  const cut = paragraph([run(fonts, '剪切线', { role: 'fangsong', size: SIZE.xiaosi })], {
    alignment: AlignmentType.CENTER,
    spacing: { ...exact(t.cutMm / 2), before: mm(t.cutBeforeMm) },
    border: { bottom: dashed },
  });
  const under = paragraph([], { spacing: { ...exact(t.cutMm / 2), after: mm(t.cutAfterMm) } });
  return [cut, under, formTitle(title, fonts, t.titleMm, t.titlePt, t.titleAfterMm)];
}

/**
 * 附件 on a new page (§8): "附件" 顶格 in 3号黑体 on line 1, the title centred on line 3, a blank
 * line, then the body on the 579 tw grid (the section's line pitch).
 */
function attachmentChildren(attachment: FormAttachment, fonts: FontPlan): ISectionOptions['children'][number][] {
  return [
    paragraph([run(fonts, '附件', { role: 'heiti' })], { pageBreakBefore: true }),
    blankLine(),
    ...titleBlock(attachment.title, fonts, 0).children,
    blankLine(),
    ...bodyBlocks(attachment.body, fonts).children,
  ];
}

export function formSection(doc: OfficialDocument, fonts: FontPlan): ISectionOptions {
  const form = doc.form;
  const m = metricsOf(form);
  const children: ISectionOptions['children'][number][] = [formTitle(doc.title, fonts, m.titleMm)];
  if (form) {
    const footer = footerParts(form.footer);
    // The 署名 and date never stand alone on a page: the table's last row goes over with them (as in print).
    const keepsLastRow = footer.length > 0;
    const table = formTable(form.rows, form.labelWidthMm, fonts, m, keepsLastRow && !form.roster);
    children.push(numberLine(doc, form, fonts, m), table);
    // Two tables side by side are one table to Word and LibreOffice, whose header row then stands
    // mid-table and does not repeat: a 1 pt paragraph keeps the roster a table of its own.
    if (form.roster) children.push(hairline(), rosterTable(form.roster, fonts, m, keepsLastRow));
    // 督办单位（盖章） and the date: each part of the footer on its own line, flush right, 右空一字.
    footer.forEach((part, i) =>
      children.push(
        paragraph([run(fonts, part, { role: 'fangsong', size: m.sizePt * 2 })], {
          alignment: AlignmentType.RIGHT,
          indent: { right: m.sizePt * 20 },
          spacing: { ...exact(m.lineMm), before: i === 0 ? mm(m.footerGapMm) : 0 },
          ...(i < footer.length - 1 ? { keepNext: true } : {}),
        }),
      ),
    );
    if (form.tearOff) {
      children.push(...tearOffHead(form.tearOff.title, fonts));
      children.push(formTable(form.tearOff.rows, form.labelWidthMm, fonts, m));
    }
  }
  if (form?.attachment) children.push(...attachmentChildren(form.attachment, fonts));
  // A table may not end a document in Word: the final paragraph is a hairline.
  children.push(hairline());
  return { ...sectionProperties(fonts, { hasPageNumbers: formPageCount(doc) > 1 }), children };
}
