import { limitTextOptions } from '../../../shared/core/common/issueLimit';
import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowError } from '../../../shared/core/sheets/sheetRows';

export interface PreviewColumn<P> {
  header: string;
  value: (record: P) => string;
}

const PREVIEW_LIMIT = 100;
/** Bad rows listed at most: a sheet of 100 000 wrong rows must not take the screen with it. */
const BAD_LIMIT = 500;

/** Every bad row with the field, the value and the reason: nothing of these rows is written. */
export function BadRowsTable({ rows, title }: { rows: RowError[]; title?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t('common.import.badRows');
  return (
    <Alert color="orange" title={heading}>
      <Table aria-label={heading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.import.row')}</Table.Th>
            <Table.Th>{t('common.import.field')}</Table.Th>
            <Table.Th>{t('common.import.value')}</Table.Th>
            <Table.Th>{t('common.import.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, BAD_LIMIT).map((b) => (
            <Table.Tr key={`${b.row}-${b.field}`}>
              <Table.Td>{b.row}</Table.Td>
              <Table.Td>{t(`common.fields.${b.field}` as 'common.fields.name', { defaultValue: b.field })}</Table.Td>
              <Table.Td>{b.value}</Table.Td>
              <Table.Td>
                {t(`common.rules.${b.rule}` as 'common.rules.invalid', {
                  defaultValue: t('common.rules.invalid'),
                  ...limitTextOptions(b),
                  ...b.params,
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > BAD_LIMIT && (
        <Text size="xs" c="dimmed">
          {t('common.import.moreBad', { count: rows.length - BAD_LIMIT })}
        </Text>
      )}
    </Alert>
  );
}

export function GoodRowsTable<P extends { row: number }>({
  rows,
  columns,
}: {
  rows: P[];
  columns: PreviewColumn<P>[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Table aria-label={t('common.import.goodRows')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.import.row')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.header}>{c.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, PREVIEW_LIMIT).map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>{r.row}</Table.Td>
              {columns.map((c) => (
                <Table.Td key={c.header}>{c.value(r)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > PREVIEW_LIMIT && (
        <Text size="xs" c="dimmed">
          {t('common.import.more', { count: rows.length - PREVIEW_LIMIT })}
        </Text>
      )}
    </>
  );
}

/** The first rows as read, for a sheet that cannot be imported as it is: the user sees what was read. */
export function RawRowsTable({ headers, rows }: { headers: string[]; rows: Record<string, string>[] }) {
  const { t } = useTranslation();
  const shown = rows.slice(0, 20);
  const columns = headers.slice(0, 8);
  return (
    <Table aria-label={t('common.import.firstRows', { count: shown.length })}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((h, i) => (
            <Table.Th key={i}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shown.map((r, i) => (
          <Table.Tr key={i}>
            {columns.map((h, j) => (
              <Table.Td key={j}>{r[h] ?? ''}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
