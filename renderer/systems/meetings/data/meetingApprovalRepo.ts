import {
  isApproved,
  type LeaderDecisionInput,
  leaderDecisionInputSchema,
} from '../../../../shared/core/common/approval';
import { localDate } from '../../../../shared/core/common/localDate';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { assertCanRecordDecision, assertCanRequestApproval } from '../../../../shared/systems/meetings/gates';
import { topicsApprovalSlip } from '../../../../shared/systems/meetings/documents/slips';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { assertDecisionDate } from '../../../core/data/decisionDate';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { loadMeeting, moveMeeting } from './meetingsRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { validationError } from '../../../core/data/validation';
import { writeWithAudit } from '../../../core/data/write';

export const meetingSourceId = (meetingId: string) => `meetings:${meetingId}`;

/**
 * 报组长同意 (S1-3.1): the office prints a 呈批单 listing the topics; the leader signs it on paper;
 * staff record the decision. Approval moves the meeting to 议题已批; a rejection or a return keeps
 * it in 筹备 with the remark, and the next attempt needs a new slip.
 */
export const meetingApprovalRepo = {
  async issueSlip(meetingId: string, now = new Date()): Promise<IssuedDocument> {
    const office = await settingsRepo.office();
    const handler = requireSession().displayName;
    const db = getDb();
    return writeWithAudit([db.meetings, db.agendaItems, db.docSequences, db.documents], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      const topics = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
      assertCanRequestApproval(meeting, topics);
      const issued = await documentsRepo.issue(
        {
          kind: 'approvalSlip',
          series: { prefix: office.approvalSlipPrefix, style: 'docNumber' },
          sourceId: meetingSourceId(meetingId),
          build: (n) => topicsApprovalSlip({ meeting, topics, office }, n.label, localDate(now), handler),
          isSample: meeting.isSample,
        },
        now,
      );
      await db.meetings.put({
        ...meeting,
        documents: { ...meeting.documents, approvalSlip: issued.id },
        updatedAt: now.toISOString(),
      });
      await audit('meetings', meetingId, 'issue', null, { approvalSlip: issued.number });
      return issued;
    });
  },

  async recordDecision(meetingId: string, input: LeaderDecisionInput, now = new Date()): Promise<Meeting> {
    const parsed = leaderDecisionInputSchema.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);
    const db = getDb();
    return writeWithAudit([db.meetings, db.agendaItems, db.documents], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      const topics = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
      assertCanRecordDecision(meeting, topics);
      await assertDecisionDate(parsed.data.on, meeting.documents.approvalSlip, now);
      const decision = {
        ...parsed.data,
        recordedBy: requireSession().displayName,
        recordedAt: now.toISOString(),
        slipDocumentId: meeting.documents.approvalSlip,
      };
      const recorded: Meeting = { ...meeting, approval: decision, approvals: [...meeting.approvals, decision] };
      await audit('meetings', meetingId, isApproved(decision) ? 'approve' : 'reject', null, decision);
      if (isApproved(decision)) return moveMeeting(recorded, 'topicsApproved', audit, now);
      // Sent back: the topics are revised and go up again on a new slip.
      const { approvalSlip: _used, ...documents } = meeting.documents;
      const back: Meeting = { ...recorded, documents, updatedAt: now.toISOString() };
      await db.meetings.put(back);
      return back;
    });
  },
};
