// Documents figures for `npm run bench` (run in Node; the PDF is printed by the bench's Chromium):
// a 200-item bulletin to .docx and to PDF, and renderDocx against the docx package building the
// same paragraphs bare.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { planFonts } from '../shared/core/documents/fonts';
import type { Block, OfficialDocument } from '../shared/core/documents/model';
import { renderDocx } from '../shared/core/documents/render/docx/renderDocx';
import { renderHtml } from '../shared/core/documents/render/html/renderHtml';
import { generateSampleDocuments } from '../scripts/sampleDocuments';

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

function text(block: Block): string {
  if (block.type === 'heading' || block.type === 'paragraph') return block.text;
  if (block.type === 'list') return block.items.join('');
  return block.rows.flat().join('');
}

async function bare(doc: OfficialDocument): Promise<ArrayBuffer> {
  const document = new Document({
    sections: [{ children: doc.body.map((b) => new Paragraph({ children: [new TextRun(text(b))] })) }],
  });
  return Packer.toArrayBuffer(document);
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
  await renderDocx(doc, fonts);
  await bare(doc);
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await renderDocx(doc, fonts);
    docx.push(performance.now() - t);
    t = performance.now();
    await bare(doc);
    plain.push(performance.now() - t);
    t = performance.now();
    const bytes = await printPdf(renderHtml(doc, fonts));
    pdf.push(performance.now() - t);
    pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  }
  return { docxMedianMs: median(docx), bareMedianMs: median(plain), pdfMedianMs: median(pdf), pages };
}
