import { describe, expect, it } from 'vitest';
import {
  countHistogram,
  daysOverdue,
  deadlineBounds,
  deadlineState,
  deadlineSettingsSchema,
  DEFAULT_DEADLINE_SETTINGS,
  stateOfDueOn,
} from './deadline';

const bounds = deadlineBounds('2026-06-10', DEFAULT_DEADLINE_SETTINGS);

describe('due and overdue (defined once)', () => {
  it.each([
    ['2026-06-09', 'overdue'],
    ['2026-01-01', 'overdue'],
    ['2026-06-10', 'dueSoon'],
    ['2026-06-17', 'dueSoon'],
    ['2026-06-18', 'onTrack'],
  ] as const)('an open item due %s is %s on 2026-06-10 with the default 7 days', (dueOn, state) => {
    expect(stateOfDueOn(dueOn, bounds)).toBe(state);
    expect(deadlineState({ dueOn, status: 'open' }, bounds)).toBe(state);
    expect(deadlineState({ dueOn, status: 'replied' }, bounds)).toBe(state);
  });

  it('never flags a closed or archived item, however late it was', () => {
    expect(deadlineState({ dueOn: '2025-01-01', status: 'closed' }, bounds)).toBe('done');
    expect(deadlineState({ dueOn: '2025-01-01', status: 'archived' }, bounds)).toBe('done');
  });

  it('moves the due-soon line with the threshold from Settings', () => {
    const three = deadlineBounds('2026-06-10', { dueSoonDays: 3 });
    expect(stateOfDueOn('2026-06-13', three)).toBe('dueSoon');
    expect(stateOfDueOn('2026-06-14', three)).toBe('onTrack');
  });

  it('counts days overdue from the day after the deadline, across month ends', () => {
    expect(daysOverdue('2026-06-10', '2026-06-10')).toBe(0);
    expect(daysOverdue('2026-05-31', '2026-06-02')).toBe(2);
    expect(daysOverdue('2026-06-20', '2026-06-10')).toBe(0);
  });

  it('counts a histogram of open items by the same rule as the single item', () => {
    const histogram = { '2026-05-01': 2, '2026-06-09': 1, '2026-06-10': 4, '2026-06-17': 1, '2026-07-01': 5 };
    expect(countHistogram(histogram, bounds)).toEqual({ open: 13, overdue: 3, dueSoon: 5 });
  });

  it('accepts thresholds from 1 to 60 days and refuses others', () => {
    expect(deadlineSettingsSchema.safeParse({ dueSoonDays: 7, defaultTermDays: 30 }).success).toBe(true);
    expect(deadlineSettingsSchema.safeParse({ dueSoonDays: 0, defaultTermDays: 30 }).success).toBe(false);
    expect(deadlineSettingsSchema.safeParse({ dueSoonDays: 61, defaultTermDays: 30 }).success).toBe(false);
  });
});
