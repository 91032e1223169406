import type { IssueLimit } from '../common/issueLimit';

/** One row of a spreadsheet, as header → cell text. */
export type SheetRow = Record<string, string>;

export interface RowError {
  /** 1-based spreadsheet row number, as the sheet's own row heads show it. */
  row: number;
  field: string;
  rule: string;
  value: string;
  /** The limit a size rule broke (最多 500 字), when the rule has one. */
  max?: number;
  of?: IssueLimit['of'];
  /** What the rule's text names besides the value: the earlier row a duplicate repeats ({ of: 3 }). */
  params?: Record<string, string | number>;
}

export interface ImportPlan<P> {
  good: P[];
  bad: RowError[];
}

/** Why a cell's text cannot be taken as data. */
export type CellRule =
  /** #N/A, #VALUE!, #REF!… a formula that failed */
  | 'error-cell'
  /** a number of more than 15 digits: Excel kept only 15, the rest are gone */
  | 'number-precision'
  /** NUL and other control characters no form could have typed */
  | 'control-character'
  /** a quote inside an unquoted CSV field, or text after a closing quote */
  | 'csv-quotes'
  /** a CSV quote never closed: the rest of the file ran into this row */
  | 'csv-unclosed-quote'
  /** more CSV fields than headers: a comma in an unquoted field moved the row's cells */
  | 'extra-cells'
  /** a formula saved without its value (written by a program, never by Excel) */
  | 'formula-no-value';

/** A cell whose text is not data. `key` is the row key of its column; '' for the whole row. */
export interface CellProblem {
  row: number;
  key: string;
  rule: CellRule;
  value: string;
}

/** A sheet as read: the header row, the data rows below it, and what is wrong with which cell. */
export interface SheetData {
  /** Header texts in column order, as written (blank headers dropped; a duplicate stays twice). */
  headers: string[];
  /** The row key of each header: the header itself, or `名称 (2)` for its second occurrence. */
  keys: string[];
  rows: SheetRow[];
  /** The sheet's own number of each row (title rows, the header and blank rows count). */
  rowNumbers: number[];
  problems: CellProblem[];
  /** Data rows in the sheet; more than `rows` holds when it was too many to keep. */
  rowCount: number;
}

/** Header aliases per field: a sheet may use any of them (case-insensitive). */
export type HeaderAliases = Record<string, readonly string[]>;

export const normalHeader = (header: string): string => header.trim().toLowerCase();

/** A sheet from plain rows (the header is row 1, data from row 2): for callers that build rows themselves. */
export function sheetOfRows(rows: readonly SheetRow[]): SheetData {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return {
    headers,
    keys: headers,
    rows: [...rows],
    rowNumbers: rows.map((_, i) => i + 2),
    problems: [],
    rowCount: rows.length,
  };
}

export function pickCell(row: SheetRow, aliases: HeaderAliases, field: string): string {
  const wanted = aliases[field] ?? [];
  for (const [header, value] of Object.entries(row)) {
    if (wanted.includes(normalHeader(header))) return (value ?? '').trim();
  }
  return '';
}

export function missingHeaderFields(
  headers: readonly string[],
  aliases: HeaderAliases,
  required: readonly string[],
): string[] {
  const normal = headers.map(normalHeader);
  return required.filter((f) => !(aliases[f] ?? []).some((a) => normal.includes(a)));
}

/**
 * Fields that more than one column could fill (名称 twice, or 名称 and 单位名称): taking either
 * would be a guess, so the sheet is refused and the columns named.
 */
export function ambiguousHeaderFields(
  headers: readonly string[],
  aliases: HeaderAliases,
): { field: string; headers: string[] }[] {
  const found: { field: string; headers: string[] }[] = [];
  for (const [field, words] of Object.entries(aliases)) {
    const matching = headers.filter((h) => words.includes(normalHeader(h)));
    if (matching.length > 1) found.push({ field, headers: matching });
  }
  return found;
}

/** The rule of the first zod issue: our kebab-case codes, else zod's issue code. */
export function ruleOf(issue: { message: string; code: string }): string {
  return /^[a-z-]+$/.test(issue.message) ? issue.message : issue.code;
}

/** Lets a long loop give the screen its turn; the renderer passes one that yields every few ms. */
export type Pace = () => Promise<void>;
const noPace: Pace = () => Promise.resolve();

/**
 * Visits every data row with its sheet row number. A row with a problem in a column this import
 * reads (or in the whole row) is reported with the field that column fills, and not visited.
 */
export async function forEachSheetRow(
  sheet: SheetData,
  aliases: HeaderAliases,
  visit: (raw: SheetRow, row: number) => void,
  bad: RowError[],
  pace: Pace = noPace,
): Promise<void> {
  const fieldOfKey = new Map<string, string>();
  sheet.keys.forEach((key, i) => {
    const normal = normalHeader(sheet.headers[i] ?? key);
    const field = Object.entries(aliases).find(([, words]) => words.includes(normal))?.[0];
    if (field) fieldOfKey.set(key, field);
  });
  const problemsByRow = new Map<number, CellProblem[]>();
  for (const p of sheet.problems) {
    if (p.key !== '' && !fieldOfKey.has(p.key)) continue; // a column this import never reads
    problemsByRow.set(p.row, [...(problemsByRow.get(p.row) ?? []), p]);
  }
  for (let i = 0; i < sheet.rows.length; i++) {
    if (i % 500 === 499) await pace();
    const row = sheet.rowNumbers[i];
    const problem = problemsByRow.get(row)?.[0];
    if (problem) {
      bad.push({ row, field: fieldOfKey.get(problem.key) ?? '-', rule: problem.rule, value: problem.value });
      continue;
    }
    visit(sheet.rows[i], row);
  }
}
