import ExcelJS from 'exceljs';
import { test, expect } from '../support/fixtures';
import { createAdmin, openNav, signIn } from '../support/ui';

test('a unit created in the registry is still there after a reload', async ({ page }) => {
  await createAdmin(page);
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '新建单位' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^名称/).fill('海城市科学技术局');
  await dialog.getByLabel('简称').fill('科技局');
  await dialog.getByLabel('联系人').fill('刘洋');
  await dialog.getByLabel('联系电话').fill('0412-3336666');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('cell', { name: '海城市科学技术局' })).toBeVisible();

  await page.reload();
  await signIn(page);
  await openNav(page, '单位与人员');
  await expect(page.getByRole('cell', { name: '海城市科学技术局' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '刘洋' })).toBeVisible();
});

test('a village needs its town: the form says so and saves nothing', async ({ page }) => {
  await createAdmin(page);
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '新建单位' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '类别' }).click();
  await page.getByRole('option', { name: '村（社区）' }).click();
  await dialog.getByLabel(/^名称/).fill('东关村');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('村（社区）须填写所属镇（街道）')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('暂无记录')).toBeVisible();
});

test('importing a sheet with one bad row lists that row with its reason and imports the good rows', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '单位与人员');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('单位');
  sheet.addRow(['类别', '名称', '简称', '所属镇街', '联系人', '联系电话']);
  sheet.addRow(['镇（街道）', '牛庄镇', '牛庄', '', '赵强', '0412-3000001']);
  sheet.addRow(['村（社区）', '东关村', '', '牛庄镇', '钱丽', '13900000001']);
  sheet.addRow(['成员单位', '海城市教育局', '教育局', '', '孙伟', '电话待补']);
  sheet.addRow(['开发区', '海城经济开发区', '经开区', '', '周敏', '0412-3000003']);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByRole('button', { name: '从表格导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '单位名录.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });

  await expect(page.getByText('“单位名录.xlsx”：3 行可以导入，1 行有误。')).toBeVisible();
  const badRows = page.getByRole('table', { name: '有误的行（不会导入）' });
  await expect(badRows.getByRole('row', { name: /4.*联系电话.*电话待补.*电话号码只能包含/ })).toBeVisible();
  await page.getByRole('button', { name: '导入 3 行' }).click();
  await expect(page.getByText('已导入 3 个单位。')).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).click();

  await expect(page.getByRole('cell', { name: '牛庄镇' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '东关村' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '海城经济开发区' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '海城市教育局' })).toHaveCount(0);
});

test('the registry exports to an Excel file that holds the units', async ({ page }) => {
  await createAdmin(page);
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '新建单位' }).click();
  await page.getByRole('dialog').getByLabel(/^名称/).fill('海城市财政局');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('单位名录.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
  expect(rows[0]).toContain('名称');
  expect(rows[1]).toContain('海城市财政局');
});

test('people import from a CSV sheet: contacts join their unit by name, a bad row is listed with its reason', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '新建单位' }).click();
  await page.getByRole('dialog').getByLabel(/^名称/).fill('海城市教育局');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await page.getByRole('tab', { name: '人员' }).click();

  const csv =
    '\uFEFF人员类别,姓名,所在单位,电话,人才类别,所在领域\n单位联络人,孙伟,海城市教育局,13900000000,,\n人才（服务对象）,周敏,,,省优秀专家,医院\n单位联络人,钱丽,不存在的单位,,,\n';
  await page.getByRole('button', { name: '从表格导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles({ name: '人员.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText('“人员.csv”：2 行可以导入，1 行有误。')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: '有误的行（不会导入）' })
      .getByRole('row', { name: /4.*所在单位.*不存在的单位.*找不到该单位/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByText('已导入 2 名人员。')).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('row', { name: /孙伟.*单位联络人.*海城市教育局/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /周敏.*省优秀专家（医院）/ })).toBeVisible();
});
