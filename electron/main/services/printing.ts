import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type {
  Printer,
  PrintResult,
  SaveFileResult,
  printRequestSchema,
  printToPdfRequestSchema,
} from '../../../shared/core/bridge/schemas';
import { APP_ORIGIN } from '../../../shared/core/bridge/channels';
import { AppError } from '../../../shared/core/errors';
import type { PrintDocumentSource } from '../protocol';
import { saveFile, type SaveFileDeps } from './files';
import { limitsOf, printJob, withinLimit, type PrintLimits } from './printJob';
import { countPdfPages, PDF_OPTIONS, pdfWithColophon, placeColophon } from './colophonPlacement';

/*
 * Why an app-internal route and not a data: URL: print HTML may embed images as base64 and
 * reach tens of MB, beyond Chromium's 2 MB URL limit; a data: document would get no CSP header;
 * and the request filter would have to let data: navigations through. The route
 * app://workbench/__print/<uuid> is served from memory with PRINT_CONTENT_SECURITY_POLICY
 * (nothing loads, no script) to a window that also has JavaScript disabled and no preload.
 */

export type PrintInput = z.output<typeof printRequestSchema>;
export type PrintToPdfInput = z.output<typeof printToPdfRequestSchema>;

const PRINT_PATH = '/__print/';

export interface PrintDocuments extends PrintDocumentSource {
  /** Holds `html` until dispose(); `url` is unguessable and served only while held. */
  add(html: string): { url: string; dispose(): void };
}

export function createPrintDocuments(): PrintDocuments {
  const documents = new Map<string, string>();
  return {
    add(html) {
      const url = `${APP_ORIGIN}${PRINT_PATH}${randomUUID()}`;
      documents.set(url, html);
      return { url, dispose: () => void documents.delete(url) };
    },
    get(url) {
      return documents.get(url.split(/[?#]/, 1)[0]);
    },
  };
}

/** A hidden (or, for preview, visible) hardened window; see window.ts createPrintWindow. */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  close(): void;
  isDestroyed(): boolean;
  webContents: {
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
}

export interface PrintingDeps {
  documents: PrintDocuments;
  createWindow(options: { show: boolean; title: string }): PrintWindowLike;
  /** How long each step may take; PRINT_LIMITS unless a test says otherwise. */
  limits?: Partial<PrintLimits>;
}

/** A print window and the one document it shows; `load` replaces it (and does nothing for the same HTML). */
interface PrintSession {
  win: PrintWindowLike;
  load(html: string): Promise<void>;
  /** printToPDF of `html` (loaded first if it is not already), within its time limit. */
  pdf(html: string): Promise<Uint8Array>;
}

async function withWindow<T>(
  deps: PrintingDeps,
  options: { show: boolean; title: string },
  run: (session: PrintSession) => Promise<T>,
): Promise<T> {
  const { loadMs, pdfMs } = limitsOf(deps);
  const win = deps.createWindow(options);
  let held: { html: string; dispose(): void } | undefined;
  const load = async (html: string) => {
    if (held?.html === html) return;
    held?.dispose();
    const doc = deps.documents.add(html);
    held = { html, dispose: doc.dispose };
    await withinLimit(win.loadURL(doc.url), loadMs, 'load-timeout');
  };
  const pdf = async (html: string) => {
    await load(html);
    return withinLimit(win.webContents.printToPDF(PDF_OPTIONS), pdfMs, 'pdf-timeout');
  };
  try {
    return await run({ win, load, pdf });
  } finally {
    held?.dispose();
    if (!win.isDestroyed()) win.close();
  }
}

export { countPdfPages, PDF_OPTIONS };

/**
 * preview: the page is shown in its own window while the system print dialog is open over it
 * (Windows' native dialog has no preview of its own); dialog: hidden window, system dialog;
 * silent: hidden window, straight to `printerName` (or the system default). A document with a
 * 版记 is measured first (one printToPDF, colophonPlacement.ts); a hidden job then prints from
 * the same window, without loading the page again when the measured print is the one to keep.
 */
export async function print(deps: PrintingDeps, req: PrintInput): Promise<PrintResult> {
  const options: WebContentsPrintOptions = {
    silent: req.mode === 'silent',
    printBackground: true,
    ...(req.printerName ? { deviceName: req.printerName } : {}),
  };
  const { silentMs, dialogMs } = limitsOf(deps);
  const job = async ({ win, load }: PrintSession, html: string) => {
    await load(html);
    return printJob(win, options, req.mode === 'silent' ? silentMs : dialogMs);
  };
  try {
    if (req.mode !== 'preview') {
      return await withWindow(deps, { show: false, title: req.title }, async (session) =>
        job(session, (await placeColophon(req, session.pdf)).html),
      );
    }
    const { html } = req.colophonVariants
      ? await withWindow(deps, { show: false, title: '' }, (session) => placeColophon(req, session.pdf))
      : req;
    return await withWindow(deps, { show: true, title: req.title }, (session) => job(session, html));
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('print-failed', { reason: 'render' }, error);
  }
}

/**
 * One document to PDF bytes (the 版记 page rule applied), without saving; failures are print-failed.
 * One hidden window: one printToPDF, or two when the 版记 has to move (pdfWithColophon).
 */
export async function renderPdf(
  deps: PrintingDeps,
  req: { html: string; colophonVariants?: PrintInput['colophonVariants'] },
  title = '',
): Promise<Uint8Array> {
  try {
    return await withWindow(deps, { show: false, title }, (session) => pdfWithColophon(req, session.pdf));
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('print-failed', { reason: 'pdf' }, error);
  }
}

/** Renders first (a render failure is reported before the user picks a place), then saves atomically. */
export async function printToPdf(deps: PrintingDeps & SaveFileDeps, req: PrintToPdfInput): Promise<SaveFileResult> {
  const pdf = await renderPdf(deps, req, req.suggestedName);
  return saveFile(deps, {
    suggestedName: req.suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    bytes: new Uint8Array(pdf),
    mimeType: 'application/pdf',
  });
}

export interface ListPrintersDeps {
  getPrinters(): Promise<Array<{ name: string }>>;
}

export async function listPrinters(deps: ListPrintersDeps): Promise<Printer[]> {
  const printers = await deps.getPrinters();
  // Electron 23 removed PrinterInfo.isDefault (Chromium no longer reports it). The system dialog
  // preselects the default printer, and silent printing without a name uses it.
  return printers.map((printer) => ({ name: printer.name, isDefault: false }));
}
