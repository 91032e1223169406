import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { assertCanArchive, assertCanIssueMinutes, assertCanMarkHeld } from '../../../../shared/systems/meetings/gates';
import { MEETING_STATUSES, hasReached } from '../../../../shared/systems/meetings/status';
import { localDate } from '../../../../shared/core/common/localDate';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import type { AgendaItem } from '../../../../shared/systems/meetings/topic';
import type { AttendanceRow } from '../../../../shared/systems/meetings/attendance';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { generateRegistry } from '../../registry/sample/generateRegistry';
import { generateMeetings } from './generateMeetings';

const now = new Date('2026-11-25T10:00:00');
const { units, people } = generateRegistry({ seed: 2026, unitCount: 400, peopleCount: 600, now });
const generate = () => generateMeetings({ seed: 2026, now, units, people, office: DEFAULT_OFFICE_SETTINGS });
const tables = generate();
const meetings = tables.meetings as Meeting[];
const topicsOf = (id: string) => (tables.agendaItems as AgendaItem[]).filter((t) => t.meetingId === id);
const rowsOf = (id: string) => (tables.attendance as AttendanceRow[]).filter((a) => a.meetingId === id);

describe('sample meetings', () => {
  it('give a year of meetings with one in every phase, one called ad hoc, one called off, all marked as sample', () => {
    expect(new Set(meetings.filter((m) => !m.cancellation).map((m) => m.status))).toEqual(new Set(MEETING_STATUSES));
    expect(meetings.some((m) => m.isAdHoc)).toBe(true);
    // The called-off meeting keeps its reason, and the next one held takes its ordinal.
    const [cancelled, ...others] = [
      ...meetings.filter((m) => m.cancellation),
      ...meetings.filter((m) => !m.cancellation),
    ];
    expect(cancelled.cancellation?.reason).toBeTruthy();
    expect(others.filter((m) => m.title === cancelled.title)).toHaveLength(1);
    for (const [name, rows] of Object.entries(tables))
      if (name !== 'docSequences') expect(rows.every((r) => r.isSample === 1)).toBe(true);
  });

  it('are what the gates let through: consent and attendance before held, proceedings before minutes', () => {
    for (const m of meetings.filter((x) => hasReached(x.status, 'held'))) {
      expect(() =>
        assertCanMarkHeld({ status: 'notified' }, topicsOf(m.id), rowsOf(m.id), m.heldOn!, localDate(now)),
      ).not.toThrow();
      expect(() => assertCanIssueMinutes({ status: 'held', documents: {} }, topicsOf(m.id))).not.toThrow();
    }
    for (const m of meetings.filter((x) => x.status === 'archived'))
      expect(() => assertCanArchive({ ...m, status: 'minutesIssued' })).not.toThrow();
  });

  it('number their documents in sample series only, never taking the office’s real numbers', () => {
    const docs = tables.documents as IssuedDocument[];
    expect(docs.length).toBeGreaterThan(10);
    expect(docs.every((d) => d.prefix.startsWith('示例'))).toBe(true);
    expect(new Set(docs.map((d) => d.number)).size).toBe(docs.length);
    const archived = meetings.find((m) => m.status === 'archived')!;
    expect(docs.filter((d) => d.sourceId === `meetings:${archived.id}`).map((d) => d.kind)).toEqual([
      'approvalSlip',
      'plan',
      'notice',
      'minutes',
      'bulletin',
    ]);
  });

  it('deploy key tasks of held meetings as supervision items linked to their meeting and topic', () => {
    const items = tables.supervisionItems as { meetingId: string; topicId: string; source: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.source).toBe('meeting');
      expect(topicsOf(item.meetingId).some((t) => t.id === item.topicId)).toBe(true);
    }
  });

  it('are the same every time for the same seed and day', () => {
    expect(generate()).toEqual(tables);
  });
});
