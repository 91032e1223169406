import type { ColophonVariants } from '../../../bridge/schemas';
import type { FontPlan } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import { renderHtml } from './renderHtml';

/**
 * The print HTML, and for a document whose 版记 belongs on an even page the variants a host that
 * counts pages (Electron, docs:samples) prints to put it there in one print, or two (GB/T 9704 §7.5).
 */
export function printHtml(
  doc: OfficialDocument,
  fonts?: FontPlan,
): { html: string; colophonVariants?: ColophonVariants } {
  const html = renderHtml(doc, fonts);
  if (!doc.colophon || LAYOUT_OF[doc.kind] === 'letter') return { html };
  return {
    html,
    colophonVariants: {
      measured: renderHtml(doc, fonts, { signalBlankPage: true }),
      blankThenNext: renderHtml(doc, fonts, { colophonBreak: 'blank-then-next' }),
    },
  };
}
