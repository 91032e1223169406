import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContentsPrintOptions } from 'electron';
import {
  createPrintDocuments,
  listPrinters,
  PDF_OPTIONS,
  print,
  renderPdf,
  printToPdf,
  type PrintingDeps,
  type PrintWindowLike,
} from './printing';
import { PRINT_LIMITS } from './printJob';
import type { DialogLike } from './files';

interface FakeWindowLog {
  options: { show: boolean; title: string };
  loadedUrl?: string;
  htmlAtLoad?: string;
  printOptions?: WebContentsPrintOptions;
  closed: boolean;
}

/**
 * Print windows that record what they were asked to do; the print outcome is set per test.
 * `silent: true` plays Electron's print() when it never calls back: without a printing backend
 * it only logs "Printing feature is disabled" (lib/browser/api/web-contents.ts, v41.7.1), and
 * known bugs drop the callback (electron/electron#39092).
 */
interface Outcome {
  success: boolean;
  reason?: string;
  loadFails?: boolean;
  neverAnswers?: boolean;
}

function fakePrinting(outcome: Outcome = { success: true }) {
  const documents = createPrintDocuments();
  const windows: FakeWindowLog[] = [];
  const deps: PrintingDeps = {
    documents,
    createWindow(options) {
      const log: FakeWindowLog = { options, closed: false };
      windows.push(log);
      const win: PrintWindowLike = {
        async loadURL(url) {
          log.loadedUrl = url;
          log.htmlAtLoad = documents.get(url);
          if (outcome.loadFails) throw new Error('ERR_FAILED');
        },
        close: () => void (log.closed = true),
        isDestroyed: () => log.closed,
        webContents: {
          print(printOptions, callback) {
            log.printOptions = printOptions;
            if (!outcome.neverAnswers) queueMicrotask(() => callback(outcome.success, outcome.reason ?? ''));
          },
          printToPDF: async () => new TextEncoder().encode('%PDF-1.7 fake'),
        },
      };
      return win;
    },
  };
  return { deps, windows, documents };
}

const html = '<!doctype html><title>督办通知单</title><p>内容</p>';

