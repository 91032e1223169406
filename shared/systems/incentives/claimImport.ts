import { isLocalDate } from '../../core/common/localDate';
import {
  type ImportPlan,
  missingHeaderFields,
  pickCell,
  type RowError,
  ruleOf,
  type SheetRow,
} from '../../core/sheets/sheetRows';
import { ACHIEVEMENT_KINDS, type AchievementKind, claimInputSchema, type ValidClaimInput } from './claim';
import { type LineFactsInput, lineFactsSchema } from './lines';

/**
 * 激励奖励申报表 from a spreadsheet (the template the app writes): one row per line item, the
 * unit's columns repeated on each of its rows. Rows of one unit make one application to the round.
 * Everything is checked before anything is written; the import writes all applications or none.
 */
export const CLAIM_HEADERS = [
  'unit',
  'receivedOn',
  'declaredBy',
  'kinds',
  'summary',
  'rule',
  'name',
  'organisation',
  'qualification',
  'fullTime',
  'level',
  'form',
  'resultKind',
  'figures',
  'on',
] as const;
export type ClaimHeader = (typeof CLAIM_HEADERS)[number];

/** The template's headers (first alias) and what else a sheet may call them. */
export const CLAIM_HEADER_ALIASES: Record<ClaimHeader, readonly string[]> = {
  unit: ['申报单位', '单位'],
  receivedOn: ['申报日期', '收文日期'],
  declaredBy: ['承诺人', '真实性承诺人'],
  kinds: ['成效类别', '激励奖励事项'],
  summary: ['主要业绩', '主要成效'],
  rule: ['加分项', '加分项目'],
  name: ['姓名或名称', '姓名', '标题', '名称'],
  organisation: ['工作单位或媒体', '工作单位', '媒体', '会议或活动'],
  qualification: ['学历职称', '学位职称'],
  fullTime: ['是否全职', '全职'],
  level: ['级别'],
  form: ['形式'],
  resultKind: ['成果类别'],
  figures: ['数据', '实绩数据'],
  on: ['日期', '时间'],
};
/** The aliases as the sheet reader matches headers (lower case). */
export const CLAIM_ALIASES: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(CLAIM_HEADER_ALIASES).map(([k, v]) => [k, v.map((a) => a.toLowerCase())]),
);

export function missingClaimHeaders(headers: readonly string[]): string[] {
  return missingHeaderFields(headers, CLAIM_ALIASES, ['unit', 'receivedOn', 'declaredBy', 'summary', 'rule', 'on']);
}

const words = <T extends string | number>(table: Record<string, T>, text: string): T | null => {
  for (const [word, value] of Object.entries(table)) if (text.includes(word)) return value;
  return null;
};
const RULE_WORDS: Record<string, 1 | 2 | 3 | 4 | 5> = { 引进: 1, 培养: 2, 发言: 3, 承接: 3, 报道: 4, 刊发: 4, 服务: 5 };
const QUALIFICATION_WORDS = { 博士: 'phd', 副高: 'associateSenior', 正高: 'senior', 无: 'none' } as const;
const LEVEL_WORDS = { 鞍山: 'anshanOrHigher', 省: 'anshanOrHigher', 国家: 'anshanOrHigher', 海城: 'haicheng' } as const;
const FORM_WORDS = { 承接: 'hosted', 发言: 'talk', 介绍: 'talk' } as const;
const RESULT_WORDS = {
  双招双引: 'recruitment',
  转化: 'transferRate',
  技术合同: 'contractTurnover',
  交易额: 'contractTurnover',
} as const;
const KIND_BY_RULE: Record<number, AchievementKind> = {
  1: 'talentResults',
  2: 'talentResults',
  3: 'majorProjects',
  4: 'mediaCoverage',
  5: 'other',
};

/** 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日 → 2026-06-30; anything else → null. */
export function parseSheetDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

function ruleOfText(text: string): number | null {
  if (/^[1-5]$/.test(text)) return Number(text);
  return words(RULE_WORDS, text);
}

function kindsOf(text: string): AchievementKind[] | null {
  if (!text) return [];
  const out = new Set<AchievementKind>();
  for (const part of text.split(/[、，,；;\s]+/).filter(Boolean)) {
    if (!/^[1-5]$/.test(part)) return null;
    out.add(ACHIEVEMENT_KINDS[Number(part) - 1]);
  }
  return [...out];
}

