import ExcelJS from 'exceljs';
import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './supervisionUi';

/** The template's headers, as the app writes them (激励奖励申报表模板). */
const HEADERS = [
  '申报单位',
  '申报日期',
  '承诺人',
  '成效类别',
  '主要业绩',
  '加分项',
  '姓名或名称',
  '工作单位或媒体',
  '学历职称',
  '是否全职',
  '级别',
  '形式',
  '成果类别',
  '数据',
  '日期',
];

/** The article 经开区 and 教育局 both claim: one piece, claimed twice. */
export const SHARED_ARTICLE = { title: '海城经开区打造人才发展高地', outlet: '鞍山日报' };

/**
 * 经开区's application as a filled-in template, over two caps: two doctors introduced (0.5), five
 * talks at 鞍山 level (0.5 claimed, 0.4 at the cap) and five 鞍山 articles (2.5 claimed, 2.0 at the cap).
 */
export async function overTheCapsSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('申报表');
  sheet.addRow(HEADERS);
  const head = ['经开区', '2026-03-02', '张伟', '1、3、4', '引进博士2名，经验交流5次，鞍山日报刊发5篇'];
  const row = (rule: string, name: string, org: string, extra: string[], on: string) =>
    sheet.addRow([...head, rule, name, org, ...extra, on]);
  row('引进', '刘博', '辽宁海城新材料有限公司', ['博士', '是', '', '', '', ''], '2026-01-12');
  row('引进', '陈思', '辽宁海城新材料有限公司', ['博士', '是', '', '', '', ''], '2026-02-03');
  for (const [i, name] of [
    '人才工作推进会',
    '园区人才工作座谈会',
    '产才融合现场会',
    '招才引智交流会',
    '人才峰会',
  ].entries())
    row('发言', name, '', ['', '', '鞍山市级', '发言', '', ''], `2026-02-${String(10 + i)}`);
  for (const [i, title] of [
    SHARED_ARTICLE.title,
    '园区引才新政见效',
    '博士团队落户经开区',
    '产才融合结硕果',
    '人才公寓交付',
  ].entries())
    row('报道', title, SHARED_ARTICLE.outlet, ['', '', '鞍山市级', '', '', ''], `2026-01-${String(20 + i)}`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 从表格导入申请 on a round's page: the sheet is checked, then written whole. */
export async function importClaims(page: Page, bytes: Buffer, applications: number): Promise<void> {
  await page.getByRole('button', { name: '从表格导入申请' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '激励奖励申报表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await page.getByRole('button', { name: `导入 ${applications} 行` }).click();
  await expect(page.getByText(`已导入 ${applications} 份申请`)).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).click();
}

/** The application's item rows (the header row left out). */
export function lineRows(page: Page): Locator {
  return page.getByRole('table', { name: '加分事项' }).locator('tbody tr');
}

/** 审核 one item: the decision (认定 unless said), a reason, and saves; waits for the dialog to close. */
export async function reviewLine(
  page: Page,
  row: Locator,
  decision: '认定' | '不予认定' = '认定',
  reason = '',
): Promise<void> {
  await row.getByRole('button', { name: '审核', exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (decision !== '认定') await dialog.getByText(decision, { exact: true }).click();
  if (reason) await dialog.getByLabel(/^理由/).fill(reason);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
}

/** 填写初步意见, proposing the unit for the 表扬通报. */
export async function writeOpinion(page: Page, opinion: string): Promise<void> {
  await page.getByRole('button', { name: '填写初步意见' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^初步意见/).fill(opinion);
  await dialog.getByLabel('拟予通报表扬').check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
}

/** 添加加分事项 of rule 2 (a talent trained locally) or rule 4 (an article at 鞍山 level). */
export async function addLine(
  page: Page,
  line:
    { rule: 2; name: string; employer: string; on: string } | { rule: 4; title: string; outlet: string; on: string },
): Promise<void> {
  await page.getByRole('button', { name: '添加加分事项' }).click();
  const dialog = page.getByRole('dialog');
  if (line.rule === 2) {
    await choose(page, dialog.getByRole('combobox', { name: '加分项' }), '二、本地培养高层次人才');
    await dialog.getByLabel(/^姓名/).fill(line.name);
    await dialog.getByLabel(/^工作单位/).fill(line.employer);
    await choose(page, dialog.getByRole('combobox', { name: '学位或职称' }), '副高级职称');
  } else {
    await choose(page, dialog.getByRole('combobox', { name: '加分项' }), '四、报刊媒体刊发人才工作信息');
    await dialog.getByLabel(/^标题/).fill(line.title);
    await dialog.getByLabel(/^报刊媒体/).fill(line.outlet);
  }
  await dialog.getByLabel(/^日期/).fill(line.on);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
}

/** 登记组长批示 in the open dialog: who and when; returns the dialog for what follows. */
export async function fillDecision(page: Page, on: string): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^批示领导/).fill('李强');
  await dialog.getByLabel(/^批示日期/).fill(on);
  await dialog.getByRole('button', { name: '登记' }).click();
  return dialog;
}
