import { expect, type Page } from '@playwright/test';

export const ADMIN = { username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' };

/** First run on a fresh profile: create the administrator, who is then signed in. */
export async function createAdmin(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '首次使用：创建管理员' })).toBeVisible();
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.displayName);
  await page.getByLabel(/^密码/).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '创建并登录' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(ADMIN.displayName);
  // The first run then asks for the office's names and leaders: left for later (Settings keeps them).
  const prompt = page.getByRole('dialog', { name: '填写单位名称与领导姓名' });
  await prompt.getByRole('button', { name: '稍后填写' }).click();
  await expect(prompt).toHaveCount(0);
}

export async function signIn(page: Page, password = ADMIN.password): Promise<void> {
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

export async function openNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

/** Loads the sample data from Settings (the demo registry and a year of every system's records). */
export async function loadSampleData(page: Page, timeout = 60_000): Promise<void> {
  await openNav(page, '设置');
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByText('示例数据已载入')).toBeVisible({ timeout });
}

/** The registry list's name cells starting as `start` says (other columns, such as random contact names, may start alike). */
export function unitNameCells(page: Page, start: RegExp) {
  return page.locator('tbody tr td:first-child').filter({ hasText: start });
}
