import { describe, expect, it } from 'vitest';
import { aPerson, anArticle, aTalk } from '../../../../tests/support/incentivesBuilders';
import {
  APPROVED,
  approvedRound,
  claimInput,
  incentivesRegistry,
  LATER,
  NOW,
  overTheCaps,
  reviewAll,
  roundInput,
} from '../../../../tests/support/incentivesFixtures';
import { freshDb } from '../../../../tests/support/testDb';
import { claimsRepo } from './claimsRepo';
import { ledgerRepo } from './ledgerRepo';
import { reviewRepo } from './reviewRepo';
import { roundApprovalRepo } from './roundApprovalRepo';
import { roundsRepo } from './roundsRepo';

describe('review (S3-3.2)', () => {
  it('decides each line, with a reason to reduce or reject, and writes the office’s preliminary opinion', async () => {
    freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const claim = await claimsRepo.create(claimInput(round.id, town.id, [aPerson(), anArticle(), aTalk()]), NOW);
    const [person, article, talk] = claim.lines.map((l) => l.id);
    await reviewRepo.reviewLine(claim.id, person, { decision: 'accepted' }, NOW);
    await expect(reviewRepo.reviewLine(claim.id, talk, { decision: 'rejected' }, NOW)).rejects.toMatchObject({
      code: 'validation',
      params: { rule: 'reason-required' },
    });
    await reviewRepo.reviewLine(claim.id, talk, { decision: 'rejected', reason: '无会议通知' }, NOW);
    const reduced = await reviewRepo.reviewLine(
      claim.id,
      article,
      { decision: 'reduced', reason: '刊发于海城日报', acceptedLevel: 'haicheng' },
      NOW,
    );
    expect(reduced.status).toBe('received');
    const done = await reviewRepo.writeOpinion(claim.id, { opinion: '认定2项。', isCommended: false }, NOW);
    expect(done.status).toBe('reviewed');
  });

  it('flags the same person claimed by two units and counts the second only once the reviewer settles it', async () => {
    freshDb();
    const { town, member } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const zhang = aPerson({ name: '张伟', employer: '鞍钢集团海城分公司' });
    const a = await claimsRepo.create(claimInput(round.id, town.id, [zhang]), NOW);
    const b = await claimsRepo.create(claimInput(round.id, member.id, [{ ...zhang, rule: 2 }]), NOW);
    await reviewRepo.reviewLine(a.id, a.lines[0].id, { decision: 'accepted' }, NOW);
    await expect(reviewRepo.reviewLine(b.id, b.lines[0].id, { decision: 'accepted' }, NOW)).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'incentives.rules.duplicate-unsettled' },
    });
    const settled = await reviewRepo.reviewLine(
      b.id,
      b.lines[0].id,
      { decision: 'accepted', isDistinct: true, reason: '经核对身份证号，系同名不同人' },
      NOW,
    );
    expect(settled.lines[0].review).toMatchObject({ isDistinct: true });
  });
});

