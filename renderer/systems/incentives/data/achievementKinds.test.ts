import { describe, expect, it } from 'vitest';
import { ACHIEVEMENT_KINDS, type AchievementKind } from '../../../../shared/systems/incentives/claim';
import { aPerson } from '../../../../tests/support/incentivesBuilders';
import { claimInput, incentivesRegistry, NOW, roundInput } from '../../../../tests/support/incentivesFixtures';
import { freshDb } from '../../../../tests/support/testDb';
import zh from '../i18n/zh-CN/incentives.json';
import { claimsRepo } from './claimsRepo';
import { roundsRepo } from './roundsRepo';

/** 激励奖励对象及事项: the seed's five kinds, each with words of the seed the office sees on screen. */
const SEED_KINDS: Array<[string, AchievementKind, string]> = [
  ['S3-1.1', 'talentResults', '人才引育用留成效显著'],
  ['S3-1.2', 'innovation', '重大创新成果、书记抓人才项目、入围创新项目（案例）'],
  ['S3-1.3', 'majorProjects', '重大人才项目或改革试点、鞍山级以上表彰推广或交流、承接重大活动'],
  ['S3-1.4', 'mediaCoverage', '鞍山市级以上媒体报道推广'],
  ['S3-1.5', 'other', '其他'],
];

describe('the seed’s five achievement kinds', () => {
  it('lists exactly the seed’s five kinds, in the seed’s order', () => {
    expect([...ACHIEVEMENT_KINDS]).toEqual(SEED_KINDS.map(([, kind]) => kind));
  });

  it.each(SEED_KINDS)(
    '%s: takes an application for achievement kind %s, named in the seed’s words',
    async (_, kind, words) => {
      freshDb();
      const { town } = await incentivesRegistry();
      const round = await roundsRepo.create(roundInput(), NOW);
      const claim = await claimsRepo.create(claimInput(round.id, town.id, [aPerson()], { kinds: [kind] }), NOW);
      expect((await claimsRepo.get(claim.id))?.kinds).toEqual([kind]);
      expect(zh.achievement[kind]).toBe(words);
    },
  );

  it('refuses an application that names no kind, and keeps nothing of it', async () => {
    const db = freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    await expect(claimsRepo.create(claimInput(round.id, town.id, [aPerson()], { kinds: [] }), NOW)).rejects.toThrow();
    expect(await db.bonusClaims.count()).toBe(0);
  });
});
