import { newId } from '../../../../shared/core/common/ids';
import { AppError } from '../../../../shared/core/errors';
import {
  type AdHocAttendeeInput,
  adHocAttendeeSchema,
  adHocRow,
  type AttendanceMark,
  attendanceMarkSchema,
  type AttendanceRow,
  inviteeRows,
  registryInvitations,
  sortAttendance,
} from '../../../../shared/systems/meetings/attendance';
import { assertAttendanceRecordable, assertInvitationsEditable } from '../../../../shared/systems/meetings/gates';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { personSortPrefix } from '../../../../shared/systems/registry';
import { unitSortPrefix } from '../../../../shared/systems/registry';
import { getDb } from '../../../core/data/db';
import { loadMeeting } from './meetingsRepo';
import { validationError } from '../../../core/data/validation';
import { type AuditWriter, read, writeWithAudit } from '../../../core/data/write';

type NewRow = Omit<AttendanceRow, 'id' | 'meetingId' | 'order'>;

/** Adds rows not yet on the list (a unit or person is invited once), after the ones there. */
async function addRows(meeting: Meeting, rows: readonly NewRow[], audit: AuditWriter): Promise<number> {
  const db = getDb();
  const existing = await db.attendance.where('meetingId').equals(meeting.id).toArray();
  const taken = new Set(existing.flatMap((r) => [r.unitId, r.personId]).filter(Boolean));
  let order = existing.reduce((max, r) => Math.max(max, r.order), 0);
  const added: AttendanceRow[] = rows
    .filter((r) => (r.unitId ? !taken.has(r.unitId) : r.personId ? !taken.has(r.personId) : true))
    .map((r) => ({ ...r, id: newId(), meetingId: meeting.id, order: ++order, isSample: meeting.isSample }));
  await db.attendance.bulkAdd(added);
  if (added.length)
    await audit('attendance', meeting.id, 'create', null, { invited: added.map((r) => r.name) }, added.length);
  return added.length;
}

async function loadRow(id: string): Promise<AttendanceRow> {
  const row = await getDb().attendance.get(id);
  if (!row) throw new AppError('not-found', { id });
  return row;
}

/** 参会人员 (S1-2) and 到会情况 (S1-4.3). */
export const meetingAttendanceRepo = {
  /** Member units, towns, zones and the office's staff from the registry (S1-2.1, 2.2, 2.4). */
  async inviteFromRegistry(meetingId: string): Promise<number> {
    const db = getDb();
    return writeWithAudit([db.attendance, db.meetings, db.units, db.people], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      assertInvitationsEditable(meeting);
      // Member units, towns and zones sort before villages; staff are one key range of people.
      const staffPrefix = personSortPrefix('staff');
      const [units, staff] = await Promise.all([
        db.units.where('sortKey').below(unitSortPrefix('village')).toArray(),
        db.people.where('sortKey').between(staffPrefix, `${staffPrefix}\uffff`).toArray(),
      ]);
      return addRows(meeting, registryInvitations(units, staff, meeting.plannedOn), audit);
    });
  },

  /** 特邀 deputies, members and experts, chosen for this meeting (S1-2.3). */
  async inviteInvitees(meetingId: string, personIds: string[]): Promise<number> {
    const db = getDb();
    return writeWithAudit([db.attendance, db.meetings, db.people], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      assertInvitationsEditable(meeting);
      const people = (await db.people.bulkGet(personIds)).filter((p) => p?.role === 'invitee');
      if (people.length !== personIds.length)
        throw new AppError('validation', { field: 'meetings.fields.invitees', rule: 'invalid' });
      return addRows(meeting, inviteeRows(people.map((p) => p!)), audit);
    });
  },

  /** 其他需要参会的人员 (S1-2.5). */
  async addAdHoc(meetingId: string, input: AdHocAttendeeInput): Promise<number> {
    const parsed = adHocAttendeeSchema.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error, 'meetings.fields');
    const db = getDb();
    return writeWithAudit([db.attendance, db.meetings], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      assertInvitationsEditable(meeting);
      return addRows(meeting, [adHocRow(parsed.data)], audit);
    });
  },

  async remove(id: string): Promise<void> {
    const db = getDb();
    await writeWithAudit([db.attendance, db.meetings], async (audit) => {
      const row = await loadRow(id);
      assertInvitationsEditable(await loadMeeting(row.meetingId));
      await db.attendance.delete(id);
      await audit('attendance', row.meetingId, 'delete', { name: row.name }, null);
    });
  },

  /** Present, on leave (reason, approved by the office), substitute (name, post) or absent. */
  async mark(id: string, mark: AttendanceMark): Promise<AttendanceRow> {
    const parsed = attendanceMarkSchema.safeParse(mark);
    if (!parsed.success) throw validationError(parsed.error, 'meetings.fields');
    const db = getDb();
    return writeWithAudit([db.attendance, db.meetings], async (audit) => {
      const row = await loadRow(id);
      assertAttendanceRecordable(await loadMeeting(row.meetingId));
      const next: AttendanceRow = { ...row, ...parsed.data };
      await db.attendance.put(next);
      await audit(
        'attendance',
        row.meetingId,
        'update',
        { name: row.name, status: row.status },
        { name: row.name, ...parsed.data },
      );
      return next;
    });
  },

  /** Everyone not yet recorded came: the usual case, then the exceptions are marked one by one. */
  async markRestPresent(meetingId: string): Promise<number> {
    const db = getDb();
    return writeWithAudit([db.attendance, db.meetings], async (audit) => {
      assertAttendanceRecordable(await loadMeeting(meetingId));
      const rest = (await db.attendance.where('meetingId').equals(meetingId).toArray()).filter(
        (r) => r.status === 'invited',
      );
      await db.attendance.bulkPut(rest.map((r) => ({ ...r, status: 'present' as const })));
      if (rest.length)
        await audit('attendance', meetingId, 'update', null, { present: rest.map((r) => r.name) }, rest.length);
      return rest.length;
    });
  },

  listByMeeting(meetingId: string): Promise<AttendanceRow[]> {
    return read(async () => sortAttendance(await getDb().attendance.where('meetingId').equals(meetingId).toArray()));
  },
};
