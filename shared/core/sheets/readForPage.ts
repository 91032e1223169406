import type { SheetChunk } from './sheetBuilder';
import { readSheetFile, type ReadSheetOptions, type SheetFile } from './readSheetFile';

/** Rows a sheet over the import's limit still shows as read: it imports nothing, the user sees what it holds. */
export const PREVIEW_ROWS_OVER_LIMIT = 20;

/**
 * The chunks the worker hands the page once a sheet is read. A sheet within the limit goes whole;
 * one over it imports nothing, so only its first rows go (with their problems): the page never
 * receives, stores and collects 100 000 rows of a million-row file it will refuse.
 */
export function rowsToSend(chunks: readonly SheetChunk[], rowCount: number, limit: number): SheetChunk[] {
  if (rowCount <= limit) return [...chunks];
  const first: SheetChunk = { rows: [], rowNumbers: [], problems: [] };
  for (const chunk of chunks) {
    const room = PREVIEW_ROWS_OVER_LIMIT - first.rows.length;
    if (room <= 0) break;
    first.rows.push(...chunk.rows.slice(0, room));
    first.rowNumbers.push(...chunk.rowNumbers.slice(0, room));
  }
  const shown = new Set(first.rowNumbers);
  for (const chunk of chunks) first.problems.push(...chunk.problems.filter((p) => shown.has(p.row)));
  return first.rows.length ? [first] : [];
}

/**
 * Reads a sheet as the page gets it (from the worker, or here where there is none): the outline,
 * and the rows to show as chunks (see rowsToSend). `onCount` hears the rows counted as it goes.
 */
export function readSheetForPage(
  name: string,
  bytes: Uint8Array,
  options: Omit<ReadSheetOptions, 'onChunk' | 'onCount'>,
  onCount?: (count: number) => void,
): { file: SheetFile; chunks: SheetChunk[] } {
  const chunks: SheetChunk[] = [];
  const file = readSheetFile(name, bytes, { ...options, onChunk: (chunk) => chunks.push(chunk), onCount });
  return { file, chunks: rowsToSend(chunks, file.data.rowCount, options.keepRows ?? Infinity) };
}

/** The sheet's outline with the rows of its chunks. */
export function withRows(file: SheetFile, chunks: readonly SheetChunk[]): SheetFile {
  const data = { ...file.data, rows: [...file.data.rows], rowNumbers: [...file.data.rowNumbers] };
  data.problems = [...file.data.problems];
  for (const chunk of chunks) {
    for (const r of chunk.rows) data.rows.push(r);
    for (const n of chunk.rowNumbers) data.rowNumbers.push(n);
    for (const p of chunk.problems) data.problems.push(p);
  }
  return { ...file, data };
}