describe('print', () => {
  it('prints the given HTML from a hidden window, then closes it and forgets the document', async () => {
    const { deps, windows, documents } = fakePrinting();
    expect(await print(deps, { html, title: 'Notice', mode: 'dialog' })).toEqual({ status: 'printed' });
    const [win] = windows;
    expect(win.options).toEqual({ show: false, title: 'Notice' });
    expect(win.loadedUrl).toMatch(/^app:\/\/workbench\/__print\/[0-9a-f-]{36}$/);
    expect(win.htmlAtLoad).toBe(html);
    expect(win.printOptions).toEqual({ silent: false, printBackground: true });
    expect(win.closed).toBe(true);
    expect(documents.get(win.loadedUrl!)).toBeUndefined();
  });

  it('shows the page in its own window for a preview', async () => {
    const { deps, windows } = fakePrinting();
    await print(deps, { html, title: '', mode: 'preview' });
    expect(windows[0].options.show).toBe(true);
  });

  it('sends a silent job straight to the named printer', async () => {
    const { deps, windows } = fakePrinting();
    await print(deps, { html, title: '', mode: 'silent', printerName: 'Office_Laser' });
    expect(windows[0].printOptions).toEqual({ silent: true, printBackground: true, deviceName: 'Office_Laser' });
  });

  // Electron 41 docs/api/web-contents.md, print(): 'Some possible failureReasons for print failure
  // include: "Invalid printer settings", "Print job canceled", "Print job failed"'. The strings come
  // from patches/chromium/printing.patch (PrintReasonFromPrintStatus); the dialog's Cancel is kCanceled.
  it('reports a print dialog the user dismissed ("Print job canceled") as cancelled, not as an error', async () => {
    const { deps, windows } = fakePrinting({ success: false, reason: 'Print job canceled' });
    expect(await print(deps, { html, title: '', mode: 'dialog' })).toEqual({ status: 'cancelled' });
    expect(windows[0].closed).toBe(true);
  });

  it.each(['Print job failed', 'Invalid printer settings'])(
    'reports "%s" as print-failed with that reason and still closes the window',
    async (reason) => {
      const { deps, windows } = fakePrinting({ success: false, reason });
      await expect(print(deps, { html, title: '', mode: 'silent', printerName: 'Gone' })).rejects.toMatchObject({
        code: 'print-failed',
        params: { reason },
      });
      expect(windows[0].closed).toBe(true);
    },
  );

  it('does not take a made-up reason such as "cancelled" for a cancel: Electron 41 never sends it', async () => {
    const { deps } = fakePrinting({ success: false, reason: 'cancelled' });
    await expect(print(deps, { html, title: '', mode: 'dialog' })).rejects.toMatchObject({ code: 'print-failed' });
  });

  describe('when Electron never calls back', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('gives a silent job up after its time limit, closes the hidden window and forgets the document', async () => {
      const { deps, windows, documents } = fakePrinting({ success: false, neverAnswers: true });
      const job = print(deps, { html, title: '', mode: 'silent' }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(PRINT_LIMITS.silentMs - 1);
      expect(windows[0].closed).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await job).toMatchObject({ code: 'print-failed', params: { reason: 'timeout' } });
      expect(windows[0].closed).toBe(true);
      expect(documents.get(windows[0].loadedUrl!)).toBeUndefined();
    });

    it('waits for the user in the print dialog far longer than for the spooler, but not for ever', async () => {
      const { deps, windows } = fakePrinting({ success: false, neverAnswers: true });
      const job = print(deps, { html, title: '', mode: 'dialog' }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(PRINT_LIMITS.silentMs);
      expect(windows[0].closed).toBe(false);
      await vi.advanceTimersByTimeAsync(PRINT_LIMITS.dialogMs - PRINT_LIMITS.silentMs);
      expect(await job).toMatchObject({ code: 'print-failed', params: { reason: 'timeout' } });
      expect(windows[0].closed).toBe(true);
    });

    it('gives up on a page that never finishes loading', async () => {
      const { deps, windows } = fakePrinting({ success: true });
      const hanging = {
        ...deps,
        createWindow: (o: { show: boolean; title: string }) => {
          const win = deps.createWindow(o);
          return { ...win, loadURL: () => new Promise<void>(() => undefined) };
        },
      };
      const job = print(hanging, { html, title: '', mode: 'dialog' }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(PRINT_LIMITS.loadMs);
      expect(await job).toMatchObject({ code: 'print-failed', params: { reason: 'load-timeout' } });
      expect(windows[0].closed).toBe(true);
    });

    it('gives up on a PDF that never comes', async () => {
      const { deps, windows } = fakePrinting();
      const hanging = {
        ...deps,
        createWindow: (o: { show: boolean; title: string }) => {
          const win = deps.createWindow(o);
          return { ...win, webContents: { ...win.webContents, printToPDF: () => new Promise<never>(() => undefined) } };
        },
      };
      const job = renderPdf(hanging, { html }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(PRINT_LIMITS.pdfMs);
      expect(await job).toMatchObject({ code: 'print-failed', params: { reason: 'pdf-timeout' } });
      expect(windows[0].closed).toBe(true);
    });
  });

  it('reports a page that fails to load as print-failed and forgets the document', async () => {
    const { deps, windows, documents } = fakePrinting({ success: true, loadFails: true });
    await expect(print(deps, { html, title: '', mode: 'dialog' })).rejects.toMatchObject({ code: 'print-failed' });
    expect(windows[0].closed).toBe(true);
    expect(documents.get(windows[0].loadedUrl!)).toBeUndefined();
  });
});

describe('printToPdf', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await realFs.mkdtemp(path.join(tmpdir(), 'workbench-pdf-'));
  });
  afterEach(() => realFs.rm(dir, { recursive: true, force: true }));

  const dialogAnswering = (filePath: string | undefined): DialogLike => ({
    showSaveDialog: async () => ({ canceled: filePath === undefined, filePath: filePath ?? '' }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  });

  it('renders A4 with backgrounds and CSS page size, then saves the PDF where the user chose', async () => {
    const { deps, windows } = fakePrinting();
    const chosen = path.join(dir, 'notice.pdf');
    const result = await printToPdf(
      { ...deps, dialog: dialogAnswering(chosen), fs: realFs },
      { html, suggestedName: 'notice.pdf' },
    );
    expect(result).toEqual({ status: 'saved', path: chosen });
    expect(await realFs.readFile(chosen, 'utf8')).toBe('%PDF-1.7 fake');
    // Electron's printToPDF adds 0.4 in margins unless told otherwise (docs/api/web-contents.md:
    // "Defaults to 1cm (~0.4 inches)"); the document tests measure with Playwright's margin 0.
    expect(PDF_OPTIONS).toEqual({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(windows[0]).toMatchObject({ options: { show: false }, htmlAtLoad: html, closed: true });
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const { deps } = fakePrinting();
    const result = await printToPdf(
      { ...deps, dialog: dialogAnswering(undefined), fs: realFs },
      { html, suggestedName: 'n.pdf' },
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(await realFs.readdir(dir)).toEqual([]);
  });
});

describe('print documents', () => {
  it('serves a document under an unguessable URL only while it is held', () => {
    const documents = createPrintDocuments();
    const first = documents.add('<p>1</p>');
    const second = documents.add('<p>2</p>');
    expect(first.url).not.toBe(second.url);
    expect(documents.get(`${first.url}?x#y`)).toBe('<p>1</p>');
    first.dispose();
    expect(documents.get(first.url)).toBeUndefined();
    expect(documents.get(second.url)).toBe('<p>2</p>');
  });
});

describe('listPrinters', () => {
  it('lists the printers the system knows by name', async () => {
    const printers = await listPrinters({ getPrinters: async () => [{ name: 'Office_Laser' }, { name: 'PDF' }] });
    expect(printers).toEqual([
      { name: 'Office_Laser', isDefault: false },
      { name: 'PDF', isDefault: false },
    ]);
  });
});
