import { stampText } from '../../../../shared/core/documents/format';
import type { FontPlan } from '../../../../shared/core/documents/fonts';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import { renderHtml } from '../../../../shared/core/documents/render/html/renderHtml';
import { cssString } from '../../../../shared/core/documents/render/html/escape';

/**
 * The print HTML of a draft shown on screen: the 版心 on a white sheet with the page margins, and
 * the stamp (草稿 · 未编号…) above it, as the printout carries it in the top margin of every page.
 * The screen shows the text in one run; the printout breaks it into pages.
 */
export function draftPreviewHtml(doc: OfficialDocument, fonts?: FontPlan): string {
  const banner = doc.stamp ? stampText(doc.stamp) : '';
  const screen =
    '<style>@media screen{html{background:#e9ecef}' +
    'body{width:156mm;margin:6mm auto;padding:12mm 26mm 35mm 28mm;background:#fff;box-shadow:0 0 3mm #adb5bd}' +
    `body::before{content:${cssString(banner)};display:block;height:25mm;color:#c00;font:16pt/1.3 sans-serif;` +
    'letter-spacing:0;text-align:center;text-indent:0}}</style>';
  return renderHtml(doc, fonts).replace('</head>', `${screen}</head>`);
}
