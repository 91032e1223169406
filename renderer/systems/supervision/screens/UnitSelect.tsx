import { type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { ClosingMultiSelect } from '../../../core/ui/ClosingMultiSelect';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type UnitKind } from '../../../../shared/systems/registry';
import { unitsRepo } from '../../registry';

/** Active registry units grouped by kind in the seed's order (成员单位, 镇街, 开发区, 村社区). */
function useUnitGroups(kinds: readonly UnitKind[] = UNIT_KINDS, keep: readonly string[] = []) {
  const { t } = useTranslation();
  const units = useLiveQuery(() => unitsRepo.listAll(), []) ?? [];
  return kinds
    .map((kind) => ({
      group: t(`registry.kinds.${kind}`),
      items: units
        .filter((u) => u.kind === kind && (u.isActive === 1 || keep.includes(u.id)))
        .map((u) => ({ value: u.id, label: u.name })),
    }))
    .filter((g) => g.items.length > 0);
}

export function UnitSelect({ kinds, ...props }: Omit<SelectProps, 'data'> & { kinds?: readonly UnitKind[] }) {
  const { t } = useTranslation();
  const data = useUnitGroups(kinds, props.value ? [props.value] : []);
  return <Select searchable limit={200} nothingFoundMessage={t('common.empty')} {...props} data={data} />;
}

export function UnitsMultiSelect({
  kinds,
  ...props
}: Omit<MultiSelectProps, 'data'> & { kinds?: readonly UnitKind[] }) {
  const { t } = useTranslation();
  const data = useUnitGroups(kinds, props.value ?? []);
  return <ClosingMultiSelect searchable limit={200} nothingFoundMessage={t('common.empty')} {...props} data={data} />;
}
