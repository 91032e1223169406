import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import {
  WITHDRAWAL_REASON_MAX_CHARS,
  type WithdrawalInput,
  withdrawalInputSchema,
} from '../../../../shared/systems/supervision/withdrawal';
import { supervisionItemCorrectionsRepo } from '../data/supervisionItemCorrectionsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { charCount } from './charCount';

/** 撤销 an item issued by mistake: the reason, and what else it does (the slip is voided). */
export function WithdrawItemModal({ item, onClose }: { item: SupervisionItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<WithdrawalInput>({
    initialValues: { reason: '' },
    validate: zodValidate(withdrawalInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await supervisionItemCorrectionsRepo.withdraw(item.id, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('supervision.withdraw.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('supervision.withdraw.intro')}</Text>
          {item.slipNumber && (
            <Text size="sm" fw={500}>
              {t('supervision.withdraw.slipWillVoid', { number: item.slipNumber })}
            </Text>
          )}
          <ErrorAlert error={error} />
          <Textarea
            label={t('supervision.withdraw.reason')}
            description={charCount(t, form.values.reason, WITHDRAWAL_REASON_MAX_CHARS)}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <FormActions onCancel={onClose} submitLabel={t('supervision.withdraw.confirm')} color="red" />
        </Stack>
      </form>
    </Modal>
  );
}
