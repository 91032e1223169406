import type { FontPlan } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import { BULLETIN_CSS, bulletinHead } from './bulletin';
import { escapeHtml } from './escape';
import { fontCss } from './fontCss';
import type { ColophonBreak } from './foot';
import { formLayout } from './form';
import { bulletinLayout, generalLayout, minutesLayout, type LayoutContext, type LayoutParts } from './layouts';
import { letterLayout } from './letter';
import { BASE_CSS, pageCss } from './pageCss';
import { ELEMENT_CSS } from './styles';

export { chooseColophonBreak, colophonInputsFromPageCounts, type ColophonBreak } from './foot';

export interface RenderHtmlOptions {
  /**
   * Where the 版记 (简报: 报尾, 信函: 抄送) goes relative to the body's last page. Default
   * 'same-page': the foot of the first page after the body where it fits. The print service
   * prints 'same-page' and 'next-page', derives the inputs with colophonInputsFromPageCounts,
   * and reprints with chooseColophonBreak's answer if it is neither of those.
   */
  colophonBreak?: ColophonBreak;
}

function layoutParts(doc: OfficialDocument, ctx: LayoutContext): LayoutParts {
  switch (LAYOUT_OF[doc.kind]) {
    case 'general':
      return generalLayout(doc, ctx);
    case 'minutes':
      return minutesLayout(doc, ctx);
    case 'bulletin':
      return { ...bulletinLayout(doc, ctx, bulletinHead(doc)), css: BULLETIN_CSS };
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
  const parts = layoutParts(doc, { colophonBreak: options.colophonBreak ?? 'same-page', fonts });
  const css = [fontCss(fonts), pageCss(layout, fonts), BASE_CSS, ELEMENT_CSS, parts.css].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>\n${css}\n</style></head>`,
    `<body><main class="doc ${layout}">${parts.html}</main></body></html>`,
  ].join('\n');
}
