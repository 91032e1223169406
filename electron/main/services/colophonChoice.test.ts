import { describe, expect, it } from 'vitest';
import { countPdfPages, createPrintDocuments, print, renderPdf, type PrintingDeps } from './printing';

interface Calls {
  windows: number;
  loads: string[];
  pdfs: string[];
  printed: string[];
}

/** Print windows whose PDF has as many pages as the loaded HTML says (data-pages="N"), counting every call. */
function pagedPrinting(): { deps: PrintingDeps; calls: Calls } {
  const documents = createPrintDocuments();
  const calls: Calls = { windows: 0, loads: [], pdfs: [], printed: [] };
  const deps: PrintingDeps = {
    documents,
    createWindow() {
      calls.windows++;
      let html = '';
      let closed = false;
      return {
        async loadURL(url) {
          html = documents.get(url) ?? '';
          calls.loads.push(html);
        },
        close: () => void (closed = true),
        isDestroyed: () => closed,
        webContents: {
          print: (_options, callback) => {
            calls.printed.push(html);
            queueMicrotask(() => callback(true, ''));
          },
          printToPDF: async () => {
            calls.pdfs.push(html);
            const pages = Number(/data-pages="(\d+)"/.exec(html)?.[1] ?? 1);
            return new TextEncoder().encode(`%PDF-1.7 /Type /Pages ${'<< /Type /Page >> '.repeat(pages)}`);
          },
        },
      };
    },
  };
  return { deps, calls };
}

/** A measured print of `pages` pages (odd: the body ended on a full even page, the 版记 must move). */
const notice = (pages: number) => ({
  html: '<p>plain</p>',
  colophonVariants: { measured: `<p data-pages="${pages}">measured</p>`, blankThenNext: '<p data-pages="6">blank</p>' },
});

describe('the 版记 page rule when printing', () => {
  it('counts the pages of a PDF, not its page tree', () => {
    expect(countPdfPages(new TextEncoder().encode('/Type /Pages /Type /Page /Type/Page /Type /PageLabel'))).toBe(2);
  });

  it('saves the measuring print itself as the PDF when its 版记 is already on an even page: one printToPDF', async () => {
    const { deps, calls } = pagedPrinting();
    const pdf = await renderPdf(deps, notice(4));
    expect(countPdfPages(pdf)).toBe(4);
    expect(calls.pdfs).toEqual(['<p data-pages="4">measured</p>']);
    expect(calls.windows).toBe(1);
  });

  it('prints a second time, blank page then 版记 page, when the measured print signals an odd count', async () => {
    const { deps, calls } = pagedPrinting();
    const pdf = await renderPdf(deps, notice(5));
    expect(countPdfPages(pdf)).toBe(6);
    expect(calls.pdfs).toEqual(['<p data-pages="5">measured</p>', '<p data-pages="6">blank</p>']);
    // One hidden window loads both, one after the other.
    expect(calls).toMatchObject({ windows: 1, loads: calls.pdfs });
  });

  it('prints a document without a 版记 once, without measuring', async () => {
    const { deps, calls } = pagedPrinting();
    await renderPdf(deps, { html: '<p>slip</p>' });
    expect(calls.pdfs).toEqual(['<p>slip</p>']);
  });

  it('sends the measured page to the printer without loading it again when its 版记 is already right', async () => {
    const { deps, calls } = pagedPrinting();
    expect(await print(deps, { ...notice(4), title: '通知', mode: 'dialog' })).toEqual({ status: 'printed' });
    expect(calls).toMatchObject({ windows: 1, pdfs: [notice(4).colophonVariants.measured] });
    expect(calls.loads).toEqual(calls.pdfs);
    expect(calls.printed).toEqual([notice(4).colophonVariants.measured]);
  });

  it('sends the blank-then-版记 pages to the printer when the measured print had the 版记 on an odd page', async () => {
    const { deps, calls } = pagedPrinting();
    await print(deps, { ...notice(5), title: '通知', mode: 'silent' });
    expect(calls.pdfs).toEqual([notice(5).colophonVariants.measured]);
    expect(calls.printed).toEqual([notice(5).colophonVariants.blankThenNext]);
  });

  it('measures in a hidden window and shows the page to print in its own window for a preview', async () => {
    const { deps, calls } = pagedPrinting();
    await print(deps, { ...notice(4), title: '通知', mode: 'preview' });
    expect(calls).toMatchObject({ windows: 2, pdfs: [notice(4).colophonVariants.measured] });
    expect(calls.printed).toEqual([notice(4).colophonVariants.measured]);
  });

  it('prints a slip straight away, with no PDF made first', async () => {
    const { deps, calls } = pagedPrinting();
    await print(deps, { html: '<p>slip</p>', title: '督办通知单', mode: 'dialog' });
    expect(calls).toMatchObject({ windows: 1, pdfs: [], printed: ['<p>slip</p>'] });
  });
});
