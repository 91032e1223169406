import type { CellProblem, CellRule, SheetData, SheetRow } from './sheetRows';
import { normalHeader } from './sheetRows';

/** A cell whose text the reader already knows is not data (an error cell, a number Excel cut). */
export interface CellIssue {
  rule: CellRule;
  text: string;
}
export type CellValue = string | CellIssue;

/** A row as read: its number in the sheet and only the cells it has, as [0-based column, value]. */
export interface GridRow {
  row: number;
  cells: [number, CellValue][];
  /** A problem of the whole row (a CSV row that could not be split reliably). */
  issue?: CellIssue;
}

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 20;
// Formula errors as Excel writes them into a CSV (and as a pasted value keeps them).
const ERROR_TEXT =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|GETTING_DATA|UNKNOWN!)$/i;
// 1.23457E+20: what Excel writes for a long number it already cut to 15 digits.
const SCIENTIFIC = /^[+-]?\d(\.\d+)?E\+?\d+$/i;
// eslint-disable-next-line no-control-regex -- these control characters are what a cell must not hold
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** The issue of a cell's text, if the text itself says it is not data. */
export function textIssue(text: string): CellRule | null {
  if (CONTROL.test(text)) return 'control-character';
  if (ERROR_TEXT.test(text)) return 'error-cell';
  if (SCIENTIFIC.test(text)) return 'number-precision';
  return null;
}

export interface SheetChunk {
  rows: SheetRow[];
  rowNumbers: number[];
  problems: CellProblem[];
}

export interface BuilderOptions {
  /** Header words the import knows (lower case): the header row is the first that has most of them. */
  headerHints?: ReadonlySet<string>;
  /** Rows kept at most; beyond, rows are only counted. */
  keepRows?: number;
  /** Receives the rows in chunks as they are built (the worker posts them to the page). */
  onChunk?: (chunk: SheetChunk) => void;
  chunkSize?: number;
  /** Told the data rows counted so far, every `chunkSize` rows, kept or not. */
  onCount?: (count: number) => void;
  /** CSV: a non-empty cell right of the last header means the row's cells moved (an unquoted comma). */
  strictWidth?: boolean;
}

const textOf = (value: CellValue): string => (typeof value === 'string' ? value : value.text).trim();

/**
 * Builds a SheetData from grid rows fed in order. The header row is found among the first rows
 * (a title above the table is common); cells are touched only where the sheet has them, so a
 * stray cell far to the right costs one cell, not a walk over every empty column.
 */
export class SheetBuilder {
  private headerRow: GridRow | null = null;
  private waiting: GridRow[] = [];
  private keyOfColumn = new Map<number, string>();
  private headers: string[] = [];
  private lastHeaderColumn = -1;
  private keys: string[] = [];
  private chunk: SheetChunk = { rows: [], rowNumbers: [], problems: [] };
  private kept: SheetChunk = { rows: [], rowNumbers: [], problems: [] };
  private count = 0;

  constructor(private readonly options: BuilderOptions = {}) {}

  push(row: GridRow): void {
    if (!row.issue && row.cells.every(([, v]) => textOf(v) === '')) return;
    if (this.headerRow) return this.addData(row);
    this.waiting.push(row);
    if (this.waiting.length >= HEADER_SEARCH_ROWS) this.chooseHeader();
  }

  finish(): SheetData {
    if (!this.headerRow) this.chooseHeader();
    this.flush();
    return { headers: this.headers, keys: this.keys, ...this.kept, rowCount: this.count };
  }

  private chooseHeader(): void {
    const hints = this.options.headerHints;
    const score = (r: GridRow) => (hints ? r.cells.filter(([, v]) => hints.has(normalHeader(textOf(v)))).length : 0);
    let best = this.waiting[0];
    for (const r of this.waiting) if (score(r) > score(best)) best = r;
    if (!best) return;
    this.headerRow = best;
    const seen = new Map<string, number>();
    for (const [col, value] of [...best.cells].sort((a, b) => a[0] - b[0])) {
      const header = textOf(value);
      if (!header) continue;
      const n = (seen.get(normalHeader(header)) ?? 0) + 1;
      seen.set(normalHeader(header), n);
      const key = n === 1 ? header : `${header} (${n})`;
      this.headers.push(header);
      this.keys.push(key);
      this.keyOfColumn.set(col, key);
      this.lastHeaderColumn = col;
    }
    const rest = this.waiting.filter((r) => r.row > best.row);
    this.waiting = [];
    for (const r of rest) this.addData(r);
  }

  private addData(grid: GridRow): void {
    // A row with text only under no header (a note far to the right) is no record.
    const headed = grid.cells.some(([col, v]) => this.keyOfColumn.has(col) && textOf(v) !== '');
    if (!headed && !grid.issue && !this.options.strictWidth) return;
    this.count++;
    if (this.count % (this.options.chunkSize ?? 2000) === 0) this.options.onCount?.(this.count);
    if (this.count > (this.options.keepRows ?? Infinity)) return; // counted, not kept
    const row: SheetRow = {};
    const problems: CellProblem[] = [];
    if (grid.issue) problems.push({ row: grid.row, key: '', rule: grid.issue.rule, value: grid.issue.text });
    else if (this.options.strictWidth) {
      const extra = grid.cells.filter(([col, v]) => col > this.lastHeaderColumn && textOf(v) !== '');
      if (extra.length)
        problems.push({
          row: grid.row,
          key: '',
          rule: 'extra-cells',
          value: extra.map(([, v]) => textOf(v)).join(', '),
        });
    }
    for (const [col, value] of grid.cells) {
      const key = this.keyOfColumn.get(col);
      if (key === undefined) continue; // a cell under no header is no field of any record
      const text = textOf(value);
      row[key] = text;
      const rule = typeof value === 'string' ? textIssue(text) : value.rule;
      if (rule) problems.push({ row: grid.row, key, rule, value: text.replace(CONTROL_ALL, '\ufffd') });
    }
    // Streamed rows go out in chunks and are not kept here as well.
    const into = this.options.onChunk ? this.chunk : this.kept;
    into.rows.push(row);
    into.rowNumbers.push(grid.row);
    for (const p of problems) into.problems.push(p);
    if (this.options.onChunk && this.chunk.rows.length >= (this.options.chunkSize ?? 2000)) this.flush();
  }

  private flush(): void {
    if (!this.options.onChunk || this.chunk.rows.length === 0) return;
    this.options.onChunk(this.chunk);
    this.chunk = { rows: [], rowNumbers: [], problems: [] };
  }
}

// eslint-disable-next-line no-control-regex -- shown as � in the report, so the table shows where they were
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
