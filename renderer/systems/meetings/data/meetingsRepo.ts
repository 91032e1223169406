import { newId } from '../../../../shared/core/common/ids';
import { isLocalDate, localDate } from '../../../../shared/core/common/localDate';
import { AppError } from '../../../../shared/core/errors';
import { nextPlannedMeeting } from '../../../../shared/systems/meetings/cadence';
import {
  assertCanArchive,
  assertCanMarkHeld,
  assertCanRevert,
  assertDetailsEditable,
  assertAfterMeeting,
  revertedMeeting,
} from '../../../../shared/systems/meetings/gates';
import {
  type Circulation,
  heldDateReasonNeeded,
  type Meeting,
  type MeetingInput,
  meetingInputSchema,
} from '../../../../shared/systems/meetings/meeting';
import { hasReached, type MeetingStatus } from '../../../../shared/systems/meetings/status';
import type { Unit } from '../../../../shared/systems/registry';
import { getDb } from '../../../core/data/db';
import { targetNamesAt } from './targetNames';
import { requireSession } from '../../../core/data/session';
import { validationError } from '../../../core/data/validation';
import { type AuditWriter, read, writeWithAudit } from '../../../core/data/write';

/** Loads a meeting inside a transaction, or says it does not exist. */
export async function loadMeeting(id: string): Promise<Meeting> {
  const meeting = await getDb().meetings.get(id);
  if (!meeting) throw new AppError('not-found', { id });
  return meeting;
}

/**
 * Moves a meeting to `to` (forward by a step's own write, or back with a reason), kept in its
 * history and the audit log; `changes` are what the move itself sets (the day held, documents).
 */
export async function moveMeeting(
  meeting: Meeting,
  to: MeetingStatus,
  audit: AuditWriter,
  now: Date,
  { reason = '', changes = {} }: { reason?: string; changes?: Partial<Meeting> } = {},
): Promise<Meeting> {
  const by = requireSession().displayName;
  const change = { from: meeting.status, to, at: now.toISOString(), by, reason };
  const next: Meeting = {
    ...meeting,
    ...changes,
    status: to,
    history: [...meeting.history, change],
    updatedAt: now.toISOString(),
  };
  await getDb().meetings.put(next);
  await audit(
    'meetings',
    meeting.id,
    hasReached(to, meeting.status) ? 'advance' : 'revert',
    { status: meeting.status },
    { status: to, ...(reason ? { reason } : {}) },
  );
  return next;
}

