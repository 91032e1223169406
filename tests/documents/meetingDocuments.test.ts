import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFonts } from '../../shared/core/documents/fonts';
import { officeEnv } from '../support/libreOffice';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { renderHtml } from '../../shared/core/documents/render/html/renderHtml';
import { meetingDocuments, SIX_LONG_TOPICS } from '../support/meetingDocumentFixtures';
import { inkExtent, readPdfLayout, TYPE_AREA, type PdfLine, type PdfPage } from '../support/pdfLayout';

/**
 * System 1's documents where the page decides: the topics' 呈批单 with six long topics (the slip on
 * page 1, the 议题清单 on page 2) and classified 纪要 (份号 on line 1, 密级 under it, the red mark
 * still 35 mm down), printed by Chromium and converted from Word by LibreOffice, then measured.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const DOCS = meetingDocuments();
type Name = keyof typeof DOCS;
const NAMES = Object.keys(DOCS) as Name[];
const LINE_MM = 225 / 22;
/** Where each renderer's PDF of each document is, and its pages. */
const printed: Record<'chromium' | 'word', Partial<Record<Name, { path: string; pages: PdfPage[] }>>> = {
  chromium: {},
  word: {},
};
let dir = '';
let browser: Browser | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'meeting-docs-'));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const families = new Set(
    execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split(/[\n,]/)
      .map((f) => f.trim()),
  );
  const hasBold = (family: string) =>
    execFileSync('fc-list', [`:family=${family}:style=Bold`], { encoding: 'utf8' }).trim() !== '';
  const fonts = planFonts((name) => families.has(name) || (name.endsWith(' Bold') && hasBold(name.slice(0, -5))));
  for (const name of NAMES) {
    const path = join(dir, `${name}.pdf`);
    await page.setContent(renderHtml(DOCS[name], undefined, { colophonBreak: 'auto' }));
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    printed.chromium[name] = { path, pages: readPdfLayout(path) };
    writeFileSync(join(dir, `${name}.docx`), await renderDocx(DOCS[name], fonts));
  }
  if (soffice) {
    mkdirSync(join(dir, 'lo'));
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(dir, 'lo'),
        ...NAMES.map((n) => join(dir, `${n}.docx`)),
      ],
      { timeout: 170_000, stdio: 'ignore', env: officeEnv(dir) },
    );
    for (const name of NAMES)
      printed.word[name] = {
        path: join(dir, 'lo', `${name}.pdf`),
        pages: readPdfLayout(join(dir, 'lo', `${name}.pdf`)),
      };
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const renderers = () => (soffice ? (['chromium', 'word'] as const) : (['chromium'] as const));
const flat = (text: string) => text.replace(/\s|\u2060/g, '');
const pageText = (page: PdfPage) => flat(page.lines.map((l) => l.text).join(''));
const byTop = (page: PdfPage) => [...page.lines].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);

/**
 * The middle of a line's glyphs (mm from the page top). Chromium embeds the CJK faces as Type 3,
 * which poppler boxes 2.6 em tall with the baseline 0.7 em up from the bottom; other boxes are the glyphs' own.
 */
function middle(line: PdfLine): number {
  const height = line.y1 - line.y0;
  const advance = Math.max(...line.words.map((w) => (w.x1 - w.x0) / [...w.text].length));
  if (height < 2.2 * advance) return (line.y0 + line.y1) / 2;
  const size = height / 2.6;
  return line.y1 - 0.7 * size - 0.38 * size;
}

/** Which body line (1 = first) of the 版心 a line of text sits on. */
const bodyLineOf = (line: PdfLine) => Math.floor((middle(line) - TYPE_AREA.top) / LINE_MM) + 1;

/**
 * The words of one table column (between x0 and x1 mm, under `below` mm, inside the 版心: the page
 * number under it is not the table's), read top to bottom, as one string.
 */
function columnText(page: PdfPage, x0: number, x1: number, below = 0): string {
  const words = page.lines
    .flatMap((l) => l.words)
    .filter((w) => w.x0 >= x0 && w.x1 <= x1 && w.y0 > below && w.y1 < TYPE_AREA.bottom + 1);
  return flat(
    words
      .sort((a, b) => (Math.abs(a.y0 - b.y0) < 1 ? a.x0 - b.x0 : a.y0 - b.y0))
      .map((w) => w.text)
      .join(''),
  );
}

function expectInsideTypeArea(pages: PdfPage[], where: string): void {
  pages.forEach((page, i) => {
    for (const line of page.lines) {
      expect(line.x0, `${where} p${i + 1}: ${line.text}`).toBeGreaterThanOrEqual(TYPE_AREA.left - 1);
      expect(line.x1, `${where} p${i + 1}: ${line.text}`).toBeLessThanOrEqual(TYPE_AREA.right + 1);
    }
  });
}

