import { test, expect } from '../support/fixtures';
import { createAdmin, loadSampleData, openNav } from '../support/ui';

// Temporary: screenshots of every evaluation screen over the sample year, for looking at them.
test('looks at the evaluation screens', async ({ page }) => {
  test.setTimeout(240_000);
  await createAdmin(page);
  await loadSampleData(page, 120_000);
  const shot = (name: string) => page.screenshot({ path: `/tmp/evshots/${name}.png`, fullPage: true });
  await openNav(page, '工作台');
  await page.waitForTimeout(1500);
  await shot('dashboard');
  await openNav(page, '服务对象评价');
  await page.waitForTimeout(1000);
  await shot('channels');
  await page.goto('/#/evaluation/channels.talk');
  await page.waitForTimeout(800);
  await shot('talks');
  await page.goto('/#/evaluation/questionnaires');
  await page.waitForTimeout(800);
  await shot('questionnaires');
  await page.getByRole('cell', { name: /人才工作满意度调查问卷/ }).click();
  await page.waitForTimeout(800);
  await shot('questionnaire');
  await page.goto('/#/evaluation/results');
  await page.waitForTimeout(2500);
  await shot('results');
  await page.goto('/#/evaluation/reminders');
  await page.waitForTimeout(800);
  await shot('reminders');
  await openNav(page, '设置');
  await page.waitForTimeout(800);
  await shot('settings');
  expect(true).toBe(true);
});
