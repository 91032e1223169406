import { test, expect } from '../support/fixtures';
import { startSupervision, switchLanguage } from '../support/supervisionUi';

test('a dialog shows dates in the interface language, typed the usual ways, and closes with Esc', async ({ page }) => {
  test.setTimeout(180_000);
  await startSupervision(page, new Date('2026-05-02T09:00:00'));
  await page.getByRole('button', { name: '登记领导批示' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByLabel(/^批示日期/)).toHaveValue('2026年5月2日');

  // Typed the way people write dates, shown the way the interface writes them.
  const due = form.getByLabel(/^办结时限/);
  await due.fill('2026/12/20');
  await form.getByLabel(/^批示领导/).click();
  await expect(due).toHaveValue('2026年12月20日');

  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  await switchLanguage(page, 'English');
  await page.getByRole('button', { name: "Enter a leader's instruction" }).click();
  await expect(page.getByRole('dialog').getByLabel(/^Date/)).toHaveValue('May 2, 2026');
});
