import type { LineFactsInput } from '../../../../shared/systems/incentives/lines';

/** Words for System 3's sample records: names, outlets, meetings and results an office meets. */
export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗';
export const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '晓东',
];
export const EMPLOYERS = [
  '鞍钢集团海城分公司',
  '海城市中心医院',
  '海城市高级中学',
  '辽宁西洋集团',
  '海城经济开发区管委会',
];
export const MEETINGS = [
  '鞍山市人才工作会议',
  '辽宁省人才工作座谈会',
  '鞍山市“人才强市”推进会',
  '全省县域人才工作现场会',
  '鞍山市招才引智大会',
];
export const OUTLETS_ANSHAN = ['鞍山日报', '辽宁日报', '鞍山广播电视台', '《共产党员》杂志'];
export const OUTLETS_HAICHENG = ['海城日报', '海城广播电视台', '海城发布'];
export const ARTICLE_TOPICS = [
  '打造人才驿站',
  '推行“人才+项目”模式',
  '建设博士后创新实践基地',
  '开展柔性引才',
  '优化人才服务“一站式”',
];
export const RESULTS: readonly [Extract<LineFactsInput, { rule: 5 }>['kind'], string, string][] = [
  ['recruitment', '引进菱镁新材料项目及研发团队', '签约项目3个，总投资5.2亿元'],
  ['transferRate', '推动高校科技成果本地转化', '转化成果8项，转化率42%'],
  ['contractTurnover', '促成校企技术合同', '签订技术合同12项，交易额3800万元'],
  ['recruitment', '举办“双招双引”专场推介会', '引进人才46人'],
];
export const SUMMARIES = [
  '坚持把人才引育作为“一把手”工程，全年全职引进博士和副高级以上人才，建成院士工作站和博士后创新实践基地，人才工作经验在鞍山市推广。',
  '创新“人才+项目”模式，本地培养高层次人才，承接鞍山市重大人才活动，人才工作做法被省市主流媒体宣传报道。',
  '主动服务经济社会发展，推动科技成果本地转化，技术合同交易额大幅增长。',
];
