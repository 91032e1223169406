import { useState } from 'react';
import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AUDIT_ENTITIES, type AuditEntity } from '../../../shared/domain/audit/audit';
import { auditRepo } from '../../data/repos/auditRepo';
import { useKeysetPager } from '../../ui/useKeysetPager';
import { AuditRow } from './AuditRow';

/** 操作日志 audit log: newest first; "older" pushes the page's last seq, "newer" pops it. */
export function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<AuditEntity | null>(null);
  const pager = useKeysetPager<number>(entity ?? '');
  const page = useLiveQuery(() => auditRepo.listPage({ entity: entity ?? undefined, before: pager.after }), [entity, pager.after]);

  return (
    <Stack>
      <Title order={2}>{t('audit.title')}</Title>
      <Group>
        <Select
          aria-label={t('audit.filterEntity')}
          placeholder={t('audit.allEntities')}
          clearable
          value={entity}
          onChange={(v) => setEntity(v as AuditEntity | null)}
          data={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))}
          w={200}
        />
      </Group>
      <Table striped aria-label={t('audit.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.who')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.recordId')}</Table.Th>
            <Table.Th>{t('audit.count')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page?.rows.map((entry) => (
            <AuditRow key={entry.seq} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
      {page && page.rows.length === 0 && (
        <Text c="dimmed" ta="center">
          {t('common.empty')}
        </Text>
      )}
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" disabled={pager.pageNumber <= 1} onClick={pager.previous}>
          {t('audit.newer')}
        </Button>
        <Text size="sm">{t('common.pager.page', { page: pager.pageNumber })}</Text>
        <Button size="xs" variant="default" disabled={page?.nextBefore == null} onClick={() => page?.nextBefore != null && pager.next(page.nextBefore)}>
          {t('audit.older')}
        </Button>
      </Group>
    </Stack>
  );
}
