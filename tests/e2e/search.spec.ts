import { type Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { createAdmin, loadSampleData } from '../support/ui';

// The viewport, where the search dialog is (a full page under load can outlast the screenshot's timeout).
const shot = (name: string) => ({ path: `test-results/screens/search-${name}.png`, timeout: 60_000 });

/** Ctrl+K from wherever the user is, then the query typed into the box. */
async function searchFor(page: Page, query: string) {
  await page.keyboard.press('Control+K');
  const box = page.getByRole('dialog').getByRole('textbox');
  await expect(box).toBeFocused();
  await box.fill(query);
  return page.getByRole('dialog');
}

test('finds records of every kind from the header box (Ctrl+K) and opens them, classified ones marked', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createAdmin(page);
  await loadSampleData(page);
  await page.screenshot(shot('0-header'));

  // A check run unannounced is 秘密: found by words of its title, shown with its 密级, opened on its page.
  let results = await searchFor(page, '暗访 督查');
  const check = results.getByRole('button', { name: /人才政策落实情况暗访督查$/ }).first();
  await expect(check).toBeVisible();
  await expect(results.getByRole('group', { name: /^督查抽查 · / })).toBeVisible();
  await expect(check.getByTestId('secrecy-badge')).toHaveText('秘密');
  await page.screenshot(shot('1-check'));
  const title = (await check.getAttribute('aria-label'))!;
  await check.click();
  await expect(page).toHaveURL(/#\/supervision\/check\./);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // Terms anywhere in the record, across punctuation and in any order: the town 牛庄镇 and its villages.
  results = await searchFor(page, '牛庄镇');
  await expect(results.getByRole('group', { name: /^单位 · / })).toBeVisible();
  await expect(results.getByRole('group', { name: /^督办事项 · / })).toBeVisible();
  await page.screenshot(shot('2-town'));
  await results.getByRole('button', { name: '牛庄镇', exact: true }).click();
  await expect(page).toHaveURL(/#\/registry\/units\./);
  const form = page.getByRole('dialog');
  await expect(form.getByLabel(/^名称/)).toHaveValue('牛庄镇');
  await form.getByRole('button', { name: '取消' }).click();
  await expect(page).toHaveURL(/#\/registry\/units$/);

  // A minutes from the register opens there, ready to print again exactly as issued.
  results = await searchFor(page, '会议纪要');
  const minutes = results.locator('[data-kind="minutes"]').getByRole('button').first();
  const minutesTitle = (await minutes.getAttribute('aria-label'))!;
  await minutes.click();
  await expect(page).toHaveURL(/#\/documents\//);
  await expect(page.getByTestId('focused-document')).toContainText(minutesTitle);
  await expect(page.getByTestId('focused-document').getByRole('button', { name: '打印' })).toBeVisible();
  await page.screenshot(shot('4-document'));

  // Nothing found says so, with what was typed.
  results = await searchFor(page, '不存在的词语');
  await expect(results.getByText('没有找到包含“不存在的词语”的记录')).toBeVisible();
  await page.keyboard.press('Escape');

  // In English: the same box, the same records, the groups named in English.
  await page.getByText('English').first().click();
  await expect(page.getByRole('button', { name: 'Search all records' })).toBeVisible();
  results = await searchFor(page, '暗访');
  await expect(results.getByRole('group', { name: /^Checks · / })).toBeVisible();
  await expect(results.getByTestId('secrecy-badge').first()).toHaveText('Secret');
  await page.screenshot(shot('3-english'));
});
