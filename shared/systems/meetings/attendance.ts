import { z } from 'zod';
import { INVITEE_KINDS, type InviteeKind, type Person } from '../registry';
import { type Unit, unitNameAt } from '../registry';
import type { LocalDate } from '../../core/common/localDate';

/**
 * Who is invited, in the seed's order of participants (S1-2.1 … S1-2.5): member units, towns and
 * subdistricts, development zones, invited deputies / members / experts (列席), the office's
 * staff, and anyone else the meeting needs.
 */
export const ATTENDEE_GROUPS = ['member', 'town', 'zone', 'invitee', 'staff', 'adHoc'] as const;
export type AttendeeGroup = (typeof ATTENDEE_GROUPS)[number];

/** 出席 (attends as a member of the meeting) or 列席 (sits in). */
export const ATTENDEE_ROLES = ['attend', 'observe'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/**
 * invited: not yet recorded · present 到会 · leave 请假 (reason, approved by the office) ·
 * substitute 请假并委托他人参会 (S1-4.3: 安排其他负责同志参会) · absent 无故缺席.
 */
export const ATTENDANCE_STATUSES = ['invited', 'present', 'leave', 'substitute', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** One invited unit or person (table attendance). */
export interface AttendanceRow {
  id: string;
  meetingId: string;
  group: AttendeeGroup;
  unitId: string | null;
  personId: string | null;
  /** The unit's name on the meeting day, or the person's name. */
  name: string;
  /** 市人大代表 / 市政协委员 / 专家人才代表, a staff member's post, an ad-hoc attendee's unit and post. */
  label: string;
  role: AttendeeRole;
  order: number;
  status: AttendanceStatus;
  /** Who came for a unit (optional). */
  attendeeName: string;
  leaveReason: string;
  /** Who at the office approved the leave. */
  leaveApprovedBy: string;
  substituteName: string;
  substitutePost: string;
  isSample: 0 | 1;
}

export const attendanceMarkSchema = z
  .object({
    status: z.enum(ATTENDANCE_STATUSES),
    attendeeName: z.string().trim().max(40),
    leaveReason: z.string().trim().max(200),
    leaveApprovedBy: z.string().trim().max(40),
    substituteName: z.string().trim().max(40),
    substitutePost: z.string().trim().max(60),
  })
  .superRefine((mark, ctx) => {
    const isLeave = mark.status === 'leave' || mark.status === 'substitute';
    if (isLeave && !mark.leaveReason)
      ctx.addIssue({ code: 'custom', path: ['leaveReason'], message: 'meetings.rules.leaveNeedsReason' });
    if (isLeave && !mark.leaveApprovedBy)
      ctx.addIssue({ code: 'custom', path: ['leaveApprovedBy'], message: 'meetings.rules.leaveNeedsApproval' });
    if (mark.status === 'substitute' && !mark.substituteName)
      ctx.addIssue({ code: 'custom', path: ['substituteName'], message: 'meetings.rules.substituteNeedsName' });
    if (mark.status === 'substitute' && !mark.substitutePost)
      ctx.addIssue({ code: 'custom', path: ['substitutePost'], message: 'meetings.rules.substituteNeedsPost' });
  });
export type AttendanceMark = z.input<typeof attendanceMarkSchema>;

export const adHocAttendeeSchema = z.object({
  name: z.string().trim().min(1).max(40),
  label: z.string().trim().max(80),
  role: z.enum(ATTENDEE_ROLES),
});
export type AdHocAttendeeInput = z.input<typeof adHocAttendeeSchema>;

/** How an invitee is named in lists: 市人大代表张华. */
export const INVITEE_TITLES: Record<InviteeKind, string> = {
  deputy: '市人大代表',
  member: '市政协委员',
  expert: '专家人才代表',
};

type NewRow = Omit<AttendanceRow, 'id' | 'meetingId' | 'order'>;

const blankMark = {
  status: 'invited',
  attendeeName: '',
  leaveReason: '',
  leaveApprovedBy: '',
  substituteName: '',
  substitutePost: '',
} as const;

/** The registry's own order: its sort-key index compares code units, not the locale's collation. */
export const byRegistryOrder = (a: Pick<Unit, 'sortKey'>, b: Pick<Unit, 'sortKey'>) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;

/**
 * The invitation list the registry gives (S1-2.1, 2.2, 2.4): every active member unit, town or
 * subdistrict and zone, by its name on the meeting day, then every active staff member. Invitees
 * are chosen per meeting (inviteeRows), ad-hoc attendees typed in.
 */
export function registryInvitations(units: readonly Unit[], people: readonly Person[], meetingOn: LocalDate): NewRow[] {
  const rows: NewRow[] = [];
  for (const kind of ['member', 'town', 'zone'] as const) {
    for (const unit of units.filter((u) => u.kind === kind && u.isActive === 1).sort(byRegistryOrder)) {
      rows.push({
        group: kind,
        unitId: unit.id,
        personId: null,
        name: unitNameAt(unit, meetingOn),
        label: '',
        role: 'attend',
        isSample: 0,
        ...blankMark,
      });
    }
  }
  for (const person of people.filter((p) => p.role === 'staff' && p.isActive === 1)) {
    rows.push({
      group: 'staff',
      unitId: null,
      personId: person.id,
      name: person.name,
      label: person.post,
      role: 'observe',
      isSample: 0,
      ...blankMark,
    });
  }
  return rows;
}

/** Invited deputies, members and experts sit in (列席, S1-2.3). */
export function inviteeRows(people: readonly Person[]): NewRow[] {
  return people
    .filter((p) => p.role === 'invitee')
    .sort((a, b) => INVITEE_KINDS.indexOf(a.inviteeKind ?? 'expert') - INVITEE_KINDS.indexOf(b.inviteeKind ?? 'expert'))
    .map((p) => ({
      group: 'invitee',
      unitId: null,
      personId: p.id,
      name: p.name,
      label: INVITEE_TITLES[p.inviteeKind ?? 'expert'],
      role: 'observe',
      isSample: 0,
      ...blankMark,
    }));
}

export function adHocRow(input: { name: string; label: string; role: AttendeeRole }): NewRow {
  return {
    group: 'adHoc',
    unitId: null,
    personId: null,
    name: input.name,
    label: input.label,
    role: input.role,
    isSample: 0,
    ...blankMark,
  };
}

/** Groups in the seed's order, then the order they were added in. */
export function sortAttendance<T extends Pick<AttendanceRow, 'group' | 'order'>>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => ATTENDEE_GROUPS.indexOf(a.group) - ATTENDEE_GROUPS.indexOf(b.group) || a.order - b.order,
  );
}

