import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../../core/shell/routes';
import { PERSON_ROLES, type Person, type PersonRole } from '../../../../../shared/systems/registry/person';
import { peopleRepo } from '../../data/peopleRepo';
import { unitsRepo } from '../../data/unitsRepo';
import { useKeysetPager } from '../../../../core/ui/useKeysetPager';
import { PagerControls } from '../../../../core/ui/PagerControls';
import { useErrorText } from '../../../../core/ui/useErrorText';
import { PersonFormModal } from './PersonFormModal';
import { PersonRow } from './PersonRow';
import { SheetImportModal } from '../../../../core/sheets/SheetImportModal';
import { exportPeople, personImportSpec } from './personSheets';
import { RecordTable } from '../../../../core/ui/RecordTable';

/** Names of the units the shown people belong to (a village with its town); a page holds a few dozen. */
function useUnitNames(people: Person[] | undefined): Map<string, string> {
  const ids = [...new Set((people ?? []).map((p) => p.unitId).filter((id): id is string => !!id))].sort();
  return useLiveQuery(() => unitsRepo.labels(ids), [ids.join('|')]) ?? new Map<string, string>();
}

export function PeoplePanel({ openId }: { openId?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [role, setRole] = useState<PersonRole | null>(null);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  // Opened from elsewhere (the header search): the record's form, and back to the list when closed.
  useEffect(() => {
    if (!openId) return;
    let current = true;
    void peopleRepo.get(openId).then((found) => current && found && setEditing(found));
    return () => {
      current = false;
    };
  }, [openId]);
  const closeForm = () => {
    setEditing(null);
    if (openId) navigate('registry', 'people');
  };
  const pager = useKeysetPager<string>(`${role}|${includeInactive}`);
  const [importing, setImporting] = useState(false);
  const importSpec = useMemo(() => personImportSpec(t), [t]);

  const runExport = async () => {
    try {
      const result = await exportPeople(t);
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('registry.units.exported', { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };

  const page = useLiveQuery(
    () =>
      debounced
        ? peopleRepo
            .search(debounced, { role: role ?? undefined, includeInactive })
            .then((rows) => ({ rows, nextAfter: null }))
        : peopleRepo.listPage({ role: role ?? undefined, after: pager.after, includeInactive }),
    [role, debounced, includeInactive, pager.after],
  );
  const unitNames = useUnitNames(page?.rows);

  const toggleActive = (p: Person) => {
    peopleRepo
      .setActive(p.id, p.isActive !== 1)
      .catch((e: unknown) => notifications.show({ color: 'red', message: errorText(e) }));
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Select
            aria-label={t('people.filterRole')}
            placeholder={t('people.allRoles')}
            clearable
            value={role}
            onChange={(v) => setRole(v as PersonRole | null)}
            data={PERSON_ROLES.map((r) => ({ value: r, label: t(`people.roles.${r}`) }))}
            w={200}
          />
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('people.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={260}
          />
          <Checkbox
            label={t('registry.showInactive')}
            checked={includeInactive}
            onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
          />
        </Group>
        <Group>
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('registry.units.import')}
          </Button>
          <Button variant="default" onClick={() => void runExport()}>
            {t('registry.units.export')}
          </Button>
          <Button onClick={() => setEditing('new')}>{t('people.new')}</Button>
        </Group>
      </Group>
      <RecordTable
        label={t('registry.tabs.people')}
        columns={[
          t('people.name'),
          t('common.fields.role'),
          t('common.fields.unitId'),
          t('common.fields.post'),
          t('common.fields.phone'),
          t('people.category'),
          t('common.status'),
          '',
        ]}
        isEmpty={!!page && page.rows.length === 0}
        hover
      >
        {page?.rows.map((p) => (
          <PersonRow
            key={p.id}
            person={p}
            unitName={(p.unitId && unitNames.get(p.unitId)) || ''}
            onEdit={() => setEditing(p)}
            onToggleActive={() => toggleActive(p)}
          />
        ))}
      </RecordTable>
      {!debounced && (
        <PagerControls
          pageNumber={pager.pageNumber}
          hasNext={!!page?.nextAfter}
          onPrevious={pager.previous}
          onNext={() => page?.nextAfter && pager.next(page.nextAfter)}
        />
      )}
      {editing && (
        <PersonFormModal
          person={editing === 'new' ? null : editing}
          defaultRole={role ?? 'staff'}
          onClose={closeForm}
        />
      )}
      {importing && <SheetImportModal spec={importSpec} onClose={() => setImporting(false)} />}
    </Stack>
  );
}
