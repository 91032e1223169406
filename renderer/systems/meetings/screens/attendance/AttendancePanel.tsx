import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AttendanceRow, attendanceCounts } from '../../../../../shared/systems/meetings/attendance';
import { hasReached } from '../../../../../shared/systems/meetings/status';
import { meetingAttendanceRepo } from '../../data/meetingAttendanceRepo';
import { meetingDocumentsRepo } from '../../data/meetingDocumentsRepo';
import { DocumentOutputModals } from '../../../../core/documents/output/DocumentOutputModals';
import { useDocumentOutput } from '../../../../core/documents/output/useDocumentOutput';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { useMeetingAction } from '../useMeetingAction';
import type { MeetingData } from '../useMeetingData';
import { AdHocModal } from './AdHocModal';
import { AttendanceStatusText } from './AttendanceStatusText';
import { InviteesModal } from './InviteesModal';
import { MarkAttendanceModal } from './MarkAttendanceModal';

/**
 * 参会人员 (S1-2) from the registry, invitees and anyone else; then 到会情况 per unit or person
 * (S1-4.3): present, on leave with the office's approval, a substitute, or absent.
 */
export function AttendancePanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const { run, busy } = useMeetingAction();
  const output = useDocumentOutput();
  const [marking, setMarking] = useState<AttendanceRow | null>(null);
  const [dialog, setDialog] = useState<'invitees' | 'adHoc' | null>(null);
  const meeting = data.meeting!;
  const canInvite = !hasReached(meeting.status, 'held') && meeting.status !== 'archived' && !meeting.cancellation;
  const canMark =
    hasReached(meeting.status, 'notified') && !hasReached(meeting.status, 'minutesIssued') && !meeting.cancellation;
  const counts = attendanceCounts(data.attendance);

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" data-testid="attendance-counts">
          {t('meetings.attendance.counts', { ...counts })}
        </Text>
        <Group gap="xs">
          {canInvite && (
            <>
              <Button
                variant="light"
                loading={busy}
                onClick={() =>
                  void run(() => meetingAttendanceRepo.inviteFromRegistry(meeting.id), t('meetings.attendance.invited'))
                }
              >
                {t('meetings.attendance.fromRegistry')}
              </Button>
              <Button variant="light" onClick={() => setDialog('invitees')}>
                {t('meetings.attendance.addInvitees')}
              </Button>
              <Button variant="light" onClick={() => setDialog('adHoc')}>
                {t('meetings.attendance.addAdHoc')}
              </Button>
            </>
          )}
          {canMark && counts.invited > 0 && (
            <Button
              variant="light"
              color="teal"
              loading={busy}
              onClick={() => void run(() => meetingAttendanceRepo.markRestPresent(meeting.id))}
            >
              {t('meetings.attendance.restPresent')}
            </Button>
          )}
          <Button
            variant="default"
            disabled={data.attendance.length === 0}
            onClick={() =>
              void meetingDocumentsRepo
                .signInSheet(meeting.id)
                .then((doc) => output.request('print', doc, { entity: 'meetings', id: meeting.id }))
            }
          >
            {t('meetings.attendance.printSignIn')}
          </Button>
        </Group>
      </Group>
      <RecordTable
        label={t('meetings.attendance.label')}
        columns={[
          t('meetings.attendance.group'),
          t('meetings.attendance.name'),
          t('meetings.attendance.role'),
          t('meetings.attendance.status'),
          '',
        ]}
        isEmpty={data.attendance.length === 0}
      >
        {data.attendance.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`meetings.groups.${row.group}`)}</Table.Td>
            <Table.Td>
              <Text size="sm">{row.name}</Text>
              {row.label && (
                <Text size="xs" c="dimmed">
                  {row.label}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge variant="light" color={row.role === 'attend' ? 'blue' : 'gray'}>
                {t(`meetings.roles.${row.role}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <AttendanceStatusText row={row} />
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {canMark && (
                  <Button size="compact-xs" variant="subtle" onClick={() => setMarking(row)}>
                    {t('meetings.attendance.mark')}
                  </Button>
                )}
                {canInvite && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void run(() => meetingAttendanceRepo.remove(row.id))}
                  >
                    {t('meetings.attendance.remove')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      <DocumentOutputModals output={output} />
      {marking && <MarkAttendanceModal row={marking} onClose={() => setMarking(null)} />}
      {dialog === 'invitees' && (
        <InviteesModal meetingId={meeting.id} invited={data.attendance} onClose={() => setDialog(null)} />
      )}
      {dialog === 'adHoc' && <AdHocModal meetingId={meeting.id} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
