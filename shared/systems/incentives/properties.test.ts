import { describe, expect, it } from 'vitest';
import { seededUint32 } from '../../core/common/seededRandom';
import { entryValue, type LedgerEntry, revocationDelta, standingOf } from './ledger';
import { pointsOf } from './points';
import { addCounts, type BonusCounts, COUNT_KEYS, RULE_IDS, RULES_2021, ZERO_COUNTS } from './rules';

/**
 * Property tests over generated years: seeded, so a failure names its case and re-runs the same.
 * (The project's own seeded generator rather than a property-testing library: no new dependency
 * for 5 properties over small integer vectors.)
 */
const CASES = 400;

function generator(seed: string) {
  const next = seededUint32(seed);
  const int = (max: number) => next() % (max + 1);
  const counts = (max: number): BonusCounts => {
    const c = { ...ZERO_COUNTS };
    for (const k of COUNT_KEYS) c[k] = int(max);
    return c;
  };
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { int, counts, shuffle };
}

/** Awards the claims in order, as the ledger would: each worth what it adds to the year. */
function award(claims: readonly { id: string; counts: BonusCounts }[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const claim of claims) {
    const value = entryValue(RULES_2021, standingOf(entries), claim.counts);
    entries.push({ ...value, id: `e${entries.length}`, claimId: claim.id, kind: 'award' } as LedgerEntry);
  }
  return entries;
}

describe('the points engine, over generated years', () => {
  it('never gives fewer points for more accepted items (monotone)', () => {
    const g = generator('monotone');
    for (let i = 0; i < CASES; i++) {
      const c = g.counts(12);
      const key = COUNT_KEYS[g.int(COUNT_KEYS.length - 1)];
      const more = addCounts(c, { [key]: 1 + g.int(3) });
      const [a, b] = [pointsOf(RULES_2021, c), pointsOf(RULES_2021, more)];
      expect(b.total, JSON.stringify({ c, key })).toBeGreaterThanOrEqual(a.total);
      for (const id of RULE_IDS) expect(b.byRule[id]).toBeGreaterThanOrEqual(a.byRule[id]);
    }
  });

  it('never passes a rule’s cap nor 5.0 for the year (capped)', () => {
    const g = generator('capped');
    for (let i = 0; i < CASES; i++) {
      const p = pointsOf(RULES_2021, g.counts(60));
      for (const id of RULE_IDS) expect(p.byRule[id]).toBeLessThanOrEqual(RULES_2021.rules[id].capTenths);
      expect(p.total).toBeLessThanOrEqual(50);
      expect(p.total).toBe(RULE_IDS.reduce((s, id) => s + p.byRule[id], 0));
    }
  });

  it('gives a year the same points whatever order its claims were awarded in', () => {
    const g = generator('order');
    for (let i = 0; i < CASES / 4; i++) {
      const claims = Array.from({ length: 1 + g.int(5) }, (_, j) => ({ id: `c${j}`, counts: g.counts(4) }));
      const sum = claims.reduce((s, c) => addCounts(s, c.counts), { ...ZERO_COUNTS });
      const expected = pointsOf(RULES_2021, sum);
      for (const order of [claims, g.shuffle(claims), g.shuffle(claims)]) {
        const standing = standingOf(award(order));
        expect(standing.total).toBe(expected.total);
        expect(standing.byRule).toEqual(expected.byRule);
        expect(standing.counts).toEqual(sum);
      }
    }
  });

  it('never raises a total or a rule’s points by a revocation, and leaves the year as if the claim never was', () => {
    const g = generator('revocation');
    for (let i = 0; i < CASES / 4; i++) {
      const claims = Array.from({ length: 1 + g.int(5) }, (_, j) => ({ id: `c${j}`, counts: g.counts(5) }));
      const entries = award(g.shuffle(claims));
      const victim = claims[g.int(claims.length - 1)];
      const before = standingOf(entries);
      const revocation = entryValue(RULES_2021, before, revocationDelta(entries, victim.id));
      expect(revocation.totalTenths).toBeLessThanOrEqual(0);
      for (const id of RULE_IDS) expect(revocation.byRule[id]).toBeLessThanOrEqual(0);
      const after = standingOf([...entries, { ...revocation } as LedgerEntry]);
      const rest = claims.filter((c) => c !== victim).reduce((s, c) => addCounts(s, c.counts), { ...ZERO_COUNTS });
      expect(after.total).toBe(pointsOf(RULES_2021, rest).total);
    }
  });
});
