import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  CONTENT_ITEMS,
  parentItemOf,
  type ContentId,
  type ContentSubItem,
} from '../../../../shared/systems/evaluation';
import type { Person, Unit } from '../../../../shared/systems/registry';
import { peopleRepo, unitsRepo } from '../../registry';
import { evaluationSettingsRepo } from '../data/evaluationSettingsRepo';

/** A unit's name as the office reads it: a village with its town (牛庄镇东关村). */
export function unitLabel(unit: Unit, byId: ReadonlyMap<string, Unit>): string {
  const town = unit.kind === 'village' && unit.parentId ? byId.get(unit.parentId) : undefined;
  return town ? `${town.name}${unit.name}` : unit.name;
}

export interface Names {
  units: Unit[];
  unitName: (id: string) => string;
  talents: Person[];
  personName: (id: string | null) => string;
  subItems: ContentSubItem[];
  /** The seed's item by its short label, a sub-item by its name under its item's. */
  contentName: (id: ContentId) => string;
  /** Content items to pick from: the seed's three and the active sub-items under each. */
  contentOptions: Array<{ value: ContentId; label: string }>;
}

/** The registry and Settings names every screen of the system shows. */
export function useNames(): Names {
  const { t } = useTranslation();
  const units = useLiveQuery(() => unitsRepo.listAll(), []) ?? [];
  const people = useLiveQuery(() => peopleRepo.listAll(), []) ?? [];
  const subItems = useLiveQuery(() => evaluationSettingsRepo.subItems(), []) ?? [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const contentName = (id: ContentId) => {
    const item = t(`evaluation.content.${parentItemOf(id)}`);
    const sub = subItems.find((s) => s.id === id);
    return sub ? `${item} · ${sub.name}` : item;
  };
  return {
    units,
    unitName: (id) => {
      const unit = byId.get(id);
      return unit ? unitLabel(unit, byId) : id;
    },
    talents: people.filter((p) => p.role === 'talent'),
    personName: (id) => (id ? (peopleById.get(id)?.name ?? id) : t('evaluation.anonymous')),
    subItems,
    contentName,
    contentOptions: CONTENT_ITEMS.flatMap((c) => [
      { value: c, label: contentName(c) },
      ...subItems
        .filter((s) => s.parent === c && s.isActive === 1)
        .map((s) => ({ value: s.id, label: contentName(s.id) })),
    ]),
  };
}
