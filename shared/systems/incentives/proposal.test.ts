import { describe, expect, it } from 'vitest';
import { aClaim, accepted, aLine, anArticle, aPerson, aResult, aTalk } from '../../../tests/support/incentivesBuilders';
import {
  correctionDelta,
  EMPTY_STANDING,
  entryValue,
  isConsistent,
  type LedgerEntry,
  revocationDelta,
  standingOf,
} from './ledger';
import { buildProposal, isSameProposal, proposalRule } from './proposal';
import { acceptedCounts } from './review';
import { RULES_2021, ZERO_COUNTS } from './rules';

const reviewed = (lines: ReturnType<typeof aLine>[], over = {}) =>
  aClaim({ lines, opinion: '经审核，情况属实。', status: 'reviewed', ...over });

function entry(claimId: string, value: ReturnType<typeof entryValue>, kind: LedgerEntry['kind'] = 'award') {
  return { ...value, id: `e-${claimId}-${kind}`, claimId, unitId: 'u1', year: 2026, kind } as LedgerEntry;
}

describe('the proposed list', () => {
  it('lists each unit with accepted items or proposed for commendation, with what it adds to its year', () => {
    const a = reviewed([aLine(aPerson(), accepted), aLine(aPerson(), accepted)], { id: 'A', unitId: 'ua' });
    const b = reviewed([aLine(aTalk(), { ...accepted, decision: 'rejected', reason: '市级会议' })], {
      id: 'B',
      unitId: 'ub',
    });
    const c = reviewed([], { id: 'C', unitId: 'uc', isCommended: true });
    const rows = buildProposal(RULES_2021, [a, b, c], () => EMPTY_STANDING);
    expect(rows.map((r) => [r.unitId, r.totalTenths, r.isCommended])).toEqual([
      ['ua', 5, false],
      ['uc', 0, true],
    ]);
  });

  it('holds every cap over the whole year: a second round adds only what is left under the cap', () => {
    // Round 1 gave four people (0.6); round 2 accepts five more: the cap of 1.0 leaves 0.4.
    const earlier = [entry('R1', entryValue(RULES_2021, EMPTY_STANDING, { ...ZERO_COUNTS, introduced: 4 }))];
    const claim = reviewed(Array.from({ length: 5 }, () => aLine(aPerson(), accepted)));
    const [row] = buildProposal(RULES_2021, [claim], () => standingOf(earlier));
    expect(row.byRule[1]).toBe(4);
    expect(row.yearBeforeTenths).toBe(6);
  });

  it('goes to the leader only when every claim is reviewed and every possible duplicate settled', () => {
    const open = aClaim({ lines: [aLine(aPerson())] });
    expect(proposalRule([open], [open], [])).toBe('claims-unreviewed');
    const zhang = aPerson({ name: '张伟' });
    const a = reviewed([aLine(zhang, accepted)], { id: 'A', unitId: 'ua' });
    const b = reviewed([aLine(zhang, accepted)], { id: 'B', unitId: 'ub' });
    const rows = buildProposal(RULES_2021, [a, b], () => EMPTY_STANDING);
    expect(proposalRule([a, b], [a, b], rows)).toBe('duplicate-unsettled');
    const none = reviewed([aLine(aTalk(), { ...accepted, decision: 'rejected', reason: '无证明材料' })]);
    expect(proposalRule([none], [none], [])).toBe('list-empty');
  });

  it('knows when the list the leader signed no longer matches the ledger', () => {
    const claim = reviewed([aLine(aPerson(), accepted)]);
    const printed = buildProposal(RULES_2021, [claim], () => EMPTY_STANDING);
    const later = [entry('X', entryValue(RULES_2021, EMPTY_STANDING, { ...ZERO_COUNTS, introduced: 3 }))];
    expect(
      isSameProposal(
        printed,
        buildProposal(RULES_2021, [claim], () => EMPTY_STANDING),
      ),
    ).toBe(true);
    expect(
      isSameProposal(
        printed,
        buildProposal(RULES_2021, [claim], () => standingOf(later)),
      ),
    ).toBe(false);
  });
});

describe('the ledger', () => {
  const a = reviewed([aLine(aPerson(), accepted), aLine(aPerson(), accepted), aLine(anArticle(), accepted)], {
    id: 'A',
  });
  const b = reviewed([aLine(aPerson(), accepted), aLine(aPerson(), accepted), aLine(aResult(), accepted)], { id: 'B' });

  function year(): LedgerEntry[] {
    const e1 = entry('A', entryValue(RULES_2021, EMPTY_STANDING, acceptedCounts(a.lines)));
    const e2 = entry('B', entryValue(RULES_2021, standingOf([e1]), acceptedCounts(b.lines)));
    return [e1, e2];
  }

  it('holds a unit’s points for the year as the sum of its entries', () => {
    const entries = year();
    expect(entries.map((e) => e.totalTenths)).toEqual([5 + 5, 1 + 2]);
    expect(standingOf(entries).total).toBe(13);
    expect(isConsistent(RULES_2021, entries)).toBe(true);
  });

  it('takes away by a revocation exactly what the year would lack without the claim, keeping the other awards', () => {
    const entries = year();
    const revocation = entry(
      'A',
      entryValue(RULES_2021, standingOf(entries), revocationDelta(entries, 'A')),
      'revocation',
    );
    // Without A: two people 0.5 and one result 0.2.
    expect(revocation.byRule).toEqual({ 1: -1, 2: 0, 3: 0, 4: -5, 5: 0 });
    expect(standingOf([...entries, revocation]).total).toBe(7);
    expect(isConsistent(RULES_2021, [...entries, revocation])).toBe(true);
  });

  it('corrects a claim by the difference between what it holds and what its corrected lines count', () => {
    const entries = year();
    const held = { ...ZERO_COUNTS, introduced: 2, anshanOrHigherArticles: 1 };
    const corrected = { ...ZERO_COUNTS, introduced: 2, haichengArticles: 1 };
    const correction = entry(
      'A',
      entryValue(RULES_2021, standingOf(entries), correctionDelta(held, corrected)),
      'correction',
    );
    expect(correction.totalTenths).toBe(-3);
    expect(standingOf([...entries, correction]).counts).toMatchObject({
      haichengArticles: 1,
      anshanOrHigherArticles: 0,
    });
  });
});
