import { useState } from 'react';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AuditEntity } from '../../../shared/core/audit/audit';
import { auditEntities, auditEntityLabel } from './entityLabels';
import { auditRepo } from '../data/auditRepo';
import { installedSystems } from '../plugin/installed';
import { useErrorText } from '../ui/useErrorText';
import { useKeysetPager } from '../ui/useKeysetPager';
import { AuditFilters } from './AuditFilters';
import { type AuditFilter, auditMatcher, auditSystems } from './auditFilter';
import { AuditRow } from './AuditRow';
import { exportAudit } from './exportAudit';
import { nameAuditEntries } from './nameAuditEntries';
import { useAuditNames, useStaffNames } from './useAuditNames';
import { RecordTable } from '../ui/RecordTable';

/**
 * 操作日志 audit log: newest first, people and records in words; filtered by who, when, system, action
 * and record type; the filtered log exported to .xlsx. "Older" pushes the page's last seq, "newer" pops it.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const systems = auditSystems(installedSystems());
  const [entity, setEntity] = useState<AuditEntity | null>(null);
  const [filter, setFilter] = useState<AuditFilter>({});
  const filterKey = JSON.stringify([entity, filter]);
  const query = () => ({
    entity: entity ?? undefined,
    actorId: filter.actorId ?? undefined,
    match: auditMatcher(filter, systems),
  });
  const pager = useKeysetPager<number>(filterKey);
  const page = useLiveQuery(() => auditRepo.listPage({ ...query(), before: pager.after }), [filterKey, pager.after]);
  const staff = useStaffNames();
  const names = useAuditNames(page?.rows, staff);
  const anyKey = t as unknown as (key: string) => string;
  const systemLabel = (e: string) =>
    anyKey(systems.find((s) => s.entities.includes(e))?.labelKey ?? 'audit.coreSystem');
  const [exporting, setExporting] = useState(false);

  const runExport = async () => {
    setExporting(true);
    try {
      const entries = await auditRepo.listAll(query());
      const result = await exportAudit(t, entries, await nameAuditEntries(entries, staff), systemLabel);
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('audit.exported', { count: entries.length }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('audit.title')}</Title>
        <Button variant="default" loading={exporting} onClick={() => void runExport()}>
          {t('audit.export')}
        </Button>
      </Group>
      <Group gap="xs" align="flex-end">
        <AuditFilters value={filter} onChange={setFilter} systems={systems} />
        <Select
          aria-label={t('audit.filterEntity')}
          placeholder={t('audit.allEntities')}
          clearable
          value={entity}
          onChange={(v) => setEntity(v as AuditEntity | null)}
          data={auditEntities().map((e) => ({ value: e, label: auditEntityLabel(t, e) }))}
          w={180}
        />
      </Group>
      <RecordTable
        label={t('audit.title')}
        columns={[
          t('audit.time'),
          t('audit.who'),
          t('audit.action'),
          t('audit.entity'),
          t('audit.record'),
          t('audit.count'),
          '',
        ]}
        isEmpty={!!page && page.rows.length === 0}
      >
        {page?.rows.map((entry) => (
          <AuditRow key={entry.seq} entry={entry} name={names.get(entry.seq ?? -1)} />
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
