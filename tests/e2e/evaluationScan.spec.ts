import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { printedHtml } from '../support/meetingUi';
import { generateScans } from '../support/scan/generateScans';
import { printedForm } from '../support/scan/printedForm';
import { scanStackPdf } from '../support/scan/scanStack';
import { createAdmin, loadSampleData, signIn } from '../support/ui';

// Issue 19 item 5: blank forms printed by the app, filled by hand-like marks and "scanned" by the
// generator, read back in the app, the doubtful boxes settled by keyboard, saved as returns.

/** The n (people who rated) of every unit × content cell of the results matrix, this quarter. */
async function matrixCounts(page: Page): Promise<number> {
  await page.goto('/#/evaluation/results');
  const table = page.getByRole('table', { name: '满意度矩阵' });
  await expect(table.getByText(/\(\d+/).first()).toBeVisible({ timeout: 30_000 });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(2).map((td) => td.textContent ?? '')));
  return rows.flat().reduce((sum, cell) => sum + Number(/\((\d+)/.exec(cell)?.[1] ?? 0), 0);
}

async function openSalon(page: Page) {
  await page.goto('/#/evaluation/questionnaires');
  await page.getByRole('cell', { name: /高端人才沙龙/ }).click();
  await expect(page.getByRole('button', { name: '扫描录入' })).toBeVisible();
}

/** An image on screen with its pixels loaded (not a broken or empty picture). */
async function expectShown(image: Locator) {
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(100);
}

/** Opens a return of the questionnaire on screen by its 份号. */
async function viewReturn(page: Page, copy: string, button: string) {
  await page.getByRole('textbox', { name: /^(份号|Copy no\.)$/ }).fill(copy);
  await page.getByRole('button', { name: button }).click();
}

/** Settles one problem by keyboard: clear, pick the first choice (or keep the page missing), confirm. */
async function settleOne(page: Page) {
  const panel = page.getByRole('dialog').locator('[tabindex="0"][aria-label]');
  await panel.focus();
  await page.keyboard.press('0');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
}

/** Problems left to settle, as the batch's summary line says (in either language). */
const openCount = async (page: Page) => {
  const summary = (await page.getByText(/^(本批|This batch)/).textContent()) ?? '';
  return Number(/待核对(\d+)处|to review: (\d+)/.exec(summary)?.slice(1).find(Boolean) ?? -1);
};

