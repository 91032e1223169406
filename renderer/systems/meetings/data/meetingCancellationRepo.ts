import { localDate } from '../../../../shared/core/common/localDate';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import {
  assertCanCancel,
  assertCanRestore,
  CANCELLABLE_ROLES,
  restoredMeeting,
} from '../../../../shared/systems/meetings/cancellation';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { refuse } from '../../../../shared/systems/meetings/refusals';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { meetingSourceId } from './meetingApprovalRepo';
import { loadMeeting } from './meetingsRepo';
import { read, writeWithAudit } from '../../../core/data/write';

/** The meeting's documents in the register (index sourceId). */
function registered(meetingId: string): Promise<IssuedDocument[]> {
  return getDb().documents.where('sourceId').equals(meetingSourceId(meetingId)).toArray();
}

/**
 * 取消会议 / 恢复会议 (see shared/systems/meetings/cancellation.ts). Cancelling and voiding the
 * documents chosen with it happen in one transaction: either the meeting is cancelled with its
 * notice voided, or nothing changed.
 */
export const meetingCancellationRepo = {
  async cancel(
    meetingId: string,
    input: { reason: string; voidDocumentIds: string[] },
    now = new Date(),
  ): Promise<Meeting> {
    const db = getDb();
    const by = requireSession().displayName;
    return writeWithAudit([db.meetings, db.documents], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      assertCanCancel(meeting, input.reason);
      const reason = input.reason.trim();
      const own = new Map((await registered(meetingId)).map((d) => [d.id, d]));
      if (input.voidDocumentIds.some((id) => !own.has(id))) throw refuse('notMeetingDocument');
      // The register keeps each voided document with the cancellation's reason; its number stays taken.
      for (const id of input.voidDocumentIds) await documentsRepo.voidDocument(id, reason);
      const at = now.toISOString();
      const next: Meeting = {
        ...meeting,
        cancellation: { on: localDate(now), at, by, reason, voidedDocumentIds: [...input.voidDocumentIds] },
        history: [...meeting.history, { from: meeting.status, to: meeting.status, at, by, reason, event: 'cancel' }],
        updatedAt: at,
      };
      await db.meetings.put(next);
      await audit('meetings', meetingId, 'cancel', { status: meeting.status }, { cancellation: next.cancellation });
      return next;
    });
  },

  /** Restores a cancelled meeting to the phase whose documents still stand in the register. */
  async restore(meetingId: string, reason: string, now = new Date()): Promise<Meeting> {
    const db = getDb();
    const by = requireSession().displayName;
    return writeWithAudit([db.meetings, db.documents], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      assertCanRestore(meeting, reason, localDate(now));
      const voided = new Set((await registered(meetingId)).filter((d) => d.status === 'voided').map((d) => d.id));
      const { status, documents, approval } = restoredMeeting(meeting, (id) => voided.has(id));
      const { cancellation, ...rest } = meeting;
      const at = now.toISOString();
      const next: Meeting = {
        ...rest,
        status,
        documents,
        approval,
        history: [
          ...meeting.history,
          { from: meeting.status, to: status, at, by, reason: reason.trim(), event: 'restore' },
        ],
        updatedAt: at,
      };
      await db.meetings.put(next);
      await audit('meetings', meetingId, 'restore', { cancellation }, { status, reason: reason.trim() });
      return next;
    });
  },

  /** What a cancellation may void: the meeting's 呈批单, plan and notice still standing in the register. */
  voidable(meetingId: string): Promise<IssuedDocument[]> {
    return read(async () => {
      const meeting = await loadMeeting(meetingId);
      const ids = new Set(CANCELLABLE_ROLES.map((role) => meeting.documents[role]).filter((id): id is string => !!id));
      return (await registered(meetingId))
        .filter((d) => ids.has(d.id) && d.status === 'issued')
        .sort((a, b) => a.issuedKey.localeCompare(b.issuedKey));
    });
  },
};
