import { DEFAULT_OFFICE_SETTINGS } from '../../shared/core/office/office';
import type { SearchEntry } from '../../shared/core/search/entry';
import { type AnySearchSource, entryKey, searchSource } from '../../shared/core/search/source';
import type { Person } from '../../shared/systems/registry/person';
import type { Unit } from '../../shared/systems/registry/unit';
import { type SampleTables, createRandom } from '../../renderer/core/sample';
import { installedSystems } from '../../renderer/core/plugin/installed';
import { loadSearchSources } from '../../renderer/core/search/sources';

/**
 * What the header search looks in, as an office would have it: every installed system's sample
 * records (the registry, a year of meetings, topics, minutes and documents, checks, findings,
 * items, feedback, explanations), and — until Systems 3 and 4 have sample generators —
 * applications for bonus points and evaluation opinions written here in the same office's words.
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
  const people = tables.people as Person[];
  const unitNames = (tables.units as Unit[]).map((u) => u.name);
  const rng = createRandom(`${seed}/search-corpus`);
  const phone = () => `1${rng.int(30, 89)}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`;
  tables.applications = Array.from({ length: 40 }, (_, i) => ({
    id: rng.uuid(),
    applicant: rng.pick(people).name,
    unitName: rng.pick(unitNames),
    title: `关于${rng.pick(APPLICATION_MATTERS)}的加分申请`,
    text: `${2024 + (i % 3)}年${rng.int(1, 12)}月，${rng.pick(APPLICATION_FACTS)}（${rng.pick(ZONES)}）`,
    isSample: 1,
  }));
  tables.opinions = Array.from({ length: 40 }, () => ({
    id: rng.uuid(),
    evaluator: rng.pick(people).name,
    unitName: rng.pick(unitNames),
    item: rng.pick(EVALUATION_ITEMS),
    rating: rng.pick(['满意', '基本满意', '不满意']),
    text: `${rng.pick(OPINIONS)}${rng.chance(0.3) ? ` 联系电话：${phone()}` : ''}`,
    isSample: 1,
  }));
  const { sources } = await loadSearchSources();
  return { tables, sources: [...sources, applicationSearch, opinionSearch] };
}

type Application = { id: string; applicant: string; unitName: string; title: string; text: string };
type Opinion = { id: string; evaluator: string; unitName: string; item: string; rating: string; text: string };

const applicationSearch: AnySearchSource = searchSource<Application>({
  table: 'applications',
  kinds: ['application'],
  toEntries: (a): SearchEntry[] => [
    {
      key: entryKey('applications', a.id),
      kind: 'application',
      title: a.title,
      subtitle: a.unitName,
      fields: [a.applicant, a.text],
      secrecy: 'internal',
      route: `incentives/application.${a.id}`,
    },
  ],
});

const opinionSearch: AnySearchSource = searchSource<Opinion>({
  table: 'opinions',
  kinds: ['opinion'],
  toEntries: (o): SearchEntry[] => [
    {
      key: entryKey('opinions', o.id),
      kind: 'opinion',
      title: `${o.unitName} · ${o.item}`,
      subtitle: o.evaluator,
      fields: [o.rating, o.text],
      secrecy: 'public',
      route: `evaluation/opinion.${o.id}`,
    },
  ],
});

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
