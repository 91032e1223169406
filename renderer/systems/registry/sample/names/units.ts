/**
 * Haicheng's own units, as a talent office would list them: the member units of the City Talent
 * Work Leading Group (成员单位), the towns and subdistricts (镇/街道) and the development zones
 * (开发区). Sample data: names are real places and bodies, contacts and phones are invented.
 */

/** A unit of the realistic set; `formerly` is a name it carried before an institutional reform. */
export interface RealUnit {
  name: string;
  shortName: string;
  partyOrgName: string;
  formerly?: { name: string; shortName: string; yearsAgo: number };
}

/** How a member unit's party organisation is named: its own name (a 市委 department), or 党组/党委. */
type PartyOrg = 'self' | '党组' | '党委';

function member(name: string, shortName: string, party: PartyOrg, formerly?: RealUnit['formerly']): RealUnit {
  const partyOrgName = party === 'self' ? name : party === '党组' ? `中共${name}党组` : `中共${name}委员会`;
  return { name, shortName, partyOrgName, ...(formerly ? { formerly } : {}) };
}

// Order follows how Haicheng's documents list the group's members: 市委 departments, then the
// government's, then vertically managed and mass organisations. The 2019 reform renamed several
// bureaux; their former names give nameHistory something real to show.
export const MEMBER_UNITS: readonly RealUnit[] = [
  member('中共海城市委办公室', '市委办', 'self'),
  member('海城市人民政府办公室', '市政府办', '党组'),
  member('中共海城市委组织部', '市委组织部', 'self'),
  member('中共海城市委宣传部', '市委宣传部', 'self'),
  member('中共海城市委统一战线工作部', '市委统战部', 'self'),
  member('中共海城市委机构编制委员会办公室', '市委编办', 'self'),
  member('海城市发展和改革局', '市发改局', '党组'),
  member('海城市教育局', '市教育局', '党委'),
  member('海城市科学技术局', '市科技局', '党组'),
  member('海城市工业和信息化局', '市工信局', '党组', {
    name: '海城市经济和信息化局',
    shortName: '市经信局',
    yearsAgo: 6,
  }),
  member('海城市公安局', '市公安局', '党委'),
  member('海城市财政局', '市财政局', '党组'),
  member('海城市人力资源和社会保障局', '市人社局', '党组'),
  member('海城市自然资源局', '市自然资源局', '党组', {
    name: '海城市国土资源局',
    shortName: '市国土局',
    yearsAgo: 6,
  }),
  member('海城市住房和城乡建设局', '市住建局', '党组'),
  member('海城市农业农村局', '市农业农村局', '党组', { name: '海城市农村经济局', shortName: '市农经局', yearsAgo: 6 }),
  member('海城市商务局', '市商务局', '党组'),
  member('海城市文化旅游和广播电视局', '市文旅广电局', '党组'),
  member('海城市卫生健康局', '市卫健局', '党委', {
    name: '海城市卫生和计划生育局',
    shortName: '市卫计局',
    yearsAgo: 6,
  }),
  member('海城市退役军人事务局', '市退役军人局', '党组'),
  member('海城市市场监督管理局', '市市场监管局', '党组', {
    name: '海城市工商行政管理局',
    shortName: '市工商局',
    yearsAgo: 6,
  }),
  member('海城市医疗保障局', '市医保局', '党组'),
  member('海城市营商环境建设局', '市营商局', '党组'),
  member('国家税务总局海城市税务局', '市税务局', '党委'),
  member('共青团海城市委员会', '团市委', '党组'),
  member('海城市总工会', '市总工会', '党组'),
  member('海城市妇女联合会', '市妇联', '党组'),
  member('海城市科学技术协会', '市科协', '党组'),
  member('海城市工商业联合会', '市工商联', '党组'),
];

/** 镇 towns (党委) and 街道 subdistricts (党工委); both are kind 'town' in the registry. */
export interface RealTown extends RealUnit {
  isSubdistrict: boolean;
}

function town(name: string): RealTown {
  return { name, shortName: name.slice(0, -1), partyOrgName: `中共海城市${name}委员会`, isSubdistrict: false };
}

// The subdistricts were 管理区 until they became 街道; the old names are kept as history.
function subdistrict(name: string, yearsAgo?: number): RealTown {
  const base = name.slice(0, -2);
  return {
    name,
    shortName: base,
    partyOrgName: `中共海城市${name}工作委员会`,
    isSubdistrict: true,
    ...(yearsAgo ? { formerly: { name: `${base}管理区`, shortName: base, yearsAgo } } : {}),
  };
}

export const TOWNS: readonly RealTown[] = [
  subdistrict('海州街道', 4),
  subdistrict('兴海街道', 4),
  subdistrict('响堂街道', 4),
  subdistrict('东四街道', 4),
  subdistrict('验军街道'),
  ...[
    '牛庄镇',
    '西柳镇',
    '腾鳌镇',
    '感王镇',
    '析木镇',
    '耿庄镇',
    '孤山镇',
    '岔沟镇',
    '接文镇',
    '马风镇',
    '英落镇',
    '八里镇',
    '望台镇',
    '温香镇',
    '王石镇',
    '南台镇',
    '东四方台镇',
    '西四镇',
    '中小镇',
    '牌楼镇',
    '高坨镇',
    '毛祁镇',
  ].map(town),
];

function zone(name: string, shortName: string, formerly?: RealUnit['formerly']): RealUnit {
  return { name, shortName, partyOrgName: `中共${name}工作委员会`, ...(formerly ? { formerly } : {}) };
}

export const ZONES: readonly RealUnit[] = [
  zone('海城经济开发区', '海城开发区'),
  zone('腾鳌经济开发区', '腾鳌开发区', { name: '腾鳌经济特区', shortName: '腾鳌特区', yearsAgo: 9 }),
  zone('西柳服装产业园区', '西柳园区'),
  zone('海城市菱镁新材料产业园区', '菱镁园区'),
];
