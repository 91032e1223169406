import { mkdirSync } from 'node:fs';
import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';
import { switchLanguage } from '../support/supervisionUi';

test('Settings shows each document role’s official face, the face this PC prints with, and how to install', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '设置');
  const section = page.getByRole('region', { name: '公文字体' });
  const rows = section.getByRole('table', { name: '公文字体' }).getByRole('row');
  await expect(rows).toHaveCount(6);
  // This machine has none of the official faces: the body prints in Noto Serif CJK SC instead.
  const body = rows.filter({ hasText: '仿宋（正文）' });
  await expect(body).toContainText('仿宋_GB2312');
  await expect(body).toContainText('Noto Serif CJK SC');
  await expect(body).toContainText('以替代字体打印');
  // 小标宋: print reaches Noto Serif CJK SC Bold through its local() alias, and Settings names that face.
  const titles = rows.filter({ hasText: '小标宋' });
  await expect(titles).toContainText('方正小标宋简体');
  await expect(titles).toContainText('Noto Serif CJK SC Bold');
  await expect(titles).toContainText('以替代字体打印');
  await expect(titles).toContainText('经本机字体 Noto Serif CJK SC Bold 取得');
  await expect(section.getByText('本机没有可用字体')).toHaveCount(0);
  await expect(section.getByText(/C:\\Windows\\Fonts/)).toBeVisible();
  mkdirSync('test-results/screens', { recursive: true });
  await section.screenshot({ path: 'test-results/screens/settings-fonts-zh.png' });

  await switchLanguage(page, 'English');
  const english = page.getByRole('region', { name: 'Document fonts' });
  await expect(english.getByRole('row').filter({ hasText: 'FangSong' })).toContainText('Printed with a substitute');
  await expect(english.getByRole('row').filter({ hasText: 'XiaoBiaoSong' })).toContainText('Noto Serif CJK SC Bold');
  await expect(english.getByText(/fc-cache -f/)).toBeVisible();
  await english.screenshot({ path: 'test-results/screens/settings-fonts-en.png' });
});
