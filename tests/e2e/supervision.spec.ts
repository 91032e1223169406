import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { DRAW_ALGORITHM, runDraw } from '../../shared/systems/supervision/randomDraw';
import { test, expect } from '../support/fixtures';
import { ADMIN, createAdmin, openNav } from '../support/ui';
import {
  choose,
  confirmPrint,
  importSupervisionRegistry,
  registerInstruction,
  shoot,
  startSupervision,
  switchLanguage,
  VILLAGES,
} from '../support/supervisionUi';

const START = new Date('2026-05-06T09:00:00');
const SEED = 'e2e-2026';
const EXCLUDED = '东四方台村';

/** What draw-v1 must give for these villages (registry order = name order here), by its own rules. */
const expectedDraw = runDraw({
  algorithm: DRAW_ALGORITHM,
  seed: SEED,
  candidates: VILLAGES.map((name) => ({ unitId: name, name, key: `3|00000|${name}|` })),
  exclusions: [{ unitId: EXCLUDED, reason: 'x' }],
  mode: 'count',
  value: 2,
}).result;

test('a year of supervision in one walk: a random check to archive, a late item, an unannounced check', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.install({ time: START });
  await createAdmin(page);
  await importSupervisionRegistry(page);

  // 1. Define a random check (S2-4.1).
  await openNav(page, '督查抽查');
  await page.getByRole('tab', { name: '督查抽查' }).click();
  await page.getByRole('button', { name: '新建督查' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/^督查事项名称/).fill('2026年第二季度村（社区）招工招才工作随机抽查');
  await choose(page, form.getByRole('combobox', { name: '督查内容类别' }), /党组织推动招工招才/);
  await form
    .getByLabel(/^督查内容/)
    .last()
    .fill('了解村（社区）党组织推动招工招才工作开展情况。');
  await form.getByText('随机抽查', { exact: true }).click();
  await choose(page, form.getByRole('combobox', { name: '限定镇（街道）' }), '牛庄镇');
  await form.getByLabel('抽取数量（个）').fill('2');
  await form.getByLabel(/^开始日期/).fill('2026-05-12');
  await form.getByLabel(/^结束日期/).fill('2026-05-20');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '2026年第二季度村（社区）招工招才工作随机抽查' })).toBeVisible();

  // 2. The leader signs first (S2-5.1): the app refuses to start before, and says why.
  await page.getByRole('button', { name: '开始实地督查' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '尚未经市人才工作领导小组组长签批同意' })).toBeVisible();
  await page.getByRole('button', { name: '提交并打印呈批单' }).click();
  const slip = await confirmPrint(page);
  expect(slip).toContain('呈批单');
  expect(slip).toContain('海人才办呈〔2026〕1号');
  await page.getByRole('button', { name: '登记组长批示' }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/^批示领导/)
    .fill('李强');
  await page.getByRole('dialog').getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('已批准', { exact: true })).toBeVisible();

  // 3. Draw the targets reproducibly, with a 回避 exclusion; re-run; print the record.
  const drawSection = page.getByRole('region', { name: '二、随机抽签' });
  await choose(page, drawSection.getByRole('combobox', { name: '回避单位' }), EXCLUDED);
  await drawSection.getByLabel('回避理由').fill('督查组成员曾在该村任职');
  await drawSection.getByRole('button', { name: '加入回避' }).click();
  await drawSection.getByLabel(/^随机种子/).fill(SEED);
  await drawSection.getByRole('button', { name: '抽签' }).click();
  const drawn = drawSection.getByRole('list', { name: '抽中的单位' }).getByRole('listitem');
  // Each village with its town: a village's name alone may be two places.
  await expect(drawn).toHaveText(expectedDraw.map((name) => `牛庄镇·${name}`));
  await drawSection.getByRole('button', { name: '复核抽签' }).click();
  await expect(page.getByText('复核一致')).toBeVisible();
  await drawSection.getByRole('button', { name: '打印抽签记录' }).click();
  const record = await confirmPrint(page);
  for (const text of ['随机抽查抽签记录', SEED, 'draw-v1', `牛庄镇·${EXCLUDED}（督查组成员曾在该村任职）`])
    expect(record).toContain(text);
  await shoot(page, 'zh-check-drawn');

  // 4. The special notice, in the seed's way of working (S2-4.2, S2-3.1).
  await page.getByRole('button', { name: '编号并下发专项通知' }).click();
  const notice = await confirmPrint(page);
  for (const text of ['海人才办发〔2026〕1号', '不安排专人陪同', '不听取专题汇报', '不查看留痕资料', ...expectedDraw])
    expect(notice).toContain(text);
  expect(notice).not.toContain(EXCLUDED);

  // 5. On site: findings at the first target with two unfinished matters (S2-4.3).
  await page.getByRole('button', { name: '开始实地督查' }).click();
  await page.getByRole('button', { name: '登记督查情况' }).click();
  const finding = page.getByRole('dialog');
  await choose(page, finding.getByRole('combobox', { name: '督查对象' }), expectedDraw[0]);
  await finding.getByLabel(/^督查日期/).fill('2026-05-14');
  // The ways actually used, ticked: none is ticked for the worker.
  await finding.getByRole('checkbox', { name: '调研走访' }).check();
  await finding.getByRole('checkbox', { name: '实地察看' }).check();
  await finding.getByLabel(/^了解和核查的情况/).fill('走访返乡创业人员三户，察看村级劳务合作社，与村党支部座谈。');
  await finding.getByLabel(/^好的做法/).fill('依托劳务合作社组织就近就业');
  for (const [i, [matter, due]] of [
    ['村级人才信息库未建立', '2026-06-05'],
    ['招工信息公开栏未设立', '2026-06-10'],
  ].entries()) {
    await finding.getByRole('button', { name: '添加未完成事项' }).click();
    const group = finding.getByRole('group', { name: `未完成事项 ${i + 1}` });
    await group.getByLabel(/^督办事项/).fill(matter);
    await group.getByLabel(/^督办要求/).fill('按期完成并报送证明材料');
    await group.getByLabel(/^办结时限/).fill(due);
    await group.getByLabel(/^反馈时限/).fill(due);
  }
  // No rating is preset: saving without one is refused with the field named, and nothing is recorded.
  await finding.getByRole('button', { name: '保存' }).click();
  await expect(finding.getByText('必填', { exact: true })).toBeVisible();
  await finding.getByRole('radio', { name: '较好' }).check();
  await finding.getByRole('button', { name: '保存' }).click();
  await expect(finding).toHaveCount(0);
  await expect(page.getByText('2026-05-14 · 调研走访、实地察看 · 评价：较好', { exact: true })).toBeVisible();

  // 6. Two numbered 督办通知单, printed one page with the tear-off 回执 (S2-4.4).
  for (const [i, number] of ['海人才督〔2026〕1号', '海人才督〔2026〕2号'].entries()) {
    await page
      .getByRole('group', { name: `未完成事项 ${i + 1}` })
      .getByRole('button', { name: '编号并打印督办通知单' })
      .click();
    const printed = await confirmPrint(page);
    for (const text of ['督办通知单', number, '回执', '办结时限', '反馈时限']) expect(printed).toContain(text);
  }
  await shoot(page, 'zh-check-findings');

  // 7. First item: feedback with evidence → verified → 销号 → archived (S2-5.2, S2-4.5).
  await page.getByRole('button', { name: /1\. 村级人才信息库未建立/ }).click();
  await page.getByRole('button', { name: '登记反馈' }).click();
  const feedback = page.getByRole('dialog');
  await feedback.getByLabel(/^负责人/).fill('李明');
  await feedback.getByLabel(/^办理情况/).fill('已建立村级人才信息库，录入返乡人才42人。');
  const chooser = page.waitForEvent('filechooser');
  await feedback.getByRole('button', { name: /添加证明材料/ }).click();
  await (
    await chooser
  ).setFiles({ name: '信息库截图.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]) });
  await expect(feedback.getByRole('cell', { name: '信息库截图.png', exact: true })).toBeVisible();
  await feedback.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已反馈待核实')).toBeVisible();
  await page.getByRole('button', { name: '核实办结情况' }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/^核实情况/)
    .fill('实地查看信息库，情况属实');
  await page.getByRole('dialog').getByRole('button', { name: '办结登记并销号' }).click();
  await expect(page.getByText('已办结登记、销号')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立卷归档' }).click();
  const bundle = await download;
  expect(bundle.suggestedFilename()).toBe('海人才督〔2026〕1号 立卷归档.zip');
  const zip = unzipSync(new Uint8Array(readFileSync(await bundle.path())));
  // Each step a document of its own, filed in order; the browser's bundle holds print pages, no PDF.
  const names = [
    '00-卷内文件目录.docx',
    '00-卷内文件目录.html',
    '01-督办通知单.docx',
    '01-督办通知单.html',
    '02-办理情况反馈.docx',
    '02-办理情况反馈.html',
    '03-核实办结销号登记.docx',
    '03-核实办结销号登记.html',
    '04-办理情况登记表.docx',
    '04-办理情况登记表.html',
    '证明材料/02-01-信息库截图.png',
  ];
  expect(Object.keys(zip).sort()).toEqual(names);
  expect(strFromU8(zip['03-核实办结销号登记.html'])).toContain('实地查看信息库，情况属实');
  expect(strFromU8(zip['00-卷内文件目录.html'])).not.toContain('.pdf');
  // Debian's unzip shows the names as they are (UTF-8, bit 11, made on Unix).
  const listed = execFileSync('unzip', ['-l', await bundle.path()], { encoding: 'utf8' });
  for (const name of names) expect(listed).toContain(name);
  if (process.env.SHOTS_DIR) copyFileSync(await bundle.path(), `${process.env.SHOTS_DIR}/bundle.zip`);
  await expect(page.getByText(/已立卷归档（/)).toBeVisible();
  await expect(page.getByText(/浏览器版不含 PDF/)).toBeVisible();
  // An archived item's bundle can be saved again, the same files.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: '再次保存归档材料' }).click();
  expect(Object.keys(unzipSync(new Uint8Array(readFileSync(await (await again).path())))).sort()).toEqual(names);
  await shoot(page, 'zh-item-archived');

  // 8. Second item: the deadline passes (the clock moves): red, days overdue, 情况说明 for 阅示.
  await page.clock.setSystemTime(new Date('2026-06-15T09:00:00'));
  // Left unattended half an hour, the screen is locked (a change of date alone does not lock it).
  await page.clock.fastForward('30:00');
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '解锁' }).click();
  await openNav(page, '工作台');
  await expect(page.getByTestId('supervision-overdue')).toHaveText('1');
  await page.getByRole('button', { name: '逾期', exact: true }).click();
  const rows = page.getByRole('table', { name: '督办事项列表' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('逾期 5 天');
  await expect(rows.nth(1).locator('[data-deadline="overdue"]')).toHaveCSS('background-color', 'rgb(250, 82, 82)');
  await shoot(page, 'zh-items-overdue');
  await rows.nth(1).getByRole('button', { name: '招工信息公开栏未设立' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '须责令责任单位出具情况说明' })).toBeVisible();
  await page.getByRole('button', { name: '登记情况说明' }).click();
  const explanation = page.getByRole('dialog');
  await explanation.getByLabel(/^出具人/).fill('李明');
  await explanation.getByLabel(/^未按期完成的原因/).fill('公开栏选址需村民代表会议通过，会议推迟。');
  await explanation.getByLabel(/^下步措施/).fill('6月25日前召开会议并设立公开栏。');
  await explanation.getByRole('button', { name: '保存' }).click();
  await page.getByRole('button', { name: '编号并打印呈阅件' }).click();
  const reading = await confirmPrint(page);
  for (const text of ['呈阅件', '海人才办呈〔2026〕2号', '已逾期5天', '领导阅示']) expect(reading).toContain(text);
  await page.getByRole('button', { name: '登记组长阅示' }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/^阅示领导/)
    .fill('李强');
  await page
    .getByRole('dialog')
    .getByLabel(/^阅示意见/)
    .fill('请持续跟踪督办');
  await page.getByRole('dialog').getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('李强 2026-06-15 阅示：请持续跟踪督办')).toBeVisible();
  await expect(page.getByText('逾期 5 天').first()).toBeVisible();
  await shoot(page, 'zh-item-overdue');

  // 9. An unannounced check: no notice exists, and its slip names no target and no date.
  await openNav(page, '督查抽查');
  await page.getByRole('tab', { name: '督查抽查' }).click();
  await page.getByRole('button', { name: '新建督查' }).click();
  const secret = page.getByRole('dialog');
  await secret.getByLabel(/^督查事项名称/).fill('西牛村招工招才暗访');
  await secret
    .getByLabel(/^督查内容/)
    .last()
    .fill('暗访西牛村招工招才工作。');
  await secret.getByText('暗访督查', { exact: true }).click();
  await choose(page, secret.getByRole('combobox', { name: '督查对象' }), '西牛村');
  await secret.getByLabel(/^开始日期/).fill('2026-06-23');
  await secret.getByLabel(/^结束日期/).fill('2026-06-24');
  await secret.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('no-notice')).toContainText('暗访督查不预先通知');
  await expect(page.getByRole('button', { name: '编号并下发专项通知' })).toHaveCount(0);
  await page.getByRole('button', { name: '提交并打印呈批单' }).click();
  const secretSlip = await confirmPrint(page);
  expect(secretSlip).toContain('暗访督查');
  for (const hidden of ['西牛村', '2026年6月23日', '2026-06-23', '6月23日', '6月24日'])
    expect(secretSlip).not.toContain(hidden);
  await shoot(page, 'zh-unannounced');

  // The same screens in English.
  await switchLanguage(page, 'English');
  await shoot(page, 'en-unannounced');
  await page.goto('/#/supervision/items.overdue');
  await shoot(page, 'en-items-overdue');
  await openNav(page, 'Dashboard');
  await shoot(page, 'en-dashboard');
  await page.goto('/#/supervision/checks');
  await page.getByRole('button', { name: '2026年第二季度村（社区）招工招才工作随机抽查' }).click();
  await shoot(page, 'en-check');
  await page.goto('/#/supervision/results');
  await shoot(page, 'en-results');
  await switchLanguage(page, '中文');
  await openNav(page, '工作台');
  await shoot(page, 'zh-dashboard');
});

