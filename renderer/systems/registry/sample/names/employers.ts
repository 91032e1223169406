import type { TalentCategory, TalentSector } from '../../../../../shared/systems/registry/person';

/**
 * Employers of Haicheng's talents by sector (System 4: schools, hospitals, enterprises, research
 * institutes, social organisations). Public schools and hospitals are named as the city names
 * them; enterprises are composed from brand syllables and Haicheng's industries (magnesite and
 * refractories, talc, garments at 西柳, agriculture), so no real company is implied.
 */

/** Institutions of the city itself; `{town}` ones are composed per town (牛庄镇中心小学). */
export const FIXED_EMPLOYERS: Readonly<Record<TalentSector, readonly string[]>> = {
  school: [
    '海城市高级中学',
    '海城市第二高级中学',
    '海城市第三高级中学',
    '海城市职业教育中心',
    '海城市实验小学',
    '海城市实验中学',
    '海城市新华小学',
    '海城市特殊教育学校',
    '海城市教师进修学校',
  ],
  hospital: [
    '海城市中心医院',
    '海城市中医院',
    '海城市正骨医院',
    '海城市妇幼保健院',
    '海城市第三人民医院',
    '海城市疾病预防控制中心',
  ],
  enterprise: [],
  research: [
    '海城市农业科学研究所',
    '海城市果树研究所',
    '海城市柞蚕科学研究所',
    '海城市畜牧技术推广站',
    '海城市菱镁新材料研究院',
    '海城市滑石应用技术研究所',
  ],
  social: [
    '海城市青年企业家协会',
    '海城市服装商会',
    '海城市菱镁行业协会',
    '海城市慈善总会',
    '海城市律师协会',
    '海城市科技工作者协会',
    '海城市老科技工作者协会',
    '海城市红十字会',
  ],
};

/** Per-town institutions: `${townName}${suffix}`. */
export const TOWN_EMPLOYER_SUFFIXES: Readonly<Record<TalentSector, readonly string[]>> = {
  school: ['中心小学', '初级中学', '中心幼儿园'],
  hospital: ['中心卫生院', '社区卫生服务中心'],
  enterprise: [],
  research: ['农业技术推广站'],
  social: ['社会工作服务站', '农民专业合作社联合社'],
};

export const BRAND_SYLLABLES: readonly string[] = [
  '华',
  '鑫',
  '盛',
  '恒',
  '泰',
  '隆',
  '昌',
  '达',
  '金',
  '宏',
  '瑞',
  '丰',
  '嘉',
  '海',
  '鞍',
  '东',
  '辉',
  '润',
  '晟',
  '源',
  '兴',
  '宇',
  '鸿',
  '博',
  '中',
  '新',
  '汇',
  '通',
  '远',
  '诚',
];

export const INDUSTRIES: readonly (readonly [string, number])[] = [
  ['镁业', 8],
  ['耐火材料', 6],
  ['镁质材料', 4],
  ['滑石', 3],
  ['新材料', 5],
  ['服装', 6],
  ['纺织', 3],
  ['服饰', 3],
  ['机械制造', 4],
  ['装备制造', 3],
  ['智能装备', 2],
  ['化工', 2],
  ['农业科技', 3],
  ['食品', 3],
  ['果业', 2],
  ['建材', 2],
  ['电子', 2],
  ['生物科技', 2],
  ['物流', 3],
  ['信息技术', 2],
  ['电商', 3],
  ['科技', 5],
];

export const COMPANY_FORMS: readonly (readonly [string, string, number])[] = [
  // [prefix, legal form, weight]
  ['辽宁', '有限公司', 5],
  ['海城市', '有限公司', 6],
  ['鞍山', '有限公司', 2],
  ['辽宁', '股份有限公司', 1],
  ['海城', '集团有限公司', 1],
];

export const RESEARCH_TAILS: readonly string[] = ['技术研究院', '工程技术研究中心', '研发中心'];

/** Posts by sector, most common first. */
export const TALENT_POSTS: Readonly<Record<TalentSector, readonly string[]>> = {
  school: ['教师', '一级教师', '高级教师', '正高级教师', '教研组长', '副校长', '校长'],
  hospital: ['住院医师', '主治医师', '副主任医师', '主任医师', '护士长', '科主任', '主管药师'],
  enterprise: ['技术员', '工程师', '高级工程师', '技术总监', '总工程师', '研发部经理', '总经理', '董事长'],
  research: ['助理研究员', '副研究员', '研究员', '高级农艺师', '所长', '实验室主任'],
  social: ['社会工作师', '项目主管', '秘书长', '会长', '副会长'],
};

/** A graduate's first post, by sector (在海城就业创业的高校毕业生). */
export const GRADUATE_POSTS: Readonly<Record<TalentSector, readonly string[]>> = {
  school: ['教师', '见习教师'],
  hospital: ['住院医师', '护师'],
  enterprise: ['技术员', '见习技术员', '自主创业', '电商运营'],
  research: ['助理研究员', '农技员'],
  social: ['社会工作者', '大学生村官'],
};

/** Academicians serve Haicheng through enterprise or institute workstations (院士工作站). */
export const ACADEMICIAN_POST = '院士工作站进站院士';

/** How often each category occurs among a city's talents: graduates are many, academicians rare. */
export const CATEGORY_WEIGHTS: readonly (readonly [TalentCategory, number])[] = [
  ['graduate', 450],
  ['otherExpert', 160],
  ['overseas', 70],
  ['xingliao', 80],
  ['provincialExpert', 60],
  ['liaoningOutstanding', 70],
  ['hundredThousand', 30],
  ['tenThousand', 20],
  ['innovationPromotion', 25],
  ['nsfcYoung', 10],
  ['academician', 2],
];

export const SECTOR_WEIGHTS: readonly (readonly [TalentSector, number])[] = [
  ['enterprise', 50],
  ['school', 20],
  ['hospital', 15],
  ['research', 8],
  ['social', 7],
];
