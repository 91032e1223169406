import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';
import {
  confirmOutput,
  docxXml,
  importSmallRegistry,
  pdfText,
  pickMany,
  printedHtml,
  setLeaders,
} from '../support/meetingUi';

const YEAR = new Date().getFullYear();
const shot = (name: string) => ({ path: `test-results/screens/walk-${name}.png`, fullPage: true });

test('an office worker runs one meeting from topics to archive, every document and task on the way', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await createAdmin(page);
  await importSmallRegistry(page);
  await setLeaders(page, '刘志刚', '张建国');

  // 筹备: a new meeting, chaired by the office director, and three topics.
  await openNav(page, '调度会议');
  await page.getByRole('button', { name: '新建会议' }).click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/^主持人/)).toHaveValue('市委组织部副部长、市人才办主任 刘志刚');
  const title = await dialog.getByLabel(/^会议名称/).inputValue();
  expect(title).toBe(`${YEAR}年第一次“党管人才”日常调度会议`);
  await dialog.getByLabel(/^会议地点/).fill('市委组织部三楼会议室');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('next-step')).toHaveText('下一步：提出议题，打印议题呈批单报组长签批，登记批示');

  const addTopic = async (kind: string, topic: string, fill: () => Promise<void> = async () => {}) => {
    await page.getByRole('button', { name: '提出议题', exact: true }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '议题类别' }).click();
    await page.getByRole('option', { name: kind }).click();
    await dialog.getByRole('textbox', { name: '议题', exact: true }).fill(topic);
    await fill();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByLabel(topic, { exact: true })).toBeVisible();
  };
  await addTopic('传达学习', '传达学习省委人才工作会议精神', () =>
    dialog.getByLabel(/^传达的会议或文件/).fill('省委人才工作会议'),
  );
  await addTopic('通报情况、部署任务', '部署第四季度人才工作重点任务', async () => {
    await dialog.getByRole('combobox', { name: '提交审议的文件' }).fill('海城市人才驿站建设实施方案');
    await dialog.getByRole('combobox', { name: '提交审议的文件' }).press('Enter');
  });
  await addTopic('其他事项', '研究高层次人才引进涉密事项', async () => {
    await dialog.getByRole('combobox', { name: '密级' }).click();
    await page.getByRole('option', { name: '秘密' }).click();
  });
  await page.screenshot(shot('1-preparing'));

  // 报组长同意: the 呈批单 is numbered and printed, then the decision typed in.
  await page.getByRole('button', { name: '打印议题呈批单' }).click();
  await confirmOutput(page, true);
  const slip = await printedHtml(page);
  expect(slip).toContain(`海人才办呈〔${YEAR}〕1号`);
  expect(slip).toContain('研究高层次人才引进涉密事项');
  await page.getByRole('button', { name: '登记组长批示' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/^批示领导/)).toHaveValue('张建国');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('next-step')).toHaveText('下一步：生成参会名单，制定会议方案，下发会议通知');

  // The document under deliberation goes to the units for their opinions (征求意见).
  const deploy = page.getByLabel('部署第四季度人才工作重点任务');
  await deploy.getByRole('button', { name: '征求意见' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '向全部成员单位、镇街、开发区征求' }).click();
  await expect(dialog.getByText('已征求 5 个单位，已反馈 0 个')).toBeVisible();
  await dialog
    .getByRole('row', { name: /海城市教育局/ })
    .getByRole('button', { name: '登记反馈' })
    .click();
  await dialog.getByRole('textbox', { name: '反馈意见' }).fill('建议明确驿站运营经费来源。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('已征求 5 个单位，已反馈 1 个')).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();

  // Who attends: the registry's units and staff, an invited deputy.
  await page.getByRole('tab', { name: /^参会人员/ }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: '从名录生成名单' }).click();
  await page.getByRole('button', { name: '邀请代表委员专家' }).click();
  await pickMany(page, '特邀代表', page.getByRole('dialog'), ['张华（市人大代表）']);
  await page.getByRole('dialog').getByRole('button', { name: '加入名单' }).click();
  await expect(page.getByRole('tab', { name: '参会人员（7）' })).toBeVisible();

  // Plan, then notice: numbered in the office's series; the notice moves the meeting to 已通知.
  await page.getByRole('button', { name: '拟制会议方案' }).first().click();
  await expect(page.getByTestId('draft-secrecy')).toHaveText('本文件密级：秘密（取所含内容的最高密级）');
  await page.screenshot(shot('2-plan-draft'));
  await page.getByRole('button', { name: '编号并印发' }).click();
  await expect(page.getByText(`会议方案已印发：海人才办发〔${YEAR}〕1号`)).toBeVisible();
  // The notice's draft follows the plan's.
  await expect(page.getByRole('dialog').getByLabel(/^正文/)).toHaveValue(
    /市人才工作领导小组成员单位有关负责同志：海城市教育局、海城市科学技术局、海城市财政局。/,
  );
  await page.getByRole('button', { name: '编号并印发' }).click();
  await expect(page.getByText(`通知已印发：海人才办发〔${YEAR}〕2号`)).toBeVisible();
  await expect(page.getByTestId('next-step')).toHaveText('下一步：登记请假和到会情况，会议召开后标记“已召开”');
  await page.screenshot(shot('3-notified'));

  // Attendance: one substitute, one on leave, everyone else present; the sign-in sheet prints.
  const mark = async (unit: string, status: string, fields: Record<string, string>) => {
    await page
      .getByRole('row', { name: new RegExp(unit) })
      .getByRole('button', { name: '登记' })
      .click();
    dialog = page.getByRole('dialog');
    await dialog.getByText(status, { exact: true }).click();
    for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(new RegExp(`^${label}`)).fill(value);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
  };
  // 登记到会情况 opens the form at the first row not yet recorded, then goes on to the next.
  await page.getByRole('button', { name: '登记到会情况' }).click();
  dialog = page.getByRole('dialog', { name: '登记到会情况：海城市教育局' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /^登记到会情况：/ })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await mark('海城市财政局', '请假委托参会', {
    请假事由: '赴省财政厅参加专题会议',
    代会人姓名: '李明',
    代会人职务: '副局长',
  });
  await mark('牛庄镇', '请假', { 请假事由: '防汛值班' });
  await page.getByRole('button', { name: '其余全部到会' }).click();
  await expect(page.getByTestId('attendance-counts')).toHaveText('共 7：到会 5，请假 1，委托参会 1，缺席 0，待登记 0');
  await page.getByRole('button', { name: '打印签到表' }).click();
  await confirmOutput(page, true);
  const sheet = await printedHtml(page);
  expect(sheet).toContain('签到表');
  expect(sheet).toContain(title);
  expect(sheet).toContain('海城市教育局');
  await page.screenshot(shot('4-attendance'));

  // Without the leader's consent to the document under deliberation the meeting cannot be marked held.
  await page.getByRole('button', { name: '标记会议已召开' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认已召开' }).click();
  await expect(
    page
      .getByRole('dialog')
      .getByText('以下审议文件尚未经市人才工作领导小组组长同意，不能标记会议已召开：《海城市人才驿站建设实施方案》'),
  ).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await page.getByRole('tab', { name: /^议题/ }).click();
  await deploy.getByRole('button', { name: '登记组长意见' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '登记' }).click();
  await expect(deploy.getByText(/组长同意（张建国/)).toBeVisible();
  await page.getByRole('button', { name: '标记会议已召开' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认已召开' }).click();
  await expect(page.getByTestId('next-step')).toHaveText('下一步：记录各议题会议情况、部署重点任务，印发会议纪要');

  // Proceedings per topic; the deployment topic deploys two tasks to three units in all.
  await page.getByRole('tab', { name: '会议情况与任务' }).click();
  const record = async (topic: string, fill: () => Promise<void>) => {
    await page.getByLabel(topic).getByRole('button', { name: '记录' }).click();
    dialog = page.getByRole('dialog');
    await fill();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
  };
  await record('传达学习省委人才工作会议精神', async () => {
    await dialog.getByLabel('汇报（传达）内容').fill('市人才办传达了省委人才工作会议主要精神。');
    await dialog.getByLabel('会议议定').fill('各单位结合实际抓好贯彻落实。');
  });
  await record('部署第四季度人才工作重点任务', async () => {
    await dialog.getByLabel('汇报（传达）内容').fill('市人才办通报了前三季度全市人才工作情况。');
    await dialog.getByLabel('提出的问题').fill('人才公寓房源不足');
    await dialog.getByLabel('协调解决单位').fill('市住建局');
    await dialog.getByLabel('会议议定').fill('原则同意《海城市人才驿站建设实施方案》，由市人才办修改完善后印发。');
    await dialog.getByRole('button', { name: '增加一项任务' }).click();
    await dialog.getByRole('button', { name: '增加一项任务' }).click();
    const [first, second] = [dialog.getByLabel('任务 1'), dialog.getByLabel('任务 2')];
    await first.getByLabel(/^任务事项/).fill('建成镇级人才驿站');
    await pickMany(page, /^责任单位/, first, ['牛庄镇', '海城经济开发区']);
    await second.getByLabel(/^任务事项/).fill('落实人才公寓房源');
    await pickMany(page, /^责任单位/, second, ['海城市财政局']);
  });
  await record('研究高层次人才引进涉密事项', () => dialog.getByLabel('会议议定').fill('按程序报批。'));
  await expect(page.getByTestId('deployed-task')).toHaveCount(2);
  await expect(page.getByText('建成镇级人才驿站：牛庄镇、海城经济开发区')).toBeVisible();
  await page.screenshot(shot('5-proceedings'));

  // The supervision items exist, one per responsible unit, linked to the meeting and the topic.
  const items = await page.evaluate(
    () =>
      new Promise<{ unitId: string; meetingId: string; topicId: string; source: string }[]>((resolve, reject) => {
        const open = indexedDB.open('talent-office-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('supervisionItems').objectStore('supervisionItems').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  expect(items).toHaveLength(3);
  expect(new Set(items.map((i) => i.meetingId)).size).toBe(1);
  expect(items.every((i) => i.source === 'meeting' && i.topicId)).toBe(true);

  // Minutes: attendance lines from the record, the whole meeting at 秘密; then the bulletin leaves the classified topic out.
  await page.getByRole('button', { name: '拟制会议纪要' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('请假')).toHaveValue('海城市财政局（委托李明同志参会）、牛庄镇');
  await expect(dialog.getByLabel('列席')).toHaveValue('市人大代表张华、市人才办全体工作人员');
  await dialog.getByRole('button', { name: '编号并印发' }).click();
  await expect(page.getByText(`纪要已印发：调度会议纪要〔${YEAR}〕第1期`)).toBeVisible();
  // The minutes carry the secret topic: a second version without it goes to the wider circle.
  await page.getByRole('tab', { name: '会议文件' }).click();
  await page.getByRole('button', { name: '拟制不含涉密议题版' }).click();
  await expect(page.getByTestId('draft-left-out')).toHaveText('此版本未含涉密议题：研究高层次人才引进涉密事项');
  await page.getByRole('button', { name: '编号并印发' }).click();
  await expect(page.getByText(`纪要已印发：调度会议纪要〔${YEAR}〕第2期`)).toBeVisible();
  await page.getByRole('button', { name: '拟制会议简报' }).first().click();
  await expect(page.getByTestId('draft-left-out')).toHaveText('此版本未含涉密议题：研究高层次人才引进涉密事项');
  await expect(page.getByTestId('draft-secrecy')).toHaveText('本文件密级：内部（取所含内容的最高密级）');
  await page.screenshot(shot('6-bulletin-draft'));
  await page.getByRole('button', { name: '编号并印发' }).click();
  await expect(page.getByText(`简报已印发：人才工作简报〔${YEAR}〕第1期`)).toBeVisible();

  // 会后通报 to the member units, then the meeting is archived.
  await page.getByRole('tab', { name: '会后通报' }).click();
  await page.getByRole('button', { name: '全部成员单位' }).click();
  await page.getByRole('button', { name: '登记通报' }).click();
  await expect(
    page.getByRole('row', { name: /海城市教育局、海城市科学技术局、海城市财政局.*印发会议纪要/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await expect(page.getByTestId('next-step')).toHaveText('下一步：本次会议已归档');
  await page.screenshot(shot('7-archived'));
  await page.getByRole('tab', { name: '会议文件' }).click();
  await page.screenshot(shot('8-documents'));

  // The register holds every document with its number; the exports carry the right names.
  await openNav(page, '公文');
  for (const [number, kind] of [
    [`海人才办呈〔${YEAR}〕1号`, '呈批单'],
    [`海人才办发〔${YEAR}〕1号`, '会议方案'],
    [`海人才办发〔${YEAR}〕2号`, '通知'],
    [`调度会议纪要〔${YEAR}〕第1期`, '纪要'],
    [`人才工作简报〔${YEAR}〕第1期`, '简报'],
  ]) {
    await expect(
      page.getByRole('row', { name: new RegExp(`${number.replace(/[〔〕]/g, '.')}.*${kind}`) }),
    ).toBeVisible();
  }
  const minutesRow = page.getByRole('row', { name: /调度会议纪要.*第1期/ });
  await expect(page.getByRole('row', { name: /调度会议纪要.*第2期/ })).toBeVisible();
  await minutesRow.getByRole('button', { name: '操作' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 Word' }).click();
  await confirmOutput(page, false);
  const file = await download;
  expect(file.suggestedFilename()).toBe(`第1期 ${title}纪要.docx`);
  const xml = docxXml(await file.path());
  for (const name of [
    '海城市财政局（委托李明同志参会）',
    '牛庄镇',
    '市人大代表张华',
    '刘志刚',
    '人才公寓房源不足',
    '市住建局',
    '建成镇级人才驿站',
    '秘密',
  ])
    expect(xml).toContain(name);

  await minutesRow.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '导出 PDF' }).click();
  await confirmOutput(page, false);
  const minutesPdf = await pdfText(page, await printedHtml(page), testInfo.outputPath('minutes.pdf'));
  for (const name of ['海城市财政局（委托李明同志参会）', '市人大代表张华', '刘志刚', '第1期'])
    expect(minutesPdf.replace(/\s/g, '')).toContain(name);

  const bulletinRow = page.getByRole('row', { name: /人才工作简报/ });
  await bulletinRow.getByRole('button', { name: '操作' }).click();
  await page.getByRole('menuitem', { name: '导出 PDF' }).click();
  await confirmOutput(page, false);
  const bulletinPdf = (await pdfText(page, await printedHtml(page), testInfo.outputPath('bulletin.pdf'))).replace(
    /\s/g,
    '',
  );
  expect(bulletinPdf).toContain('人才工作简报');
  expect(bulletinPdf).toContain('原则同意《海城市人才驿站建设实施方案》');
  expect(bulletinPdf).not.toContain('涉密事项');
});
