import { test, expect } from '../support/fixtures';
import { openPhase } from '../support/meetingUi';
import { createAdmin, loadSampleData } from '../support/ui';

/**
 * Villages and communities as a meeting's targets: the unit pickers of 会后通报, 征求意见 and the
 * tasks offer them grouped under their town. Screenshots go to test-results/screens/targets-*.png.
 */
test('unit pickers offer villages under their town, and a village informed is recorded with its town', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await createAdmin(page);
  await loadSampleData(page);

  await openPhase(page, 'zh-CN', '已召开');
  await page.getByRole('tab', { name: '会后通报' }).click();
  const picker = page.getByRole('combobox', { name: '通报单位' });
  await picker.click();
  const groupLabel = page.getByText(/所属村（社区）$/).first();
  await expect(groupLabel).toBeVisible();
  const town = ((await groupLabel.textContent()) ?? '').replace('所属村（社区）', '');
  // Typing the town finds the town and, named with it, each of its villages.
  await picker.fill(town);
  await expect(page.getByRole('option', { name: town, exact: true })).toBeVisible();
  const village = page.getByRole('option', { name: new RegExp(`^${town}.+(村|社区)$`) }).first();
  const villageName = (await village.textContent()) ?? '';
  await page.screenshot({ path: 'test-results/screens/targets-zh-CN-circulation.png' });
  await village.click();
  await picker.press('Escape');
  await page.getByRole('button', { name: '登记通报' }).click();
  await expect(page.getByRole('table', { name: '会后通报记录' })).toContainText(villageName);

  // The tasks' picker offers them too, in English as well.
  await page.getByText('English').first().click();
  await page.getByRole('tab', { name: 'Proceedings and tasks' }).click();
  await page.getByRole('button', { name: 'Edit, deploy tasks' }).first().click();
  await page.getByRole('button', { name: 'Add a task' }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: 'Responsible units' }).click();
  await expect(page.getByText(/^Villages and communities of /).first()).toBeVisible();
  await page
    .getByText(/^Villages and communities of /)
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/targets-en-tasks.png' });
});
