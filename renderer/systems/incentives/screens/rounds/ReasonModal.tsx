import { Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';

/** A step that needs only its reason (withdrawing a slip): required, kept with the record. */
export function ReasonModal({
  title,
  label,
  onSave,
  onClose,
}: {
  title: string;
  label: string;
  onSave: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('common.rules.required')) },
  });
  const submit = form.onSubmit(async ({ reason }) => {
    await run(async () => {
      await onSave(reason);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Textarea label={label} withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
          <FormActions onCancel={onClose} color="red" />
        </Stack>
      </form>
    </Modal>
  );
}
