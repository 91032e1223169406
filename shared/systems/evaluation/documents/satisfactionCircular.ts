import { chineseDate } from '../../../core/documents/format';
import type { Block, OfficialDocument } from '../../../core/documents/model';
import { buildCircular } from '../../../core/documents/templates';
import type { SecrecyLevel } from '../../../core/common/secrecy';
import type { OfficeSettings } from '../../../core/office/office';
import { periodText } from '../period';
import type { SatisfactionReport } from '../report';
import { satisfiedRateTenths, scoreTenths, tenthsText, type Tally } from '../tally';
import { CONTENT_ITEMS, type Channel } from '../terms';
import { CHANNEL_TEXT, CONTENT_ITEM_TEXT } from './terms';

const score = (t: Tally) => tenthsText(scoreTenths(t));
const rate = (t: Tally) => `${tenthsText(satisfiedRateTenths(t))}%`;

const CHANNEL_UNIT: Record<Channel, string> = {
  hotline: '件',
  box: '件',
  talk: '次',
  visit: '次',
  phone: '次',
  questionnaire: '份',
  event: '场',
};

/**
 * 满意度评价情况通报 for a period (S4-5.2: 评价结果作为了解掌握履职情况和服务质量的重要参考): how
 * the views were collected, the overall and per-item figures with the formula, each unit's, the
 * prominent problems and the reminders issued, and what follows.
 */
export function buildSatisfactionCircular(
  report: SatisfactionReport,
  ctx: {
    office: OfficeSettings;
    number: string;
    date: string;
    secrecy: SecrecyLevel;
    unitName: (id: string) => string;
    /** How the five grades score, e.g. 非常满意100分、满意80分… */
    formulaText: string;
    extra?: string;
  },
): OfficialDocument {
  const period = periodText(report.period);
  const channels = (Object.keys(CHANNEL_UNIT) as Channel[])
    .filter((c) => (report.channels[c] ?? 0) > 0)
    .map((c) => `${CHANNEL_TEXT[c]}${report.channels[c]}${CHANNEL_UNIT[c]}`);
  const o = report.overall;
  const body: Block[] = [
    {
      type: 'paragraph',
      text: `按照《${ctx.office.cityName}“党管人才”服务对象评价制度》，市人才办组织开展了${period}服务对象评价工作。现将有关情况通报如下。`,
    },
    { type: 'heading', level: 1, text: '评价开展情况' },
    {
      type: 'paragraph',
      text: channels.length
        ? `${period}，通过${channels.join('、')}等方式收集服务对象评价意见，共形成有效评价${o.n}人次。`
        : `${period}未收到服务对象评价。`,
    },
    { type: 'heading', level: 1, text: '评价结果' },
    {
      type: 'paragraph',
      text: `${period}服务对象总体综合得分${score(o)}分，满意率${rate(o)}。其中，对${CONTENT_ITEMS.filter(
        (c) => report.items[c].n > 0,
      )
        .map((c) => `${CONTENT_ITEM_TEXT[c]}的综合得分${score(report.items[c])}分`)
        .join('；对')}。综合得分按${ctx.formulaText}计算，为各等级人次与分值乘积之和除以评价人次。`,
    },
  ];
  if (report.units.length)
    body.push({
      type: 'table',
      columns: [
        { title: '被评价单位', widthMm: 62, align: 'left' },
        { title: '评价人次', widthMm: 22 },
        { title: '综合得分', widthMm: 24 },
        { title: '满意率', widthMm: 24 },
        { title: '不满意', widthMm: 22 },
      ],
      rows: report.units.map((u) => [
        ctx.unitName(u.unitId),
        String(u.tally.n),
        score(u.tally),
        rate(u.tally),
        String(u.tally.dissatisfied),
      ]),
    });
  body.push({ type: 'heading', level: 1, text: '存在的突出问题' });
  if (report.flags.length) {
    body.push({
      type: 'list',
      items: report.flags.map((f) => {
        const what = f.contentId
          ? `在${CONTENT_ITEM_TEXT[f.contentId.split('/')[0] as keyof typeof CONTENT_ITEM_TEXT] ?? f.contentId}方面`
          : '';
        return (
          `${ctx.unitName(f.unitId)}${what}：评价${f.tally.n}人次，综合得分${score(f.tally)}分，不满意评价` +
          `${f.tally.dissatisfied}人次`
        );
      }),
    });
    const reminded = report.reminders.map(
      (r) => `${ctx.unitName(r.unitId)}（${r.number}，限${chineseDate(r.dueOn)}前整改）`,
    );
    if (reminded.length)
      body.push({
        type: 'paragraph',
        text: `市人才办已向${reminded.join('、')}发出通报提醒，督促限期整改，整改情况列入督查督办跟踪问效。`,
      });
  } else body.push({ type: 'paragraph', text: '本期未发现需要通报提醒的突出问题。' });
  body.push({ type: 'heading', level: 1, text: '下步工作要求' });
  body.push({
    type: 'paragraph',
    text: '各单位要认真对照评价结果，针对服务对象反映的问题查找不足、改进作风、提升服务水平。服务对象评价结果将作为市人才工作领导小组日常了解掌握各级党组织及人才管理部门履职情况和服务质量的重要参考。',
  });
  if (ctx.extra?.trim()) body.push({ type: 'paragraph', text: ctx.extra.trim() });
  return buildCircular({
    office: ctx.office,
    date: ctx.date,
    secrecy: ctx.secrecy,
    issuer: 'office',
    number: ctx.number,
    title: `关于${period}服务对象满意度评价情况的通报`,
    mainRecipients: '各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：',
    body,
    contact: ctx.office.contactLine || undefined,
  });
}
