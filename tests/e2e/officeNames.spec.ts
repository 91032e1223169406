import { test, expect } from '../support/fixtures';
import { ADMIN, openNav, signIn } from '../support/ui';

test('the first run asks for the office names and leaders, with Haicheng shown and the sample leaders a click away', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.displayName);
  await page.getByLabel(/^密码/).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '创建并登录' }).click();

  const prompt = page.getByRole('dialog', { name: '填写单位名称与领导姓名' });
  await expect(prompt.getByLabel('城市名称')).toHaveValue('海城市');
  await expect(prompt.getByLabel('人才办名称')).toHaveValue('海城市人才工作领导小组办公室');
  await expect(prompt.getByLabel('组长姓名')).toHaveValue('');
  await page.screenshot({ path: 'test-results/screens/office-names-prompt-zh.png' });
  await prompt.getByRole('button', { name: '填入示例单位的领导姓名' }).click();
  await expect(prompt.getByLabel('组长姓名')).toHaveValue('张建国');
  await prompt.getByLabel('人才办主任姓名').fill('李明');
  await prompt.getByRole('button', { name: '保存' }).click();
  await expect(prompt).toHaveCount(0);

  await openNav(page, '设置');
  await expect(page.getByLabel('人才办主任姓名')).toHaveValue('李明');
  await expect(page.getByLabel('组长姓名')).toHaveValue('张建国');

  // Asked once: signing in again goes straight to the app.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText(ADMIN.displayName);
  await page.waitForTimeout(500);
  await expect(prompt).toHaveCount(0);
});

test('in English the first run asks the same, and 稍后 leaves the names blank for Settings', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('workbench.language', 'en'));
  await page.reload();
  await page.getByLabel('User name').fill(ADMIN.username);
  await page.getByLabel('Full name').fill(ADMIN.displayName);
  await page.getByLabel(/^Password/).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create and sign in' }).click();

  const prompt = page.getByRole('dialog', { name: "Your office's names and leaders" });
  await expect(prompt.getByLabel('City')).toHaveValue('海城市');
  await expect(prompt.getByText(/Haicheng's names are shown/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/office-names-prompt-en.png' });
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  await openNav(page, 'Settings');
  await expect(page.getByRole('textbox', { name: 'Group leader', exact: true })).toHaveValue('');
});
