import type { Series } from '../../../../core/data/documentsRepo';
import { meetingDocumentsRepo } from '../../data/meetingDocumentsRepo';
import { bulletinDraft } from '../../../../../shared/systems/meetings/documents/bulletin';
import type { DraftsByRole, MeetingDocumentRole } from '../../../../../shared/systems/meetings/documents/drafts';
import { minutesDraft } from '../../../../../shared/systems/meetings/documents/minutes';
import { noticeDraft, planDraft } from '../../../../../shared/systems/meetings/documents/planNotice';
import type { MeetingRecord } from '../../../../../shared/systems/meetings/documents/record';
import { BULLETIN_SERIES, MINUTES_SERIES } from '../../../../../shared/systems/meetings/documents/series';

export type AnyDraft = DraftsByRole[MeetingDocumentRole];

/** Drafts each role from the record (leaving classified topics out or not). */
export function draftFor(role: MeetingDocumentRole, record: MeetingRecord, leaveClassifiedOut?: boolean): AnyDraft {
  switch (role) {
    case 'plan':
      return planDraft(record, leaveClassifiedOut);
    case 'notice':
      return noticeDraft(record, leaveClassifiedOut);
    case 'minutes':
      return minutesDraft(record, leaveClassifiedOut);
    case 'bulletin':
      return bulletinDraft(record, leaveClassifiedOut);
  }
}

/** The series the document will be numbered in (shown before issue). */
export function seriesFor(role: MeetingDocumentRole, draft: AnyDraft): Series {
  if (role === 'minutes') return { prefix: MINUTES_SERIES, style: 'issue' };
  if (role === 'bulletin') return { prefix: BULLETIN_SERIES, style: 'issue' };
  return { prefix: (draft as DraftsByRole['plan']).prefix.trim(), style: 'docNumber' };
}

export function issueDraft(role: MeetingDocumentRole, meetingId: string, draft: AnyDraft) {
  switch (role) {
    case 'plan':
      return meetingDocumentsRepo.issuePlan(meetingId, draft as DraftsByRole['plan']);
    case 'notice':
      return meetingDocumentsRepo.issueNotice(meetingId, draft as DraftsByRole['notice']);
    case 'minutes':
      return meetingDocumentsRepo.issueMinutes(meetingId, draft as DraftsByRole['minutes']);
    case 'bulletin':
      return meetingDocumentsRepo.issueBulletin(meetingId, draft as DraftsByRole['bulletin']);
  }
}
