import { STANDARD_FONT_PLAN } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import type { ClosingPlan } from '../signatureFit';
import type { Flow } from './flow';
import { generalMain } from './layouts';
import { letterMain } from './letter';
import { closingBlanks, fitBefore } from './signatureFit';

/**
 * The closing as Word's page estimate sets it — which lines close up (SignatureFit) and how many
 * blank lines stand above the 署名 — for print to set the same (html/renderHtml.ts). The estimate
 * counts ems, so it does not depend on the faces.
 */
export function planClosing(doc: OfficialDocument): ClosingPlan | undefined {
  if (!doc.signature) return undefined;
  let before: Flow;
  switch (LAYOUT_OF[doc.kind]) {
    case 'general':
      before = generalMain(doc, STANDARD_FONT_PLAN);
      break;
    case 'letter':
      before = letterMain(doc, STANDARD_FONT_PLAN).flow;
      break;
    default:
      return undefined;
  }
  const fit = fitBefore(before, doc);
  return { fit, blanks: closingBlanks(doc, before.linesLeftOnPage(), fit) };
}
