import { STANDARD_FONT_PLAN } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import type { SignatureFit } from '../signatureFit';
import { generalMain } from './layouts';
import { letterMain } from './letter';
import { fitBefore } from './signatureFit';

/**
 * The SignatureFit of a document, from Word's page estimate, for print to set the same lines
 * closer (html/renderHtml.ts). The estimate counts ems, so it does not depend on the faces.
 */
export function planSignatureFit(doc: OfficialDocument): SignatureFit | undefined {
  if (!doc.signature) return undefined;
  switch (LAYOUT_OF[doc.kind]) {
    case 'general':
      return fitBefore(generalMain(doc, STANDARD_FONT_PLAN), doc);
    case 'letter':
      return fitBefore(letterMain(doc, STANDARD_FONT_PLAN).flow, doc);
    default:
      return undefined;
  }
}
