import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { printPlaced } from '../../scripts/printPlaced';
import { seedDocument, seedParts } from '../fixtures/seedDocument';
import { convertToPdf, installedFonts, soffice } from '../support/libreOffice';
import { gridLines, readPdfLayout, type PdfPage } from '../support/pdfLayout';

/**
 * The 2021 regulation (海人才发〔2021〕2号) composed in the app — a 印发 notice and the four systems it
 * issues — printed by Chromium and exported to .docx for LibreOffice, measured on both PDFs.
 */
const HEADING = /^([一二三四五六七八九十]+)、/;
const parts = seedParts();
const printed = {} as Record<'chromium' | 'libreOffice', PdfPage[]>;
let dir = '';

const text = (page: PdfPage) => page.lines.map((l) => l.text.replace(/\s+/g, ''));
/** The page each system starts on (0-based): the page whose first lines are its title; -1 if none. */
const systemStarts = (pages: PdfPage[]) =>
  parts.systems.map((system) => pages.findIndex((page) => text(page).slice(0, 2).join('').startsWith(system.title)));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seed-'));
  const doc = seedDocument();
  const fonts = installedFonts();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    writeFileSync(join(dir, 'seed-html.pdf'), await printPlaced(await browser.newPage(), doc, fonts));
  } finally {
    await browser.close();
  }
  printed.chromium = readPdfLayout(join(dir, 'seed-html.pdf'));
  if (!soffice) return;
  writeFileSync(join(dir, 'seed.docx'), await renderDocx(doc, fonts));
  convertToPdf(dir, [join(dir, 'seed.docx')]);
  printed.libreOffice = readPdfLayout(join(dir, 'seed.pdf'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(['chromium', 'libreOffice'] as const)('the 2021 regulation reissued (%s)', (path) => {
  const pages = () => printed[path];

  it.skipIf(path === 'libreOffice' && !soffice)('holds the 署名 and date with the notice on page 1', () => {
    const first = text(pages()[0]);
    expect(first).toContain(parts.organ);
    expect(first).toContain(parts.date);
    expect(systemStarts(pages())[0]).toBe(1);
  });

  it.skipIf(path === 'libreOffice' && !soffice)('starts each system on a new page under its own title', () => {
    const starts = systemStarts(pages());
    expect(starts[0]).toBeGreaterThan(0);
    expect(
      starts.every((start, i) => i === 0 || start > starts[i - 1]),
      `starts ${starts}`,
    ).toBe(true);
  });

  it.skipIf(path === 'libreOffice' && !soffice)('runs every page that continues onto the next full, to line 22', () => {
    const starts = new Set(systemStarts(pages()));
    const short = pages()
      .map((page, i) => ({ n: i + 1, last: gridLines(page).at(-1) }))
      .filter(({ n }) => n < pages().length && !starts.has(n))
      .filter(({ last }) => last !== 22);
    expect(short).toEqual([]);
  });

  it.skipIf(path === 'libreOffice' && !soffice)('restarts each system at 一、 and ends it where the seed does', () => {
    const starts = [...systemStarts(pages()), pages().length];
    parts.systems.forEach((system, i) => {
      const lines = pages()
        .slice(starts[i], starts[i + 1])
        .flatMap(text);
      const numbers = lines.map((l) => HEADING.exec(l)?.[1]).filter(Boolean);
      const seed = system.lines.map((l) => HEADING.exec(l)?.[1]).filter(Boolean);
      expect(numbers, system.title).toEqual(seed);
      expect(numbers[0]).toBe('一');
    });
  });

  it.skipIf(path === 'libreOffice' && !soffice)('closes the whole with the 版记 at the foot of an even page', () => {
    const last = pages().at(-1)!;
    expect(pages().length % 2).toBe(0);
    expect(text(last).join('')).toMatch(/海城市人才工作领导小组办公室.*2021年10月29日印发/);
    expect(gridLines(last).at(-1)).toBe(22);
  });
});

describe.skipIf(!soffice)('the 2021 regulation in print and in Word', () => {
  it('has as many pages in LibreOffice as in Chromium, each with its text on the same lines', () => {
    expect(printed.libreOffice.length).toBe(printed.chromium.length);
    expect(printed.libreOffice.map(gridLines)).toEqual(printed.chromium.map(gridLines));
  });
});
