import type { BonusClaim, ClaimLine } from '../../shared/systems/incentives/claim';
import type { LineFacts } from '../../shared/systems/incentives/lines';
import type { LineReview } from '../../shared/systems/incentives/review';
import type { BonusRound } from '../../shared/systems/incentives/round';

/** Builders for tests of the incentives domain and its repositories. */
let nextLine = 1;
let nextName = 1;

type Facts<R extends LineFacts['rule']> = Extract<LineFacts, { rule: R }>;

export function aPerson(over: Partial<Facts<1>> = {}): Facts<1> {
  return {
    rule: 1,
    name: `引进人才${nextName++}`,
    employer: '海城市中心医院',
    qualification: 'phd',
    isFullTime: true,
    on: '2026-03-10',
    ...over,
  };
}

export function aTrainee(over: Partial<Facts<2>> = {}): Facts<2> {
  return {
    rule: 2,
    name: `培养人才${nextName++}`,
    employer: '海城市高级中学',
    qualification: 'associateSenior',
    isFullTime: true,
    on: '2026-05-10',
    ...over,
  };
}

export function aTalk(over: Partial<Facts<3>> = {}): Facts<3> {
  return { rule: 3, form: 'talk', meeting: '鞍山市人才工作会议', level: 'anshanOrHigher', on: '2026-04-20', ...over };
}

export function anArticle(over: Partial<Facts<4>> = {}): Facts<4> {
  return {
    rule: 4,
    outlet: '鞍山日报',
    level: 'anshanOrHigher',
    title: `人才工作经验${nextName++}`,
    on: '2026-06-01',
    ...over,
  };
}

export function aResult(over: Partial<Facts<5>> = {}): Facts<5> {
  return {
    rule: 5,
    kind: 'contractTurnover',
    description: '促成校企技术合同',
    figures: '12项，3800万元',
    on: '2026-09-01',
    ...over,
  };
}

export const accepted: LineReview = { decision: 'accepted', reason: '', isDistinct: false, by: '王芳', at: '' };

/** A line with an id; pass a review to have it decided. */
export function aLine(facts: LineFacts, review?: LineReview, id = `l${nextLine++}`): ClaimLine {
  return { ...facts, id, evidence: [], ...(review ? { review } : {}) };
}

export function aClaim(over: Partial<BonusClaim> = {}): BonusClaim {
  return {
    id: 'c1',
    roundId: 'r1',
    year: 2026,
    unitId: 'u1',
    receivedOn: '2026-11-10',
    kinds: ['talentResults'],
    summary: '全职引进博士3人，建成院士工作站1个。',
    declaration: { signedBy: '李明', signedOn: '2026-11-09' },
    lines: [],
    opinion: '',
    isCommended: false,
    status: 'received',
    changes: [],
    followUps: [],
    createdAt: '2026-11-10T08:00:00.000Z',
    createdBy: '王芳',
    updatedAt: '2026-11-10T08:00:00.000Z',
    isSample: 0,
    ...over,
  };
}

export function aRound(over: Partial<BonusRound> = {}): BonusRound {
  return {
    id: 'r1',
    year: 2026,
    kind: 'annual',
    title: '2026年度人才工作激励奖励评定',
    subject: '',
    opensOn: '2026-11-01',
    closesOn: '2026-12-15',
    status: 'open',
    slips: [],
    publicity: [],
    createdAt: '2026-10-30T08:00:00.000Z',
    createdBy: '王芳',
    updatedAt: '2026-10-30T08:00:00.000Z',
    isSample: 0,
    ...over,
  };
}
