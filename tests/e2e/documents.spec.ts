import { mkdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';

const YEAR = new Date().getFullYear();

test('a composed notice takes the next number, lands in the register and exports to Word as issued', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '公文');
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于报送2026年度人才工作总结的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各镇（街道）、各开发区党（工）委：');
  await dialog
    .getByRole('textbox', { name: /^正文/ })
    .fill('一、报送内容\n各单位于12月20日前报送年度工作总结。\n二、有关要求\n请严格把关，确保内容真实。');
  await dialog.getByRole('button', { name: '编号并发文' }).click();
  await expect(page.getByText(`已发文：海人才发〔${YEAR}〕1号`)).toBeVisible();

  const row = page.getByRole('row', {
    name: new RegExp(`海人才发〔${YEAR}〕1号.*通知.*关于报送2026年度人才工作总结的通知`),
  });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: '操作' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 Word' }).click();
  const continueButton = page.getByRole('button', { name: '继续输出' });
  // This machine lacks the standard fonts: the app says so and asks before exporting.
  await expect(page.getByRole('heading', { name: '缺少标准字体' })).toBeVisible();
  // It names the faces print uses, 小标宋's Noto Serif CJK SC Bold (reached through local()) among them.
  const warning = page.getByRole('dialog', { name: '缺少标准字体' });
  await expect(warning).toContainText('以“Noto Serif CJK SC Bold”代替');
  await expect(warning).not.toContainText('本机没有可用字体');
  await continueButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`海人才发〔${YEAR}〕1号 关于报送2026年度人才工作总结的通知.docx`);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await file.path())))['word/document.xml']);
  expect(xml).toContain('关于报送2026年度人才工作总结的通知');
  expect(xml).toContain(`海人才发〔${YEAR}〕1号`);
  expect(xml).toContain('报送内容');

  // The font warning is asked once a session: the second export goes straight to the file.
  await row.getByRole('button', { name: '操作' }).click();
  const again = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 Word' }).click();
  expect((await again).suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByRole('heading', { name: '缺少标准字体' })).toHaveCount(0);

  // A second notice takes number 2; voiding the first keeps its number taken.
  await row.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '作废' }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: /^作废原因/ })
    .fill('主送机关有误');
  await page.getByRole('dialog').getByRole('button', { name: '作废' }).click();
  await expect(row.getByText('已作废')).toBeVisible();

  await page.getByRole('button', { name: '拟制公文' }).first().click();
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于报送2026年度人才工作总结的通知');
  await dialog
    .getByRole('textbox', { name: /^主送机关/ })
    .fill('各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('各单位于12月20日前报送年度工作总结。');
  await dialog.getByRole('button', { name: '编号并发文' }).click();
  await expect(page.getByText(`已发文：海人才发〔${YEAR}〕2号`)).toBeVisible();
});

test('an empty compose form names each required field and issues nothing', async ({ page }) => {
  await createAdmin(page);
  await openNav(page, '公文');
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: '编号并发文' }).click();
  await expect(page.getByRole('dialog').getByText('必填')).toHaveCount(3);
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('暂无记录')).toBeVisible();
});

