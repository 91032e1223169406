import { describe, expect, it } from 'vitest';
import { bonusTenths, explainClaim, formatTenths, pointsOf } from './points';
import { type BonusCounts, RULES_2021, ZERO_COUNTS } from './rules';

const counts = (over: Partial<BonusCounts>): BonusCounts => ({ ...ZERO_COUNTS, ...over });

describe('rule 1: 全年全职引进博士或副高 1-3 人加 0.5 分，超过 3 人每多引进 1 人加 0.1 分，最多加 1 分', () => {
  it.each([
    [0, 0],
    [1, 5],
    [2, 5],
    [3, 5],
    [4, 6],
    [5, 7],
    [7, 9],
    [8, 10],
    [9, 10],
    [40, 10],
  ])('gives %i people introduced full-time %i tenths, capping introduced-talent points at 1.0', (n, tenths) => {
    const result = bonusTenths(counts({ introduced: n }));
    expect(result.byRule[1]).toBe(tenths);
    expect(result.total).toBe(tenths);
  });
});

describe('rule 2: 本地培养高层次人才 1 至 3 人加 0.5 分，每多培养 1 人加 0.1 分，最多加 1 分', () => {
  it.each([
    [0, 0],
    [1, 5],
    [3, 5],
    [4, 6],
    [6, 8],
    [8, 10],
    [12, 10],
  ])('gives %i locally trained talents %i tenths, at most 1.0', (n, tenths) => {
    expect(bonusTenths(counts({ trained: n })).byRule[2]).toBe(tenths);
  });
});

describe('rule 3: 鞍山级以上会议发言或承接鞍山级以上重大活动，单项加 0.1 分，最多加 0.4 分', () => {
  it.each([
    [0, 0],
    [1, 1],
    [3, 3],
    [4, 4],
    [5, 4],
    [20, 4],
  ])('gives %i talks or hosted events %i tenths, at most 0.4', (n, tenths) => {
    expect(bonusTenths(counts({ talksOrEvents: n })).byRule[3]).toBe(tenths);
  });
});

describe('rule 4: 海城市级报刊每篇加 0.2 分，鞍山市级以上每篇加 0.5 分，最多加 2 分', () => {
  it.each([
    [0, 0, 0],
    [1, 0, 2],
    [0, 1, 5],
    [2, 2, 14],
    [10, 0, 20],
    [11, 0, 20],
    [0, 4, 20],
    [0, 5, 20],
    [3, 3, 20],
    [1, 3, 17],
  ])('gives %i 海城 and %i 鞍山-or-higher articles %i tenths together, at most 2.0', (h, a, tenths) => {
    expect(bonusTenths(counts({ haichengArticles: h, anshanOrHigherArticles: a })).byRule[4]).toBe(tenths);
  });
});

describe('rule 5: 主动服务经济社会发展取得显著成效，单项加 0.2 分，最多加 0.6 分', () => {
  it.each([
    [0, 0],
    [1, 2],
    [2, 4],
    [3, 6],
    [4, 6],
  ])('gives %i results %i tenths, at most 0.6', (n, tenths) => {
    expect(bonusTenths(counts({ serviceResults: n })).byRule[5]).toBe(tenths);
  });
});

describe('the year', () => {
  it('gives nothing for no items', () => {
    expect(bonusTenths(ZERO_COUNTS)).toEqual({ total: 0, byRule: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
  });

  it('adds the rules and never passes 5.0 however much a unit claims', () => {
    const all = bonusTenths({
      introduced: 30,
      trained: 30,
      talksOrEvents: 30,
      haichengArticles: 30,
      anshanOrHigherArticles: 30,
      serviceResults: 30,
    });
    expect(all).toEqual({ total: 50, byRule: { 1: 10, 2: 10, 3: 4, 4: 20, 5: 6 } });
    expect(bonusTenths(counts({ introduced: 4, trained: 1, talksOrEvents: 2, haichengArticles: 1 })).total).toBe(
      6 + 5 + 2 + 2,
    );
  });

  it('refuses counts that are not whole numbers of items', () => {
    expect(() => bonusTenths(counts({ introduced: -1 }))).toThrow(RangeError);
    expect(() => bonusTenths(counts({ serviceResults: 1.5 }))).toThrow(RangeError);
  });

  it('trims a lower year cap from the last rules when a later year sets one', () => {
    const strict = { ...RULES_2021, id: 'strict', fromYear: 2030, yearCapTenths: 12 };
    const p = pointsOf(strict, counts({ introduced: 8, trained: 1, serviceResults: 1 }));
    expect(p.total).toBe(12);
    expect(p.byRule).toEqual({ 1: 10, 2: 2, 3: 0, 4: 0, 5: 0 });
    expect(p.rules.map((r) => r.capBit)).toEqual([null, 'year', null, null, 'year']);
  });
});

describe('an explanation', () => {
  it('says per rule what was claimed, what was accepted, what the year held and the cap that bit', () => {
    const before = counts({ introduced: 6 });
    const claimed = counts({ introduced: 4, haichengArticles: 2, anshanOrHigherArticles: 1 });
    const accepted = counts({ introduced: 3, haichengArticles: 2 });
    const e = explainClaim(RULES_2021, before, claimed, accepted);
    expect(e.rules[0]).toEqual({
      rule: 1,
      claimedCount: 4,
      acceptedCount: 3,
      beforeTenths: 8,
      uncappedTenths: 3,
      tenths: 2,
      capTenths: 10,
      capBit: 'rule',
    });
    expect(e.rules[3]).toMatchObject({ claimedCount: 3, acceptedCount: 2, tenths: 4, capBit: null });
    expect(e.total).toBe(6);
    expect(e.yearTotalAfter).toBe(14);
  });
});

describe('formatTenths', () => {
  it('writes tenths as the office writes points, exactly', () => {
    expect([0, 1, 5, 10, 15, 50, -6].map(formatTenths)).toEqual(['0', '0.1', '0.5', '1', '1.5', '5', '-0.6']);
  });
});
