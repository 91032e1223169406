import { test, expect } from '../support/fixtures';
import { shoot } from '../support/supervisionUi';
import { createAdmin, loadSampleData, openNav } from '../support/ui';

const FIGURES = [
  ['review', '待审核申请'],
  ['leader', '待组长签批'],
  ['followUps', '待跟踪问效'],
] as const;

test('the sample year of incentives: each Dashboard figure opens a list of as many rows, and the report', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.install({ time: new Date('2026-11-20T09:00:00') });
  await createAdmin(page);
  await loadSampleData(page, 180_000);
  for (const [view, list] of FIGURES) {
    await openNav(page, '工作台');
    const figure = page.getByTestId(`incentives-${view}`);
    await expect(figure).toHaveText(/^\d+$/);
    const count = Number(await figure.textContent());
    expect(count, list).toBeGreaterThan(0);
    await figure.click();
    await expect(page.getByRole('table', { name: list }).locator('tbody tr')).toHaveCount(count);
    await shoot(page, `zh-incentives-todo-${view}`);
  }
  await page.goto('/#/incentives/report');
  const report = page.getByRole('table', { name: '各单位绩效加分' });
  await expect(report.locator('tr[data-revoked="true"]').first()).toContainText('取消原因');
  // The unit that hits every cap: 5 points for the year, never more.
  await expect(report.locator('tbody tr').first().locator('td').last()).toHaveText('5');
  await shoot(page, 'zh-incentives-sample-report');
});
