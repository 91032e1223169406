import { strToU8, zipSync } from 'fflate';
import { buildXlsx, type CellSpec, type SheetSpec } from './xlsxBuilder';
import type { CorpusFile } from './corpus';

/*
 * Workbooks as Excel, WPS, LibreOffice and programs write them, and as they break: hidden
 * sheets, stray cells at the last column, error and date cells, prefixes, damaged packages.
 */

const HEAD: CellSpec[] = ['类别', '名称'];
const unitRows = (...names: CellSpec[]): CellSpec[][] => [HEAD, ...names.map((n) => ['成员单位', n])];
const book = (rows: CellSpec[][], extra: Partial<SheetSpec> = {}) =>
  buildXlsx({ sheets: [{ name: '单位', rows, ...extra }] });
const inline = (text: string): CellSpec => ({ t: 'inlineStr', inner: `<is><t>${text}</t></is>` });
const TASK_HEAD: CellSpec[] = ['任务', '责任单位', '完成时限'];

function truncatedZip(): Uint8Array {
  const bytes = book(unitRows('甲局', '乙局'));
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** A package whose sheet part says it inflates to 2 GiB (a "zip bomb" by its header). */
function bombZip(): Uint8Array {
  const bytes = book(unitRows('甲局'));
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  // Every central directory entry: signature 0x02014b50, uncompressed size at offset 24.
  for (let i = 0; i < out.length - 46; i++)
    if (view.getUint32(i, true) === 0x02014b50) {
      const nameLength = view.getUint16(i + 28, true);
      const name = new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLength));
      if (name.includes('worksheets/')) view.setUint32(i + 24, 0x80000000, true);
    }
  return out;
}

