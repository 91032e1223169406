import type { BonusClaim } from './claim';
import { findDuplicates, isUnsettled, yearLines } from './duplicates';
import { entryValue, type Standing } from './ledger';
import type { TenthsByRule } from './points';
import { acceptedCounts, isReviewComplete } from './review';
import { addCounts, type BonusCounts, type BonusRuleSet, COUNT_KEYS, RULE_IDS } from './rules';

/**
 * 激励奖励对象和加分名单 (S3-3.2): the round's proposed list — each unit to be commended or given
 * points, with what its accepted items add to its year. It is printed on the 呈批单 as it stands,
 * and applied only as it stood when the leader signed (S3-3.3).
 */
export interface ProposalRow {
  claimId: string;
  unitId: string;
  isCommended: boolean;
  /** The claim's accepted items. */
  counts: BonusCounts;
  /** What they add to the unit's year, under the caps. */
  byRule: TenthsByRule;
  totalTenths: number;
  /** The unit's points for the year before this round. */
  yearBeforeTenths: number;
}

function hasItems(counts: BonusCounts): boolean {
  return COUNT_KEYS.some((k) => counts[k] > 0);
}

/**
 * The list from the round's reviewed claims and the ledger's standing per unit (this year).
 * A claim with no accepted item that is not commended is not on it.
 */
export function buildProposal(
  set: BonusRuleSet,
  claims: readonly BonusClaim[],
  standingOf: (unitId: string) => Standing,
): ProposalRow[] {
  // One claim per unit and round (claims.ts gate), but sum anyway so two can never count once.
  const running = new Map<string, Standing>();
  const rows: ProposalRow[] = [];
  for (const claim of claims) {
    if (claim.status === 'revoked') continue;
    const counts = acceptedCounts(claim.lines);
    if (!hasItems(counts) && !claim.isCommended) continue;
    const standing = running.get(claim.unitId) ?? standingOf(claim.unitId);
    const value = entryValue(set, standing, counts);
    running.set(claim.unitId, {
      counts: addCounts(standing.counts, counts),
      byRule: sumRules(standing.byRule, value.byRule),
      total: standing.total + value.totalTenths,
    });
    rows.push({
      claimId: claim.id,
      unitId: claim.unitId,
      isCommended: claim.isCommended,
      counts,
      byRule: value.byRule,
      totalTenths: value.totalTenths,
      yearBeforeTenths: standing.total,
    });
  }
  return rows;
}

function sumRules(a: TenthsByRule, b: TenthsByRule): TenthsByRule {
  const out = { ...a };
  for (const id of RULE_IDS) out[id] += b[id];
  return out;
}

/**
 * Why the round's list cannot go to the leader, or null. `yearClaims`: every claim of the year
 * (duplicates are looked for across rounds and units).
 */
export function proposalRule(
  roundClaims: readonly BonusClaim[],
  yearClaims: readonly BonusClaim[],
  rows: readonly ProposalRow[],
): string | null {
  const open = roundClaims.filter((c) => c.status === 'received' || c.status === 'reviewed');
  if (open.some((c) => !isReviewComplete(c))) return 'claims-unreviewed';
  const twins = findDuplicates(yearLines(yearClaims));
  const roundIds = new Set(open.map((c) => c.id));
  if (yearLines(yearClaims).some((y) => roundIds.has(y.claimId) && isUnsettled(twins, y))) return 'duplicate-unsettled';
  if (rows.length === 0) return 'list-empty';
  return null;
}

/** Whether the list as it stands now is the list the leader signed. */
export function isSameProposal(printed: readonly ProposalRow[], now: readonly ProposalRow[]): boolean {
  const key = (r: ProposalRow) =>
    [r.claimId, r.unitId, r.isCommended, r.totalTenths, ...RULE_IDS.map((id) => r.byRule[id])].join('|');
  return printed.length === now.length && printed.every((r, i) => key(r) === key(now[i]));
}
