import type { FontPlan } from '../../fonts';
import type { OfficialDocument } from '../../model';
import { bodyHtml } from './body';
import { attachmentsHtml, attendanceHtml, noteHtml, signatureHtml } from './closing';
import { bulletinTailRows, colophonRows } from './colophon';
import { renderFoot, type ColophonBreak } from './foot';
import { mastheadHtml, recipientsHtml, titleHtml, topMarks } from './masthead';

/** What a layout adds to the page: its own CSS and the document's markup. */
export interface LayoutParts {
  css: string;
  html: string;
}

export interface LayoutContext {
  colophonBreak: ColophonBreak;
  fonts?: FontPlan;
}

/** 通知, 通报: the general format (§7). */
export function generalLayout(doc: OfficialDocument, ctx: LayoutContext): LayoutParts {
  return {
    css: '',
    html: [
      mastheadHtml(topMarks(doc), doc.issuerMark, doc.number),
      titleHtml(doc.title),
      recipientsHtml(doc),
      bodyHtml(doc.body),
      attachmentsHtml(doc.attachments),
      signatureHtml(doc.signature),
      noteHtml(doc),
      doc.colophon ? renderFoot(colophonRows(doc.colophon), 'colophon', ctx) : '',
    ].join(''),
  };
}

/** 纪要 (§10.3): its own red 标志 35 mm under the 版心 top, 第X期, attendance lines, no seal. */
export function minutesLayout(doc: OfficialDocument, ctx: LayoutContext): LayoutParts {
  const minutes = doc.minutes;
  return {
    css: '',
    html: [
      mastheadHtml(topMarks(doc), minutes?.markText, minutes?.issueLabel),
      titleHtml(doc.title),
      '<div class="blank"></div>',
      bodyHtml(doc.body),
      minutes ? attendanceHtml(minutes) : '',
      doc.colophon ? renderFoot(colophonRows(doc.colophon), 'colophon', ctx) : '',
    ].join(''),
  };
}

/** 简报: 报头 (see bulletinHead), title, body, and the 报尾 at the foot of the last page. */
export function bulletinLayout(doc: OfficialDocument, ctx: LayoutContext, head: string): LayoutParts {
  return {
    css: '',
    html: [
      head,
      titleHtml(doc.title),
      '<div class="blank"></div>',
      bodyHtml(doc.body),
      doc.bulletin ? renderFoot(bulletinTailRows(doc.bulletin), 'bulletin-tail', ctx) : '',
    ].join(''),
  };
}
