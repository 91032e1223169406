import { issueLimit, type IssueLimit } from '../../core/common/issueLimit';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../core/common/secrecy';
import {
  type ImportPlan,
  type Pace,
  type RowError,
  type SheetData,
  type SheetRow,
  forEachSheetRow,
  missingHeaderFields,
  pickCell,
} from '../../core/sheets/sheetRows';
import { parseSheetDate } from '../../core/sheets/excelDates';

export { parseSheetDate };
import { CONTENT_CATEGORIES, type ContentCategory } from './item';
import { matterSchema } from './itemInput';

/**
 * 任务分解清单 (annual task list) from a spreadsheet: one row per task, one or more responsible
 * units per row (an item each, sharing a task id). Everything is checked before anything is
 * written; the import writes all rows or none.
 */
export const TASK_HEADER_ALIASES: Record<string, readonly string[]> = {
  matter: ['任务', '任务内容', '重点任务', '督办事项', '工作任务', 'task', 'matter'],
  requirement: ['工作要求', '要求', '完成标准', '目标要求', 'requirement'],
  units: ['责任单位', '牵头单位', '承办单位', 'responsible unit', 'units', 'unit'],
  dueOn: ['完成时限', '办结时限', '时限', '完成时间', 'deadline', 'due'],
  replyBy: ['反馈时限', '反馈时间', 'reply by'],
  category: ['类别', '督查内容', '内容类别', 'category'],
  secrecy: ['密级', 'secrecy'],
};

const CATEGORY_WORDS: Record<string, ContentCategory> = {
  上级部署: 'higherDeployment',
  人才政策: 'higherDeployment',
  年度工作要点: 'annualTasks',
  任务分解清单: 'annualTasks',
  绩效考评指标: 'annualTasks',
  年度任务: 'annualTasks',
  领导批示: 'leaderInstructions',
  交办事项: 'leaderInstructions',
  重大人才活动: 'majorEvents',
  项目工程: 'majorEvents',
  镇街人才工作: 'townWork',
  成员单位人才工作: 'memberUnitWork',
  议案提案: 'billsProposals',
  招工招才: 'recruitment',
  其他: 'other',
};
const SECRECY_WORDS: Record<string, SecrecyLevel> = {
  公开: 'public',
  内部: 'internal',
  秘密: 'secret',
  机密: 'confidential',
};

export interface PreparedTask {
  row: number;
  matter: string;
  requirement: string;
  unitIds: string[];
  /** The names as written, for the preview. */
  unitNames: string[];
  dueOn: string;
  replyBy: string;
  category: ContentCategory;
  secrecy: SecrecyLevel;
}

export function missingTaskHeaders(headers: readonly string[]): string[] {
  return missingHeaderFields(headers, TASK_HEADER_ALIASES, ['matter', 'units', 'dueOn']);
}

function parseCategory(text: string): ContentCategory | null {
  if (!text) return 'annualTasks';
  if (/^[1-9]$/.test(text)) return CONTENT_CATEGORIES[Number(text) - 1];
  if ((CONTENT_CATEGORIES as readonly string[]).includes(text)) return text as ContentCategory;
  for (const [word, category] of Object.entries(CATEGORY_WORDS)) if (text.includes(word)) return category;
  return null;
}

function parseSecrecy(text: string, fallback: SecrecyLevel): SecrecyLevel | null {
  if (!text) return fallback;
  if ((SECRECY_LEVELS as readonly string[]).includes(text)) return text as SecrecyLevel;
  return SECRECY_WORDS[text] ?? null;
}

/**
 * `unitsByName`: every registry unit's name and short name → id. A row naming an unknown unit,
 * a date that is not a date or a reply date before… nothing is guessed: the row is reported.
 */
export async function planTaskListImport(
  sheet: SheetData,
  unitsByName: ReadonlyMap<string, string>,
  defaultSecrecy: SecrecyLevel = 'internal',
  pace?: Pace,
): Promise<ImportPlan<PreparedTask>> {
  const good: PreparedTask[] = [];
  const bad: RowError[] = [];
  const pick = (row: SheetRow, field: string) => pickCell(row, TASK_HEADER_ALIASES, field);
  const visit = (raw: SheetRow, row: number) => {
    const fail = (field: string, rule: string, value: string, limit?: IssueLimit) =>
      void bad.push({ row, field, rule, value, ...limit });
    const unitText = pick(raw, 'units');
    const unitNames = unitText
      .split(/[、，,；;／/\n]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (unitNames.length === 0) return fail('units', 'required', unitText);
    const unknown = unitNames.find((n) => !unitsByName.has(n));
    if (unknown) return fail('units', 'unknown-unit', unknown);
    const dueText = pick(raw, 'dueOn');
    const dueOn = parseSheetDate(dueText);
    if (!dueOn) return fail('dueOn', dueText ? 'invalid-date' : 'required', dueText);
    const replyText = pick(raw, 'replyBy');
    const replyBy = replyText ? parseSheetDate(replyText) : dueOn;
    if (!replyBy) return fail('replyBy', 'invalid-date', replyText);
    const category = parseCategory(pick(raw, 'category'));
    if (!category) return fail('category', 'unknown-category', pick(raw, 'category'));
    const secrecy = parseSecrecy(pick(raw, 'secrecy'), defaultSecrecy);
    if (!secrecy) return fail('secrecy', 'unknown-secrecy', pick(raw, 'secrecy'));
    const parsed = matterSchema.safeParse({
      matter: pick(raw, 'matter'),
      requirement: pick(raw, 'requirement'),
      dueOn,
      replyBy,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue.path[0] ?? '-');
      // Our own rules (matter-too-long: the 督办通知单's room) arrive as kebab-case messages.
      const rule =
        issue.code === 'too_small' ? 'required' : /^[a-z]+(-[a-z]+)+$/.test(issue.message) ? issue.message : issue.code;
      return fail(field, rule, pick(raw, field), issueLimit(issue));
    }
    const unitIds = [...new Set(unitNames.map((n) => unitsByName.get(n)!))];
    good.push({ row, ...parsed.data, unitIds, unitNames, category, secrecy });
  };
  await forEachSheetRow(sheet, TASK_HEADER_ALIASES, visit, bad, pace);
  bad.sort((a, b) => a.row - b.row);
  return { good, bad };
}
