import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_OF } from '../../shared/core/documents/model';
import { renderDocx } from '../../shared/core/documents/render/docx/renderDocx';
import { generateSampleDocuments } from '../../scripts/sampleDocuments';
import { ALL_FIXTURES } from '../support/documentFixtures';
import { convertToPdf, installedFonts, soffice } from '../support/libreOffice';
import { readPdfLayout, TYPE_AREA, type PdfLine, type PdfPage } from '../support/pdfLayout';

/**
 * Each fixture's and sample document's .docx converted by LibreOffice and measured on the PDF
 * (GB/T 9704-2012 numbers from docformat.md). LibreOffice is what offices without Word open the
 * file with, and the only layout engine on CI.
 */
/** What `npm run docs:samples` writes, on a fixed day: real bodies, whose tables and Latin runs the fixtures lack. */
const samples = generateSampleDocuments({ now: new Date('2026-11-25T00:00:00Z') });
const sampleTable = samples.circular.body.at(-1)!;
if (sampleTable.type !== 'table') throw new Error('the sample circular ends with a table');
/** The sample circular with its table four times as long: it runs onto a second page under a repeated header. */
const longTable = { ...sampleTable, rows: [0, 1, 2, 3].flatMap(() => sampleTable.rows) };
const DOCUMENTS = {
  ...ALL_FIXTURES,
  sampleNotice: samples.notice,
  sampleMinutes: samples.minutes,
  sampleBulletin: samples.bulletin,
  sampleCircular: samples.circular,
  sampleSupervisionSlip: samples.supervisionSlip,
  sampleApprovalSlip: samples.approvalSlip,
  sampleLetter: samples.letter,
  // System 1's own kinds: the 会议方案 in the general format, the 签到表 as a form running onto a second page.
  samplePlan: samples.plan,
  sampleSignInSheet: samples.signInSheet,
  sampleCircularLongTable: { ...samples.circular, body: [...samples.circular.body.slice(0, -1), longTable] },
};
type Name = keyof typeof DOCUMENTS;
const names = Object.keys(DOCUMENTS) as Name[];
const layoutOf = (name: Name) => LAYOUT_OF[DOCUMENTS[name].kind];
/** The 信函 mark, which sits above the 版心 on page 1 (§10.1). */
const isLetterMark = (name: Name, page: number, line: PdfLine) =>
  layoutOf(name) === 'letter' && page === 0 && line.text === DOCUMENTS[name].issuerMark;
const layouts = {} as Record<Name, PdfPage[]>;
let dir = '';

