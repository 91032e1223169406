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

const variants = (same: number, next: number) => ({
  samePage: `<p data-pages="${same}">same</p>`,
  nextPage: `<p data-pages="${next}">next</p>`,
  blankThenNext: '<p>blank</p>',
});

describe('the 版记 page rule when printing', () => {
  it('counts the pages of a PDF, not its page tree', () => {
    expect(countPdfPages(new TextEncoder().encode('/Type /Pages /Type /Page /Type/Page /Type /PageLabel'))).toBe(2);
  });

  it('keeps the 版记 on the last page when the body ends on an even page with room', async () => {
    expect(await chooseHtml(pagedPrinting(), { html: 'x', colophonVariants: variants(4, 5) })).toContain('same');
  });

  it('moves the 版记 to the next (even) page when the body ends on an odd page', async () => {
    expect(await chooseHtml(pagedPrinting(), { html: 'x', colophonVariants: variants(4, 4) })).toContain('next');
  });

  it('adds a blank page before the 版记 page when a full even page ends the body', async () => {
    expect(await chooseHtml(pagedPrinting(), { html: 'x', colophonVariants: variants(5, 5) })).toContain('blank');
  });

  it('prints the plain HTML of a document without a 版记', async () => {
    expect(await chooseHtml(pagedPrinting(), { html: '<p>slip</p>' })).toBe('<p>slip</p>');
  });
});
