import { test, expect } from '../support/fixtures';
import { ADMIN, createAdmin, openNav, signIn } from '../support/ui';

const CLERK = { username: 'lilei', displayName: '李雷', password: 'Clerk#2026a' };

test('an administrator disables, renames and resets a clerk’s account, and cannot disable the last admin', async ({
  page,
}) => {
  await createAdmin(page);
  await openNav(page, '设置');
  const panel = page.getByRole('region', { name: '工作人员账号' });
  await panel.getByLabel('用户名').fill(CLERK.username);
  await panel.getByLabel('姓名').fill(CLERK.displayName);
  await panel.getByLabel('密码').fill(CLERK.password);
  await panel.getByRole('button', { name: '创建账号' }).click();
  const clerkRow = panel.getByRole('row').filter({ hasText: CLERK.username });
  const adminRow = panel.getByRole('row').filter({ hasText: ADMIN.username });

  await adminRow.getByRole('button', { name: '停用' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '未执行：这是最后一个在用的管理员账号，不能停用' });
  await expect(refusal).toBeVisible();
  await refusal.getByRole('button').click();
  await expect(adminRow.getByText('在用')).toBeVisible();

  await clerkRow.getByRole('button', { name: '改名' }).click();
  await page.getByRole('dialog').getByLabel('姓名').fill('李雷雷');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(clerkRow.getByRole('cell', { name: '李雷雷' })).toBeVisible();

  await clerkRow.getByRole('button', { name: '重设密码' }).click();
  await page.getByRole('dialog').getByLabel('新密码').fill('Fresh#Start9');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('密码已重设，旧密码不再能登录')).toBeVisible();

  await clerkRow.getByRole('button', { name: '停用' }).click();
  await expect(clerkRow.getByText('已停用')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(CLERK.username);
  await page.getByLabel('密码').fill('Fresh#Start9');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('用户名或密码不正确。')).toBeVisible();

  await signIn(page);
  await openNav(page, '设置');
  await clerkRow.getByRole('button', { name: '启用' }).click();
  await expect(clerkRow.getByText('在用')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(CLERK.username);
  await page.getByLabel('密码').fill('Fresh#Start9');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('李雷雷');
});