beforeAll(async () => {
  if (!soffice) return;
  dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
  const fonts = installedFonts();
  const files = [];
  for (const name of names) {
    files.push(join(dir, `${name}.docx`));
    writeFileSync(files.at(-1)!, await renderDocx(DOCUMENTS[name], fonts));
  }
  // One conversion for all fixtures.
  convertToPdf(dir, files);
  for (const name of names) layouts[name] = readPdfLayout(join(dir, `${name}.pdf`));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const isPageNumber = (line: PdfLine) => /^—\d+—$/.test(line.text);
const bodyLines = (page: PdfPage) =>
  page.lines.filter((l) => !isPageNumber(l)).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
const CLOSING = '，。、；：！？）》」”’';
const OPENING = '（《「“‘';
/** Character cells: a CJK character fills one, a Latin letter or digit half of one. */
const cells = (text: string) => [...text].reduce((sum, ch) => sum + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);
/** One 3号 cell on the 156 mm measure. */
const CELL_MM = 156 / 28;

describe.runIf(soffice)('Word output laid out by LibreOffice', () => {
  it('prints every page on A4', () => {
    for (const name of names) {
      for (const page of layouts[name]) {
        expect(page.widthMm, name).toBeCloseTo(210, 0);
        expect(page.heightMm, name).toBeCloseTo(297, 0);
      }
    }
  });

  it('keeps all text inside the 版心 but the page numbers (and the 信函 mark, 30 mm from the page top by §10.1)', () => {
    for (const name of names) {
      layouts[name].forEach((page, i) => {
        for (const line of page.lines) {
          if (isPageNumber(line) || isLetterMark(name, i, line)) continue;
          const where = `${name} p${i + 1} "${line.text}"`;
          expect(line.x0, where).toBeGreaterThanOrEqual(TYPE_AREA.left - 1);
          expect(line.x1, where).toBeLessThanOrEqual(TYPE_AREA.right + 1);
          expect(line.y0, where).toBeGreaterThanOrEqual(TYPE_AREA.top - 1);
          expect(line.y1, where).toBeLessThanOrEqual(TYPE_AREA.bottom + 1);
        }
      });
    }
  });

  it('sets 22 lines of 28 characters on a full body page', () => {
    const pages = layouts.notice;
    const lastBodyPage = pages.findIndex((p) => p.lines.some((l) => l.text.startsWith('附件：')));
    const full = pages.slice(1, lastBodyPage).map(bodyLines);
    expect(full.length).toBeGreaterThanOrEqual(3);
    let exact = 0;
    full.forEach((lines, p) => {
      expect(lines, `page ${p + 2}`).toHaveLength(22);
      lines.forEach((line, i) => {
        const next = lines[i + 1] ?? full[p + 1]?.[0];
        // A line ends its paragraph when the next one starts indented (左空二字) or nothing follows.
        if (!next || next.x0 > TYPE_AREA.left + 2) return;
        const where = `page ${p + 2} line ${i + 1} "${line.text}"`;
        const indent = Math.round((line.x0 - TYPE_AREA.left) / CELL_MM);
        const used = indent + cells(line.text);
        // Justified to both edges; nothing hangs past the right edge (see styles.ts, overflowPunct).
        expect(line.x1, where).toBeGreaterThan(TYPE_AREA.right - 1);
        expect(line.x1, where).toBeLessThan(TYPE_AREA.right + 0.6);
        // 28 cells, less one where LibreOffice spaces CJK from Latin text (it ignores autoSpaceDE)
        // and one where a closing mark may not start the next line, or an opening mark end this one.
        const hasLatin = /[\x21-\x7e]/.test(line.text);
        const isKinsoku =
          CLOSING.includes(next.text[1] ?? '') || CLOSING.includes(next.text[0]) || OPENING.includes(next.text[0]);
        expect(used, where).toBeLessThanOrEqual(28);
        expect(used, where).toBeGreaterThanOrEqual(28 - (hasLatin ? 1 : 0) - (isKinsoku ? 1 : 0));
        if (used === 28) exact += 1;
      });
    });
    expect(exact).toBeGreaterThan(100);
  });

  it('prints "— N —" 7 mm under the 版心, right on odd pages and left on even pages', () => {
    for (const name of names.filter((n) => layoutOf(n) !== 'form')) {
      layouts[name].forEach((page, i) => {
        const number = page.lines.find(isPageNumber);
        // 信函: no page number on page 1 (§10.1).
        if (layoutOf(name) === 'letter' && i === 0) return expect(number).toBeUndefined();
        const where = `${name} p${i + 1}`;
        // §7.5: a body ending on a full even page is followed by a blank page and the 版记 page,
        // neither numbered (the 会议方案 sample's closing fills its page 4).
        const pages = layouts[name];
        const isBlank = (j: number) => pages[j].lines.length === 0;
        if (isBlank(i) || (i === pages.length - 1 && isBlank(i - 1))) return expect(number, where).toBeUndefined();
        expect(number?.text, where).toBe(`—${i + 1}—`);
        const dash = number!.words[0];
        // A CJK em dash sits on the middle of its em box, which is the middle of the word's box.
        expect((dash.y0 + dash.y1) / 2 - TYPE_AREA.bottom, where).toBeCloseTo(7, 0);
        if (i % 2 === 0) expect(TYPE_AREA.right - number!.x1, where).toBeCloseTo(4.94, 0);
        else expect(number!.x0 - TYPE_AREA.left, where).toBeCloseTo(4.94, 0);
      });
    }
  });

  it('puts the 版记 at the foot of an even last page, 印发 on the 版心 bottom line', () => {
    const withColophon = names.filter((n) => ['general', 'minutes'].includes(layoutOf(n)) && DOCUMENTS[n].colophon);
    expect(withColophon).toEqual([
      'notice',
      'minutes',
      'circular',
      'sampleNotice',
      'sampleMinutes',
      'sampleCircular',
      'samplePlan',
      'sampleCircularLongTable',
    ]);
    for (const name of withColophon) {
      const pages = layouts[name];
      const colophon = DOCUMENTS[name].colophon!;
      const last = bodyLines(pages.at(-1)!);
      const printed = last.find((l) => l.text.endsWith('印发'));
      expect(pages.length % 2, name).toBe(0);
      expect(printed, name).toBeDefined();
      // The line's box ends on its baseline's descent, within half a millimetre of the 版心 bottom.
      expect(Math.abs(TYPE_AREA.bottom - printed!.y1), name).toBeLessThan(0.5);
      // The last such line: a 署名 with the same organ may share the page (the sample circular's does).
      expect(last.findLast((l) => l.text.startsWith(colophon.printedBy))?.y0, name).toBeCloseTo(printed!.y0, 0);
      const cc = last.find((l) => l.text.startsWith('抄送：'));
      if (colophon.cc.length) expect(printed!.y0 - cc!.y0, name).toBeCloseTo(225 / 22, 0);
    }
  });

  it('repeats the table header row on each page a table runs onto', () => {
    const headed = layouts.sampleCircularLongTable.filter((page) =>
      page.lines.some((l) => l.text === longTable.columns.at(-1)!.title),
    );
    expect(headed.length).toBe(2);
  });

  it('repeats the 签到表 roster’s header row on its second page, the roster a table apart from the rows above', () => {
    const pages = layouts.sampleSignInSheet;
    expect(pages.length).toBe(2);
    for (const [i, page] of pages.entries())
      expect(
        page.lines.some((l) => l.text.startsWith('参会单位')),
        `page ${i + 1}`,
      ).toBe(true);
  });

  it('ends the 简报 with 报/送/发 and the copy count at the foot of the last page', () => {
    for (const name of ['bulletin', 'sampleBulletin'] as const) {
      const last = bodyLines(layouts[name].at(-1)!);
      const copies = last.find((l) => l.text === `（共印${DOCUMENTS[name].bulletin!.copies}份）`);
      expect(Math.abs(TYPE_AREA.bottom - copies!.y1), name).toBeLessThan(0.5);
      expect(TYPE_AREA.right - copies!.x1, name).toBeCloseTo(4.94, 0);
      for (const label of ['报：', '送：', '发：'])
        expect(
          last.some((l) => l.text.startsWith(label) && l.y1 < copies!.y0),
          `${name} ${label}`,
        ).toBe(true);
    }
  });

  it('sets the 发文机关标志 35 mm under the 版心 top and the 信函 mark 30 mm under the page top', () => {
    const mark = layouts.notice[0].lines.find((l) => l.text === ALL_FIXTURES.notice.issuerMark)!;
    // The word box starts 1.3 mm above the glyphs' ink (Noto Serif CJK at this size).
    expect(mark.y0 + 1.3 - TYPE_AREA.top).toBeCloseTo(35, 0);
    const letterMark = layouts.letter[0].lines.find((l) => l.text === ALL_FIXTURES.letter.issuerMark)!;
    expect(letterMark.y0 + 1.2).toBeCloseTo(30, 0);
  });

  it('fits each form slip on one page, the 回执 included, and puts a 呈批单’s 议题清单 on the page after it', () => {
    for (const name of ['supervisionSlip', 'sampleSupervisionSlip'] as const) {
      expect(layouts[name], name).toHaveLength(1);
      const texts = layouts[name][0].lines.map((l) => l.text);
      for (const text of ['督办通知单', '督办要求', '回执', '办理情况', '日期']) expect(texts, name).toContain(text);
    }
    expect(layouts.approvalSlip).toHaveLength(1);
    expect(layouts.approvalSlip[0].lines.map((l) => l.text)).toContain('领导批示');
    // The sample's 拟办意见 says （见附件）: the slip whole on page 1, its 议题清单 on page 2.
    const [slip, list] = layouts.sampleApprovalSlip;
    expect(layouts.sampleApprovalSlip).toHaveLength(2);
    expect(slip.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['领导批示', '承办人']));
    expect(list.lines[0].text).toBe('附件');
    expect(list.lines.map((l) => l.text)).toContain('议题清单');
  });
});
