import { gridRows, type FigurePart, type GridUnit } from '../../../../shared/systems/assessment';
import { saveRecordedXlsx } from '../../../core/documents/output/saveRecordedXlsx';

export interface SheetTexts {
  sheetName: string;
  kind: string;
  unit: string;
  kindName: (kind: string) => string;
  text: (key: string) => string;
}

/** A figure as a spreadsheet number: tenths become 1.5, tenths of a percent 86.7; none stays empty. */
function cellValue(value: number | null, format: string): number | string {
  if (value === null) return '';
  return format === 'tenths' || format === 'percentTenths' ? value / 10 : value;
}

/**
 * The year side by side to .xlsx: a row per unit (kind, name), a column per figure under its
 * system's heading; points revoked are struck through, as on screen and on paper.
 */
export async function assessmentWorkbook(
  parts: FigurePart[],
  units: GridUnit[],
  x: SheetTexts,
): Promise<Uint8Array<ArrayBuffer>> {
  // exceljs is large: loaded only when a sheet is written.
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(x.sheetName);
  const columns = parts.flatMap((p) => p.columns.map((c) => ({ part: p, column: c })));
  sheet.addRow([x.kind, x.unit, ...columns.map(({ part }) => x.text(part.titleKey))]).font = { bold: true };
  sheet.addRow(['', '', ...columns.map(({ column }) => x.text(column.labelKey))]).font = { bold: true };
  for (const r of gridRows(parts, units)) {
    const row = sheet.addRow([
      x.kindName(r.unit.kind),
      r.unit.name,
      ...columns.map(({ part, column }) => cellValue(r.cells[part.id][column.id], column.format)),
    ]);
    columns.forEach(({ part, column }, i) => {
      if (column.isStruck && r.cells[part.id][column.id]) row.getCell(i + 3).font = { strike: true };
    });
  }
  sheet.columns.forEach((col, i) => (col.width = i === 1 ? 28 : 12));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Saves the workbook and puts the export in the print register. */
export function saveAssessmentSheet(year: number, title: string, bytes: Uint8Array<ArrayBuffer>, rows: number) {
  // Counts per unit, no record's text: no 密级 of its own.
  return saveRecordedXlsx(
    { kind: 'assessmentSheet', sourceEntity: 'assessmentSnapshots', sourceId: String(year), title, secrecy: null },
    bytes,
    rows,
  );
}
