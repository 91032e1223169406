import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { expectOnlyLocalRequests, killChromium, openProfile } from '../support/chromiumProfile';
import { importUnits, previewUnitImport, restoreWithGuard, unitsCsv } from '../support/backupUi';
import { openNav, createAdmin, signIn, unitNameCells } from '../support/ui';

test('with the disk filled by another program a save fails clearly, and no restart finds the data empty', async ({
  backupDir,
}) => {
  test.setTimeout(240_000);
  // A small disk of its own for the profile (CI runs as root). No mount, no test: this throws.
  const mountPoint = mkdtempSync(path.join(os.tmpdir(), 'workbench-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=600m', 'tmpfs', mountPoint]);
  const profile = path.join(mountPoint, 'profile');
  mkdirSync(profile);
  const filler = path.join(mountPoint, 'filler');
  // The backup folder is on another disk, as the desktop app keeps it beside the profile's folder.
  expect(statfsSync(backupDir).blocks).not.toBe(statfsSync(mountPoint).blocks);

  let browser = await openProfile(profile);
  try {
    await createAdmin(browser.page);
    await importUnits(browser.page, '第一批单位.csv', unitsCsv(5, { prefix: '甲' }), 5);
    await importUnits(browser.page, '第二批单位.csv', unitsCsv(3, { prefix: '乙' }), 3);

    // Another program fills the disk to the last block.
    const fill = spawnSync('sh', ['-c', `cat /dev/zero > '${filler}'`]);
    expect(fill.stderr.toString()).toMatch(/No space left on device/);
    expect(statfsSync(mountPoint).bavail).toBe(0);

    // The app writes a sheet of 2 000 units (random text, some 2.5 MB) into the full disk.
    await previewUnitImport(browser.page, '丙批单位.csv', unitsCsv(2000, { bulky: true, prefix: '丙' }), 2000);
    await browser.page.getByRole('button', { name: '导入 2000 行' }).click();
    await expect(
      browser.page.getByRole('dialog').getByText(/存储空间已满，本次修改未保存|数据未能写入.*原有数据未受影响/),
    ).toBeVisible({ timeout: 60_000 });

    // The machine is restarted the hard way; the user frees the disk and starts the app again.
    await killChromium(profile);
    expectOnlyLocalRequests(browser.requests);
    rmSync(filler);
    browser = await openProfile(profile);
    const page = browser.page;
    await page.goto('/');
    const signInButton = page.getByRole('button', { name: '登录', exact: true });
    const recover = page.getByRole('button', { name: '恢复最新的完好备份' });
    await expect(signInButton.or(recover)).toBeVisible({ timeout: 30_000 });
    // Never the first-run form of an office that has lost everything.
    await expect(page.getByRole('heading', { name: '首次使用：创建管理员' })).toHaveCount(0);
    const restored = await recover.isVisible();
    // Which of the two the profile came back as, for the report (test-results/e2e.json).
    test.info().annotations.push({
      type: 'after restart',
      description: restored ? 'database empty: restored from the automatic backup' : 'data present',
    });
    if (restored) {
      // The backup kept before the refused import: both earlier sheets, eight units.
      await expect(page.getByText('单位：8 条')).toBeVisible();
      await restoreWithGuard(page);
      await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: 30_000 });
    }
    await signIn(page);
    await openNav(page, '单位与人员');
    await expect(unitNameCells(page, /^甲/)).toHaveCount(5);
    await expect(unitNameCells(page, /^乙/)).toHaveCount(3);
    await expect(unitNameCells(page, /^丙/)).toHaveCount(0);
    expectOnlyLocalRequests(browser.requests);
  } finally {
    await browser.context.close().catch(() => undefined);
    spawnSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  }
});
