import { Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEFAULT_OFFICE_SETTINGS } from '../../../shared/core/office/office';
import { localDate } from '../../../shared/core/common/localDate';
import { documentsRepo } from '../data/documentsRepo';
import { settingsRepo } from '../data/settingsRepo';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormActions } from '../ui/FormActions';
import { useActionError } from '../ui/useActionError';
import {
  COMPOSABLE_KINDS,
  type ComposableKind,
  type ComposeValues,
  REQUIRED_FIELDS,
  buildComposed,
  emptyCompose,
} from './composeModel';
import { ComposeFields } from './ComposeFields';

/** Compose a notice, circular, letter or slip; issuing takes the next number of the chosen prefix. */
export function ComposeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const office = useLiveQuery(() => settingsRepo.office(), []) ?? DEFAULT_OFFICE_SETTINGS;
  const { error, run } = useActionError();
  const form = useForm<ComposeValues>({
    initialValues: emptyCompose(DEFAULT_OFFICE_SETTINGS),
    validate: (values) =>
      Object.fromEntries(
        REQUIRED_FIELDS[values.kind]
          .filter((f) => !String(values[f]).trim())
          .map((f) => [f, t('common.rules.required')]),
      ),
  });

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const today = localDate(new Date());
      const issued = await documentsRepo.issue({
        kind: values.kind,
        series: { prefix: values.prefix.trim(), style: 'docNumber' },
        sourceId: 'documents:composed',
        build: (n) => buildComposed(values, office, n.label, today),
      });
      notifications.show({ color: 'green', message: t('documents.compose.issued', { number: issued.number }) });
      onClose();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('documents.compose.title')} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('documents.compose.kind')}
            allowDeselect={false}
            data={COMPOSABLE_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
            onChange={(v) => form.setFieldValue('kind', v as ComposableKind)}
          />
          <ComposeFields form={form} prefixes={office.documentPrefixes} />
          <FormActions onCancel={onClose} submitLabel={t('documents.compose.issue')} />
        </Stack>
      </form>
    </Modal>
  );
}
