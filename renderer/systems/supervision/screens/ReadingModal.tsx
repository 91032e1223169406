import { Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { decisionDateRule } from '../../../../shared/core/common/approval';
import { localDate } from '../../../../shared/core/common/localDate';
import { type LeaderReadingInput, leaderReadingSchema } from '../../../../shared/systems/supervision/feedback';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { documentIssuedOn } from '../../../core/data/decisionDate';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { DateField } from '../../../core/ui/dates/DateField';

/** What the group leader wrote when reading the 情况说明 (阅示), typed in from the signed 呈阅件. */
export function ReadingModal({
  explanationId,
  documentId,
  defaultLeader,
  onClose,
}: {
  explanationId: string;
  /** The printed 呈阅件: the 阅示 is dated between its issue and today. */
  documentId?: string;
  defaultLeader: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const issuedOn = useLiveQuery(() => (documentId ? documentIssuedOn(documentId) : null), [documentId]);
  const today = localDate(new Date());
  const schemaErrors = zodValidate(leaderReadingSchema, t);
  const form = useForm<LeaderReadingInput>({
    initialValues: { by: defaultLeader, on: today, remark: '' },
    validate: (values) => {
      const errors = schemaErrors(values);
      const rule = errors.on ? null : decisionDateRule(values.on, localDate(new Date()), issuedOn);
      return rule ? { ...errors, on: t(`common.rules.${rule}`) } : errors;
    },
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
            <DateField
              label={t('supervision.reading.on')}
              withAsterisk
              minDate={issuedOn ?? undefined}
              maxDate={today}
              {...form.getInputProps('on')}
            />
          </Group>
          <Textarea label={t('supervision.reading.remark')} autosize minRows={2} {...form.getInputProps('remark')} />
          <FormActions onCancel={onClose} submitLabel={t('supervision.reading.record')} />
        </Stack>
      </form>
    </Modal>
  );
}
