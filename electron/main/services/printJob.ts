import type { WebContentsPrintOptions } from 'electron';
import type { PrintResult } from '../../../shared/core/bridge/schemas';
import { AppError } from '../../../shared/core/errors';

/**
 * Every step of a print job has a time limit, because Electron does not promise to answer:
 * print() without a printing backend logs "Printing feature is disabled" and never calls back
 * (lib/browser/api/web-contents.ts), and known bugs drop the callback (electron/electron#39092,
 * #25801). An unanswered job would otherwise keep its hidden window, and with it the app, alive.
 */
export interface PrintLimits {
  /** Loading the document into the print window (served from memory: seconds at most). */
  loadMs: number;
  /** One printToPDF (a long 呈批单 with photos renders in a few seconds). */
  pdfMs: number;
  /** A silent job handed to the spooler. */
  silentMs: number;
  /** The system print dialog (and the preview window) wait for the user: generous. */
  dialogMs: number;
}

export const PRINT_LIMITS: PrintLimits = {
  loadMs: 60_000,
  pdfMs: 120_000,
  silentMs: 120_000,
  dialogMs: 15 * 60_000,
};

export function limitsOf(deps: { limits?: Partial<PrintLimits> }): PrintLimits {
  return { ...PRINT_LIMITS, ...deps.limits };
}

/** `work`, or print-failed { reason } once `ms` pass without an answer. */
export function withinLimit<T>(work: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('print-failed', { reason })), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/**
 * Electron 41's failureReason for a dismissed print dialog: "Print job canceled" (docs/api/
 * web-contents.md, print(); patches/chromium/printing.patch, PrintReasonFromPrintStatus).
 * The other reasons it names, "Invalid printer settings" and "Print job failed", are failures.
 */
export const PRINT_CANCELED_REASON = 'Print job canceled';

export function isPrintCancel(failureReason: string): boolean {
  return failureReason === PRINT_CANCELED_REASON;
}

type PrintCallback = (success: boolean, failureReason: string) => void;

/** One webContents.print() as a promise: printed, cancelled, or print-failed with Electron's reason. */
export function printJob(
  win: { webContents: { print(options: WebContentsPrintOptions, callback: PrintCallback): void } },
  options: WebContentsPrintOptions,
  limitMs: number,
): Promise<PrintResult> {
  const job = new Promise<PrintResult>((resolve, reject) => {
    win.webContents.print(options, (success, failureReason) => {
      if (success) resolve({ status: 'printed' });
      else if (isPrintCancel(failureReason)) resolve({ status: 'cancelled' });
      else reject(new AppError('print-failed', { reason: failureReason || 'unknown' }));
    });
  });
  return withinLimit(job, limitMs, 'timeout');
}
