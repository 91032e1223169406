import type { FontPlan } from '../../fonts';
import type { OfficialDocument } from '../../model';
import { bodyHtml, tightStyle } from './body';
import type { ClosingPlan } from '../signatureFit';
import { attachmentsHtml, attendanceHtml, enclosuresHtml, signatureHtml } from './closing';
import { bulletinTailRows, colophonRows } from './colophon';
import { onLastFace, renderFoot, type ColophonBreak } from './foot';
import { mastheadHtml, recipientsHtml, titleHtml, topMarks } from './masthead';

/** What a layout adds to the page: its own CSS and the document's markup. */
export interface LayoutParts {
  css: string;
  html: string;
}

export interface LayoutContext {
  colophonBreak: ColophonBreak;
  /** See FootOptions.signalBlankPage. */
  signalBlankPage?: boolean;
  fonts?: FontPlan;
  /** The lines Word closes up so the closing fits, and its blank lines (docx/planFit.ts). */
  closing?: ClosingPlan;
}

/** 通知, 通报: the general format (§7). */
export function generalLayout(doc: OfficialDocument, ctx: LayoutContext): LayoutParts {
  // The 版记's room takes the 署名's blank lines when it follows them (signatureHtml).
  const footAfter = !!doc.colophon && !doc.enclosures?.length;
  const foot = doc.colophon
    ? renderFoot(colophonRows(doc.colophon), 'colophon', {
        ...onLastFace(ctx),
        blankLinesAbove: footAfter ? ctx.closing?.blanks : 0,
      })
    : '';
  return {
    css: '',
    html: [
      mastheadHtml(topMarks(doc), doc.issuerMark, doc.number),
      titleHtml(doc.title),
      recipientsHtml(doc, tightStyle(ctx.closing?.fit, -1)),
      bodyHtml(doc.body, ctx.closing?.fit),
      attachmentsHtml(doc.attachments, tightStyle(ctx.closing?.fit, doc.body.length)),
      signatureHtml(doc, undefined, ctx.closing, !footAfter),
      enclosuresHtml(doc),
      foot,
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
      enclosuresHtml(doc),
      doc.colophon ? renderFoot(colophonRows(doc.colophon), 'colophon', onLastFace(ctx)) : '',
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
      doc.bulletin ? renderFoot(bulletinTailRows(doc.bulletin), 'bulletin-tail', onLastFace(ctx)) : '',
    ].join(''),
  };
}
