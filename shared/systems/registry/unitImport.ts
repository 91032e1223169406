import { issueLimit } from '../../core/common/issueLimit';
import { type UnitKind, type ValidUnitInput, unitInputSchema } from './unit';
import { kindOf, UNIT_HEADER_ALIASES } from './unitImportAliases';
import { splitNames, unitNameKey } from './unitNames';
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
export { UNIT_HEADER_ALIASES } from './unitImportAliases';

/** A unit of the registry as an import matches it. */
export interface KnownUnit {
  id: string;
  name: string;
}

/** What the registry holds already, for planUnitImport. */
export interface ExistingUnits {
  /** Towns by current name (and by a former name no town carries now) → id: a village's 所属镇街. */
  towns: ReadonlyMap<string, string>;
  /** unitNameKey of each unit's current name (a village's scope is its town's id) → the unit. */
  current: ReadonlyMap<string, KnownUnit>;
  /** unitNameKey of each name a unit carried before → that unit (now named otherwise). */
  former: ReadonlyMap<string, KnownUnit>;
}

export const NO_UNITS: ExistingUnits = { towns: new Map(), current: new Map(), former: new Map() };

export interface PreparedUnit {
  row: number;
  input: ValidUnitInput;
  /** The parent town named in the sheet, resolved to an id by `importUnits`. */
  parentName: string;
  /** The row's 曾用名 is this unit's name: the row renames it (keeping its history) instead of adding one. */
  renames?: KnownUnit;
}

export type UnitImportPlan = ImportPlan<PreparedUnit>;

function pick(row: SheetRow, field: string): string {
  return pickCell(row, UNIT_HEADER_ALIASES, field);
}

/** Which known fields a header row covers; `name` and `kind` are required. */
export function missingHeaders(headers: readonly string[]): string[] {
  return missingHeaderFields(headers, UNIT_HEADER_ALIASES, ['kind', 'name']);
}

/** The name key of a row: a village's scope is its town's id when the town exists, else the town's name. */
function rowKey(kind: UnitKind, name: string, townName: string, existing: ExistingUnits): string {
  const parentId = kind === 'village' ? (existing.towns.get(townName) ?? `sheet:${townName}`) : null;
  return unitNameKey({ kind, parentId, name });
}

/**
 * Validates every row before anything is written. Towns may be named as parents whether they
 * exist already or come earlier or later in the same sheet. A name is unique within its kind — a
 * village's within its town — in the sheet ("duplicate of row N") and against the registry. A
 * row named as a unit was once named matches that unit and adds none; a row whose 曾用名 is a
 * unit's name renames that unit.
 */
export async function planUnitImport(sheet: SheetData, existing: ExistingUnits, pace?: Pace): Promise<UnitImportPlan> {
  const good: PreparedUnit[] = [];
  const bad: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  const renamed = new Map<string, number>();
  const sheetTowns = new Set<string>();
  for (let i = 0; i < sheet.rows.length; i++) {
    if (pace && i % 1000 === 999) await pace();
    const r = sheet.rows[i];
    if (kindOf(pick(r, 'kind')) === 'town') sheetTowns.add(pick(r, 'name'));
  }

  const visit = (raw: SheetRow, row: number) => {
    const kindText = pick(raw, 'kind');
    const kind = kindOf(kindText);
    if (!kind) return void bad.push({ row, field: 'kind', rule: 'unknown-kind', value: kindText });
    const parentName = pick(raw, 'parentId');
    if (kind === 'village' && !existing.towns.has(parentName) && !sheetTowns.has(parentName)) {
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
      // A placeholder that satisfies the village rule; the real id is set by importUnits.
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
    const name = parsed.data.name;
    const key = rowKey(kind, name, parentName, existing);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined)
      return void bad.push({ row, field: 'name', rule: 'duplicate-row', value: name, params: { of: earlier } });
    firstRowOf.set(key, row);
    if (existing.current.has(key)) return void bad.push({ row, field: 'name', rule: 'duplicate-name', value: name });
    const renamedTo = existing.former.get(key);
    if (renamedTo) {
      return void bad.push({ row, field: 'name', rule: 'former-name', value: name, params: { name: renamedTo.name } });
    }
    const scope = (other: string) => rowKey(kind, other, parentName, existing);
    const renames = splitNames(pick(raw, 'formerNames'))
      .map((former) => existing.current.get(scope(former)))
      .find((unit) => unit !== undefined);
    if (renames) {
      const by = renamed.get(renames.id);
      if (by !== undefined)
        return void bad.push({ row, field: 'formerNames', rule: 'duplicate-row', value: name, params: { of: by } });
      renamed.set(renames.id, row);
    }
    good.push({ row, input: parsed.data, parentName: kind === 'village' ? parentName : '', renames });
  };
  await forEachSheetRow(sheet, UNIT_HEADER_ALIASES, visit, bad, pace);
  // A village whose town is only in the sheet, on a row that failed, has no parent to join.
  const goodTowns = new Set(good.filter((g) => g.input.kind === 'town').map((g) => g.input.name));
  const orphans = good.filter((g) => g.parentName && !existing.towns.has(g.parentName) && !goodTowns.has(g.parentName));
  for (const o of orphans) bad.push({ row: o.row, field: 'parentId', rule: 'unknown-town', value: o.parentName });
  bad.sort((a, b) => a.row - b.row);
  return { good: good.filter((g) => !orphans.includes(g)), bad };
}
