import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFonts } from '../../shared/core/documents/fonts';
import { officeEnv } from '../support/libreOffice';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { renderHtml } from '../../shared/core/documents/render/html/renderHtml';
import { incentivesDocuments, LONGEST_CHANGE_REASON, unitName } from '../support/incentivesDocumentFixtures';
import { readPdfLayout, TYPE_AREA, type PdfPage } from '../support/pdfLayout';

/**
 * System 3's documents printed by Chromium and converted from Word by LibreOffice, then measured:
 * the 呈批单 of a 40-unit list one page with the list on the pages after it, the revocation and
 * correction slips with the longest reason on one page, the 表扬通报 inside the 版心 of A4 pages,
 * and the points report keeping a revoked award struck through.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const DOCS = incentivesDocuments();
type Name = keyof typeof DOCS;
const chromePages = {} as Record<Name, PdfPage[]>;
const officePages = {} as Record<Name, PdfPage[]>;
const docx = {} as Record<Name, Uint8Array>;
let dir = '';
let browser: Browser | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'incentives-docs-'));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const families = new Set(
    execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split(/[\n,]/)
      .map((f) => f.trim()),
  );
  const fonts = planFonts((name) => families.has(name));
  for (const [name, doc] of Object.entries(DOCS) as [Name, (typeof DOCS)[Name]][]) {
    await page.setContent(renderHtml(doc, undefined, { colophonBreak: 'auto' }));
    await page.pdf({ path: join(dir, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
    chromePages[name] = readPdfLayout(join(dir, `${name}.pdf`));
    docx[name] = await renderDocx(doc, fonts);
    writeFileSync(join(dir, `${name}.docx`), docx[name]);
  }
  if (soffice) {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'lo'),
        ...Object.keys(DOCS).map((n) => join(dir, `${n}.docx`)),
      ],
      { timeout: 170_000, stdio: 'ignore', env: officeEnv(dir) },
    );
    for (const name of Object.keys(DOCS) as Name[]) officePages[name] = readPdfLayout(join(dir, 'lo', `${name}.pdf`));
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pageText = (page: PdfPage) =>
  page.lines
    .map((l) => l.text)
    .join('')
    .replace(/\s/g, '');
const renderings = () => (soffice ? [chromePages, officePages] : [chromePages]);

describe('System 3 documents as printed and as opened in Word', () => {
  it('keeps the 呈批单 of a 40-unit list to one page, the list on the pages after it with every unit', () => {
    for (const pages of renderings()) {
      const slip = pageText(pages.listSlip[0]);
      expect(slip).toContain('领导批示');
      expect(slip).toContain('海人才办呈〔2026〕19号');
      expect(slip).not.toContain('激励奖励对象和加分名单');
      expect(slip).not.toContain(unitName('u0'));
      expect(pageText(pages.listSlip[1])).toContain('激励奖励对象和加分名单');
      const list = pages.listSlip.slice(1).map(pageText).join('');
      for (let i = 0; i < 40; i++) expect(list).toContain(unitName(`u${i}`));
    }
  });

  it('prints the revocation and correction 呈批单 with the longest reason on one page, in print and in Word', () => {
    for (const pages of renderings()) {
      for (const name of ['revocationSlip', 'correctionSlip'] as const) {
        expect(pages[name], name).toHaveLength(1);
        expect(pageText(pages[name][0])).toContain(LONGEST_CHANGE_REASON.slice(-20));
        for (const line of pages[name][0].lines)
          expect(line.y1, `${name}: ${line.text}`).toBeLessThanOrEqual(TYPE_AREA.bottom + 0.5);
      }
    }
  });

  it('prints the 表扬通报 on A4 inside the 版心, in the office’s name and number', () => {
    for (const pages of renderings()) {
      const all = pages.circular.map(pageText).join('');
      expect(all).toContain('海人才办发〔2027〕2号');
      expect(all).toContain('关于表扬2026年度人才工作成效显著单位的通报');
      expect(all).toContain('海城市人才工作领导小组办公室');
      for (const page of pages.circular) {
        expect(Math.round(page.widthMm)).toBe(210);
        expect(Math.round(page.heightMm)).toBe(297);
        for (const line of page.lines) {
          expect(line.x0, line.text).toBeGreaterThanOrEqual(TYPE_AREA.left - 1);
          expect(line.x1, line.text).toBeLessThanOrEqual(TYPE_AREA.right + 1);
        }
      }
    }
  });

  it('keeps a revoked award on the points report struck through, with its reason, in print and in Word', () => {
    const html = renderHtml(DOCS.report, undefined, { colophonBreak: 'auto' });
    expect(html).toMatch(/<td class="struck">[^<]*原加分0.7分<\/td>/);
    const xml = strFromU8(unzipSync(docx.report)['word/document.xml']);
    const struckRun = /<w:r>(?:(?!<\/w:r>).)*<w:strike\/>(?:(?!<\/w:r>).)*原加分0.7分/s;
    expect(xml).toMatch(struckRun);
    for (const pages of renderings()) {
      const all = pages.report.map(pageText).join('');
      expect(all).toContain('取消原因');
      expect(all).toContain('引进人才未全职到岗，系虚报');
    }
  });
});
