import { type MultiSelectProps } from '@mantine/core';
import { ClosingMultiSelect } from '../../../core/ui/ClosingMultiSelect';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { targetGroups, targetNameAt } from '../../../../shared/systems/meetings/targets';
import { unitsRepo } from '../../registry';

/**
 * Member units, towns and zones to choose from, grouped by kind, searchable; `withVillages` adds
 * each town's villages/communities in a group under that town (named with the town: 牛庄镇东关村).
 */
export function UnitsMultiSelect({
  withVillages = false,
  ...props
}: Omit<MultiSelectProps, 'data'> & { withVillages?: boolean }) {
  const { t } = useTranslation();
  const units = useLiveQuery(() => unitsRepo.listAll(), []) ?? [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const today = localDate(new Date());
  const groups = targetGroups(units, withVillages).map((g) => ({
    group:
      g.kind === 'villages' ? t('meetings.targets.villagesOf', { town: g.town!.name }) : t(`registry.kinds.${g.kind}`),
    items: g.units.map((u) => ({ value: u.id, label: targetNameAt(u, byId, today) })),
  }));
  return (
    <ClosingMultiSelect
      searchable
      clearable
      nothingFoundMessage={t('common.empty')}
      maxDropdownHeight={320}
      {...props}
      data={groups}
    />
  );
}
