import { execFileSync } from 'node:child_process';

/** Positions of words on PDF pages, read with poppler's `pdftotext -bbox-layout` (mm, top-left origin). */
export interface PdfWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfLine {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  words: PdfWord[];
}

export interface PdfPage {
  widthMm: number;
  heightMm: number;
  lines: PdfLine[];
}

const PT_TO_MM = 25.4 / 72;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function box(attrs: string): { x0: number; y0: number; x1: number; y1: number } {
  const n = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)?.[1] ?? NaN) * PT_TO_MM;
  return { x0: n('xMin'), y0: n('yMin'), x1: n('xMax'), y1: n('yMax') };
}

/** Reads every page's lines and words. Needs poppler-utils (`pdftotext`). */
export function readPdfLayout(pdfPath: string): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  for (const pageMatch of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines: PdfLine[] = [];
    for (const lineMatch of pageMatch[3].matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...lineMatch[2].matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map((w) => ({
        text: decode(w[2]),
        ...box(w[1]),
      }));
      lines.push({ text: words.map((w) => w.text).join(''), ...box(lineMatch[1]), words });
    }
    pages.push({ widthMm: Number(pageMatch[1]) * PT_TO_MM, heightMm: Number(pageMatch[2]) * PT_TO_MM, lines });
  }
  return pages;
}

/** The 版心 (type area) of GB/T 9704 on A4: left 28, top 37, 156 × 225 mm. */
export const TYPE_AREA = { left: 28, top: 37, right: 28 + 156, bottom: 37 + 225 } as const;

/** Top and bottom (mm) of the ink in a box of a page, from a 300 dpi greyscale raster (red reads dark). */
export function inkExtent(pdf: string, pageNo: number, box: { x0: number; y0: number; x1: number; y1: number }) {
  const px = (v: number) => String(Math.round((v / 25.4) * 300));
  const args = [
    '-r',
    '300',
    '-gray',
    '-f',
    String(pageNo),
    '-l',
    String(pageNo),
    '-x',
    px(box.x0),
    '-y',
    px(box.y0),
    '-W',
    px(box.x1 - box.x0),
    '-H',
    px(box.y1 - box.y0),
    pdf,
  ];
  const pgm = execFileSync('pdftoppm', args, { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm: no PGM');
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  const inked: number[] = [];
  for (let y = 0; y < height; y++)
    if (pgm.subarray(offset + y * width, offset + (y + 1) * width).some((v) => v < 160)) inked.push(y);
  if (!inked.length) return undefined;
  return { top: box.y0 + (inked[0] * 25.4) / 300, bottom: box.y0 + ((inked[inked.length - 1] + 1) * 25.4) / 300 };
}

const GRID_LINE_MM = 225 / 22;
const PAGE_NUMBER_TEXT = /^—\d+—$/;

/** The middle of a line's glyphs (poppler boxes Chromium's Type 3 CJK text 2.6 em tall). */
function glyphMiddle(line: PdfLine): number {
  const height = line.y1 - line.y0;
  const advance = Math.max(...line.words.map((w) => (w.x1 - w.x0) / [...w.text].length));
  if (height < 2.2 * advance) return (line.y0 + line.y1) / 2;
  return line.y1 - (1.08 * height) / 2.6;
}

/** The 版心 lines (1–22) a page's text stands on, page numbers aside. */
export function gridLines(page: PdfPage): number[] {
  const lines = page.lines.filter((l) => !PAGE_NUMBER_TEXT.test(l.text));
  const numbers = lines.map((l) => Math.floor((glyphMiddle(l) - TYPE_AREA.top) / GRID_LINE_MM) + 1);
  return [...new Set(numbers)].sort((a, b) => a - b);
}
