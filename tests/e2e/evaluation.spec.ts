import { test, expect } from '../support/fixtures';
import { createAdmin, loadSampleData } from '../support/ui';

// System 4 walked in Chromium over the sample year: the hotline's loop, keyed returns, the results
// matrix and a 通报提醒 whose rectification becomes a supervision item.
test('walks a hotline call through forward, answer and a satisfied call-back, locked and closed', async ({ page }) => {
  test.setTimeout(300_000);
  await createAdmin(page);
  await loadSampleData(page, 120_000);

  // 24小时服务热线: log a call, forward it, register the unit's answer, call back satisfied.
  await page.goto('/#/evaluation/channels.hotline');
  await page.getByRole('button', { name: '登记来电' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('诉求或意见').fill('反映人才公寓入住手续办理较慢，希望尽快办理');
  await form.getByLabel('联系方式').fill('13900001111');
  await form.getByRole('combobox', { name: '涉及单位' }).click();
  await page.getByRole('option').first().click();
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText('已登记')).toBeVisible();
  await page.getByRole('cell', { name: '反映人才公寓入住手续办理较慢，希望尽快办理' }).click();
  const detail = page.getByRole('dialog');
  await detail.getByRole('button', { name: '转办', exact: true }).click();
  await detail.getByLabel('转办要求').fill('请五个工作日内答复');
  await detail.getByRole('button', { name: '保存' }).click();
  await expect(detail.getByText('待答复')).toBeVisible();
  await detail.getByRole('button', { name: '登记答复' }).click();
  await detail.getByLabel('答复内容').fill('已开通绿色通道，三日内办结');
  await detail.getByRole('button', { name: '保存' }).click();
  await expect(detail.getByText('待回访')).toBeVisible();
  await detail.getByRole('button', { name: '回访', exact: true }).click();
  await detail.getByText('满意', { exact: true }).click();
  await detail.getByLabel('回访意见').fill('已入住，满意');
  await detail.getByRole('button', { name: '保存' }).click();
  await expect(detail.getByText('已办结').first()).toBeVisible();
  await expect(detail.getByText(/回访：满意，已入住，满意.*已锁定/)).toBeVisible();
  await page.keyboard.press('Escape');
});

test('keys a return by copy number, shows the matrix and issues a 通报提醒 tracked by supervision', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await createAdmin(page);
  await loadSampleData(page, 120_000);

  // 问卷调查: key copy 451 of the annual questionnaire (version 2) by keyboard alone.
  await page.goto('/#/evaluation/questionnaires');
  await page.getByRole('cell', { name: /人才工作满意度调查问卷/ }).click();
  await page.getByRole('button', { name: '录入回收问卷' }).click();
  await page.getByLabel('份号').fill('451');
  await page.getByLabel('份号').press('Enter');
  await expect(page.getByText('已到最后一题')).toBeHidden();
  await expect(page.getByRole('row', { name: /^1 中共海城市委办公室/ })).toBeVisible();
  await page.keyboard.type('1'.repeat(36) + '3' + '12');
  await page.keyboard.press('Enter'); // the multiple choice
  await page.keyboard.press('Enter'); // no opinion written
  await page.keyboard.press('Enter'); // save
  await expect(page.getByText('第451份已保存')).toBeVisible();
  await expect(page.getByLabel('份号')).toHaveValue('452');

  // 评价结果: the unit × content matrix, its formula, and a flagged unit's 通报提醒.
  await page.goto('/#/evaluation/results');
  await expect(page.getByText(/综合得分 = Σ（各等级人次 × 分值）÷ 评价人次/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '履职尽责、办事效率、服务态度' })).toBeVisible();
  await page.getByRole('button', { name: '通报提醒', exact: true }).first().click();
  const reminder = page.getByRole('dialog');
  await expect(reminder.getByText(/整改期限：15个工作日/)).toBeVisible();
  await reminder.getByRole('button', { name: '编号并印发' }).click();
  await expect(page.getByText(/已印发.*已列入督查督办/)).toBeVisible();

  // The rectification is tracked by supervision: listed under 通报提醒 with its supervision state.
  await page.goto('/#/evaluation/reminders');
  await expect(page.getByRole('cell', { name: '整改中' }).first()).toBeVisible();
});
