import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../shared/core/documents/model';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { renderHtml } from '../../shared/core/documents/render/html/renderHtml';
import { ALL_FIXTURES } from '../support/documentFixtures';
import { convertToPdf, installedFonts, soffice } from '../support/libreOffice';
import { readPdfLayout, TYPE_AREA, type PdfPage } from '../support/pdfLayout';

/**
 * A voided document reprinted, and a draft before it takes a number: the 作废 mark and its reason
 * (or 草稿) stand over the 版心 of page 1 and every page after, and nothing under them moves. (A 信函's
 * page 1, whose top margin holds its own head, does not show the print stamp yet: not claimed here.)
 */
const REASON = '标题有误，已重新发文';
const VARIANTS = {
  plain: ALL_FIXTURES.notice,
  voided: { ...ALL_FIXTURES.notice, stamp: { kind: 'void', reason: REASON } },
  draft: { ...ALL_FIXTURES.notice, number: undefined, stamp: { kind: 'draft' } },
} satisfies Record<string, OfficialDocument>;
type Variant = keyof typeof VARIANTS;
const printed: Record<'chromium' | 'word', Partial<Record<Variant, PdfPage[]>>> = { chromium: {}, word: {} };
let dir = '';
let browser: Browser | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stamp-'));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  const fonts = installedFonts();
  const files: string[] = [];
  for (const [name, doc] of Object.entries(VARIANTS) as [Variant, OfficialDocument][]) {
    await page.setContent(renderHtml(doc, fonts));
    await page.pdf({ path: join(dir, `${name}-print.pdf`), preferCSSPageSize: true, printBackground: true });
    printed.chromium[name] = readPdfLayout(join(dir, `${name}-print.pdf`));
    files.push(join(dir, `${name}.docx`));
    writeFileSync(files.at(-1)!, await renderDocx(doc, fonts));
  }
  if (soffice) {
    convertToPdf(dir, files);
    for (const name of Object.keys(VARIANTS) as Variant[]) printed.word[name] = readPdfLayout(join(dir, `${name}.pdf`));
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const flat = (text: string) => text.replace(/\s|\u2060/g, '');
const renderers = () => (soffice ? (['chromium', 'word'] as const) : (['chromium'] as const));
/** The lines above the 版心 (the stamp's place) and the text inside it, per page. */
const above = (page: PdfPage) => page.lines.filter((l) => l.y1 < TYPE_AREA.top).map((l) => flat(l.text));
const inside = (page: PdfPage) =>
  page.lines.filter((l) => l.y0 >= TYPE_AREA.top - 1).map((l) => `${flat(l.text)}@${l.y0.toFixed(1)}`);

describe('作废 and 草稿 on paper', () => {
  it('prints the 作废 mark with its reason above the 版心 of page 1 and of every page, in print and in Word', () => {
    for (const renderer of renderers()) {
      for (const name of ['voided'] as const) {
        const pages = printed[renderer][name]!;
        expect(pages.length, `${renderer} ${name}`).toBeGreaterThan(0);
        pages.forEach((page, i) =>
          expect(above(page).join('|'), `${renderer} ${name} p${i + 1}`).toContain(`作废·作废原因：${REASON}`),
        );
      }
      expect(printed[renderer].plain!.flatMap(above).join('')).not.toContain('作废');
    }
  });

  it('moves nothing under the mark: every line of the 版心 stands where the unmarked document has it', () => {
    for (const renderer of renderers()) {
      const plain = printed[renderer].plain!;
      const voided = printed[renderer].voided!;
      expect(voided.length, renderer).toBe(plain.length);
      voided.forEach((page, i) => expect(inside(page), `${renderer} p${i + 1}`).toEqual(inside(plain[i])));
    }
  });

  it('marks a draft 草稿 and prints no 发文字号 on it', () => {
    for (const renderer of renderers()) {
      const [first] = printed[renderer].draft!;
      expect(above(first).join('|'), renderer).toContain('草稿·未编号，不作正式公文');
      const text = first.lines.map((l) => flat(l.text)).join('');
      expect(text, renderer).not.toContain(flat(ALL_FIXTURES.notice.number!));
      expect(text, renderer).toContain(flat(ALL_FIXTURES.notice.title).slice(0, 8));
    }
  });
});
