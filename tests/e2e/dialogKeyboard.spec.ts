import { test, expect } from '../support/fixtures';
import { startSupervision, switchLanguage } from '../support/supervisionUi';
import { createAdmin, openNav } from '../support/ui';
import { setLeaders } from '../support/meetingUi';

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

test('a dialog and the meetings list walked by keyboard alone: first field focused, Enter saves, ↓ and Enter open', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createAdmin(page);
  await setLeaders(page, '刘志刚', '张建国');
  await openNav(page, '调度会议');
  const tabTo = async (isThere: () => Promise<boolean>) => {
    for (let i = 0; i < 40 && !(await isThere()); i++) await page.keyboard.press('Tab');
    expect(await isThere()).toBe(true);
  };
  for (const place of ['市委组织部三楼会议室', '市委组织部五楼会议室']) {
    await tabTo(() => page.getByRole('button', { name: '新建会议' }).evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel(/^会议名称/)).toBeFocused();
    await tabTo(() => dialog.getByLabel(/^会议地点/).evaluate((el) => el === document.activeElement));
    await page.keyboard.type(place);
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(place)).toBeVisible();
    await openNav(page, '调度会议');
  }
  const list = page.getByRole('table', { name: '调度会议列表' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await tabTo(() => page.evaluate(() => document.activeElement?.tagName === 'TR'));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.querySelector('td')?.textContent ?? '');
  expect(second).toMatch(/^\d{4}年第.+次/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: second })).toBeVisible();
});
