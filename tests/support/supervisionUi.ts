import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, type Locator, type Page } from '@playwright/test';
import { createAdmin, openNav } from './ui';

/** The registry a supervision walk needs: a member unit, 牛庄镇 with five villages, a zone. */
export const VILLAGES = ['东四方台村', '大河村', '西牛村', '腾鳌村', '前房村'];

export async function importSupervisionRegistry(page: Page): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('单位');
  sheet.addRow(['类别', '名称', '简称', '党组织名称', '所属镇街']);
  sheet.addRow(['成员单位', '海城市教育局', '教育局', '中共海城市教育局党组', '']);
  sheet.addRow(['镇（街道）', '牛庄镇', '牛庄', '中共海城市牛庄镇委员会', '']);
  sheet.addRow(['开发区', '海城经济开发区', '经开区', '中共海城经济开发区工作委员会', '']);
  for (const v of VILLAGES) sheet.addRow(['村（社区）', v, '', '', '牛庄镇']);
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '从表格导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (
    await chooser
  ).setFiles({
    name: '单位.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole('button', { name: `导入 ${3 + VILLAGES.length} 行` }).click();
  await page.getByRole('button', { name: '关闭' }).click();
}

/**
 * A fresh office (the administrator, the supervision registry) on the supervision page; with a
 * time, the browser's clock starts there so deadlines and overdue days are fixed.
 */
export async function startSupervision(page: Page, time?: Date): Promise<void> {
  if (time) await page.clock.install({ time });
  await createAdmin(page);
  await importSupervisionRegistry(page);
  await openNav(page, '督查抽查');
}

/**
 * 登记领导批示 as staff do it from the supervision page: 张书记's instruction on the 专报 No. 5,
 * one item for each responsible unit (a deadline given is also the reply date); waits until it
 * says the items were listed.
 */
export async function registerInstruction(page: Page, matter: string, units: string[], dueOn?: string): Promise<void> {
  await page.getByRole('button', { name: '登记领导批示' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(/^批示领导/).fill('张书记');
  await form.getByLabel(/^批示件或交办文件/).fill('市委领导在《人才工作专报》第5期上的批示');
  await form.getByLabel(/^督办事项/).fill(matter);
  for (const unit of units) await choose(page, form.getByLabel(/^责任单位/), unit);
  await page.getByRole('heading', { name: '登记领导批示事项' }).click(); // closes the unit list
  if (dueOn) {
    await form.getByLabel(/^办结时限/).fill(dueOn);
    await form.getByLabel(/^反馈时限/).fill(dueOn);
  }
  await form.getByRole('button', { name: '登记并列入督办' }).click();
  await expect(page.getByText(`已列入督办：${units.length} 个责任单位各一项。`)).toBeVisible();
}

/** Answers the questions before output (substitute fonts here; how to print) and returns what was printed. */
export async function confirmPrint(page: Page): Promise<string> {
  // The font-substitute warning comes once a session, on the first output.
  const go = page.getByRole('button', { name: '继续输出' });
  const how = page.getByRole('dialog').getByRole('button', { name: '打印' });
  await expect(go.or(how).first()).toBeVisible();
  if (await go.isVisible()) await go.click();
  await how.click();
  const frame = page.locator('iframe[data-workbench-print]');
  await expect(frame).toHaveCount(1);
  return (await frame.getAttribute('srcdoc')) ?? '';
}

/** Picks an option of a Mantine Select/MultiSelect by its label. */
export async function choose(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

/** A screenshot of the page content kept under test-results/screens for a person to look at. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  await page.waitForTimeout(300);
  // The main region alone: a full-page shot would paint the fixed header and navbar mid-page.
  await page.locator('main').screenshot({ path: `test-results/screens/${name}.png` });
}

export async function switchLanguage(page: Page, to: 'English' | '中文'): Promise<void> {
  await page.getByRole('banner').getByText(to, { exact: true }).click();
}
