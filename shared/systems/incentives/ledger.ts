import type { LocalDate } from '../../core/common/localDate';
import { diffByRule, pointsOf, sumByRule, type TenthsByRule, ZERO_BY_RULE } from './points';
import { addCounts, type BonusCounts, type BonusRuleSet, COUNT_KEYS, ZERO_COUNTS } from './rules';

/**
 * 加分台账 the points ledger, never edited: an award, a correction and a revocation are each an
 * entry (who, when, why, which round and claim, which signed 呈批单). A unit's points for a year are
 * the sum of its entries — read from the ledger, never recomputed from claims with a flag.
 * Each entry also carries the counts it adds or takes away, so the year's counts are a sum too
 * and the next entry is worth exactly what it changes under the caps.
 */
export const LEDGER_KINDS = ['award', 'correction', 'revocation'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerEntry {
  id: string;
  /** 台账序号: the entry's place in the ledger, 1, 2, 3 … in the order entries were made. */
  seq: number;
  unitId: string;
  year: number;
  roundId: string;
  claimId: string;
  kind: LedgerKind;
  /** Items this entry adds (negative: takes away). */
  counts: BonusCounts;
  byRule: TenthsByRule;
  totalTenths: number;
  /** Why: the round for an award, the reason of a correction or a revocation. */
  reason: string;
  /** The signed 呈批单 that decided it. */
  slipNumber: string;
  slipDocumentId: string;
  decidedBy: string;
  decidedOn: LocalDate;
  /** ISO timestamp and staff member who recorded the decision. */
  recordedAt: string;
  recordedBy: string;
  isSample: 0 | 1;
}

/** A unit's year as the ledger has it. */
export interface Standing {
  counts: BonusCounts;
  byRule: TenthsByRule;
  total: number;
}

export const EMPTY_STANDING: Standing = Object.freeze({ counts: ZERO_COUNTS, byRule: ZERO_BY_RULE, total: 0 });

/** The sum of entries (of one unit's year). */
export function standingOf(entries: readonly Pick<LedgerEntry, 'counts' | 'byRule' | 'totalTenths'>[]): Standing {
  let counts = { ...ZERO_COUNTS };
  for (const e of entries) counts = addCounts(counts, e.counts);
  return {
    counts,
    byRule: sumByRule(entries.map((e) => e.byRule)),
    total: entries.reduce((s, e) => s + e.totalTenths, 0),
  };
}

/** What an entry changing the year's counts by `delta` is worth, given what the ledger holds. */
export function entryValue(
  set: BonusRuleSet,
  standing: Standing,
  delta: BonusCounts,
): Pick<LedgerEntry, 'counts' | 'byRule' | 'totalTenths'> {
  const after = addCounts(standing.counts, delta);
  const before = pointsOf(set, standing.counts);
  const now = pointsOf(set, after);
  return { counts: { ...delta }, byRule: diffByRule(before.byRule, now.byRule), totalTenths: now.total - before.total };
}

/** The counts a claim holds in the ledger now: its award and corrections, less any revocation. */
export function claimCountsInForce(entries: readonly LedgerEntry[], claimId: string): BonusCounts {
  return standingOf(entries.filter((e) => e.claimId === claimId)).counts;
}

/** The counts a revocation takes away: all the claim still holds. */
export function revocationDelta(entries: readonly LedgerEntry[], claimId: string): BonusCounts {
  const held = claimCountsInForce(entries, claimId);
  const out = { ...ZERO_COUNTS };
  for (const k of COUNT_KEYS) out[k] = -held[k];
  return out;
}

/** The counts a correction changes: from what the claim holds to what its corrected lines count. */
export function correctionDelta(held: BonusCounts, corrected: BonusCounts): BonusCounts {
  return addCounts(corrected, held, -1);
}

/**
 * Whether the ledger agrees with the rules: the year's points are what its counts are worth.
 * Holds after any sequence of entries built by entryValue (ledger.test.ts proves it).
 */
export function isConsistent(set: BonusRuleSet, entries: readonly LedgerEntry[]): boolean {
  const s = standingOf(entries);
  const p = pointsOf(set, s.counts);
  return (
    p.total === s.total &&
    (Object.keys(p.byRule) as unknown as (keyof TenthsByRule)[]).every((r) => p.byRule[r] === s.byRule[r])
  );
}
