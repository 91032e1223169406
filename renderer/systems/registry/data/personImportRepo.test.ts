import { sheetOfRows } from '../../../../shared/core/sheets/sheetRows';
import { describe, expect, it } from 'vitest';
import { planPersonImport, type ValueAliases } from '../../../../shared/systems/registry/personImport';
import { freshDb } from '../../../../tests/support/testDb';
import { aUnit } from '../../../../tests/support/builders';
import { importPeople, unitIdsByName } from './personImportRepo';
import { unitsRepo } from './unitsRepo';

const aliases: ValueAliases = {
  role: new Map([
    ['单位联络人', 'contact'],
    ['人才（服务对象）', 'talent'],
    ['特邀列席', 'invitee'],
  ]),
  gender: new Map([
    ['男', 'male'],
    ['女', 'female'],
  ]),
  inviteeKind: new Map([['政协委员', 'member']]),
  talentCategory: new Map([['省优秀专家', 'provincialExpert']]),
  sector: new Map([['医院', 'hospital']]),
};

describe('people import', () => {
  it('matches contacts to units by name, writes the good rows and lists each bad one with its reason', async () => {
    const db = freshDb();
    const unit = await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    const plan = await planPersonImport(
      sheetOfRows([
        { 人员类别: '单位联络人', 姓名: '孙伟', 所在单位: '海城市教育局', 电话: '13900000000' },
        {
          人员类别: '人才（服务对象）',
          姓名: '周敏',
          人才类别: '省优秀专家',
          所在领域: '医院',
          工作单位: '海城市中心医院',
        },
        { 人员类别: '单位联络人', 姓名: '钱丽', 所在单位: '不存在的单位' },
        { 人员类别: '特邀列席', 姓名: '吴刚' },
        { 人员类别: '校长', 姓名: '郑强' },
      ]),
      aliases,
      await unitIdsByName(),
    );
    expect(plan.bad).toEqual([
      { row: 4, field: 'unitId', rule: 'unknown-unit', value: '不存在的单位' },
      { row: 5, field: 'inviteeKind', rule: 'invitee-needs-kind', value: '' },
      { row: 6, field: 'role', rule: 'invalid_value', value: '校长' },
    ]);
    expect(await importPeople(plan.good)).toBe(2);
    const people = await db.people.toArray();
    expect(people.find((p) => p.name === '孙伟')).toMatchObject({ role: 'contact', unitId: unit.id });
    expect(people.find((p) => p.name === '周敏')).toMatchObject({
      role: 'talent',
      talentCategory: 'provincialExpert',
      sector: 'hospital',
    });
    expect((await db.audit.toArray()).filter((a) => a.action === 'import')).toMatchObject([
      { entity: 'people', count: 2 },
    ]);
  });

  it('joins a village named with its town; a village name two towns share alone is refused as ambiguous', async () => {
    const db = freshDb();
    const niuzhuang = await unitsRepo.create(aUnit({ kind: 'town', name: '牛庄镇' }));
    const ganquan = await unitsRepo.create(aUnit({ kind: 'town', name: '甘泉镇' }));
    await unitsRepo.create(aUnit({ kind: 'village', name: '东关村', parentId: niuzhuang.id }));
    const east = await unitsRepo.create(aUnit({ kind: 'village', name: '东关村', parentId: ganquan.id }));
    const plan = await planPersonImport(
      sheetOfRows([
        { 人员类别: '单位联络人', 姓名: '孙伟', 所在单位: '甘泉镇·东关村' },
        { 人员类别: '单位联络人', 姓名: '钱丽', 所在单位: '东关村' },
      ]),
      aliases,
      await unitIdsByName(),
    );
    expect(plan.bad).toEqual([{ row: 3, field: 'unitId', rule: 'ambiguous-unit', value: '东关村' }]);
    await importPeople(plan.good);
    expect(await db.people.toArray()).toMatchObject([{ name: '孙伟', unitId: east.id }]);
  });
});
