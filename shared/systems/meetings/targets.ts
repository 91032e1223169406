import { unitNameAt, type Unit } from '../registry';

/**
 * The units a meeting may ask for opinions, task or inform after the meeting: member units, towns
 * and zones, and the villages/communities (村、社区) under the towns — S2-1.3 makes them
 * supervision targets too.
 */

type Named = Pick<Unit, 'id' | 'kind' | 'name' | 'nameHistory' | 'parentId'>;

/**
 * How a record names a target on a date: a village with its town (牛庄镇东关村), since two towns
 * may each have a 东关村; any other unit by its own name of that date.
 */
export function targetNameAt(unit: Named, units: ReadonlyMap<string, Named>, on: string): string {
  const own = unitNameAt(unit, on);
  const town = unit.kind === 'village' && unit.parentId ? units.get(unit.parentId) : undefined;
  return town ? `${unitNameAt(town, on)}${own}` : own;
}

export interface TargetGroup<U> {
  /** 'member' | 'town' | 'zone' for the kinds, or the town a group of villages belongs to. */
  kind: 'member' | 'town' | 'zone' | 'villages';
  town?: U;
  units: U[];
}

/**
 * The picker's groups, in registry order: 成员单位, 镇（街道）, 开发区, then each town's villages under
 * that town. Only active units; a village whose town is gone or inactive is left out.
 */
export function targetGroups<U extends Pick<Unit, 'id' | 'kind' | 'parentId' | 'isActive'>>(
  units: readonly U[],
  withVillages: boolean,
): TargetGroup<U>[] {
  const active = units.filter((u) => u.isActive === 1);
  const groups: TargetGroup<U>[] = (['member', 'town', 'zone'] as const).map((kind) => ({
    kind,
    units: active.filter((u) => u.kind === kind),
  }));
  if (withVillages) {
    for (const town of active.filter((u) => u.kind === 'town')) {
      groups.push({
        kind: 'villages',
        town,
        units: active.filter((u) => u.kind === 'village' && u.parentId === town.id),
      });
    }
  }
  return groups.filter((g) => g.units.length > 0);
}
