import { describe, expect, it } from 'vitest';
import type { Unit } from '../registry/unit';
import { targetGroups, targetNameAt } from './targets';

const unit = (id: string, kind: Unit['kind'], name: string, extra: Partial<Unit> = {}) => ({
  id,
  kind,
  name,
  nameHistory: [],
  parentId: null,
  isActive: 1 as const,
  ...extra,
});
const units = [
  unit('edu', 'member', '海城市教育局'),
  unit('nz', 'town', '牛庄镇'),
  unit('hx', 'town', '兴海街道'),
  unit('zone', 'zone', '海城经济开发区'),
  unit('dg', 'village', '东关村', { parentId: 'nz' }),
  unit('dg2', 'village', '东关村', { parentId: 'hx' }),
  unit('xs', 'village', '西山社区', { parentId: 'hx' }),
  unit('old', 'village', '旧村', { parentId: 'nz', isActive: 0 }),
];

describe('villages and communities as targets', () => {
  it('offers each town’s villages in a group under that town, after the member units, towns and zones', () => {
    const groups = targetGroups(units, true).map((g) => [g.kind, g.town?.name ?? '', g.units.map((u) => u.id)]);
    expect(groups).toEqual([
      ['member', '', ['edu']],
      ['town', '', ['nz', 'hx']],
      ['zone', '', ['zone']],
      ['villages', '牛庄镇', ['dg']],
      ['villages', '兴海街道', ['dg2', 'xs']],
    ]);
  });

  it('leaves the villages out where the seed asks only member units, towns and zones', () => {
    expect(targetGroups(units, false).map((g) => g.kind)).toEqual(['member', 'town', 'zone']);
  });

  it('names a village with its town, so two 东关村 are told apart, and a town by the name it had that day', () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    expect(targetNameAt(byId.get('dg')!, byId, '2026-11-26')).toBe('牛庄镇东关村');
    expect(targetNameAt(byId.get('dg2')!, byId, '2026-11-26')).toBe('兴海街道东关村');
    const renamed = new Map(byId).set('nz', {
      ...byId.get('nz')!,
      name: '牛庄街道',
      nameHistory: [{ name: '牛庄镇', shortName: '牛庄', until: '2026-12-01' }],
    });
    expect(targetNameAt(renamed.get('dg')!, renamed, '2026-11-26')).toBe('牛庄镇东关村');
    expect(targetNameAt(renamed.get('nz')!, renamed, '2026-12-02')).toBe('牛庄街道');
  });
});
