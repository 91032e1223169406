import type { Block, OfficialDocument } from '../../../core/documents/model';
import { buildCircular } from '../../../core/documents/templates';
import type { OfficeSettings } from '../../../core/office/office';
import { periodText } from '../period';
import { deadlineText, type Reminder } from '../rectification';
import { tenthsText } from '../tally';
import type { ThresholdSettings } from '../thresholds';

export interface ReminderNoticeContext {
  office: OfficeSettings;
  number: string;
  date: string;
  /** 主送: the unit's party organisation (中共海城市牛庄镇委员会) or its name. */
  recipient: string;
  /** The content item or sub-item the flag concerns, or null: the unit over all content. */
  contentName: string | null;
  /** The grades' labels and counts, best first (非常满意 12, 满意 8 …). */
  distribution: Array<{ label: string; count: number }>;
  /** What the talents said, in their words, without their names (at most a few). */
  opinions: string[];
  thresholds: Pick<ThresholdSettings, 'minScore' | 'maxDissatisfied'>;
}

/**
 * 通报提醒 (S4-5.3: 对评价中发现的突出问题及时通报提醒，督促限期整改): to one unit, numbered in the
 * office's series, naming the period, the figures that flagged it, what the talents said, and the
 * deadline in working days by which the unit reports its rectification with evidence.
 */
export function buildReminderNotice(
  r: Pick<
    Reminder,
    | 'period'
    | 'n'
    | 'scoreTenths'
    | 'satisfiedRateTenths'
    | 'dissatisfied'
    | 'reasons'
    | 'dueOn'
    | 'workingDays'
    | 'secrecy'
  >,
  ctx: ReminderNoticeContext,
): OfficialDocument {
  const period = periodText(r.period);
  const about = ctx.contentName ? `在“${ctx.contentName}”方面` : '';
  const found: string[] = [];
  if (r.reasons.includes('lowScore')) found.push(`综合得分低于${ctx.thresholds.minScore}分`);
  if (r.reasons.includes('dissatisfied')) found.push(`“不满意”及以下评价达到${r.dissatisfied}人次`);
  const body: Block[] = [
    {
      type: 'paragraph',
      text:
        `根据《${ctx.office.cityName}“党管人才”服务对象评价制度》，市人才办对${period}服务对象评价意见进行了汇总分析。评价结果显示，服务对象对你单位${about}的满意度偏低，` +
        `${found.join('，')}，存在较为突出的问题。现予以通报提醒，请认真整改。`,
    },
    { type: 'heading', level: 1, text: '评价情况' },
    {
      type: 'paragraph',
      text:
        `${period}，服务对象对你单位${about}共作出评价${r.n}人次，综合得分${tenthsText(r.scoreTenths)}分，满意率` +
        `${tenthsText(r.satisfiedRateTenths)}%，其中` +
        `${ctx.distribution.map((d) => `“${d.label}”${d.count}人次`).join('、')}。`,
    },
    { type: 'heading', level: 1, text: '服务对象反映的主要问题' },
  ];
  if (ctx.opinions.length) body.push({ type: 'list', items: ctx.opinions.map((o) => o.trim()) });
  else body.push({ type: 'paragraph', text: '服务对象未留具体意见，主要反映在评价等级上。' });
  body.push(
    { type: 'heading', level: 1, text: '整改要求' },
    {
      type: 'paragraph',
      text: `请你单位高度重视，对照服务对象反映的问题认真查摆原因，制定切实可行的整改措施，于${deadlineText(r)}完成整改，并将整改情况书面报送市人才办，同时提交相关证明材料。`,
    },
    {
      type: 'paragraph',
      text: `市人才办将把本次整改列入督查督办事项，跟踪问效，整改完成前持续督办；逾期未完成的，将报告市人才工作领导小组。整改情况将作为年度人才工作实绩考核的重要参考。`,
    },
  );
  return buildCircular({
    office: ctx.office,
    date: ctx.date,
    secrecy: r.secrecy,
    issuer: 'office',
    number: ctx.number,
    title: `关于${period}服务对象满意度评价突出问题的通报提醒`,
    mainRecipients: `${ctx.recipient}：`,
    body,
    contact: ctx.office.contactLine || undefined,
  });
}
