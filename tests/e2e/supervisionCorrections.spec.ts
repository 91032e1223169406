import { test, expect } from '../support/fixtures';
import { openNav } from '../support/ui';
import {
  choose,
  confirmPrint,
  registerInstruction,
  shoot,
  startSupervision,
  switchLanguage,
} from '../support/supervisionUi';

test('an item issued to the wrong unit is withdrawn with a reason, leaving the lists, its slip voided', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startSupervision(page, new Date('2026-05-02T09:00:00'));
  await registerInstruction(page, '落实高校毕业生留海就业补贴', ['海城市教育局', '牛庄镇']);
  const rows = page.getByRole('table', { name: '督办事项列表' }).getByRole('row');
  await rows.filter({ hasText: '牛庄镇' }).getByRole('button', { name: '落实高校毕业生留海就业补贴' }).click();
  await page.getByRole('button', { name: '编号并打印督办通知单' }).click();
  await confirmPrint(page);
  await expect(page.getByText('督办通知单 海人才督〔2026〕1号')).toBeVisible();

  // Withdrawn with a reason (none given: refused); the dialog says the slip will be voided.
  await page.getByRole('button', { name: '撤销事项' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('已下发的督办通知单 海人才督〔2026〕1号 将以同一原因在公文登记中作废。');
  await dialog.getByRole('button', { name: '撤销' }).click();
  await expect(dialog.getByText('必填', { exact: true })).toBeVisible();
  await dialog.getByLabel(/^撤销原因/).fill('责任单位登记错误：补贴由市教育局兑现');
  await shoot(page, 'zh-item-withdraw-dialog');
  await dialog.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('2026-05-02 由 王芳 撤销。撤销原因：责任单位登记错误：补贴由市教育局兑现')).toBeVisible();
  await expect(page.getByText('督办通知单 海人才督〔2026〕1号 已作废。').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销事项' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '登记反馈' })).toHaveCount(0);
  await shoot(page, 'zh-item-withdrawn');
  await switchLanguage(page, 'English');
  await expect(
    page.getByText('Withdrawn on 2026-05-02 by 王芳. Reason: 责任单位登记错误：补贴由市教育局兑现'),
  ).toBeVisible();
  await shoot(page, 'en-item-withdrawn');
  await switchLanguage(page, '中文');

  // In the unit's history it shows as 已撤销; it is out of the open list and the Dashboard.
  await page.getByRole('button', { name: '牛庄镇' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('已撤销');
  await expect(rows.nth(1).locator('[data-deadline]')).toHaveCount(0);
  await shoot(page, 'zh-unit-history-withdrawn');
  await page.getByText('按状态', { exact: true }).click();
  await choose(page, page.getByRole('combobox', { name: '状态' }), '已撤销');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('牛庄镇');
  await openNav(page, '工作台');
  await expect(page.getByTestId('supervision-open')).toHaveText('1');
  await page.getByRole('button', { name: '在办事项', exact: true }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('海城市教育局');

  // The register keeps the number, voided.
  await openNav(page, '公文');
  await expect(page.getByRole('row', { name: /海人才督〔2026〕1号/ })).toContainText('已作废');
});

test('an item is corrected in place before its slip; after it, a correction voids and renumbers the slip', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startSupervision(page, new Date('2026-05-02T09:00:00'));
  await registerInstruction(page, '建成人才驿站', ['牛庄镇']);
  await page.getByRole('table', { name: '督办事项列表' }).getByRole('button', { name: '建成人才驿站' }).click();

  // Before the slip: corrected in place.
  await page.getByRole('button', { name: '更正', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('督办通知单尚未下发');
  await dialog.getByLabel(/^督办事项/).fill('建成镇级人才驿站');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '建成镇级人才驿站' })).toBeVisible();
  await page.getByRole('button', { name: '编号并打印督办通知单' }).click();
  expect(await confirmPrint(page)).toContain('建成镇级人才驿站');

  // After the slip: the reason for voiding it is required, then a new slip is numbered and printed.
  await page.getByRole('button', { name: '更正', exact: true }).click();
  await expect(dialog).toContainText('督办通知单 海人才督〔2026〕1号 已经下发');
  await dialog.getByLabel(/^督办要求/).fill('6月底前投入使用，配备专职服务人员');
  await dialog.getByRole('button', { name: '更正并重新下发' }).click();
  // Said under the field itself, before anything is saved.
  await expect(dialog.getByLabel(/^原通知单作废原因/)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('督办通知单已经下发，更正须写明作废原因，并重新编号下发')).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await shoot(page, 'zh-item-correct-dialog');
  await dialog.getByLabel(/^原通知单作废原因/).fill('漏填督办要求');
  await dialog.getByRole('button', { name: '更正并重新下发' }).click();
  const reissued = await confirmPrint(page);
  const replaces = '代替海人才督〔2026〕1号（作废）';
  for (const text of ['海人才督〔2026〕2号', '6月底前投入使用，配备专职服务人员', '建成镇级人才驿站', replaces])
    expect(reissued).toContain(text);
  await expect(page.getByText('已作废：海人才督〔2026〕1号（漏填督办要求）')).toBeVisible();
  await expect(page.getByText('督办通知单 海人才督〔2026〕2号')).toBeVisible();
  await shoot(page, 'zh-item-corrected');
  await switchLanguage(page, 'English');
  await expect(page.getByText('Voided: 海人才督〔2026〕1号 (漏填督办要求)')).toBeVisible();
  await shoot(page, 'en-item-corrected');
  await page.getByRole('button', { name: 'Correct', exact: true }).click();
  await shoot(page, 'en-item-correct-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await switchLanguage(page, '中文');

  await openNav(page, '公文');
  await expect(page.getByRole('row', { name: /海人才督〔2026〕1号/ })).toContainText('已作废');
  await expect(page.getByRole('row', { name: /海人才督〔2026〕2号/ })).toContainText('已发');
});
