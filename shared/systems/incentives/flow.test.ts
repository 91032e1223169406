import { describe, expect, it } from 'vitest';
import { aClaim, aRound } from '../../../tests/support/incentivesBuilders';
import { changeRule, pendingChange } from './change';
import { commendedUnitsRule, publicityInputSchema } from './commendation';
import { followUpDueOn, followUpInputSchema, followUpRule, isFollowUpDue } from './followUp';
import { applicationWindowRule, decisionDateRule, mayCommend, roundInputSchema, statusAfterDecision } from './round';
import { RULES_2021 } from './rules';

describe('rounds (S3-4.3)', () => {
  it('runs the yearly round with the annual assessment and special rounds for specific work at any time', () => {
    const annual = { year: 2026, kind: 'annual', title: '2026年度评定', opensOn: '2026-12-01', closesOn: '2027-01-15' };
    expect(roundInputSchema.safeParse(annual).success).toBe(true);
    const special = {
      ...annual,
      kind: 'special',
      title: '招才引智专项评定',
      opensOn: '2026-05-01',
      closesOn: '2026-05-20',
    };
    expect(roundInputSchema.safeParse(special).error?.issues[0].message).toBe('special-needs-subject');
    expect(roundInputSchema.safeParse({ ...special, subject: '“双招双引”专项行动' }).success).toBe(true);
  });

  it('takes applications received within the window, not after it closed nor dated in the future', () => {
    const round = aRound({ opensOn: '2026-11-01', closesOn: '2026-11-30' });
    expect(applicationWindowRule(round, '2026-11-10', '2026-11-20')).toBeNull();
    expect(applicationWindowRule(round, '2026-12-01', '2026-12-05')).toBe('outside-window');
    expect(applicationWindowRule(round, '2026-11-25', '2026-11-20')).toBe('date-in-future');
    expect(applicationWindowRule({ ...round, status: 'submitted' }, '2026-11-10', '2026-11-20')).toBe('round-not-open');
  });

  it('records the leader’s decision dated no earlier than the slip was printed and no later than today', () => {
    expect(decisionDateRule('2026-12-20', '2026-12-19', '2026-12-28')).toBe('before-slip');
    expect(decisionDateRule('2026-12-20', '2026-12-29', '2026-12-28')).toBe('date-in-future');
    expect(decisionDateRule('2026-12-20', '2026-12-20', '2026-12-28')).toBeNull();
  });

  it('publishes commendations only after the leader approved, and sends a returned list back for changes', () => {
    expect(statusAfterDecision('approved')).toBe('approved');
    expect(statusAfterDecision('returned')).toBe('open');
    expect(statusAfterDecision('rejected')).toBe('rejected');
    expect(mayCommend({ status: 'submitted' })).toBe(false);
    expect(mayCommend({ status: 'approved' })).toBe(true);
  });
});

describe('changes after an award', () => {
  const awarded = aClaim({ status: 'awarded', awardedOn: '2026-12-28' });

  it('revokes only an award, one change at a time, found no later than today', () => {
    expect(changeRule(aClaim(), 'revocation', '2027-01-10', '2027-02-01')).toBe('claim-not-awarded');
    expect(changeRule(awarded, 'revocation', '2027-03-01', '2027-02-01')).toBe('date-in-future');
    expect(changeRule(awarded, 'revocation', '2027-01-10', '2027-02-01')).toBeNull();
    const pending = {
      ...awarded,
      changes: [
        { id: 'x', kind: 'revocation' as const, reason: '虚报', foundOn: '2027-01-10', recordedAt: '', recordedBy: '' },
      ],
    };
    expect(pendingChange(pending)?.id).toBe('x');
    expect(changeRule(pending, 'correction', '2027-01-10', '2027-02-01', [])).toBe('change-pending');
    expect(changeRule({ ...awarded, status: 'revoked' }, 'correction', '2027-01-10', '2027-02-01')).toBe(
      'claim-revoked',
    );
  });
});

describe('follow-up (事后跟踪问效, S3-4.2)', () => {
  it('is due for an award without one from a week before 90 days after the decision', () => {
    const claim = aClaim({ status: 'awarded', awardedOn: '2026-12-28' });
    expect(followUpDueOn(claim, RULES_2021)).toBe('2027-03-28');
    expect(isFollowUpDue(claim, RULES_2021, '2027-03-20', 7)).toBe(false);
    expect(isFollowUpDue(claim, RULES_2021, '2027-03-21', 7)).toBe(true);
    const done = {
      ...claim,
      followUps: [
        {
          id: 'f',
          on: '2027-03-01',
          method: 'visit' as const,
          finding: 'confirmed' as const,
          note: '',
          recordedAt: '',
          recordedBy: '',
        },
      ],
    };
    expect(isFollowUpDue(done, RULES_2021, '2027-04-01', 7)).toBe(false);
  });

  it('needs a note unless the claim was confirmed, and a date between the award and today', () => {
    expect(followUpInputSchema.safeParse({ on: '2027-03-01', method: 'visit', finding: 'falseClaim' }).success).toBe(
      false,
    );
    const claim = aClaim({ status: 'awarded', awardedOn: '2026-12-28' });
    expect(followUpRule(claim, '2026-12-01', '2027-03-01')).toBe('before-award');
    expect(followUpRule(aClaim(), '2027-01-01', '2027-03-01')).toBe('claim-not-awarded');
  });
});

describe('commendations (S3-2.1)', () => {
  it('records publicity on the seed’s platforms or a named other, for awarded units only', () => {
    const base = {
      platform: 'haichengWeChat',
      title: '我市表扬一批人才工作成效显著单位',
      publishedOn: '2027-01-05',
      unitIds: ['u1'],
    };
    expect(publicityInputSchema.safeParse(base).success).toBe(true);
    expect(publicityInputSchema.safeParse({ ...base, platform: 'other' }).success).toBe(false);
    expect(publicityInputSchema.safeParse({ ...base, platform: 'other', platformName: '学习强国' }).success).toBe(true);
    expect(commendedUnitsRule(['u1', 'u2'], new Set(['u1']))).toBe('unit-not-awarded');
  });
});
