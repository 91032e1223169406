import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';

test('Settings → 关于 says which build this is and lists the bundled libraries with their licences', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '设置');
  const about = page.getByRole('region', { name: '关于' });
  await about.scrollIntoViewIfNeeded();
  await expect(about.getByRole('row', { name: /^版本/ })).toContainText('0.1.0');
  // `npm run web` serves the build: it has a build date, and the browser keeps the records itself.
  await expect(about.getByRole('row', { name: /^构建时间/ })).not.toContainText('开发模式');
  await expect(about.getByRole('row', { name: /^运行方式/ })).toContainText('浏览器');

  await about.getByRole('button', { name: '查看开源软件与许可' }).click();
  const dialog = page.getByRole('dialog', { name: '开源软件与许可' });
  await expect(dialog.getByText(/本程序包含以下 \d+ 个开源软件/)).toBeVisible();
  await dialog.getByRole('textbox', { name: '按名称或许可搜索' }).fill('dexie');
  await dialog.getByRole('button', { name: /^dexie\s/ }).click();
  await expect(dialog.getByText(/Apache License/).first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByText('English').first().click();
  const aboutEn = page.getByRole('region', { name: 'About' });
  await expect(aboutEn.getByRole('row', { name: /^Runs as/ })).toContainText('Browser');
  await aboutEn.scrollIntoViewIfNeeded();
});
