import type { ClaimInput } from '../../shared/systems/incentives/claim';
import type { LineFactsInput } from '../../shared/systems/incentives/lines';
import type { RoundInput } from '../../shared/systems/incentives/round';
import { claimsRepo } from '../../renderer/systems/incentives/data/claimsRepo';
import { reviewRepo } from '../../renderer/systems/incentives/data/reviewRepo';
import { roundApprovalRepo } from '../../renderer/systems/incentives/data/roundApprovalRepo';
import { roundsRepo } from '../../renderer/systems/incentives/data/roundsRepo';
import { unitsRepo } from '../../renderer/systems/registry/data/unitsRepo';
import { aUnit } from './builders';
import { anArticle, aPerson, aResult, aTalk, aTrainee } from './incentivesBuilders';

/** System 3's data tests: the clock, three units, a round and the leader. */
export const NOW = new Date('2026-12-10T09:00:00');
export const LATER = new Date('2026-12-20T09:00:00');
export const APPROVED = { decision: 'approved' as const, by: '李强', on: '2026-12-20', remark: '' };

export async function incentivesRegistry() {
  const town = await unitsRepo.create(aUnit({ kind: 'town', name: '牛庄镇', shortName: '牛庄' }));
  const member = await unitsRepo.create(aUnit({ kind: 'member', name: '海城市教育局', shortName: '教育局' }));
  const zone = await unitsRepo.create(aUnit({ kind: 'zone', name: '海城经济开发区', shortName: '开发区' }));
  return { town, member, zone };
}

export function roundInput(over: Partial<RoundInput> = {}): RoundInput {
  return {
    year: 2026,
    kind: 'annual',
    title: '2026年度人才工作激励奖励评定',
    opensOn: '2026-12-01',
    closesOn: '2026-12-31',
    ...over,
  };
}

export function claimInput(roundId: string, unitId: string, lines: LineFactsInput[], over: Partial<ClaimInput> = {}) {
  return {
    roundId,
    unitId,
    receivedOn: '2026-12-05',
    kinds: ['talentResults' as const],
    summary: '全职引进博士2人，建成人才驿站。',
    declaration: { signedBy: '李明', signedOn: '2026-12-04' },
    lines,
    ...over,
  } satisfies ClaimInput;
}

/** Lines over every cap of the year (rules 1–5), the way a busy unit claims. */
export function overTheCaps(): LineFactsInput[] {
  return [
    ...Array.from({ length: 9 }, (_, i) => aPerson({ name: `引进${i}`, employer: '鞍钢集团' })),
    ...Array.from({ length: 9 }, (_, i) => aTrainee({ name: `培养${i}`, employer: '海城高中' })),
    ...Array.from({ length: 5 }, (_, i) => aTalk({ meeting: `鞍山市会议${i}` })),
    ...Array.from({ length: 5 }, (_, i) => anArticle({ title: `鞍山日报稿${i}` })),
    ...Array.from({ length: 4 }, (_, i) => aResult({ description: `成果${i}` })),
  ];
}

/** Accepts every line of a claim and writes its opinion. */
export async function reviewAll(claimId: string, isCommended = true) {
  const claim = (await claimsRepo.get(claimId))!;
  for (const line of claim.lines) await reviewRepo.reviewLine(claimId, line.id, { decision: 'accepted' }, NOW);
  return reviewRepo.writeOpinion(claimId, { opinion: '经审核，申报事项属实。', isCommended }, NOW);
}

/** A round with one claim per unit given, all accepted, put to the leader and approved. */
export async function approvedRound(
  claims: { unitId: string; lines: LineFactsInput[] }[],
  over: Partial<RoundInput> = {},
) {
  const round = await roundsRepo.create(roundInput(over), NOW);
  const made = [];
  for (const [i, c] of claims.entries()) {
    // Entered a minute apart, as an office types them in: the list keeps that order.
    const at = new Date(NOW.getTime() + i * 60_000);
    const claim = await claimsRepo.create(claimInput(round.id, c.unitId, c.lines, { receivedOn: round.opensOn }), at);
    await reviewAll(claim.id);
    made.push(claim);
  }
  await roundApprovalRepo.submit(round.id, LATER);
  const decided = await roundApprovalRepo.decide(round.id, APPROVED, LATER);
  return { round: decided, claims: made };
}
