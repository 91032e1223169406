import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../shared/core/documents/model';
import { generalFlow } from '../../shared/core/documents/render/docx/layouts';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { renderHtml } from '../../shared/core/documents/render/html/renderHtml';
import { printPlaced } from '../../scripts/printPlaced';
import { generateSampleDocuments } from '../../scripts/sampleDocuments';
import { noticeFixture } from '../support/documentFixtures';
import { convertToPdf, installedFonts } from '../support/libreOffice';
import { readPdfLayout, type PdfPage } from '../support/pdfLayout';

/**
 * GB/T 9704 §7.3.5: the seal comes down within one line of the 正文, so the 署名 and 成文日期
 * never stand on a page of their own. Short notices whose 正文 ends near a page's foot (found by
 * printing: 4 to 7 one-line paragraphs under this masthead) put that to the test.
 */
const ORGAN = noticeFixture.signature!.organ;
const DATE = '2026年11月20日';

function shortNotice(lines: number): OfficialDocument {
  const body = Array.from({ length: lines }, (_, i) => ({
    type: 'paragraph' as const,
    text: `第${i + 1}段正文，用于检查署名与正文同页。`,
  }));
  return { ...noticeFixture, body, attachments: [], note: undefined, colophon: undefined };
}

const pageOf = (pages: PdfPage[], text: string) => pages.findLastIndex((p) => p.lines.some((l) => l.text === text));

let browser: Browser;
let page: Page;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage();
  dir = mkdtempSync(join(tmpdir(), 'signature-keep-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('署名 and 成文日期 stay on a page with the 正文', () => {
  it('in print, the last line of the 正文 goes over with the 署名 when they do not fit under it', async () => {
    const seen: string[] = [];
    for (const lines of [3, 4, 5, 6, 7, 8]) {
      const path = join(dir, `notice-${lines}.pdf`);
      await page.setContent(renderHtml(shortNotice(lines)));
      await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
      const pages = readPdfLayout(path);
      const lastBody = pages.findIndex((p) => p.lines.some((l) => l.text.startsWith(`第${lines}段正文`)));
      seen.push(`${lines}: body ${lastBody}, 署名 ${pageOf(pages, ORGAN)}, 日期 ${pageOf(pages, DATE)}`);
      expect(pageOf(pages, ORGAN), seen.at(-1)).toBe(lastBody);
      expect(pageOf(pages, DATE), seen.at(-1)).toBe(lastBody);
    }
    // The case is real: the signature does run past page 1 for some of these.
    expect(seen.some((s) => s.includes('署名 1'))).toBe(true);
    // Six prints in Chromium: a minute on a loaded machine, as the Word test below allows.
  }, 120_000);

  it('in Word, the 署名 keeps the last line of the 正文 with it, as LibreOffice lays it out and as the page estimate expects', async () => {
    const fonts = installedFonts();
    const counts = [3, 4, 5, 6, 7, 8];
    const files = [];
    for (const lines of counts) {
      files.push(join(dir, `word-${lines}.docx`));
      writeFileSync(files.at(-1)!, await renderDocx(shortNotice(lines), fonts));
    }
    convertToPdf(dir, files);
    const seen: string[] = [];
    for (const lines of counts) {
      const pages = readPdfLayout(join(dir, `word-${lines}.pdf`));
      const lastBody = pages.findIndex((p) => p.lines.some((l) => l.text.startsWith(`第${lines}段正文`)));
      // The estimate the 版记 placement relies on ends on the page LibreOffice ends on.
      const estimatedLastPage = Math.ceil(generalFlow(shortNotice(lines), fonts).lines / 22) - 1;
      seen.push(
        `${lines}: body ${lastBody}, 署名 ${pageOf(pages, ORGAN)}, 日期 ${pageOf(pages, DATE)}, estimate ${estimatedLastPage}`,
      );
      expect(pageOf(pages, ORGAN), seen.at(-1)).toBe(lastBody);
      expect(pageOf(pages, DATE), seen.at(-1)).toBe(lastBody);
      expect(estimatedLastPage, seen.at(-1)).toBe(pages.length - 1);
    }
    expect(seen.some((s) => s.includes('署名 1'))).toBe(true);
  }, 120_000);
});

