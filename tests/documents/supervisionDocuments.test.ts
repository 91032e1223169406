import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFonts } from '../../shared/core/documents/fonts';
import { officeEnv } from '../support/libreOffice';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { renderHtml } from '../../shared/core/documents/render/html/renderHtml';
import { MATTER_MAX_CHARS, REQUIREMENT_MAX_CHARS } from '../../shared/systems/supervision/itemInput';
import { LONGEST_MATTER, LONGEST_REQUIREMENT, supervisionDocuments } from '../support/supervisionDocumentFixtures';
import { readPdfLayout, TYPE_AREA, type PdfPage } from '../support/pdfLayout';

/**
 * System 2's documents printed by Chromium and converted from Word by LibreOffice, then measured:
 * every slip (呈批单, 督办通知单, 呈阅件, the archive index) on one page inside the 版心, and
 * the draw record carrying every candidate, however many pages it takes.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const DOCS = supervisionDocuments();
type Name = keyof typeof DOCS;
const ONE_PAGE: Name[] = [
  'checkApprovalSlip',
  'unannouncedApprovalSlip',
  'itemSlip',
  'itemSlipLongest',
  'itemSlipLongestDense',
  'extensionSlip',
  'extensionSlipLongest',
  'explanationSlip',
  'archiveIndex',
];
const chromePages = {} as Record<Name, PdfPage[]>;
const officePages = {} as Record<Name, PdfPage[]>;
let dir = '';
let browser: Browser | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'supervision-docs-'));
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
    writeFileSync(join(dir, `${name}.docx`), await renderDocx(doc, fonts));
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

const text = (pages: PdfPage[]) => pages.flatMap((p) => p.lines.map((l) => l.text)).join('');
/** The value column of a form, read top to bottom (the label column would interleave with it). */
const values = (pages: PdfPage[]) =>
  pages
    .flatMap((p) =>
      p.lines
        .flatMap((l) => l.words)
        .filter((w) => w.x0 > TYPE_AREA.left + 36)
        // Reading order: by line (words within 1 mm share one), then left to right.
        .sort((a, b) => (Math.abs(a.y0 - b.y0) < 1 ? a.x0 - b.x0 : a.y0 - b.y0))
        .map((w) => w.text),
    )
    .join('')
    .replace(/\s|\u2060/g, '');

describe('System 2 documents as printed and as opened in Word', () => {
  it('prints each slip on one page in Chromium, inside the 版心', () => {
    for (const name of ONE_PAGE) {
      expect(chromePages[name], name).toHaveLength(1);
      for (const line of chromePages[name][0].lines) {
        expect(line.x0, `${name}: ${line.text}`).toBeGreaterThanOrEqual(TYPE_AREA.left - 1);
        expect(line.x1, `${name}: ${line.text}`).toBeLessThanOrEqual(TYPE_AREA.right + 1);
      }
    }
  });

  it.runIf(soffice)('opens each slip’s Word file on one page in LibreOffice', () => {
    for (const name of ONE_PAGE) expect(officePages[name], name).toHaveLength(1);
  });

  it('prints the 督办通知单 with its number on the slip and on the tear-off 回执', () => {
    const all = text(chromePages.itemSlip);
    expect(all.match(/海人才督〔2026〕7号/g)).toHaveLength(2);
    for (const label of ['督办对象', '督办事项', '督办要求', '办结时限', '反馈时限', '剪切线', '回执', '办理情况'])
      expect(all).toContain(label);
  });

  it('keeps the 督办通知单 with the longest allowed 督办事项 and 督办要求 on one page, 回执 included, in print and in Word', () => {
    expect([...LONGEST_MATTER]).toHaveLength(MATTER_MAX_CHARS);
    expect([...LONGEST_REQUIREMENT]).toHaveLength(REQUIREMENT_MAX_CHARS);
    const renderings = soffice ? [chromePages, officePages] : [chromePages];
    for (const [name, number] of [
      ['itemSlipLongest', '海人才督〔2026〕117号'],
      ['itemSlipLongestDense', '海人才督〔2026〕118号'],
    ] as const) {
      for (const pages of renderings) {
        expect(pages[name], name).toHaveLength(1);
        const all = text(pages[name]).replace(/\s/g, '');
        // Every character of both texts printed, and the 回执 (its title, its own number, 办理情况) below them.
        if (name === 'itemSlipLongest')
          for (const t of [LONGEST_MATTER, LONGEST_REQUIREMENT]) expect(values(pages[name])).toContain(t);
        expect(all.match(new RegExp(number, 'g')), name).toHaveLength(2);
        for (const label of ['回执', '办理情况', '负责人', '日期']) expect(all).toContain(label);
        for (const line of pages[name][0].lines)
          expect(line.y1, `${name}: ${line.text}`).toBeLessThanOrEqual(TYPE_AREA.bottom + 0.5);
      }
    }
  });

  it('prints the 督办通知单’s 密级 beside its number in Word as on paper', () => {
    const top = (pages: PdfPage[]) =>
      pages[0].lines
        .filter((l) => l.y0 < TYPE_AREA.top + 25)
        .map((l) => l.text.replace(/\s/g, ''))
        .join('|');
    for (const pages of soffice ? [chromePages, officePages] : [chromePages]) {
      expect(top(pages.itemSlip)).toContain('内部');
      expect(top(pages.itemSlip)).toContain('编号：海人才督〔2026〕7号');
    }
  });

  it('carries every candidate of a 340-village draw in the draw record, in Chromium and in Word', () => {
    const record = DOCS.drawRecord;
    const candidates = record
      .form!.rows.filter((r) => r.label.startsWith('候选名单'))
      .flatMap((r) => r.value.split('　'));
    expect(candidates).toHaveLength(340);
    for (const pages of soffice ? [chromePages.drawRecord, officePages.drawRecord] : [chromePages.drawRecord]) {
      const printed = values(pages);
      for (const c of candidates) expect(printed).toContain(c.replace('\u2060', ''));
    }
  });

  it('prints the 督查通报 with its completion table and the 专项通知 with the seed’s four “no”s', () => {
    const circular = text(chromePages.resultsCircular);
    for (const header of ['单位', '事项数', '已办结', '按期办结', '办结率', '逾期未办结事项', '好的做法'])
      expect(circular).toContain(header);
    const notice = text(chromePages.checkNotice).replace(/\s/g, '');
    for (const phrase of ['不安排专人陪同', '不听取专题汇报', '不查看留痕资料', '不影响基层办公'])
      expect(notice).toContain(phrase);
  });
});
