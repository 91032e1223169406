import { chineseDate } from '../../format';
import type { OfficialDocument } from '../../model';
import { BULLETIN_RULE_PT, bulletinHead } from '../head';
import { escapeHtml } from './escape';
import { lines, mm } from './geometry';
import { markLinesHtml, redMarkHtml, topMarks } from './masthead';

/**
 * 简报 报头 (practice): 密级 top left and 编号 top right; the name in red 小标宋 (初号, 42 pt)
 * centred from the second line; 第X期 centred; 编发单位 left and date right on one line; a red
 * rule of 156 mm (2 pt) 2 mm under it; the title 2 lines under the rule, on the body grid. The
 * lines come from bulletinHead, as in Word.
 */
export function bulletinHeadHtml(doc: OfficialDocument): string {
  const bulletin = doc.bulletin;
  const marks = topMarks(doc);
  const number = doc.number ? `<div class="at mark-line right" style="top:0">${escapeHtml(doc.number)}</div>` : '';
  if (!bulletin)
    return (
      `<header class="masthead" style="height:${lines(Math.max(1, marks.length))}">${markLinesHtml(marks)}` +
      `${number}</header>`
    );
  const head = bulletinHead(bulletin.name, marks.length);
  return [
    `<header class="masthead bulletin-head" style="height:${lines(head.titleLine)}">`,
    markLinesHtml(marks),
    number,
    redMarkHtml(bulletin.name, head.nameInkTopMm, head.fit),
    `<div class="at doc-number" style="top:${lines(head.issueLine)}">${escapeHtml(bulletin.issueLabel)}</div>`,
    `<div class="at bulletin-editor" style="top:${lines(head.editorLine)}"><span>` +
      `${escapeHtml(bulletin.editor)}</span><span>${escapeHtml(chineseDate(bulletin.date))}</span></div>`,
    `<div class="at red-rule" style="top:${mm(head.ruleTopMm)};border-top-width:${BULLETIN_RULE_PT}pt"></div>`,
    '</header>',
  ].join('');
}

export const BULLETIN_CSS = '.bulletin-editor{display:flex;justify-content:space-between;letter-spacing:0}';
