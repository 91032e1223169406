// npm run bench, issue 19: a stack of generated scans (forms printed through the app's PDF path,
// rasterised by pdftoppm, marked and damaged by tests/support/scan) for the app's scan reader.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { layoutPaperForm } from '../shared/systems/evaluation/paperForm/layoutForm';
import { generateScans } from '../tests/support/scan/generateScans';
import type { MarkStyle, Truth } from '../tests/support/scan/planMarks';
import { SAMPLE_FORM } from '../tests/support/scan/sampleForm';

export interface ScanSet {
  key: string;
  /** Paths relative to the set's folder, in the order the office would open them. */
  files: string[];
  /** `${file}#${index}` → `${copy}/${page}` printed on it */
  expected: Record<string, string>;
  truth: Record<string, Truth>;
  styles: Record<string, Record<string, MarkStyle>>;
  pages: number;
  dpis: Record<string, number>;
  batchesDone: number;
}

/** What the reader said of one page (kept small: it crosses from the page to Node). */
export interface PageRead {
  file: string;
  index: number;
  status: string;
  code: string | null;
  boxes: [string, 'ticked' | 'empty' | 'doubtful'][];
}

const BATCH = 10;
const pageFileName = (p: { copyNumber: number; pageNo: number; mime: string }) =>
  `c${String(p.copyNumber).padStart(4, '0')}-p${p.pageNo}.${p.mime === 'image/png' ? 'png' : 'jpg'}`;
const pdfName = (numbers: number[]) => `copies-${numbers[0]}-${numbers[numbers.length - 1]}.pdf`;

/**
 * Generates `copies` copies (3 pages each) once and keeps them in `dir`: the first ten copies as
 * one multi-page PDF made by img2pdf from JPEGs (as a scanner's PDF holds them), the rest as JPEG
 * or PNG files, one per page.
 */
export async function prepareScanSet(page: Page, dir: string, copies: number, seed: number, log: (m: string) => void) {
  const layout = layoutPaperForm(SAMPLE_FORM);
  const key = `${layout.fingerprint}-${copies}-${seed}-v1`;
  const manifest = path.join(dir, 'manifest.json');
  // Generating takes minutes: the manifest is written after each batch, and a run goes on from it.
  const kept = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as ScanSet) : null;
  if (kept?.key === key && kept.batchesDone >= Math.ceil(copies / BATCH)) return { set: kept, layout };
  if (kept && kept.key !== key) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const set: ScanSet =
    kept?.key === key
      ? kept
      : { key, files: [], expected: {}, truth: {}, styles: {}, pages: 0, dpis: {}, batchesDone: 0 };
  for (let first = 1 + set.batchesDone * BATCH; first <= copies; first += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, copies - first + 1) }, (_, i) => first + i);
    const isPdf = first === 1;
    const t0 = Date.now();
    const options = {
      copies: numbers,
      seed: seed + first,
      ...(isPdf ? { damage: { jpegQuality: 0.8, isColour: false } } : {}),
    };
    // A batch whose files are all there (a run stopped before its record was written) is replayed
    // without drawing: the same seed draws the same truth.
    const dry = await generateScans(page, layout, { ...options, isDryRun: true });
    const names = dry.map(pageFileName);
    const isKept = isPdf
      ? existsSync(path.join(dir, pdfName(numbers)))
      : names.every((f) => existsSync(path.join(dir, f)));
    const pages = isKept ? dry : await generateScans(page, layout, options);
    const pdfParts: string[] = [];
    for (const p of pages) {
      const name = pageFileName(p);
      if (!isKept) writeFileSync(path.join(dir, name), p.bytes);
      const code = `${p.copyNumber}/${p.pageNo}`;
      set.truth[code] = p.truth;
      set.styles[code] = p.styles;
      set.dpis[code] = p.dpi;
      if (isPdf) pdfParts.push(name);
      else {
        set.files.push(name);
        set.expected[`${name}#0`] = code;
      }
      set.pages++;
    }
    if (isPdf) {
      const pdf = pdfName(numbers);
      if (!isKept)
        execFileSync('img2pdf', [
          '--pagesize',
          'A4',
          '-o',
          path.join(dir, pdf),
          ...pdfParts.map((f) => path.join(dir, f)),
        ]);
      pdfParts.forEach((f, i) => {
        set.expected[`${pdf}#${i}`] = `${pages[i].copyNumber}/${pages[i].pageNo}`;
        rmSync(path.join(dir, f), { force: true });
      });
      set.files.unshift(pdf);
    }
    set.batchesDone++;
    writeFileSync(manifest, JSON.stringify(set));
    const seconds = ((Date.now() - t0) / 1000).toFixed(0);
    log(
      `scan set: copies ${numbers[0]}–${numbers[numbers.length - 1]} ${isKept ? 'kept' : 'generated'} in ${seconds} s`,
    );
  }
  return { set, layout };
}

/** Box accuracy against what the respondents meant; pages found by the wrong code count as lost. */
export function scoreScanSet(set: ScanSet, reads: PageRead[]) {
  let boxes = 0;
  let right = 0;
  let doubtful = 0;
  let wrong = 0;
  let pagesIdentified = 0;
  const misses: string[] = [];
  /** Pages not read or read as another page: file, page and what the reader said. */
  const lost: string[] = [];
  for (const r of reads) {
    const expected = set.expected[`${r.file}#${r.index}`];
    if (r.status === 'read' && r.code === expected) pagesIdentified++;
    const truth = set.truth[expected];
    if (r.status !== 'read' || r.code !== expected) {
      lost.push(`${r.file}#${r.index} (${expected}): ${r.status} ${r.code ?? ''}`);
      boxes += Object.keys(truth ?? {}).length;
      continue;
    }
    for (const [id, state] of r.boxes) {
      boxes++;
      if (state === 'doubtful') doubtful++;
      else if (state === truth[id]) right++;
      else {
        wrong++;
        misses.push(`${expected} ${id}: meant ${truth[id]} (${set.styles[expected][id] ?? 'no mark'}), read ${state}`);
      }
    }
  }
  return { boxes, right, doubtful, wrong, pagesIdentified, misses, lost };
}
