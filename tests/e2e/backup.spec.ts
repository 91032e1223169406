import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { createAdmin, openNav, signIn } from '../support/ui';

async function addUnit(page: Page, name: string) {
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '新建单位' }).click();
  await page.getByRole('dialog').getByLabel(/^名称/).fill(name);
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('cell', { name })).toBeVisible();
}

test('an encrypted backup restores the data as it was; a wrong passphrase changes nothing', async ({
  page,
  backupDir,
}) => {
  test.setTimeout(150_000);
  await createAdmin(page);
  await addUnit(page, '海城市教育局');

  await openNav(page, '设置');
  await page.getByRole('button', { name: '生成加密备份' }).click();
  await page.getByLabel('备份口令').fill('Backup#2026');
  await page.getByLabel('确认口令').fill('Backup#2026');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成并保存' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^人才工作台备份-\d{8}-\d{6}\.twb$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 4).toString()).toBe('TOWB');
  expect(bytes.toString('utf8')).not.toContain('海城市教育局');
  // The confirmation says where the backup went and how big it is.
  const size =
    bytes.length >= 1024 * 1024
      ? `${Number((bytes.length / 1048576).toFixed(1))} MB`
      : `${Math.round(bytes.length / 1024)} KB`;
  await expect(page.getByText(new RegExp(`^备份已保存到 .*${file.suggestedFilename()}.*（${size}）$`))).toBeVisible();

  await addUnit(page, '海城市财政局');

  await openNav(page, '设置');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件' }).click();
  await (
    await chooser
  ).setFiles({ name: file.suggestedFilename(), mimeType: 'application/octet-stream', buffer: bytes });
  await expect(page.getByText('单位：1 条')).toBeVisible();
  await page.getByLabel('备份口令').fill('wrong-passphrase');
  await page.getByRole('button', { name: '校验并恢复' }).click();
  await expect(page.getByText('口令不正确，未做任何改动。')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await openNav(page, '单位与人员');
  await expect(page.getByRole('cell', { name: '海城市财政局' })).toBeVisible();

  await openNav(page, '设置');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件' }).click();
  await (
    await chooser2
  ).setFiles({ name: file.suggestedFilename(), mimeType: 'application/octet-stream', buffer: bytes });
  await page.getByLabel('备份口令').fill('Backup#2026');
  await page.getByRole('button', { name: '校验并恢复' }).click();

  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  // The data as it was just before the restore was kept first, in the web host's backup folder.
  expect(readdirSync(backupDir).filter((name) => name.endsWith('-before-restore.twb'))).toHaveLength(1);
  await signIn(page);
  await openNav(page, '单位与人员');
  await expect(page.getByRole('cell', { name: '海城市教育局' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '海城市财政局' })).toHaveCount(0);
});

test('a damaged backup file is refused before any passphrase is asked', async ({ page }) => {
  await createAdmin(page);
  await openNav(page, '设置');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'x.twb',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('TOWB\u0001\u00ff\u00ff\u0000\u0000{}'),
  });
  await expect(page.getByText('备份文件无法使用（文件不完整），未做任何改动。')).toBeVisible();
  await expect(page.getByLabel('备份口令')).toHaveCount(0);
});

test('with the disk nearly full the app says so on every screen and refuses to save', async ({ page }) => {
  // The browser host reads the origin's quota: report 150 MB left of 10 GB.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: async () => ({ quota: 10 * 1024 ** 3, usage: 10 * 1024 ** 3 - 150 * 1024 ** 2 }),
    });
  });
  await createAdmin(page);
  await expect(page.getByText('磁盘空间即将用尽，已暂停保存')).toBeVisible();
  await openNav(page, '单位与人员');
  await expect(page.getByText('磁盘空间即将用尽，已暂停保存')).toBeVisible();
  await page.getByRole('button', { name: '新建单位' }).click();
  await page.getByRole('dialog').getByLabel(/^名称/).fill('海城市教育局');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('dialog').getByText(/存储空间已满，本次修改未保存/)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('暂无记录')).toBeVisible();
});

test('a truncated and a bit-flipped copy of a real backup file are each refused with their own message, and nothing changes', async ({
  page,
}) => {
  await createAdmin(page);
  await addUnit(page, '海城市教育局');
  await openNav(page, '设置');
  await page.getByRole('button', { name: '生成加密备份' }).click();
  await page.getByLabel('备份口令').fill('Backup#2026');
  await page.getByLabel('确认口令').fill('Backup#2026');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成并保存' }).click();
  const whole = readFileSync(await (await download).path());

  const flipped = Buffer.from(whole);
  flipped[whole.length - 40] ^= 0x01;
  const damaged: Array<[string, Buffer, string]> = [
    [
      'cut short on the way to the USB stick',
      whole.subarray(0, whole.length - 1000),
      '备份文件无法使用（文件不完整），未做任何改动。',
    ],
    ['one bit flipped by a failing stick', flipped, '备份文件无法使用（文件已损坏），未做任何改动。'],
  ];
  for (const [, bytes, message] of damaged) {
    await page.getByRole('button', { name: '从备份恢复' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择备份文件' }).click();
    await (await chooser).setFiles({ name: '人才工作台备份.twb', mimeType: 'application/octet-stream', buffer: bytes });
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByLabel('备份口令')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await openNav(page, '单位与人员');
  await expect(page.getByRole('cell', { name: '海城市教育局' })).toBeVisible();
});
