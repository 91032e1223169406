import { issueLimit } from '../../core/common/issueLimit';
import { type ValidPersonInput, personInputSchema } from './personSchema';
import {
  type ImportPlan,
  type Pace,
  type SheetData,
  type SheetRow,
  forEachSheetRow,
  missingHeaderFields,
  pickCell,
  ruleOf,
} from '../../core/sheets/sheetRows';

export const PERSON_HEADER_ALIASES: Record<string, readonly string[]> = {
  role: ['人员类别', '类别', 'role'],
  name: ['姓名', 'name'],
  gender: ['性别', 'gender'],
  unitId: ['所在单位', '单位', 'unit'],
  post: ['职务', 'post'],
  phone: ['电话', '联系电话', 'phone'],
  inviteeKind: ['特邀类别', 'invitee kind'],
  talentCategory: ['人才类别', 'talent category'],
  sector: ['所在领域', '领域', 'sector'],
  employer: ['工作单位', 'employer'],
};

/**
 * Cell text → code, per coded field. The caller builds these from the translations of both
 * languages (and the codes themselves), so a sheet exported in either language imports again.
 */
export type ValueAliases = Record<
  'role' | 'gender' | 'inviteeKind' | 'talentCategory' | 'sector',
  ReadonlyMap<string, string>
>;

/** What unitIdsByName gives a name two units share (东关村 under two towns): the row must name the town. */
export const AMBIGUOUS_UNIT = '?ambiguous';

export interface PreparedPerson {
  row: number;
  input: ValidPersonInput;
}

export function missingPersonHeaders(headers: readonly string[]): string[] {
  return missingHeaderFields(headers, PERSON_HEADER_ALIASES, ['role', 'name']);
}

/**
 * Validates every row before anything is written; units are matched by their current name (a
 * village's also as 镇街·村名, which a name two towns share needs).
 */
export async function planPersonImport(
  sheet: SheetData,
  aliases: ValueAliases,
  unitIdsByName: ReadonlyMap<string, string>,
  pace?: Pace,
): Promise<ImportPlan<PreparedPerson>> {
  const plan: ImportPlan<PreparedPerson> = { good: [], bad: [] };
  const visit = (raw: SheetRow, row: number) => {
    const cell = (field: string) => pickCell(raw, PERSON_HEADER_ALIASES, field);
    const coded = (field: keyof ValueAliases): string | null | undefined => {
      const text = cell(field);
      if (text === '') return null;
      return aliases[field].get(text.toLowerCase());
    };
    for (const field of ['role', 'gender', 'inviteeKind', 'talentCategory', 'sector'] as const) {
      if (coded(field) === undefined)
        return void plan.bad.push({ row, field, rule: 'invalid_value', value: cell(field) });
    }
    const unitName = cell('unitId');
    const unitId = unitName ? unitIdsByName.get(unitName) : null;
    if (unitId === undefined)
      return void plan.bad.push({ row, field: 'unitId', rule: 'unknown-unit', value: unitName });
    if (unitId === AMBIGUOUS_UNIT)
      return void plan.bad.push({ row, field: 'unitId', rule: 'ambiguous-unit', value: unitName });
    const parsed = personInputSchema.safeParse({
      role: coded('role') ?? '',
      name: cell('name'),
      gender: coded('gender') ?? '',
      unitId,
      post: cell('post'),
      phone: cell('phone'),
      inviteeKind: coded('inviteeKind'),
      talentCategory: coded('talentCategory'),
      sector: coded('sector'),
      employer: cell('employer'),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.join('.') || '-';
      return void plan.bad.push({ row, field, rule: ruleOf(issue), value: cell(field), ...issueLimit(issue) });
    }
    plan.good.push({ row, input: parsed.data });
  };
  await forEachSheetRow(sheet, PERSON_HEADER_ALIASES, visit, plan.bad, pace);
  plan.bad.sort((a, b) => a.row - b.row);
  return plan;
}
