import { secrecyMark, urgencyMark } from '../../format';
import type { FormAttachment, FormPart, FormRow, OfficialDocument } from '../../model';
import { bodyHtml } from './body';
import { escapeHtml } from './escape';
import { mm } from './geometry';
import { titleHtml } from './masthead';
import type { LayoutParts } from './layouts';

/** The slip's geometry in print, in mm; formFit.ts adds the same numbers up to tell whether a slip fits one page. */
export const FORM_HTML_MM = {
  /** 2号 title line */
  title: 13,
  /** 编号 line under the title, and its margin */
  number: 9,
  /** A value line (3号) */
  line: 7.5,
  /** Rows are at least this tall */
  row: 10,
  /** Cell padding, top and bottom together */
  padding: 2.5,
  /** Room over the footer lines */
  footerGap: 2,
} as const;

/**
 * 督办通知单 / 呈批单: a one-page slip, not on the body grid. Title 2号小标宋 centred, 编号 on the
 * right, a 156 mm table with labels in 黑体 and values in 仿宋 (3号), rows at least 10 mm (or
 * their own minimum, e.g. 60 mm for a leader's 批示). 督办: footer, dashed cut line, 回执 table.
 * A slip with a 回执 (`.slip`) sits tighter, all in 四号 (docformat allows 3–4号 for slips): 6.5 mm
 * lines in 8 mm rows, so its longest allowed 督办事项 and 督办要求 (supervision/itemInput.ts) still
 * leave the 回执 on the same page.
 */
export const FORM_CSS = `
.form{letter-spacing:0;text-indent:0;text-align:left;line-height:${FORM_HTML_MM.line}mm}
.form-title{font-family:var(--font-xiaobiaosong);font-size:22pt;line-height:${FORM_HTML_MM.title}mm;text-align:center}
.form-number{display:flex;justify-content:space-between;line-height:${FORM_HTML_MM.number - 1}mm;min-height:${FORM_HTML_MM.number - 1}mm;margin-bottom:1mm}
.form-number>.mark-line{font-family:var(--font-heiti)}
table.form-table{width:156mm;border-collapse:collapse;table-layout:fixed}
.form-table tr{height:${FORM_HTML_MM.row}mm}
.form-table th,.form-table td{border:.5pt solid #000;padding:${FORM_HTML_MM.padding / 2}mm 2mm;font-weight:normal;vertical-align:middle;white-space:pre-wrap;overflow-wrap:anywhere}
.form-table th{font-family:var(--font-heiti);text-align:center;white-space:normal}
.form-table tr.tall td{vertical-align:top}
.form-table td.struck{text-decoration:line-through}
.form-footer{margin-top:${FORM_HTML_MM.footerGap}mm;text-align:right;white-space:pre-wrap}
.cut-line{display:flex;align-items:center;gap:2mm;margin:4mm 0 2mm;font-size:12pt;line-height:6mm}
.cut-line::before,.cut-line::after{content:"";flex:1;border-top:.3mm dashed #000}
.form-subtitle{font-family:var(--font-xiaobiaosong);font-size:18pt;line-height:10mm;text-align:center;margin-bottom:1mm}
.form .tear{font-size:14pt;line-height:6.5mm}
.form .tear tr{height:9mm}
.form-attachment{break-before:page}
.form-attachment>.att-label{font-family:var(--font-heiti);text-indent:0;letter-spacing:0}
.form.slip{font-size:14pt;line-height:6.5mm}
.form.slip .form-title{line-height:10mm}
.form.slip .form-number{line-height:7mm;min-height:7mm;margin-bottom:.5mm}
.form.slip .form-table tr{height:8mm}
.form.slip .form-table th,.form.slip .form-table td{padding:.75mm 2mm}
.form.slip .form-footer{margin-top:1mm}
.form.slip .cut-line{margin:2.5mm 0 1mm}
.form.slip .form-subtitle{line-height:8.5mm;margin-bottom:.5mm}
.form.slip .tear tr{height:8mm}
`;

function rowsHtml(labelWidthMm: number, rows: readonly FormRow[]): string {
  const cols = `<colgroup><col style="width:${mm(labelWidthMm)}"><col></colgroup>`;
  const body = rows
    .map((row) => {
      const tall = row.minHeightMm ? ` class="tall" style="height:${mm(row.minHeightMm)}"` : '';
      const struck = row.isStruck ? ' class="struck"' : '';
      return `<tr${tall}><th>${escapeHtml(row.label)}</th><td${struck}>${escapeHtml(row.value)}</td></tr>`;
    })
    .join('');
  return `<table class="form-table">${cols}<tbody>${body}</tbody></table>`;
}

/** Marks the slip's rows do not already carry (a 呈批单 has its own 密级 and 紧急程度 rows). */
function formMarks(doc: OfficialDocument, form: FormPart): string[] {
  const labels = new Set(form.rows.map((row) => row.label));
  const secrecy = labels.has('密级') ? '' : secrecyMark(doc.secrecy, doc.secrecyTerm);
  const urgency = labels.has('紧急程度') ? '' : urgencyMark(doc.urgency);
  return [secrecy, urgency].filter(Boolean);
}

/** The footer's parts (split where the template put a run of spaces) each on its own line. */
function footerHtml(footer: string | undefined): string {
  if (!footer) return '';
  const parts = footer.split(/\s{2,}/).map((part) => `<div>${escapeHtml(part)}</div>`);
  return `<div class="form-footer">${parts.join('')}</div>`;
}

/**
 * 附件 on a new page (§8): "附件" on line 1, 顶格, 3号黑体; the title centred on line 3; one
 * blank line; then the body, off the slip's form lines and back on the 22-line grid.
 */
function attachmentHtml(attachment: FormAttachment | undefined): string {
  if (!attachment) return '';
  return `<section class="form-attachment"><div class="att-label">附件</div><div class="blank"></div>${titleHtml(attachment.title)}<div class="blank"></div>${bodyHtml(attachment.body)}</section>`;
}

export function formLayout(doc: OfficialDocument): LayoutParts {
  const form = doc.form ?? { labelWidthMm: 36, rows: [] };
  const marks = escapeHtml(formMarks(doc, form).join(' '));
  const tear = form.tearOff
    ? `<div class="cut-line"><span>剪切线</span></div><div class="tear"><div class="form-subtitle">${escapeHtml(form.tearOff.title)}</div>${rowsHtml(form.labelWidthMm, form.tearOff.rows)}</div>`
    : '';
  const html = [
    `<div class="form${form.tearOff || form.dense ? ' slip' : ''}">`,
    `<div class="form-title">${escapeHtml(doc.title)}</div>`,
    // 密级 / 紧急程度 left and 编号 right share the line under the title: the slip must stay one page.
    `<div class="form-number"><span class="mark-line">${marks}</span><span>${doc.number ? `编号：${escapeHtml(doc.number)}` : ''}</span></div>`,
    rowsHtml(form.labelWidthMm, form.rows),
    footerHtml(form.footer),
    tear,
    '</div>',
    attachmentHtml(form.attachment),
  ].join('');
  return { css: FORM_CSS, html };
}
