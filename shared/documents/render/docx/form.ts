import { AlignmentType, BorderStyle, HeightRule, LineRuleType, TableRow, type ISectionOptions } from 'docx';
import type { FontPlan } from '../../fonts';
import type { FormAttachment, FormRow, OfficialDocument } from '../../model';
import { bodyBlocks } from './body';
import { hairline } from './placement';
import { blankLine, paragraph, run } from './runs';
import { sectionProperties } from './pageSetup';
import { cell, fixedTable } from './table';
import { titleBlock } from './title';
import { CHAR, FORM_LINE, mm, TYPE_WIDTH } from './units';

/**
 * 督办通知单 / 呈批单: one page, a 156 mm label/value table with explicit widths (labels 3号黑体,
 * values 3号仿宋), the title in 2号小标宋 centred and the 编号 on the right above the table.
 * A 督办通知单 ends with a dashed cut line and the 回执 table.
 */

function formTable(rows: readonly FormRow[], labelWidthMm: number, fonts: FontPlan) {
  const label = mm(labelWidthMm);
  const widths = [label, TYPE_WIDTH - label];
  const tableRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: { value: Math.max(FORM_LINE, mm(row.minHeightMm ?? 0)), rule: HeightRule.ATLEAST },
        children: [
          cell({ text: row.label, role: 'heiti', lineTw: FORM_LINE }, fonts, widths[0]),
          cell({ text: row.value, role: 'fangsong', alignment: AlignmentType.JUSTIFIED, lineTw: FORM_LINE }, fonts, widths[1]),
        ],
      }),
  );
  return fixedTable(tableRows, widths);
}

const rightLine = (text: string, fonts: FontPlan) =>
  paragraph([run(fonts, text, { role: 'fangsong' })], { alignment: AlignmentType.RIGHT, indent: { right: CHAR }, spacing: { line: FORM_LINE, lineRule: LineRuleType.EXACT } });

/** A dashed rule across the 版心 to cut the 回执 off along, half a form line under the text. */
function cutLine() {
  const dashed = { style: BorderStyle.DASHED, size: 6, color: '000000', space: 0 } as const;
  return paragraph([], { spacing: { line: Math.round(FORM_LINE / 2), lineRule: LineRuleType.EXACT }, border: { bottom: dashed } });
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
  const children: ISectionOptions['children'][number][] = [...titleBlock(doc.title, fonts, 0).children];
  // 编号 flush right above the table; without one, half a line keeps the title off the table.
  children.push(doc.number ? rightLine(doc.number, fonts) : blankLine(0.5));
  if (form) {
    children.push(formTable(form.rows, form.labelWidthMm, fonts));
    // 督办单位（盖章） and the date: each part of the footer on its own line, flush right.
    for (const part of form.footer?.split(/\s{2,}/) ?? []) children.push(rightLine(part, fonts));
    if (form.tearOff) {
      children.push(cutLine(), blankLine(0.3));
      children.push(...titleBlock(form.tearOff.title, fonts, 0).children);
      children.push(formTable(form.tearOff.rows, form.labelWidthMm, fonts));
    }
  }
  if (form?.attachment) children.push(...attachmentChildren(form.attachment, fonts));
  // A table may not end a document in Word: the final paragraph is a hairline.
  children.push(hairline());
  return { ...sectionProperties(fonts, { hasPageNumbers: false }), children };
}
