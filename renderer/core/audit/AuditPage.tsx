import { useState } from 'react';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AuditEntity } from '../../../shared/core/audit/audit';
import { auditEntities, auditEntityLabel } from './entityLabels';
import { auditRepo } from '../data/auditRepo';
import { useKeysetPager } from '../ui/useKeysetPager';
import { AuditRow } from './AuditRow';
import { RecordTable } from '../ui/RecordTable';

/** 操作日志 audit log: newest first; "older" pushes the page's last seq, "newer" pops it. */
export function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<AuditEntity | null>(null);
  const pager = useKeysetPager<number>(entity ?? '');
  const page = useLiveQuery(
    () => auditRepo.listPage({ entity: entity ?? undefined, before: pager.after }),
    [entity, pager.after],
  );

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
          data={auditEntities().map((e) => ({ value: e, label: auditEntityLabel(t, e) }))}
          w={200}
        />
      </Group>
      <RecordTable
        label={t('audit.title')}
        columns={[
          t('audit.time'),
          t('audit.who'),
          t('audit.action'),
          t('audit.entity'),
          t('audit.recordId'),
          t('audit.count'),
          '',
        ]}
        isEmpty={!!page && page.rows.length === 0}
      >
        {page?.rows.map((entry) => (
          <AuditRow key={entry.seq} entry={entry} />
        ))}
      </RecordTable>
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" disabled={pager.pageNumber <= 1} onClick={pager.previous}>
          {t('audit.newer')}
        </Button>
        <Text size="sm">{t('common.pager.page', { page: pager.pageNumber })}</Text>
        <Button
          size="xs"
          variant="default"
          disabled={page?.nextBefore == null}
          onClick={() => page?.nextBefore != null && pager.next(page.nextBefore)}
        >
          {t('audit.older')}
        </Button>
      </Group>
    </Stack>
  );
}
