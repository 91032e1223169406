/**
 * 绩效加分 rules as data for a year (seed, 激励奖励制度 二（二）). The seed's 2021 set is the default
 * for every year; a later year may get a set of its own, and a set is never edited once a point of
 * its year has been given (what the leader signed stays what it was). Points are integer tenths:
 * 0.5 分 is 5, never a float.
 */

/** The five bonus rules of the seed, in its order. */
export const RULE_IDS = [1, 2, 3, 4, 5] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * What the engine counts: accepted line items by what they are. The names are the public
 * `bonusTenths` counts of issue 13.
 */
export const COUNT_KEYS = [
  'introduced',
  'trained',
  'talksOrEvents',
  'haichengArticles',
  'anshanOrHigherArticles',
  'serviceResults',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type BonusCounts = Record<CountKey, number>;

export const ZERO_COUNTS: BonusCounts = Object.freeze({
  introduced: 0,
  trained: 0,
  talksOrEvents: 0,
  haichengArticles: 0,
  anshanOrHigherArticles: 0,
  serviceResults: 0,
});

/**
 * How a rule turns its counts into points.
 * - tiered: `firstCount` items or fewer (at least one) give `firstTenths`; each beyond gives
 *   `eachBeyondTenths` more (rules 1 and 2: 1–3 people 0.5, each beyond 3 +0.1).
 * - each: every item of a counted kind gives its tenths (rule 4: 海城 0.2, 鞍山 or higher 0.5).
 */
export type RuleScoring =
  | { kind: 'tiered'; count: CountKey; firstCount: number; firstTenths: number; eachBeyondTenths: number }
  | { kind: 'each'; tenthsPer: Partial<Record<CountKey, number>> };

export interface BonusRule {
  id: RuleId;
  scoring: RuleScoring;
  /** 最多加…分: the rule's cap over the whole year, all rounds together. */
  capTenths: number;
}

/** A year's rules. `fromYear`: the first year they apply to, until a later set takes over. */
export interface BonusRuleSet {
  id: string;
  fromYear: number;
  rules: Record<RuleId, BonusRule>;
  /** The year's total cap. The seed states none but the rules' caps: 1 + 1 + 0.4 + 2 + 0.6 = 5.0. */
  yearCapTenths: number;
  /** Days after the leader's decision by which an award should have had its 事后跟踪问效. */
  followUpWithinDays: number;
}

/** The seed's rules (海城市"党管人才"激励奖励制度, 2021). */
export const RULES_2021: BonusRuleSet = Object.freeze({
  id: 'haicheng-2021',
  fromYear: 2021,
  rules: {
    // 1. 全年全职引进…博士学位或副高级专业技术职称…1-3人，加0.5分，超过3人每多引进1人加0.1分，最多加1分
    1: {
      id: 1,
      scoring: { kind: 'tiered', count: 'introduced', firstCount: 3, firstTenths: 5, eachBeyondTenths: 1 },
      capTenths: 10,
    },
    // 2. 本地培养高层次人才数量1至3人，加0.5分，每多培养1人加0.1分，最多加1分
    2: {
      id: 2,
      scoring: { kind: 'tiered', count: 'trained', firstCount: 3, firstTenths: 5, eachBeyondTenths: 1 },
      capTenths: 10,
    },
    // 3. 在鞍山级以上会议作经验介绍或交流发言，以及承接鞍山市级以上重大人才活动或重要会议的，单项加0.1分，最多加0.4分
    3: { id: 3, scoring: { kind: 'each', tenthsPer: { talksOrEvents: 1 } }, capTenths: 4 },
    // 4. 海城市级报刊媒体…每篇加0.2分…鞍山市级以上报刊媒体…每篇加0.5分，最多加2分
    4: {
      id: 4,
      scoring: { kind: 'each', tenthsPer: { haichengArticles: 2, anshanOrHigherArticles: 5 } },
      capTenths: 20,
    },
    // 5. 主动服务经济社会发展建设取得显著成效的…单项加0.2分，最多加0.6分
    5: { id: 5, scoring: { kind: 'each', tenthsPer: { serviceResults: 2 } }, capTenths: 6 },
  },
  yearCapTenths: 50,
  followUpWithinDays: 90,
}) as BonusRuleSet;

/** The set in force for a year: the latest whose `fromYear` is not after it; the 2021 set otherwise. */
export function ruleSetForYear(sets: readonly BonusRuleSet[], year: number): BonusRuleSet {
  return (
    [...sets].filter((s) => s.fromYear <= year).sort((a, b) => b.fromYear - a.fromYear)[0] ??
    // A year before 2021 has no rules of its own; the seed's are the only ones there are.
    RULES_2021
  );
}

/** The counts a rule reads. */
export function countsOfRule(rule: BonusRule): CountKey[] {
  const s = rule.scoring;
  return s.kind === 'tiered' ? [s.count] : (Object.keys(s.tenthsPer) as CountKey[]);
}

/** Which rule counts a kind of item (in this set), or null when none does. */
export function ruleOfCount(set: BonusRuleSet, key: CountKey): RuleId | null {
  return RULE_IDS.find((id) => countsOfRule(set.rules[id]).includes(key)) ?? null;
}

export function addCounts(a: BonusCounts, b: Partial<BonusCounts>, sign: 1 | -1 = 1): BonusCounts {
  const out = { ...a };
  for (const k of COUNT_KEYS) out[k] = a[k] + sign * (b[k] ?? 0);
  return out;
}

export function isCountsValid(counts: BonusCounts): boolean {
  return COUNT_KEYS.every((k) => Number.isSafeInteger(counts[k]) && counts[k] >= 0);
}

/** Why a rule set cannot be used, or null: caps and points are whole tenths, never negative. */
export function ruleSetRule(set: BonusRuleSet): string | null {
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  for (const id of RULE_IDS) {
    const rule = set.rules[id];
    if (!rule || rule.id !== id || !whole(rule.capTenths)) return 'rule-invalid';
    const s = rule.scoring;
    const values = s.kind === 'tiered' ? [s.firstCount, s.firstTenths, s.eachBeyondTenths] : Object.values(s.tenthsPer);
    if (!values.every((v) => whole(v ?? -1))) return 'rule-invalid';
    if (s.kind === 'tiered' && s.firstCount < 1) return 'rule-invalid';
  }
  if (!whole(set.yearCapTenths) || !whole(set.followUpWithinDays)) return 'rule-invalid';
  const keys = RULE_IDS.flatMap((id) => countsOfRule(set.rules[id]));
  if (new Set(keys).size !== keys.length) return 'count-in-two-rules';
  return null;
}
