import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVALUATED_KINDS, evaluatedKindOf } from '../../../../shared/systems/evaluation';
import { unitLabel, type Names } from './useNames';

/**
 * The units talents evaluate, grouped by the seed's three kinds (S4-2.1 … S4-2.3); a village is
 * named with its town (牛庄镇东关村), since village names repeat across towns.
 */
function useEvaluatedGroups(names: Names, keep: readonly string[]) {
  const { t } = useTranslation();
  const byId = new Map(names.units.map((u) => [u.id, u]));
  return EVALUATED_KINDS.map((kind) => ({
    group: t(`evaluation.evaluatedKinds.${kind}`),
    items: names.units
      .filter((u) => evaluatedKindOf(u.kind) === kind && (u.isActive === 1 || keep.includes(u.id)))
      .map((u) => ({ value: u.id, label: unitLabel(u, byId) })),
  })).filter((g) => g.items.length > 0);
}

export function UnitPicker({ names, ...props }: Omit<SelectProps, 'data'> & { names: Names }) {
  const { t } = useTranslation();
  const data = useEvaluatedGroups(names, props.value ? [props.value] : []);
  return <Select searchable limit={100} nothingFoundMessage={t('common.empty')} {...props} data={data} />;
}

export function UnitsPicker({ names, ...props }: Omit<MultiSelectProps, 'data'> & { names: Names }) {
  const { t } = useTranslation();
  const data = useEvaluatedGroups(names, props.value ?? []);
  return <MultiSelect searchable limit={100} nothingFoundMessage={t('common.empty')} {...props} data={data} />;
}

/** A registered talent (服务对象), or none: anonymous. */
export function TalentPicker({ names, ...props }: Omit<SelectProps, 'data'> & { names: Names }) {
  const { t } = useTranslation();
  const data = names.talents.map((p) => ({ value: p.id, label: p.employer ? `${p.name}（${p.employer}）` : p.name }));
  return (
    <Select
      searchable
      clearable
      limit={100}
      placeholder={t('evaluation.anonymous')}
      nothingFoundMessage={t('common.empty')}
      {...props}
      data={data}
    />
  );
}
