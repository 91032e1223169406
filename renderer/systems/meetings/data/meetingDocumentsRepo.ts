import { localDate } from '../../../../shared/core/common/localDate';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { bulletinDocument } from '../../../../shared/systems/meetings/documents/bulletin';
import {
  type DraftsByRole,
  draftScope,
  type MeetingDocumentRole,
} from '../../../../shared/systems/meetings/documents/drafts';
import { minutesDocument } from '../../../../shared/systems/meetings/documents/minutes';
import { noticeDocument, planDocument } from '../../../../shared/systems/meetings/documents/planNotice';
import type { MeetingRecord } from '../../../../shared/systems/meetings/documents/record';
import { BULLETIN_SERIES, MINUTES_SERIES } from '../../../../shared/systems/meetings/documents/series';
import { signInSheet } from '../../../../shared/systems/meetings/documents/slips';
import { refuse } from '../../../../shared/systems/meetings/refusals';
import {
  assertCanIssueBulletin,
  assertCanIssueMinutes,
  assertCanIssueNotice,
  assertCanIssuePlan,
} from '../../../../shared/systems/meetings/gates';
import { chairNamesNobody, type Meeting } from '../../../../shared/systems/meetings/meeting';
import type { MeetingStatus } from '../../../../shared/systems/meetings/status';
import { AppError } from '../../../../shared/core/errors';
import { getDb } from '../../../core/data/db';
import { type Series, documentsRepo } from '../../../core/data/documentsRepo';
import { meetingSourceId } from './meetingApprovalRepo';
import { loadRecord, recordTables } from './meetingRecord';
import { moveMeeting } from './meetingsRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { read, writeWithAudit } from '../../../core/data/write';

interface RoleSpec<R extends MeetingDocumentRole> {
  kind: OfficialDocument['kind'];
  series: (draft: DraftsByRole[R]) => Series;
  gate: (record: MeetingRecord, draft: DraftsByRole[R]) => void;
  build: (record: MeetingRecord, draft: DraftsByRole[R], label: string, date: string) => OfficialDocument;
  /** The phase issuing it moves the meeting to, if any. */
  advancesTo?: MeetingStatus;
}

const ROLES: { [R in MeetingDocumentRole]: RoleSpec<R> } = {
  plan: {
    kind: 'plan',
    series: (d) => ({ prefix: d.prefix.trim(), style: 'docNumber' }),
    gate: (r) => assertCanIssuePlan(r.meeting, r.attendance),
    build: planDocument,
  },
  notice: {
    kind: 'notice',
    series: (d) => ({ prefix: d.prefix.trim(), style: 'docNumber' }),
    gate: (r) => assertCanIssueNotice(r.meeting, r.attendance),
    build: noticeDocument,
    advancesTo: 'notified',
  },
  minutes: {
    kind: 'minutes',
    series: () => ({ prefix: MINUTES_SERIES, style: 'issue' }),
    gate: (r, d) => assertCanIssueMinutes(r.meeting, r.topics, d.leaveClassifiedOut),
    build: minutesDocument,
    advancesTo: 'minutesIssued',
  },
  bulletin: {
    kind: 'bulletin',
    series: () => ({ prefix: BULLETIN_SERIES, style: 'issue' }),
    gate: (r) => assertCanIssueBulletin(r.meeting),
    build: bulletinDocument,
  },
};

function checkDraft(role: MeetingDocumentRole, draft: DraftsByRole[MeetingDocumentRole]): void {
  const required = role === 'plan' || role === 'notice' ? ['title', 'body', 'prefix'] : ['title', 'body'];
  for (const field of required) {
    if (!String((draft as unknown as Record<string, unknown>)[field] ?? '').trim())
      throw new AppError('validation', { field: `meetings.draft.${field}`, rule: 'required' });
  }
  if (role === 'notice' && !(draft as DraftsByRole['notice']).mainRecipients.trim())
    throw new AppError('validation', { field: 'meetings.draft.mainRecipients', rule: 'required' });
  if (
    role === 'bulletin' &&
    !(Number.isInteger((draft as DraftsByRole['bulletin']).copies) && (draft as DraftsByRole['bulletin']).copies > 0)
  )
    throw new AppError('validation', { field: 'meetings.draft.copies', rule: 'invalid' });
}

