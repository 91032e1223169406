import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebContentsPrintOptions } from 'electron';
import {
  createPrintDocuments,
  listPrinters,
  PDF_OPTIONS,
  print,
  printToPdf,
  type PrintingDeps,
  type PrintWindowLike,
} from './printing';
import type { DialogLike } from './files';

interface FakeWindowLog {
  options: { show: boolean; title: string };
  loadedUrl?: string;
  htmlAtLoad?: string;
  printOptions?: WebContentsPrintOptions;
  closed: boolean;
}

/** Print windows that record what they were asked to do; the print outcome is set per test. */
function fakePrinting(outcome: { success: boolean; reason?: string; loadFails?: boolean } = { success: true }) {
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
            queueMicrotask(() => callback(outcome.success, outcome.reason ?? ''));
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

  it('reports a cancelled print dialog as cancelled, not as an error', async () => {
    const { deps, windows } = fakePrinting({ success: false, reason: 'cancelled' });
    expect(await print(deps, { html, title: '', mode: 'dialog' })).toEqual({ status: 'cancelled' });
    expect(windows[0].closed).toBe(true);
  });

  it('reports a printer failure as print-failed and still closes the window', async () => {
    const { deps, windows } = fakePrinting({ success: false, reason: 'Invalid deviceName provided' });
    await expect(print(deps, { html, title: '', mode: 'silent', printerName: 'Gone' })).rejects.toMatchObject({
      code: 'print-failed',
      params: { reason: 'Invalid deviceName provided' },
    });
    expect(windows[0].closed).toBe(true);
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
    expect(PDF_OPTIONS).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
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
