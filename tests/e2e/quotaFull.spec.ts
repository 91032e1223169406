import { test, expect } from '../support/fixtures';
import { storedCounts } from '../support/chromiumProfile';
import { E2E_ORIGIN } from '../support/e2eEnv';
import { importUnits, previewUnitImport, unitsCsv } from '../support/backupUi';
import { createAdmin, unitNameCells } from '../support/ui';

const FULL = '存储空间已满，本次修改未保存，原有数据未受影响。请清理磁盘后重试。';

test('with the storage quota used up, an import and then a save each say storage is full, keep nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Chromium reads an origin's quota when IndexedDB first opens there, so it is set first:
  // 2 MB, room for the office's first steps but not for a sheet of 3 000 units.
  await page.goto('/quota-setup');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: E2E_ORIGIN, quotaSize: 2 * 1024 ** 2 });

  await createAdmin(page);
  await importUnits(page, '第一批单位.csv', unitsCsv(5, { prefix: '甲' }), 5);
  const before = await storedCounts(page);

  // Random text, so LevelDB cannot compress the sheet's ~2.5 MB under the quota.
  await previewUnitImport(page, '大量单位.csv', unitsCsv(3000, { bulky: true }), 3000);
  await page.getByRole('button', { name: '导入 3000 行' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(FULL)).toBeVisible({ timeout: 60_000 });
  expect(await storedCounts(page)).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(unitNameCells(page, /^甲/)).toHaveCount(5);

  // The quota is spent (Chromium counts what the aborted import spilled to disk until it cleans
  // up): a single new unit meets it too, says so, and leaves nothing.
  await page.getByRole('button', { name: '新建单位' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/^名称/).fill('乙海城市教育局');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText(FULL)).toBeVisible();
  expect(await storedCounts(page)).toEqual(before);
  await form.getByRole('button', { name: '取消' }).click();
  await expect(unitNameCells(page, /^甲/)).toHaveCount(5);
});
