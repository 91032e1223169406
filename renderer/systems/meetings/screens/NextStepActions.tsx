import { useState } from 'react';
import { Button } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import type { MeetingDocumentRole } from '../../../../shared/systems/meetings/documents/drafts';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { meetingApprovalRepo } from '../data/meetingApprovalRepo';
import { meetingAttendanceRepo } from '../data/meetingAttendanceRepo';
import { meetingsRepo } from '../data/meetingsRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { DocumentOutputModals } from '../../../core/documents/output/DocumentOutputModals';
import { useDocumentOutput } from '../../../core/documents/output/useDocumentOutput';
import { LeaderDecisionModal } from '../../../core/ui/LeaderDecisionModal';
import { DraftModal } from './documents/DraftModal';
import { MarkHeldModal } from './MarkHeldModal';
import { MarkAttendanceModal } from './attendance/MarkAttendanceModal';
import { ProceedingsSteps, unrecordedTopicAfter } from './proceedings/ProceedingsSteps';
import type { MeetingTab } from './meetingTab';
import { useMeetingAction } from './useMeetingAction';
import type { MeetingData } from './useMeetingData';

/** The buttons that take the meeting's next step; the repository refuses with the reason if a gate is not met. */
export function NextStepActions({ data, onOpenTab }: { data: MeetingData; onOpenTab: (tab: MeetingTab) => void }) {
  const { t } = useTranslation();
  const { run, busy } = useMeetingAction();
  const output = useDocumentOutput();
  const office = useLiveQuery(() => settingsRepo.office(), []) ?? DEFAULT_OFFICE_SETTINGS;
  const [deciding, setDeciding] = useState(false);
  const [drafting, setDrafting] = useState<MeetingDocumentRole | null>(null);
  const [markingHeld, setMarkingHeld] = useState(false);
  const [recordingTopic, setRecordingTopic] = useState<string | null>(null);
  // 登记到会情况 opens the form at the first row not yet recorded, then goes on row by row.
  const [marking, setMarking] = useState<string | null>(null);
  const markingRow = data.attendance.find((r) => r.id === marking);
  const unrecordedAfter = (id: string | null) => {
    const from = id ? data.attendance.findIndex((r) => r.id === id) + 1 : 0;
    return data.attendance.slice(from).find((r) => r.status === 'invited') ?? null;
  };
  const meeting = data.meeting!;
  const slip = meeting.documents.approvalSlip
    ? data.documents.find((d) => d.id === meeting.documents.approvalSlip)
    : undefined;

  const printSlip = async () => {
    const issued = await run(() => meetingApprovalRepo.issueSlip(meeting.id), t('meetings.approval.slipIssued'));
    if (issued) output.request('print', issued.document, issued.id);
  };

  const buttons = (() => {
    switch (meeting.status) {
      case 'preparing':
        return slip ? (
          <>
            <Button variant="default" onClick={() => output.request('print', slip.document, slip.id)}>
              {t('meetings.approval.reprint')}
            </Button>
            <Button onClick={() => setDeciding(true)}>{t('meetings.approval.record')}</Button>
          </>
        ) : (
          <Button loading={busy} onClick={() => void printSlip()}>
            {t('meetings.approval.printSlip')}
          </Button>
        );
      case 'topicsApproved':
        return (
          <>
            {/* No one invited yet: the list from the registry in one click, shown on its tab. */}
            {data.attendance.length === 0 ? (
              <Button
                variant="default"
                loading={busy}
                onClick={() => {
                  onOpenTab('attendance');
                  void run(
                    () => meetingAttendanceRepo.inviteFromRegistry(meeting.id),
                    t('meetings.attendance.invited'),
                  );
                }}
              >
                {t('meetings.attendance.fromRegistry')}
              </Button>
            ) : (
              <Button variant="default" onClick={() => onOpenTab('attendance')}>
                {t('meetings.tabs.attendanceShort')}
              </Button>
            )}
            <Button onClick={() => setDrafting(meeting.documents.plan ? 'notice' : 'plan')}>
              {t(meeting.documents.plan ? 'meetings.documents.draft.notice' : 'meetings.documents.draft.plan')}
            </Button>
          </>
        );
      case 'notified':
        return (
          <>
            <Button
              variant="default"
              onClick={() => {
                onOpenTab('attendance');
                setMarking(unrecordedAfter(null)?.id ?? null);
              }}
            >
              {t('meetings.attendance.record')}
            </Button>
            <Button onClick={() => setMarkingHeld(true)}>{t('meetings.held.open')}</Button>
          </>
        );
      case 'held':
        return (
          <>
            <Button
              variant="default"
              onClick={() => {
                onOpenTab('proceedings');
                setRecordingTopic(unrecordedTopicAfter(data, null));
              }}
            >
              {t('meetings.proceedings.open')}
            </Button>
            <Button onClick={() => setDrafting('minutes')}>{t('meetings.documents.draft.minutes')}</Button>
          </>
        );
      case 'minutesIssued':
        return (
          <>
            {!meeting.documents.bulletin && (
              <Button variant="default" onClick={() => setDrafting('bulletin')}>
                {t('meetings.documents.draft.bulletin')}
              </Button>
            )}
            <Button variant="default" onClick={() => onOpenTab('circulation')}>
              {t('meetings.circulation.open')}
            </Button>
            <Button
              loading={busy}
              onClick={() => void run(() => meetingsRepo.archive(meeting.id), t('meetings.archive.done'))}
            >
              {t('meetings.archive.open')}
            </Button>
          </>
        );
      case 'archived':
        return null;
    }
  })();

  return (
    <>
      {buttons}
      <DocumentOutputModals output={output} />
      {deciding && (
        <LeaderDecisionModal
          subject={t('meetings.approval.subject', { title: meeting.title, number: slip?.number ?? '' })}
          defaultLeader={office.groupLeaderName}
          issuedOn={slip ? localDate(new Date(slip.issuedAt)) : null}
          onSave={async (input) => {
            await meetingApprovalRepo.recordDecision(meeting.id, input);
          }}
          onClose={() => setDeciding(false)}
        />
      )}
      {drafting && (
        <DraftModal
          key={drafting}
          role={drafting}
          meetingId={meeting.id}
          onClose={() => setDrafting(null)}
          // The plan issued, the notice's draft opens where the plan's was: the notice is the step that follows.
          onIssued={() => setDrafting(drafting === 'plan' ? 'notice' : null)}
        />
      )}
      {markingRow && (
        <MarkAttendanceModal
          key={markingRow.id}
          row={markingRow}
          onClose={() => setMarking(null)}
          onSaved={() => setMarking(unrecordedAfter(markingRow.id)?.id ?? null)}
        />
      )}
      {recordingTopic && <ProceedingsSteps data={data} topicId={recordingTopic} onStep={setRecordingTopic} />}
      {markingHeld && <MarkHeldModal data={data} onClose={() => setMarkingHeld(false)} />}
    </>
  );
}