test('an annual task list imports whole or not at all, and a leader’s instruction becomes one item per unit', async ({
  page,
}) => {
  await startSupervision(page);
  const upload = async (csv: string) => {
    await page.getByRole('button', { name: '导入任务分解清单' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件' }).click();
    await (
      await chooser
    ).setFiles({ name: '任务分解清单.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
  };
  const header = '任务,工作要求,责任单位,完成时限\n';
  await upload(
    `${header}开展“人才服务月”活动,组织对接活动,教育局、牛庄镇,2026-09-30\n建立返乡人才信息库,,不存在的局,2026-06-30\n`,
  );
  await expect(page.getByText('有误的行须全部改正后才能导入')).toBeVisible();
  await expect(
    page.getByRole('table', { name: '有误的行' }).getByRole('row', { name: /3.*责任单位.*不存在的局.*找不到该单位/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '导入 1 行' })).toBeDisabled();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await upload(
    `${header}开展“人才服务月”活动,组织对接活动,教育局、牛庄镇,2026-09-30\n建立返乡人才信息库,,海城经济开发区,2026/6/30\n`,
  );
  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByText('已导入 3 项督办事项。')).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).click();

  await registerInstruction(page, '落实高校毕业生留海就业补贴', ['海城市教育局', '牛庄镇']);

  await page.getByText('按来源', { exact: true }).click();
  await choose(page, page.getByRole('combobox', { name: '来源' }), '领导批示');
  await expect(page.getByRole('table', { name: '督办事项列表' }).getByRole('row')).toHaveCount(3);
  await choose(page, page.getByRole('combobox', { name: '来源' }), '任务分解清单');
  await expect(page.getByRole('table', { name: '督办事项列表' }).getByRole('row')).toHaveCount(4);
  await page.getByText('按单位', { exact: true }).click();
  await page
    .getByRole('table', { name: '各单位在办事项' })
    .getByRole('button', { name: '牛庄镇的在办事项事项' })
    .click();
  await expect(page.getByRole('table', { name: '督办事项列表' }).getByRole('row')).toHaveCount(3);
  await shoot(page, 'zh-items-by-unit');
});
