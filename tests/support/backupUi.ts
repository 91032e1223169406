import { randomInt } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { ADMIN, openNav } from './ui';

/** Random CJK text: IndexedDB's LevelDB compresses values, and random text does not shrink. */
export function randomCjk(length: number): string {
  return Array.from({ length }, () => String.fromCodePoint(0x4e00 + randomInt(0x5000))).join('');
}

/** A units sheet (CSV) of `count` member units with random names (and random party-organisation names when `bulky`). */
export function unitsCsv(count: number, { bulky = false, prefix = '' } = {}): Buffer {
  const lines = ['类别,名称,党组织名称,联系人'];
  for (let i = 0; i < count; i++)
    lines.push(`成员单位,${prefix}${randomCjk(bulky ? 90 : 12)}${i},${bulky ? randomCjk(110) : ''},${randomCjk(3)}`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Registry → 从表格导入 → pick the sheet → preview shows `count` good rows. Leaves the import button to the caller. */
export async function previewUnitImport(page: Page, fileName: string, csv: Buffer, count: number): Promise<void> {
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '从表格导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'text/csv', buffer: csv });
  await expect(page.getByText(`“${fileName}”：${count} 行可以导入，0 行有误。`)).toBeVisible({ timeout: 60_000 });
}

/** A whole import of a small sheet, which also leaves a 'before-import' automatic backup. */
export async function importUnits(page: Page, fileName: string, csv: Buffer, count: number): Promise<void> {
  await previewUnitImport(page, fileName, csv, count);
  await page.getByRole('button', { name: `导入 ${count} 行` }).click();
  await expect(page.getByText(`已导入 ${count} 个单位。`)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
}

/** The start-up guard's restore: the backup is encrypted, so an account's username and password open it. */
export async function restoreWithGuard(page: Page, password = ADMIN.password): Promise<void> {
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '恢复最新的完好备份' }).click();
}
