import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../shared/core/documents/model';
import { renderHtml } from '../../shared/core/documents/render/html/renderHtml';
import { ALL_FIXTURES } from '../support/documentFixtures';
import { installedFonts } from '../support/libreOffice';
import { readPdfLayout, type PdfPage } from '../support/pdfLayout';

/**
 * 套打: printed onto letterhead stock, a document leaves out its 发文机关标志 and red rule(s) and
 * nothing else moves — the 发文字号, the title and every body line stand where the full print has them.
 */
const DOCUMENTS = {
  notice: ALL_FIXTURES.notice,
  minutes: ALL_FIXTURES.minutes,
  bulletin: ALL_FIXTURES.bulletin,
  letter: ALL_FIXTURES.letter,
} satisfies Record<string, OfficialDocument>;
type Name = keyof typeof DOCUMENTS;
const MARKS: Record<Name, string> = {
  notice: ALL_FIXTURES.notice.issuerMark!,
  minutes: ALL_FIXTURES.minutes.minutes!.markText,
  bulletin: ALL_FIXTURES.bulletin.bulletin!.name,
  letter: ALL_FIXTURES.letter.issuerMark!,
};
const printed: Record<string, { pages: PdfPage[]; redPixels: number }> = {};
let dir = '';

/** Pure red pixels on page 1 at 50 dpi: the mark and the rules are the only red ink of these documents. */
function redPixels(pdf: string): number {
  const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', pdf]);
  // P6 header: magic, width height, max value, each followed by one whitespace byte.
  let offset = 0;
  for (let fields = 0; fields < 4; offset++) if (/\s/.test(String.fromCharCode(ppm[offset]))) fields++;
  let count = 0;
  for (let i = offset; i + 2 < ppm.length; i += 3) if (ppm[i] > 200 && ppm[i + 1] < 90 && ppm[i + 2] < 90) count++;
  return count;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'letterhead-'));
  const fonts = installedFonts();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    for (const [name, doc] of Object.entries(DOCUMENTS))
      for (const onLetterhead of [false, true]) {
        const path = join(dir, `${name}-${onLetterhead ? 'letterhead' : 'full'}.pdf`);
        await page.setContent(renderHtml(doc, fonts, { onLetterhead }));
        writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        printed[`${name}-${onLetterhead}`] = { pages: readPdfLayout(path), redPixels: redPixels(path) };
      }
  } finally {
    await browser.close();
  }
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const flat = (text: string) => text.replace(/\s|\u2060/g, '');
const placed = (pages: PdfPage[], mark: string) =>
  pages.map((page) =>
    page.lines
      .filter((l) => flat(l.text) !== flat(mark))
      .map((l) => `${flat(l.text)}@${l.x0.toFixed(1)},${l.y0.toFixed(1)}`),
  );

describe('套打: printing onto letterhead stock', () => {
  it.each(Object.keys(DOCUMENTS) as Name[])('%s: leaves out the mark and the red rule', (name) => {
    const full = printed[`${name}-false`];
    const stock = printed[`${name}-true`];
    expect(full.pages[0].lines.map((l) => flat(l.text))).toContain(flat(MARKS[name]));
    expect(stock.pages[0].lines.map((l) => flat(l.text))).not.toContain(flat(MARKS[name]));
    expect(full.redPixels, name).toBeGreaterThan(100);
    expect(stock.redPixels, name).toBe(0);
  });

  it.each(Object.keys(DOCUMENTS) as Name[])(
    '%s: moves nothing else — 发文字号, title and body stand as in the full print',
    (name) => {
      const full = printed[`${name}-false`].pages;
      const stock = printed[`${name}-true`].pages;
      expect(stock.length).toBe(full.length);
      expect(placed(stock, MARKS[name])).toEqual(placed(full, MARKS[name]));
      const number =
        DOCUMENTS[name].number ?? DOCUMENTS[name].minutes?.issueLabel ?? DOCUMENTS[name].bulletin?.issueLabel;
      expect(placed(stock, MARKS[name])[0].join('|')).toContain(flat(number!));
    },
  );
});
