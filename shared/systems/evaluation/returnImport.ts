import { isLocalDate, type LocalDate } from '../../core/common/localDate';
import type { ImportPlan, RowError, SheetRow } from '../../core/sheets/sheetRows';
import { versionOfCopy, type Questionnaire } from './questionnaire';
import { answerProblem, type AnswerValue, type Answers, type Slot } from './slots';

/**
 * Returns from the .xlsx template the app writes for a version: one row per copy, the columns
 * 份号, 回收日期, 意见建议 and one per slot headed "12. label" (its number on the form). A file may
 * reorder, rename or drop columns: slot columns are matched by their leading number, the fixed
 * ones by name, and the screen shows the mapping before anything is read. All rows or none.
 */
export const FIXED_HEADERS = {
  copyNumber: ['份号', '问卷编号', 'copy number', 'copy'],
  receivedOn: ['回收日期', '日期', 'received on', 'date'],
  opinion: ['意见建议', '意见', 'opinion'],
} as const;
export type FixedColumn = keyof typeof FIXED_HEADERS;

export interface ColumnMapping {
  fixed: Partial<Record<FixedColumn, string>>;
  /** slot key → header */
  slots: Record<string, string>;
  /** Headers that map to nothing (shown, then ignored). */
  ignored: string[];
}

const SLOT_HEADER = /^\s*(\d+)\s*[.．、]/;

/** The header of a slot's column in the template. */
export function slotHeader(slot: Pick<Slot, 'no'>, label: string): string {
  return `${slot.no}. ${label}`;
}

export function mapColumns(headers: readonly string[], slots: readonly Slot[]): ColumnMapping {
  const mapping: ColumnMapping = { fixed: {}, slots: {}, ignored: [] };
  const byNo = new Map(slots.map((s) => [s.no, s]));
  for (const header of headers) {
    const normal = header.trim().toLowerCase();
    const fixed = (Object.keys(FIXED_HEADERS) as FixedColumn[]).find((f) =>
      (FIXED_HEADERS[f] as readonly string[]).includes(normal),
    );
    const m = SLOT_HEADER.exec(header);
    const slot = m ? byNo.get(Number(m[1])) : undefined;
    if (fixed && !mapping.fixed[fixed]) mapping.fixed[fixed] = header;
    else if (slot && !mapping.slots[slot.key]) mapping.slots[slot.key] = header;
    else mapping.ignored.push(header);
  }
  return mapping;
}

/** A cell as the template's note says to fill it: the digit of the box (1 = first), or its words. */
export function parseCell(slot: Slot, cell: string, gradeLabels: readonly string[]): AnswerValue | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const position = (value: string, labels: readonly string[]): number => {
    if (/^\d+$/.test(value)) return Number(value) - 1;
    const at = labels.indexOf(value);
    return at >= 0 ? at : -1;
  };
  switch (slot.kind) {
    case 'grade':
      return position(text, gradeLabels);
    case 'single':
      return position(text, slot.options);
    case 'multiple':
      return text
        .split(/[,，、;；\s]+/)
        .filter(Boolean)
        .map((v) => position(v, slot.options))
        .sort((a, b) => a - b);
    case 'text':
      return text;
  }
}

export interface PreparedReturn {
  row: number;
  copyNumber: number;
  receivedOn: LocalDate;
  opinion: string;
  answers: Answers;
}

export interface ReturnImportContext {
  version: number;
  questionnaire: Pick<Questionnaire, 'printRuns'>;
  slots: readonly Slot[];
  gradeLabels: readonly string[];
  /** Copy numbers already entered for this questionnaire. */
  entered: ReadonlySet<number>;
  /** The sheet's own number of each row (title rows count); by default the header is row 1. */
  rowNumbers?: readonly number[];
}

/** Every row checked before anything is written: row-by-row errors, or returns ready to store. */
export function planReturnImport(
  rows: readonly SheetRow[],
  mapping: ColumnMapping,
  ctx: ReturnImportContext,
): ImportPlan<PreparedReturn> {
  const plan: ImportPlan<PreparedReturn> = { good: [], bad: [] };
  const seen = new Set<number>();
  rows.forEach((raw, index) => {
    const row = ctx.rowNumbers?.[index] ?? index + 2;
    const fixed = (f: FixedColumn) => (mapping.fixed[f] ? (raw[mapping.fixed[f]!] ?? '').trim() : '');
    const bad = (field: string, rule: string, value: string) => void plan.bad.push({ row, field, rule, value });
    const copyText = fixed('copyNumber');
    if (!/^\d{1,6}$/.test(copyText) || Number(copyText) < 1) return bad('copyNumber', 'copy-invalid', copyText);
    const copyNumber = Number(copyText);
    const printed = versionOfCopy(ctx.questionnaire, copyNumber);
    if (printed === undefined) return bad('copyNumber', 'copy-not-printed', copyText);
    if (printed !== ctx.version) return bad('copyNumber', 'copy-other-version', `${copyText} (v${printed})`);
    if (ctx.entered.has(copyNumber)) return bad('copyNumber', 'copy-entered', copyText);
    if (seen.has(copyNumber)) return bad('copyNumber', 'copy-twice', copyText);
    seen.add(copyNumber);
    const receivedOn = fixed('receivedOn');
    if (!isLocalDate(receivedOn)) return bad('receivedOn', 'invalid_format', receivedOn);
    const answers: Answers = {};
    for (const slot of ctx.slots) {
      const header = mapping.slots[slot.key];
      const cell = header ? (raw[header] ?? '') : '';
      const value = parseCell(slot, cell, ctx.gradeLabels);
      if (value === undefined) continue;
      const rule = answerProblem(slot, value, ctx.gradeLabels.length);
      if (rule) return bad(header!, rule, cell);
      answers[slot.key] = value;
    }
    const opinion = fixed('opinion');
    if (opinion.length > 500) return bad('opinion', 'too_big', opinion.slice(0, 20));
    plan.good.push({ row, copyNumber, receivedOn, opinion, answers });
  });
  return plan;
}

export type { RowError };
