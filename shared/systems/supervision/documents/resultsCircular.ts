import { chineseDate } from '../../../core/documents/format';
import type { Block, OfficialDocument } from '../../../core/documents/model';
import { buildCircular } from '../../../core/documents/templates';
import type { SecrecyLevel } from '../../../core/common/secrecy';
import type { OfficeSettings } from '../../../core/office/office';
import { completionRate, type PeriodReport } from '../report';
import { METHOD_TEXT } from './terms';

const percent = (rate: number | null) => (rate === null ? '—' : `${rate}%`);

/**
 * 督查通报 for a period (S2-3.3: 督查抽查结果以适当形式进行通报): what was checked, how each unit
 * did with its items, what is overdue, and good practice worth learning from.
 */
export function buildResultsCircular(
  report: PeriodReport,
  ctx: {
    office: OfficeSettings;
    number: string;
    date: string;
    secrecy: SecrecyLevel;
    periodText: string;
    unitName: (id: string) => string;
    extra?: string;
  },
): OfficialDocument {
  const methods = (Object.keys(report.byMethod) as Array<keyof typeof report.byMethod>)
    .filter((m) => report.byMethod[m] > 0)
    .map((m) => `${METHOD_TEXT[m]}${report.byMethod[m]}次`);
  const t = report.totals;
  const body: Block[] = [
    {
      type: 'paragraph',
      text:
        `为动态掌握各项部署任务推进情况，督促工作落地落实，市人才办按照《${ctx.office.cityName}“党管人才”督查抽查制度》，对${ctx.periodText}人才工作开展了督查抽查。` +
        `现将有关情况通报如下。`,
    },
    { type: 'heading', level: 1, text: '督查抽查开展情况' },
    {
      type: 'paragraph',
      text: report.checkCount
        ? `${ctx.periodText}共开展督查抽查${report.checkCount}次${methods.length ? `，其中${methods.join('、')}` : ''}，实地督查单位` +
          `${report.unitsVisited}个，发现未完成事项${report.mattersFound}项，均已下发《督办通知单》，责令限时办结。`
        : `${ctx.periodText}未开展实地督查抽查，市人才办对各类督办事项进行了跟踪督办。`,
    },
    { type: 'heading', level: 1, text: '督办事项办理情况' },
    {
      type: 'paragraph',
      text:
        `${ctx.periodText}到期督办事项${t.total}项，已办结${t.closed}项，其中按期办结${t.closedOnTime}项，办结率` +
        `${percent(completionRate(t))}；逾期未办结${t.overdueOpen}项。各单位办理情况如下：`,
    },
  ];
  if (report.units.length) {
    body.push({
      type: 'table',
      columns: [
        { title: '单位', widthMm: 58 },
        { title: '事项数', widthMm: 24 },
        { title: '已办结', widthMm: 24 },
        { title: '按期办结', widthMm: 26 },
        { title: '办结率', widthMm: 24 },
      ],
      rows: report.units.map((u) => [
        ctx.unitName(u.unitId),
        String(u.total),
        String(u.closed),
        String(u.closedOnTime),
        percent(completionRate(u)),
      ]),
    });
  }
  body.push({ type: 'heading', level: 1, text: '逾期未办结事项' });
  if (report.overdue.length) {
    body.push({
      type: 'paragraph',
      text:
        `截至${chineseDate(report.today)}，以下${report.overdue.length}项督办事项逾期未办结，已责令有关单位出具情况说明，报市人才工作领导小组组长阅示，` +
        `并持续跟踪督办，直至完成为止：`,
    });
    body.push({
      type: 'list',
      items: report.overdue.map(
        ({ item, daysOverdue }) =>
          `${ctx.unitName(item.unitId)}：${item.matter}（${item.slipNumber ? `${item.slipNumber}，` : ''}办结时限` +
          `${chineseDate(item.dueOn)}，已逾期${daysOverdue}天）`,
      ),
    });
  } else {
    body.push({ type: 'paragraph', text: '无逾期未办结事项。' });
  }
  body.push({ type: 'heading', level: 1, text: '好的做法' });
  if (report.goodPractice.length)
    for (const g of report.goodPractice) body.push({ type: 'paragraph', text: `${ctx.unitName(g.unitId)}：${g.text}` });
  else body.push({ type: 'paragraph', text: '本期督查未单独总结典型做法。' });
  body.push({ type: 'heading', level: 1, text: '下步工作要求' });
  body.push({
    type: 'paragraph',
    text: '各单位要对照本通报，认真梳理未完成事项，逐项明确责任人和完成时限，按要求报告推进完成情况并提交证明材料。督查抽查结果将报告市人才工作领导小组，并作为年度人才工作实绩考核及评先评优的参考依据。',
  });
  if (ctx.extra?.trim()) body.push({ type: 'paragraph', text: ctx.extra.trim() });
  return buildCircular({
    office: ctx.office,
    date: ctx.date,
    secrecy: ctx.secrecy,
    issuer: 'office',
    number: ctx.number,
    title: `关于${ctx.periodText}人才工作督查抽查情况的通报`,
    mainRecipients: '各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：',
    body,
    contact: ctx.office.contactLine || undefined,
  });
}
