import { test, expect } from '../support/fixtures';
import { ADMIN, createAdmin, signIn } from '../support/ui';

test('first run creates the administrator, and only the right password signs in again', async ({ page }) => {
  await createAdmin(page);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await signIn(page, 'not-the-password');
  await expect(page.getByText('用户名或密码不正确。')).toBeVisible();
  await signIn(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText(ADMIN.displayName);
  await page.getByRole('navigation').getByRole('link', { name: '操作日志' }).click();
  await expect(page.getByRole('table').getByText('王芳').first()).toBeVisible();
});

test('a reload signs the user out: no record shows before sign-in', async ({ page }) => {
  await createAdmin(page);
  await page.reload();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
});
