import { Select, type SelectProps } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { unitsRepo } from '../../data/unitsRepo';
import { unitLabels } from '../../../../../shared/systems/registry/unitNames';

/**
 * Searchable picker of active units, a village shown with its town (牛庄镇·东关村). The current
 * choice stays listed even if that unit was deactivated since, so editing a person never silently
 * drops their unit.
 */
export function UnitPicker(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const units = useLiveQuery(() => unitsRepo.listAll(), []);
  // A village with its town: 东关村 may be under two towns.
  const labels = unitLabels(units ?? []);
  const data = (units ?? [])
    .filter((u) => u.isActive === 1 || u.id === props.value)
    .map((u) => ({ value: u.id, label: labels.get(u.id) ?? u.name }));
  return (
    <Select
      label={t('common.fields.unitId')}
      placeholder={t('people.unitPlaceholder')}
      searchable
      limit={100}
      nothingFoundMessage={t('common.empty')}
      {...props}
      data={data}
    />
  );
}
