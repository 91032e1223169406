import { secrecyMark, urgencyMark } from '../../format';
import type { FormAttachment, FormPart, FormRow, OfficialDocument } from '../../model';
import {
  CELL_SIDE_PAD_MM,
  footerParts,
  type FormMetrics,
  FORM_METRICS,
  metricsOf,
  SLIP_METRICS,
  TEAR_OFF,
} from '../formGeometry';
import { bodyHtml } from './body';
import { escapeHtml } from './escape';
import { mm } from './geometry';
import { titleHtml } from './masthead';
import { titleLines } from '../titleLines';
import type { LayoutParts } from './layouts';

/** The metrics of formGeometry.ts as CSS, for `.form` (三号) or `.form.slip` (四号). */
function metricsCss(scope: string, m: FormMetrics): string {
  return [
    `${scope}{font-size:${m.sizePt}pt;line-height:${m.lineMm}mm}`,
    `${scope} .form-title{line-height:${m.titleMm}mm}`,
    `${scope} .form-number{line-height:${m.numberMm}mm;min-height:${m.numberMm}mm;margin-bottom:${m.numberAfterMm}mm}`,
    `${scope} .form-table tr{height:${m.rowMm}mm}`,
    `${scope} .form-table th,${scope} .form-table td{padding:${m.padMm}mm ${CELL_SIDE_PAD_MM}mm}`,
    `${scope} .form-footer{margin-top:${m.footerGapMm}mm}`,
  ].join('\n');
}

/**
 * 督办通知单 / 呈批单 / 签到表 / records: a form off the body grid, on formGeometry.ts's numbers
 * (as in Word). Title 2号小标宋 centred, 编号 on the right, a 156 mm table with labels in 黑体 and
 * values in 仿宋, rows at least a row high (or their own minimum, e.g. 60 mm for a leader's 批示).
 * A roster (签到表) follows in its own table, its header row repeated on each page (thead).
 * 督办: footer, dashed cut line, 回执 table.
 */
export const FORM_CSS = [
  '.form{letter-spacing:0;text-indent:0;text-align:left}',
  '.form-title{font-family:var(--font-xiaobiaosong);font-size:22pt;text-align:center}',
  '.form-number{display:flex;justify-content:space-between}',
  '.form-number>.mark-line{font-family:var(--font-heiti)}',
  'table.form-table{width:156mm;border-collapse:collapse;table-layout:fixed}',
  '.form-table th,.form-table td{border:.5pt solid #000;font-weight:normal;vertical-align:middle;' +
    'white-space:pre-wrap;overflow-wrap:anywhere}',
  '.form-table th{font-family:var(--font-heiti);text-align:center;white-space:normal}',
  '.form-table tr{break-inside:avoid}',
  '.form-table tr.tall td{vertical-align:top}',
  '.form-table td.struck{text-decoration:line-through}',
  '.form-table.roster td{text-align:center}',
  // The 署名 and date never stand alone on a page: the table's last row goes over with them (as in Word).
  '.form-footer{text-align:right;padding-right:1em;white-space:pre-wrap;break-before:avoid;break-inside:avoid}',
  `.cut-line{display:flex;align-items:center;gap:2mm;margin:${TEAR_OFF.cutBeforeMm}mm 0 ` +
    `${TEAR_OFF.cutAfterMm}mm;font-size:12pt;line-height:${TEAR_OFF.cutMm}mm}`,
  '.cut-line::before,.cut-line::after{content:"";flex:1;border-top:.3mm dashed #000}',
  `.form-subtitle{font-family:var(--font-xiaobiaosong);font-size:${TEAR_OFF.titlePt}pt;line-height:` +
    `${TEAR_OFF.titleMm}mm;text-align:center;margin-bottom:${TEAR_OFF.titleAfterMm}mm}`,
  '.form-attachment{break-before:page}',
  metricsCss('.form', FORM_METRICS),
  metricsCss('.form.slip', SLIP_METRICS),
].join('\n');

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

/** The roster, its header row in <thead>: Chromium repeats it on each page the table runs onto. */
function rosterHtml(roster: FormPart['roster']): string {
  if (!roster) return '';
  const cols = roster.columns.map((c) => `<col style="width:${mm(c.widthMm)}">`).join('');
  const head = `<tr>${roster.columns.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('')}</tr>`;
  const rows = roster.rows
    .map((row) => `<tr>${roster.columns.map((_, i) => `<td>${escapeHtml(row[i] ?? '')}</td>`).join('')}</tr>`)
    .join('');
  return (
    `<table class="form-table roster"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>` +
    `${rows}</tbody></table>`
  );
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
  const parts = footerParts(footer);
  return parts.length
    ? `<div class="form-footer">${parts.map((p) => `<div>${escapeHtml(p)}</div>`).join('')}</div>`
    : '';
}

/**
 * 附件 on a new page (§8): "附件" on line 1, 顶格, 3号黑体; the title centred on line 3; one
 * blank line; then the body, off the slip's form lines and back on the 22-line grid.
 */
function attachmentHtml(attachment: FormAttachment | undefined): string {
  if (!attachment) return '';
  return (
    `<section class="form-attachment"><div class="att-label">附件</div><div class="blank"></div>` +
    `${titleHtml(attachment.title)}<div class="blank"></div>${bodyHtml(attachment.body)}</section>`
  );
}

export function formLayout(doc: OfficialDocument): LayoutParts {
  const form = doc.form ?? { labelWidthMm: 36, rows: [] };
  const marks = escapeHtml(formMarks(doc, form).join(' '));
  const tear = form.tearOff
    ? `<div class="cut-line"><span>剪切线</span></div><div class="tear"><div class="form-subtitle">` +
      `${escapeHtml(form.tearOff.title)}</div>${rowsHtml(form.labelWidthMm, form.tearOff.rows)}</div>`
    : '';
  const html = [
    `<div class="form${metricsOf(form) === SLIP_METRICS ? ' slip' : ''}">`,
    `<div class="form-title">${titleLines(doc.title).map(escapeHtml).join('<br>')}</div>`,
    // 密级 / 紧急程度 left and 编号 right share the line under the title: the slip must stay one page.
    `<div class="form-number"><span class="mark-line">${marks}</span><span>` +
      `${doc.number ? `编号：${escapeHtml(doc.number)}` : ''}</span></div>`,
    rowsHtml(form.labelWidthMm, form.rows),
    rosterHtml(form.roster),
    footerHtml(form.footer),
    tear,
    '</div>',
    attachmentHtml(form.attachment),
  ].join('');
  return { css: FORM_CSS, html };
}
