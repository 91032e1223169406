import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';

const SHOTS = process.env.SHOTS_DIR;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function pickSheet(page: Page, pickLabel: string, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: pickLabel }).click();
  await (await chooser).setFiles({ name, mimeType: XLSX, buffer });
}

/** A sheet with a blank row 4: rows after it keep Excel's numbers. */
async function namesSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('单位');
  sheet.getRow(1).values = ['类别', '名称', '所属镇街', '曾用名'];
  sheet.getRow(2).values = ['镇（街道）', '牛庄镇'];
  sheet.getRow(3).values = ['镇（街道）', '甘泉镇'];
  sheet.getRow(5).values = ['村（社区）', '东关村', '牛庄镇'];
  sheet.getRow(6).values = ['村（社区）', '东关村', '甘泉镇'];
  sheet.getRow(7).values = ['村（社区）', '东关村', '牛庄镇'];
  sheet.getRow(8).values = ['镇（街道）', '东城新区', '', '东城街道'];
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('villages of one name under two towns; the template, Excel row numbers, a duplicate row and a rename', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '从表格导入' }).click();

  // The template: the importer's headers and one example of each kind, which import as they are.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载导入模板（.xlsx）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('单位导入模板.xlsx');
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await file.path());
  const rows = (template.worksheets[0].getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
  expect(rows[0]).toEqual(['类别', '名称', '简称', '党组织名称', '所属镇街', '联系人', '联系电话', '排序', '曾用名']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(['成员单位', '镇（街道）', '开发区', '村（社区）']);
  await pickSheet(page, '选择文件', '单位导入模板.xlsx', Buffer.from(await template.xlsx.writeBuffer()));
  await expect(page.getByText('“单位导入模板.xlsx”：4 行可以导入，0 行有误。')).toBeVisible();
  await page.getByRole('button', { name: '导入 4 行' }).click();
  await page.getByRole('button', { name: '关闭' }).click();

  // A blank row 4, a repeated 东关村 under 牛庄镇 on row 7, and 东城街道 renamed by its 曾用名.
  await page.getByRole('button', { name: '从表格导入' }).click();
  await pickSheet(page, '选择文件', '镇村.xlsx', await namesSheet());
  await expect(page.getByText('“镇村.xlsx”：5 行可以导入，1 行有误。')).toBeVisible();
  const bad = page.getByRole('table', { name: '有误的行（不会导入）' });
  await expect(bad.getByRole('row', { name: /^7 名称 东关村 与第 5 行重复$/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: '更名：“东城街道”改为“东城新区”（原名记为曾用名）' })).toBeVisible();
  if (SHOTS) await page.getByRole('dialog').screenshot({ path: `${SHOTS}/import-zh.png` });
  await page.getByRole('button', { name: '导入 5 行' }).click();
  await expect(page.getByText('已导入 5 个单位。')).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('cell', { name: /^东城新区\s*曾用名：东城街道$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /东关村 村（社区） 甘泉镇/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /东关村 村（社区） 牛庄镇/ })).toBeVisible();

  // The form refuses a second 东关村 under 牛庄镇 and says why.
  await page.getByRole('button', { name: '新建单位' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '类别' }).click();
  await page.getByRole('option', { name: '村（社区）' }).click();
  await dialog.getByLabel(/^名称/).fill('东关村');
  await dialog.getByRole('combobox', { name: /^所属镇（街道）/ }).click();
  await page.getByRole('option', { name: '牛庄镇' }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(
    dialog.getByText('牛庄镇已有村（社区）“东关村”：同一镇（街道）内名称不能重复（其他镇街可以同名）。'),
  ).toBeVisible();
  if (SHOTS) await dialog.screenshot({ path: `${SHOTS}/form-zh.png` });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('row', { name: /东关村 村（社区）/ })).toHaveCount(3);

  // The same in English.
  await page.getByText('English').first().click();
  await page.getByRole('button', { name: 'Import from sheet' }).click();
  await pickSheet(page, 'Choose file', '镇村.xlsx', await namesSheet());
  const badEn = page.getByRole('table', { name: /not imported/i });
  await expect(badEn.getByRole('row', { name: /^7 Name 东关村 Duplicate of row 5$/ })).toBeVisible();
  await expect(badEn.getByRole('row', { name: /^5 Name 东关村 Already in the registry/ })).toBeVisible();
  if (SHOTS) await page.getByRole('dialog').screenshot({ path: `${SHOTS}/import-en.png` });
});
