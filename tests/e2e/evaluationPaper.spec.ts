import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { blankFormPages, fillReturnTemplate, look, pickFile } from '../support/evaluationUi';
import { choose, importSupervisionRegistry } from '../support/supervisionUi';
import { ADMIN, createAdmin, openNav } from '../support/ui';

const CLERK = { username: 'lilei', displayName: '李雷', password: 'Clerk#2026a' };
const TITLE = '2026年第三季度人才服务满意度调查';

async function signInAs(page: Page, user: typeof ADMIN): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码').fill(user.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(user.displayName);
}

async function openQuestionnaire(page: Page): Promise<void> {
  await page.goto('/#/evaluation/questionnaires');
  await page.getByRole('cell', { name: new RegExp(TITLE) }).click();
}

/**
 * System 4's paper walk in Chromium, on a fixed clock (Monday 21 September 2026): a questionnaire
 * designed, its blank forms printed and looked at as pages, a copy keyed twice by two people with a
 * difference settled, more returns imported from the app's template, the matrix flagging a unit, its
 * 通报提醒 due in 15 working days across 中秋 and 国庆 (and the make-up Saturday), and the
 * rectification followed through supervision past its deadline to done, seen again from System 4.
 */
test('designs, prints and double-enters a questionnaire, imports returns, and tracks a rectification to done', async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  await page.clock.install({ time: new Date('2026-09-21T09:00:00') });
  await createAdmin(page);
  await importSupervisionRegistry(page);
  await openNav(page, '设置');
  const accounts = page.getByRole('region', { name: '工作人员账号' });
  await accounts.getByLabel('用户名').fill(CLERK.username);
  await accounts.getByLabel('姓名').fill(CLERK.displayName);
  await accounts.getByLabel('密码').fill(CLERK.password);
  await accounts.getByRole('button', { name: '创建账号' }).click();
  await expect(accounts.getByRole('cell', { name: CLERK.username })).toBeVisible();

  // 1. Design: two units rated on the three items, one single choice; double entry on.
  await page.goto('/#/evaluation/questionnaires');
  await page.getByRole('button', { name: '新建问卷' }).click();
  const design = page.getByRole('dialog');
  await design.getByLabel('问卷标题').fill(TITLE);
  await design.getByLabel('双人录入').check();
  await design.getByRole('button', { name: '添加矩阵评价题' }).click();
  await design.getByLabel('题目').nth(0).fill('请对下列单位的服务逐项评价');
  await choose(page, design.getByLabel('被评价单位'), '海城市教育局');
  await choose(page, design.getByLabel('被评价单位'), '牛庄镇');
  await page.getByRole('heading', { name: '新建问卷' }).click(); // closes the unit list
  await design.getByRole('button', { name: '添加单选题' }).click();
  await design.getByLabel('题目').nth(1).fill('您所在的领域');
  await design.getByLabel('选项').fill('企业；学校；医院');
  await design.getByRole('button', { name: '保存问卷' }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  // 2. Print ten numbered blank copies; the pages say copy, version and 密级, each with its code.
  await page.getByRole('button', { name: '打印空白问卷' }).click();
  await page.getByRole('dialog').getByLabel('份数').fill('10');
  await page.getByRole('dialog').getByRole('button', { name: '编号并打印' }).click();
  await expect(page.getByText('已编号第1至10份（第1版）')).toBeVisible();
  const blank = await blankFormPages(page, browser, 'blank-forms');
  expect(blank.pages % 10).toBe(0);
  for (const text of [TITLE, '第1版', '内部', '海城市教育局', '牛庄镇', '基本满意', '您所在的领域', '000001', '000010'])
    expect(blank.text).toContain(text);
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

  // 3. Copy 1 keyed by 王芳, then by 李雷 blind, who reads the 4th answer differently.
  await page.getByRole('button', { name: '录入回收问卷' }).click();
  await page.getByLabel('份号').fill('1');
  await page.getByLabel('份号').press('Enter');
  await page.keyboard.type('1111112');
  await page.keyboard.press('Enter');
  await expect(page.getByText('第1份已保存')).toBeVisible();
  await signInAs(page, CLERK);
  await openQuestionnaire(page);
  await page.getByRole('button', { name: '二次录入（1份待录）' }).click();
  await expect(page.getByLabel('份号')).toHaveValue('1');
  await page.getByLabel('份号').press('Enter');
  await page.keyboard.type('1112112');
  await page.keyboard.press('Enter');
  await expect(page.getByText('第1份两次录入有1处不一致，待核定')).toBeVisible();

  // 4. Settled against the paper: the first reading was right.
  await page.getByRole('button', { name: /返回《/ }).click();
  await page.getByRole('button', { name: '第1份（1处）' }).click();
  const settle = page.getByRole('dialog');
  await expect(settle.getByText(/第一次：王芳；第二次：李雷/)).toBeVisible();
  await settle.getByText('非常满意', { exact: true }).click();
  await look(page, 'zh-settle');
  await settle.getByRole('button', { name: '核定并计入结果' }).click();
  await expect(page.getByText('第1份已核定')).toBeVisible();
  await expect(page.getByText(/已录入1份，待二次录入或核定0份/)).toBeVisible();
  await signInAs(page, ADMIN);

  // 5. Import copies 2–7 from the template: a bad row refuses the whole file, then a good one.
  await openQuestionnaire(page);
  await page.getByRole('button', { name: '导入回收问卷' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载该版导入模板' }).click();
  const template = (await download).path();
  const answer = (no: number) => (no <= 3 ? '5' : no <= 6 ? '2' : '1');
  const rows = [2, 3, 4, 5, 6, 7].map((copy) => ({ copy, on: '2026-09-18', opinion: '审批材料多次退回', answer }));
  const bad = await fillReturnTemplate(await template, [...rows, { copy: 99, on: '2026-09-18', answer }]);
  await pickFile(page, '选择填好的文件', '回收.xlsx', bad);
  await expect(page.getByText('回收.xlsx：6行可导入，1行有错误')).toBeVisible();
  await expect(page.getByText(/第8行 份号“99”：本问卷没有打印过这个份号/)).toBeVisible();
  await expect(page.getByRole('button', { name: '导入6份' })).toBeDisabled();
  await pickFile(page, '选择填好的文件', '回收.xlsx', await fillReturnTemplate(await template, rows));
  const mapping = page.getByRole('table', { name: '列对应' });
  await expect(mapping.getByRole('row', { name: '份号 份号' })).toBeVisible();
  await expect(mapping.getByRole('row', { name: /^1\. 海城市教育局.*1\. 海城市教育局/ })).toBeVisible();
  await look(page, 'zh-import-preview');
  await page.getByRole('button', { name: '导入6份' }).click();
  await expect(page.getByText('已导入6份，第二人二次录入一致或核定后计入结果')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/已录入7份，待二次录入或核定6份/)).toBeVisible();

  // The questionnaire asks for two people: 李雷 keys the imported copies again, and they match.
  await signInAs(page, CLERK);
  await openQuestionnaire(page);
  await page.getByRole('button', { name: '二次录入（6份待录）' }).click();
  for (const copy of [2, 3, 4, 5, 6, 7]) {
    await expect(page.getByLabel('份号')).toHaveValue(String(copy));
    await page.getByLabel('份号').press('Enter');
    await page.keyboard.type('5552221');
    await page.keyboard.press('Enter');
    await expect(page.getByText(`第${copy}份两次录入一致，已计入结果`)).toBeVisible();
  }
  await signInAs(page, ADMIN);

  // 6. The matrix and a chart; 海城市教育局 is flagged and its 通报提醒 issued, due after 国庆.
  await page.goto('/#/evaluation/results');
  await expect(page.getByRole('columnheader', { name: '履职尽责、办事效率、服务态度' })).toBeVisible();
  // The comparison chart (ECharts, SVG) draws a bar for each unit rated this quarter.
  await expect(page.getByRole('img', { name: /各单位比较/ }).locator('svg text', { hasText: '牛庄镇' })).toHaveCount(1);
  await look(page, 'zh-results');
  const flag = page.getByTestId('flag').filter({ hasText: '海城市教育局 · 综合' });
  await flag.getByRole('button', { name: '通报提醒' }).click();
  const reminder = page.getByRole('dialog');
  await expect(reminder.getByText('整改期限：15个工作日，至2026-10-19（按国家法定节假日和调休计算）')).toBeVisible();
  await reminder.getByRole('button', { name: '编号并印发' }).click();
  await expect(page.getByText(/已印发.*整改期限2026-10-19，已列入督查督办/)).toBeVisible();

  // 7. Past the deadline System 4 shows it 逾期; supervision takes the feedback and verifies it done.
  await page.clock.setSystemTime(new Date('2026-10-21T09:00:00'));
  await page.goto('/#/evaluation/reminders');
  const row = page.getByTestId('reminder-row').filter({ hasText: '海城市教育局' });
  await expect(row.getByText('整改中')).toBeVisible();
  await expect(row.getByText(/逾期/)).toBeVisible();
  await look(page, 'zh-reminder-overdue');
  await row.getByRole('button').click();
  await page.getByRole('button', { name: '登记反馈' }).click();
  const feedback = page.getByRole('dialog');
  await feedback.getByLabel(/^负责人/).fill('李明');
  await feedback.getByLabel(/^办理情况/).fill('已精简审批材料，实行一次告知、限时办结。');
  await feedback.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已反馈待核实')).toBeVisible();
  await page.getByRole('button', { name: '核实办结情况' }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/^核实情况/)
    .fill('回访服务对象，情况属实');
  await page.getByRole('dialog').getByRole('button', { name: '办结登记并销号' }).click();
  await expect(page.getByText('已办结登记、销号')).toBeVisible();
  await page.goto('/#/evaluation/reminders');
  await expect(row.getByRole('button')).toHaveText('已办结');
  await look(page, 'zh-reminder-done');
});
