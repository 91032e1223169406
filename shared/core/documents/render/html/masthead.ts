import { secrecyMark, urgencyMark } from '../../format';
import type { OfficialDocument } from '../../model';
import { escapeHtml } from './escape';
import { emWidth, LINE_MM, lines, mm, PT_TO_MM, SIZE_PT } from './geometry';

/** 份号, 密级(★期限), 紧急程度: one per line from the 版心 top, 顶格, 3号黑体. */
export function topMarks(doc: OfficialDocument): string[] {
  return [doc.copyNumber ?? '', secrecyMark(doc.secrecy, doc.secrecyTerm), urgencyMark(doc.urgency)].filter(Boolean);
}

export function markLinesHtml(marks: readonly string[]): string {
  return marks.map((mark, i) => `<div class="at mark-line" style="top:${lines(i)}">${escapeHtml(mark)}</div>`).join('');
}

/**
 * Size of a red mark (发文机关标志, 纪要/简报 name): the largest size up to maxPt whose width fits,
 * squeezed horizontally to no less than 80 % first (docformat.md: "squeeze w:w 80–90 %").
 */
export function fitMark(
  text: string,
  maxPt: number,
  widthMm: number,
  minScale = 0.8,
): { sizeMm: number; scale: number } {
  const ems = Math.max(1, emWidth(text));
  const base = maxPt * PT_TO_MM;
  if (ems * base <= widthMm) return { sizeMm: base, scale: 1 };
  const scale = Math.max(minScale, widthMm / (ems * base));
  return { sizeMm: Math.min(base, widthMm / (ems * scale)), scale: Number(scale.toFixed(3)) };
}

/** A CJK glyph's ink starts about 0.05 em under its em box: the standard measures the glyph top. */
export const GLYPH_INSET_EM = 0.05;

/** A red mark centred on the 版心 with its top at topMm; squeezed with a transform, centred on itself. */
export function redMarkHtml(text: string, topMm: number, fit: { sizeMm: number; scale: number }): string {
  const squeeze = fit.scale < 1 ? `transform:scaleX(${fit.scale})` : '';
  return `<div class="at issuer-mark" style="top:${mm(topMm - GLYPH_INSET_EM * fit.sizeMm)};font-size:${mm(fit.sizeMm)}"><span style="${squeeze}">${escapeHtml(text)}</span></div>`;
}

const MARK_TOP_MM = 35;
const NUMBER_MM = SIZE_PT.san * PT_TO_MM;
const RULE_MM = 1.5 * PT_TO_MM;

/**
 * Page-1 head of the general layout (and 纪要): the mark's top 35 mm under the 版心 top, 发文字号
 * 2 lines under it, the red line 4 mm under the number, then the title 2 lines under the line,
 * snapped to the body grid so the rest of the page keeps 28.95 pt lines. The head is a box a whole
 * number of lines high with its elements placed inside it in mm.
 */
export function mastheadHtml(
  marks: readonly string[],
  markText: string | undefined,
  number: string | undefined,
): string {
  const fit = fitMark(markText ?? '', SIZE_PT.chu, 154);
  const markBottom = MARK_TOP_MM + fit.sizeMm;
  const numberTop = markBottom + 2 * LINE_MM;
  const ruleTop = numberTop + (LINE_MM + NUMBER_MM) / 2 + 4;
  const titleLine = Math.round((ruleTop + RULE_MM + 2 * LINE_MM) / LINE_MM);
  return [
    `<header class="masthead" style="height:${lines(titleLine)}">`,
    markLinesHtml(marks),
    markText ? redMarkHtml(markText, MARK_TOP_MM, fit) : '',
    number ? `<div class="at doc-number" style="top:${mm(numberTop)}">${escapeHtml(number)}</div>` : '',
    `<div class="at red-rule" style="top:${mm(ruleTop)}"></div>`,
    '</header>',
  ].join('');
}

/**
 * 标题, 2号小标宋, wrapped into balanced lines. A title with quotes, brackets or commas breaks only
 * at them (keep-all), so a quoted term such as “党管人才” is never split; otherwise anywhere.
 */
export function titleHtml(title: string): string {
  const keep = /[“”‘’《》（）〔〕、，：]/.test(title) ? ' keep' : '';
  return `<div class="title${keep}">${escapeHtml(title)}</div>`;
}

/** 主送机关: 1 blank line under the title, 顶格. */
export function recipientsHtml(doc: OfficialDocument): string {
  return doc.mainRecipients
    ? `<div class="blank"></div><p class="recipients">${escapeHtml(doc.mainRecipients)}</p>`
    : '';
}
