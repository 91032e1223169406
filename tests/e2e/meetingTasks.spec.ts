import { test, expect } from '../support/fixtures';
import { openPhase, pickMany } from '../support/meetingUi';
import { createAdmin, loadSampleData } from '../support/ui';

/**
 * The proceedings dialog of the held sample meeting lists the tasks its topic already deployed, with
 * each supervision item's state and a link to it, and refuses the same matter to the same unit again.
 * Screenshots go to test-results/screens/tasks-*.png.
 */
test('staff see a topic’s deployed tasks with their state, and cannot give a unit the same matter twice', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await createAdmin(page);
  await loadSampleData(page);

  await openPhase(page, 'zh-CN', '已召开');
  await page.getByRole('tab', { name: '会议情况与任务' }).click();
  // The card of the topic that deployed tasks (each topic's card is labelled with its title).
  await page
    .getByTestId('deployed-task')
    .first()
    .locator('xpath=ancestor::div[@aria-label][1]')
    .getByRole('button', { name: '修改、部署任务' })
    .click();
  const dialog = page.getByRole('dialog');
  const deployed = dialog.getByTestId('deployed-tasks');
  await expect(deployed).toContainText('本议题已部署的任务（2 项）');
  const rows = deployed.getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText('建成镇级人才驿站并配齐服务人员');
  await expect(rows.nth(1)).toContainText('待办理');
  const unit = (await rows.nth(1).getByRole('cell').nth(1).textContent()) ?? '';

  await dialog.getByRole('button', { name: '增加一项任务' }).click();
  const task = dialog.locator('[aria-label="任务 1"]');
  await task.getByRole('textbox', { name: '任务事项' }).fill('建成镇级人才驿站，并配齐服务人员');
  await pickMany(page, '责任单位', task, [unit]);
  await page.screenshot({ path: 'test-results/screens/tasks-zh-CN-dialog.png' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    `本议题已向${unit}部署过“建成镇级人才驿站，并配齐服务人员”，不能重复部署。`,
  );
  await expect(rows).toHaveCount(5);

  // The link opens the supervision item where System 2 tracks it.
  await rows.nth(1).getByRole('link', { name: '查看' }).click();
  await expect(page).toHaveURL(/#\/supervision\/item\./);
  await expect(page.getByText('建成镇级人才驿站并配齐服务人员').first()).toBeVisible();

  // On the proceedings tab each task names its units as links to their own items.
  await page.goBack();
  await page.getByRole('tab', { name: '会议情况与任务' }).click();
  const firstTask = page.getByTestId('deployed-task').first();
  await expect(firstTask).toContainText('查看督查事项：');
  await page.screenshot({ path: 'test-results/screens/tasks-zh-CN-panel.png' });
  await firstTask.getByRole('link', { name: unit, exact: true }).click();
  await expect(page).toHaveURL(/#\/supervision\/item\./);
  await expect(page.getByText(unit).first()).toBeVisible();

  // In English.
  await page.getByText('English').first().click();
  await openPhase(page, 'en', 'Held');
  await page.getByRole('tab', { name: 'Proceedings and tasks' }).click();
  await page
    .getByTestId('deployed-task')
    .first()
    .locator('xpath=ancestor::div[@aria-label][1]')
    .getByRole('button', { name: 'Edit, deploy tasks' })
    .click();
  await expect(page.getByRole('dialog').getByTestId('deployed-tasks')).toContainText(
    'Tasks this topic already deployed (2)',
  );
  await page.screenshot({ path: 'test-results/screens/tasks-en-dialog.png' });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('deployed-task').first()).toContainText('Supervision items:');
  await page.screenshot({ path: 'test-results/screens/tasks-en-panel.png' });
});
