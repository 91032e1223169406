import type { UnitKind } from '../../registry';
import type { CheckMethod } from '../check';
import type { FindingMethod, FindingRating } from '../finding';
import type { ContentCategory, ItemSource } from '../item';

/**
 * The seed's own words, as printed on the office's documents. Documents are always in Chinese
 * (official documents), whatever the interface language; the screens translate the same codes
 * through i18n.
 */
export const CATEGORY_TEXT: Record<ContentCategory, string> = {
  higherDeployment: '中央和省委、鞍山市委、海城市委关于人才工作的部署落实情况和人才工作政策制度执行情况',
  annualTasks: '年度工作要点、任务分解清单和绩效考评指标完成情况',
  leaderInstructions: '市委领导批示要求和交办事项落实情况',
  majorEvents: '重大人才活动、项目工程实施和推进完成情况',
  townWork: '各镇（街道）、各开发区党（工）委抓本地区人才工作和人才队伍建设情况',
  memberUnitWork: '市人才工作领导小组各成员单位抓本系统本单位人才工作和人才队伍建设情况',
  billsProposals: '市人大代表、政协委员关于人才工作议案、提案办理情况',
  recruitment: '各乡镇（街道）、村（社区）党组织发挥战斗堡垒作用，推动招工招才工作情况',
  other: '需要列入督查抽查范围的其他事项',
};

/** The categories in a few words, where a one-page form has no room for the seed's full sentence. */
export const CATEGORY_SHORT: Record<ContentCategory, string> = {
  higherDeployment: '上级人才工作部署和人才政策落实情况',
  annualTasks: '年度工作要点、任务分解清单和绩效考评指标完成情况',
  leaderInstructions: '市委领导批示和交办事项落实情况',
  majorEvents: '重大人才活动、项目工程推进情况',
  townWork: '镇（街道）、开发区抓人才工作情况',
  memberUnitWork: '成员单位抓本系统人才工作情况',
  billsProposals: '人才工作议案、提案办理情况',
  recruitment: '党组织推动招工招才工作情况',
  other: '其他需要督查抽查的事项',
};

export const METHOD_TEXT: Record<CheckMethod, string> = {
  unannounced: '暗访督查',
  research: '调研督查',
  random: '随机抽查',
  thirdParty: '委托第三方抽查',
};

export const SOURCE_TEXT: Record<ItemSource, string> = {
  meeting: '调度会议部署',
  instruction: '领导批示',
  taskList: '任务分解清单',
  check: '督查抽查发现',
  evaluation: '服务对象评价',
};

export const KIND_TEXT: Record<UnitKind, string> = {
  member: '市人才工作领导小组成员单位',
  town: '镇（街道）',
  zone: '开发区',
  village: '村（社区）',
};

export const FINDING_METHOD_TEXT: Record<FindingMethod, string> = {
  visit: '调研走访',
  inspection: '实地察看',
  discussion: '交流座谈',
};

export const RATING_TEXT: Record<FindingRating, string> = { good: '好', fairlyGood: '较好', fair: '一般', poor: '差' };

/** Seed, System 2 section 3: the way every check is done, stated in every notice. */
export const WAY_OF_WORKING =
  '本次督查抽查坚持问题导向、效果导向，不安排专人陪同，不听取专题汇报，不查看留痕资料，不影响基层办公，直接深入实地开展督查抽查。请各单位不作迎检准备。';

/** The candidate range of a draw as printed on its record: 牛庄镇所辖村（社区）, 镇（街道）、开发区. */
export function describeFilter(kinds: readonly UnitKind[], townName?: string | null): string {
  return kinds
    .map((k) => (k === 'village' && townName ? `${townName}所辖${KIND_TEXT.village}` : KIND_TEXT[k]))
    .join('、');
}

/** A quarter as a circular names it: 2026年第二季度, with its first and last day. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): { from: string; to: string; text: string } {
  const last = ['03-31', '06-30', '09-30', '12-31'][quarter - 1];
  const first = ['01-01', '04-01', '07-01', '10-01'][quarter - 1];
  return { from: `${year}-${first}`, to: `${year}-${last}`, text: `${year}年第${'一二三四'[quarter - 1]}季度` };
}
