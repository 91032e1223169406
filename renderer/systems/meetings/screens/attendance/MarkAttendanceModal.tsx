import { Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE_STATUSES,
  type AttendanceMark,
  attendanceMarkSchema,
  type AttendanceRow,
  type AttendanceStatus,
} from '../../../../../shared/systems/meetings/attendance';
import { getSession } from '../../../../core/data/session';
import { meetingAttendanceRepo } from '../../data/meetingAttendanceRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { zodValidate } from '../../../../core/ui/zodValidate';

interface Props {
  row: AttendanceRow;
  onClose: () => void;
  /** After a save, instead of closing: the next-step button goes on to the next unrecorded row. */
  onSaved?: () => void;
}

/** One unit's or person's attendance; leave needs its reason and who at the office approved it (S1-4.3). */
export function MarkAttendanceModal({ row, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<AttendanceMark>({
    initialValues: {
      status: row.status === 'invited' ? 'present' : row.status,
      attendeeName: row.attendeeName,
      leaveReason: row.leaveReason,
      leaveApprovedBy: row.leaveApprovedBy || (getSession()?.displayName ?? ''),
      substituteName: row.substituteName,
      substitutePost: row.substitutePost,
    },
    validate: zodValidate(attendanceMarkSchema, t),
  });
  const { status } = form.values;
  const isLeave = status === 'leave' || status === 'substitute';

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await meetingAttendanceRepo.mark(row.id, values);
      (onSaved ?? onClose)();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('meetings.attendance.markTitle', { name: row.name })}>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <SegmentedControl
            aria-label={t('meetings.attendance.status')}
            data={ATTENDANCE_STATUSES.filter((s) => s !== 'invited').map((s) => ({
              value: s,
              label: t(`meetings.attendanceStatus.${s}`),
            }))}
            value={status}
            onChange={(v) => form.setFieldValue('status', v as AttendanceStatus)}
          />
          {status === 'present' && row.unitId && (
            <TextInput label={t('meetings.fields.attendeeName')} {...form.getInputProps('attendeeName')} />
          )}
          {isLeave && (
            <>
              <TextInput label={t('meetings.fields.leaveReason')} withAsterisk {...form.getInputProps('leaveReason')} />
              <TextInput
                label={t('meetings.fields.leaveApprovedBy')}
                withAsterisk
                {...form.getInputProps('leaveApprovedBy')}
              />
            </>
          )}
          {status === 'substitute' && (
            <Group grow align="flex-start">
              <TextInput
                label={t('meetings.fields.substituteName')}
                withAsterisk
                {...form.getInputProps('substituteName')}
              />
              <TextInput
                label={t('meetings.fields.substitutePost')}
                withAsterisk
                {...form.getInputProps('substitutePost')}
              />
            </Group>
          )}
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
