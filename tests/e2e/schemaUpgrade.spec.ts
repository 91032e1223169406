import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { expectOnlyLocalRequests, killChromium, openProfile, storedCounts } from '../support/chromiumProfile';
import { installedVersion, somePeople, writeVersion3Database } from '../support/oldDatabase';
import { openNav, signIn } from '../support/ui';
import { LATEST_SCHEMA_VERSION } from '../../renderer/core/data/schema/versions';

// Enough rows that the upgrade takes seconds (~5 s here), so the kill lands inside it.
const PEOPLE = 15_000;

const beforeUpgradeSidecars = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('-before-upgrade.json'))
    .map(
      (name) =>
        JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as {
          schemaVersion: number;
          counts: Record<string, number>;
        },
    );

test('a browser killed mid-upgrade leaves the old data whole; the next start backs it up and upgrades', async ({
  backupDir,
}) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'workbench-upgrade-'));
  let browser = await openProfile(profile);
  try {
    await writeVersion3Database(browser.page, PEOPLE);

    // The new release starts: it keeps a backup of the version 3 data, then upgrades it…
    await browser.page.goto('/');
    await expect.poll(() => beforeUpgradeSidecars(backupDir).length, { timeout: 120_000, intervals: [50] }).toBe(1);
    // …and the power goes while the upgrade transaction rewrites every person.
    await killChromium(profile);
    expectOnlyLocalRequests(browser.requests);

    browser = await openProfile(profile);
    // IndexedDB rolled the upgrade back: still version 3, every row there.
    expect(await installedVersion(browser.page), 'the upgrade finished before the kill; give it more rows').toBe(3);
    expect(await storedCounts(browser.page)).toMatchObject({ people: PEOPLE, units: 1, staff: 1 });
    for (const person of await somePeople(browser.page))
      expect(person).toMatchObject({ sortKey: expect.stringMatching(/^人才\d{6}\|p\d+$/), terms: expect.any(Array) });

    await browser.page.goto('/');
    await expect.poll(() => beforeUpgradeSidecars(backupDir).length, { timeout: 120_000, intervals: [50] }).toBe(2);
    await expect(browser.page.getByRole('button', { name: '登录', exact: true })).toBeVisible({ timeout: 180_000 });
    expect(await installedVersion(browser.page)).toBe(LATEST_SCHEMA_VERSION);
    expect(await storedCounts(browser.page)).toMatchObject({ people: PEOPLE, units: 1, staff: 1 });
    // Each start kept its own backup of the version 3 data before upgrading.
    expect(beforeUpgradeSidecars(backupDir)).toEqual([
      expect.objectContaining({ schemaVersion: 3, counts: expect.objectContaining({ people: PEOPLE, staff: 1 }) }),
      expect.objectContaining({ schemaVersion: 3, counts: expect.objectContaining({ people: PEOPLE, staff: 1 }) }),
    ]);

    await browser.page.goto('/');
    await signIn(browser.page);
    await openNav(browser.page, '单位与人员');
    await browser.page.getByRole('tab', { name: '人员' }).click();
    await expect(browser.page.getByRole('cell', { name: '人才000000' })).toBeVisible();
    // Upgraded rows: role first in the sort key, no search terms.
    for (const person of await somePeople(browser.page)) expect(person).not.toHaveProperty('terms');
    expectOnlyLocalRequests(browser.requests);
  } finally {
    await browser.context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});

test('with no backup possible the upgrade does not run, the user is told why, and a retry upgrades', async ({
  page,
  backupDir,
}) => {
  test.setTimeout(120_000);
  await writeVersion3Database(page, 20);
  // The backup folder cannot be made: a file sits where it should be.
  rmSync(backupDir, { recursive: true, force: true });
  writeFileSync(backupDir, 'not a folder');
  try {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '无法打开数据库' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      `新版本需要把数据库从第 3 版升级到第 ${LATEST_SCHEMA_VERSION} 版，但升级前的自动备份未能写入。为防数据丢失，升级没有进行，原有数据未改动。`,
    );
    await expect(page.getByText(/^原因：/)).toBeVisible();
    expect(await installedVersion(page)).toBe(3);
    expect(await storedCounts(page)).toMatchObject({ people: 20, staff: 1 });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '无法打开数据库' })).toBeVisible();
  } finally {
    rmSync(backupDir, { force: true });
    mkdirSync(backupDir, { recursive: true });
  }
  // The folder is back; the user tries again.
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  expect(beforeUpgradeSidecars(backupDir)).toHaveLength(1);
  expect(await installedVersion(page)).toBe(LATEST_SCHEMA_VERSION);
  expect(await storedCounts(page)).toMatchObject({ people: 20, staff: 1 });
});
