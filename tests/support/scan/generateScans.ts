import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PaperFormLayout } from '../../../shared/systems/evaluation/paperForm/layoutModel';
import type { GreyImage } from '../../../shared/systems/evaluation/paperForm/read/greyImage';
import { renderPaperFormHtml } from '../../../shared/systems/evaluation/paperForm/renderPaperFormHtml';
import { drawScan, type Damage, type DrawInput, type DrawOutput } from './drawScan';
import { planCopy, type FillableForm, type MarkStyle, type Truth } from './planMarks';
import type { PrintedForm } from './printedForm';
import { rng, type Rng } from './random';

/** One scanned page the generator made, with what the respondent meant. */
export interface ScanPage {
  copyNumber: number;
  pageNo: number;
  dpi: number;
  damage: Damage;
  bytes: Buffer;
  mime: string;
  truth: Truth;
  styles: Record<string, MarkStyle>;
  grey?: GreyImage;
}

export interface GenerateOptions {
  copies: number[];
  seed: number;
  dpis?: number[];
  /** Decode each page back to grey pixels in the browser (for reading in Node). */
  wantGrey?: boolean;
  /** Damage as a scanner does (default); false: clean pages, only the marks. */
  isDamaged?: boolean;
  /**
   * Draw nothing: replay the same random draws and return what each page was meant to hold (truth,
   * marks, resolution, damage) with no image. For a kept set whose record was lost.
   */
  isDryRun?: boolean;
  /** Only these page numbers of each copy (default: all). */
  pages?: number[];
  /** Fixed damage on top of the random draw (e.g. a sheet fed upside down: angleDeg 180). */
  damage?: Partial<Damage>;
  /** Every question gets an answer (none skipped), so a count of returns is known exactly. */
  isEveryQuestionAnswered?: boolean;
}

/** Damage within what issue 19 asks to read: ±5°, a little scale and shear, blur, noise, JPEG. */
export function randomDamage(r: Rng, dpi: number): Damage {
  const ppm = dpi / 25.4;
  return {
    angleDeg: r.between(-5, 5),
    scale: r.between(0.985, 1.015),
    shiftX: r.between(-3, 3) * ppm,
    shiftY: r.between(-3, 3) * ppm,
    shearDeg: r.between(-0.4, 0.4),
    blurPx: r.between(0, 1),
    noise: r.between(2, 10),
    paper: r.between(225, 252),
    // Scanners mostly write JPEG; a noisy lossless PNG of a 300 dpi page is some 10 MB, so PNG at 150 dpi only.
    jpegQuality: dpi <= 150 && r.chance(0.3) ? null : r.between(0.5, 0.92),
    isColour: r.chance(0.3),
  };
}

const CLEAN: Damage = {
  angleDeg: 0,
  scale: 1,
  shiftX: 0,
  shiftY: 0,
  shearDeg: 0,
  blurPx: 0,
  noise: 0,
  paper: 255,
  jpegQuality: null,
  isColour: false,
};

/**
 * Prints the copies through the app's PDF path (the print HTML in Chromium's page.pdf), rasterises
 * them as a scanner would (pdftoppm, greyscale), then fills and damages each page in the browser.
 * A layout is printed here; a PrintedForm is the HTML the app itself printed (o.copies in its order).
 */
export async function generateScans(
  page: Page,
  layout: PaperFormLayout | PrintedForm,
  o: GenerateOptions,
): Promise<ScanPage[]> {
  const form: FillableForm = layout;
  const r = rng(o.seed);
  const dir = mkdtempSync(join(tmpdir(), 'tow-scan-'));
  try {
    const pdf = join(dir, 'forms.pdf');
    if (!o.isDryRun) {
      await page.setContent('html' in layout ? layout.html : renderPaperFormHtml(layout, o.copies));
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      await page.goto('about:blank');
    }
    // 200 dpi is what offices mostly scan at.
    const dpis = o.dpis ?? [150, 200, 200, 300];
    const perCopy = o.copies.map(() => r.pick(dpis));
    const pagesPerCopy = form.pages.length;
    const out: ScanPage[] = [];
    for (const [c, copyNumber] of o.copies.entries()) {
      const dpi = perCopy[c];
      const plan = planCopy(form, copyNumber, r, o.isEveryQuestionAnswered ? 0 : 0.04);
      const first = c * pagesPerCopy + 1;
      const prefix = join(dir, `c${c}`);
      if (!o.isDryRun)
        execFileSync('pdftoppm', [
          '-r',
          String(dpi),
          '-gray',
          '-png',
          '-f',
          String(first),
          '-l',
          String(first + pagesPerCopy - 1),
          pdf,
          prefix,
        ]);
      const ppm = dpi / 25.4;
      for (const lp of form.pages.filter((p) => !o.pages || o.pages.includes(p.pageNo))) {
        // pdftoppm pads page numbers to the digits of the PDF's page count.
        const digits = String(o.copies.length * pagesPerCopy).length;
        const file = `${prefix}-${String(first + lp.pageNo - 1).padStart(digits, '0')}.png`;
        const ids = new Set(lp.boxes.map((b) => b.id));
        const marks = plan.marks.filter((m) => ids.has(m.boxId));
        const boxAt = new Map(lp.boxes.map((b) => [b.id, b]));
        const damage = { ...(o.isDamaged === false ? CLEAN : randomDamage(r, dpi)), ...o.damage };
        const drawSeed = r.int(1, 2 ** 31);
        const truth = Object.fromEntries(lp.boxes.map((b) => [b.id, plan.truth[b.id]]));
        const styles = Object.fromEntries(marks.map((m) => [m.boxId, m.style]));
        if (o.isDryRun) {
          const mime = damage.jpegQuality === null ? 'image/png' : 'image/jpeg';
          out.push({ copyNumber, pageNo: lp.pageNo, dpi, damage, bytes: Buffer.alloc(0), mime, truth, styles });
          continue;
        }
        const input: DrawInput = {
          pngBase64: readFileSync(file).toString('base64'),
          dpi,
          marks: marks.map((m) => {
            const b = boxAt.get(m.boxId)!;
            return { x: b.x * ppm, y: b.y * ppm, size: b.size * ppm, style: m.style };
          }),
          textAreas: lp.textAreas.map((a) => ({ x: a.x * ppm, y: a.y * ppm, w: a.w * ppm, h: a.h * ppm })),
          seed: drawSeed,
          damage,
          wantGrey: !!o.wantGrey,
        };
        const drawn: DrawOutput = await page.evaluate(drawScan, input);
        const grey = drawn.greyBase64
          ? { width: drawn.width, height: drawn.height, data: new Uint8Array(Buffer.from(drawn.greyBase64, 'base64')) }
          : undefined;
        out.push({
          copyNumber,
          pageNo: lp.pageNo,
          dpi,
          damage,
          bytes: Buffer.from(drawn.bytesBase64, 'base64'),
          mime: drawn.mime,
          truth,
          styles,
          grey,
        });
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
