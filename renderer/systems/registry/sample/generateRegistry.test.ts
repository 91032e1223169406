import { describe, expect, it } from 'vitest';
import { personSortKey } from '../../../../shared/systems/registry/person';
import { personInputSchema } from '../../../../shared/systems/registry/personSchema';
import { unitInputSchema, unitSortKey } from '../../../../shared/systems/registry/unit';
import { chineseNumber } from './compose';
import { generateRegistry } from './generateRegistry';
import { REALISTIC_UNIT_COUNT } from './generateUnits';
import { createRandom } from '../../../core/sample/random';

const NOW = new Date('2026-03-15T08:00:00.000Z');
const CJK = /^[\u4e00-\u9fff、（）]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const office = generateRegistry({ seed: 2021, unitCount: 800, peopleCount: 1200, now: NOW });

describe('generateRegistry', () => {
  it('gives the same office for the same seed', () => {
    const again = generateRegistry({ seed: 2021, unitCount: 800, peopleCount: 1200, now: NOW });
    expect(again).toEqual(office);
  });

  it('gives a different office for a different seed', () => {
    const other = generateRegistry({ seed: 2022, unitCount: 800, peopleCount: 1200, now: NOW });
    expect(other.units.map((u) => u.id)).not.toEqual(office.units.map((u) => u.id));
    expect(other.people.map((p) => p.name)).not.toEqual(office.people.map((p) => p.name));
  });

  it('makes exactly as many units and people as asked', () => {
    expect(office.units).toHaveLength(800);
    expect(office.people).toHaveLength(1200);
    const empty = generateRegistry({ seed: 1, unitCount: 0, peopleCount: 0, now: NOW });
    expect(empty).toEqual({ units: [], people: [] });
  });

  it('starts a larger office with the smaller one of the same seed', () => {
    const larger = generateRegistry({ seed: 2021, unitCount: 1600, peopleCount: 1200, now: NOW });
    expect(larger.units.slice(0, 800)).toEqual(office.units);
  });

  it('lists every member unit, town and zone before any village', () => {
    const kinds = office.units.map((u) => u.kind);
    expect(kinds.indexOf('village')).toBe(REALISTIC_UNIT_COUNT);
    expect(kinds.slice(0, REALISTIC_UNIT_COUNT)).not.toContain('village');
    const names = office.units.map((u) => u.name);
    for (const real of ['海城市教育局', '团市委', '牛庄镇', '西柳镇', '海州街道', '海城经济开发区']) {
      expect(names.some((n) => n === real) || office.units.some((u) => u.shortName === real)).toBe(true);
    }
  });

  it('marks every record as sample data', () => {
    expect(office.units.every((u) => u.isSample === 1)).toBe(true);
    expect(office.people.every((p) => p.isSample === 1)).toBe(true);
  });

  it('gives every record a unique UUID-shaped id', () => {
    const ids = [...office.units, ...office.people].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID.test(id))).toBe(true);
  });

  it('keeps timestamps and renames no later than now', () => {
    const today = NOW.toISOString().slice(0, 10);
    for (const r of [...office.units, ...office.people]) {
      expect(r.createdAt <= r.updatedAt).toBe(true);
      expect(Date.parse(r.updatedAt)).toBeLessThanOrEqual(NOW.getTime());
    }
    const renamed = office.units.filter((u) => u.nameHistory.length > 0);
    expect(renamed.length).toBeGreaterThan(3);
    expect(renamed.every((u) => u.nameHistory.every((h) => h.until <= today))).toBe(true);
  });

  it('keeps most records active and a few inactive', () => {
    const inactive = office.units.filter((u) => u.isActive === 0).length;
    expect(inactive).toBeGreaterThan(0);
    expect(inactive).toBeLessThan(office.units.length * 0.1);
  });
});

