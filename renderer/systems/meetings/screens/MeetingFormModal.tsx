import { Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { type Meeting, type MeetingInput, meetingInputSchema } from '../../../../shared/systems/meetings/meeting';
import { meetingsRepo } from '../data/meetingsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { DateField } from '../../../core/ui/dates/DateField';

interface Props {
  meeting: Meeting | null;
  /** For a new meeting: title, date and chair to start from. */
  initial: MeetingInput;
  onClose: (saved?: Meeting) => void;
}

/** A meeting's title, time, place, chair, 密级 and what attendees prepare. */
export function MeetingFormModal({ meeting, initial, onClose }: Props) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<MeetingInput>({
    initialValues: meeting
      ? {
          title: meeting.title,
          plannedOn: meeting.plannedOn,
          plannedTime: meeting.plannedTime,
          place: meeting.place,
          chair: meeting.chair,
          secrecy: meeting.secrecy,
          isAdHoc: meeting.isAdHoc,
          toPrepare: meeting.toPrepare,
        }
      : initial,
    validate: zodValidate(meetingInputSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      onClose(meeting ? await meetingsRepo.update(meeting.id, values) : await meetingsRepo.create(values));
    });
  });

  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={t(meeting ? 'meetings.form.editTitle' : 'meetings.form.newTitle')}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput label={t('meetings.fields.title')} withAsterisk data-autofocus {...form.getInputProps('title')} />
          <Group grow align="flex-start">
            <DateField label={t('meetings.fields.plannedOn')} withAsterisk {...form.getInputProps('plannedOn')} />
            <TextInput
              type="time"
              label={t('meetings.fields.plannedTime')}
              withAsterisk
              {...form.getInputProps('plannedTime')}
            />
            <Select
              label={t('meetings.fields.secrecy')}
              allowDeselect={false}
              data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
              {...form.getInputProps('secrecy')}
              onChange={(v) => form.setFieldValue('secrecy', v as SecrecyLevel)}
            />
          </Group>
          <TextInput label={t('meetings.fields.place')} withAsterisk {...form.getInputProps('place')} />
          <TextInput
            label={t('meetings.fields.chair')}
            description={t('meetings.form.chairHint')}
            withAsterisk
            {...form.getInputProps('chair')}
          />
          <Textarea
            label={t('meetings.fields.toPrepare')}
            description={t('meetings.form.toPrepareHint')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('toPrepare')}
          />
          <Checkbox
            label={t('meetings.fields.isAdHoc')}
            description={t('meetings.form.adHocHint')}
            {...form.getInputProps('isAdHoc', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
