import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMeetingUnits } from './useMeetingData';

/** Member units, towns and zones to choose from, grouped by kind, searchable. */
export function UnitsMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { t } = useTranslation();
  const units = useMeetingUnits();
  const groups = (['member', 'town', 'zone'] as const).map((kind) => ({ group: t(`registry.kinds.${kind}`), items: units.filter((u) => u.kind === kind).map((u) => ({ value: u.id, label: u.name })) }));
  return <MultiSelect searchable clearable nothingFoundMessage={t('common.empty')} maxDropdownHeight={320} {...props} data={groups.filter((g) => g.items.length > 0)} />;
}