describe('the leader’s sign-off (S3-3.3)', () => {
  it('puts the list to the leader on a numbered 呈批单 only when every application is reviewed, and freezes it there', async () => {
    freshDb();
    const { town, member } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const claim = await claimsRepo.create(claimInput(round.id, town.id, [aPerson()]), NOW);
    await expect(roundApprovalRepo.submit(round.id, NOW)).rejects.toMatchObject({
      params: { reason: 'incentives.rules.claims-unreviewed' },
    });
    await reviewAll(claim.id);
    const slip = await roundApprovalRepo.submit(round.id, NOW);
    expect(slip).toMatchObject({ kind: 'approvalSlip', number: '海人才办呈〔2026〕1号' });
    expect(slip.document.form?.attachment?.title).toBe('激励奖励对象和加分名单');
    await expect(claimsRepo.create(claimInput(round.id, member.id, []), NOW)).rejects.toMatchObject({
      params: { reason: 'incentives.rules.round-not-open' },
    });
    await expect(
      reviewRepo.reviewLine(claim.id, claim.lines[0].id, { decision: 'rejected', reason: '改' }, NOW),
    ).rejects.toMatchObject({
      params: { reason: 'incentives.rules.claim-not-editable' },
    });
    expect(await ledgerRepo.listYear(2026)).toEqual([]);
  });

  it('records the decision dated no earlier than the slip was printed and no later than today', async () => {
    freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const claim = await claimsRepo.create(claimInput(round.id, town.id, [aPerson()]), NOW);
    await reviewAll(claim.id);
    await roundApprovalRepo.submit(round.id, LATER);
    await expect(roundApprovalRepo.decide(round.id, { ...APPROVED, on: '2026-12-19' }, LATER)).rejects.toMatchObject({
      params: { field: 'incentives.fields.on', rule: 'incentives.rules.before-slip' },
    });
    await expect(roundApprovalRepo.decide(round.id, { ...APPROVED, on: '2026-12-21' }, LATER)).rejects.toMatchObject({
      params: { rule: 'date-in-future' },
    });
    expect((await roundsRepo.get(round.id))?.status).toBe('submitted');
  });

  it('applies the points only when the signed decision is recorded, one ledger entry per unit, capped at 5.0', async () => {
    freshDb();
    const { town, member } = await incentivesRegistry();
    const { round, claims } = await approvedRound([
      { unitId: town.id, lines: overTheCaps() },
      { unitId: member.id, lines: [aPerson({ name: '王强' }), anArticle({ level: 'haicheng', title: '教育人才' })] },
    ]);
    expect(round.status).toBe('approved');
    const entries = await ledgerRepo.listYear(2026);
    expect(entries.map((e) => [e.unitId, e.kind, e.totalTenths, e.slipNumber, e.decidedBy])).toEqual([
      [town.id, 'award', 50, '海人才办呈〔2026〕1号', '李强'],
      [member.id, 'award', 7, '海人才办呈〔2026〕1号', '李强'],
    ]);
    expect(entries[0].byRule).toEqual({ 1: 10, 2: 10, 3: 4, 4: 20, 5: 6 });
    expect((await claimsRepo.get(claims[0].id))?.status).toBe('awarded');
  });

  it('gives nothing on a rejection, and reopens the round for changes on a return', async () => {
    freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const claim = await claimsRepo.create(claimInput(round.id, town.id, [aPerson()]), NOW);
    await reviewAll(claim.id);
    await roundApprovalRepo.submit(round.id, LATER);
    const returned = await roundApprovalRepo.decide(
      round.id,
      { ...APPROVED, decision: 'returned', remark: '补充材料' },
      LATER,
    );
    expect(returned.status).toBe('open');
    await reviewRepo.reviewLine(claim.id, claim.lines[0].id, { decision: 'rejected', reason: '材料不全' }, LATER);
    await reviewRepo.writeOpinion(claim.id, { opinion: '不予认定', isCommended: true }, LATER);
    await roundApprovalRepo.submit(round.id, LATER);
    const rejected = await roundApprovalRepo.decide(
      round.id,
      { ...APPROVED, decision: 'rejected', remark: '不同意' },
      LATER,
    );
    expect(rejected.status).toBe('rejected');
    expect(rejected.slips).toHaveLength(2);
    expect((await claimsRepo.get(claim.id))?.status).toBe('notAwarded');
    expect(await ledgerRepo.listYear(2026)).toEqual([]);
  });

  it('holds every cap across the rounds of a year, and refuses a list that no longer matches the ledger', async () => {
    freshDb();
    const { town } = await incentivesRegistry();
    const special = await roundsRepo.create(
      roundInput({ kind: 'special', title: '招才引智专项评定', subject: '“双招双引”专项行动', opensOn: '2026-12-01' }),
      NOW,
    );
    const claim = await claimsRepo.create(
      claimInput(special.id, town.id, [aPerson(), aPerson(), aPerson(), aPerson()]),
      NOW,
    );
    await reviewAll(claim.id);
    await roundApprovalRepo.submit(special.id, LATER);
    // The annual round is decided first: four people, 0.6.
    await approvedRound([
      { unitId: town.id, lines: Array.from({ length: 4 }, (_, i) => aPerson({ name: `年度${i}` })) },
    ]);
    await expect(roundApprovalRepo.decide(special.id, APPROVED, LATER)).rejects.toMatchObject({
      params: { reason: 'incentives.rules.list-stale' },
    });
    await roundApprovalRepo.withdrawSlip(special.id, '年度评定已先行兑现，重新测算', LATER);
    const afterwards = new Date('2026-12-20T15:00:00');
    await roundApprovalRepo.submit(special.id, afterwards);
    await roundApprovalRepo.decide(special.id, APPROVED, afterwards);
    const standing = await ledgerRepo.standing(2026, town.id);
    expect(standing.byRule[1]).toBe(10);
    expect((await ledgerRepo.listYear(2026)).map((e) => e.totalTenths)).toEqual([6, 4]);
  });
});
