import { gb18030, utf16, utf8 } from './encodings';
import type { CorpusFile } from './corpus';

/*
 * Delimited-text files as offices send them, and as they break: every encoding Excel and WPS
 * write on a Chinese PC, and every CSV fault the issue found or a careless export makes.
 */

const HEAD = '类别,名称,联系人';
const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';
const units = (...names: string[]) => lines(HEAD, ...names.map((n) => `成员单位,${n},王芳`));
const TASKS = '任务,责任单位,完成时限';

export const CSV_CORPUS: CorpusFile[] = [
  {
    name: 'utf8.csv',
    bytes: utf8(units('海城市教育局', '海城市财政局')),
    expect: { good: ['海城市教育局', '海城市财政局'] },
  },
  { name: 'utf8-bom.csv', bytes: utf8(units('海城市教育局'), true), expect: { good: ['海城市教育局'] } },
  {
    name: 'gbk.csv',
    bytes: gb18030(units('海城市教育局', '牛庄镇人民政府')),
    expect: { good: ['海城市教育局', '牛庄镇人民政府'] },
  },
  // 䶮 (U+4DAE) is outside GBK: GB18030 writes it in four bytes.
  {
    name: 'gb18030.csv',
    bytes: gb18030(units('䶮字测试单位', '海城市财政局')),
    expect: { good: ['䶮字测试单位', '海城市财政局'] },
  },
  {
    name: 'excel-unicode-text.txt',
    bytes: utf16(lines('类别\t名称', '成员单位\t海城市教育局', '成员单位\t海城,市财政局'), 'le', true),
    expect: { good: ['海城市教育局', '海城,市财政局'] },
  },
  { name: 'utf16le-nobom.csv', bytes: utf16(units('海城市教育局'), 'le', false), expect: { good: ['海城市教育局'] } },
  { name: 'utf16be-bom.csv', bytes: utf16(units('海城市教育局'), 'be', true), expect: { good: ['海城市教育局'] } },
  { name: 'utf16be-nobom.csv', bytes: utf16(units('海城市教育局'), 'be', false), expect: { good: ['海城市教育局'] } },
  {
    name: 'semicolon.csv',
    bytes: utf8('类别;名称\n成员单位;海城市教育局\n成员单位;"海城市;财政局"\n'),
    expect: { good: ['海城市教育局', '海城市;财政局'] },
  },
  { name: 'tabs.csv', bytes: utf8('类别\t名称\n成员单位\t海城市教育局\n'), expect: { good: ['海城市教育局'] } },
  { name: 'lf-only.csv', bytes: utf8('类别,名称\n成员单位,甲局\n成员单位,乙局'), expect: { good: ['甲局', '乙局'] } },
  { name: 'cr-only.csv', bytes: utf8('类别,名称\r成员单位,甲局\r成员单位,乙局\r'), expect: { good: ['甲局', '乙局'] } },
  {
    name: 'quoted.csv',
    bytes: utf8('类别,名称,联系人\n成员单位,"海城市""人才""局",王芳\n成员单位,"海城市,财政局","李\n明"\n'),
    expect: { good: ['海城市"人才"局', '海城市,财政局'] },
  },
  {
    // The case: the quote never closes, and the rest of the file ran into one unit name.
    name: 'unclosed-quote.csv',
    bytes: utf8('类别,名称\n成员单位,海城市教育局\n成员单位,"海城市财政局\n成员单位,牛庄镇\n'),
    expect: { good: ['海城市教育局'], bad: [[3, 'csv-unclosed-quote']] },
  },
  {
    name: 'text-after-quote.csv',
    bytes: utf8('类别,名称\n成员单位,"海城市财政局"局\n成员单位,甲局\n'),
    expect: { good: [], bad: [[2, 'csv-unclosed-quote']] },
  },
  {
    name: 'unquoted-comma.csv',
    bytes: utf8('类别,名称,联系人\n成员单位,海城市,教育局,王芳\n成员单位,甲局,李明\n'),
    expect: { good: ['甲局'], bad: [[2, 'extra-cells']] },
  },
  { name: 'short-rows.csv', bytes: utf8('类别,名称,联系人\n成员单位,甲局\n'), expect: { good: ['甲局'] } },
  {
    name: 'duplicate-header.csv',
    bytes: utf8('类别,名称,名称\n成员单位,甲局,乙局\n'),
    expect: { error: 'import-duplicate-header' },
  },
  {
    name: 'alias-twice.csv',
    bytes: utf8('类别,名称,单位名称\n成员单位,甲局,乙局\n'),
    expect: { error: 'import-duplicate-header' },
  },
  {
    name: 'na-in-name.csv',
    bytes: utf8('类别,名称\n成员单位,#N/A\n成员单位,甲局\n成员单位,#VALUE!\n'),
    expect: {
      good: ['甲局'],
      bad: [
        [2, 'error-cell'],
        [4, 'error-cell'],
      ],
    },
  },
  {
    name: 'na-in-unread-column.csv',
    bytes: utf8('类别,名称,备注\n成员单位,甲局,#N/A\n'),
    expect: { good: ['甲局'] },
  },
  {
    name: 'nul-byte.csv',
    bytes: utf8('类别,名称\n成员单位,甲\u0000局\n成员单位,乙局\n'),
    expect: { good: ['乙局'], bad: [[2, 'control-character']] },
  },
  {
    name: 'long-digits.csv',
    bytes: utf8('类别,名称,联系电话\n成员单位,123456789012345678901,13800000000\n'),
    expect: { good: ['123456789012345678901'] },
  },
  {
    name: 'scientific.csv',
    bytes: utf8('类别,名称\n成员单位,1.23457E+20\n成员单位,甲局\n'),
    expect: { good: ['甲局'], bad: [[2, 'number-precision']] },
  },
  {
    name: 'title-row.csv',
    bytes: utf8('海城市成员单位名录（2026年）\n\n类别,名称\n成员单位,甲局\n'),
    expect: { good: ['甲局'], rows: [4] },
  },
  {
    name: 'blank-rows.csv',
    bytes: utf8('类别,名称\n\n成员单位,甲局\n,\n成员单位,\n成员单位,乙局\n'),
    expect: { good: ['甲局', '乙局'], bad: [[5, 'too_small']], rows: [3, 5, 6] },
  },
  { name: 'header-only.csv', bytes: utf8('类别,名称\n'), expect: { error: 'import-empty' } },
  { name: 'empty.csv', bytes: new Uint8Array(), expect: { error: 'import-empty' } },
  { name: 'whitespace.csv', bytes: utf8('  \n\n\t\n'), expect: { error: 'import-empty' } },
  {
    name: 'png-renamed.csv',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(0), 1, 2, 3]),
    expect: { error: 'import-file-unreadable' },
  },
  {
    name: 'not-any-encoding.csv',
    bytes: new Uint8Array([...utf8('类别,名称\n成员单位,'), 0x80, 0xff, 0xfe, 0x80, 0x0a]),
    expect: { error: 'import-encoding-unknown' },
  },
  {
    name: 'odd-utf16.csv',
    bytes: new Uint8Array([0xff, 0xfe, ...utf16(units('甲局'), 'le', false), 0x41]),
    expect: { error: 'import-encoding-unknown' },
  },
  { name: 'missing-column.csv', bytes: utf8('名称,联系人\n甲局,王芳\n'), expect: { error: 'import-missing-columns' } },
  {
    name: 'spaces.csv',
    bytes: utf8(' 类别 , 名称 \n 成员单位 ,  甲局  \n'),
    expect: { good: ['甲局'] },
  },
  {
    name: 'english-headers.csv',
    bytes: utf8('Kind,NAME\nmember,Education Bureau\n'),
    expect: { good: ['Education Bureau'] },
  },
  {
    name: 'huge-cell.csv',
    bytes: utf8(`类别,名称\n成员单位,${'长'.repeat(100_000)}\n成员单位,甲局\n`),
    expect: { good: ['甲局'], bad: [[2, 'too_big']] },
  },
  { name: 'emoji.csv', bytes: utf8('类别,名称\n成员单位,人才之家🏠\n'), expect: { good: ['人才之家🏠'] } },
  {
    name: 'html-as-csv.csv',
    bytes: utf8('<html><body><table><tr><td>类别</td><td>名称</td></tr></table></body></html>'),
    expect: { error: 'import-empty' },
  },
  {
    name: 'task-dates.csv',
    importer: 'tasks',
    bytes: utf8(
      lines(
        TASKS,
        '甲任务,牛庄镇,2026/6/30',
        '乙任务,牛庄镇,46203',
        '丙任务,牛庄镇,2026-06-30 00:00:00',
        '丁任务,牛庄镇,6/30',
      ),
    ),
    expect: {
      good: ['甲任务', '乙任务', '丙任务'],
      dates: ['2026-06-30', '2026-06-30', '2026-06-30'],
      bad: [[5, 'invalid-date']],
    },
  },
  {
    name: 'task-na-deadline.csv',
    importer: 'tasks',
    bytes: utf8(lines(TASKS, '甲任务,牛庄镇,#N/A')),
    expect: { good: [], bad: [[2, 'error-cell']] },
  },
];
