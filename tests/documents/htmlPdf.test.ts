import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_OF, type OfficialDocument } from '../../shared/core/documents/model';
import { renderHtml, type ColophonBreak } from '../../shared/core/documents/render/html/renderHtml';
import { hasFoot } from '../../shared/core/documents/render/html/printVariants';
import { ALL_FIXTURES, letterFixture } from '../support/documentFixtures';
import { generateSampleDocuments } from '../../scripts/sampleDocuments';
import { inkExtent, readPdfLayout, TYPE_AREA, type PdfLine, type PdfPage } from '../support/pdfLayout';

/** The HTML renderer printed by real Chromium, measured in the PDF against GB/T 9704 (docformat.md). */

/** The fixtures, and a 信函 with a 抄送 line (its 版记 has no 印发 line and no rules). */
const SAMPLES = generateSampleDocuments({ now: new Date('2026-11-25T00:00:00Z') });

const DOCUMENTS = {
  ...ALL_FIXTURES,
  letterWithCc: {
    ...letterFixture,
    colophon: { cc: ['市委组织部', '市人力资源和社会保障局'], printedBy: '', printedOn: '2026-11-18' },
  },
  // The slips as the templates build them from the sample office (what docs:samples prints).
  sampleSupervisionSlip: SAMPLES.supervisionSlip,
  sampleApprovalSlip: SAMPLES.approvalSlip,
  // System 1's own kinds: the 会议方案 in the general format, the 签到表 as a form running onto a second page.
  samplePlan: SAMPLES.plan,
  sampleSignInSheet: SAMPLES.signInSheet,
} satisfies Record<string, OfficialDocument>;
type Kind = keyof typeof DOCUMENTS;
interface Printed {
  doc: OfficialDocument;
  path: string;
  pages: PdfPage[];
  bodyEndPage: number;
  colophonBreak?: ColophonBreak;
}

const LINE_MM = 225 / 22;
const CHAR_MM = 156 / 28;
const SI_HAO_MM = (14 * 25.4) / 72;
const PAGE_NUMBER = /^—(\d+)—$/;
/** Line-start and line-end prohibitions (line-break: strict) that can leave a full line at 27. */
const NO_LINE_START = '，。、；：？！）》」』”’〕】';
const NO_LINE_END = '（《「『“‘〔【';

let browser: Browser;
let page: Page;
let dir: string;
const printed = new Map<Kind, Printed>();

async function print(doc: OfficialDocument, name: string, options: Parameters<typeof renderHtml>[2] = {}) {
  const path = join(dir, `${name}.pdf`);
  await page.setContent(renderHtml(doc, undefined, options));
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  return { path, pages: readPdfLayout(path) };
}

/**
 * What the print service does (colophonPlacement.ts): print with the 版记 placed and the blank-page
 * signal on; an odd page count means the body ended on a full even page, so print 'blank-then-next'.
 * The body's last page is at most the page before the last (the 版记 may share it or follow it):
 * pages before that one are full pages.
 */
async function printPlaced(kind: Kind, doc: OfficialDocument): Promise<Printed> {
  if (!hasFoot(doc)) {
    const only = await print(doc, kind);
    return { doc, ...only, bodyEndPage: only.pages.length };
  }
  const measured = await print(doc, `${kind}-measured`, { signalBlankPage: true });
  if (measured.pages.length % 2 === 0) return { doc, ...measured, bodyEndPage: measured.pages.length - 1 };
  const blank = await print(doc, `${kind}-blank`, { colophonBreak: 'blank-then-next' });
  return { doc, ...blank, bodyEndPage: blank.pages.length - 2, colophonBreak: 'blank-then-next' };
}

/**
 * The em box of a line. Chromium embeds CFF fonts (Noto CJK) as Type 3, and poppler boxes Type 3
 * text 2.6 em tall (ascent 0.95, descent 0.35, at twice the size); TrueType boxes are the em box.
 */
function glyphBox(line: PdfLine): { top: number; bottom: number; sizePt: number } {
  const height = line.y1 - line.y0;
  const advance = Math.max(...line.words.map((w) => (w.x1 - w.x0) / [...w.text].length));
  if (height < 2.2 * advance) return { top: line.y0, bottom: line.y1, sizePt: (height * 72) / 25.4 };
  const size = height / 2.6;
  const baseline = line.y1 - 0.7 * size;
  return { top: baseline - 0.88 * size, bottom: baseline + 0.12 * size, sizePt: (size * 72) / 25.4 };
}

