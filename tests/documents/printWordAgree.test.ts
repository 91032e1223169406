import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_OF, type OfficialDocument } from '../../shared/core/documents/model';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { printPlaced } from '../../scripts/printPlaced';
import { generateSampleDocuments } from '../../scripts/sampleDocuments';
import { seedDocument } from '../fixtures/seedDocument';
import { ALL_FIXTURES } from '../support/documentFixtures';
import { convertToPdf, installedFonts, soffice } from '../support/libreOffice';
import { meetingDocuments } from '../support/meetingDocumentFixtures';
import { gridLines, readPdfLayout, type PdfPage } from '../support/pdfLayout';
import { supervisionDocuments } from '../support/supervisionDocumentFixtures';

/**
 * Print and Word agree (issue 15 item 4): every fixture and sample printed by Chromium as the app
 * prints it and its .docx converted by LibreOffice have the same number of pages, and page 1 of a
 * document in lines (not a form, whose rows are not on the 22-line grid) holds the same lines.
 */
const samples = generateSampleDocuments({ now: new Date('2026-11-25T00:00:00Z') });
const prefixed = (prefix: string, docs: Record<string, OfficialDocument>) =>
  Object.fromEntries(Object.entries(docs).map(([name, doc]) => [`${prefix}-${name}`, doc]));
const DOCUMENTS: Record<string, OfficialDocument> = {
  seed: seedDocument(),
  ...prefixed('fixture', ALL_FIXTURES),
  ...prefixed('sample', samples),
  ...prefixed('meetings', meetingDocuments()),
  ...prefixed('supervision', supervisionDocuments()),
};

/**
 * Where LibreOffice cannot follow, measured. None left: a 信函's page 1 held one body line fewer in
 * print (18 vs 19) until print put its title on the 版心's grid as Word does (html/letter.ts).
 */
const KNOWN_PAGE_1_DIFFERENCE: Record<string, number> = {};

/**
 * Pages LibreOffice adds, measured. The results circular's 海城市人力资源和社会保障局：…已逾期22天） sets
 * on 2 lines in Word's estimate (Times digits, no autospace) but on 3 in LibreOffice, whose autospace
 * adds 0.2 em at each of its 9 digit/CJK boundaries (measure.ts LIBREOFFICE_AUTOSPACE_EM): page 4 is
 * then full before the 署名, which goes on to page 5, and the 版记 to page 7. Print sets the same 3
 * lines (this machine's 仿宋 stand-in has 0.55 em digits) but shrinks the blank lines to fit: 6 pages.
 * The .docx cannot turn that spacing off for LibreOffice: its DOCX import reads w:autoSpaceDE and
 * w:autoSpaceDN and drops them (writerfilter's DomainMapper sets no property for either), and no other
 * DOCX element reaches its paragraph's Asian/non-Asian spacing (ParaIsCharacterDistance, on by default).
 * In Word these are the paragraph's 自动调整中文与西文/数字的间距 options, which the file turns off (docx/styles.ts)
 * as print does.
 */
const KNOWN_PAGE_COUNT_DIFFERENCE: Record<string, number> = { 'supervision-resultsCircular': 1 };

const printed: Record<string, { chromium: PdfPage[]; libreOffice: PdfPage[] }> = {};
let dir = '';

beforeAll(async () => {
  if (!soffice) return;
  dir = mkdtempSync(join(tmpdir(), 'agree-'));
  const fonts = installedFonts();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    for (const [name, doc] of Object.entries(DOCUMENTS)) {
      writeFileSync(join(dir, `${name}-print.pdf`), await printPlaced(page, doc, fonts));
      writeFileSync(join(dir, `${name}.docx`), await renderDocx(doc, fonts));
    }
  } finally {
    await browser.close();
  }
  convertToPdf(
    dir,
    Object.keys(DOCUMENTS).map((name) => join(dir, `${name}.docx`)),
  );
  for (const name of Object.keys(DOCUMENTS))
    printed[name] = {
      chromium: readPdfLayout(join(dir, `${name}-print.pdf`)),
      libreOffice: readPdfLayout(join(dir, `${name}.pdf`)),
    };
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!soffice)('print and Word agree page for page', () => {
  it('gives every fixture and sample as many pages in LibreOffice as in Chromium', () => {
    const differ = Object.fromEntries(
      Object.entries(printed)
        .filter(([, p]) => p.chromium.length !== p.libreOffice.length)
        .map(([name, p]) => [name, p.libreOffice.length - p.chromium.length]),
    );
    expect(Object.keys(printed)).toHaveLength(Object.keys(DOCUMENTS).length);
    expect(differ).toEqual(KNOWN_PAGE_COUNT_DIFFERENCE);
  });

  it('sets page 1 of every document in lines on the same lines, the 信函 included', () => {
    const differ: Record<string, number> = {};
    for (const [name, p] of Object.entries(printed)) {
      if (LAYOUT_OF[DOCUMENTS[name].kind] === 'form') continue;
      const difference = gridLines(p.libreOffice[0]).length - gridLines(p.chromium[0]).length;
      if (difference !== 0) differ[name] = difference;
    }
    expect(differ).toEqual(KNOWN_PAGE_1_DIFFERENCE);
  });
});
