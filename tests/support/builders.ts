import type { UnitInput } from '../../shared/systems/registry/unit';

export function aUnit(overrides: Partial<UnitInput> = {}): UnitInput {
  return {
    kind: 'member',
    name: '海城市教育局',
    shortName: '教育局',
    partyOrgName: '中共海城市教育局党组',
    contactName: '李明',
    contactPhone: '0412-3210000',
    displayOrder: 10,
    ...overrides,
  };
}
