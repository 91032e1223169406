import { chineseDate } from '../../format';
import type { OfficialDocument } from '../../model';
import { escapeHtml } from './escape';
import { LINE_MM, lines, mm, PT_TO_MM, SIZE_PT } from './geometry';
import { fitMark, markLinesHtml, redMarkHtml, topMarks } from './masthead';

const RULE_PT = 2;

/**
 * 简报 报头 (practice): 密级 top left and 编号 top right; the name in red 小标宋 (初号, 42 pt)
 * centred from the second line; 第X期 centred; 编发单位 left and date right on one line; a red
 * rule of 156 mm (2 pt) 2 mm under it; the title 2 lines under the rule, on the body grid.
 */
export function bulletinHead(doc: OfficialDocument): string {
  const bulletin = doc.bulletin;
  const marks = topMarks(doc);
  const number = doc.number ? `<div class="at mark-line right" style="top:0">${escapeHtml(doc.number)}</div>` : '';
  if (!bulletin)
    return `<header class="masthead" style="height:${lines(Math.max(1, marks.length))}">${markLinesHtml(marks)}${number}</header>`;
  const nameTop = Math.max(1, marks.length) * LINE_MM;
  const fit = fitMark(bulletin.name, SIZE_PT.chu, 154);
  const issueLine = Math.ceil((nameTop + fit.sizeMm) / LINE_MM + 0.2);
  const editorLine = issueLine + 1;
  const ruleTop = (editorLine + 1) * LINE_MM - (LINE_MM - SIZE_PT.san * PT_TO_MM) / 2 + 2;
  const titleLine = Math.round((ruleTop + RULE_PT * PT_TO_MM + 2 * LINE_MM) / LINE_MM);
  return [
    `<header class="masthead bulletin-head" style="height:${lines(titleLine)}">`,
    markLinesHtml(marks),
    number,
    redMarkHtml(bulletin.name, nameTop, fit),
    `<div class="at doc-number" style="top:${lines(issueLine)}">${escapeHtml(bulletin.issueLabel)}</div>`,
    `<div class="at bulletin-editor" style="top:${lines(editorLine)}"><span>${escapeHtml(bulletin.editor)}</span><span>${escapeHtml(chineseDate(bulletin.date))}</span></div>`,
    `<div class="at red-rule" style="top:${mm(ruleTop)};border-top-width:${RULE_PT}pt"></div>`,
    '</header>',
  ].join('');
}

export const BULLETIN_CSS = '.bulletin-editor{display:flex;justify-content:space-between;letter-spacing:0}';
