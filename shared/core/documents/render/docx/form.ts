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
import type { FontPlan } from '../../fonts';
import type { FormAttachment, FormPart, FormRow, OfficialDocument } from '../../model';
import { bodyBlocks } from './body';
import { hairline } from './placement';
import { blankLine, paragraph, run, tabbedRun } from './runs';
import { sectionProperties } from './pageSetup';
import { cell, fixedTable } from './table';
import { titleBlock } from './title';
import { CHAR, FORM_LINE, mm, SIZE, TYPE_WIDTH } from './units';

/**
 * 督办通知单 / 呈批单: one page, a 156 mm label/value table with explicit widths (labels 3号黑体,
 * values 3号仿宋), the title in 2号小标宋 centred, 密级 left and 编号 right on the line above the
 * table. A 督办通知单 ends with a dashed cut line and the 回执 table.
 */
interface RowMetrics {
  /** Exact line height of the cells' text, twips. */
  lineTw: number;
  /** Least row height, twips. */
  rowTw: number;
  /** Half-points; 三号 when absent. */
  size?: number;
}

/** Form lines are off the body grid: 9.2 mm lines for a slip without a 回执 (呈批单, records). */
const FORM: RowMetrics = { lineTw: FORM_LINE, rowTw: FORM_LINE };
/**
 * A slip with a 回执 sits tighter, as in print: 7.5 mm lines in 9 mm rows, and the 回执 in 四号
 * (6.5 mm lines, 8 mm rows), so its longest allowed 督办事项 and 督办要求 keep the 回执 on the page.
 */
const SLIP: RowMetrics = { lineTw: mm(6.5), rowTw: mm(8), size: SIZE.si };
const TEAR: RowMetrics = { lineTw: mm(6.5), rowTw: mm(8), size: SIZE.si };

function formTable(rows: readonly FormRow[], labelWidthMm: number, fonts: FontPlan, metrics: RowMetrics) {
  const label = mm(labelWidthMm);
  const widths = [label, TYPE_WIDTH - label];
  const tableRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: { value: Math.max(metrics.rowTw, mm(row.minHeightMm ?? 0)), rule: HeightRule.ATLEAST },
        children: [
          cell({ text: row.label, role: 'heiti', lineTw: metrics.lineTw, size: metrics.size }, fonts, widths[0]),
          cell(
            {
              text: row.value,
              role: 'fangsong',
              alignment: AlignmentType.JUSTIFIED,
              lineTw: metrics.lineTw,
              size: metrics.size,
              isStruck: row.isStruck,
            },
            fonts,
            widths[1],
          ),
        ],
      }),
  );
  return fixedTable(tableRows, widths);
}

const rightLine = (text: string, fonts: FontPlan, { lineTw, size }: RowMetrics) =>
  paragraph([run(fonts, text, { role: 'fangsong', size })], {
    alignment: AlignmentType.RIGHT,
    indent: { right: CHAR },
    spacing: { line: lineTw, lineRule: LineRuleType.EXACT },
  });

/** Marks the slip's rows do not already carry (a 呈批单 has its own 密级 and 紧急程度 rows). */
function formMarks(doc: OfficialDocument, form: FormPart): string {
  const labels = new Set(form.rows.map((row) => row.label));
  const secrecy = labels.has('密级') ? '' : secrecyMark(doc.secrecy, doc.secrecyTerm);
  const urgency = labels.has('紧急程度') ? '' : urgencyMark(doc.urgency);
  return [secrecy, urgency].filter(Boolean).join(' ');
}

/** 密级 / 紧急程度 flush left in 黑体 and 编号 flush right, on one line as in print. */
function numberLine(doc: OfficialDocument, form: FormPart, fonts: FontPlan, { lineTw, size }: RowMetrics) {
  const marks = formMarks(doc, form);
  const children = [
    ...(marks ? [run(fonts, marks, { role: 'heiti', size })] : []),
    ...(doc.number ? [tabbedRun(fonts, `编号：${doc.number}`, { role: 'fangsong', size })] : []),
  ];
  return paragraph(children, {
    tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH }],
    spacing: { line: lineTw, lineRule: LineRuleType.EXACT },
  });
}

/** A dashed rule across the 版心 to cut the 回执 off along, half a form line under the text. */
function cutLine(lineTw: number) {
  const dashed = { style: BorderStyle.DASHED, size: 6, color: '000000', space: 0 } as const;
  return paragraph([], {
    spacing: { line: Math.round(lineTw / 2), lineRule: LineRuleType.EXACT },
    border: { bottom: dashed },
  });
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
  const metrics = form?.tearOff || form?.dense ? SLIP : FORM;
  const children: ISectionOptions['children'][number][] = [...titleBlock(doc.title, fonts, 0).children];
  // Without a number or a mark, half a line keeps the title off the table.
  children.push(form && (doc.number || formMarks(doc, form)) ? numberLine(doc, form, fonts, metrics) : blankLine(0.5));
  if (form) {
    children.push(formTable(form.rows, form.labelWidthMm, fonts, metrics));
    // 督办单位（盖章） and the date: each part of the footer on its own line, flush right.
    for (const part of form.footer?.split(/\s{2,}/) ?? []) children.push(rightLine(part, fonts, metrics));
    if (form.tearOff) {
      children.push(cutLine(metrics.lineTw), blankLine(0.3));
      children.push(...titleBlock(form.tearOff.title, fonts, 0).children);
      children.push(formTable(form.tearOff.rows, form.labelWidthMm, fonts, TEAR));
    }
  }
  if (form?.attachment) children.push(...attachmentChildren(form.attachment, fonts));
  // A table may not end a document in Word: the final paragraph is a hairline.
  children.push(hairline());
  return { ...sectionProperties(fonts, { hasPageNumbers: false }), children };
}
