import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { expectOnlyLocalRequests, killChromium, openProfile, storedCounts } from '../support/chromiumProfile';
import { importUnits, previewUnitImport, unitsCsv } from '../support/backupUi';
import { createAdmin, openNav, signIn, unitNameCells } from '../support/ui';

const BIG = 40_000;

test('a browser killed mid-import reopens with the data as before the import and no part of it', async ({
  backupDir,
}) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'workbench-crash-'));
  let browser = await openProfile(profile);
  try {
    await createAdmin(browser.page);
    await importUnits(browser.page, '第一批单位.csv', unitsCsv(3, { prefix: '甲' }), 3);
    const before = await storedCounts(browser.page);
    expect(before).toMatchObject({ units: 3, staff: 1 });

    await previewUnitImport(browser.page, '全市单位.csv', unitsCsv(BIG), BIG);
    await browser.page.getByRole('button', { name: `导入 ${BIG} 行` }).click();
    // Some chunks are written inside the import's one transaction: pull the plug now.
    await expect(browser.page.getByText(new RegExp(`正在写入 [1-9]\\d* / ${BIG}`))).toBeVisible({ timeout: 60_000 });
    expect(await browser.page.getByText(`已导入 ${BIG} 个单位。`).count()).toBe(0);
    await killChromium(profile);
    expectOnlyLocalRequests(browser.requests);

    browser = await openProfile(profile);
    await browser.page.goto('/');
    await expect(browser.page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
    // Every table holds exactly what it held before the import began: no partial batch.
    expect(await storedCounts(browser.page)).toEqual(before);
    await signIn(browser.page);
    await openNav(browser.page, '单位与人员');
    await expect(unitNameCells(browser.page, /^甲/)).toHaveCount(3);

    // The automatic backup taken before the big import holds the data as it was.
    const sidecars = readdirSync(backupDir)
      .filter((name) => name.endsWith('-before-import.json'))
      .sort();
    const newest = JSON.parse(readFileSync(path.join(backupDir, sidecars.at(-1)!), 'utf8')) as {
      counts: Record<string, number>;
    };
    expect(newest.counts.units).toBe(3);
    expectOnlyLocalRequests(browser.requests);
  } finally {
    await browser.context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});
