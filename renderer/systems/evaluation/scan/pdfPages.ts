import type { PDFDocumentProxy } from 'pdfjs-dist';

/** Scans are read at 200 dpi: a scanner's 150–300 dpi images lose nothing the boxes need. */
export const PDF_RENDER_DPI = 200;

/**
 * pdf.js, loaded when the first PDF is opened (it is large), with its own worker from the app's
 * bundle: parsing and image decoding run there, only drawing the page runs here.
 */
async function pdfjs() {
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  lib.GlobalWorkerOptions.workerSrc = worker.default;
  return lib;
}

export async function openPdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  // No eval (the app's CSP forbids it) and no fonts: a scan is pictures of pages.
  return lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true }).promise;
}

/** One page drawn at PDF_RENDER_DPI, as a bitmap to hand to the scan worker. */
export async function renderPdfPage(doc: PDFDocumentProxy, pageNo: number): Promise<ImageBitmap> {
  const page = await doc.getPage(pageNo);
  const viewport = page.getViewport({ scale: PDF_RENDER_DPI / 72 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  await page.render({ canvas, viewport, background: '#ffffff' }).promise;
  const bitmap = await createImageBitmap(canvas);
  page.cleanup();
  canvas.width = canvas.height = 0;
  return bitmap;
}
