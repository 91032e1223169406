import { test, expect } from '../support/fixtures';
import { createAdmin, openNav } from '../support/ui';
import { buildXlsx } from '../support/sheets/xlsxBuilder';
import { gb18030 } from '../support/sheets/encodings';
import type { Page } from '@playwright/test';

async function pickSheet(page: Page, name: string, buffer: Buffer | Uint8Array): Promise<void> {
  await openNav(page, '单位与人员');
  await page.getByRole('button', { name: '从表格导入' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(buffer) });
}

test('a GBK sheet saved by Excel on a Chinese PC imports with its names intact', async ({ page }) => {
  await createAdmin(page);
  const csv = gb18030('类别,名称,联系人\r\n成员单位,海城市教育局,王芳\r\n镇（街道）,牛庄镇,赵强\r\n');
  await pickSheet(page, '单位（ANSI）.csv', csv);
  await expect(page.getByText('共 2 行数据 · 文字编码：GBK / GB18030')).toBeVisible();
  await expect(page.getByText('“单位（ANSI）.csv”：2 行可以导入，0 行有误。')).toBeVisible();
  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByText('已导入 2 个单位。')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('cell', { name: '海城市教育局' })).toBeVisible();
});

test('a workbook with a hidden first sheet and a stray cell at XFD1 reads the visible sheet, and the user may pick another', async ({
  page,
}) => {
  await createAdmin(page);
  const rows = Array.from(
    { length: 2000 },
    (_, i) =>
      `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>成员单位</t></is></c>` +
      `<c r="B${i + 2}" t="inlineStr"><is><t>单位${i + 1}</t></is></c></row>`,
  ).join('');
  const bytes = buildXlsx({
    sheets: [
      {
        name: '旧名单',
        state: 'hidden',
        rows: [
          ['类别', '名称'],
          ['成员单位', '旧局'],
        ],
      },
      {
        name: '单位',
        dimension: 'A1:XFD1048576',
        rows:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>类别</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c>' +
          `<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>${rows}`,
      },
    ],
  });
  await pickSheet(page, '单位名录.xlsx', bytes);
  await expect(page.getByText('“单位名录.xlsx”：2000 行可以导入，0 行有误。')).toBeVisible();
  const picker = page.getByRole('combobox', { name: '工作表' });
  await expect(picker).toHaveValue('单位');
  await picker.click();
  await page.getByRole('option', { name: '旧名单（隐藏）' }).click();
  await expect(page.getByText('“单位名录.xlsx”：1 行可以导入，0 行有误。')).toBeVisible();
  await expect(page.getByRole('table', { name: '将要导入的行' }).getByRole('cell', { name: '旧局' })).toBeVisible();
});

test('a file of more rows than one import takes shows its row count and first rows, and imports nothing', async ({
  page,
}) => {
  await createAdmin(page);
  const lines = ['类别,名称'];
  for (let i = 0; i < 100_001; i++) lines.push(`成员单位,单位${i}`);
  await pickSheet(page, '全国单位.csv', Buffer.from(lines.join('\n')));
  await expect(page.getByTestId('import-row-count')).toHaveText('共 100001 行数据 · 文字编码：UTF-8', {
    timeout: 60_000,
  });
  await expect(page.getByText('超过单次导入上限 100000 行')).toBeVisible();
  await expect(page.getByRole('cell', { name: '单位0', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '导入 0 行' })).toBeDisabled();
});

test('an old .xls and a file whose CSV quote never closes get clear answers, and nothing is written', async ({
  page,
}) => {
  await createAdmin(page);
  await pickSheet(
    page,
    '旧表.xls',
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]),
  );
  await expect(page.getByText(/文件“旧表.xls”不是可导入的格式（xls）/)).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  const csv = '类别,名称\n成员单位,甲局\n成员单位,"乙局\n成员单位,丙局\n';
  await (await chooser).setFiles({ name: '引号.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('“引号.csv”：1 行可以导入，1 行有误。')).toBeVisible();
  await expect(
    page.getByRole('table', { name: '有误的行（不会导入）' }).getByRole('row', { name: /3.*引号未闭合/ }),
  ).toBeVisible();
});
