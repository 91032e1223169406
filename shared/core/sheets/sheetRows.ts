/** One row of a spreadsheet, as header → cell text. */
export type SheetRow = Record<string, string>;

export interface RowError {
  /** 1-based spreadsheet row number (the header is row 1). */
  row: number;
  field: string;
  rule: string;
  value: string;
}

export interface ImportPlan<P> {
  good: P[];
  bad: RowError[];
}

/** Header aliases per field: a sheet may use any of them (case-insensitive). */
export type HeaderAliases = Record<string, readonly string[]>;

export function pickCell(row: SheetRow, aliases: HeaderAliases, field: string): string {
  const wanted = aliases[field] ?? [];
  for (const [header, value] of Object.entries(row)) {
    if (wanted.includes(header.trim().toLowerCase())) return (value ?? '').trim();
  }
  return '';
}

export function missingHeaderFields(
  headers: readonly string[],
  aliases: HeaderAliases,
  required: readonly string[],
): string[] {
  const normal = headers.map((h) => h.trim().toLowerCase());
  return required.filter((f) => !(aliases[f] ?? []).some((a) => normal.includes(a)));
}

/** The rule of the first zod issue: our kebab-case codes, else zod's issue code. */
export function ruleOf(issue: { message: string; code: string }): string {
  return /^[a-z-]+$/.test(issue.message) ? issue.message : issue.code;
}