/** The sample 随机抽查抽签记录 of 7 December 2026: its table ends 11 mm above the 版心 foot, short of the 17 mm footer. */
const record = generateSampleDocuments({ now: new Date('2026-12-07T00:00:00Z') }).record;
const RECORD_ORGAN = '海城市人才工作领导小组办公室';

describe('a form’s 署名 and date stay on a page with its table', () => {
  it('in print and in Word, the table’s last row goes over with them when they do not fit under it', async () => {
    const fonts = installedFonts();
    const printed = join(dir, 'record-print.pdf');
    writeFileSync(printed, await printPlaced(page, record, fonts));
    writeFileSync(join(dir, 'record.docx'), await renderDocx(record, fonts));
    convertToPdf(dir, [join(dir, 'record.docx')]);
    for (const [path, pages] of [
      ['print', readPdfLayout(printed)],
      ['Word', readPdfLayout(join(dir, 'record.pdf'))],
    ] as const) {
      const signed = pageOf(pages, RECORD_ORGAN);
      // The case is real: the 署名 is on page 2, and the last row (监督人签字) went with it.
      expect(signed, path).toBe(1);
      expect(pageOf(pages, '监督人签字'), path).toBe(signed);
      expect(
        pages[0].lines.some((l) => l.text.startsWith('抽签人')),
        path,
      ).toBe(true);
    }
  }, 120_000);
});

/**
 * The sample 会议方案 of 7 December 2026: its 正文 ends two lines above page 4's foot, so 署名 and date
 * filled the page and the 附注 (§7.3.6, the line under the date) stood alone on page 5, in print
 * and in Word. The closing is one block: the 正文's last lines on the page close up for all three.
 */
const plan = generateSampleDocuments({ now: new Date('2026-12-07T00:00:00Z') }).plan;
const PLAN_NOTE = plan.note!;
const PLAN_DATE = '2026年12月7日';
const PAGE_NUMBER = /^—\d+—$/;

describe('the 附注 stays with the 成文日期 and the 正文', () => {
  it('keeps the 会议方案’s 附注 on a page with its date and a body line, print and Word alike', async () => {
    const fonts = installedFonts();
    const printed = join(dir, 'plan-print.pdf');
    writeFileSync(printed, await printPlaced(page, plan, fonts));
    writeFileSync(join(dir, 'plan.docx'), await renderDocx(plan, fonts));
    convertToPdf(dir, [join(dir, 'plan.docx')]);
    const counts: number[] = [];
    for (const [path, pages] of [
      ['print', readPdfLayout(printed)],
      ['Word', readPdfLayout(join(dir, 'plan.pdf'))],
    ] as const) {
      counts.push(pages.length);
      const noted = pageOf(pages, PLAN_NOTE);
      expect(noted, path).toBeGreaterThanOrEqual(0);
      expect(pageOf(pages, PLAN_DATE), path).toBe(noted);
      // The 署名 on that page (the 版记's 印发机关 on the last page reads the same), and a body line
      // above it: neither the closing nor the page number.
      const organ = pages[noted].lines.find((l) => l.text === RECORD_ORGAN);
      expect(organ, path).toBeDefined();
      const organTop = organ!.y0;
      const above = pages[noted].lines.filter((l) => l.y1 <= organTop && !PAGE_NUMBER.test(l.text));
      expect(above.length, `${path}: lines above the 署名 on page ${noted + 1}`).toBeGreaterThan(0);
    }
    expect(counts[1], `pages in print ${counts[0]}, in Word ${counts[1]}`).toBe(counts[0]);
  }, 120_000);
});
