import { test, expect } from '../support/fixtures';
import {
  addLine,
  fillDecision,
  importClaims,
  lineRows,
  overTheCapsSheet,
  reviewLine,
  SHARED_ARTICLE,
  writeOpinion,
} from '../support/incentivesUi';
import { readPdfLayout, TYPE_AREA } from '../support/pdfLayout';
import { createAdmin, openNav } from '../support/ui';
import { choose, confirmPrint, importSupervisionRegistry, shoot, switchLanguage } from '../support/supervisionUi';

const START = new Date('2026-03-02T09:00:00');
const ROUND = '2026年度人才工作激励奖励评定';

test('a year of incentives: two units apply, a duplicate is settled, the leader signs, one award is revoked', async ({
  page,
}, testInfo) => {
  test.setTimeout(420_000);
  await page.clock.install({ time: START });
  await createAdmin(page);
  await importSupervisionRegistry(page);

  // 1. The annual round with its application window (S3-4.3).
  await openNav(page, '激励奖励');
  await page.getByRole('button', { name: '新建评定' }).click();
  const roundForm = page.getByRole('dialog');
  await roundForm.getByLabel(/^名称/).fill(ROUND);
  await roundForm.getByLabel(/^开始日期/).fill('2026-03-01');
  await roundForm.getByLabel(/^截止日期/).fill('2026-03-31');
  await roundForm.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: ROUND })).toBeVisible();

  // 2. 经开区 applies from the template, over two caps (S3-3.1).
  await importClaims(page, await overTheCapsSheet(), 1);
  const claims = page.getByRole('table', { name: '申请列表' });
  await claims.getByRole('button', { name: '海城经济开发区' }).click();
  await expect(lineRows(page)).toHaveCount(12);
  for (let i = 0; i < 12; i++) await reviewLine(page, lineRows(page).nth(i));
  await writeOpinion(page, '引才育才成效显著，经验交流和媒体宣传突出，建议通报表扬。');
  await expect(page.getByTestId('claim-points-total')).toHaveText('合计：本次加 2.9 分，本年累计 2.9 分');
  await expect(page.getByText('已达本项上限')).toHaveCount(2);
  await shoot(page, 'zh-incentives-claim-capped');

  // 3. 教育局's paper application, by hand, with evidence; its article is the same piece (S3-3.2).
  await page.getByRole('button', { name: '← 返回评定' }).click();
  await page.getByRole('button', { name: '登记申请' }).click();
  const claimForm = page.getByRole('dialog');
  await choose(page, claimForm.getByRole('combobox', { name: '申报单位' }), '海城市教育局');
  await claimForm.getByLabel('人才引育用留成效显著').check();
  await claimForm.getByLabel('鞍山市级以上媒体报道推广').check();
  await claimForm.getByLabel(/^主要业绩/).fill('培养正高级教师1名，鞍山日报刊发经验1篇。');
  await claimForm.getByLabel(/^承诺人/).fill('赵敏');
  await claimForm.getByRole('button', { name: '保存' }).click();
  await addLine(page, { rule: 2, name: '孙丽', employer: '海城市高级中学', on: '2026-01-15' });
  await addLine(page, { rule: 4, ...SHARED_ARTICLE, on: '2026-01-20' });
  const chooser = page.waitForEvent('filechooser');
  await lineRows(page).first().getByRole('button', { name: '上传证明材料' }).click();
  await (
    await chooser
  ).setFiles({ name: '职称证书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(lineRows(page).first().getByRole('button', { name: '下载 职称证书.pdf' })).toBeVisible();
  const twin = lineRows(page).nth(1);
  await expect(twin).toContainText(`与 海城经济开发区 申报的“《${SHARED_ARTICLE.title}》`);
  await twin.getByRole('button', { name: '审核', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('dialog').getByText('与本年度已认定的事项可能重复')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await reviewLine(page, twin, '不予认定', '与经开区申报的为同一篇报道，只计一次');
  await reviewLine(page, lineRows(page).first());
  await writeOpinion(page, '本地培养高层次人才成效明显，建议通报表扬。');
  await expect(page.getByTestId('claim-points-total')).toHaveText('合计：本次加 0.5 分，本年累计 0.5 分');
  await shoot(page, 'zh-incentives-claim-duplicate');

  // 4. The list goes to the leader on a printed 呈批单; the decision is dated from the slip to today (S3-3.3).
  await page.getByRole('button', { name: '← 返回评定' }).click();
  await page.getByRole('button', { name: '报组长签批（打印呈批单）' }).click();
  const slip = await confirmPrint(page);
  for (const text of ['呈批单', '海人才办呈〔2026〕1号', '海城经济开发区', '海城市教育局', '2.9'])
    expect(slip).toContain(text);
  await expect(page.getByText('待组长签批', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: '登记组长批示' }).click();
  let decision = await fillDecision(page, '2026-03-01');
  await expect(decision.getByText('批示日期不能早于呈批单打印日期')).toBeVisible();
  decision = await fillDecision(page, '2026-03-03');
  await expect(decision.getByText('不能晚于今天')).toBeVisible();
  decision = await fillDecision(page, '2026-03-02');
  await expect(decision).toHaveCount(0);
  await expect(page.getByText('已签批', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: '已兑现加分' })).toContainText('2.9');

  // 5. The 表扬通报 in the office's name, numbered, printed inside the 版心 of A4 (S3-2.1.2).
  await page.getByRole('button', { name: '印发表扬通报' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '印发表扬通报' }).click();
  const circular = await confirmPrint(page);
  for (const text of ['海人才办发〔2026〕1号', '表扬', '海城经济开发区', '海城市教育局'])
    expect(circular).toContain(text);
  const pdfPage = await page.context().newPage();
  await pdfPage.setContent(circular);
  await pdfPage.pdf({ path: testInfo.outputPath('circular.pdf'), preferCSSPageSize: true, printBackground: true });
  await pdfPage.close();
  for (const sheet of readPdfLayout(testInfo.outputPath('circular.pdf'))) {
    expect([Math.round(sheet.widthMm), Math.round(sheet.heightMm)]).toEqual([210, 297]);
    for (const line of sheet.lines) {
      expect(line.x0, line.text).toBeGreaterThanOrEqual(TYPE_AREA.left - 1);
      expect(line.x1, line.text).toBeLessThanOrEqual(TYPE_AREA.right + 1);
    }
  }
  await shoot(page, 'zh-incentives-round-approved');

  // 6. The ledger holds the award; a follow-up finds a false claim; the revocation goes to the leader (S3-4.2).
  await page.getByRole('table', { name: '申请列表' }).getByRole('button', { name: '海城市教育局' }).click();
  const ledger = page.getByRole('table', { name: '加分台账' });
  await expect(ledger.locator('tbody tr')).toHaveCount(1);
  await expect(ledger).toContainText('兑现');
  await expect(ledger).toContainText('+0.5');
  await page.getByRole('button', { name: '登记跟踪问效' }).click();
  const followUp = page.getByRole('dialog');
  await choose(page, followUp.getByRole('combobox', { name: '结论' }), '发现虚报瞒报');
  await followUp.getByLabel(/^情况/).fill('孙丽的正高级职称证书系伪造');
  await followUp.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('发现虚报、瞒报的，请起草“取消激励奖励资格”报组长签批。')).toBeVisible();
  await page.getByRole('button', { name: '取消激励奖励资格' }).click();
  const change = page.getByRole('dialog');
  await change.getByLabel(/^核查情况/).fill('跟踪问效发现孙丽职称证书系伪造，属虚报。');
  await change.getByRole('button', { name: '保存' }).click();
  await page.getByRole('button', { name: '打印呈批单' }).click();
  const revocationSlip = await confirmPrint(page);
  for (const text of ['海人才办呈〔2026〕2号', '取消', '海城市教育局', '职称证书系伪造'])
    expect(revocationSlip).toContain(text);
  await page.getByRole('button', { name: '登记组长批示' }).click();
  await expect(await fillDecision(page, '2026-03-02')).toHaveCount(0);
  await expect(page.getByText(/^已取消激励奖励资格：跟踪问效发现孙丽职称证书系伪造/)).toBeVisible();
  await expect(ledger.locator('tbody tr')).toHaveCount(2);
  await expect(ledger.locator('tbody tr').nth(1)).toContainText('-0.5');
  await shoot(page, 'zh-incentives-claim-revoked');

  // 7. The year's report: 经开区 2.9 with its caps; 教育局 0, its award struck through with its reason (S3-4.2).
  await page.getByRole('tab', { name: '加分统计' }).click();
  const report = page.getByRole('table', { name: '各单位绩效加分' });
  await expect(report.getByRole('row', { name: /海城经济开发区/ }).first()).toContainText('2.9');
  const struck = report.locator('tr[data-revoked="true"]');
  await expect(struck).toHaveCount(1);
  await expect(struck.locator('p').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(struck).toContainText('取消原因：跟踪问效发现孙丽职称证书系伪造，属虚报。');
  await shoot(page, 'zh-incentives-report');

  // 8. The Dashboard: nothing waits for review or the leader; the same screens in English.
  await openNav(page, '工作台');
  await expect(page.getByTestId('incentives-review')).toHaveText('0');
  await expect(page.getByTestId('incentives-leader')).toHaveText('0');
  await shoot(page, 'zh-incentives-dashboard');
  await switchLanguage(page, 'English');
  await shoot(page, 'en-incentives-dashboard');
  await page.goto('/#/incentives/report');
  await shoot(page, 'en-incentives-report');
  await page.goto('/#/incentives/rounds');
  await page.getByRole('button', { name: ROUND }).click();
  await shoot(page, 'en-incentives-round');
  await page.getByRole('button', { name: '海城市教育局' }).click();
  await shoot(page, 'en-incentives-claim-revoked');
  await switchLanguage(page, '中文');
});
