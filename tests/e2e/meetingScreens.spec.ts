import { test, expect } from '../support/fixtures';
import { openPhase } from '../support/meetingUi';
import { createAdmin, loadSampleData } from '../support/ui';

/**
 * The sample office holds a meeting in every phase: each one's page says where it stands and what
 * comes next, in both languages. Screenshots of every phase and tab go to test-results/screens/
 * (looked at when the screens change).
 */
const PHASES_ZH = ['筹备', '议题已批', '已通知', '已召开', '已出纪要', '已归档'];
const NEXT_ZH = [
  '提出议题，打印议题呈批单报组长签批，登记批示',
  '生成参会名单，制定会议方案，下发会议通知',
  '登记请假和到会情况，会议召开后标记“已召开”',
  '记录各议题会议情况、部署重点任务，印发会议纪要',
  '编发会议简报，登记会后通报，然后归档',
  '本次会议已归档',
];
const TABS = {
  'zh-CN': ['议题', '参会人员', '会议文件', '会议情况与任务', '会后通报', '阶段记录'],
  en: ['Topics', 'Attendance', 'Documents', 'Proceedings and tasks', 'Circulation', 'History'],
};
const PHASES_EN = ['Preparing', 'Topics approved', 'Notified', 'Held', 'Minutes issued', 'Archived'];

test('the sample meetings show each phase and its next step, and search finds them, in both languages', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await createAdmin(page);
  await loadSampleData(page);

  for (const lang of ['zh-CN', 'en'] as const) {
    if (lang === 'en') await page.getByText('English').first().click();
    await page.goto('/#/dashboard');
    await expect(page.getByTestId('meeting-cadence')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${lang}-dashboard.png`, fullPage: true });
    await page.goto('/#/meetings');
    const list = page.getByRole('table', { name: lang === 'en' ? 'Meetings' : '调度会议列表' });
    await expect(list.getByRole('row').nth(1)).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${lang}-list.png`, fullPage: true });
    // Full-text search finds Chinese words inside topics and minutes.
    await page
      .getByRole('textbox', { name: lang === 'en' ? 'Search topics and minutes' : '搜索议题和纪要' })
      .fill('人才驿站');
    const results = page.getByRole('list', { name: lang === 'en' ? 'Search results' : '搜索结果' });
    await expect(
      results
        .getByRole('listitem')
        .filter({ hasText: lang === 'en' ? 'Minutes' : '纪要' })
        .first(),
    ).toBeVisible();
    await expect(
      results
        .getByRole('listitem')
        .filter({ hasText: lang === 'en' ? 'Topic' : '议题' })
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${lang}-search.png`, fullPage: true });
    const phases = lang === 'en' ? PHASES_EN : PHASES_ZH;
    for (const [i, phase] of phases.entries()) {
      await openPhase(page, lang, phase);
      if (lang === 'zh-CN') await expect(page.getByTestId('next-step')).toHaveText(`下一步：${NEXT_ZH[i]}`);
      for (const [t, tab] of TABS[lang].entries()) {
        await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        await page.screenshot({
          path: `test-results/screens/${lang}-${i + 1}-${phase.replace(/\s/g, '')}-${t + 1}.png`,
          fullPage: true,
        });
      }
      // The dialogs of the held meeting: the minutes' draft and one topic's proceedings.
      if (i === 3) {
        await page.getByRole('button', { name: lang === 'en' ? 'Draft the minutes' : '拟制会议纪要' }).click();
        await expect(page.getByTestId('draft-secrecy')).toBeVisible();
        await page.screenshot({ path: `test-results/screens/${lang}-dialog-minutes.png` });
        await page.keyboard.press('Escape');
        await page.getByRole('tab', { name: TABS[lang][3] }).click();
        await page
          .getByRole('button', { name: lang === 'en' ? 'Edit, deploy tasks' : '修改、部署任务' })
          .nth(1)
          .click();
        await page.getByRole('button', { name: lang === 'en' ? 'Add a task' : '增加一项任务' }).click();
        await page.screenshot({ path: `test-results/screens/${lang}-dialog-proceedings.png` });
        await page.keyboard.press('Escape');
      }
      // The notified meeting: one unit's attendance.
      if (i === 2) {
        await page.getByRole('tab', { name: new RegExp(`^${TABS[lang][1]}`) }).click();
        await page
          .getByRole('button', { name: lang === 'en' ? 'Record' : '登记', exact: true })
          .nth(1)
          .click();
        await page
          .getByRole('dialog')
          .getByText(lang === 'en' ? 'Substitute sent' : '请假委托参会', { exact: true })
          .click();
        await page.screenshot({ path: `test-results/screens/${lang}-dialog-attendance.png` });
        await page.keyboard.press('Escape');
      }
    }
  }
});
