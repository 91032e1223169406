import type { Page } from '@playwright/test';
import { countPdfPages } from '../electron/main/services/colophonPlacement';
import type { FontPlan } from '../shared/core/documents/fonts';
import type { OfficialDocument } from '../shared/core/documents/model';
import { printHtml } from '../shared/core/documents/render/html/printVariants';

/**
 * A document to PDF in Chromium as the desktop app prints it (electron/main/services/colophonPlacement.ts):
 * the 版记 placed in one print, and a second print when that one signals a body ending on a full even page.
 */
export async function printPlaced(page: Page, doc: OfficialDocument, fonts?: FontPlan): Promise<Uint8Array> {
  const print = async (html: string) => {
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({ preferCSSPageSize: true, printBackground: true });
  };
  const placed = printHtml(doc, fonts);
  if (!placed.colophonVariants) return print(placed.html);
  const measured = await print(placed.colophonVariants.measured);
  return countPdfPages(measured) % 2 === 0 ? measured : print(placed.colophonVariants.blankThenNext);
}
