import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The list pages' table: a labelled striped table with one header row, the rows the page
 * renders, and the translated "nothing here" line once a loaded page came back empty.
 * An empty column title ('') leaves the header cell blank (the actions column).
 */
export function RecordTable({
  label,
  columns,
  isEmpty,
  hover = false,
  children,
}: {
  label: string;
  columns: readonly string[];
  isEmpty: boolean;
  hover?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Table striped highlightOnHover={hover} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((title, i) => (
              <Table.Th key={i}>{title}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
      {isEmpty && (
        <Text c="dimmed" ta="center">
          {t('common.empty')}
        </Text>
      )}
    </>
  );
}
