import { Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { type ExplanationInput, explanationInputSchema } from '../../../../shared/systems/supervision/feedback';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { DateField } from '../../../core/ui/dates/DateField';

/** 情况说明 from the unit for an item past its deadline: why, and what it will do. */
export function ExplanationModal({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<ExplanationInput>({
    initialValues: { receivedOn: localDate(new Date()), reason: '', measures: '', submittedBy: '' },
    validate: zodValidate(explanationInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await supervisionItemFlowRepo.recordExplanation(itemId, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('supervision.explanation.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Group grow>
            <DateField
              label={t('supervision.explanation.receivedOn')}
              withAsterisk
              {...form.getInputProps('receivedOn')}
            />
            <TextInput
              label={t('supervision.explanation.submittedBy')}
              withAsterisk
              {...form.getInputProps('submittedBy')}
            />
          </Group>
          <Textarea
            label={t('supervision.explanation.reason')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('reason')}
          />
          <Textarea
            label={t('supervision.explanation.measures')}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('measures')}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
