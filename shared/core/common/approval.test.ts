import { describe, expect, it } from 'vitest';
import { decisionDateRule, isApproved, leaderDecisionInputSchema } from './approval';

describe('recording a leader’s decision from the signed slip', () => {
  it('accepts an approval without a remark', () => {
    expect(
      leaderDecisionInputSchema.safeParse({ decision: 'approved', by: '李强', on: '2026-12-01', remark: '' }).success,
    ).toBe(true);
  });

  it('demands the leader’s remark for a rejection or a return', () => {
    for (const decision of ['rejected', 'returned'] as const) {
      const result = leaderDecisionInputSchema.safeParse({ decision, by: '李强', on: '2026-12-01', remark: ' ' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['remark'], message: 'remark-required' });
    }
  });

  it('refuses a date that is not on the calendar', () => {
    expect(
      leaderDecisionInputSchema.safeParse({ decision: 'approved', by: '李强', on: '2026-02-30', remark: '' }).success,
    ).toBe(false);
  });

  it('lets the work go on only after an approval', () => {
    const base = {
      by: '李强',
      on: '2026-12-01',
      remark: '请修改',
      recordedBy: '王芳',
      recordedAt: '2026-12-01T08:00:00.000Z',
    };
    expect(isApproved({ ...base, decision: 'approved' })).toBe(true);
    expect(isApproved({ ...base, decision: 'returned' })).toBe(false);
    expect(isApproved(undefined)).toBe(false);
  });

  it('dates a decision between the document it answers and today', () => {
    expect(decisionDateRule('2026-11-01', '2026-12-06', '2026-12-06')).toBe('before-document');
    expect(decisionDateRule('2026-12-07', '2026-12-06', '2026-12-06')).toBe('date-in-future');
    expect(decisionDateRule('2026-12-06', '2026-12-06', '2026-12-06')).toBeNull();
    expect(decisionDateRule('2026-11-01', '2026-12-06')).toBeNull();
  });
});
