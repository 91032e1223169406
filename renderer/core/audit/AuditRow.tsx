import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import { AuditDetails } from './AuditDetails';
import type { AuditName } from './auditNames';
import { auditEntityLabel } from './entityLabels';

const COLUMN_COUNT = 7;

/** One entry: when, who, what was done to which record, named in words (its id only on hover). */
export function AuditRow({ entry, name }: { entry: AuditEntry; name?: AuditName }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')}</Table.Td>
        <Table.Td>{entry.actorName}</Table.Td>
        <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
        <Table.Td>{auditEntityLabel(t, entry.entity)}</Table.Td>
        <Table.Td>
          <Text size="sm" title={entry.entityId} data-testid="audit-record">
            {name?.title || '—'}
          </Text>
          {name?.detail && (
            <Text size="xs" c="dimmed">
              {name.detail}
            </Text>
          )}
        </Table.Td>
        <Table.Td>{entry.count ?? ''}</Table.Td>
        <Table.Td>
          <Button size="compact-xs" variant="subtle" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
            {isOpen ? t('audit.hideDetails') : t('audit.details')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {isOpen && (
        <Table.Tr>
          <Table.Td colSpan={COLUMN_COUNT}>
            <AuditDetails entry={entry} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