const each = (kinds?: Kind[]) => [...printed.entries()].filter(([kind]) => !kinds || kinds.includes(kind));
const footKinds: Kind[] = ['notice', 'circular', 'minutes', 'bulletin', 'letterWithCc'];
// The 通报 is left out of the 22-line count: its table moves whole rows, which can leave a line free.
const gridKinds: Kind[] = ['notice', 'minutes', 'bulletin'];
const FOOT_LINE: Partial<Record<Kind, RegExp>> = { bulletin: /^（共印\d+份）$/, letterWithCc: /^抄送：/ };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'html-pdf-'));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage();
  for (const [kind, doc] of Object.entries(DOCUMENTS) as [Kind, OfficialDocument][])
    printed.set(kind, await printPlaced(kind, doc));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('HTML renderer printed by Chromium', () => {
  it('prints every page on A4', () => {
    for (const [, { pages }] of each())
      for (const p of pages) {
        expect(p.widthMm).toBeCloseTo(210, 0);
        expect(Math.abs(p.heightMm - 297)).toBeLessThan(0.5);
      }
  });

  it('keeps every text line inside the 版心, page numbers and the 信函 mark aside', () => {
    const outside: string[] = [];
    for (const [kind, { doc, pages }] of each())
      pages.forEach((p, i) => {
        for (const line of p.lines) {
          if (
            PAGE_NUMBER.test(line.text) ||
            (LAYOUT_OF[doc.kind] === 'letter' && i === 0 && line.text === doc.issuerMark)
          )
            continue;
          const box = glyphBox(line);
          const inside =
            line.x0 >= TYPE_AREA.left - 1 &&
            line.x1 <= TYPE_AREA.right + 1 &&
            box.top >= TYPE_AREA.top - 1 &&
            box.bottom <= TYPE_AREA.bottom + 1;
          if (!inside)
            outside.push(
              `${kind} p${i + 1}: ${line.text} (${line.x0.toFixed(1)}–${line.x1.toFixed(1)}, ${box.top.toFixed(1)}–${box.bottom.toFixed(1)})`,
            );
        }
      });
    expect(outside).toEqual([]);
  });

  it('sets 22 lines of 28 characters on every full body page', () => {
    const wrong: string[] = [];
    let checkedPages = 0;
    for (const [kind, { pages, bodyEndPage }] of each(gridKinds))
      for (let n = 2; n < bodyEndPage; n++) {
        const lines = pages[n - 1].lines.filter((l) => !PAGE_NUMBER.test(l.text));
        checkedPages++;
        if (lines.length !== 22) wrong.push(`${kind} p${n}: ${lines.length} lines`);
        lines.forEach((line, i) => {
          const next = lines[i + 1];
          if (!next || Math.abs(next.x0 - TYPE_AREA.left) > 0.5) return; // a paragraph's last line
          const cells = [...line.text].length + Math.round((line.x0 - TYPE_AREA.left) / CHAR_MM);
          const kinsoku =
            cells === 27 && (NO_LINE_START.includes([...next.text][1]) || NO_LINE_END.includes([...next.text][0]));
          // Half-width digits are narrower than a 字: such lines are checked for reaching the right edge.
          const ok = /[\x21-\x7e]/.test(line.text)
            ? Math.abs(line.x1 - TYPE_AREA.right) < 0.6
            : cells === 28 || kinsoku;
          if (!ok) wrong.push(`${kind} p${n}: ${cells} cells: ${line.text}`);
        });
      }
    expect(checkedPages).toBeGreaterThanOrEqual(8);
    expect(wrong).toEqual([]);
  });

  it('numbers pages — N — 7 mm under the 版心 in 14 pt, right on odd pages and left on even pages', () => {
    for (const [kind, { doc, path, pages, bodyEndPage, colophonBreak }] of each()) {
      if (LAYOUT_OF[doc.kind] === 'form') continue;
      pages.forEach((p, i) => {
        const n = i + 1;
        const numbers = p.lines.filter((l) => PAGE_NUMBER.test(l.text));
        const unnumbered =
          (LAYOUT_OF[doc.kind] === 'letter' && n === 1) || (colophonBreak === 'blank-then-next' && n > bodyEndPage);
        expect(
          numbers.map((l) => l.text),
          `${kind} p${n}`,
        ).toEqual(unnumbered ? [] : [`—${n}—`]);
        if (unnumbered) return;
        const [line] = numbers;
        if (n % 2) expect(Math.abs(line.x1 - (TYPE_AREA.right - SI_HAO_MM)), `${kind} p${n} right`).toBeLessThan(1);
        else expect(Math.abs(line.x0 - (TYPE_AREA.left + SI_HAO_MM)), `${kind} p${n} left`).toBeLessThan(1);
        expect(Math.abs(glyphBox(line).sizePt - 14), `${kind} p${n} size`).toBeLessThan(1);
        const dash = line.words[0];
        const ink = inkExtent(path, n, { x0: dash.x0, y0: TYPE_AREA.bottom, x1: dash.x1, y1: 290 });
        expect(Math.abs((ink?.top ?? 0) - TYPE_AREA.bottom - 7), `${kind} p${n} dash`).toBeLessThan(1.5);
      });
    }
    // One ink measurement per page number (pdftoppm): a minute and more on a loaded machine.
  }, 180_000);

  it('sets the 版记, the 简报 报尾 and the 信函 抄送 at the foot of the last page, on an even page', () => {
    for (const [kind, { path, pages }] of each(footKinds)) {
      const last = pages[pages.length - 1];
      expect(pages.length % 2, `${kind} ends on page ${pages.length}`).toBe(0);
      const foot = last.lines.find((l) => (FOOT_LINE[kind] ?? /印发$/).test(l.text));
      expect(foot, kind).toBeDefined();
      const box = glyphBox(foot!);
      expect((box.top + box.bottom) / 2, `${kind} foot line`).toBeGreaterThan(TYPE_AREA.bottom - LINE_MM);
      expect((box.top + box.bottom) / 2).toBeLessThan(TYPE_AREA.bottom);
      if (FOOT_LINE[kind]) continue; // only the 版记 proper has rules
      const rule = inkExtent(path, pages.length, {
        x0: TYPE_AREA.left,
        y0: TYPE_AREA.bottom - 3,
        x1: TYPE_AREA.right,
        y1: TYPE_AREA.bottom + 3,
      });
      expect(Math.abs((rule?.bottom ?? 0) - TYPE_AREA.bottom), `${kind} last rule`).toBeLessThan(0.6);
    }
  });

  it('places the 发文机关标志 35 mm under the 版心 top, and a 信函 mark 30 mm under the page top', () => {
    for (const [kind, { path }] of each(['notice', 'circular', 'minutes'])) {
      const ink = inkExtent(path, 1, {
        x0: TYPE_AREA.left,
        y0: TYPE_AREA.top + 30,
        x1: TYPE_AREA.right,
        y1: TYPE_AREA.top + 45,
      });
      expect(Math.abs((ink?.top ?? 0) - TYPE_AREA.top - 35), kind).toBeLessThan(1);
    }
    const letter = printed.get('letter')!;
    expect(Math.abs((inkExtent(letter.path, 1, { x0: 20, y0: 20, x1: 190, y1: 40 })?.top ?? 0) - 30)).toBeLessThan(1);
  });

  it('runs a 信函’s page 1 on full: its title and body stand on the 版心’s line grid, down to line 22', () => {
    // GB/T 9704 §10.1: the 发文字号 row sits 4.94 mm under the double rule, off the grid; the title two
    // lines under it is rounded onto the grid, so page 1 holds as many body lines as the 版心 has room for.
    for (const [kind, { doc, pages }] of each(['letter', 'letterWithCc'])) {
      const lines = pages[0].lines.filter((l) => l.text !== doc.issuerMark && !PAGE_NUMBER.test(l.text));
      const title = lines.findIndex((l) => doc.title.replace(/\s/g, '').startsWith(l.text));
      const slots = lines.slice(title).map((l) => {
        const { top, bottom } = glyphBox(l);
        return ((top + bottom) / 2 - TYPE_AREA.top) / LINE_MM + 0.5;
      });
      expect(title, kind).toBeGreaterThan(0);
      expect(Math.max(...slots.map((x) => Math.abs(x - Math.round(x)) * LINE_MM)), kind).toBeLessThan(1);
      expect(Math.round(slots[slots.length - 1]), kind).toBe(22);
      expect(pages.length, kind).toBeGreaterThan(1);
    }
  });

  it('prints each slip on exactly one page, and a 呈批单 that says （见附件） has its 议题清单 on the page after', () => {
    for (const [kind, { pages }] of each(['supervisionSlip', 'approvalSlip', 'sampleSupervisionSlip']))
      expect(pages.length, kind).toBe(1);
    const { pages } = printed.get('sampleApprovalSlip')!;
    expect(pages).toHaveLength(2);
    const texts = (n: number) => pages[n].lines.map((l) => l.text).join('');
    expect(texts(0)).toContain('（见附件）');
    expect(texts(0)).toContain('承办人');
    expect(pages[1].lines[0].text).toBe('附件');
    expect(texts(1)).toContain('议题清单');
  });
});
