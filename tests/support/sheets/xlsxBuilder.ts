import { strToU8, zipSync, type Zippable } from 'fflate';

/*
 * Builds .xlsx packages part by part, so the tests can hold exactly what a real writer (or a
 * broken one) puts in them: hidden sheets, stray cells at XFD, error cells, date styles,
 * namespace prefixes, truncated parts.
 */

export interface SheetSpec {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The <sheetData> inside, or whole rows as arrays of cells (see cellXml). */
  rows: string | CellSpec[][];
  /** A <dimension ref> as a writer declares it (possibly far larger than the cells). */
  dimension?: string;
}

/** A cell: a string (shared), a number, or raw attributes and inside. */
export type CellSpec = string | number | null | { t?: string; s?: number; v?: string; inner?: string; r?: string };

export interface WorkbookSpec {
  sheets: SheetSpec[];
  activeTab?: number;
  date1904?: boolean;
  /** <numFmts> custom formats, and the numFmtId of each cell style (s index). */
  numFmts?: Record<number, string>;
  cellStyles?: number[];
  /** Extra or replaced parts (raw bytes or text), e.g. to truncate one. */
  parts?: Record<string, string | Uint8Array | null>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function cellXml(cell: CellSpec, ref: string, strings: string[]): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') {
    let i = strings.indexOf(cell);
    if (i < 0) i = strings.push(cell) - 1;
    return `<c r="${ref}" t="s"><v>${i}</v></c>`;
  }
  const attrs = `r="${cell.r ?? ref}"${cell.t ? ` t="${cell.t}"` : ''}${cell.s !== undefined ? ` s="${cell.s}"` : ''}`;
  const inner = cell.inner ?? (cell.v !== undefined ? `<v>${cell.v}</v>` : '');
  return inner ? `<c ${attrs}>${inner}</c>` : `<c ${attrs}/>`;
}

function sheetXml(sheet: SheetSpec, strings: string[]): string {
  const data =
    typeof sheet.rows === 'string'
      ? sheet.rows
      : sheet.rows
          .map((cells, r) => {
            const inner = cells.map((c, col) => cellXml(c, `${columnName(col)}${r + 1}`, strings)).join('');
            return `<row r="${r + 1}">${inner}</row>`;
          })
          .join('');
  const dimension = sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${dimension}<sheetData>${data}</sheetData></worksheet>`
  );
}

export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  const strings: string[] = [];
  const sheetParts = spec.sheets.map((s) => sheetXml(s, strings));
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      (spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
      `<bookViews><workbookView activeTab="${spec.activeTab ?? 0}"/></bookViews><sheets>` +
      spec.sheets
        .map(
          (s, i) =>
            `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      spec.sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      '</Relationships>',
    'xl/styles.xml':
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (spec.numFmts
        ? `<numFmts>${Object.entries(spec.numFmts)
            .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)
            .join('')}</numFmts>`
        : '') +
      `<cellXfs>${(spec.cellStyles ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join('')}</cellXfs>` +
      '</styleSheet>',
  };
  sheetParts.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  files['xl/sharedStrings.xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
    '</sst>';
  const zippable: Zippable = {};
  for (const [path, text] of Object.entries(files)) zippable[path] = strToU8(text);
  for (const [path, part] of Object.entries(spec.parts ?? {})) {
    if (part === null) delete zippable[path];
    else zippable[path] = typeof part === 'string' ? strToU8(part) : part;
  }
  return zipSync(zippable);
}
