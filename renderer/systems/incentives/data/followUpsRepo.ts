import { newId } from '../../../../shared/core/common/ids';
import { addDays, localDate } from '../../../../shared/core/common/localDate';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import {
  type FollowUp,
  type FollowUpInput,
  followUpInputSchema,
  followUpRule,
} from '../../../../shared/systems/incentives/followUp';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import { putClaim } from './claimsRepo';
import { claimView, incentivesTables, incentivesWriteTables, requireClaim } from './incentivesTables';
import { invalid, parseIncentives, refuse } from './refusals';

/** 临期: a follow-up counts as due from this many days before its date (the app's one definition). */
export const FOLLOW_UP_SOON_DAYS = 7;

const dueRange = (today: string) =>
  incentivesTables().claims.where('followUpDueOn').belowOrEqual(addDays(today, FOLLOW_UP_SOON_DAYS));

/**
 * 事后跟踪问效 (S3-4.2): follow-ups of awards, each with its finding. A finding of 虚报、瞒报 is
 * then drafted as a revocation (changesRepo), which the leader decides.
 */
export const followUpsRepo = {
  async record(claimId: string, input: FollowUpInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(followUpInputSchema, input);
    const session = requireSession();
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const claim = claimView(await requireClaim(claimId));
      const rule = followUpRule(claim, valid.on, localDate(now));
      if (rule === 'claim-not-awarded') throw refuse(rule);
      if (rule) throw invalid('on', rule);
      const followUp: FollowUp = {
        ...valid,
        id: newId(),
        recordedAt: now.toISOString(),
        recordedBy: session.displayName,
      };
      const next = { ...claim, followUps: [...claim.followUps, followUp], updatedAt: now.toISOString() };
      return putClaim(next, audit, 'follow-up', followUp);
    });
  },

  /** Awards without a follow-up whose date is within the week or past, the earliest first. */
  listDue: (today = localDate(new Date())) => read(() => dueRange(today).sortBy('followUpDueOn')),

  countDue: (today = localDate(new Date())) => read(() => dueRange(today).count()),
};
