import { Select, type SelectProps } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { unitsRepo } from '../../data/unitsRepo';

/**
 * Searchable picker of active units. The current choice stays listed even if that unit was
 * deactivated since, so editing a person never silently drops their unit.
 */
export function UnitPicker(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const units = useLiveQuery(() => unitsRepo.listAll(), []);
  const data = (units ?? [])
    .filter((u) => u.isActive === 1 || u.id === props.value)
    .map((u) => ({ value: u.id, label: u.name }));
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
