import { DEFAULT_OFFICE_SETTINGS } from '../../shared/core/office/office';
import type { EvaluationRecord } from '../../shared/systems/evaluation';
import type { BonusClaim } from '../../shared/systems/incentives';
import type { Unit } from '../../shared/systems/registry/unit';
import { type SampleTables } from '../../renderer/core/sample';
import { installedSystems } from '../../renderer/core/plugin/installed';
import { loadSearchSources } from '../../renderer/core/search/sources';

/**
 * What the header search looks in, as an office would have it: every installed system's sample
 * records (the registry, a year of meetings, topics, minutes and documents, checks, findings,
 * items, feedback, explanations, bonus rounds, applications and the points ledger, evaluation records
 * with the talents' opinions, questionnaires and their returns) — and a few of them retold with the
 * traps of Chinese and mixed text the samples lack: the village 东关村 beside texts saying 关于, A区,
 * Wi-Fi, B区孵化器 (`addTraps`).
 */
export async function searchCorpus({ unitCount = 160, peopleCount = 200, seed = 2026 } = {}) {
  const now = new Date('2026-11-25T10:00:00');
  const tables: SampleTables = {};
  for (const system of installedSystems()) {
    if (!system.sample) continue;
    const { generate } = await system.sample.load();
    const options = { seed, now, unitCount, peopleCount };
    for (const [table, rows] of Object.entries(generate({ options, office: DEFAULT_OFFICE_SETTINGS, tables })))
      tables[table] = [...(tables[table] ?? []), ...rows];
  }
  addTraps(tables);
  const { sources } = await loadSearchSources();
  return { tables, sources };
}

/**
 * The village 东关村 under the first town, and sample applications and evaluation records copied with
 * the words below as their own: real records of the real sources, holding the traps.
 */
function addTraps(tables: SampleTables) {
  const units = tables.units as Unit[];
  const village = units.find((u) => u.kind === 'village')!;
  tables.units = [...units, { ...village, id: 'trap-village', name: '东关村', shortName: '', nameHistory: [] }];
  const claims = tables.bonusClaims as BonusClaim[];
  const matters = APPLICATION_MATTERS.flatMap((matter) =>
    APPLICATION_FACTS.map((fact, i) => `关于${matter}：${fact}（${ZONES[i]}）`),
  );
  tables.bonusClaims = [
    ...claims,
    ...matters.map((summary, i) => ({ ...claims[i % claims.length], id: `trap-claim-${i}`, summary })),
  ];
  const records = tables.evaluationRecords as EvaluationRecord[];
  const rated = records.filter((r) => r.ratings.length > 0);
  tables.evaluationRecords = [
    ...records,
    ...OPINIONS.flatMap((summary, i) =>
      EVALUATION_ITEMS.map((item, j) => {
        const record = rated[(i * EVALUATION_ITEMS.length + j) % rated.length];
        const opinion = `${item}：${OPINIONS[(i + j + 1) % OPINIONS.length]}`;
        const ratings = record.ratings.map((r) => ({ ...r, opinion }));
        return { ...record, id: `trap-record-${i}-${j}`, title: '', summary, ratings };
      }),
    ),
  ];
}

const APPLICATION_MATTERS = [
  '引进海外高层次人才',
  '人才驿站建设',
  '举办“英才海城”招聘会',
  '建设A区人才公寓',
  '设立博士后创新实践基地',
  '柔性引进专家团队',
];
const APPLICATION_FACTS = [
  '我单位引进全职博士2名，签订劳动合同并缴纳社保',
  '人才驿站建成投用，累计接待来海人才136人次',
  '与东北大学共建产学研合作平台，落地项目3个',
  '入选“兴辽英才计划”1人，获批省级专家工作站',
  'B区孵化器入驻人才企业12家，带动就业280人',
];
const ZONES = ['A区', 'B区', '海城经济开发区', '西柳服装工业园', '腾鳌经济开发区'];
const EVALUATION_ITEMS = ['政策落实', '服务态度', '办事效率', '人才公寓', '子女入学', '医疗保障'];
const OPINIONS = [
  '人才公寓配套设施齐全，希望增加班车。',
  '关于子女入学的政策解释很清楚，办理也及时。',
  '窗口工作人员态度热情，但线上申报系统偶尔卡顿',
  '建议把人才补贴的发放时间提前到每年3月',
  '东关村的驿站离住处太远，希望在镇里增设服务点。',
  'Wi-Fi信号不好，A区会议室需要改善',
];
