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
  // The index is built off the main thread, in the app's build worker, not by the fallback in slices.
  const workers: string[] = [];
  const fallbacks: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('console', (m) => m.text().includes('search build worker') && fallbacks.push(m.text()));
  await createAdmin(page);
  await loadSampleData(page);
  await expect.poll(() => workers.filter((url) => url.includes('searchWorker')).length).toBeGreaterThan(0);
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
  await results.locator('[data-kind="unit"]').getByRole('button', { name: '牛庄镇', exact: true }).click();
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
  expect(fallbacks).toEqual([]);
});

test('finds applications, the points ledger, evaluation records, opinions and questionnaires, and opens them', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createAdmin(page);
  await loadSampleData(page);

  // An application, by the achievements in the unit's words: opened on its page under the unit's name.
  let results = await searchFor(page, '院士工作站');
  await expect(results.getByRole('group', { name: /^激励奖励申请 · / })).toBeVisible();
  const claim = results.locator('[data-kind="application"]').getByRole('button').first();
  const unit = (await claim.getAttribute('aria-label'))!;
  await expect(claim.getByTestId('secrecy-badge')).toHaveText('内部');
  await page.screenshot(shot('5-application'));
  await claim.click();
  await expect(page).toHaveURL(/#\/incentives\/claim\./);
  await expect(page.getByRole('heading', { name: unit })).toBeVisible();

  // The ledger's entries and the rounds are found by the 呈批单 that decided them.
  results = await searchFor(page, '海人才办');
  await expect(results.getByRole('group', { name: /^加分台账 · / })).toBeVisible();
  await expect(results.getByRole('group', { name: /^激励奖励评定 · / })).toBeVisible();
  await page.keyboard.press('Escape');

  // What a talent said on the hotline: the record, opened over its channel's list; closing it leaves the list.
  results = await searchFor(page, '配偶随迁 安置');
  const record = results.locator('[data-kind="evaluationRecord"]').getByRole('button').first();
  await expect(record).toBeVisible();
  await record.click();
  await expect(page).toHaveURL(/#\/evaluation\/record\./);
  const opened = page.getByRole('dialog', { name: /^服务热线 · / });
  await expect(opened).toContainText('配偶随迁就业安置进展缓慢');
  await expect(page.getByRole('tab', { name: '渠道记录', selected: true })).toBeVisible();
  await page.screenshot(shot('6-record'));
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/evaluation\/channels\.hotline/);

  // A talent's words on a unit, from a record's rating or a returned form, titled by those words.
  results = await searchFor(page, '窗口人员态度生硬');
  await expect(results.getByRole('group', { name: /^评价意见 · / })).toBeVisible();
  await expect(results.locator('[data-kind="opinion"]').getByRole('button').first()).toHaveAttribute(
    'aria-label',
    '窗口人员态度生硬',
  );
  await page.screenshot(shot('7-opinion'));
  await page.keyboard.press('Escape');

  // A questionnaire by its title, opened on its page; in English the groups say what they hold.
  await page.getByText('English').first().click();
  results = await searchFor(page, '问卷');
  await expect(results.getByRole('group', { name: /^Questionnaires · / })).toBeVisible();
  await page.screenshot(shot('8-english'));
  const questionnaire = results.locator('[data-kind="questionnaire"]').getByRole('button').first();
  await questionnaire.click();
  await expect(page).toHaveURL(/#\/evaluation\/questionnaire\./);
});
