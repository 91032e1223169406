import { test, expect } from '../support/fixtures';
import { ADMIN, createAdmin, signIn } from '../support/ui';
import { printedAddress } from '../support/webHostSession';

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

test("the page's inline first script runs under its CSP and hands the texts and the account count over", async ({
  page,
}) => {
  await createAdmin(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { violations?: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.reload();
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  // Blocked by a wrong hash, the script would leave nothing: the app would still start, a request later.
  const early = await page.evaluate(() => {
    const left = (window as { workbenchEarly?: object }).workbenchEarly;
    return {
      ran: left !== undefined,
      left: Object.keys(left ?? {}),
      violations: (window as { violations?: string[] }).violations,
    };
  });
  expect(early).toEqual({ ran: true, left: [], violations: [] });
  await signIn(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText(ADMIN.displayName);
});

test('only the browser that opened the address npm run web printed gets the app; the address works once', async ({
  browser,
}) => {
  // A browser without the session (another program, another user's browser, a bookmark of the plain address).
  const stranger = await browser.newContext({ storageState: undefined });
  const page = await stranger.newPage();
  const answer = await page.goto('/');
  expect(answer?.status()).toBe(403);
  await expect(
    page.getByText('本页只能从运行 npm run web 的终端窗口中显示的地址打开。', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: '首次使用：创建管理员' })).toHaveCount(0);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  // The printed address was used by the browser the tests run in: it opens nothing a second time.
  const again = await page.goto(await printedAddress());
  expect(again?.status()).toBe(403);
  await expect(page.getByText('这个地址已经用过或已失效', { exact: false })).toBeVisible();
  const apiCall = await page.evaluate(async () => (await fetch('/api/list-backups', { method: 'POST' })).status);
  expect(apiCall).toBe(403);
  await stranger.close();
});

test('on a nearly full disk, sign-out always signs out and sign-in comes with its audit entry', async ({ page }) => {
  // The browser host reads the origin's quota: 150 MB left, below the level where saving stops.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: async () => ({ quota: 10 * 1024 ** 3, usage: 10 * 1024 ** 3 - 150 * 1024 ** 2 }),
    });
  });
  await createAdmin(page);
  await expect(page.getByText('磁盘空间即将用尽，已暂停保存')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await signIn(page);
  await expect(page.getByTestId('signed-in-user')).toHaveText(ADMIN.displayName);
  await page.getByRole('navigation').getByRole('link', { name: '操作日志' }).click();
  const log = page.getByRole('table');
  await expect(log.getByText('登录', { exact: true })).toHaveCount(1);
  await expect(log.getByText('退出登录', { exact: true })).toHaveCount(1);
});
