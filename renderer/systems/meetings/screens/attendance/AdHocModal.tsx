import { Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type AdHocAttendeeInput,
  adHocAttendeeSchema,
  type AttendeeRole,
} from '../../../../../shared/systems/meetings/attendance';
import { meetingAttendanceRepo } from '../../data/meetingAttendanceRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { zodValidate } from '../../../../core/ui/zodValidate';

/** 其他需要参会的人员 (S1-2.5): a name, unit and post, attending or sitting in. */
export function AdHocModal({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<AdHocAttendeeInput>({
    initialValues: { name: '', label: '', role: 'observe' },
    validate: zodValidate(adHocAttendeeSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await meetingAttendanceRepo.addAdHoc(meetingId, values);
      onClose();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('meetings.attendance.addAdHoc')}>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput label={t('meetings.fields.adHocName')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('meetings.fields.adHocLabel')} {...form.getInputProps('label')} />
          <SegmentedControl
            aria-label={t('meetings.attendance.role')}
            data={(['attend', 'observe'] as const).map((r) => ({ value: r, label: t(`meetings.roles.${r}`) }))}
            value={form.values.role}
            onChange={(v) => form.setFieldValue('role', v as AttendeeRole)}
          />
          <FormActions onCancel={onClose} submitLabel={t('meetings.attendance.invite')} />
        </Stack>
      </form>
    </Modal>
  );
}
