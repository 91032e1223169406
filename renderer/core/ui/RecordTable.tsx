import { Table, Text } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Walking a list by keyboard: ↑/↓ move to the row above or below (the row itself when it opens
 * on Enter, else the first button or link in it, as Tab reaches them); Enter on a row opens it.
 */
function walkRows(event: KeyboardEvent<HTMLTableSectionElement>): void {
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [role="combobox"]')) return;
  const row = target.closest('tr');
  if (!row) return;
  if (event.key === 'Enter' && target === row) {
    event.preventDefault();
    row.click();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const next = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
  const stop = next && (next.tabIndex >= 0 ? next : next.querySelector<HTMLElement>('a[href], button, [tabindex="0"]'));
  if (!stop) return;
  event.preventDefault();
  stop.focus();
}

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
        <Table.Tbody onKeyDown={walkRows}>{children}</Table.Tbody>
      </Table>
      {isEmpty && (
        <Text c="dimmed" ta="center">
          {t('common.empty')}
        </Text>
      )}
    </>
  );
}