describe('the topics’ 呈批单 with six long topics', () => {
  it('prints the whole slip on page 1 and the 议题清单 on page 2, in Chromium and in LibreOffice', () => {
    for (const renderer of renderers()) {
      const { pages } = printed[renderer].manyTopicsSlip!;
      expect(pages, renderer).toHaveLength(2);
      expectInsideTypeArea(pages, renderer);
      const slip = pageText(pages[0]);
      for (const part of ['呈批单', '事由', '拟办意见', '领导批示', '办理结果', '承办人', '2026年11月10日'])
        expect(slip, `${renderer}: ${part}`).toContain(part);
      expect(columnText(pages[0], TYPE_AREA.left + 36, TYPE_AREA.right), renderer).toContain(
        '提请研究议题6项（见附件）。审议文件会前征求各单位意见。妥否，请批示。',
      );
      // No topic is on the slip: they are all on the list.
      expect(slip, renderer).not.toContain('人才驿站');
      expect(pageText(pages[1]), renderer).not.toContain('领导批示');
    }
  });

  it('heads the list “附件” on line 1 顶格 and 议题清单 centred on line 3, then numbers each topic with its kind, presenter and 密级', () => {
    for (const renderer of renderers()) {
      const list = printed[renderer].manyTopicsSlip!.pages[1];
      const [label, title] = byTop(list);
      expect(label.text, renderer).toBe('附件');
      expect(Math.abs(label.x0 - TYPE_AREA.left), `${renderer} 顶格`).toBeLessThan(0.6);
      expect(bodyLineOf(label), renderer).toBe(1);
      expect(flat(title.text), renderer).toBe('议题清单');
      expect(Math.abs((title.x0 + title.x1) / 2 - (TYPE_AREA.left + 78)), `${renderer} centred`).toBeLessThan(1.5);
      expect(bodyLineOf(title), renderer).toBe(3);
      // Columns: 序号 14 mm, 议题 72, 类别 30, 汇报单位 26, 密级 14.
      const left = TYPE_AREA.left;
      const column = (x0: number, x1: number) => columnText(list, x0, x1, title.y1);
      expect(column(left, left + 14), renderer).toBe('序号123456');
      const topics = column(left + 14, left + 86);
      let from = 0;
      for (const topic of SIX_LONG_TOPICS) {
        const at = topics.indexOf(flat(topic.title), from);
        expect(at, `${renderer}: ${topic.title}`).toBeGreaterThan(from - 1);
        from = at;
      }
      expect(topics, renderer).toContain('（审议《海城市人才驿站建设实施方案（试行）》）');
      expect(column(left + 86, left + 116), renderer).toBe(
        '类别传达学习学习先进经验通报情况、部署任务听取工作汇报征求代表委员意见其他事项',
      );
      expect(column(left + 116, left + 142), renderer).toBe('汇报单位市人才办市人才办市人才办牛庄镇市人才办市人才办');
      expect(column(left + 142, left + 156), renderer).toBe('密级内部内部内部内部内部秘密');
      // A form of two pages numbers them: — 2 — on the list's page, left on an even page.
      const number = list.lines.find((l) => flat(l.text) === '—2—');
      expect(number && middle(number) > TYPE_AREA.bottom, `${renderer} page number`).toBe(true);
    }
  });

  it('keeps a slip whose topics fit on one page, the topics listed in its 拟办意见', () => {
    for (const renderer of renderers()) {
      const { pages } = printed[renderer].fewTopicsSlip!;
      expect(pages, renderer).toHaveLength(1);
      expect(pageText(pages[0]), renderer).toContain('①传达学习省委人才工作会议精神');
      expect(pageText(pages[0]), renderer).not.toContain('附件');
    }
  });
});

describe('classified 纪要', () => {
  it('prints the 份号 on line 1 顶格 in six digits and the 密级 on line 2, in Chromium and in LibreOffice', () => {
    for (const renderer of renderers()) {
      for (const [name, mark] of [
        ['secretMinutes', '秘密'],
        ['confidentialMinutes', '机密★1年'],
      ] as const) {
        const [copy, secrecy] = byTop(printed[renderer][name]!.pages[0]);
        const where = `${renderer} ${name}`;
        expect(copy.text, where).toBe('000001');
        expect(Math.abs(copy.x0 - TYPE_AREA.left), where).toBeLessThan(0.6);
        expect(bodyLineOf(copy), where).toBe(1);
        expect(secrecy.text, where).toBe(mark);
        expect(Math.abs(secrecy.x0 - TYPE_AREA.left), where).toBeLessThan(0.6);
        expect(bodyLineOf(secrecy), where).toBe(2);
      }
    }
  });

  it('keeps the red 纪要 mark 35 mm under the 版心 top under those two lines', () => {
    for (const renderer of renderers()) {
      for (const name of ['secretMinutes', 'confidentialMinutes'] as const) {
        // The mark alone: the middle of the width, clear of the marks on the left.
        const ink = inkExtent(printed[renderer][name]!.path, 1, {
          x0: 62,
          y0: TYPE_AREA.top + 25,
          x1: 150,
          y1: TYPE_AREA.top + 45,
        });
        expect(Math.abs((ink?.top ?? 0) - TYPE_AREA.top - 35), `${renderer} ${name}`).toBeLessThan(0.8);
      }
    }
  });
});