describe('sample units', () => {
  it('pass the unit input schema', () => {
    for (const u of office.units) {
      const input = {
        kind: u.kind,
        name: u.name,
        shortName: u.shortName,
        partyOrgName: u.partyOrgName,
        parentId: u.parentId,
        contactName: u.contactName,
        contactPhone: u.contactPhone,
        displayOrder: u.displayOrder,
      };
      const parsed = unitInputSchema.safeParse(input);
      expect(parsed.success, `${u.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('name the party organisation of each village after its town', () => {
    const byId = new Map(office.units.map((u) => [u.id, u]));
    for (const v of office.units.filter((u) => u.kind === 'village')) {
      expect(v.partyOrgName.startsWith(`中共海城市${byId.get(v.parentId ?? '')?.name}${v.name}`)).toBe(true);
    }
  });

  it('place every village under a town or subdistrict that exists', () => {
    const byId = new Map(office.units.map((u) => [u.id, u]));
    const villages = office.units.filter((u) => u.kind === 'village');
    expect(villages.length).toBe(800 - REALISTIC_UNIT_COUNT);
    for (const v of villages) expect(byId.get(v.parentId ?? '')?.kind).toBe('town');
  });

  it('never repeats a village name within one town', () => {
    const big = generateRegistry({ seed: 7, unitCount: 20_000, peopleCount: 0, now: NOW });
    const keys = big.units.filter((u) => u.kind === 'village').map((u) => `${u.parentId}|${u.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('have Chinese names, party organisations and contacts', () => {
    for (const u of office.units) {
      expect(u.name).toMatch(CJK);
      expect(u.partyOrgName).toMatch(/^(中共|共青团)/);
      expect(u.contactName).toMatch(CJK);
      expect(u.contactPhone).not.toBe('');
    }
  });

  it('carry the sort key the repositories build, kind first', () => {
    for (const u of office.units) expect(u.sortKey).toBe(unitSortKey(u.kind, u.displayOrder, u.name, u.id));
  });

  it('scale to 100 000 units', () => {
    const huge = generateRegistry({ seed: 'bench', unitCount: 100_000, peopleCount: 0, now: NOW });
    expect(huge.units).toHaveLength(100_000);
    expect(new Set(huge.units.map((u) => u.id)).size).toBe(100_000);
  });
});

describe('sample people', () => {
  it('pass the person input schema', () => {
    for (const p of office.people) {
      const { id: _id, sortKey: _s, isSample: _i, isActive: _a, createdAt: _c, updatedAt: _u, ...input } = p;
      const parsed = personInputSchema.safeParse(input);
      expect(parsed.success, `${p.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('include 8 to 12 staff, about 20 invitees of every kind, one contact per unit and talents', () => {
    const count = (role: string) => office.people.filter((p) => p.role === role).length;
    expect(count('staff')).toBeGreaterThanOrEqual(8);
    expect(count('staff')).toBeLessThanOrEqual(12);
    expect(count('invitee')).toBeGreaterThanOrEqual(18);
    expect(count('invitee')).toBeLessThanOrEqual(22);
    expect(new Set(office.people.map((p) => p.inviteeKind).filter(Boolean))).toEqual(
      new Set(['deputy', 'member', 'expert']),
    );
    expect(count('contact')).toBe(800);
    expect(count('talent')).toBe(1200 - 800 - count('staff') - count('invitee'));
  });

  it('point every contact at an existing unit, with the name the unit shows', () => {
    const byId = new Map(office.units.map((u) => [u.id, u]));
    const contacts = office.people.filter((p) => p.role === 'contact');
    expect(new Set(contacts.map((p) => p.unitId)).size).toBe(contacts.length);
    for (const p of contacts) {
      const unit = byId.get(p.unitId ?? '');
      expect(unit?.contactName).toBe(p.name);
      expect(unit?.contactPhone).toBe(p.phone);
    }
  });

  it('give talents a category, a sector and an employer', () => {
    const talents = office.people.filter((p) => p.role === 'talent');
    expect(talents.every((p) => p.talentCategory && p.sector && p.employer)).toBe(true);
    expect(new Set(talents.map((p) => p.sector)).size).toBe(5);
    expect(talents.filter((p) => p.talentCategory === 'graduate').length).toBeGreaterThan(talents.length / 4);
  });

  it('sort by name, with the id keeping equal names apart', () => {
    for (const p of office.people) expect(p.sortKey).toBe(personSortKey(p.role, p.name, p.id));
  });

  it('have Chinese names and employers', () => {
    for (const p of office.people) {
      expect(p.name).toMatch(CJK);
      expect(p.employer).toMatch(CJK);
    }
  });

  it('stop at the people asked for, staff first', () => {
    const few = generateRegistry({ seed: 3, unitCount: 100, peopleCount: 5, now: NOW });
    expect(few.people.map((p) => p.role)).toEqual(['staff', 'staff', 'staff', 'staff', 'staff']);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createRandom('x');
    const b = createRandom('x');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('keeps int within both bounds', () => {
    const rng = createRandom(1);
    const seen = new Set(Array.from({ length: 1000 }, () => rng.int(3, 5)));
    expect(seen).toEqual(new Set([3, 4, 5]));
  });

  it('shuffles a copy and keeps every item', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = createRandom(9).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...shuffled].sort()).toEqual(items);
  });
});

describe('chineseNumber', () => {
  it.each([
    [2, '二'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1010, '一千零一十'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });
});
