import { newId } from '../../../../shared/core/common/ids';
import { AppError } from '../../../../shared/core/errors';
import { assertAfterMeeting } from '../../../../shared/systems/meetings/gates';
import { type ProceedingsInput, proceedingsInputSchema } from '../../../../shared/systems/meetings/proceedings';
import { assertNoDuplicateTasks } from '../../../../shared/systems/meetings/taskDuplicates';
import { type TaskInput, taskInputSchema, taskItemDrafts } from '../../../../shared/systems/meetings/tasks';
import type { AgendaItem } from '../../../../shared/systems/meetings/topic';
import type { SupervisionItem } from '../../../../shared/systems/supervision';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { itemsOfMeeting } from './meetingRecord';
import { loadMeeting } from './meetingsRepo';
import { loadTopic } from './meetingTopicsRepo';
import { supervisionService } from '../../supervision';
import { validationError } from '../../../core/data/validation';
import { read, writeWithAudit } from '../../../core/data/write';

function parseTasks(tasks: readonly TaskInput[]) {
  return tasks.map((task) => {
    const parsed = taskInputSchema.safeParse(task);
    if (!parsed.success) throw validationError(parsed.error, 'meetings.task');
    return parsed.data;
  });
}

/**
 * 会中 what happened on each topic (S1-3.2), and 会后 the key tasks it deployed becoming
 * supervision items (S1-3.3): the topic's record and its items land in one transaction.
 */
export const meetingProceedingsRepo = {
  async save(
    topicId: string,
    input: ProceedingsInput,
    tasks: readonly TaskInput[] = [],
    now = new Date(),
  ): Promise<{ topic: AgendaItem; items: SupervisionItem[] }> {
    const parsed = proceedingsInputSchema.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error, 'meetings.proceedings');
    const validTasks = parseTasks(tasks);
    const db = getDb();
    const by = requireSession().displayName;
    return writeWithAudit(
      [db.agendaItems, db.meetings, db.attendance, db.units, ...supervisionService.writeTables()],
      async (audit) => {
        const prev = await loadTopic(topicId);
        const meeting = await loadMeeting(prev.meetingId);
        assertAfterMeeting(meeting);
        const { reports, inviteeOpinions, ...fields } = parsed.data;
        const attendance = new Map(
          (await db.attendance.where('meetingId').equals(meeting.id).toArray()).map((a) => [a.id, a]),
        );
        const topic: AgendaItem = {
          ...prev,
          proceedings: { ...fields, recordedAt: now.toISOString(), recordedBy: by },
          // Reports only of the topic's reporting units; opinions only of people invited to this meeting.
          reports: reports.flatMap((r) => {
            const unit = prev.reportingUnits.find((u) => u.unitId === r.unitId);
            return unit ? [{ ...r, unitName: unit.unitName }] : [];
          }),
          inviteeOpinions: inviteeOpinions.flatMap((o) => {
            const row = attendance.get(o.attendanceId);
            return row ? [{ ...o, name: row.label ? `${row.label}${row.name}` : row.name }] : [];
          }),
          updatedAt: now.toISOString(),
        };
        const units = new Map(
          (await db.units.bulkGet([...new Set(validTasks.flatMap((task) => task.unitIds))])).flatMap((u) =>
            u ? [[u.id, u] as const] : [],
          ),
        );
        if (validTasks.some((task) => task.unitIds.some((id) => !units.has(id))))
          throw new AppError('validation', { field: 'meetings.task.unitIds', rule: 'unknown-unit' });
        // Staff see what the topic already deployed; the same matter to the same unit again is refused.
        // An item withdrawn as issued by mistake no longer stands: deploying it again is the correction.
        const deployed = (await itemsOfMeeting(meeting.id)).filter(
          (item) => item.topicId === topicId && item.status !== 'withdrawn',
        );
        assertNoDuplicateTasks(validTasks, deployed, (id) => units.get(id)?.name ?? id);
        const items: SupervisionItem[] = [];
        for (const task of validTasks) {
          const taskId = newId();
          topic.taskIds = [...(topic.taskIds ?? []), taskId];
          items.push(
            ...(await supervisionService.raiseItemsInTransaction(
              taskItemDrafts(task, topic, taskId, meeting.isSample),
              audit,
            )),
          );
        }
        await db.agendaItems.put(topic);
        await audit(
          'topics',
          topicId,
          'update',
          { proceedings: prev.proceedings },
          {
            proceedings: topic.proceedings,
            reports: topic.reports,
            inviteeOpinions: topic.inviteeOpinions,
            taskIds: topic.taskIds,
          },
        );
        return { topic, items };
      },
    );
  },

  /** The supervision items this meeting deployed, oldest first. */
  itemsOf(meetingId: string): Promise<SupervisionItem[]> {
    return read(async () => (await itemsOfMeeting(meetingId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  },
};
