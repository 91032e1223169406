import { Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import {
  EXTENSION_REASON_MAX_CHARS,
  type ExtensionRequestInput,
  extensionRequestSchema,
} from '../../../../shared/systems/supervision/extension';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { supervisionExtensionsRepo } from '../data/supervisionExtensionsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { charCount } from './charCount';
import { DateField } from '../../../core/ui/dates/DateField';

/**
 * The unit's written request for more time, as received: who asked, when, until when and why.
 * Recording it changes no deadline; the leader decides on the 呈批单.
 */
export function ExtensionRequestModal({ item, onClose }: { item: SupervisionItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<ExtensionRequestInput>({
    initialValues: { requestedOn: localDate(new Date()), requestedBy: '', newDueOn: '', newReplyBy: '', reason: '' },
    validate: zodValidate(extensionRequestSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await supervisionExtensionsRepo.request(item.id, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('supervision.extension.requestTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {t('supervision.extension.inForce', { dueOn: item.dueOn, replyBy: item.replyBy ?? item.dueOn })}
          </Text>
          <ErrorAlert error={error} />
          <Group grow>
            <DateField
              label={t('supervision.extension.requestedOn')}
              withAsterisk
              {...form.getInputProps('requestedOn')}
            />
            <TextInput
              label={t('supervision.extension.requestedBy')}
              withAsterisk
              {...form.getInputProps('requestedBy')}
            />
          </Group>
          <Group grow>
            <DateField label={t('supervision.extension.newDueOn')} withAsterisk {...form.getInputProps('newDueOn')} />
            <DateField
              label={t('supervision.extension.newReplyBy')}
              withAsterisk
              {...form.getInputProps('newReplyBy')}
            />
          </Group>
          <Textarea
            label={t('supervision.extension.reason')}
            description={charCount(t, form.values.reason, EXTENSION_REASON_MAX_CHARS)}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('reason')}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
