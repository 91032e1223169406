import { Group, Modal, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { type VerificationInput, verificationInputSchema } from '../../../../shared/systems/supervision/feedback';
import { getSession } from '../../../core/data/session';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { DateField } from '../../../core/ui/dates/DateField';

/** 核实办结: done → 办结登记 and 销号; not done → back to the unit, with the reason. */
export function VerifyModal({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<VerificationInput>({
    initialValues: {
      outcome: 'done',
      verifiedOn: localDate(new Date()),
      verifiedBy: getSession()?.displayName ?? '',
      note: '',
    },
    validate: zodValidate(verificationInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await supervisionItemFlowRepo.verify(itemId, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('supervision.verify.title')}>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <SegmentedControl
            aria-label={t('supervision.verify.outcome')}
            data={(['done', 'notDone'] as const).map((o) => ({
              value: o,
              label: t(`supervision.verify.outcomes.${o}`),
            }))}
            {...form.getInputProps('outcome')}
            onChange={(o) => form.setFieldValue('outcome', o as 'done' | 'notDone')}
          />
          <Group grow>
            <DateField label={t('supervision.verify.on')} withAsterisk {...form.getInputProps('verifiedOn')} />
            <TextInput label={t('supervision.verify.by')} withAsterisk {...form.getInputProps('verifiedBy')} />
          </Group>
          <Textarea
            label={t('supervision.verify.note')}
            withAsterisk={form.values.outcome === 'notDone'}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <FormActions
            onCancel={onClose}
            submitLabel={
              form.values.outcome === 'done' ? t('supervision.verify.close') : t('supervision.verify.reopen')
            }
          />
        </Stack>
      </form>
    </Modal>
  );
}
