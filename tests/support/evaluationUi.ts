import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, type Browser, type Page } from '@playwright/test';

/** Where the walk keeps what a person should look at: blank forms as PNG pages, screenshots. */
export const LOOK_DIR = 'test-results/evaluation';

/**
 * The blank forms the app just sent to print, printed to PDF by Chromium as the app's own PDF path
 * does (Electron's printToPDF of the same HTML), then turned into PNG pages (poppler's pdftoppm) under
 * `LOOK_DIR/<name>-N.png` for a person to open. Returns the PDF's text (pdftotext -layout) and its page count.
 */
export async function blankFormPages(page: Page, browser: Browser, name: string) {
  const frame = page.locator('iframe[data-workbench-print]');
  await expect(frame).toHaveCount(1);
  const html = (await frame.getAttribute('srcdoc')) ?? '';
  const paper = await browser.newPage();
  await paper.setContent(html, { waitUntil: 'load' });
  const pdf = await paper.pdf({ preferCSSPageSize: true, printBackground: true });
  await paper.close();
  mkdirSync(LOOK_DIR, { recursive: true });
  for (const old of readdirSync(LOOK_DIR)) if (old.startsWith(`${name}-`)) rmSync(path.join(LOOK_DIR, old));
  const pdfPath = path.join(LOOK_DIR, `${name}.pdf`);
  writeFileSync(pdfPath, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(LOOK_DIR, name)]);
  const pages = readdirSync(LOOK_DIR).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length;
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  return { pages, text };
}

/**
 * Fills the .xlsx template the app wrote: one row per copy, 份号 and 回收日期 given, and each
 * numbered column ("3. …") answered by `answer(no)` (the box's digit, or '' to leave it blank).
 */
export async function fillReturnTemplate(
  template: string,
  rows: { copy: number; on: string; opinion?: string; answer: (no: number) => string }[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  for (const r of rows)
    sheet.addRow(
      headers.map((h) => {
        if (h === '份号') return r.copy;
        if (h === '回收日期') return r.on;
        if (h === '意见建议') return r.opinion ?? '';
        const no = /^(\d+)\./.exec(h);
        return no ? r.answer(Number(no[1])) : '';
      }),
    );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Picks a file through the browser's chooser that `button` opens. */
export async function pickFile(page: Page, button: string, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

/** A screenshot of the page content under `LOOK_DIR/screens` for a person to look at. */
export async function look(page: Page, name: string): Promise<void> {
  mkdirSync(`${LOOK_DIR}/screens`, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${LOOK_DIR}/screens/${name}.png`, fullPage: true });
}
