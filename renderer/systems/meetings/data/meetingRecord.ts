import type { MeetingRecord } from '../../../../shared/systems/meetings/documents/record';
import { groupTasks, orderTasks } from '../../../../shared/systems/meetings/tasks';
import { byRegistryOrder } from '../../../../shared/systems/meetings/attendance';
import type { OfficeSettings } from '../../../../shared/core/office/office';
import type { SupervisionItem } from '../../../../shared/systems/supervision';
import { getDb } from '../../../core/data/db';
import { targetNamesAt } from './targetNames';
import { loadMeeting } from './meetingsRepo';

/** The tables loadRecord reads: a transaction that drafts from the record lists these. */
export function recordTables() {
  const db = getDb();
  return [db.meetings, db.agendaItems, db.attendance, db.supervisionItems, db.units];
}

/** The supervision items a meeting deployed (index meetingId). */
export function itemsOfMeeting(meetingId: string): Promise<SupervisionItem[]> {
  return getDb().supervisionItems.where('meetingId').equals(meetingId).toArray();
}

/** The items that stand: one withdrawn as issued by mistake (撤销) is no task of the meeting's. */
async function standingItemsOfMeeting(meetingId: string): Promise<SupervisionItem[]> {
  return (await itemsOfMeeting(meetingId)).filter((item) => item.status !== 'withdrawn');
}

/** Everything a meeting document is drafted from, read in the caller's transaction (or none). */
export async function loadRecord(meetingId: string, office: OfficeSettings): Promise<MeetingRecord> {
  const db = getDb();
  const meeting = await loadMeeting(meetingId);
  const [topics, attendance, items] = await Promise.all([
    db.agendaItems.where('meetingId').equals(meetingId).toArray(),
    db.attendance.where('meetingId').equals(meetingId).toArray(),
    standingItemsOfMeeting(meetingId),
  ]);
  const unitIds = [...new Set(items.map((i) => i.unitId))];
  const found = (await db.units.bulkGet(unitIds)).filter((u) => !!u).sort(byRegistryOrder);
  const on = meeting.heldOn ?? meeting.plannedOn;
  const ordered = orderTasks(
    groupTasks(items),
    topics,
    found.map((u) => u.id),
  );
  const names = new Map((await targetNamesAt(found, on)).map((name, i) => [found[i].id, name]));
  const tasks = ordered.map((t) => ({ ...t, unitNames: t.unitIds.map((id) => names.get(id) ?? id) }));
  return { meeting, topics: topics.sort((a, b) => a.order - b.order), attendance, tasks, office };
}
