import { newId } from '../../../../shared/core/common/ids';
import { type BonusRound, type RoundInput, roundInputSchema } from '../../../../shared/systems/incentives/round';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import { incentivesTables, requireRound } from './incentivesTables';
import { parseIncentives, refuse } from './refusals';

/**
 * 评定 rounds (S3-4.3): one annual round per year, with the annual assessment, and special rounds
 * for specific work at any time. A round's window and title change only while it is open and
 * has no application outside the new window.
 */
export const roundsRepo = {
  async create(input: RoundInput, now = new Date()): Promise<BonusRound> {
    const valid = parseIncentives(roundInputSchema, input);
    const session = requireSession();
    const { rounds } = incentivesTables();
    return writeWithAudit([rounds], async (audit) => {
      if (valid.kind === 'annual') {
        const same = await rounds
          .where('year')
          .equals(valid.year)
          .filter((r) => r.kind === 'annual')
          .count();
        if (same > 0) throw refuse('annual-round-exists');
      }
      const stamp = now.toISOString();
      const round: BonusRound = {
        ...valid,
        id: newId(),
        status: 'open',
        slips: [],
        publicity: [],
        createdAt: stamp,
        createdBy: session.displayName,
        updatedAt: stamp,
        isSample: 0,
      };
      await rounds.add(round);
      await audit('bonusRounds', round.id, 'create', null, round);
      return round;
    });
  },

  async update(id: string, input: RoundInput, now = new Date()): Promise<BonusRound> {
    const valid = parseIncentives(roundInputSchema, input);
    const { rounds, claims } = incentivesTables();
    return writeWithAudit([rounds, claims], async (audit) => {
      const prev = await requireRound(id);
      if (prev.status !== 'open') throw refuse('round-not-open');
      if (valid.kind !== prev.kind || valid.year !== prev.year) {
        if ((await claims.where('roundId').equals(id).count()) > 0) throw refuse('round-has-claims');
      }
      const outside = await claims
        .where('roundId')
        .equals(id)
        .filter((c) => c.receivedOn < valid.opensOn || c.receivedOn > valid.closesOn)
        .count();
      if (outside > 0) throw refuse('claims-outside-window');
      const next: BonusRound = { ...prev, ...valid, updatedAt: now.toISOString() };
      await rounds.put(next);
      await audit('bonusRounds', id, 'update', prev, next);
      return next;
    });
  },

  get: (id: string) => read(() => incentivesTables().rounds.get(id)),

  /** A year's rounds, the latest window first. */
  listYear: (year: number) =>
    read(async () =>
      (await incentivesTables().rounds.where('year').equals(year).toArray()).sort(
        (a, b) => b.opensOn.localeCompare(a.opensOn) || b.createdAt.localeCompare(a.createdAt),
      ),
    ),

  /** The years that have rounds, newest first, with this year always among them. */
  years: (thisYear: number) =>
    read(async () => {
      const years = new Set<number>([thisYear]);
      await incentivesTables()
        .rounds.orderBy('year')
        .eachUniqueKey((y) => void years.add(Number(y)));
      return [...years].sort((a, b) => b - a);
    }),

  /** 呈批单 printed, waiting for the leader (Dashboard: lists awaiting the leader). */
  listSubmitted: () => read(() => incentivesTables().rounds.where('status').equals('submitted').toArray()),
};
