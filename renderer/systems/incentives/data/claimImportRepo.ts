import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import type { PreparedClaim } from '../../../../shared/systems/incentives/claimImport';
import { applicationWindowRule } from '../../../../shared/systems/incentives/round';
import { AppError } from '../../../../shared/core/errors';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { writeWithAudit } from '../../../core/data/write';
import { putClaim } from './claimsRepo';
import { incentivesTables, incentivesWriteTables, requireRound } from './incentivesTables';
import { ruleKey } from './refusals';

/**
 * Applications from the template, all or none: each is checked against the round (window, one
 * per unit) inside the transaction, and the first refusal names its sheet row and writes nothing.
 */
export const claimImportRepo = {
  async importClaims(roundId: string, prepared: readonly PreparedClaim[], now = new Date()): Promise<number> {
    const session = requireSession();
    const { claims } = incentivesTables();
    return writeWithAudit([...incentivesWriteTables(), getDb().units], async (audit) => {
      const round = await requireRound(roundId);
      const seen = new Set<string>();
      for (const p of prepared) {
        const fail = (rule: string) => new AppError('import-row-invalid', { row: p.rows[0], rule: ruleKey(rule) });
        const rule = applicationWindowRule(round, p.input.receivedOn, localDate(now));
        if (rule) throw fail(rule);
        const existing = await claims.where('[roundId+unitId]').equals([roundId, p.input.unitId]).first();
        if (existing || seen.has(p.input.unitId))
          throw fail(existing?.status === 'revoked' ? 'unit-revoked-in-round' : 'claim-exists');
        seen.add(p.input.unitId);
        const stamp = now.toISOString();
        const claim: BonusClaim = {
          ...p.input,
          roundId,
          id: newId(),
          year: round.year,
          lines: p.input.lines.map((l) => ({ ...l, id: newId(), evidence: [] })),
          opinion: '',
          isCommended: false,
          status: 'received',
          changes: [],
          followUps: [],
          createdAt: stamp,
          createdBy: session.displayName,
          updatedAt: stamp,
          isSample: 0,
        };
        await putClaim(claim, audit, 'import', { rows: p.rows, unitId: claim.unitId, lines: claim.lines.length });
      }
      return prepared.length;
    });
  },
};