test('printing an issued document asks how to print and hands the official page to the browser', async ({ page }) => {
  await createAdmin(page);
  await openNav(page, '公文');
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于做好年度人才统计工作的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('请各单位做好年度人才统计工作。');
  await dialog.getByRole('button', { name: '编号并发文' }).click();
  const row = page.getByRole('row', { name: /关于做好年度人才统计工作的通知/ });
  await row.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '打印' }).click();
  await page.getByRole('button', { name: '继续输出' }).click();
  // The browser host has no printer list: only its own print dialog is offered.
  await expect(page.getByRole('radiogroup', { name: '打印方式' }).getByRole('radio')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: '打开系统打印对话框' })).toBeChecked();
  await page.getByRole('dialog').getByRole('button', { name: '打印' }).click();
  const frame = page.locator('iframe[data-workbench-print]');
  await expect(frame).toHaveCount(1);
  const html = (await frame.getAttribute('srcdoc')) ?? '';
  expect(html).toContain('关于做好年度人才统计工作的通知');
  expect(html).toContain(`海人才发〔${YEAR}〕1号`);
  expect(html).toMatch(/@page/);
  expect(html).not.toContain('.issuer-mark,.red-rule{visibility:hidden}');

  // 套打 onto letterhead stock: chosen in the print dialog, remembered for the next print there.
  await row.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '打印' }).click();
  const letterhead = page.getByRole('checkbox', { name: /^套打/ });
  await expect(letterhead).not.toBeChecked();
  await letterhead.check();
  await page.getByRole('dialog').getByRole('button', { name: '打印' }).click();
  await expect
    .poll(async () => (await frame.getAttribute('srcdoc')) ?? '')
    .toContain('.issuer-mark,.red-rule{visibility:hidden}');
  await row.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '打印' }).click();
  await expect(page.getByRole('checkbox', { name: /^套打/ })).toBeChecked();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  // 导出 PDF in a browser: it says the print dialog opens and to choose 另存为 PDF (no "saved" claim).
  await row.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '导出 PDF' }).click();
  await expect(page.getByText(/浏览器的打印对话框即将打开，请在“目标打印机”中选择“另存为 PDF”/)).toBeVisible();
  await expect(page.getByText(/^已保存到/)).toHaveCount(0);
});

test('a draft is previewed and printed marked 草稿 without a number, and issuing then takes number 1', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '公文');
  await page.getByRole('button', { name: '拟制公文' }).first().click();
  const dialog = page.getByRole('dialog', { name: '拟制公文' });
  await dialog.getByRole('textbox', { name: /^标题/ }).fill('关于开展人才政策宣传月活动的通知');
  await dialog.getByRole('textbox', { name: /^主送机关/ }).fill('各成员单位：');
  await dialog.getByRole('textbox', { name: /^正文/ }).fill('一、活动时间\n5月1日至5月31日。');

  await dialog.getByRole('button', { name: '预览草稿' }).click();
  const preview = page.getByRole('dialog', { name: '草稿预览（未编号）' });
  const shown = (await preview.locator('iframe[data-draft-preview]').getAttribute('srcdoc')) ?? '';
  expect(shown).toContain('关于开展人才政策宣传月活动的通知');
  expect(shown).toContain('草稿 · 未编号，不作正式公文');
  expect(shown).not.toContain('海人才发〔');
  await expect(preview.frameLocator('iframe').getByText('活动时间')).toBeVisible();
  mkdirSync('test-results/screens', { recursive: true });
  await preview.screenshot({ path: 'test-results/screens/documents-draft-preview-zh.png' });

  await preview.getByRole('button', { name: '打印草稿' }).click();
  const go = page.getByRole('button', { name: '继续输出' });
  const how = page.getByRole('dialog', { name: '打印', exact: true }).getByRole('button', { name: '打印' });
  await expect(go.or(how).first()).toBeVisible();
  if (await go.isVisible()) await go.click();
  await how.click();
  const printed = (await page.locator('iframe[data-workbench-print]').getAttribute('srcdoc')) ?? '';
  // The mark stands in the top margin box of every page; no 发文字号 anywhere.
  expect(printed).toMatch(/@top-center\{content:"草稿 · 未编号，不作正式公文"/);
  expect(printed).not.toContain('海人才发〔');
  await preview.getByRole('button', { name: '关闭', exact: true }).click();

  // Nothing was issued by the draft: the number is taken only by 编号并发文.
  await dialog.getByRole('button', { name: '编号并发文' }).click();
  await expect(page.getByText(`已发文：海人才发〔${YEAR}〕1号`)).toBeVisible();
  await page.getByRole('tab', { name: '打印登记' }).click();
  await page.getByRole('checkbox', { name: '公开' }).check();
  await expect(page.getByRole('row', { name: /关于开展人才政策宣传月活动的通知/ })).toHaveCount(1);
});
