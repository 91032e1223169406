import { describe, expect, it } from 'vitest';
import { chooseHtml, countPdfPages, createPrintDocuments, type PrintingDeps } from './printing';

/** Print windows whose PDF has as many pages as the variant's HTML says (data-pages="N"). */
function pagedPrinting(): PrintingDeps {
  const documents = createPrintDocuments();
  return {
    documents,
    createWindow() {
      let html = '';
      let closed = false;
      return {
        async loadURL(url) {
          html = documents.get(url) ?? '';
        },
        close: () => void (closed = true),
        isDestroyed: () => closed,
        webContents: {
          print: () => undefined,
          printToPDF: async () => {
            const pages = Number(/data-pages="(\d+)"/.exec(html)?.[1] ?? 1);
            return new TextEncoder().encode(`%PDF-1.7 /Type /Pages ${'<< /Type /Page >> '.repeat(pages)}`);
          },
        },
      };
    },
  };
}

/** A measured print of `pages` pages (odd: the body ended on a full even page). */
const variants = (pages: number) => ({
  measured: `<p data-pages="${pages}">measured</p>`,
  blankThenNext: '<p>blank</p>',
});

describe('the 版记 page rule when printing', () => {
  it('counts the pages of a PDF, not its page tree', () => {
    expect(countPdfPages(new TextEncoder().encode('/Type /Pages /Type /Page /Type/Page /Type /PageLabel'))).toBe(2);
  });

  it('keeps the measured print, and its PDF, when it has an even number of pages', async () => {
    const placed = await chooseHtml(pagedPrinting(), { html: 'x', colophonVariants: variants(4) });
    expect(placed.html).toContain('measured');
    expect(placed.pdf && countPdfPages(placed.pdf)).toBe(4);
  });

  it('prints the blank page and the 版记 page when the measured print signals an odd page count', async () => {
    const placed = await chooseHtml(pagedPrinting(), { html: 'x', colophonVariants: variants(5) });
    expect(placed.html).toContain('blank');
    expect(placed.pdf).toBeUndefined();
  });

  it('prints the plain HTML of a document without a 版记, without measuring', async () => {
    expect(await chooseHtml(pagedPrinting(), { html: '<p>slip</p>' })).toEqual({ html: '<p>slip</p>' });
  });
});
