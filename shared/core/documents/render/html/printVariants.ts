import type { ColophonVariants } from '../../../bridge/schemas';
import type { FontPlan } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import { renderHtml } from './renderHtml';

/**
 * The print HTML, and for a document with a foot block (版记, 报尾, 抄送), which belongs on an even page the variants a host
 * that
 * counts pages (Electron, docs:samples) prints to put it there in one print, or two (GB/T 9704 §7.5).
 */
/** A 版记, a 简报 报尾, or a 信函 抄送 line: a foot block on the last, even page (foot.ts onLastFace). */
export const hasFoot = (doc: OfficialDocument): boolean =>
  !!doc.bulletin || (!!doc.colophon && (LAYOUT_OF[doc.kind] !== 'letter' || doc.colophon.cc.length > 0));

export function printHtml(
  doc: OfficialDocument,
  fonts?: FontPlan,
  { onLetterhead = false }: { onLetterhead?: boolean } = {},
): { html: string; colophonVariants?: ColophonVariants } {
  const html = renderHtml(doc, fonts, { onLetterhead });
  if (!hasFoot(doc)) return { html };
  return {
    html,
    colophonVariants: {
      measured: renderHtml(doc, fonts, { signalBlankPage: true, onLetterhead }),
      blankThenNext: renderHtml(doc, fonts, { colophonBreak: 'blank-then-next', onLetterhead }),
    },
  };
}
