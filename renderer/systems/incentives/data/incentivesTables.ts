import type { Table } from 'dexie';
import { AppError } from '../../../../shared/core/errors';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import type { BonusRound } from '../../../../shared/systems/incentives/round';
import { getDb } from '../../../core/data/db';
import type { StoredClaim } from './storedClaim';

/** System 3's tables, typed. */
export function incentivesTables() {
  const db = getDb();
  return { rounds: db.bonusRounds, claims: db.bonusClaims, ledger: db.bonusLedger, ruleSets: db.bonusRuleSets };
}

/** Every table a System 3 write may touch besides the documents register. */
export function incentivesWriteTables(): Table[] {
  const t = incentivesTables();
  return [t.rounds, t.claims, t.ledger, t.ruleSets];
}

export async function requireRound(id: string): Promise<BonusRound> {
  const round = await incentivesTables().rounds.get(id);
  if (!round) throw new AppError('not-found', { id });
  return round;
}

export async function requireClaim(id: string): Promise<StoredClaim> {
  const claim = await incentivesTables().claims.get(id);
  if (!claim) throw new AppError('not-found', { id });
  return claim;
}

/** The claim without its storage keys (what the rules and the audit see). */
export function claimView(claim: StoredClaim): BonusClaim {
  const { awaitingLeader: _a, followUpDueOn: _f, ...rest } = claim;
  return rest;
}
