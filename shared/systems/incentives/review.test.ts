import { describe, expect, it } from 'vitest';
import {
  aClaim,
  accepted,
  aLine,
  anArticle,
  aPerson,
  aTalk,
  aTrainee,
} from '../../../tests/support/incentivesBuilders';
import { findDuplicates, hasCountingTwin, isUnsettled, yearLines } from './duplicates';
import { ineligibility } from './lines';
import { acceptedCounts, claimedCounts, lineReviewInputSchema, lineReviewRule, reviewStatus } from './review';

const review = (input: Parameters<typeof lineReviewInputSchema.parse>[0]) => lineReviewInputSchema.parse(input);

describe('eligible lines', () => {
  it('counts only full-time people with a doctorate or an associate-senior title or higher under rule 1', () => {
    expect(ineligibility(aPerson())).toBeNull();
    expect(ineligibility(aPerson({ qualification: 'senior' }))).toBeNull();
    expect(ineligibility(aPerson({ isFullTime: false }))).toBe('not-full-time');
    expect(ineligibility(aPerson({ qualification: 'none' }))).toBe('not-high-level');
  });

  it('counts talks and hosted events under rule 3 only at 鞍山市级 or higher', () => {
    expect(ineligibility(aTalk())).toBeNull();
    expect(ineligibility(aTalk({ level: 'haicheng' }))).toBe('below-anshan-level');
  });
});

describe('a line review', () => {
  it('needs a reason to reduce or reject, and a lower level to reduce', () => {
    expect(lineReviewInputSchema.safeParse({ decision: 'rejected', reason: '' }).success).toBe(false);
    expect(lineReviewInputSchema.safeParse({ decision: 'reduced', reason: '海城日报' }).success).toBe(false);
    expect(lineReviewInputSchema.safeParse({ decision: 'accepted' }).success).toBe(true);
  });

  it('accepts an article claimed as 鞍山市级以上 at 海城市级, and nothing else lower', () => {
    const reduce = review({ decision: 'reduced', reason: '刊发于海城日报', acceptedLevel: 'haicheng' });
    expect(lineReviewRule(anArticle(), reduce, false)).toBeNull();
    expect(lineReviewRule(anArticle({ level: 'haicheng' }), reduce, false)).toBe('reduce-not-lower');
    expect(lineReviewRule(aPerson(), reduce, false)).toBe('reduce-not-applicable');
    const line = aLine(anArticle(), { ...reduce, by: '王芳', at: '' });
    expect(acceptedCounts([line])).toMatchObject({ haichengArticles: 1, anshanOrHigherArticles: 0 });
  });

  it('never accepts a line that cannot score, but may reject it', () => {
    const yes = review({ decision: 'accepted' });
    expect(lineReviewRule(aPerson({ isFullTime: false }), yes, false)).toBe('line-not-eligible');
    expect(
      lineReviewRule(aPerson({ isFullTime: false }), review({ decision: 'rejected', reason: '非全职' }), false),
    ).toBeNull();
  });

  it('counts claimed lines at the level claimed and accepted lines as decided', () => {
    const lines = [
      aLine(aPerson(), accepted),
      aLine(aPerson(), { ...accepted, decision: 'rejected', reason: '未满全职' }),
      aLine(aTrainee()),
      aLine(anArticle({ level: 'haicheng' }), accepted),
    ];
    expect(claimedCounts(lines)).toMatchObject({ introduced: 2, trained: 1, haichengArticles: 1 });
    expect(acceptedCounts(lines)).toMatchObject({ introduced: 1, trained: 0, haichengArticles: 1 });
  });

  it('calls a claim reviewed only when every line is decided and the 初步意见 is written', () => {
    const claim = aClaim({ lines: [aLine(aPerson(), accepted), aLine(aTalk())] });
    expect(reviewStatus(claim)).toBe('received');
    expect(reviewStatus({ ...claim, lines: claim.lines.map((l) => ({ ...l, review: accepted })) })).toBe('received');
    expect(reviewStatus({ lines: claim.lines.map((l) => ({ ...l, review: accepted })), opinion: '同意' })).toBe(
      'reviewed',
    );
  });
});

describe('possible duplicates', () => {
  const zhang = aPerson({ name: '张伟', employer: '鞍钢集团海城分公司', qualification: 'phd' });
  const a = aClaim({ id: 'A', unitId: 'ua', lines: [aLine(zhang, accepted, 'a1')] });

  it('flags the same person claimed by two units: same name and employer, or same name and degree', () => {
    const sameEmployer = aClaim({
      id: 'B',
      unitId: 'ub',
      lines: [aLine({ ...zhang, rule: 2 as const, qualification: 'senior' }, undefined, 'b1')],
    });
    const sameDegree = aClaim({
      id: 'C',
      unitId: 'uc',
      lines: [aLine({ ...zhang, name: ' 张 伟', employer: '海城市人民医院' }, undefined, 'c1')],
    });
    const other = aClaim({
      id: 'D',
      lines: [aLine({ ...zhang, name: '张伟', employer: '某中学', qualification: 'associateSenior' }, undefined, 'd1')],
    });
    const twins = findDuplicates(yearLines([a, sameEmployer, sameDegree, other]));
    expect(twins.get('b1')?.map((y) => y.line.id)).toEqual(['a1']);
    expect(twins.get('c1')?.map((y) => y.line.id)).toEqual(['a1']);
    expect(twins.has('d1')).toBe(false);
    expect(hasCountingTwin(twins, 'b1')).toBe(true);
  });

  it('flags the same article claimed twice by one unit, whatever the spacing or full-width letters', () => {
    const claim = aClaim({
      lines: [
        aLine(anArticle({ title: '海城人才新政ＡＢ', outlet: '鞍山日报' }), accepted, 'x1'),
        aLine(anArticle({ title: '海城人才新政 ab', outlet: '鞍山 日报' }), undefined, 'x2'),
      ],
    });
    expect(
      findDuplicates(yearLines([claim]))
        .get('x2')
        ?.map((y) => y.line.id),
    ).toEqual(['x1']);
  });

  it('refuses to count a flagged line beside its twin until the reviewer settles it as distinct', () => {
    const yes = review({ decision: 'accepted' });
    expect(lineReviewRule(zhang, yes, true)).toBe('duplicate-unsettled');
    expect(
      lineReviewRule(zhang, review({ decision: 'accepted', isDistinct: true, reason: '身份证号不同' }), true),
    ).toBeNull();
    const b = aClaim({ id: 'B', unitId: 'ub', lines: [aLine(zhang, accepted, 'b1')] });
    const lines = yearLines([a, b]);
    const twins = findDuplicates(lines);
    expect(lines.filter((y) => isUnsettled(twins, y)).map((y) => y.line.id)).toEqual(['a1', 'b1']);
    const settled = aClaim({
      id: 'B',
      unitId: 'ub',
      lines: [aLine(zhang, { ...accepted, isDistinct: true, reason: '两人' }, 'b1')],
    });
    const after = yearLines([a, settled]);
    expect(after.filter((y) => isUnsettled(findDuplicates(after), y))).toEqual([]);
  });

  it('no longer counts a revoked claim’s lines as twins', () => {
    const revoked = aClaim({ id: 'B', unitId: 'ub', status: 'revoked', lines: [aLine(zhang, accepted, 'b1')] });
    expect(hasCountingTwin(findDuplicates(yearLines([a, revoked])), 'a1')).toBe(false);
  });
});
