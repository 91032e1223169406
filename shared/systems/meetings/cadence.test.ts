import { describe, expect, it } from 'vitest';
import { aMeeting } from '../../../tests/support/meetingBuilders';
import { meetingCadence, nextPlannedMeeting } from './cadence';

describe('meeting cadence', () => {
  it.each([
    // last held, planned, today → due, overdue, days overdue, days left
    ['2026-09-15', null, '2026-11-01', '2026-11-15', false, 0, 14],
    ['2026-09-15', null, '2026-11-15', '2026-11-15', false, 0, 0],
    ['2026-09-15', null, '2026-11-20', '2026-11-15', true, 5, null],
    ['2026-12-31', null, '2027-02-01', '2027-02-28', false, 0, 27],
  ] as const)(
    'after a meeting on %s (planned %s), on %s the next is due %s; overdue %s',
    (last, planned, today, due, overdue, daysOverdue, daysLeft) => {
      expect(meetingCadence(last, planned, today)).toMatchObject({
        nextDueOn: due,
        isOverdue: overdue,
        daysOverdue,
        daysLeft,
      });
    },
  );

  it('warns when the planned meeting falls after the due date', () => {
    expect(meetingCadence('2026-09-15', '2026-11-20', '2026-11-01').isPlannedLate).toBe(true);
    expect(meetingCadence('2026-09-15', '2026-11-10', '2026-11-01').isPlannedLate).toBe(false);
  });

  it('has no due date and no warning before the first meeting', () => {
    expect(meetingCadence(null, null, '2026-11-01')).toMatchObject({
      lastHeldOn: null,
      nextDueOn: null,
      isOverdue: false,
    });
  });
});

describe('meeting cadence, two months', () => {
  it('is due two months after the last meeting held and overdue from the day after', () => {
    expect(meetingCadence('2026-09-30', null, '2026-11-30')).toMatchObject({
      nextDueOn: '2026-11-30',
      isOverdue: false,
      daysLeft: 0,
    });
    expect(meetingCadence('2026-09-30', null, '2026-12-01')).toMatchObject({ isOverdue: true, daysOverdue: 1 });
  });
});

describe('the cadence and cancelled meetings', () => {
  it('takes the next meeting planned and not held, passing a cancelled one by', () => {
    const called = aMeeting({
      id: 'a',
      plannedOn: '2026-11-26',
      cancellation: {
        on: '2026-11-20',
        at: '2026-11-20T02:00:00.000Z',
        by: '王芳',
        reason: '改期',
        voidedDocumentIds: [],
      },
    });
    const later = aMeeting({ id: 'b', plannedOn: '2026-12-10', status: 'topicsApproved' });
    const held = aMeeting({ id: 'c', plannedOn: '2026-11-20', status: 'held' });
    expect(nextPlannedMeeting([called, later, held])?.id).toBe('b');
    expect(nextPlannedMeeting([called, held])).toBeNull();
  });
});
