import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import type { SecrecyLevel } from '../../../../shared/core/common/secrecy';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import {
  type CeremonyInput,
  ceremonyInputSchema,
  commendedUnitsRule,
  type Publicity,
  type PublicityInput,
  publicityInputSchema,
} from '../../../../shared/systems/incentives/commendation';
import { buildCommendationCircular } from '../../../../shared/systems/incentives/documents/commendationCircular';
import { type BonusRound, mayCommend } from '../../../../shared/systems/incentives/round';
import { getDb } from '../../../core/data/db';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { requireSession } from '../../../core/data/session';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { writeWithAudit } from '../../../core/data/write';
import { incentivesTables, incentivesWriteTables, requireRound } from './incentivesTables';
import { invalid, parseIncentives, refuse } from './refusals';
import { unitNamesAt } from './unitNames';

/** The round once the leader approved it, and the units it awarded (not revoked). */
async function approvedRound(roundId: string): Promise<{ round: BonusRound; awarded: Set<string> }> {
  const round = await requireRound(roundId);
  if (!mayCommend(round)) throw refuse('round-not-approved');
  const claims = await incentivesTables().claims.where('roundId').equals(roundId).toArray();
  return { round, awarded: new Set(claims.filter((c) => c.status === 'awarded').map((c) => c.unitId)) };
}

/**
 * 宣传表彰 (S3-2.1), only after the leader approved the round's list (S3-3.3): the 表扬通报 in the
 * office's name, the 成果表彰会 in the Leading Group's, and new-media publicity records.
 */
export const commendationRepo = {
  /** 表扬通报 for the units proposed for commendation on the approved list, numbered once. */
  async issueCircular(
    roundId: string,
    options: { prefix: string; secrecy: SecrecyLevel; extra?: string },
    now = new Date(),
  ): Promise<IssuedDocument> {
    const office = await settingsRepo.office();
    if (!office.documentPrefixes.includes(options.prefix)) throw invalid('prefix', 'unknown-prefix');
    const db = getDb();
    return writeWithAudit([...incentivesWriteTables(), db.units, db.docSequences, db.documents], async (audit) => {
      const { round } = await approvedRound(roundId);
      if (round.circular) throw refuse('circular-issued');
      const claims = (await incentivesTables().claims.where('roundId').equals(roundId).toArray()).filter(
        (c) => c.status === 'awarded' && c.isCommended,
      );
      if (claims.length === 0) throw refuse('nobody-commended');
      const date = localDate(now);
      const unitName = await unitNamesAt(
        claims.map((c) => c.unitId),
        date,
      );
      const issued = await documentsRepo.issue(
        {
          kind: 'circular',
          series: { prefix: options.prefix, style: 'docNumber' },
          sourceId: `bonusRounds:${round.id}:circular`,
          build: (n) =>
            buildCommendationCircular(
              round,
              claims.map((c) => ({ unitName: unitName(c.unitId), summary: c.summary })),
              { office, number: n.number, date, secrecy: options.secrecy, extra: options.extra },
            ),
          isSample: round.isSample,
        },
        now,
      );
      const next = {
        ...round,
        circular: { documentId: issued.id, number: issued.number, issuedOn: date },
        updatedAt: now.toISOString(),
      };
      await incentivesTables().rounds.put(next);
      await audit('bonusRounds', round.id, 'commend', null, { circular: issued.number });
      return issued;
    });
  },

  /** 成果表彰会 in the Leading Group's name: when, where, the units commended and the decision. */
  async recordCeremony(roundId: string, input: CeremonyInput, now = new Date()): Promise<BonusRound> {
    const valid = parseIncentives(ceremonyInputSchema, input);
    const session = requireSession();
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const { round, awarded } = await approvedRound(roundId);
      const rule = commendedUnitsRule(valid.unitIds, awarded);
      if (rule) throw invalid('unitIds', rule);
      if (valid.heldOn > localDate(now)) throw invalid('heldOn', 'date-in-future');
      const ceremony = { ...valid, recordedAt: now.toISOString(), recordedBy: session.displayName };
      const next = { ...round, ceremony, updatedAt: now.toISOString() };
      await incentivesTables().rounds.put(next);
      await audit('bonusRounds', round.id, 'commend', round.ceremony ?? null, { ceremony });
      return next;
    });
  },

  /** 新媒体宣传推介: one platform, one piece, the units it presents. */
  async addPublicity(roundId: string, input: PublicityInput, now = new Date()): Promise<Publicity> {
    const valid = parseIncentives(publicityInputSchema, input);
    const session = requireSession();
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const { round, awarded } = await approvedRound(roundId);
      const rule = commendedUnitsRule(valid.unitIds, awarded);
      if (rule) throw invalid('unitIds', rule);
      if (valid.publishedOn > localDate(now)) throw invalid('publishedOn', 'date-in-future');
      const publicity: Publicity = {
        ...valid,
        id: newId(),
        recordedAt: now.toISOString(),
        recordedBy: session.displayName,
      };
      await incentivesTables().rounds.put({
        ...round,
        publicity: [...round.publicity, publicity],
        updatedAt: now.toISOString(),
      });
      await audit('bonusRounds', round.id, 'commend', null, { publicity });
      return publicity;
    });
  },
};
