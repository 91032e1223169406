import { localDate } from '../../../../shared/core/common/localDate';
import { read } from '../../../core/data/write';
import { claimsRepo } from './claimsRepo';
import { followUpsRepo } from './followUpsRepo';
import { incentivesTables } from './incentivesTables';

/** What waits for the leader: rounds whose list is on a 呈批单, and claims whose change is. */
export async function awaitingLeaderInTransaction() {
  const t = incentivesTables();
  const [rounds, claims] = await Promise.all([
    t.rounds.where('status').equals('submitted').toArray(),
    t.claims.where('awaitingLeader').equals(1).toArray(),
  ]);
  return { rounds, claims };
}

/**
 * The Dashboard's three System 3 figures. Each is counted by the very query its list runs, so a
 * count always equals the list it opens.
 */
export const incentivesDashboardRepo = {
  awaitingLeader: () => read(awaitingLeaderInTransaction),

  async counts(today = localDate(new Date())) {
    const leader = await read(awaitingLeaderInTransaction);
    return {
      awaitingReview: await claimsRepo.countAwaitingReview(),
      awaitingLeader: leader.rounds.length + leader.claims.length,
      followUpsDue: await followUpsRepo.countDue(today),
    };
  },
};
