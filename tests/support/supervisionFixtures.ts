import type { CheckInput } from '../../shared/systems/supervision/check';
import { checksRepo } from '../../renderer/systems/supervision/data/checksRepo';
import { unitsRepo } from '../../renderer/systems/registry/data/unitsRepo';
import { aUnit } from './builders';

/** A small registry for System 2's data tests: a member unit, a town with five villages, a zone. */
export async function supervisionRegistry() {
  const member = await unitsRepo.create(aUnit({ kind: 'member', name: '海城市教育局' }));
  const town = await unitsRepo.create(
    aUnit({ kind: 'town', name: '牛庄镇', shortName: '牛庄', partyOrgName: '中共海城市牛庄镇委员会' }),
  );
  const zone = await unitsRepo.create(aUnit({ kind: 'zone', name: '海城经济开发区', shortName: '开发区' }));
  const villages = [];
  for (const name of ['东四方台村', '大河村', '西牛村', '腾鳌村', '前房村'])
    villages.push(
      await unitsRepo.create(aUnit({ kind: 'village', name, shortName: '', partyOrgName: '', parentId: town.id })),
    );
  return { member, town, zone, villages };
}

export function checkInput(over: Partial<CheckInput> = {}): CheckInput {
  return {
    title: '2026年第二季度招工招才工作督查',
    category: 'recruitment',
    content: '检查招工招才工作开展情况。',
    method: 'research',
    targetUnitIds: [],
    startOn: '2026-05-12',
    endOn: '2026-05-20',
    secrecy: 'internal',
    ...over,
  };
}

export const APPROVED = { decision: 'approved' as const, by: '李强', on: '2026-05-06', remark: '' };

/** A check created, put to the leader and approved. */
export async function approvedCheck(over: Partial<CheckInput>, now: Date) {
  const check = await checksRepo.create(checkInput(over), now);
  await checksRepo.submit(check.id, now);
  return checksRepo.recordDecision(check.id, APPROVED, now);
}
