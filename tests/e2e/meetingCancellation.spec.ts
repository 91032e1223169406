import { test, expect } from '../support/fixtures';
import { openPhase } from '../support/meetingUi';
import { createAdmin, loadSampleData } from '../support/ui';

/**
 * 取消会议 and 恢复会议 on the sample office's meetings, in Chinese then in English. Screenshots
 * go to test-results/screens/cancel-*.png (looked at when the screens change).
 */
test('a meeting called off after its notice is cancelled, the notice voided, then restored before its day', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await createAdmin(page);
  await loadSampleData(page);

  // The notified sample meeting is the next one planned: the cadence names it.
  await openPhase(page, 'zh-CN', '已通知');
  const title = (await page.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('meeting-cadence')).toContainText(title);
  await openPhase(page, 'zh-CN', '已通知');

  await page.getByRole('button', { name: '取消会议' }).click();
  const dialog = page.getByRole('dialog', { name: '取消会议' });
  // The plan and the notice that went out are offered for voiding, ticked; the leader's slip is not.
  await expect(dialog.getByRole('checkbox', { name: /^通知/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^会议方案/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^呈批单/ })).not.toBeChecked();
  await dialog.getByRole('button', { name: '确认取消会议' }).click();
  await expect(dialog.getByText('取消会议须说明理由。')).toBeVisible();
  await dialog.getByRole('textbox', { name: '取消理由' }).fill('与市委常委会时间冲突，另行安排');
  await page.screenshot({ path: 'test-results/screens/cancel-zh-CN-dialog.png' });
  await dialog.getByRole('button', { name: '确认取消会议' }).click();
  await expect(dialog).toBeHidden();

  // It shows as cancelled with the reason; no next step is offered.
  const banner = page.getByTestId('cancelled-banner');
  await expect(banner).toContainText('取消理由：与市委常委会时间冲突，另行安排');
  await expect(banner).toContainText('随同作废：');
  await expect(page.getByText('已取消', { exact: true })).toBeVisible();
  await expect(page.getByTestId('next-step')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/cancel-zh-CN-detail.png', fullPage: true });
  // Its documents stay in the register: the notice and plan voided, the slip still issued.
  await page.getByRole('tab', { name: '会议文件' }).click();
  const register = page.getByRole('table', { name: '本会议的发文登记' });
  await expect(register.getByRole('row').filter({ hasText: '已作废' })).toHaveCount(2);
  await expect(register.getByRole('row').filter({ hasText: '已发文' })).toHaveCount(1);

  // The list: not among the notified meetings any more, listed under 已取消 with its reason.
  await page.goto('/#/meetings');
  const list = page.getByRole('table', { name: '调度会议列表' });
  await page.getByRole('combobox', { name: '按阶段筛选' }).click();
  await page.getByRole('option', { name: '已取消', exact: true }).click();
  const row = list.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('与市委常委会时间冲突，另行安排');
  await page.screenshot({ path: 'test-results/screens/cancel-zh-CN-list.png', fullPage: true });
  // The cadence passes it by: the next meeting planned is another one.
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('meeting-cadence')).toContainText('已安排');
  await expect(page.getByTestId('meeting-cadence')).not.toContainText(title);

  // Restored before its day, it goes back to issuing the plan and notice again.
  await page.goto('/#/meetings');
  await page.getByRole('combobox', { name: '按阶段筛选' }).click();
  await page.getByRole('option', { name: '已取消', exact: true }).click();
  await list.getByRole('row').filter({ hasText: title }).click();
  await page.getByRole('button', { name: '恢复会议' }).click();
  const restore = page.getByRole('dialog', { name: '恢复会议' });
  await restore.getByRole('textbox', { name: '恢复理由' }).fill('时间冲突已消除');
  await restore.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByTestId('next-step')).toHaveText('下一步：生成参会名单，制定会议方案，下发会议通知');
  await page.getByRole('tab', { name: '阶段记录' }).click();
  await expect(page.getByRole('row').filter({ hasText: '取消会议（已通知）' })).toContainText(
    '与市委常委会时间冲突，另行安排',
  );
  await expect(page.getByRole('row').filter({ hasText: '恢复会议：议题已批' })).toContainText('时间冲突已消除');
  await page.screenshot({ path: 'test-results/screens/cancel-zh-CN-history.png', fullPage: true });

  // In English: the meeting still preparing is cancelled the same way.
  await page.getByText('English').first().click();
  await openPhase(page, 'en', 'Preparing');
  await page.getByRole('button', { name: 'Cancel meeting' }).click();
  const en = page.getByRole('dialog', { name: 'Cancel the meeting' });
  await en
    .getByRole('textbox', { name: 'Reason for cancelling' })
    .fill('Topics not ready; merged into the next meeting');
  await page.screenshot({ path: 'test-results/screens/cancel-en-dialog.png' });
  await en.getByRole('button', { name: 'Cancel the meeting' }).click();
  await expect(page.getByTestId('cancelled-banner')).toContainText(
    'Reason: Topics not ready; merged into the next meeting',
  );
  await page.screenshot({ path: 'test-results/screens/cancel-en-detail.png', fullPage: true });
  await page.goto('/#/meetings');
  await page.getByRole('combobox', { name: 'Filter by phase' }).click();
  await page.getByRole('option', { name: 'Cancelled', exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Meetings' }).getByRole('row').filter({ hasText: 'Topics not ready' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/cancel-en-list.png', fullPage: true });
});
