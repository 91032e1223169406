import { describe, expect, it } from 'vitest';
import { aPerson } from '../../../../tests/support/incentivesBuilders';
import {
  approvedRound,
  claimInput,
  incentivesRegistry,
  NOW,
  roundInput,
} from '../../../../tests/support/incentivesFixtures';
import { freshDb } from '../../../../tests/support/testDb';
import { changesRepo } from './changesRepo';
import { claimsRepo } from './claimsRepo';
import { commendationRepo } from './commendationRepo';
import { incentivesDashboardRepo } from './dashboardRepo';
import { followUpsRepo } from './followUpsRepo';
import { roundsRepo } from './roundsRepo';

describe('follow-up and the Dashboard', () => {
  it('counts what awaits review, the leader and a follow-up, each equal to its list', async () => {
    freshDb();
    const { town, member, zone } = await incentivesRegistry();
    const { claims } = await approvedRound([
      { unitId: town.id, lines: [aPerson()] },
      { unitId: member.id, lines: [aPerson()] },
    ]);
    const special = await roundsRepo.create(
      roundInput({ kind: 'special', title: '专项评定', subject: '人才驿站建设', opensOn: '2026-12-01' }),
      NOW,
    );
    await claimsRepo.create(claimInput(special.id, zone.id, [aPerson()]), NOW);
    await changesRepo.draftRevocation(
      claims[1].id,
      { reason: '虚报', foundOn: '2026-12-20' },
      new Date('2026-12-21T09:00'),
    );
    await changesRepo.issueSlip(claims[1].id, new Date('2026-12-21T09:00'));
    // Awarded 2026-12-20: the follow-up is due 2027-03-20, counted from a week before.
    const before = await incentivesDashboardRepo.counts('2027-03-12');
    expect(before).toEqual({ awaitingReview: 1, awaitingLeader: 1, followUpsDue: 0 });
    const due = await incentivesDashboardRepo.counts('2027-03-13');
    expect(due.followUpsDue).toBe(2);
    expect((await followUpsRepo.listDue('2027-03-13')).map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
    expect((await claimsRepo.listAwaitingReview()).length).toBe(due.awaitingReview);
    const leader = await incentivesDashboardRepo.awaitingLeader();
    expect(leader.rounds.length + leader.claims.length).toBe(due.awaitingLeader);
    await followUpsRepo.record(
      claims[0].id,
      { on: '2026-12-30', method: 'documents', finding: 'confirmed' },
      new Date('2027-01-02T09:00'),
    );
    expect((await incentivesDashboardRepo.counts('2027-03-13')).followUpsDue).toBe(1);
  });
});

describe('commendations (S3-2.1)', () => {
  it('publishes the 表扬通报, the 成果表彰会 and new-media records only after the leader approved, for awarded units', async () => {
    freshDb();
    const { town, member } = await incentivesRegistry();
    const open = await roundsRepo.create(
      roundInput({ kind: 'special', title: '专项', subject: '专项工作', opensOn: '2026-12-01' }),
      NOW,
    );
    await expect(
      commendationRepo.issueCircular(open.id, { prefix: '海人才办发', secrecy: 'public' }, NOW),
    ).rejects.toMatchObject({
      params: { reason: 'incentives.rules.round-not-approved' },
    });
    const { round } = await approvedRound([{ unitId: town.id, lines: [aPerson()] }]);
    const after = new Date('2026-12-28T09:00:00');
    const circular = await commendationRepo.issueCircular(round.id, { prefix: '海人才办发', secrecy: 'public' }, after);
    expect(circular).toMatchObject({ kind: 'circular', number: '海人才办发〔2026〕1号' });
    expect(circular.document.signature?.organ).toBe('海城市人才工作领导小组办公室');
    await expect(
      commendationRepo.recordCeremony(
        round.id,
        {
          title: '2026年度人才工作成果表彰会',
          heldOn: '2026-12-27',
          place: '市委礼堂',
          unitIds: [member.id],
          decision: '表彰决定',
        },
        after,
      ),
    ).rejects.toMatchObject({ params: { rule: 'incentives.rules.unit-not-awarded' } });
    const withCeremony = await commendationRepo.recordCeremony(
      round.id,
      {
        title: '2026年度人才工作成果表彰会',
        heldOn: '2026-12-27',
        place: '市委礼堂',
        unitIds: [town.id],
        decision: '海人才发〔2026〕9号',
      },
      after,
    );
    expect(withCeremony.ceremony?.unitIds).toEqual([town.id]);
    const pub = await commendationRepo.addPublicity(
      round.id,
      {
        platform: 'douyin',
        title: '牛庄镇人才驿站',
        publishedOn: '2026-12-28',
        linkText: 'v.douyin.com/abc',
        unitIds: [town.id],
      },
      after,
    );
    expect(pub.platform).toBe('douyin');
  });
});
