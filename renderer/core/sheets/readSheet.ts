import Papa from 'papaparse';
import { AppError } from '../../../shared/core/errors';
import type { SheetRow } from '../../../shared/core/sheets/sheetRows';

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

/** Reads the first worksheet of an .xlsx, or a .csv (UTF-8, with or without BOM). */
export async function readSheet(name: string, bytes: Uint8Array): Promise<Sheet> {
  const lower = name.toLowerCase();
  try {
    if (lower.endsWith('.csv')) return readCsv(bytes);
    if (lower.endsWith('.xlsx')) return await readXlsx(bytes);
  } catch (error) {
    throw new AppError('import-file-unreadable', { name }, error);
  }
  throw new AppError('import-file-unreadable', { name });
}

function toRows(matrix: string[][]): Sheet {
  const [headerRow = [], ...body] = matrix;
  const headers = headerRow.map((h) => h.trim());
  const rows = body
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])));
  if (headers.length === 0 || rows.length === 0) throw new AppError('import-empty');
  return { headers, rows };
}

function readCsv(bytes: Uint8Array): Sheet {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return toRows(parsed.data);
}

/** exceljs is large: loaded only when a sheet is read or written, not with the app. */
async function loadExcel() {
  return (await import('exceljs')).default;
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('import-empty');
  const matrix: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '');
    matrix[rowNumber - 1] = cells;
  });
  return toRows(Array.from(matrix, (r) => r ?? []));
}

/** Writes rows to an .xlsx with a bold header row. */
export async function writeXlsx(
  sheetName: string,
  headers: string[],
  rows: (string | number)[][],
): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((col) => (col.width = 18));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
