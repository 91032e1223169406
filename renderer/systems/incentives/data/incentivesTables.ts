import type { EntityTable, Table } from 'dexie';
import { AppError } from '../../../../shared/core/errors';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import type { LedgerEntry } from '../../../../shared/systems/incentives/ledger';
import type { BonusRound } from '../../../../shared/systems/incentives/round';
import type { BonusRuleSet } from '../../../../shared/systems/incentives/rules';
import { getDb } from '../../../core/data/db';

/** A claim as stored: the claim plus the keys its lists are read by (schema v6). */
export interface StoredClaim extends BonusClaim {
  /** 1 while a change's 呈批单 is printed and the leader has not decided. */
  awaitingLeader: 0 | 1;
  /** Set while an award waits for its first follow-up: "follow-ups due" is one index range. */
  followUpDueOn?: string;
}

/** System 3's tables, typed. */
export function incentivesTables() {
  const db = getDb();
  return {
    rounds: db.table('bonusRounds') as EntityTable<BonusRound, 'id'>,
    claims: db.table('bonusClaims') as EntityTable<StoredClaim, 'id'>,
    ledger: db.table('bonusLedger') as EntityTable<LedgerEntry, 'id'>,
    ruleSets: db.table('bonusRuleSets') as EntityTable<BonusRuleSet, 'id'>,
  };
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