function parseMeeting(input: MeetingInput) {
  const parsed = meetingInputSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'meetings.fields');
  return parsed.data;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export const meetingsRepo = {
  /** A new meeting starts in 筹备: the office proposes its topics (S1-3.1). */
  async create(input: MeetingInput, now = new Date()): Promise<Meeting> {
    const valid = parseMeeting(input);
    const db = getDb();
    return writeWithAudit([db.meetings], async (audit) => {
      const stamp = now.toISOString();
      const meeting: Meeting = {
        id: newId(),
        year: yearOf(valid.plannedOn),
        ...valid,
        status: 'preparing',
        history: [],
        approval: null,
        approvals: [],
        documents: {},
        circulations: [],
        createdAt: stamp,
        updatedAt: stamp,
        createdBy: requireSession().displayName,
        isSample: 0,
      };
      await db.meetings.add(meeting);
      await audit('meetings', meeting.id, 'create', null, meeting);
      return meeting;
    });
  },

  /** Time, place, chair and 密级 change until the notice is out. */
  async update(id: string, input: MeetingInput, now = new Date()): Promise<Meeting> {
    const valid = parseMeeting(input);
    const db = getDb();
    return writeWithAudit([db.meetings], async (audit) => {
      const prev = await loadMeeting(id);
      assertDetailsEditable(prev);
      const next: Meeting = { ...prev, ...valid, year: yearOf(valid.plannedOn), updatedAt: now.toISOString() };
      await db.meetings.put(next);
      await audit('meetings', id, 'update', prev, next);
      return next;
    });
  },

  /** Back to an earlier phase, with the reason; what the later phases issued must be issued again. */
  async revert(id: string, to: MeetingStatus, reason: string, now = new Date()): Promise<Meeting> {
    const db = getDb();
    return writeWithAudit([db.meetings], async (audit) => {
      const meeting = await loadMeeting(id);
      assertCanRevert(meeting, to, reason);
      const { documents, approval, heldOn, heldDateReason } = revertedMeeting(meeting, to);
      const changes = { documents, approval, heldOn, heldDateReason };
      return moveMeeting(meeting, to, audit, now, { reason: reason.trim(), changes });
    });
  },

  /** 已召开: the gates of S1-4.2 and S1-4.3 hold, then the day is recorded. */
  /**
   * 标记已召开 on `heldOn`; the planned date stays. Held on another day than the issued notice
   * gave, the reason is required (`dateReason`), kept with the meeting and its history.
   */
  async markHeld(id: string, heldOn: string, now = new Date(), dateReason = ''): Promise<Meeting> {
    if (!isLocalDate(heldOn))
      throw new AppError('validation', { field: 'meetings.fields.heldOn', rule: 'invalid_format' });
    const reason = dateReason.trim().slice(0, 200);
    const db = getDb();
    return writeWithAudit([db.meetings, db.agendaItems, db.attendance], async (audit) => {
      const meeting = await loadMeeting(id);
      const topics = await db.agendaItems.where('meetingId').equals(id).toArray();
      const attendance = await db.attendance.where('meetingId').equals(id).toArray();
      assertCanMarkHeld(meeting, topics, attendance, heldOn, localDate(now));
      if (heldDateReasonNeeded(meeting, heldOn) && !reason)
        throw new AppError('validation', { field: 'meetings.fields.heldDateReason', rule: 'required' });
      const moved = heldOn === meeting.plannedOn ? {} : { reason, heldDateReason: reason };
      return moveMeeting(meeting, 'held', audit, now, {
        reason: moved.reason,
        changes: { heldOn, heldDateReason: moved.heldDateReason || undefined },
      });
    });
  },

  /** 归档: the cycle is complete (minutes, bulletin, 会后通报). */
  async archive(id: string, now = new Date()): Promise<Meeting> {
    const db = getDb();
    return writeWithAudit([db.meetings], async (audit) => {
      const meeting = await loadMeeting(id);
      assertCanArchive(meeting);
      return moveMeeting(meeting, 'archived', audit, now);
    });
  },

  /** 会后通报 (S1-4.2): the units the decisions went to, and the day. */
  async recordCirculation(
    id: string,
    input: { on: string; unitIds: string[]; means: string },
    now = new Date(),
  ): Promise<Meeting> {
    if (!isLocalDate(input.on))
      throw new AppError('validation', { field: 'meetings.fields.circulatedOn', rule: 'invalid_format' });
    if (input.unitIds.length === 0)
      throw new AppError('validation', { field: 'meetings.fields.circulatedTo', rule: 'required' });
    const db = getDb();
    return writeWithAudit([db.meetings, db.units], async (audit) => {
      const meeting = await loadMeeting(id);
      assertAfterMeeting(meeting);
      const units = await db.units.bulkGet(input.unitIds);
      if (units.some((u) => !u))
        throw new AppError('validation', { field: 'meetings.fields.circulatedTo', rule: 'unknown-unit' });
      const circulation: Circulation = {
        id: newId(),
        on: input.on,
        unitIds: input.unitIds,
        unitNames: await targetNamesAt(units as Unit[], input.on),
        means: input.means.trim(),
        recordedBy: requireSession().displayName,
      };
      const next: Meeting = {
        ...meeting,
        circulations: [...meeting.circulations, circulation],
        updatedAt: now.toISOString(),
      };
      await db.meetings.put(next);
      await audit('meetings', id, 'update', null, { circulation });
      return next;
    });
  },

  get(id: string): Promise<Meeting | undefined> {
    return read(() => getDb().meetings.get(id));
  },

  /**
   * A year's meetings (some six), latest planned first: all of them, those of one phase (cancelled
   * ones aside: they are not in that phase any more), or the cancelled ones.
   */
  listByYear(year: number, filter?: MeetingStatus | 'cancelled'): Promise<Meeting[]> {
    return read(async () => {
      const rows = await getDb().meetings.where('year').equals(year).toArray();
      const wanted = (m: Meeting) =>
        !filter || (filter === 'cancelled' ? !!m.cancellation : !m.cancellation && m.status === filter);
      return rows
        .filter(wanted)
        .sort((a, b) => `${b.plannedOn} ${b.plannedTime}`.localeCompare(`${a.plannedOn} ${a.plannedTime}`));
    });
  },

  /** Years that have meetings, newest first. */
  years(): Promise<number[]> {
    return read(async () => ((await getDb().meetings.orderBy('year').uniqueKeys()) as number[]).reverse());
  },

  /** The cadence's inputs: the last meeting held (index heldOn) and the next one planned, cancelled ones passed by. */
  cadenceInputs(): Promise<{ last: Meeting | null; nextPlanned: Meeting | null }> {
    return read(async () => {
      const db = getDb();
      const last = (await db.meetings.orderBy('heldOn').last()) ?? null;
      const open = await db.meetings.where('status').anyOf(['preparing', 'topicsApproved', 'notified']).toArray();
      return { last, nextPlanned: nextPlannedMeeting(open) };
    });
  },
};
