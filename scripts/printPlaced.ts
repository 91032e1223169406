import type { Page } from '@playwright/test';
import { createPrintDocuments, renderPdf, type PrintingDeps } from '../electron/main/services/printing';
import type { FontPlan } from '../shared/core/documents/fonts';
import type { OfficialDocument } from '../shared/core/documents/model';
import { printHtml } from '../shared/core/documents/render/html/printVariants';

/**
 * The desktop app's print service (electron/main/services/printing.ts renderPdf) with a Playwright page as its
 * print window: page.setContent stands in for loadURL, page.pdf (margins 0, CSS page size) for printToPDF.
 * `onPdf` sees every PDF made, for the counts the bench reports.
 */
export function playwrightPrinting(page: Page, onPdf?: () => void): PrintingDeps {
  const documents = createPrintDocuments();
  return {
    documents,
    createWindow: () => {
      let closed = false;
      return {
        async loadURL(url) {
          await page.setContent(documents.get(url) ?? '', { waitUntil: 'load' });
        },
        close: () => void (closed = true),
        isDestroyed: () => closed,
        webContents: {
          print: () => undefined,
          printToPDF: async () => {
            onPdf?.();
            return page.pdf({ preferCSSPageSize: true, printBackground: true });
          },
        },
      };
    },
  };
}

/**
 * A document to PDF in Chromium as the desktop app prints it (colophonPlacement.ts): the 版记 placed in one
 * print, and a second print when that one signals a body ending on a full even page.
 */
export async function printPlaced(page: Page, doc: OfficialDocument, fonts?: FontPlan): Promise<Uint8Array> {
  return renderPdf(playwrightPrinting(page), printHtml(doc, fonts));
}
