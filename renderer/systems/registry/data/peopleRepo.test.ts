import { describe, expect, it } from 'vitest';
import { TALENT_CATEGORIES, TALENT_SECTORS } from '../../../../shared/systems/registry/person';
import { freshDb } from '../../../../tests/support/testDb';
import { aUnit } from '../../../../tests/support/builders';
import { peopleRepo } from './peopleRepo';
import { unitsRepo } from './unitsRepo';

describe('peopleRepo', () => {
  it('registers talents under each of the eleven seed categories with their sector and employer (S4-1)', async () => {
    freshDb();
    expect(TALENT_CATEGORIES).toHaveLength(11);
    for (const [i, category] of TALENT_CATEGORIES.entries()) {
      await peopleRepo.create({
        role: 'talent',
        name: `人才${i}`,
        talentCategory: category,
        sector: TALENT_SECTORS[i % TALENT_SECTORS.length],
        employer: '海城市中心医院',
      });
    }
    const talents = (await peopleRepo.listPage({ role: 'talent', limit: 50 })).rows;
    expect(new Set(talents.map((p) => p.talentCategory))).toEqual(new Set(TALENT_CATEGORIES));
    expect(new Set(talents.map((p) => p.sector))).toEqual(new Set(TALENT_SECTORS));
  });

  it('refuses a talent without a category, an invitee without a kind and a contact without a unit', async () => {
    const db = freshDb();
    await expect(peopleRepo.create({ role: 'talent', name: '甲' })).rejects.toMatchObject({
      code: 'validation',
      params: { rule: 'talent-needs-category' },
    });
    await expect(peopleRepo.create({ role: 'invitee', name: '乙' })).rejects.toMatchObject({
      params: { rule: 'invitee-needs-kind' },
    });
    await expect(peopleRepo.create({ role: 'contact', name: '丙' })).rejects.toMatchObject({
      params: { rule: 'contact-needs-unit' },
    });
    await expect(peopleRepo.create({ role: 'contact', name: '丁', unitId: 'missing' })).rejects.toMatchObject({
      params: { rule: 'unknown-unit' },
    });
    expect(await db.people.count()).toBe(0);
  });

  it('keeps invitees of the three kinds apart and finds people by name', async () => {
    freshDb();
    const unit = await unitsRepo.create(aUnit());
    await peopleRepo.create({ role: 'invitee', name: '陈代表', inviteeKind: 'deputy' });
    await peopleRepo.create({ role: 'invitee', name: '林委员', inviteeKind: 'member' });
    await peopleRepo.create({ role: 'contact', name: '陈联络', unitId: unit.id, phone: '13800000000' });
    expect((await peopleRepo.search('陈')).map((p) => p.name).sort()).toEqual(['陈代表', '陈联络'].sort());
    expect((await peopleRepo.search('陈', { role: 'invitee' })).map((p) => p.name)).toEqual(['陈代表']);
    expect((await peopleRepo.listPage({ role: 'invitee' })).rows.map((p) => p.inviteeKind).sort()).toEqual([
      'deputy',
      'member',
    ]);
  });
});
