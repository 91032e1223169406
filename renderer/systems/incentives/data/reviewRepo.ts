import { findDuplicates, hasCountingTwin, yearLines } from '../../../../shared/systems/incentives/duplicates';
import {
  type LineReview,
  type LineReviewInput,
  lineReviewInputSchema,
  lineReviewRule,
  type OpinionInput,
  opinionSchema,
  reviewStatus,
} from '../../../../shared/systems/incentives/review';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import { putClaim } from './claimsRepo';
import { claimView, incentivesTables, incentivesWriteTables, requireClaim, requireRound } from './incentivesTables';
import { invalid, parseIncentives, refuse } from './refusals';

async function requireReviewable(id: string): Promise<BonusClaim> {
  const claim = claimView(await requireClaim(id));
  const round = await requireRound(claim.roundId);
  if (round.status !== 'open' || (claim.status !== 'received' && claim.status !== 'reviewed'))
    throw refuse('claim-not-editable');
  return claim;
}

/**
 * 资格审核 (S3-3.2): per line accept, reduce or reject with a reason; possible duplicates across
 * the year must be settled before a flagged line can count; then the office's 初步意见.
 */
export const reviewRepo = {
  async reviewLine(claimId: string, lineId: string, input: LineReviewInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(lineReviewInputSchema, input);
    const session = requireSession();
    const { claims } = incentivesTables();
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const claim = await requireReviewable(claimId);
      const line = claim.lines.find((l) => l.id === lineId);
      if (!line) throw invalid('lines', 'unknown-line');
      // The year's other lines, every unit and round: the same person or article counts once.
      const year = (await claims.where('year').equals(claim.year).toArray()).filter((c) => c.id !== claim.id);
      const twins = findDuplicates(yearLines([...year, claim]));
      const rule = lineReviewRule(line, valid, hasCountingTwin(twins, lineId));
      if (rule === 'duplicate-unsettled') throw refuse(rule);
      if (rule) throw invalid(rule === 'line-not-eligible' ? 'decision' : 'acceptedLevel', rule);
      const review: LineReview = { ...valid, by: session.displayName, at: now.toISOString() };
      const lines = claim.lines.map((l) => (l.id === lineId ? { ...l, review } : l));
      const next = { ...claim, lines, status: reviewStatus({ ...claim, lines }), updatedAt: now.toISOString() };
      return putClaim(next, audit, 'review', { lineId, review }, line.review ? { lineId, review: line.review } : null);
    });
  },

  /** 初步意见 and whether the office proposes the unit for the 表扬通报. */
  async writeOpinion(claimId: string, input: OpinionInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(opinionSchema, input);
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const claim = await requireReviewable(claimId);
      const next = { ...claim, ...valid, updatedAt: now.toISOString() };
      return putClaim({ ...next, status: reviewStatus(next) }, audit, 'review', valid, {
        opinion: claim.opinion,
        isCommended: claim.isCommended,
      });
    });
  },

  /** The year's claims, for the duplicate flags a screen shows beside each line. */
  yearClaims: (year: number) => read(() => incentivesTables().claims.where('year').equals(year).toArray()),
};
