import { localDate, type LocalDate } from '../../../../shared/core/common/localDate';
import { meetingCadence } from '../../../../shared/systems/meetings/cadence';
import type { TodayReader } from '../../../core/manifest';
import { getDb } from '../../../core/data/db';
import { read } from '../../../core/data/write';
import { meetingsRepo } from './meetingsRepo';

/** Days before the two-monthly deadline a meeting shows as due (S1-4.1). */
export const MEETING_DUE_DAYS = 14;

/** Meetings whose topics are on a 呈批单 with the leader: printed, no decision recorded yet (S1-3.1). */
const awaitingLeader = () =>
  read(async () =>
    (await getDb().meetings.where('status').equals('preparing').toArray())
      .filter((m) => !m.cancellation && !!m.documents.approvalSlip)
      .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn)),
  );

/** The cadence's due date when a meeting is due within MEETING_DUE_DAYS or overdue, and none is planned by then. */
async function dueOn(today: LocalDate): Promise<string[]> {
  const inputs = await meetingsRepo.cadenceInputs();
  const cadence = meetingCadence(inputs.last?.heldOn ?? null, inputs.nextPlanned?.plannedOn ?? null, today);
  const isDue = cadence.isOverdue || (cadence.daysLeft !== null && cadence.daysLeft <= MEETING_DUE_DAYS);
  const isPlanned = !!cadence.nextPlannedOn && !cadence.isPlannedLate;
  return cadence.nextDueOn && isDue && !isPlanned ? [cadence.nextDueOn] : [];
}

/** System 1's lines of Today: topics with the leader (one meeting opens straight away), a meeting due. */
export const meetingsToday: Record<'awaitingLeader' | 'due', TodayReader> = {
  awaitingLeader: {
    count: async () => (await awaitingLeader()).length,
    list: async () =>
      (await awaitingLeader()).map((m) => ({ id: m.id, title: m.title, link: { path: 'meetings', sub: m.id } })),
    // One meeting opens straight away; several are listed on Today itself (the meetings page lists them all).
    link: (records) => (records.length === 1 ? records[0].link! : null),
  },
  due: {
    count: async (today = localDate(new Date())) => (await dueOn(today)).length,
    list: async (today) => (await dueOn(today)).map((on) => ({ id: on })),
    link: () => ({ path: 'meetings', sub: '' }),
  },
};
