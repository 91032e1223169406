import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutPaperForm } from '../../../../shared/systems/evaluation/paperForm/layoutForm';
import { cropGrey } from '../../../../shared/systems/evaluation/paperForm/read/greyImage';
import { findPageCode, readPage } from '../../../../shared/systems/evaluation/paperForm/read/readPage';
import { generateScans } from '../../../../tests/support/scan/generateScans';
import { SAMPLE_FORM } from '../../../../tests/support/scan/sampleForm';
import { emptyScore, scorePage } from '../../../../tests/support/scan/score';
import { decodeQr, loadZxing } from './qrDecoder';

/** Real forms printed by Chromium, rasterised by pdftoppm, marked by hand-like strokes, damaged, read back. */

const layout = layoutPaperForm(SAMPLE_FORM);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const wasm = readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
  loadZxing({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  page = await browser.newPage();
}, 120_000);
afterAll(async () => browser?.close());

async function readAll(pages: Awaited<ReturnType<typeof generateScans>>) {
  const score = emptyScore();
  const codes: string[] = [];
  for (const p of pages) {
    const reading = await readPage(p.grey!, decodeQr, () => layout);
    expect(reading.status).toBe('read');
    codes.push(`${reading.code?.copyNumber}/${reading.code?.pageNo}`);
    scorePage(score, p.truth, reading.boxes, p.styles);
  }
  return { score, codes };
}

describe('reading generated scans', () => {
  it(
    'reads every page of two damaged copies by its code, and no box wrong without doubt',
    { timeout: 300_000 },
    async () => {
      const pages = await generateScans(page, layout, { copies: [7, 8], seed: 19, dpis: [150, 200], wantGrey: true });
      const { score, codes } = await readAll(pages);
      expect(codes).toEqual(['7/1', '7/2', '7/3', '8/1', '8/2', '8/3']);
      expect(score.misses).toEqual([]);
      expect(score.right + score.doubtful).toBe(score.boxes);
      expect(score.doubtful / score.boxes).toBeLessThan(0.05);
    },
  );

  it('reads a sheet fed upside down and 4° askew at 300 dpi', { timeout: 300_000 }, async () => {
    const pages = await generateScans(page, layout, {
      copies: [3],
      seed: 5,
      dpis: [300],
      pages: [1],
      wantGrey: true,
      damage: { angleDeg: 184 },
    });
    const { score, codes } = await readAll(pages);
    expect(codes).toEqual(['3/1']);
    expect(score.wrong).toBe(0);
  });

  it(
    'calls a page printed from another layout unknown, and a page without a code unreadable',
    { timeout: 120_000 },
    async () => {
      const [first] = await generateScans(page, layout, {
        copies: [1],
        seed: 2,
        dpis: [150],
        pages: [2],
        wantGrey: true,
        isDamaged: false,
      });
      const edited = layoutPaperForm({ ...SAMPLE_FORM, sections: SAMPLE_FORM.sections.slice(1) });
      expect((await readPage(first.grey!, decodeQr, () => edited)).status).toBe('unknown-form');
      const blank = { width: 1240, height: 1754, data: new Uint8Array(1240 * 1754).fill(245) };
      expect((await readPage(blank, decodeQr, () => layout)).status).toBe('no-code');
    },
  );

  it(
    'reads a page cut off above its code and through two corner marks: found by its code, every box put to a person',
    { timeout: 300_000 },
    async () => {
      const [clean] = await generateScans(page, layout, {
        copies: [4],
        seed: 11,
        dpis: [150],
        pages: [1],
        wantGrey: true,
        isDamaged: false,
      });
      const img = clean.grey!;
      const qrTop = Math.min(...(await findPageCode(img, decodeQr))!.hit.corners.map((p) => p.y));
      // Fed high: no white above the code. Fed off-centre: the left-hand corner marks (11–17 mm) cut off.
      const left = Math.round((15 * 150) / 25.4);
      const cut = cropGrey(img, left, Math.floor(qrTop), img.width - left, img.height);
      const reading = await readPage(cut, decodeQr, () => layout);
      expect(reading.status).toBe('read');
      expect(`${reading.code?.copyNumber}/${reading.code?.pageNo}`).toBe('4/1');
      expect(reading.boxes.length).toBeGreaterThan(0);
      expect(reading.boxes.every((b) => b.state === 'doubtful')).toBe(true);
    },
  );
});
