import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';

const YEAR = new Date().getFullYear();

test('a past document is entered under its own number and date, the series shows it and its gaps, and a used number is refused', async ({
  page,
}) => {
  // Three documents composed in one walk.
  test.setTimeout(180_000);
  await createAdmin(page);
  await openNav(page, '公文');
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于开展人才工作调研的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('请各单位配合做好调研工作。');
  await dialog.getByRole('switch', { name: /^补录/ }).check();
  await dialog.getByRole('textbox', { name: /^文号年份/ }).fill(String(YEAR));
  await dialog.getByRole('textbox', { name: /^文号序号/ }).fill('3');
  await dialog.getByRole('textbox', { name: /^成文日期/ }).fill(`${YEAR}-01-15`);
  await expect(dialog.getByText(`海人才发〔${YEAR}〕3号`)).toBeVisible();
  await dialog.getByRole('button', { name: '补录登记' }).click();
  await expect(page.getByText(`已补录：海人才发〔${YEAR}〕3号`)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`海人才发〔${YEAR}〕3号.*关于开展人才工作调研的通知`) });
  await expect(row.getByText('补录')).toBeVisible();
  await expect(row.getByText(`${YEAR}-01-15`)).toBeVisible();

  // The same number again is refused, naming it; nothing is added.
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('重复文号的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('正文。');
  await expect(dialog.getByRole('textbox', { name: /^正文/ })).toHaveValue('正文。');
  await dialog.getByRole('switch', { name: /^补录/ }).check();
  await dialog.getByRole('textbox', { name: /^文号年份/ }).fill(String(YEAR));
  await dialog.getByRole('textbox', { name: /^文号序号/ }).fill('3');
  await dialog.getByRole('textbox', { name: /^成文日期/ }).fill(`${YEAR}-01-20`);
  await dialog.getByRole('button', { name: '补录登记' }).click();
  await expect(dialog.getByText(`文号 海人才发〔${YEAR}〕3号 已在登记中`)).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('row', { name: /重复文号的通知/ })).toHaveCount(0);

  // A new document goes on after the entered number; the series shows the gaps 1 and 2.
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于报送人才统计报表的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('请按时报送。');
  await dialog.getByRole('button', { name: '编号并发文' }).click();
  await expect(page.getByText(`已发文：海人才发〔${YEAR}〕4号`)).toBeVisible();

  await page.getByRole('button', { name: '文号序列' }).click();
  const series = page.getByRole('table', { name: '发文字号序列' });
  await expect(page.getByText('共 4 号：发文 1，补录 1，作废 0，空号 2')).toBeVisible();
  for (const n of [1, 2])
    await expect(series.getByRole('row', { name: new RegExp(`〔${YEAR}〕${n}号.*空号`) })).toBeVisible();
  await expect(series.getByRole('row', { name: new RegExp(`〔${YEAR}〕3号.*补录`) })).toBeVisible();
});

test('a voided document shows its reason in the register row and exports to Word only with the 作废 mark and reason', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '公文');
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于召开人才工作会议的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('定于下周召开会议。');
  await dialog.getByRole('button', { name: '编号并发文' }).click();
  const row = page.getByRole('row', { name: /关于召开人才工作会议的通知/ });
  await row.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '作废' }).click();
  await dialog.getByRole('textbox', { name: /^作废原因/ }).fill('会议时间变更，另行发文');
  await dialog.getByRole('button', { name: '作废' }).click();
  await expect(row.getByText('会议时间变更，另行发文')).toBeVisible();

  await row.getByRole('button', { name: '操作' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 Word' }).click();
  await page.getByRole('button', { name: '继续输出' }).click();
  const files = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
  const headers = Object.keys(files)
    .filter((name) => /^word\/header\d+\.xml$/.test(name))
    .map((name) => strFromU8(files[name]));
  expect(headers.length).toBeGreaterThan(0);
  for (const header of headers) expect(header).toContain('作废 · 作废原因：会议时间变更，另行发文');
});
