import type { AchievementKind } from '../claim';
import type { Platform } from '../commendation';
import type { FollowUpFinding, FollowUpMethod } from '../followUp';
import type { EventForm, Level, LineFacts, Qualification, ResultKind } from '../lines';
import { formatTenths, type TenthsByRule } from '../points';
import { type BonusCounts, RULE_IDS, type RuleId } from '../rules';

/**
 * The seed's own words, as the office's documents print them (always Chinese, whatever the
 * interface language; screens translate the same codes through i18n).
 */
export const ACHIEVEMENT_TEXT: Record<AchievementKind, string> = {
  talentResults: '在人才引育用留等方面取得显著成效',
  innovation:
    '人才工作取得重大创新成果，党（工）委书记抓人才项目取得显著成效，入围国家和省、市级人才工作创新项目（案例）',
  majorProjects:
    '获批省市级以上重大人才项目或改革试点，人才工作得到鞍山市级以上组织部门表彰或推广认可，在鞍山市级以上会议作经验介绍或交流发言，承接鞍山市级以上重大人才活动或重要会议',
  mediaCoverage: '人才工作成果得到社会广泛宣传，经验做法得到鞍山市级以上媒体报道推广',
  other: '其他需要激励奖励的事项',
};

/** The rules in a few words, for tables. */
export const RULE_SHORT: Record<RuleId, string> = {
  1: '全职引进高层次人才',
  2: '本地培养高层次人才',
  3: '鞍山级以上会议发言或承接活动',
  4: '报刊媒体刊发人才工作信息',
  5: '主动服务经济社会发展',
};

export const QUALIFICATION_TEXT: Record<Qualification, string> = {
  phd: '博士学位',
  associateSenior: '副高级专业技术职称',
  senior: '正高级专业技术职称',
  none: '无',
};

export const LEVEL_TEXT: Record<Level, string> = { haicheng: '海城市级', anshanOrHigher: '鞍山市级以上' };
export const EVENT_FORM_TEXT: Record<EventForm, string> = {
  talk: '经验介绍或交流发言',
  hosted: '承接重大人才活动或重要会议',
};
export const RESULT_KIND_TEXT: Record<ResultKind, string> = {
  recruitment: '“双招双引”成果',
  transferRate: '人才科技成果转化率',
  contractTurnover: '技术合同交易额',
  other: '其他实绩',
};

export const PLATFORM_TEXT: Record<Exclude<Platform, 'other'>, string> = {
  anshanWeChat: '鞍山市人才办微信公众号',
  haichengWeChat: '海城组工微信公众号',
  toutiao: '今日头条',
  weibo: '微博',
  douyin: '抖音',
  kuaishou: '快手',
};

export const FOLLOW_UP_FINDING_TEXT: Record<FollowUpFinding, string> = {
  confirmed: '属实',
  concerns: '存在问题，继续跟踪',
  falseClaim: '发现虚报瞒报',
};
export const FOLLOW_UP_METHOD_TEXT: Record<FollowUpMethod, string> = {
  visit: '实地核查',
  documents: '查阅资料',
  phone: '电话核实',
  other: '其他方式',
};

/** One line as a sentence: 张伟（博士学位，鞍钢集团），2026年3月全职引进. */
export function lineText(facts: LineFacts): string {
  const [y, m] = facts.on.split('-').map(Number);
  const month = `${y}年${m}月`;
  switch (facts.rule) {
    case 1:
      return `${facts.name}（${QUALIFICATION_TEXT[facts.qualification]}，${facts.employer}），${month}${facts.isFullTime ? '全职' : '柔性'}引进`;
    case 2:
      return `${facts.name}（${QUALIFICATION_TEXT[facts.qualification]}，${facts.employer}），${month}培养`;
    case 3:
      return `${month}在${facts.meeting}${facts.form === 'talk' ? '作经验介绍或交流发言' : '（承接）'}（${LEVEL_TEXT[facts.level]}）`;
    case 4:
      return `《${facts.title}》，${facts.outlet}（${LEVEL_TEXT[facts.level]}），${month}刊发`;
    case 5:
      return `${RESULT_KIND_TEXT[facts.kind]}：${facts.description}${facts.figures ? `（${facts.figures}）` : ''}`;
  }
}

/** What a claim's accepted items are, in words: 引进2人、培养4人、发言或承接1项、海城级报道2篇. */
export function countsText(counts: BonusCounts): string {
  const parts = [
    counts.introduced && `引进${counts.introduced}人`,
    counts.trained && `培养${counts.trained}人`,
    counts.talksOrEvents && `发言或承接活动${counts.talksOrEvents}项`,
    counts.haichengArticles && `海城市级报道${counts.haichengArticles}篇`,
    counts.anshanOrHigherArticles && `鞍山市级以上报道${counts.anshanOrHigherArticles}篇`,
    counts.serviceResults && `服务发展成果${counts.serviceResults}项`,
  ].filter(Boolean);
  return parts.length ? parts.join('、') : '无加分事项';
}

/** 第一项0.5分、第二项0.6分: the rules that gave points, by the seed's numbering. */
export function byRuleText(byRule: TenthsByRule): string {
  const parts = RULE_IDS.filter((id) => byRule[id] !== 0).map(
    (id) => `第${'一二三四五'[id - 1]}项${formatTenths(byRule[id])}分`,
  );
  return parts.length ? parts.join('、') : '—';
}
