// Documents figures for `npm run bench` (run in Node; the PDF is printed by the bench's Chromium):
// a 200-item bulletin to .docx and to PDF, and renderDocx against the docx package packing the same
// paragraphs with the same properties (bareDocx.ts); the 12-page seed notice to PDF through the desktop print service.
import type { Page } from '@playwright/test';
import { planFonts } from '../shared/core/documents/fonts';
import type { Block, OfficialDocument } from '../shared/core/documents/model';
import { renderDocx } from '../shared/core/documents/render/docx/renderDocx';
import { renderHtml } from '../shared/core/documents/render/html/renderHtml';
import { printHtml } from '../shared/core/documents/render/html/printVariants';
import { countPdfPages } from '../electron/main/services/colophonPlacement';
import { renderPdf } from '../electron/main/services/printing';
import { bareDocx, bareSpecOf } from './bareDocx';
import { generateSampleDocuments } from '../scripts/sampleDocuments';
import { playwrightPrinting } from '../scripts/printPlaced';
import { seedDocument } from '../tests/fixtures/seedDocument';
import { installedFonts } from '../tests/support/libreOffice';

export interface DocumentsBenchResult {
  docxMedianMs: number;
  bareMedianMs: number;
  pdfMedianMs: number;
  pages: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A bulletin of 200 body items: headings and paragraphs from the sample office. */
export function bulletinOf200(): OfficialDocument {
  const sample = generateSampleDocuments({ now: new Date('2026-11-25T00:00:00Z'), sections: 12 }).bulletin;
  const items: Block[] = [];
  for (let i = 0; items.length < 200; i++) items.push(sample.body[i % sample.body.length]);
  return { ...sample, body: items };
}

export async function benchDocuments(
  printPdf: (html: string) => Promise<Uint8Array>,
  families: Set<string>,
  runs = 7,
): Promise<DocumentsBenchResult> {
  const doc = bulletinOf200();
  const fonts = planFonts((f) => families.has(f));
  const docx: number[] = [];
  const plain: number[] = [];
  const pdf: number[] = [];
  let pages = 0;
  const spec = bareSpecOf(await renderDocx(doc, fonts), { title: doc.title, creator: doc.signature?.organ ?? '' });
  await bareDocx(spec);
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await renderDocx(doc, fonts);
    docx.push(performance.now() - t);
    t = performance.now();
    await bareDocx(spec);
    plain.push(performance.now() - t);
    t = performance.now();
    const bytes = await printPdf(renderHtml(doc, fonts));
    pdf.push(performance.now() - t);
    pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  }
  return { docxMedianMs: median(docx), bareMedianMs: median(plain), pdfMedianMs: median(pdf), pages };
}

export interface SeedPdfBenchResult {
  placedMedianMs: number;
  onePdfMedianMs: number;
  /** printToPDF calls the print service made per document (1: the 版记 was already on an even page). */
  printsPerPdf: number;
  pages: number;
}

/**
 * The 2021 regulation (12 pages with its 版记) to PDF through the desktop app's renderPdf, Playwright's page.pdf
 * standing in for printToPDF, against one page.pdf of the same HTML (setContent + pdf both sides); alternating.
 */
export async function benchSeedPdf(page: Page, runs = 7): Promise<SeedPdfBenchResult> {
  const printable = printHtml(seedDocument(), installedFonts());
  let prints = 0;
  const deps = playwrightPrinting(page, () => prints++);
  const once = async () => {
    await page.setContent(printable.html, { waitUntil: 'load' });
    return page.pdf({ preferCSSPageSize: true, printBackground: true });
  };
  await renderPdf(deps, printable);
  await once();
  const placed: number[] = [];
  const plain: number[] = [];
  let pages = 0;
  prints = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    pages = countPdfPages(await renderPdf(deps, printable));
    placed.push(performance.now() - t);
    t = performance.now();
    await once();
    plain.push(performance.now() - t);
  }
  return { placedMedianMs: median(placed), onePdfMedianMs: median(plain), printsPerPdf: prints / runs, pages };
}