/** The line's facts from a row, by its rule; null fields are left for the schema to refuse. */
function factsOf(rule: number, cell: (f: ClaimHeader) => string, on: string): LineFactsInput {
  const level = words(LEVEL_WORDS, cell('level')) ?? ('' as 'haicheng');
  if (rule === 1 || rule === 2)
    return {
      rule,
      name: cell('name'),
      employer: cell('organisation'),
      qualification: words(QUALIFICATION_WORDS, cell('qualification')) ?? ('' as 'none'),
      isFullTime: !/否|不/.test(cell('fullTime')),
      on,
    };
  if (rule === 3)
    return {
      rule,
      form: words(FORM_WORDS, cell('form')) ?? 'talk',
      meeting: cell('organisation') || cell('name'),
      level,
      on,
    };
  if (rule === 4) return { rule, outlet: cell('organisation'), level, title: cell('name'), on };
  return {
    rule: 5,
    kind: words(RESULT_WORDS, cell('resultKind')) ?? 'other',
    description: cell('name'),
    figures: cell('figures'),
    on,
  };
}

export interface PreparedClaim {
  /** The sheet rows it came from. */
  rows: number[];
  unitName: string;
  input: Omit<ValidClaimInput, 'roundId'>;
}

/**
 * `unitsByName`: every registry unit's name and short name → id. Nothing is guessed: an unknown
 * unit, an unknown rule or a fact the rule needs left empty reports the row.
 */
export function planClaimImport(
  rows: readonly SheetRow[],
  unitsByName: ReadonlyMap<string, string>,
): ImportPlan<PreparedClaim> {
  const bad: RowError[] = [];
  const byUnit = new Map<string, PreparedClaim>();
  rows.forEach((raw, index) => {
    const row = index + 2;
    const cell = (f: ClaimHeader) => pickCell(raw, CLAIM_ALIASES, f);
    const fail = (field: string, rule: string, value: string) => void bad.push({ row, field, rule, value });
    const unitName = cell('unit');
    const unitId = unitsByName.get(unitName);
    if (!unitId) return fail('unit', unitName ? 'unknown-unit' : 'required', unitName);
    const rule = ruleOfText(cell('rule'));
    if (!rule) return fail('rule', 'unknown-rule', cell('rule'));
    const on = parseSheetDate(cell('on'));
    if (!on) return fail('on', cell('on') ? 'invalid-date' : 'required', cell('on'));
    const facts = lineFactsSchema.safeParse(factsOf(rule, cell, on));
    if (!facts.success) {
      const issue = facts.error.issues[0];
      return fail(String(issue.path[0] ?? 'rule'), ruleOf(issue), '');
    }
    const kinds = kindsOf(cell('kinds'));
    if (!kinds) return fail('kinds', 'unknown-kind', cell('kinds'));
    const claim = byUnit.get(unitId);
    if (claim) {
      claim.rows.push(row);
      claim.input.lines.push(facts.data);
      for (const k of kinds.length ? kinds : [KIND_BY_RULE[rule]])
        if (!claim.input.kinds.includes(k)) claim.input.kinds.push(k);
      return;
    }
    const receivedOn = parseSheetDate(cell('receivedOn'));
    if (!receivedOn) return fail('receivedOn', cell('receivedOn') ? 'invalid-date' : 'required', cell('receivedOn'));
    const parsed = claimInputSchema.omit({ roundId: true }).safeParse({
      unitId,
      receivedOn,
      kinds: kinds.length ? kinds : [KIND_BY_RULE[rule]],
      summary: cell('summary'),
      declaration: { signedBy: cell('declaredBy'), signedOn: receivedOn },
      lines: [facts.data],
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path[0] === 'declaration' ? 'declaredBy' : String(issue.path[0] ?? '-');
      return fail(field, ruleOf(issue), cell(field as ClaimHeader));
    }
    byUnit.set(unitId, { rows: [row], unitName, input: parsed.data });
  });
  return { good: [...byUnit.values()], bad };
}

/** The template's example rows: one per rule, so an office sees what each column takes. */
export const TEMPLATE_EXAMPLE: readonly (readonly string[])[] = [
  [
    '牛庄镇',
    '2026-11-10',
    '李明',
    '1',
    '全职引进博士3人……',
    '1',
    '张伟',
    '鞍钢集团海城分公司',
    '博士',
    '是',
    '',
    '',
    '',
    '',
    '2026-03-10',
  ],
  [
    '牛庄镇',
    '2026-11-10',
    '李明',
    '',
    '',
    '3',
    '',
    '鞍山市人才工作会议',
    '',
    '',
    '鞍山市级以上',
    '发言',
    '',
    '',
    '2026-04-20',
  ],
  [
    '牛庄镇',
    '2026-11-10',
    '李明',
    '4',
    '',
    '4',
    '牛庄镇打造人才驿站',
    '鞍山日报',
    '',
    '',
    '鞍山市级以上',
    '',
    '',
    '',
    '2026-06-01',
  ],
  [
    '牛庄镇',
    '2026-11-10',
    '李明',
    '',
    '',
    '5',
    '促成校企合作',
    '',
    '',
    '',
    '',
    '',
    '技术合同交易额',
    '12项，3800万元',
    '2026-09-01',
  ],
];
