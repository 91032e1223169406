import { issueLimit } from '../../core/common/issueLimit';
import { type UnitKind, type ValidUnitInput, unitInputSchema } from './unit';
import {
  type ImportPlan,
  type Pace,
  type RowError,
  type SheetData,
  type SheetRow,
  forEachSheetRow,
  missingHeaderFields,
  pickCell,
  ruleOf,
} from '../../core/sheets/sheetRows';

export type { RowError, SheetRow } from '../../core/sheets/sheetRows';

/** Headers accepted for each field, Chinese first (the office's own sheets), English too. */
export const UNIT_HEADER_ALIASES: Record<string, readonly string[]> = {
  kind: ['类别', '单位类别', 'kind', 'type'],
  name: ['名称', '单位名称', 'name'],
  shortName: ['简称', 'short name', 'shortname'],
  partyOrgName: ['党组织名称', '党组织', 'party organisation', 'party org'],
  parentId: ['所属镇街', '上级镇街', '所属镇（街道）', 'parent', 'town'],
  contactName: ['联系人', 'contact', 'contact name'],
  contactPhone: ['联系电话', '电话', 'phone', 'contact phone'],
  displayOrder: ['排序', '顺序', 'order', 'display order'],
};

const KIND_ALIASES: Record<string, UnitKind> = {
  成员单位: 'member',
  member: 'member',
  镇: 'town',
  街道: 'town',
  镇街: 'town',
  '镇（街道）': 'town',
  镇街道: 'town',
  town: 'town',
  subdistrict: 'town',
  开发区: 'zone',
  园区: 'zone',
  zone: 'zone',
  'development zone': 'zone',
  'member unit': 'member',
  'town / subdistrict': 'town',
  'village / community': 'village',
  村: 'village',
  社区: 'village',
  '村（社区）': 'village',
  村社区: 'village',
  village: 'village',
  community: 'village',
};

export interface PreparedUnit {
  row: number;
  input: ValidUnitInput;
  /** The parent town named in the sheet, resolved to an id by `resolveParents`. */
  parentName: string;
}

export type UnitImportPlan = ImportPlan<PreparedUnit>;

function pick(row: SheetRow, field: string): string {
  return pickCell(row, UNIT_HEADER_ALIASES, field);
}

/** Which known fields a header row covers; `name` and `kind` are required. */
export function missingHeaders(headers: readonly string[]): string[] {
  return missingHeaderFields(headers, UNIT_HEADER_ALIASES, ['kind', 'name']);
}

/**
 * Validates every row before anything is written. Towns may be named as parents whether they
 * exist already (`existingTowns`: name → id) or come earlier or later in the same sheet.
 * Names must be unique within a kind, in the sheet and against `existingNames` ("kind|name").
 */
export async function planUnitImport(
  sheet: SheetData,
  existingTowns: ReadonlyMap<string, string>,
  existingNames: ReadonlySet<string>,
  pace?: Pace,
): Promise<UnitImportPlan> {
  const good: PreparedUnit[] = [];
  const bad: RowError[] = [];
  const seen = new Set(existingNames);
  const sheetTowns = new Set<string>();
  for (let i = 0; i < sheet.rows.length; i++) {
    if (pace && i % 1000 === 999) await pace();
    const r = sheet.rows[i];
    if (KIND_ALIASES[pick(r, 'kind').toLowerCase()] === 'town') sheetTowns.add(pick(r, 'name'));
  }

  const visit = (raw: SheetRow, row: number) => {
    const kindText = pick(raw, 'kind');
    const kind = Object.hasOwn(KIND_ALIASES, kindText.toLowerCase()) ? KIND_ALIASES[kindText.toLowerCase()] : undefined;
    if (!kind) return void bad.push({ row, field: 'kind', rule: 'unknown-kind', value: kindText });
    const parentName = pick(raw, 'parentId');
    if (kind === 'village' && !existingTowns.has(parentName) && !sheetTowns.has(parentName)) {
      return void bad.push({
        row,
        field: 'parentId',
        rule: parentName ? 'unknown-town' : 'village-needs-town',
        value: parentName,
      });
    }
    const orderText = pick(raw, 'displayOrder');
    const displayOrder = orderText === '' ? 0 : Number(orderText);
    const parsed = unitInputSchema.safeParse({
      kind,
      name: pick(raw, 'name'),
      shortName: pick(raw, 'shortName'),
      partyOrgName: pick(raw, 'partyOrgName'),
      // A placeholder that satisfies the village rule; the real id is set by resolveParents.
      parentId: kind === 'village' ? `name:${parentName}` : null,
      contactName: pick(raw, 'contactName'),
      contactPhone: pick(raw, 'contactPhone'),
      displayOrder,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.join('.') || '-';
      const rule = ruleOf(issue);
      const value = field === 'displayOrder' ? orderText : pick(raw, field);
      return void bad.push({ row, field, rule, value, ...issueLimit(issue) });
    }
    const key = `${kind}|${parsed.data.name}`;
    if (seen.has(key)) return void bad.push({ row, field: 'name', rule: 'duplicate-name', value: parsed.data.name });
    seen.add(key);
    good.push({ row, input: parsed.data, parentName: kind === 'village' ? parentName : '' });
  };
  await forEachSheetRow(sheet, UNIT_HEADER_ALIASES, visit, bad, pace);
  // A village whose town is only in the sheet, on a row that failed, has no parent to join.
  const goodTowns = new Set(good.filter((g) => g.input.kind === 'town').map((g) => g.input.name));
  const orphans = good.filter((g) => g.parentName && !existingTowns.has(g.parentName) && !goodTowns.has(g.parentName));
  for (const o of orphans) bad.push({ row: o.row, field: 'parentId', rule: 'unknown-town', value: o.parentName });
  bad.sort((a, b) => a.row - b.row);
  return { good: good.filter((g) => !orphans.includes(g)), bad };
}
