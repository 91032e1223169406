import { unzipSync, type Unzipped } from 'fflate';
import { AppError } from '../errors';
import { readCsvGrid } from './csvGrid';
import { decodeText, guessUtf16, type TextEncodingName } from './decodeText';
import { SheetBuilder, type SheetChunk } from './sheetBuilder';
import type { SheetData } from './sheetRows';
import { readSheetGrid } from './xlsxGrid';
import { readDateStyles, readSharedStrings, readWorkbook, workbookPartPath, type WorkbookInfo } from './xlsxParts';

export interface ReadSheetOptions {
  /** The worksheet the user picked; by default the one Excel opens on, never a hidden one. */
  sheetName?: string;
  /** Header words of the import (any case): the header row is the first row holding most of them. */
  headerHints?: readonly string[];
  /** Data rows kept at most; the rest are counted. */
  keepRows?: number;
  /** Streams the rows out in chunks instead of keeping them (the worker posts them to the page). */
  onChunk?: (chunk: SheetChunk) => void;
  /** Told the data rows counted so far as the reading goes. */
  onCount?: (count: number) => void;
}

export interface SheetFile {
  format: 'xlsx' | 'csv';
  /** For CSV: the encoding it was decoded from. */
  encoding: TextEncodingName | null;
  /** Every worksheet of a workbook, in tab order; empty for CSV. */
  sheets: { name: string; hidden: boolean }[];
  sheetName: string | null;
  data: SheetData;
}

/** Parts larger than this are refused before they are inflated: a small file can hold a "zip bomb". */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const has = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads a spreadsheet the user picked, whatever its name says: an .xlsx workbook (by its zip
 * signature) or delimited text in any encoding an office PC writes. Old .xls, encrypted
 * workbooks, .ods and binary files get a clear error; no file can make it read past its cells.
 */
export function readSheetFile(name: string, bytes: Uint8Array, options: ReadSheetOptions = {}): SheetFile {
  try {
    return readAny(name, bytes, options);
  } catch (error) {
    // Whatever else a damaged file makes fail (a string past the engine's length) is still its fault.
    throw error instanceof AppError ? error : new AppError('import-file-unreadable', { name }, error);
  }
}

function readAny(name: string, bytes: Uint8Array, options: ReadSheetOptions): SheetFile {
  if (bytes.length === 0) throw new AppError('import-empty');
  if (has(bytes, ZIP)) return readXlsx(name, bytes, options, new SheetBuilder(builderOptions(options)));
  if (has(bytes, OLE)) throw new AppError('import-format-unsupported', { name, format: 'xls' });
  if (looksBinary(bytes)) throw new AppError('import-file-unreadable', { name });
  const { text, encoding } = decodeText(bytes, name);
  const csv = new SheetBuilder({ ...builderOptions(options), strictWidth: true });
  readCsvGrid(text, (row) => csv.push(row));
  return { format: 'csv', encoding, sheets: [], sheetName: null, data: csv.finish() };
}

function builderOptions(options: ReadSheetOptions) {
  return {
    headerHints: new Set((options.headerHints ?? []).map((h) => h.trim().toLowerCase())),
    keepRows: options.keepRows,
    onChunk: options.onChunk,
    onCount: options.onCount,
  };
}

/** Many NULs in the first bytes, and not in UTF-16's pattern: an image, a PDF, an executable. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  // A stray NUL or two in a CSV is the cell's problem, reported on its row.
  if (nul <= Math.max(8, n / 100)) return false;
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16Bom && guessUtf16(bytes) === null;
}

function unzip(name: string, bytes: Uint8Array, wanted: (path: string) => boolean): Unzipped {
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new AppError('import-too-large', { name });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('import-file-unreadable', { name }, error);
  }
}

const PACKAGE_PARTS =
  /(^|\/)(\[Content_Types\]\.xml|[^/]*\.rels|(workbook|styles|sharedStrings|content)\.xml|workbook\.bin)$/i;

function readXlsx(name: string, bytes: Uint8Array, options: ReadSheetOptions, builder: SheetBuilder): SheetFile {
  const parts = unzip(name, bytes, (path) => PACKAGE_PARTS.test(path));
  const text = (path: string) => (parts[path] ? new TextDecoder('utf-8').decode(parts[path]) : undefined);
  const workbookPath = workbookPartPath(text('[Content_Types].xml'), text('_rels/.rels'));
  const workbookXml = text(workbookPath);
  if (!workbookXml) {
    const format = parts['content.xml'] ? 'ods' : Object.keys(parts).some((p) => p.endsWith('.bin')) ? 'xlsb' : 'zip';
    throw new AppError('import-format-unsupported', { name, format });
  }
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  const book = readWorkbook(workbookXml, text(relsPath) ?? '', workbookPath);
  const sheet = pickSheet(book, options.sheetName);
  if (!sheet) return { format: 'xlsx', encoding: null, sheets: [], sheetName: null, data: builder.finish() };
  const sheetBytes = unzip(name, bytes, (path) => path === sheet.path)[sheet.path];
  if (!sheetBytes) throw new AppError('import-file-unreadable', { name });
  const strings = text(`${dir}sharedStrings.xml`);
  if (strings !== undefined && !/<\/(?:\w+:)?sst>\s*$/.test(strings))
    throw new AppError('import-file-unreadable', { name });
  const ctx = {
    sharedStrings: readSharedStrings(strings ?? ''),
    dateStyles: readDateStyles(text(`${dir}styles.xml`) ?? ''),
    date1904: book.date1904,
  };
  if (!readSheetGrid(sheetBytes, ctx, (row) => builder.push(row))) {
    throw new AppError('import-file-unreadable', { name });
  }
  return {
    format: 'xlsx',
    encoding: null,
    sheets: book.sheets.map(({ name: sheetName, hidden }) => ({ name: sheetName, hidden })),
    sheetName: sheet.name,
    data: builder.finish(),
  };
}

function pickSheet(book: WorkbookInfo, wanted: string | undefined) {
  const picked = wanted === undefined ? undefined : book.sheets.find((s) => s.name === wanted);
  return picked ?? book.sheets[book.activeIndex] ?? book.sheets[0];
}
