import { useEffect, useState } from 'react';
import { Badge, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../../core/shell/routes';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../../../../shared/systems/registry/unit';
import { unitsRepo } from '../../data/unitsRepo';
import { useKeysetPager } from '../../../../core/ui/useKeysetPager';
import { PagerControls } from '../../../../core/ui/PagerControls';
import { UnitFormModal } from './UnitFormModal';
import { SheetImportModal } from '../../../../core/sheets/SheetImportModal';
import { unitImportSpec } from './unitImportSpec';
import { exportUnits } from './exportUnits';
import { useErrorText } from '../../../../core/ui/useErrorText';
import { notifications } from '@mantine/notifications';
import { RecordTable } from '../../../../core/ui/RecordTable';

export function UnitsPanel({ openId }: { openId?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [kind, setKind] = useState<UnitKind | null>(null);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  // Opened from elsewhere (the header search): the record's form, and back to the list when closed.
  useEffect(() => {
    if (!openId) return;
    let current = true;
    void unitsRepo.get(openId).then((found) => current && found && setEditing(found));
    return () => {
      current = false;
    };
  }, [openId]);
  const closeForm = () => {
    setEditing(null);
    if (openId) navigate('registry', 'units');
  };
  const pager = useKeysetPager<string>(`${kind}|${includeInactive}`);
  // One spec per import: it keeps the towns it planned with until it writes.
  const [importSpec, setImportSpec] = useState<ReturnType<typeof unitImportSpec> | null>(null);

  const page = useLiveQuery(
    () =>
      debounced
        ? unitsRepo
            .search(debounced, { kind: kind ?? undefined, includeInactive })
            .then((rows) => ({ rows, nextAfter: null }))
        : unitsRepo.listPage({ kind: kind ?? undefined, after: pager.after, includeInactive }),
    [kind, debounced, includeInactive, pager.after],
  );
  const towns = useLiveQuery(() => unitsRepo.listTowns(), []);
  const townName = (id: string | null) => towns?.find((u) => u.id === id)?.name ?? '';

  const runExport = async () => {
    try {
      const result = await exportUnits(t);
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('registry.units.exported', { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Select
            aria-label={t('registry.units.filterKind')}
            placeholder={t('registry.units.allKinds')}
            clearable
            value={kind}
            onChange={(v) => setKind(v as UnitKind | null)}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`registry.kinds.${k}`) }))}
            w={180}
          />
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('registry.units.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={240}
          />
          <Checkbox
            label={t('registry.showInactive')}
            checked={includeInactive}
            onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
          />
        </Group>
        <Group>
          <Button variant="default" onClick={() => setImportSpec(unitImportSpec(t))}>
            {t('registry.units.import')}
          </Button>
          <Button variant="default" onClick={() => void runExport()}>
            {t('registry.units.export')}
          </Button>
          <Button onClick={() => setEditing('new')}>{t('registry.units.new')}</Button>
        </Group>
      </Group>
      <RecordTable
        label={t('registry.tabs.units')}
        columns={[
          t('common.fields.name'),
          t('common.fields.kind'),
          t('common.fields.parentId'),
          t('common.fields.contactName'),
          t('common.fields.contactPhone'),
          t('common.status'),
          '',
        ]}
        isEmpty={!!page && page.rows.length === 0}
        hover
      >
        {page?.rows.map((u) => (
          <Table.Tr key={u.id}>
            <Table.Td>
              <Text size="sm">{u.name}</Text>
              {u.nameHistory.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('registry.units.formerly', { names: u.nameHistory.map((h) => h.name).join('、') })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t(`registry.kinds.${u.kind}`)}</Table.Td>
            <Table.Td>{townName(u.parentId)}</Table.Td>
            <Table.Td>{u.contactName}</Table.Td>
            <Table.Td>{u.contactPhone}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {u.isActive ? (
                <Badge color="green">{t('common.active')}</Badge>
              ) : (
                <Badge color="gray">{t('common.inactive')}</Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end">
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color={u.isActive ? 'gray' : 'green'}
                  onClick={() =>
                    void unitsRepo
                      .setActive(u.id, !u.isActive)
                      .catch((e: unknown) => notifications.show({ color: 'red', message: errorText(e) }))
                  }
                >
                  {u.isActive ? t('common.deactivate') : t('common.reactivate')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
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
      {editing && <UnitFormModal unit={editing === 'new' ? null : editing} towns={towns ?? []} onClose={closeForm} />}
      {importSpec && <SheetImportModal spec={importSpec} onClose={() => setImportSpec(null)} />}
    </Stack>
  );
}
