import { Group, Select, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/core/documents/model';
import type { IssuedStatus } from '../../../../shared/core/documents/register';
import { documentsRepo } from '../../data/documentsRepo';
import type { RegisterFilter } from './registerLine';

const STATUSES: IssuedStatus[] = ['issued', 'voided'];

/** The register's filters: year, series, 文种, 密级, status, and words typed. */
export function RegisterFilters({ value, onChange }: { value: RegisterFilter; onChange(next: RegisterFilter): void }) {
  const { t } = useTranslation();
  const series = useLiveQuery(() => documentsRepo.listSeries(), []) ?? [];
  const years = [...new Set(series.map((s) => s.year))];
  const prefixes = [...new Set(series.filter((s) => !value.year || s.year === value.year).map((s) => s.prefix))];
  const set = (patch: RegisterFilter) => onChange({ ...value, ...patch });
  return (
    <Group gap="xs" align="flex-end">
      <Select
        aria-label={t('documents.filters.year')}
        placeholder={t('documents.filters.allYears')}
        clearable
        w={110}
        value={value.year ? String(value.year) : null}
        onChange={(v) => set({ year: v ? Number(v) : null })}
        data={years.map(String)}
      />
      <Select
        aria-label={t('documents.filters.series')}
        placeholder={t('documents.filters.allSeries')}
        clearable
        searchable
        w={200}
        value={value.prefix ?? null}
        onChange={(v) => set({ prefix: v })}
        data={prefixes}
      />
      <Select
        aria-label={t('documents.filterKind')}
        placeholder={t('documents.allKinds')}
        clearable
        w={200}
        value={value.kind ?? null}
        onChange={(v) => set({ kind: v as DocumentKind | null })}
        data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
      />
      <Select
        aria-label={t('documents.filters.secrecy')}
        placeholder={t('documents.filters.allSecrecy')}
        clearable
        w={170}
        value={value.secrecy ?? null}
        onChange={(v) => set({ secrecy: v as SecrecyLevel | null })}
        data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
      />
      <Select
        aria-label={t('documents.filters.status')}
        placeholder={t('documents.filters.allStatuses')}
        clearable
        w={120}
        value={value.status ?? null}
        onChange={(v) => set({ status: v as IssuedStatus | null })}
        data={STATUSES.map((s) => ({ value: s, label: t(`documents.status.${s}`) }))}
      />
      <TextInput
        aria-label={t('documents.filters.query')}
        placeholder={t('documents.filters.queryPlaceholder')}
        w={240}
        value={value.query ?? ''}
        onChange={(e) => set({ query: e.currentTarget.value })}
      />
    </Group>
  );
}