/**
 * Issues a meeting document from an edited draft: the gate of its step holds, the register gives
 * the next number of its series, the meeting records it (and moves on where issuing is the step),
 * all in one transaction. The 密级 is the highest of what the document carries, whatever the draft.
 */
async function issue<R extends MeetingDocumentRole>(
  role: R,
  meetingId: string,
  draft: DraftsByRole[R],
  now: Date,
): Promise<IssuedDocument> {
  checkDraft(role, draft);
  const spec = ROLES[role] as RoleSpec<R>;
  const office = await settingsRepo.office();
  const db = getDb();
  return writeWithAudit([...recordTables(), db.docSequences, db.documents], async (audit) => {
    const record = await loadRecord(meetingId, office);
    spec.gate(record, draft);
    if (chairNamesNobody(record.meeting.chair, office)) throw refuse('chairUnnamed', { chair: record.meeting.chair });
    const date = localDate(now);
    const issued = await documentsRepo.issue(
      {
        kind: spec.kind,
        series: spec.series(draft),
        sourceId: meetingSourceId(meetingId),
        build: (n) => spec.build(record, draft, n.label, date),
        isSample: record.meeting.isSample,
      },
      now,
    );
    const leftOut = draftScope(record, draft.leaveClassifiedOut).leftOut.map((t) => t.title);
    // The second 纪要 (without classified topics) sits beside the first; the meeting does not move again.
    const slot: keyof Meeting['documents'] =
      role === 'minutes' && record.meeting.status === 'minutesIssued' ? 'minutesWithoutClassified' : role;
    const changes: Partial<Meeting> = {
      documents: { ...record.meeting.documents, [slot]: issued.id },
      leftOut: { ...record.meeting.leftOut, [slot]: leftOut },
    };
    await audit('meetings', meetingId, 'issue', null, { [slot]: issued.number, leftOut });
    if (spec.advancesTo && record.meeting.status !== spec.advancesTo)
      return moveMeeting(record.meeting, spec.advancesTo, audit, now, { changes }).then(() => issued);
    await db.meetings.put({ ...record.meeting, ...changes, updatedAt: now.toISOString() });
    return issued;
  });
}

export const meetingDocumentsRepo = {
  /** Everything the drafts are built from. */
  record(meetingId: string): Promise<MeetingRecord> {
    return read(async () => loadRecord(meetingId, await settingsRepo.office()));
  },

  /** 制定会议方案 (S1-3.1). */
  issuePlan: (meetingId: string, draft: DraftsByRole['plan'], now = new Date()) => issue('plan', meetingId, draft, now),
  /** 下发会议通知: the meeting is 已通知. */
  issueNotice: (meetingId: string, draft: DraftsByRole['notice'], now = new Date()) =>
    issue('notice', meetingId, draft, now),
  /** 印发会议纪要 (S1-3.3): the meeting is 已出纪要. */
  issueMinutes: (meetingId: string, draft: DraftsByRole['minutes'], now = new Date()) =>
    issue('minutes', meetingId, draft, now),
  /** 编发会议简报 (S1-3.3). */
  issueBulletin: (meetingId: string, draft: DraftsByRole['bulletin'], now = new Date()) =>
    issue('bulletin', meetingId, draft, now),

  /** The 签到表 to print (not registered: it carries no number). */
  async signInSheet(meetingId: string): Promise<OfficialDocument> {
    return signInSheet(await this.record(meetingId));
  },

  /** Every document the meeting issued, in the register, oldest first (voided ones included). */
  issuedFor(meetingId: string): Promise<IssuedDocument[]> {
    return read(async () =>
      (await getDb().documents.where('sourceId').equals(meetingSourceId(meetingId)).toArray()).sort((a, b) =>
        a.issuedKey.localeCompare(b.issuedKey),
      ),
    );
  },
};
