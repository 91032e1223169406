import type { FontPlan } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import { BULLETIN_CSS, bulletinHeadHtml } from './bulletin';
import { escapeHtml } from './escape';
import { fontCss } from './fontCss';
import type { ColophonBreak } from './foot';
import { formLayout } from './form';
import { bulletinLayout, generalLayout, minutesLayout, type LayoutContext, type LayoutParts } from './layouts';
import { letterLayout } from './letter';
import { BASE_CSS, pageCss, stampCss } from './pageCss';
import { stampText } from '../../format';
import { ELEMENT_CSS } from './styles';
import { LETTERHEAD_CSS } from './letterhead';
import { planClosing } from '../docx/planFit';
import { formPageCount } from '../formGeometry';

export type { ColophonBreak } from './foot';

export interface RenderHtmlOptions {
  /**
   * Where the 版记 (简报: 报尾, 信函: 抄送) goes: 'auto' (default) puts it at the foot of the
   * right page in one print (foot.ts); 'blank-then-next' is for a body that ends on a full even
   * page, with the blank page and the 版记 page unnumbered.
   */
  colophonBreak?: ColophonBreak;
  /** Print an odd page count when 'auto' would need 'blank-then-next' (for a host that counts pages). */
  signalBlankPage?: boolean;
  /** 套打: onto letterhead stock, without the mark and the red rules (letterhead.ts). */
  onLetterhead?: boolean;
}

function layoutParts(doc: OfficialDocument, ctx: LayoutContext): LayoutParts {
  switch (LAYOUT_OF[doc.kind]) {
    case 'general':
      return generalLayout(doc, ctx);
    case 'minutes':
      return minutesLayout(doc, ctx);
    case 'bulletin':
      return { ...bulletinLayout(doc, ctx, bulletinHeadHtml(doc)), css: BULLETIN_CSS };
    case 'letter':
      return letterLayout(doc, ctx);
    case 'form':
      return formLayout(doc);
  }
}

/**
 * The document as one self-contained printable HTML page (GB/T 9704-2012, docformat.md): inline
 * CSS only, no script, no external resource (the CSP says so too), every text escaped. Print it
 * with preferCSSPageSize and printBackground (the 信函 double rules are backgrounds).
 */
export function renderHtml(doc: OfficialDocument, fonts?: FontPlan, options: RenderHtmlOptions = {}): string {
  const layout = LAYOUT_OF[doc.kind];
  const parts = layoutParts(doc, {
    colophonBreak: options.colophonBreak ?? 'auto',
    signalBlankPage: options.signalBlankPage,
    fonts,
    closing: planClosing(doc),
  });
  const isNumbered = layout !== 'form' || formPageCount(doc) > 1;
  const stamp = doc.stamp ? stampCss(stampText(doc.stamp), fonts) : '';
  const letterhead = options.onLetterhead ? LETTERHEAD_CSS : '';
  const css = [fontCss(fonts), pageCss(layout, fonts, isNumbered), stamp, BASE_CSS, ELEMENT_CSS, parts.css, letterhead]
    .filter(Boolean)
    .join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>\n${css}\n</style></head>`,
    `<body><main class="doc ${layout}">${parts.html}</main></body></html>`,
  ].join('\n');
}
