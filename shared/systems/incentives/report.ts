import type { LocalDate } from '../../core/common/localDate';
import { revocationOf } from './change';
import type { BonusClaim, ClaimLine } from './claim';
import type { LedgerEntry } from './ledger';
import { standingOf } from './ledger';
import { pointsOf } from './points';
import { claimedCounts, isCounting } from './review';
import { type BonusCounts, type BonusRuleSet, countsOfRule, RULE_IDS, type RuleId } from './rules';

/**
 * Points per unit per year, by rule: claimed, accepted, what the caps took, what revocations took.
 * The points are the ledger's; the claims only say what was asked for and what was revoked, so a
 * revocation shows — struck through, with its reason — in every report, never silently gone.
 */
export interface RuleRow {
  rule: RuleId;
  claimedCount: number;
  /** Items in force: awarded, corrected, not revoked (the ledger's counts). */
  acceptedCount: number;
  /** What the items in force are worth with no cap. */
  uncappedTenths: number;
  /** The ledger's points. */
  tenths: number;
  /** uncapped − points: what the caps took. */
  cappedTenths: number;
  revokedCount: number;
  /** Points revocations took away (a positive number). */
  revokedTenths: number;
}

export interface RevokedClaim {
  claimId: string;
  roundId: string;
  /** The lines that had counted, shown struck through. */
  lines: ClaimLine[];
  reason: string;
  decidedOn: LocalDate;
  decidedBy: string;
  slipNumber: string;
  /** Points the revocation took away (positive). */
  tenths: number;
}

export interface UnitYearReport {
  unitId: string;
  year: number;
  rules: RuleRow[];
  total: number;
  claimCount: number;
  revoked: RevokedClaim[];
}

const sumOf = (counts: BonusCounts, set: BonusRuleSet, rule: RuleId) =>
  countsOfRule(set.rules[rule]).reduce((s, k) => s + counts[k], 0);

function unitReport(
  set: BonusRuleSet,
  year: number,
  unitId: string,
  claims: BonusClaim[],
  entries: LedgerEntry[],
): UnitYearReport {
  const standing = standingOf(entries);
  const worth = pointsOf(set, standing.counts);
  const claimed = claimedCounts(claims.flatMap((c) => c.lines));
  const revocations = entries.filter((e) => e.kind === 'revocation');
  const revokedCounts = standingOf(revocations);
  const rules = RULE_IDS.map((rule, i): RuleRow => {
    const uncappedTenths = worth.rules[i].uncappedTenths;
    return {
      rule,
      claimedCount: sumOf(claimed, set, rule),
      acceptedCount: sumOf(standing.counts, set, rule),
      uncappedTenths,
      tenths: standing.byRule[rule],
      cappedTenths: uncappedTenths - standing.byRule[rule],
      revokedCount: -sumOf(revokedCounts.counts, set, rule),
      revokedTenths: -revokedCounts.byRule[rule],
    };
  });
  const revoked = claims.flatMap((c): RevokedClaim[] => {
    const change = revocationOf(c);
    if (!change?.decision) return [];
    const entry = revocations.find((e) => e.id === change.entryId);
    return [
      {
        claimId: c.id,
        roundId: c.roundId,
        lines: c.lines.filter(isCounting),
        reason: change.reason,
        decidedOn: change.decision.on,
        decidedBy: change.decision.by,
        slipNumber: change.slip?.number ?? '',
        tenths: entry ? -entry.totalTenths : 0,
      },
    ];
  });
  return { unitId, year, rules, total: standing.total, claimCount: claims.length, revoked };
}

/** One row per unit with a claim or an entry in the year. */
export function unitYearReports(
  set: BonusRuleSet,
  year: number,
  claims: readonly BonusClaim[],
  entries: readonly LedgerEntry[],
): UnitYearReport[] {
  const units = new Set([...claims, ...entries].filter((r) => r.year === year).map((r) => r.unitId));
  return [...units].map((unitId) =>
    unitReport(
      set,
      year,
      unitId,
      claims.filter((c) => c.year === year && c.unitId === unitId),
      entries.filter((e) => e.year === year && e.unitId === unitId),
    ),
  );
}

export const REPORT_SORTS = ['totalDesc', 'unit'] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

export interface ReportFilter {
  /** Units whose name contains it. */
  query?: string;
  /** Only units with points or claims under this rule. */
  rule?: RuleId | null;
  isRevokedOnly?: boolean;
}

export function sortAndFilterReports(
  rows: readonly UnitYearReport[],
  nameOf: (unitId: string) => string,
  sort: ReportSort,
  filter: ReportFilter = {},
): UnitYearReport[] {
  const query = filter.query?.trim() ?? '';
  const kept = rows.filter(
    (r) =>
      (!query || nameOf(r.unitId).includes(query)) &&
      (!filter.rule || r.rules[filter.rule - 1].claimedCount > 0 || r.rules[filter.rule - 1].tenths !== 0) &&
      (!filter.isRevokedOnly || r.revoked.length > 0),
  );
  const byName = (a: UnitYearReport, b: UnitYearReport) => nameOf(a.unitId).localeCompare(nameOf(b.unitId), 'zh-CN');
  return kept.sort(sort === 'unit' ? byName : (a, b) => b.total - a.total || byName(a, b));
}

/** The year's points per unit for the annual assessment: the ledger's sums. */
export function assessmentTenths(entries: readonly LedgerEntry[], year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) if (e.year === year) out.set(e.unitId, (out.get(e.unitId) ?? 0) + e.totalTenths);
  return out;
}
