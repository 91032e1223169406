import {
  addCounts,
  type BonusCounts,
  type BonusRule,
  type BonusRuleSet,
  COUNT_KEYS,
  countsOfRule,
  isCountsValid,
  RULE_IDS,
  RULES_2021,
  type RuleId,
  ZERO_COUNTS,
} from './rules';

/**
 * The points engine: counts of accepted items → points in integer tenths, each rule capped, then
 * the year's total capped. Points belong to a unit's year, so the counts are the year's, all
 * rounds together: a claim is worth what it adds to what the year already holds.
 */

/** Which cap took something off: the rule's own (最多加…分) or the year's total. */
export type CapBit = 'rule' | 'year' | null;

export interface RulePoints {
  rule: RuleId;
  /** Items the rule counts. */
  count: number;
  /** What the items are worth on the rule's scale alone. */
  uncappedTenths: number;
  capTenths: number;
  tenths: number;
  capBit: CapBit;
}

export type TenthsByRule = Record<RuleId, number>;

export interface Points {
  total: number;
  byRule: TenthsByRule;
  rules: RulePoints[];
}

export const ZERO_BY_RULE: TenthsByRule = Object.freeze({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });

function uncapped(rule: BonusRule, counts: BonusCounts): number {
  const s = rule.scoring;
  if (s.kind === 'tiered') {
    const n = counts[s.count];
    // 数量1-3人加0.5分: no one, nothing.
    return n === 0 ? 0 : s.firstTenths + Math.max(0, n - s.firstCount) * s.eachBeyondTenths;
  }
  return countsOfRule(rule).reduce((sum, k) => sum + (s.tenthsPer[k] ?? 0) * counts[k], 0);
}

/**
 * Points for a year's counts. Each rule is capped; should a set's year cap be lower than its rules'
 * caps together, it trims in the rules' order (rule 5 first loses what does not fit).
 */
export function pointsOf(set: BonusRuleSet, counts: BonusCounts): Points {
  if (!isCountsValid(counts)) throw new RangeError('counts must be whole numbers ≥ 0');
  let room = set.yearCapTenths;
  const rules = RULE_IDS.map((id): RulePoints => {
    const rule = set.rules[id];
    const worth = uncapped(rule, counts);
    const ruleCapped = Math.min(worth, rule.capTenths);
    const tenths = Math.min(ruleCapped, room);
    room -= tenths;
    const capBit: CapBit = tenths < ruleCapped ? 'year' : ruleCapped < worth ? 'rule' : null;
    const count = countsOfRule(rule).reduce((sum, k) => sum + counts[k], 0);
    return { rule: id, count, uncappedTenths: worth, capTenths: rule.capTenths, tenths, capBit };
  });
  const byRule = { ...ZERO_BY_RULE };
  for (const r of rules) byRule[r.rule] = r.tenths;
  return { total: rules.reduce((s, r) => s + r.tenths, 0), byRule, rules };
}

/**
 * Issue 13's public entry: the seed's 2021 rules applied to one unit's year.
 * `bonusTenths({ introduced: 4, … }).byRule[1] === 6` (0.6 分).
 */
export function bonusTenths(counts: {
  introduced: number;
  trained: number;
  talksOrEvents: number;
  haichengArticles: number;
  anshanOrHigherArticles: number;
  serviceResults: number;
}): { total: number; byRule: TenthsByRule } {
  const { total, byRule } = pointsOf(RULES_2021, { ...ZERO_COUNTS, ...counts });
  return { total, byRule };
}

/** What a rule's explanation says about one claim within its unit's year. */
export interface RuleExplanation {
  rule: RuleId;
  claimedCount: number;
  acceptedCount: number;
  /** The year's points under this rule before the claim (earlier rounds). */
  beforeTenths: number;
  /** What the accepted items would add with no cap. */
  uncappedTenths: number;
  /** What they add. */
  tenths: number;
  capTenths: number;
  /** The cap that took something off this claim's items, if one did. */
  capBit: CapBit;
}

export interface ClaimPoints {
  rules: RuleExplanation[];
  byRule: TenthsByRule;
  total: number;
  /** The year's points once the claim is added. */
  yearTotalAfter: number;
}

/**
 * Every result explains itself: per rule, what was claimed, what was accepted, what the year held
 * already, what the claim adds and the cap that bit. `before`: the year's counts in force.
 */
export function explainClaim(
  set: BonusRuleSet,
  before: BonusCounts,
  claimed: BonusCounts,
  accepted: BonusCounts,
): ClaimPoints {
  const was = pointsOf(set, before);
  const now = pointsOf(set, addCounts(before, accepted));
  const rules = RULE_IDS.map((id, i): RuleExplanation => {
    const keys = countsOfRule(set.rules[id]);
    const tenths = now.byRule[id] - was.byRule[id];
    const uncappedTenths = now.rules[i].uncappedTenths - was.rules[i].uncappedTenths;
    const capBit: CapBit = tenths < uncappedTenths ? (now.rules[i].capBit === 'year' ? 'year' : 'rule') : null;
    return {
      rule: id,
      claimedCount: keys.reduce((s, k) => s + claimed[k], 0),
      acceptedCount: keys.reduce((s, k) => s + accepted[k], 0),
      beforeTenths: was.byRule[id],
      uncappedTenths,
      tenths,
      capTenths: set.rules[id].capTenths,
      capBit,
    };
  });
  const byRule = { ...ZERO_BY_RULE };
  for (const r of rules) byRule[r.rule] = r.tenths;
  return { rules, byRule, total: now.total - was.total, yearTotalAfter: now.total };
}

/** Per-rule difference b − a (what an entry adds or takes away). */
export function diffByRule(a: TenthsByRule, b: TenthsByRule): TenthsByRule {
  const out = { ...ZERO_BY_RULE };
  for (const id of RULE_IDS) out[id] = b[id] - a[id];
  return out;
}

export function sumByRule(rows: readonly TenthsByRule[]): TenthsByRule {
  const out = { ...ZERO_BY_RULE };
  for (const row of rows) for (const id of RULE_IDS) out[id] += row[id];
  return out;
}

/** 1.5, 0.2, 0, -0.6: tenths as the office writes points (分), exact. */
export function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const n = Math.abs(tenths);
  const whole = Math.floor(n / 10);
  const tenth = n % 10;
  return `${sign}${whole}${tenth ? `.${tenth}` : ''}`;
}

export function isZeroCounts(counts: BonusCounts): boolean {
  return COUNT_KEYS.every((k) => counts[k] === 0);
}
