import ExcelJS from 'exceljs';
import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';

const YEAR = new Date().getFullYear();

test('printing and exporting a 秘密 notice lands in the print register, which filters by 密级 and exports to Excel', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '公文');
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于人才项目评审的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('请做好评审准备。');
  await dialog.getByRole('combobox', { name: '密级' }).click();
  await page.getByRole('option', { name: '秘密' }).click();
  await dialog.getByRole('textbox', { name: /^保密期限/ }).fill('1年');
  await dialog.getByRole('button', { name: '编号并发文' }).click();
  await expect(page.getByText(`已发文：海人才发〔${YEAR}〕1号`)).toBeVisible();

  const row = page.getByRole('row', { name: /关于人才项目评审的通知/ });
  await row.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '打印' }).click();
  await page.getByRole('button', { name: '继续输出' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '打印' }).click();
  await expect(page.locator('iframe[data-workbench-print]')).toHaveCount(1);

  await openNav(page, '单位与人员');
  const unitsFile = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  await unitsFile;

  await openNav(page, '公文');
  await page.getByRole('tab', { name: '打印登记' }).click();
  const register = page.getByRole('table', { name: '涉密文件打印登记簿' });
  // Opens on 秘密 and 机密: the notice's print, not the unclassified registry export.
  await expect(
    register.getByRole('row', { name: /打印.*关于人才项目评审的通知.*海人才发.*秘密.*纸质.*在打印对话框中选择/ }),
  ).toBeVisible();
  await expect(register.getByRole('row')).toHaveCount(2);
  await page.getByRole('checkbox', { name: '未定密' }).check();
  await expect(register.getByRole('row', { name: /导出.*单位名录.*未定密.*Excel/ })).toBeVisible();
  await page.getByRole('checkbox', { name: '秘密' }).uncheck();
  await expect(register.getByRole('row', { name: /关于人才项目评审的通知/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: '秘密' }).check();

  const sheet = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await sheet;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const values = workbook.worksheets[0].getSheetValues().flat().map(String);
  expect(values).toContain('关于人才项目评审的通知');
  expect(values).toContain('秘密');
  expect(values).toContain('王芳');
});