export const XLSX_CORPUS: CorpusFile[] = [
  {
    name: 'plain.xlsx',
    bytes: book(unitRows('海城市教育局', '海城市财政局')),
    expect: { good: ['海城市教育局', '海城市财政局'] },
  },
  {
    // The 31 KB file: one stray value at XFD1, the declared range the whole grid.
    name: 'stray-xfd1.xlsx',
    bytes: buildXlsx({
      sheets: [
        {
          name: '单位',
          dimension: 'A1:XFD1048576',
          rows:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>类别</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c>' +
            '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>' +
            Array.from(
              { length: 3000 },
              (_, i) =>
                `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>成员单位</t></is></c>` +
                `<c r="B${i + 2}" t="inlineStr"><is><t>单位${i + 1}</t></is></c></row>`,
            ).join(''),
        },
      ],
    }),
    expect: { goodCount: 3000, rowCount: 3000 },
  },
  {
    name: 'stray-formatted-xfd1048576.xlsx',
    bytes: book([...unitRows('甲局'), ...Array(2).fill([]), [{ r: 'XFD1048576', s: 0 }]], {
      dimension: 'A1:XFD1048576',
    }),
    expect: { good: ['甲局'] },
  },
  {
    name: 'hidden-first-sheet.xlsx',
    bytes: buildXlsx({
      sheets: [
        { name: '旧名单', state: 'hidden', rows: unitRows('旧局') },
        { name: '单位', rows: unitRows('新局') },
      ],
      activeTab: 0,
    }),
    expect: { good: ['新局'], sheet: '单位' },
  },
  {
    name: 'very-hidden-first-sheet.xlsx',
    bytes: buildXlsx({
      sheets: [
        { name: '参数', state: 'veryHidden', rows: unitRows('参数局') },
        { name: '单位', rows: unitRows('新局') },
      ],
    }),
    expect: { good: ['新局'], sheet: '单位' },
  },
  {
    name: 'active-third-sheet.xlsx',
    bytes: buildXlsx({
      sheets: [
        { name: '说明', rows: [['填表说明']] },
        { name: '2025', rows: unitRows('去年局') },
        { name: '2026', rows: unitRows('今年局') },
      ],
      activeTab: 2,
    }),
    expect: { good: ['今年局'], sheet: '2026' },
  },
  {
    name: 'picked-sheet.xlsx',
    pick: '2025',
    bytes: buildXlsx({
      sheets: [
        { name: '2025', rows: unitRows('去年局') },
        { name: '2026', rows: unitRows('今年局') },
      ],
      activeTab: 1,
    }),
    expect: { good: ['去年局'], sheet: '2025' },
  },
  {
    name: 'picked-hidden-sheet.xlsx',
    pick: '旧名单',
    bytes: buildXlsx({
      sheets: [
        { name: '旧名单', state: 'hidden', rows: unitRows('旧局') },
        { name: '单位', rows: unitRows('新局') },
      ],
    }),
    expect: { good: ['旧局'], sheet: '旧名单' },
  },
  {
    name: 'error-cells.xlsx',
    bytes: book(unitRows({ t: 'e', v: '#N/A' }, '甲局', { t: 'e', v: '#REF!' })),
    expect: {
      good: ['甲局'],
      bad: [
        [2, 'error-cell'],
        [4, 'error-cell'],
      ],
    },
  },
  {
    name: 'long-number.xlsx',
    // 123456789012345678901 typed into Excel: it keeps 1.23456789012346E+20.
    bytes: book(unitRows({ v: '1.2345678901234568E+20' }, '甲局')),
    expect: { good: ['甲局'], bad: [[2, 'number-precision']] },
  },
  {
    name: 'long-digits-as-text.xlsx',
    bytes: book(unitRows('110101199003071234', '123456789012345678901')),
    expect: { good: ['110101199003071234', '123456789012345678901'] },
  },
  { name: 'float-noise.xlsx', bytes: book(unitRows(0.30000000000000004)), expect: { good: ['0.3'] } },
  {
    name: 'inline-strings.xlsx',
    bytes: book(unitRows(inline('甲局'), inline('乙&amp;丙局'))),
    expect: { good: ['甲局', '乙&丙局'] },
  },
  {
    name: 'rich-text-phonetic.xlsx',
    bytes: buildXlsx({
      sheets: [
        {
          name: '单位',
          rows: [
            [
              { t: 's', v: '0' },
              { t: 's', v: '1' },
            ],
            [
              { t: 's', v: '2' },
              { t: 's', v: '3' },
            ],
          ],
        },
      ],
      parts: {
        'xl/sharedStrings.xml':
          '<sst><si><t>类别</t></si><si><t>名称</t></si><si><t>成员单位</t></si>' +
          '<si><r><rPr><b/></rPr><t>海城市</t></r><r><t xml:space="preserve">教育局</t></r><rPh><t>ハイ</t></rPh></si></sst>',
      },
    }),
    expect: { good: ['海城市教育局'] },
  },
  {
    name: 'escapes.xlsx',
    bytes: book(unitRows(inline('甲_x0001_局'), inline('乙&#x5C40;'), inline('丙&lt;局&gt;'))),
    expect: { good: ['乙局', '丙<局>'], bad: [[2, 'control-character']] },
  },
  {
    name: 'prefixed-openxml-sdk.xlsx',
    bytes: buildXlsx({
      sheets: [
        {
          name: '单位',
          rows:
            '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>类别</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c></x:row>' +
            '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>成员单位</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>甲局</x:t></x:is></x:c></x:row>',
        },
      ],
    }),
    expect: { good: ['甲局'] },
  },
  {
    name: 'no-cell-refs.xlsx',
    bytes: buildXlsx({
      sheets: [
        {
          name: '单位',
          rows:
            '<row><c t="inlineStr"><is><t>类别</t></is></c><c t="inlineStr"><is><t>名称</t></is></c></row>' +
            '<row><c t="inlineStr"><is><t>成员单位</t></is></c><c t="inlineStr"><is><t>甲局</t></is></c></row>',
        },
      ],
    }),
    expect: { good: ['甲局'] },
  },
  {
    name: 'formula-no-value.xlsx',
    bytes: book(
      unitRows({ t: 'str', inner: '<f>A1&amp;"局"</f>' }, { t: 'str', inner: '<f>"乙"&amp;"局"</f><v>乙局</v>' }),
    ),
    expect: { good: ['乙局'], bad: [[2, 'formula-no-value']] },
  },
  {
    name: 'booleans.xlsx',
    bytes: book([
      ['类别', '名称', '排序'],
      ['成员单位', '甲局', { t: 'b', v: '1' }],
    ]),
    expect: { good: [], bad: [[2, 'invalid_type']] },
  },
  {
    name: 'duplicate-header.xlsx',
    bytes: book([
      ['类别', '名称', '名称'],
      ['成员单位', '甲局', '乙局'],
    ]),
    expect: { error: 'import-duplicate-header' },
  },
  {
    name: 'title-block.xlsx',
    bytes: book([['海城市人才工作领导小组成员单位名录'], ['（2026年6月）'], [], HEAD, ['成员单位', '甲局']]),
    expect: { good: ['甲局'], rows: [5] },
  },
  { name: 'empty-workbook.xlsx', bytes: book([]), expect: { error: 'import-empty' } },
  {
    name: 'chart-sheet-only.xlsx',
    bytes: buildXlsx({
      sheets: [{ name: '图表', rows: [] }],
      parts: {
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
      },
    }),
    expect: { error: 'import-empty' },
  },
  { name: 'truncated.xlsx', bytes: truncatedZip(), expect: { error: 'import-file-unreadable' } },
  { name: 'zip-bomb.xlsx', bytes: bombZip(), expect: { error: 'import-too-large' } },
  {
    name: 'truncated-sheet-part.xlsx',
    bytes: buildXlsx({
      sheets: [{ name: '单位', rows: unitRows('甲局', '乙局') }],
      parts: {
        'xl/worksheets/sheet1.xml':
          '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>类别</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>成员单位</t></is></c><c r="B2" t="inlineStr"><is><t>甲局</t></is></c></row><row r="3"><c',
      },
    }),
    expect: { error: 'import-file-unreadable' },
  },
  {
    name: 'truncated-shared-strings.xlsx',
    bytes: buildXlsx({
      sheets: [{ name: '单位', rows: unitRows('甲局') }],
      parts: { 'xl/sharedStrings.xml': '<sst><si><t>类别</t></si><si><t>名' },
    }),
    expect: { error: 'import-file-unreadable' },
  },
  {
    name: 'word-document.xlsx',
    bytes: zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
    expect: { error: 'import-format-unsupported' },
  },
  {
    name: 'spreadsheet.ods',
    bytes: zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<office:document-content/>'),
    }),
    expect: { error: 'import-format-unsupported' },
  },
  {
    name: 'old-excel.xls',
    bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    expect: { error: 'import-format-unsupported' },
  },
  {
    // 200 000 cells never closed: a scanner that looked for each one's end from scratch would never finish.
    name: 'unclosed-tags.xlsx',
    bytes: buildXlsx({
      sheets: [
        {
          name: '单位',
          rows:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>类别</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row>' +
            `<row r="2">${'<c><v>1'.repeat(200_000)}</row>`,
        },
      ],
    }),
    expect: { error: 'import-empty' },
  },
  {
    name: 'garbage-zip.xlsx',
    bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
    expect: { error: 'import-file-unreadable' },
  },
  {
    name: 'task-date-cells.xlsx',
    importer: 'tasks',
    bytes: buildXlsx({
      sheets: [
        {
          name: '清单',
          rows: [
            TASK_HEAD,
            ['甲任务', '牛庄镇', { s: 1, v: '46203' }],
            ['乙任务', '牛庄镇', { s: 2, v: '46203' }],
            ['丙任务', '牛庄镇', { s: 3, v: '46203.375' }],
            ['丁任务', '牛庄镇', 46203],
            ['戊任务', '牛庄镇', { t: 'd', v: '2026-06-30T00:00:00Z' }],
          ],
        },
      ],
      numFmts: { 176: 'yyyy"年"m"月"d"日";@', 177: 'yyyy/m/d h:mm' },
      cellStyles: [0, 14, 176, 177],
    }),
    expect: { good: ['甲任务', '乙任务', '丙任务', '丁任务', '戊任务'], dates: Array(5).fill('2026-06-30') },
  },
  {
    name: 'task-dates-1904.xlsx',
    importer: 'tasks',
    bytes: buildXlsx({
      sheets: [{ name: '清单', rows: [TASK_HEAD, ['甲任务', '牛庄镇', { s: 1, v: String(46203 - 1462) }]] }],
      cellStyles: [0, 14],
      date1904: true,
    }),
    expect: { good: ['甲任务'], dates: ['2026-06-30'] },
  },
  {
    name: 'task-number-format-not-date.xlsx',
    importer: 'tasks',
    bytes: buildXlsx({
      sheets: [{ name: '清单', rows: [TASK_HEAD, ['甲任务', '牛庄镇', { s: 1, v: '2026.0630' }]] }],
      numFmts: { 180: '0.00E+00' },
      cellStyles: [0, 180],
    }),
    expect: { good: [], bad: [[2, 'invalid-date']] },
  },
];
