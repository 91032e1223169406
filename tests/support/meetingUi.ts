import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, type Page } from '@playwright/test';
import { openNav } from './ui';

/** What an office worker does around a meeting, for tests/e2e/meetings.spec.ts. */

async function importSheet(page: Page, name: string, csv: string, rows: number): Promise<void> {
  await page.getByRole('button', { name: '从表格导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
  await page.getByRole('button', { name: `导入 ${rows} 行` }).click();
  await page.getByRole('button', { name: '关闭' }).click();
}

/** A small registry: three member units, a town, a zone, an invited deputy and a staff member. */
export async function importSmallRegistry(page: Page): Promise<void> {
  await openNav(page, '单位与人员');
  await importSheet(
    page,
    '单位.csv',
    '类别,名称,简称\n成员单位,海城市教育局,教育局\n成员单位,海城市财政局,财政局\n成员单位,海城市科学技术局,科技局\n镇（街道）,牛庄镇,牛庄\n开发区,海城经济开发区,经开区\n',
    5,
  );
  await page.getByRole('tab', { name: '人员' }).click();
  await importSheet(
    page,
    '人员.csv',
    '人员类别,姓名,职务,特邀类别\n特邀列席,张华,,市人大代表\n人才办工作人员,刘洋,人才工作科科长,\n',
    2,
  );
}

/** The office's leaders, printed on slips and documents. */
export async function setLeaders(page: Page, director: string, groupLeader: string): Promise<void> {
  await openNav(page, '设置');
  await page.getByLabel('人才办主任姓名').fill(director);
  await page.getByLabel('组长姓名').fill(groupLeader);
  await page.getByLabel('联系人及电话').fill('联系人：刘洋，电话：0412-3210000');
  await page.getByRole('region', { name: '单位与领导' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存').first()).toBeVisible();
}

/** Answers the questions asked before output: the font substitutes, then (printing) how. */
export async function confirmOutput(page: Page, print: boolean): Promise<void> {
  // The font-substitute warning comes once a session, on the first output.
  const go = page.getByRole('button', { name: '继续输出' });
  const how = page.getByRole('dialog').getByRole('button', { name: '打印' });
  if (print) {
    await expect(go.or(how).first()).toBeVisible();
    if (await go.isVisible()) await go.click();
    await how.click();
  } else {
    await go.click({ timeout: 3_000 }).catch(() => undefined);
  }
}

/** The printable page the browser host handed to its print dialog (also what becomes the PDF). */
export async function printedHtml(page: Page): Promise<string> {
  const frame = page.locator('iframe[data-workbench-print]');
  await expect(frame).toHaveCount(1);
  return (await frame.getAttribute('srcdoc')) ?? '';
}

/** That page printed to PDF by Chromium, as text (pdftotext), the way Save as PDF would. */
export async function pdfText(page: Page, html: string, path: string): Promise<string> {
  const pdfPage = await page.context().newPage();
  await pdfPage.setContent(html);
  await pdfPage.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await pdfPage.close();
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** The text of an exported .docx (word/document.xml). */
export function docxXml(path: string): string {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
}

/** Picks options of a Mantine MultiSelect by typing part of each. */
export async function pickMany(
  page: Page,
  label: string | RegExp,
  scope: ReturnType<Page['getByRole']>,
  names: string[],
): Promise<void> {
  for (const name of names) {
    await scope.getByRole('combobox', { name: label }).fill(name);
    await page.getByRole('option', { name, exact: true }).click();
    // The list closes on each choice: it never sits over the fields and 保存 below it.
    await expect(page.getByRole('option', { name, exact: true })).toBeHidden();
  }
}

/**
 * Opens a sample meeting of the phase. The sample year runs from ten months ago to three weeks
 * ahead, so the meeting may sit in this year's list, last year's or next year's.
 */
export async function openPhase(page: Page, lang: 'zh-CN' | 'en', phase: string): Promise<void> {
  await page.goto('/#/meetings');
  await page.getByRole('combobox', { name: lang === 'en' ? 'Filter by phase' : '按阶段筛选' }).click();
  await page.getByRole('option', { name: phase, exact: true }).click();
  const list = page.getByRole('table', { name: lang === 'en' ? 'Meetings' : '调度会议列表' });
  // The app's year, not the test runner's.
  const thisYear = await page.evaluate(() => new Date().getFullYear());
  for (const year of [thisYear, thisYear - 1, thisYear + 1]) {
    await page.getByRole('combobox', { name: lang === 'en' ? 'Year' : '年度' }).click();
    await page.getByRole('option', { name: lang === 'en' ? String(thisYear) : `${thisYear}年`, exact: true }).waitFor();
    const option = page.getByRole('option', { name: lang === 'en' ? String(year) : `${year}年`, exact: true });
    if ((await option.count()) === 0) {
      await page.keyboard.press('Escape');
      continue;
    }
    await option.click();
    const row = list
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: phase, exact: true }) })
      .first();
    if (
      await row.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      return row.click();
  }
  throw new Error(`no sample meeting in phase ${phase}`);
}
