import { secrecyMark, urgencyMark } from '../../format';
import type { OfficialDocument } from '../../model';
import { escapeHtml } from './escape';
import { titleLines } from '../titleLines';
import { lines, mm } from './geometry';
import { generalHead, GLYPH_INSET_EM, PT_MM, type MarkFit } from '../head';

/** 份号, 密级(★期限), 紧急程度: one per line from the 版心 top, 顶格, 3号黑体. */
export function topMarks(doc: OfficialDocument): string[] {
  return [doc.copyNumber ?? '', secrecyMark(doc.secrecy, doc.secrecyTerm), urgencyMark(doc.urgency)].filter(Boolean);
}

export function markLinesHtml(marks: readonly string[]): string {
  return marks.map((mark, i) => `<div class="at mark-line" style="top:${lines(i)}">${escapeHtml(mark)}</div>`).join('');
}

/** A red mark centred on the 版心 with its glyph top at topMm; squeezed with a transform, centred on itself. */
export function redMarkHtml(text: string, topMm: number, fit: MarkFit): string {
  const sizeMm = fit.sizePt * PT_MM;
  const squeeze = fit.scale < 100 ? `transform:scaleX(${fit.scale / 100})` : '';
  return (
    `<div class="at issuer-mark" style="top:${mm(topMm - GLYPH_INSET_EM * sizeMm)};font-size:` +
    `${fit.sizePt}pt"><span style="${squeeze}">${escapeHtml(text)}</span></div>`
  );
}

/**
 * Page-1 head of the general layout (and 纪要), placed by generalHead as in Word: the mark's top
 * 35 mm under the 版心 top, the 发文字号 on the second line under the mark, the red line 4 mm
 * under the number, the title on the second line under the red line. The head is a box a whole
 * number of lines high with its elements placed inside it.
 */
export function mastheadHtml(
  marks: readonly string[],
  markText: string | undefined,
  number: string | undefined,
): string {
  const head = generalHead(markText ?? '');
  return [
    `<header class="masthead" style="height:${lines(head.titleLine)}">`,
    markLinesHtml(marks),
    markText ? redMarkHtml(markText, head.markInkTopMm, head.fit) : '',
    number ? `<div class="at doc-number" style="top:${lines(head.numberLine)}">${escapeHtml(number)}</div>` : '',
    `<div class="at red-rule" style="top:${mm(head.ruleTopMm)}"></div>`,
    '</header>',
  ].join('');
}

/** 标题, 2号小标宋, in the lines titleLines picks (the same in Word): 词意完整，排列对称. */
export function titleHtml(title: string): string {
  return `<div class="title">${titleLines(title).map(escapeHtml).join('<br>')}</div>`;
}

/** 主送机关: 1 blank line under the title, 顶格 (the blank line stays without one, as in Word). */
export function recipientsHtml(doc: OfficialDocument, style = ''): string {
  const recipients = doc.mainRecipients ? `<p class="recipients"${style}>${escapeHtml(doc.mainRecipients)}</p>` : '';
  return `<div class="blank"></div>${recipients}`;
}
