import type { Unit, UnitKind } from './unit';

/**
 * Where a unit's name must be unique: among the units of its kind, and a village or community
 * among those of its own town (东关村 under 牛庄镇 and 东关村 under 甘泉镇 are two places).
 */
export function unitNameScope(unit: { kind: UnitKind; parentId: string | null }): string {
  return unit.kind === 'village' ? `village|${unit.parentId ?? ''}` : unit.kind;
}

/** The key two units of one name in one scope share: the registry keeps one of them only. */
export function unitNameKey(unit: { kind: UnitKind; parentId: string | null; name: string }): string {
  return `${unitNameScope(unit)}|${unit.name}`;
}

/** Separator between a village's town and its name where it is shown alone: 牛庄镇·东关村. */
export const TOWN_SEPARATOR = '·';

/**
 * A unit as a list or picker shows it where its town is not beside it: a village with its town
 * (牛庄镇·东关村), since a village name alone may be two places; any other unit by its name.
 */
export function unitLabel(
  unit: Pick<Unit, 'kind' | 'name' | 'parentId'>,
  townName: (id: string) => string | undefined,
): string {
  if (unit.kind !== 'village' || !unit.parentId) return unit.name;
  const town = townName(unit.parentId);
  return town ? `${town}${TOWN_SEPARATOR}${unit.name}` : unit.name;
}

/** Labels of many units at once (the towns looked up among them). */
export function unitLabels(units: readonly Pick<Unit, 'id' | 'kind' | 'name' | 'parentId'>[]): Map<string, string> {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return new Map(units.map((u) => [u.id, unitLabel(u, (id) => names.get(id))]));
}

/** 曾用名 as a sheet writes them: several in one cell, separated by 、 , ， ; ； or a line break. */
export function splitNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、,，;；\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
