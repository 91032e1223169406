import { test, expect } from '../support/fixtures';
import { openNav } from '../support/ui';
import { confirmPrint, registerInstruction, shoot, startSupervision, switchLanguage } from '../support/supervisionUi';

test('a late item granted more time moves to its new deadline and still shows how long it was overdue', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startSupervision(page, new Date('2026-05-02T09:00:00'));
  // One instruction, two responsible units, due 2026-05-31.
  await registerInstruction(page, '建成镇级人才驿站', ['海城市教育局', '牛庄镇'], '2026-05-31');

  // Five days after the deadline both are overdue.
  await page.clock.setSystemTime(new Date('2026-06-05T09:00:00'));
  await openNav(page, '工作台');
  await expect(page.getByTestId('supervision-overdue')).toHaveText('2');
  await page.getByRole('button', { name: '逾期', exact: true }).click();
  const rows = page.getByRole('table', { name: '督办事项列表' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await rows.filter({ hasText: '牛庄镇' }).getByRole('button', { name: '建成镇级人才驿站' }).click();

  // The unit holds its 督办通知单 with the old deadline.
  await page.getByRole('button', { name: '编号并打印督办通知单' }).click();
  expect(await confirmPrint(page)).toContain('2026年5月31日');
  await expect(page.getByText('督办通知单 海人才督〔2026〕1号')).toBeVisible();

  // A correction now would reissue the slip with the passed deadline: the dialog says so and leads to 延期.
  await page.getByRole('button', { name: '更正', exact: true }).click();
  const request = page.getByRole('dialog');
  await expect(request).toContainText('办结时限 2026-05-31 已过');
  await expect(request.getByLabel(/^督办事项/)).toHaveCount(0);
  await shoot(page, 'zh-item-correct-deadline-passed');
  // The unit's written request: refused while it asks for no later date, then recorded.
  await request.getByRole('button', { name: '登记延期申请' }).click();
  await expect(request).toContainText('现行办结时限 2026-05-31');
  await request.getByLabel(/^申请日期/).fill('2026-06-03');
  await request.getByLabel(/^申请人/).fill('李明');
  await request.getByLabel(/^申请延至/).fill('2026-05-30');
  await request.getByLabel(/^新的反馈时限/).fill('2026-05-30');
  await request.getByLabel(/^延期理由/).fill('驿站选址需村民代表会议表决，会议因汛期推迟召开。');
  await request.getByRole('button', { name: '保存' }).click();
  await expect(request.getByRole('alert')).toContainText('申请延至：须晚于现行办结时限');
  await request.getByLabel(/^申请延至/).fill('2026-06-30');
  // A reply asked for after the deadline asked for is refused in the form, with its reason.
  await request.getByLabel(/^新的反馈时限/).fill('2026-07-03');
  await request.getByRole('button', { name: '保存' }).click();
  await expect(request).toContainText('反馈时限不能晚于办结时限');
  await request.getByLabel(/^新的反馈时限/).fill('2026-06-30');
  await request.getByRole('button', { name: '保存' }).click();
  await expect(request).toHaveCount(0);
  await expect(page.getByText('待组长批示')).toBeVisible();
  // Nothing moves before the leader agrees.
  await expect(page.locator('[data-deadline="overdue"]')).toHaveText('逾期 5 天');

  // The 呈批单 for the group leader, then the decision as signed on it.
  await page.getByRole('button', { name: '编号并打印延期呈批单' }).click();
  const slip = await confirmPrint(page);
  for (const text of [
    '呈批单',
    '督办事项延期办结',
    '建成镇级人才驿站',
    '中共海城市牛庄镇委员会',
    '已逾期5天',
    '2026年6月30日',
    '领导批示',
  ])
    expect(slip).toContain(text);
  await page.getByRole('button', { name: '登记组长批示' }).click();
  const decision = page.getByRole('dialog');
  await decision.getByLabel(/^批示领导/).fill('李强');
  await decision.getByRole('button', { name: '登记' }).click();
  // Granted: the unit's slip with the old deadline is voided and one with the new deadline printed.
  const newSlip = await confirmPrint(page);
  for (const text of ['督办通知单', '海人才督〔2026〕2号', '2026年6月30日']) expect(newSlip).toContain(text);
  await expect(page.getByText('组长批示：同意（李强，2026-06-05）')).toBeVisible();
  await expect(page.getByText('督办通知单 海人才督〔2026〕2号')).toBeVisible();

  // The new deadline is in force; the five days overdue stay on the item's record.
  await expect(page.getByText('批准延期时已逾期 5 天（原办结时限 2026-05-31）')).toBeVisible();
  await expect(page.getByText('曾逾期 5 天')).toBeVisible();
  await expect(page.getByText('办结时限沿革：2026-05-31 → 2026-06-30')).toBeVisible();
  await expect(page.locator('[data-deadline]')).toHaveAttribute('data-deadline', 'onTrack');
  await shoot(page, 'zh-item-extended');
  await switchLanguage(page, 'English');
  await expect(
    page.getByText('Already 5 days overdue when the extension was granted (deadline was 2026-05-31)'),
  ).toBeVisible();
  await shoot(page, 'en-item-extended');
  await page.getByRole('button', { name: 'Record an extension request' }).click();
  await shoot(page, 'en-extension-request');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await switchLanguage(page, '中文');
  await page.getByRole('button', { name: '登记延期申请' }).click();
  await shoot(page, 'zh-extension-request');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  // The Dashboard and the overdue list follow the new deadline, and agree with each other.
  await openNav(page, '工作台');
  await expect(page.getByTestId('supervision-overdue')).toHaveText('1');
  await expect(page.getByTestId('supervision-open')).toHaveText('2');
  await page.getByRole('button', { name: '逾期', exact: true }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('海城市教育局');
});
