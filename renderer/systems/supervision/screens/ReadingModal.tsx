import { Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { type LeaderReadingInput, leaderReadingSchema } from '../../../../shared/systems/supervision/feedback';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { DateField } from '../../../core/ui/dates/DateField';

/** What the group leader wrote when reading the 情况说明 (阅示), typed in from the signed 呈阅件. */
export function ReadingModal({
  explanationId,
  defaultLeader,
  onClose,
}: {
  explanationId: string;
  defaultLeader: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<LeaderReadingInput>({
    initialValues: { by: defaultLeader, on: localDate(new Date()), remark: '' },
    validate: zodValidate(leaderReadingSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await supervisionItemFlowRepo.recordReading(explanationId, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('supervision.reading.title')}>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Group grow>
            <TextInput label={t('supervision.reading.by')} withAsterisk {...form.getInputProps('by')} />
            <DateField label={t('supervision.reading.on')} withAsterisk {...form.getInputProps('on')} />
          </Group>
          <Textarea label={t('supervision.reading.remark')} autosize minRows={2} {...form.getInputProps('remark')} />
          <FormActions onCancel={onClose} submitLabel={t('supervision.reading.record')} />
        </Stack>
      </form>
    </Modal>
  );
}
