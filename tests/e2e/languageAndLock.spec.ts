import { test, expect } from '../support/fixtures';
import { ADMIN, createAdmin, openNav } from '../support/ui';

test('switching to English changes the interface and the choice survives a reload', async ({ page }) => {
  await createAdmin(page);
  await page.getByText('English').first().click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Registry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.getByText('中文').first().click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
});

test('the screen locks after the idle time set in Settings and unlocks with the password', async ({ page }) => {
  await page.clock.install();
  await createAdmin(page);
  await openNav(page, '设置');
  const idle = page.getByLabel('空闲锁屏时间');
  await idle.fill('2');
  await page.getByRole('region', { name: '安全' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();

  // A change of the PC's date (a month ahead) is not idle time: the lock counts on the monotonic clock.
  await page.clock.setSystemTime(new Date(Date.now() + 31 * 86_400_000));
  await page.waitForTimeout(2_500);
  await expect(page.getByRole('heading', { name: '已锁屏' })).toHaveCount(0);
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { name: '已锁屏' })).toHaveCount(0);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: '已锁屏' })).toBeVisible();
  // Unmounted, not hidden: nothing of the app's screens is left in the page.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByLabel('空闲锁屏时间')).toHaveCount(0);

  await page.getByRole('textbox', { name: '密码' }).fill('wrong-password');
  await page.getByRole('button', { name: '解锁' }).click();
  // The lock asked for the password alone: its message does not speak of a user name.
  await expect(page.getByRole('alert')).toHaveText('密码不正确。 再错 4 次将退出登录。');
  await page.getByRole('textbox', { name: '密码' }).fill(ADMIN.password);
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '已锁屏' })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('five wrong passwords at the lock sign the user out', async ({ page }) => {
  await page.clock.install();
  await createAdmin(page);
  await openNav(page, '设置');
  await page.getByLabel('空闲锁屏时间').fill('1');
  await page.getByRole('region', { name: '安全' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: '已锁屏' })).toBeVisible();
  for (let left = 4; left >= 1; left--) {
    await page.getByRole('textbox', { name: '密码' }).fill(`wrong-${left}`);
    await page.getByRole('button', { name: '解锁' }).click();
    await expect(page.getByText(`再错 ${left} 次将退出登录。`)).toBeVisible();
  }
  await page.getByRole('textbox', { name: '密码' }).fill('wrong-0');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '已锁屏' })).toHaveCount(0);
});
