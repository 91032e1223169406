import ExcelJS from 'exceljs';
import { type Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { ADMIN, createAdmin, loadSampleData, openNav } from '../support/ui';

const shot = (name: string) => ({ path: `test-results/screens/ledgers-${name}.png`, fullPage: true, timeout: 60_000 });
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

async function choose(page: Page, filter: string, option: string) {
  await page.getByRole('combobox', { name: filter }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the register names each document by 文种, unit and matter, and filters by 文种 and words', async ({ page }) => {
  test.setTimeout(180_000);
  await createAdmin(page);
  await loadSampleData(page);
  await openNav(page, '公文');
  const register = page.getByRole('table', { name: '发文登记' });
  await expect(register.getByRole('cell', { name: /^呈批单 — / }).first()).toBeVisible();

  await choose(page, '按文种筛选', '督办通知单');
  await page.getByRole('textbox', { name: '在发文登记中查找' }).fill('人才驿站');
  const rows = register.locator('tbody tr');
  await expect(rows.first()).toContainText(/督办通知单 — .+ — .*人才驿站/);
  // Every row, once the list has caught up with the filter (a snapshot of the rows could be taken mid-update).
  await expect(rows.filter({ hasNotText: /督办通知单 — .+ — .*人才驿站/ })).toHaveCount(0);
  await page.screenshot(shot('register-zh'));

  await page.getByRole('textbox', { name: '在发文登记中查找' }).fill('不存在的事项');
  await expect(rows.filter({ hasText: '督办通知单' })).toHaveCount(0);

  await page.getByText('English').first().click();
  await page.getByRole('textbox', { name: 'Find in the register' }).fill('人才驿站');
  await expect(page.getByRole('table', { name: 'Document register' }).locator('tbody tr').first()).toContainText(
    /Supervision notice slip — .+ — .*人才驿站/,
  );
  await page.screenshot(shot('register-en'));
});

test('the audit log names people and records in words, filters by system and action, and exports them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createAdmin(page);
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '新建单位' }).click();
  await page.getByRole('dialog').getByLabel(/^名称/).fill('海城市财政局');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await openNav(page, '操作日志');
  const log = page.getByRole('table', { name: '操作日志' });
  const created = log.getByRole('row').filter({ hasText: '海城市财政局' });
  await expect(created).toContainText(ADMIN.displayName);
  await expect(created).toContainText('新建');
  for (const cell of await log.getByTestId('audit-record').all()) await expect(cell).not.toHaveText(UUID);

  await choose(page, '按系统筛选', '单位与人员');
  await choose(page, '按操作筛选', '新建');
  await expect(log.locator('tbody tr')).toHaveCount(1);
  await expect(log.locator('tbody tr')).toContainText('海城市财政局');
  await page.screenshot(shot('audit-zh'));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^操作日志（\d{4}-\d{2}-\d{2}）\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheetRows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
  expect(sheetRows[0]).toEqual(expect.arrayContaining(['时间', '操作人', '系统', '操作', '记录']));
  expect(sheetRows).toHaveLength(2);
  expect(sheetRows[1]).toEqual(expect.arrayContaining([ADMIN.displayName, '单位与人员', '新建', '海城市财政局']));
  expect(JSON.stringify(sheetRows)).not.toMatch(UUID);

  await page.getByText('English').first().click();
  await expect(page.getByRole('table', { name: 'Audit log' }).locator('tbody tr')).toContainText('海城市财政局');
  await page.screenshot(shot('audit-en'));
});
