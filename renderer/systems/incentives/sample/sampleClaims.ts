import type { LocalDate } from '../../../../shared/core/common/localDate';
import type { BonusClaim, ClaimLine } from '../../../../shared/systems/incentives/claim';
import type { LineFacts } from '../../../../shared/systems/incentives/lines';
import type { LineReview } from '../../../../shared/systems/incentives/review';
import type { BonusRound } from '../../../../shared/systems/incentives/round';
import type { Random } from '../../../core/sample';
import {
  ARTICLE_TOPICS,
  EMPLOYERS,
  GIVEN,
  MEETINGS,
  OUTLETS_ANSHAN,
  OUTLETS_HAICHENG,
  RESULTS,
  SURNAMES,
} from './samplePhrases';

/** Line items and claims for the sample year, each a valid record of its kind. */
export function sampleFacts(rng: Random) {
  let n = 0;
  const name = () => `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7 + 3) % GIVEN.length]}${n++ >= 20 ? n : ''}`;
  return {
    person: (
      rule: 1 | 2,
      on: LocalDate,
      over: Partial<Extract<LineFacts, { rule: 1 }>> = {},
    ): Extract<LineFacts, { rule: 1 | 2 }> => ({
      rule,
      name: name(),
      employer: rng.pick(EMPLOYERS),
      qualification: rng.pick(['phd', 'associateSenior', 'senior'] as const),
      isFullTime: true,
      on,
      ...over,
    }),
    talk: (on: LocalDate): LineFacts => ({
      rule: 3,
      form: rng.chance(0.7) ? 'talk' : 'hosted',
      meeting: `${MEETINGS[n++ % MEETINGS.length]}`,
      level: 'anshanOrHigher',
      on,
    }),
    article: (level: 'haicheng' | 'anshanOrHigher', on: LocalDate, unit: string): LineFacts => ({
      rule: 4,
      outlet: rng.pick(level === 'haicheng' ? OUTLETS_HAICHENG : OUTLETS_ANSHAN),
      level,
      title: `${unit}${ARTICLE_TOPICS[n++ % ARTICLE_TOPICS.length]}${n > ARTICLE_TOPICS.length ? `（${n}）` : ''}`,
      on,
    }),
    result: (on: LocalDate): LineFacts => {
      const [kind, description, figures] = RESULTS[n++ % RESULTS.length];
      return { rule: 5, kind, description, figures, on };
    },
  };
}

export function reviewed(
  decision: LineReview['decision'],
  at: LocalDate,
  reason = '',
  over: Partial<LineReview> = {},
): LineReview {
  return { decision, reason, isDistinct: false, by: '示例审核员', at: `${at}T03:00:00.000Z`, ...over };
}

export function sampleLine(rng: Random, facts: LineFacts, review?: LineReview): ClaimLine {
  return { ...facts, id: rng.uuid(), evidence: [], ...(review ? { review } : {}) };
}

export function sampleClaim(
  rng: Random,
  round: BonusRound,
  unitId: string,
  lines: ClaimLine[],
  over: Partial<BonusClaim> & { receivedOn: LocalDate; summary: string },
): BonusClaim {
  const at = `${over.receivedOn}T02:00:00.000Z`;
  return {
    id: rng.uuid(),
    roundId: round.id,
    year: round.year,
    unitId,
    kinds: ['talentResults'],
    declaration: { signedBy: '示例联系人', signedOn: over.receivedOn },
    lines,
    opinion: '',
    isCommended: false,
    status: 'received',
    changes: [],
    followUps: [],
    createdAt: at,
    createdBy: '示例',
    updatedAt: at,
    isSample: 1,
    ...over,
  };
}

export function sampleRound(
  rng: Random,
  over: Partial<BonusRound> & Pick<BonusRound, 'kind' | 'title' | 'opensOn' | 'closesOn'>,
): BonusRound {
  const at = `${over.opensOn}T01:00:00.000Z`;
  return {
    id: rng.uuid(),
    year: Number(over.opensOn.slice(0, 4)),
    subject: '',
    status: 'open',
    slips: [],
    publicity: [],
    createdAt: at,
    createdBy: '示例',
    updatedAt: at,
    isSample: 1,
    ...over,
  };
}
