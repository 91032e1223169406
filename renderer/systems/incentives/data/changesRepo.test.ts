import { describe, expect, it } from 'vitest';
import { aPerson, anArticle } from '../../../../tests/support/incentivesBuilders';
import { approvedRound, claimInput, incentivesRegistry } from '../../../../tests/support/incentivesFixtures';
import { freshDb } from '../../../../tests/support/testDb';
import { changesRepo } from './changesRepo';
import { claimsRepo } from './claimsRepo';
import { followUpsRepo } from './followUpsRepo';
import { ledgerRepo } from './ledgerRepo';
import { reportsRepo } from './reportsRepo';

const FOUND = new Date('2027-03-02T09:00:00');
const SIGNED = new Date('2027-03-06T09:00:00');
const DECISION = { decision: 'approved' as const, by: '李强', on: '2027-03-06', remark: '' };

async function twoUnitsAwarded() {
  freshDb();
  const { town, member } = await incentivesRegistry();
  const { round, claims } = await approvedRound([
    { unitId: town.id, lines: [aPerson(), aPerson(), anArticle()] },
    { unitId: member.id, lines: [aPerson()] },
  ]);
  return { round, town, member, claim: claims[0], other: claims[1] };
}

describe('revocation (S3-4.2: 虚报、瞒报 → 取消激励奖励资格)', () => {
  it('revokes an award only through a 呈批单 the leader signed: its points fall away and the unit leaves the round', async () => {
    const { round, town, claim } = await twoUnitsAwarded();
    await followUpsRepo.record(
      claim.id,
      { on: '2027-03-02', method: 'visit', finding: 'falseClaim', note: '引进人才未到岗' },
      FOUND,
    );
    await changesRepo.draftRevocation(claim.id, { reason: '引进人才未全职到岗，系虚报', foundOn: '2027-03-02' }, FOUND);
    await expect(changesRepo.decide(claim.id, DECISION, SIGNED)).rejects.toMatchObject({
      params: { reason: 'incentives.rules.change-slip-first' },
    });
    const slip = await changesRepo.issueSlip(claim.id, new Date('2027-03-05T09:00:00'));
    expect(slip.document.form?.rows.find((r) => r.label === '拟办意见')?.value).toContain('扣减绩效加分1分');
    expect((await ledgerRepo.standing(2026, town.id)).total).toBe(10);
    await expect(changesRepo.decide(claim.id, { ...DECISION, on: '2027-03-04' }, SIGNED)).rejects.toMatchObject({
      params: { rule: 'incentives.rules.before-slip' },
    });
    const revoked = await changesRepo.decide(claim.id, DECISION, SIGNED);
    expect(revoked.status).toBe('revoked');
    const entries = await ledgerRepo.listClaim(claim.id);
    expect(entries.map((e) => [e.kind, e.totalTenths, e.reason, e.slipNumber, e.decidedBy])).toEqual([
      ['award', 10, round.title, '海人才办呈〔2026〕1号', '李强'],
      ['revocation', -10, '引进人才未全职到岗，系虚报', slip.number, '李强'],
    ]);
    expect((await ledgerRepo.standing(2026, town.id)).total).toBe(0);
    await expect(claimsRepo.create(claimInput(round.id, town.id, []), SIGNED)).rejects.toMatchObject({
      params: { reason: expect.stringMatching(/round-not-open|unit-revoked-in-round/) },
    });
  });

  it('shows a revoked award in every later report with its reason, never silently gone', async () => {
    const { town, member, claim } = await twoUnitsAwarded();
    await changesRepo.draftRevocation(claim.id, { reason: '瞒报', foundOn: '2027-03-02' }, FOUND);
    await changesRepo.issueSlip(claim.id, FOUND);
    await changesRepo.decide(claim.id, DECISION, SIGNED);
    const rows = await reportsRepo.unitYear(2026);
    const townRow = rows.find((r) => r.unitId === town.id)!;
    expect(townRow.total).toBe(0);
    expect(townRow.revoked).toMatchObject([{ claimId: claim.id, reason: '瞒报', tenths: 10, decidedBy: '李强' }]);
    expect(townRow.rules[0]).toMatchObject({ claimedCount: 2, acceptedCount: 0, revokedCount: 2, revokedTenths: 5 });
    expect(rows.find((r) => r.unitId === member.id)?.total).toBe(5);
    expect((await reportsRepo.assessment(2026)).get(member.id)).toBe(5);
  });

  it('corrects an award by the leader’s decision, keeping the earlier review in the line’s history', async () => {
    const { town, claim } = await twoUnitsAwarded();
    const article = claim.lines[2].id;
    await changesRepo.draftCorrection(
      claim.id,
      {
        reason: '经核实该稿件刊发于海城日报',
        foundOn: '2027-03-02',
        lines: [
          { lineId: article, review: { decision: 'reduced', reason: '海城市级报刊', acceptedLevel: 'haicheng' } },
        ],
      },
      FOUND,
    );
    await changesRepo.issueSlip(claim.id, FOUND);
    const corrected = await changesRepo.decide(claim.id, DECISION, SIGNED);
    expect(corrected.status).toBe('awarded');
    expect(corrected.lines[2].review?.decision).toBe('reduced');
    expect(corrected.lines[2].reviewHistory?.[0].decision).toBe('accepted');
    expect((await ledgerRepo.standing(2026, town.id)).total).toBe(7);
  });

  it('refuses a second change while one waits, and a change of a claim never awarded', async () => {
    const { claim } = await twoUnitsAwarded();
    await changesRepo.draftRevocation(claim.id, { reason: '虚报', foundOn: '2027-03-02' }, FOUND);
    await expect(
      changesRepo.draftRevocation(claim.id, { reason: '再次', foundOn: '2027-03-02' }, FOUND),
    ).rejects.toMatchObject({
      params: { reason: 'incentives.rules.change-pending' },
    });
    await changesRepo.discardDraft(claim.id, FOUND);
    expect((await claimsRepo.get(claim.id))?.changes).toEqual([]);
  });
});
