import { addMonths, daysBetween, type LocalDate } from '../../core/common/localDate';
import type { Meeting } from './meeting';
import { hasReached } from './status';

/** 原则上每两月召开一次 (S1-4.1): the next meeting is due two months after the last one held. */
export const CADENCE_MONTHS = 2;

export interface Cadence {
  lastHeldOn: LocalDate | null;
  /** Two months after the last meeting; null before the first. */
  nextDueOn: LocalDate | null;
  /** Today is past the due date and no meeting was held since. */
  isOverdue: boolean;
  daysOverdue: number;
  /** Days left until due (0 on the day), when not overdue. */
  daysLeft: number | null;
  /** The next meeting planned and not yet held, if any. */
  nextPlannedOn: LocalDate | null;
  /** The planned meeting falls after the due date. */
  isPlannedLate: boolean;
}

export function meetingCadence(
  lastHeldOn: LocalDate | null,
  nextPlannedOn: LocalDate | null,
  today: LocalDate,
): Cadence {
  const nextDueOn = lastHeldOn ? addMonths(lastHeldOn, CADENCE_MONTHS) : null;
  const left = nextDueOn ? daysBetween(today, nextDueOn) : null;
  const isOverdue = left !== null && left < 0;
  return {
    lastHeldOn,
    nextDueOn,
    isOverdue,
    daysOverdue: isOverdue ? -(left ?? 0) : 0,
    daysLeft: isOverdue ? null : left,
    nextPlannedOn,
    isPlannedLate: !!nextDueOn && !!nextPlannedOn && daysBetween(nextDueOn, nextPlannedOn) > 0,
  };
}

/** The next meeting planned and not yet held; a cancelled one is no meeting for the cadence. */
export function nextPlannedMeeting<M extends Pick<Meeting, 'plannedOn' | 'status' | 'cancellation'>>(
  meetings: readonly M[],
): M | null {
  const planned = meetings.filter((m) => !m.cancellation && !hasReached(m.status, 'held'));
  return [...planned].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))[0] ?? null;
}
