import { Group, Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/core/audit/audit';
import { staffRepo } from '../data/staffRepo';
import { DateField } from '../ui/dates/DateField';
import type { AuditFilter } from './auditFilter';

/** Who, when (from and to), which system and which action. */
export function AuditFilters({
  value,
  onChange,
  systems,
}: {
  value: AuditFilter;
  onChange(next: AuditFilter): void;
  systems: readonly { id: string; labelKey: string }[];
}) {
  const { t } = useTranslation();
  const anyKey = t as unknown as (key: string) => string;
  const staff = useLiveQuery(() => staffRepo.list(), []) ?? [];
  const set = (patch: AuditFilter) => onChange({ ...value, ...patch });
  return (
    <Group gap="xs" align="flex-end">
      <Select
        aria-label={t('audit.filters.who')}
        placeholder={t('audit.filters.anyone')}
        clearable
        searchable
        w={150}
        value={value.actorId ?? null}
        onChange={(v) => set({ actorId: v })}
        data={staff.map((s) => ({ value: s.id, label: s.displayName }))}
      />
      <DateField
        aria-label={t('audit.filters.from')}
        placeholder={t('audit.filters.from')}
        w={150}
        value={value.from ?? ''}
        onChange={(v) => set({ from: v })}
      />
      <DateField
        aria-label={t('audit.filters.to')}
        placeholder={t('audit.filters.to')}
        w={150}
        value={value.to ?? ''}
        onChange={(v) => set({ to: v })}
      />
      <Select
        aria-label={t('audit.filters.system')}
        placeholder={t('audit.filters.allSystems')}
        clearable
        w={190}
        value={value.system ?? null}
        onChange={(v) => set({ system: v })}
        data={systems.map((s) => ({ value: s.id, label: anyKey(s.labelKey) }))}
      />
      <Select
        aria-label={t('audit.filters.action')}
        placeholder={t('audit.filters.allActions')}
        clearable
        searchable
        w={150}
        value={value.action ?? null}
        onChange={(v) => set({ action: v as AuditAction | null })}
        data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
      />
    </Group>
  );
}
