import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { look } from '../support/evaluationUi';
import { switchLanguage } from '../support/supervisionUi';
import { createAdmin, loadSampleData, openNav } from '../support/ui';

const CJK = /[\u4e00-\u9fff]/;

/**
 * The app's own words on a screen (labels, headings, buttons, column heads, badges): the sample
 * data's names and opinions are Chinese in any language, the interface's must not be.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page
    .locator('main, [role=dialog]')
    .locator('label, button, th, h1, h2, h3, h4, h5, [role=tab], .mantine-Badge-label, .mantine-Alert-title')
    .allInnerTexts();
}

/** Badges cut short on the screen ("ISS…", "ANSWER…"): a status is read whole or not at all. */
async function cutBadges(page: Page): Promise<string[]> {
  return page
    .locator('.mantine-Badge-label')
    .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent ?? ''));
}

/** What is untranslated on the screen: raw keys anywhere, and Chinese in the interface's own words. */
async function untranslated(page: Page): Promise<string[]> {
  const all = await page.locator('main').innerText();
  const keys = all.match(/\bevaluation\.[a-zA-Z.]+/g) ?? [];
  // Unit names and the sample's own words show in buttons that open them (a flagged unit, a copy); a
  // questionnaire's grades (满意 … 不满意) are its own data, printed on its paper form in Chinese.
  // Words quoted from a record (a talent's opinion offered for a reminder) are marked data-record-text.
  const quoted = new Set(await page.locator('[data-record-text]').allInnerTexts());
  const own = (await interfaceTexts(page)).filter(
    // The language switch names 中文 in its own language, as every language menu does.
    (text) =>
      CJK.test(text) && text !== '中文' && !quoted.has(text) && !/海城|镇|村|局|委|办|区|问卷|满意|一般/.test(text),
  );
  return [...keys, ...own];
}

// Every System 4 screen walked in English over the sample year, each kept as a screenshot for a
// person to look at (test-results/evaluation/screens/en-*.png), none showing a raw key or Chinese words of its own.
test('every System 4 screen reads in English', async ({ page }) => {
  test.setTimeout(420_000);
  await createAdmin(page);
  await loadSampleData(page, 180_000);
  await switchLanguage(page, 'English');
  const walk = async (name: string) => {
    await look(page, `en-${name}`);
    expect(await untranslated(page), name).toEqual([]);
    expect(await cutBadges(page), name).toEqual([]);
  };

  await openNav(page, 'Dashboard');
  await expect(page.getByText('Awaiting call-back')).toBeVisible();
  // Settings was scrolled down to its sample data; the Dashboard opens at its top.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await walk('dashboard');
  for (const channel of ['hotline', 'box', 'talk', 'visit', 'phone', 'event']) {
    await page.goto(`/#/evaluation/channels.${channel}`);
    await expect(page.getByRole('tab', { name: 'Channels' })).toBeVisible();
    await page.waitForTimeout(500);
    await walk(`channels-${channel}`);
  }
  await page.goto('/#/evaluation/channels.hotline');
  await page.getByRole('button', { name: 'Log a call' }).click();
  await walk('hotline-form');
  await page.keyboard.press('Escape');
  await page.locator('tbody tr').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await walk('hotline-detail');
  await page.keyboard.press('Escape');

  await page.goto('/#/evaluation/questionnaires');
  await expect(page.getByRole('button', { name: 'New questionnaire' })).toBeVisible();
  await walk('questionnaires');
  await page.getByRole('cell', { name: /“高端人才沙龙”/ }).click();
  await expect(page.getByRole('button', { name: 'Print blank forms' })).toBeVisible();
  await walk('questionnaire');
  for (const [button, name] of [
    ['Edit questionnaire', 'design'],
    ['Print blank forms', 'print'],
    ['Import returns', 'import'],
  ]) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await walk(name);
    await page.keyboard.press('Escape');
  }
  const settle = page.getByRole('button', { name: /^Copy \d+ \(\d+\)$/ }).first();
  if (await settle.isVisible()) {
    await settle.click();
    await walk('settle');
    await page.keyboard.press('Escape');
  }
  await page.goto('/#/evaluation/questionnaires');
  await page.getByRole('cell', { name: /人才工作满意度调查问卷/ }).click();
  await page.getByRole('button', { name: 'Key in returns' }).click();
  await page.getByLabel('Copy no.').fill('451');
  await page.getByLabel('Copy no.').press('Enter');
  await walk('entry');

  await page.goto('/#/evaluation/results');
  await expect(page.getByRole('img', { name: /Units compared/ }).locator('svg')).toBeVisible();
  await walk('results');
  await page.getByRole('button', { name: 'Issue reminder', exact: true }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await walk('reminder');
  await page.keyboard.press('Escape');
  await page.goto('/#/evaluation/reminders');
  await expect(page.getByTestId('reminder-row').first()).toBeVisible();
  await walk('reminders');
  await openNav(page, 'Settings');
  await page.getByText('Working-day calendar').scrollIntoViewIfNeeded();
  await walk('settings');

  // The other systems' long lists in English keep their badges whole too (supervision's states, the register's).
  for (const [path, first] of [
    ['/#/supervision/items', 'OPEN'],
    ['/#/documents', 'ISSUED'],
  ]) {
    await page.goto(path);
    await expect(page.locator('.mantine-Badge-label', { hasText: first }).first()).toBeVisible();
    expect(await cutBadges(page), path).toEqual([]);
  }
});