/** The minutes' lines (出席 / 请假 / 列席) as attendance feeds them. */
export interface AttendanceLists {
  present: string[];
  onLeave: string[];
  attending: string[];
}

function personLabel(row: AttendanceRow): string {
  if (row.group === 'invitee') return `${row.label}${row.name}`;
  if (row.group === 'staff') return `市人才办${row.name}`;
  return row.label ? `${row.label}${row.name}` : row.name;
}

/**
 * 出席: units present (and ad-hoc attendees who attend). 请假: units or people on leave; one that
 * sent a substitute reads 市财政局（委托李明同志参会）. 列席: invitees, the office's staff (all of
 * them: 市人才办全体工作人员) and ad-hoc attendees who sit in. Absent without leave: on none.
 */
export function attendanceLists(rows: readonly AttendanceRow[]): AttendanceLists {
  const sorted = sortAttendance(rows);
  const lists: AttendanceLists = { present: [], onLeave: [], attending: [] };
  const isUnit = (r: AttendanceRow) => r.group === 'member' || r.group === 'town' || r.group === 'zone';
  const staff = sorted.filter((r) => r.group === 'staff');
  const allStaffPresent = staff.length > 0 && staff.every((r) => r.status === 'present');
  for (const row of sorted) {
    const name = isUnit(row) ? row.name : personLabel(row);
    if (row.status === 'leave') lists.onLeave.push(name);
    else if (row.status === 'substitute') lists.onLeave.push(`${name}（委托${row.substituteName}同志参会）`);
    else if (row.status !== 'present') continue;
    else if (isUnit(row) || (row.group === 'adHoc' && row.role === 'attend')) lists.present.push(name);
    else if (row.group === 'staff') {
      if (!allStaffPresent) lists.attending.push(name);
    } else lists.attending.push(name);
  }
  if (allStaffPresent) lists.attending.push('市人才办全体工作人员');
  return lists;
}

export interface AttendanceCounts {
  invited: number;
  present: number;
  leave: number;
  substitute: number;
  absent: number;
  total: number;
}

export function attendanceCounts(rows: readonly Pick<AttendanceRow, 'status'>[]): AttendanceCounts {
  const counts: AttendanceCounts = { invited: 0, present: 0, leave: 0, substitute: 0, absent: 0, total: rows.length };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
