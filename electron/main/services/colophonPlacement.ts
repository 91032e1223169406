import type { PrintToPDFOptions } from 'electron';
import type { ColophonVariants } from '../../../shared/core/bridge/schemas';

/**
 * The 版记 page rule (GB/T 9704 §7.5) for a document printed or saved as PDF: the print HTML
 * places the 版记 itself in one print (shared/core/documents/render/html/foot.ts), except when the
 * body ends on a full even page; its `measured` variant then prints an odd number of pages, and
 * the `blankThenNext` variant is printed instead. So a PDF takes one print, or two in that case
 * (it took three before: same page, next page, then the pick). Both functions take the PDF printer
 * as a function, so the desktop app (printToPDF), the samples and the bench (Playwright's page.pdf)
 * place the 版记 through the same code.
 */

/** Pages in a PDF Chromium wrote: one `/Type /Page` object per page (`/Pages` is the tree). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export interface Placed {
  html: string;
  /** The PDF of `html` when measuring printed it already. */
  pdf?: Uint8Array;
}

export async function placeColophon(
  req: { html: string; colophonVariants?: ColophonVariants },
  printToPdf: (html: string) => Promise<Uint8Array>,
): Promise<Placed> {
  const variants = req.colophonVariants;
  if (!variants) return { html: req.html };
  const pdf = await printToPdf(variants.measured);
  if (countPdfPages(pdf) % 2 === 0) return { html: variants.measured, pdf };
  return { html: variants.blankThenNext };
}

/** The PDF with the 版记 placed: the measuring print itself when it already has it where the rule wants it. */
export async function pdfWithColophon(
  req: { html: string; colophonVariants?: ColophonVariants },
  printToPdf: (html: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const placed = await placeColophon(req, printToPdf);
  return placed.pdf ?? printToPdf(placed.html);
}

/**
 * margins 0, as Playwright's page.pdf() (which the document tests measure with) defaults to.
 * Electron's own default is 0.4 in on every side (docs/api/web-contents.md printToPDF: "Defaults
 * to 1cm (~0.4 inches)"; lib/browser/api/web-contents.ts `margins.top ?? 0.4`). A document's
 * @page margin wins over either (checked in Chromium), so the GB/T 9704 pages do not move; a
 * page without its own @page margin would otherwise gain a 1 cm frame only the desktop app adds.
 */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
};
