import { execFileSync } from 'node:child_process';
import { test, expect } from '../support/fixtures';
import { readPdfLayout, TYPE_AREA } from '../support/pdfLayout';
import { confirmPrint, shoot, switchLanguage } from '../support/supervisionUi';
import { createAdmin, loadSampleData, openNav } from '../support/ui';

test('the annual assessment of the sample year: a unit’s row, a figure’s records, frozen, printed', async ({
  page,
}, testInfo) => {
  test.setTimeout(600_000);
  await page.clock.install({ time: new Date('2026-11-25T09:00:00') });
  await createAdmin(page);
  await loadSampleData(page, 180_000);
  await openNav(page, '年度考核');
  await expect(page.getByRole('heading', { name: '年度人才工作实绩考核' })).toBeVisible();
  await expect(page.getByLabel('考核年度')).toHaveValue('2026');
  const grid = page.getByTestId('assessment-grid');
  await expect(grid.getByRole('columnheader', { name: '督查抽查' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: '绩效加分' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: '服务对象满意度' })).toBeVisible();
  await shoot(page, 'zh-assessment-towns');

  // A town with items still open past their deadline: its figure opens exactly those items.
  const overdue = page.locator('[data-figure="supervision.overdueOpen"]').filter({ hasText: /^[1-9]\d*$/ });
  const row = grid.locator('tbody tr').filter({ has: overdue }).first();
  await expect(row).toBeVisible();
  const unit = (await row.locator('td').first().textContent())!.trim();
  const count = Number(await row.locator('[data-figure="supervision.overdueOpen"]').textContent());

  // The unit's row opens its year on one card, each system's figures together.
  await row.getByRole('button', { name: unit, exact: true }).click();
  const card = page.getByRole('dialog', { name: `${unit} 2026年度实绩` });
  await expect(card.getByTestId('unit-part-supervision')).toContainText('逾期未办结');
  await expect(card.getByTestId('unit-part-bonusPoints')).toContainText('加分合计');
  await expect(card.getByTestId('unit-part-satisfaction')).toContainText('政策项目满意率');
  await shoot(page, 'zh-assessment-unit');
  await card.getByRole('button', { name: `查看 ${unit} 的“逾期未办结”记录` }).click();
  await expect(page).toHaveURL(/#\/supervision\/items\.unit\.[^.]+\.overdue$/);
  await expect(page.getByRole('table', { name: '督办事项列表' }).locator('tbody tr')).toHaveCount(count);
  await shoot(page, 'zh-assessment-figure-records');

  // Freeze the year: the snapshot shows, and nothing has changed since.
  await page.goBack();
  await expect(page).toHaveURL(/#\/assessment/);
  await page.getByRole('button', { name: '冻结本年度数据' }).click();
  const freeze = page.getByRole('dialog', { name: '冻结 2026 年度考核数据' });
  await freeze.getByLabel('备注（可选）').fill('报领导小组会议');
  await freeze.getByRole('button', { name: '冻结本年度数据' }).click();
  await expect(page.getByTestId('assessment-compare')).toHaveText('冻结后各项数据没有变化');
  await expect(page.getByRole('combobox', { name: '正在查看' })).toHaveValue(/王芳 于 .* 冻结（统计日期 2026-11-25）/);
  await shoot(page, 'zh-assessment-frozen');

  // Printed: the form, then each kind's tables, every line inside the 版心 of A4.
  await page.getByRole('group', { name: '考核汇总表' }).getByRole('button', { name: '打印' }).click();
  const html = await confirmPrint(page);
  for (const text of ['2026年度人才工作实绩考核情况汇总表', '已冻结（王芳', '本表不设综合得分', unit])
    expect(html).toContain(text);
  const pdf = testInfo.outputPath('assessment.pdf');
  const pdfPage = await page.context().newPage();
  await pdfPage.setContent(html);
  await pdfPage.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await pdfPage.close();
  const sheets = readPdfLayout(pdf);
  expect(sheets.length).toBeGreaterThan(1);
  for (const sheet of sheets) {
    expect([Math.round(sheet.widthMm), Math.round(sheet.heightMm)]).toEqual([210, 297]);
    for (const line of sheet.lines) {
      expect(line.x0, line.text).toBeGreaterThanOrEqual(TYPE_AREA.left - 1);
      expect(line.x1, line.text).toBeLessThanOrEqual(TYPE_AREA.right + 1);
    }
  }
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', pdf, 'test-results/screens/assessment-page']);

  await switchLanguage(page, 'English');
  await expect(page.getByRole('heading', { name: 'Annual assessment of talent work' })).toBeVisible();
  await shoot(page, 'en-assessment-frozen');
});