test('reads ten scanned copies into returns: doubtful boxes settled by keyboard, kept over a reload, counted', async ({
  page,
}, testInfo) => {
  test.setTimeout(900_000);
  await createAdmin(page);
  await loadSampleData(page, 180_000);
  const before = await matrixCounts(page);

  // 打印空白问卷: ten numbered copies of the salon questionnaire, through the app's print path.
  await openSalon(page);
  await expect(page.getByText(/已录入30份/)).toBeVisible();
  await page.getByRole('button', { name: '打印空白问卷' }).click();
  await page.getByRole('dialog').getByLabel('份数').fill('10');
  await page.getByRole('button', { name: '编号并打印' }).click();
  await expect(page.getByText('已编号第41至50份（第1版）')).toBeVisible();
  const form = printedForm(await printedHtml(page));
  expect(form.copies).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

  // Filled by hand-like marks, every question answered, scanned and bound into one PDF.
  const dir = testInfo.outputPath('scans');
  mkdirSync(dir, { recursive: true });
  const drawing = await page.context().newPage();
  const scans = await generateScans(drawing, form, {
    copies: form.copies,
    seed: 1905,
    dpis: [200],
    isEveryQuestionAnswered: true,
  });
  // A sheet with nothing printed on it, scanned in by mistake.
  await drawing.setViewportSize({ width: 1240, height: 1754 });
  const blank = path.join(dir, 'blank.png');
  await drawing.screenshot({ path: blank });
  await drawing.close();
  const pdf = scanStackPdf(scans, dir);

  // 扫描录入: pick the PDF, read it in the worker.
  await page.getByRole('button', { name: '扫描录入' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type="file"]').setInputFiles(pdf);
  await dialog.getByRole('button', { name: '开始读取' }).click();
  const copies = (n: number) => new RegExp(`本批1个文件，${scans.length}页，${n}份问卷`);
  await expect(dialog.getByText(copies(10))).toBeVisible({ timeout: 300_000 });
  await page.screenshot({ path: testInfo.outputPath('review-zh.png'), fullPage: true });

  // The first problem settled, then the window reloaded: the batch and the decision are still there.
  const open = await openCount(page);
  if (open > 0) {
    await settleOne(page);
    await expect.poll(() => openCount(page)).toBe(open - 1);
    await page.reload();
    await signIn(page);
    await openSalon(page);
    await page.getByRole('button', { name: '扫描录入' }).click();
    await expect(dialog.getByText(copies(10))).toBeVisible({ timeout: 60_000 });
    expect(await openCount(page)).toBe(open - 1);
  }
  // Every other problem, by keyboard alone.
  for (let left = await openCount(page); left > 0; left = await openCount(page)) {
    await settleOne(page);
    await expect.poll(() => openCount(page)).toBe(left - 1);
  }
  await expect(dialog.getByText('没有待核对的地方了')).toBeVisible();
  await dialog.getByRole('button', { name: '保存已核对的10份' }).click();
  await expect(page.getByText('已保存10份回收问卷')).toBeVisible();
  await expect(dialog.getByText('已保存', { exact: true })).toHaveCount(10);
  // 手写作答: the review shows a copy's handwriting as the image of its area, under its question.
  await dialog
    .getByRole('row', { name: /第41份/ })
    .getByRole('button', { name: '查看' })
    .click();
  const written = dialog.getByLabel('手写作答（第41份）');
  await expect(written.getByText('您对我市人才工作的意见建议')).toBeVisible();
  await expectShown(written.getByRole('img', { name: /^手写作答扫描图像：/ }));
  await page.screenshot({ path: testInfo.outputPath('handwriting-zh.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await expect(page.getByText(/已录入40份/)).toBeVisible();
  // The saved return, looked up by its 份号, keeps that image for the office to read.
  await viewReturn(page, '41', '查看回收问卷');
  await expect(page.getByRole('dialog', { name: '回收问卷 第41份（第1版）' }).getByText('扫描录入')).toBeVisible();
  await expectShown(page.getByRole('dialog').getByRole('img', { name: /^手写作答扫描图像（第\d页）/ }));
  await page.screenshot({ path: testInfo.outputPath('return-zh.png'), fullPage: true });
  await page.keyboard.press('Escape');

  // The results count exactly those returns: 10 copies × (9 matrix cells + 1 rated item).
  expect(await matrixCounts(page)).toBe(before + 100);

  // The stack again in English, one page lost and a blank sheet added: the missing page and the
  // unknown page are put to the reviewer, and every 份号, entered already, is refused with that reason.
  const short = scanStackPdf(
    scans.filter((p) => !(p.copyNumber === 50 && p.pageNo === 2)),
    dir,
    'short.pdf',
  );
  await page.getByText('English').first().click();
  await page.goto('/#/evaluation/questionnaires');
  await page.getByRole('cell', { name: /高端人才沙龙/ }).click();
  await page.getByRole('button', { name: 'Import scans' }).click();
  await dialog.getByRole('button', { name: 'Scan another batch' }).click();
  await dialog.getByRole('button', { name: 'Discard', exact: true }).click();
  await dialog.locator('input[type="file"]').setInputFiles([short, blank]);
  await dialog.getByRole('button', { name: 'Read', exact: true }).click();
  const inEnglish = `This batch — files: 2, pages: ${scans.length}, copies: 10`;
  await expect(dialog.getByText(inEnglish, { exact: false })).toBeVisible({ timeout: 300_000 });
  await expect(dialog.getByText('No QR code found')).toBeVisible();
  await expect(dialog.getByText('blank.png page 1')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('review-en.png'), fullPage: true });
  // The last problem of the batch (↑ from the first) is the lost page; Enter saves the copy without it.
  await dialog.locator('[tabindex="0"][aria-label]').focus();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('heading', { name: 'Copy 50 is missing page 2' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('missing-en.png'), fullPage: true });
  for (let left = await openCount(page); left > 0; left = await openCount(page)) {
    await settleOne(page);
    await expect.poll(() => openCount(page)).toBe(left - 1);
  }
  await dialog.getByRole('button', { name: 'Save 10 reviewed copies' }).click();
  await expect(dialog.getByText('copy 41 is already entered')).toBeVisible();
  await expect(dialog.getByText('Not saved', { exact: true })).toHaveCount(10);
  await page.screenshot({ path: testInfo.outputPath('refused-en.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await viewReturn(page, '41', 'View a return');
  await expect(page.getByRole('dialog', { name: 'Return, copy 41 (version 1)' })).toBeVisible();
  await expectShown(page.getByRole('dialog').getByRole('img', { name: /^Handwriting as scanned \(page \d\)/ }));
  await page.screenshot({ path: testInfo.outputPath('return-en.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await page.getByText('中文').first().click();
  expect(await matrixCounts(page)).toBe(before + 100);
});
