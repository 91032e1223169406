/** exceljs is large: loaded only when a sheet is written, not with the app. */
async function loadExcel() {
  return (await import('exceljs')).default;
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
