import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { contentHashes } from '../support/chromiumProfile';
import { E2E_ORIGIN } from '../support/e2eEnv';
import { importUnits, restoreWithGuard, unitsCsv } from '../support/backupUi';
import { ADMIN, createAdmin, openNav, signIn, loadSampleData, unitNameCells } from '../support/ui';

/** What a full disk and a restart have been seen to do: the origin's IndexedDB is gone. */
async function wipeDatabase(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: E2E_ORIGIN, storageTypes: 'indexeddb' });
  await page.reload();
}

/** The audit log in seq order, one "entity action entityId at" line per entry, read with plain IndexedDB. */
async function auditEntries(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('talent-office-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('audit').objectStore('audit').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as Array<Record<string, string>>).map(
                (e) => `${e.entity} ${e.action} ${e.entityId} ${e.at}`,
              ),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

function flipBit(file: string): void {
  const bytes = readFileSync(file);
  bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  writeFileSync(file, bytes);
}

/** The folder's automatic backups, oldest first (names start with the local date and time). */
const dataFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.twb'))
    .sort()
    .map((name) => path.join(dir, name));

test('when the database comes back empty the app passes over truncated and bit-flipped backups and restores the newest good one', async ({
  page,
  backupDir,
}) => {
  test.setTimeout(120_000);
  await createAdmin(page);
  // Each import keeps an automatic backup of the data as it was just before it.
  await importUnits(page, '甲.csv', unitsCsv(2, { prefix: '甲' }), 2);
  await importUnits(page, '乙.csv', unitsCsv(2, { prefix: '乙' }), 2); // backup: 甲×2
  await importUnits(page, '丙.csv', unitsCsv(2, { prefix: '丙' }), 2); // backup: 甲乙
  await importUnits(page, '丁.csv', unitsCsv(2, { prefix: '丁' }), 2); // backup: 甲乙丙
  const [, onlyJia, jiaYi, jiaYiBing] = dataFiles(backupDir);
  // Nothing in the folder can be read without a password: no unit name, no account.
  for (const file of dataFiles(backupDir)) {
    const text = readFileSync(file).toString('utf8');
    expect(text.startsWith('TOWB')).toBe(true);
    expect(text).not.toMatch(/甲|wangfang|王芳/);
  }
  truncateSync(jiaYiBing, Math.floor(readFileSync(jiaYiBing).length / 2));
  flipBit(jiaYi);
  // For a moment every backup is damaged: the app must say so and offer nothing to restore.
  const saved = `${onlyJia}.saved`;
  copyFileSync(onlyJia, saved);
  for (const file of dataFiles(backupDir)) if (file !== jiaYiBing && file !== jiaYi) flipBit(file);

  await wipeDatabase(page);
  await expect(page.getByRole('alert')).toHaveText(/备份文件夹中有 4 份自动备份，但都已损坏/);
  await expect(page.getByRole('button', { name: '恢复最新的完好备份' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '不恢复，从空白开始' })).toBeVisible();

  copyFileSync(saved, onlyJia);
  await page.reload();
  await expect(page.getByRole('heading', { name: '数据库为空，找到了备份' })).toBeVisible();
  await expect(page.getByText('较新的 2 份备份已损坏（文件不完整或校验不符），已跳过。')).toBeVisible();
  await expect(page.getByText('单位：2 条')).toBeVisible();
  // Automatic backups are encrypted for the office's accounts: a wrong password restores nothing.
  await restoreWithGuard(page, 'not-the-password');
  await expect(page.getByText('用户名或密码不正确：须是做这份备份时已有的账号')).toBeVisible();
  await restoreWithGuard(page);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible({ timeout: 30_000 });
  await signIn(page);
  await openNav(page, '单位与人员');
  await expect(unitNameCells(page, /^甲/)).toHaveCount(2);
  await expect(unitNameCells(page, /^[乙丙丁]/)).toHaveCount(0);
});

test('an encrypted backup taken, the database wiped and the backup restored give every table back with equal counts and content', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createAdmin(page);
  await loadSampleData(page);
  // An attachment (a Blob beside its record) must come back byte for byte too.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('talent-office-workbench');
        open.onsuccess = () => {
          const tx = open.result.transaction('attachments', 'readwrite');
          const bytes = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
          tx.objectStore('attachments').put({
            id: 'att-1',
            ownerType: 'documents',
            ownerId: 'd1',
            name: '证明材料.pdf',
            blob: new Blob([bytes], { type: 'application/pdf' }),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  const before = await contentHashes(page);
  // What the backup holds of the audit log (the backup's own entry comes after it).
  const loggedBefore = await auditEntries(page);
  expect(Number(before.units.split(':')[0])).toBeGreaterThan(50);
  expect(before.attachments.startsWith('1:')).toBe(true);

  await page.getByRole('button', { name: '生成加密备份' }).click();
  await page.getByLabel('备份口令').fill('Backup#2026');
  await page.getByLabel('确认口令').fill('Backup#2026');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成并保存' }).click();
  const file = await download;
  const bytes = readFileSync(await file.path());
  await wipeDatabase(page);
  await createAdmin(page);
  const loggedSinceWipe = await auditEntries(page);
  await openNav(page, '设置');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择备份文件' }).click();
  await (
    await chooser
  ).setFiles({ name: file.suggestedFilename(), mimeType: 'application/octet-stream', buffer: bytes });
  await page.getByLabel('备份口令').fill('Backup#2026');
  await page.getByRole('button', { name: '校验并恢复' }).click();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible({ timeout: 60_000 });

  // Every table as it was; the audit log keeps every entry it had, the backup's, and the restore's own.
  const after = await contentHashes(page);
  expect({ ...after, audit: '' }).toEqual({ ...before, audit: '' });
  const restoredLog = await auditEntries(page);
  for (const entry of loggedBefore) expect(restoredLog).toContain(entry);
  for (const entry of loggedSinceWipe) expect(restoredLog).toContain(entry);
  expect(restoredLog.at(-1)).toMatch(/^backup restore /);
  await signIn(page, ADMIN.password);
  await openNav(page, '单位与人员');
  await expect(page.getByRole('cell').first()).toBeVisible();
});
