import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEFAULT_OFFICE_SETTINGS } from '../../../shared/core/office/office';
import { localDate } from '../../../shared/core/common/localDate';
import { documentsRepo } from '../data/documentsRepo';
import { documentsSeries } from '../data/documentsSeries';
import { AppError } from '../../../shared/core/errors';
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
  buildDraft,
  emptyCompose,
} from './composeModel';
import type { OfficialDocument } from '../../../shared/core/documents/model';
import { DraftPreviewModal } from './draft/DraftPreviewModal';
import { DocumentOutputModals } from './output/DocumentOutputModals';
import { useDocumentOutput } from './output/useDocumentOutput';
import { ComposeFields } from './ComposeFields';
import { NO_PAST_NUMBER, type PastNumber, PastNumberFields } from './PastNumberFields';

/**
 * Compose a notice, circular, letter or slip; issuing takes the next number of the chosen prefix.
 * 补录 enters a document issued before the app under its original number and date instead.
 */
export function ComposeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const office = useLiveQuery(() => settingsRepo.office(), []) ?? DEFAULT_OFFICE_SETTINGS;
  const { error, run } = useActionError();
  const [past, setPast] = useState<PastNumber>(NO_PAST_NUMBER);
  const today = localDate(new Date());
  const output = useDocumentOutput();
  const [preview, setPreview] = useState<OfficialDocument | null>(null);
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
      const series = { prefix: values.prefix.trim(), style: 'docNumber' } as const;
      const sourceId = 'documents:composed';
      const issued = past.isPast
        ? await documentsSeries.enterPast({
            kind: values.kind,
            series,
            sourceId,
            ...pastNumber(past),
            build: (n) => buildComposed(values, office, n.label, past.issuedOn),
          })
        : await documentsRepo.issue({
            kind: values.kind,
            series,
            sourceId,
            build: (n) => buildComposed(values, office, n.label, today),
          });
      const message = past.isPast ? 'documents.backfill.entered' : 'documents.compose.issued';
      notifications.show({ color: 'green', message: t(message, { number: issued.number }) });
      onClose();
    });
  });

  /** The draft as it stands (no number, marked 草稿), or nothing while a required field is empty. */
  const draft = () => (form.validate().hasErrors ? null : buildDraft(form.values, office, today));
  const printDraft = (doc: OfficialDocument) => output.request('print', doc, DRAFT_SOURCE);
  const printCurrentDraft = () => {
    const doc = draft();
    if (doc) printDraft(doc);
  };

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
          <PastNumberFields value={past} onChange={setPast} prefix={form.values.prefix} today={today} />
          <Group gap="xs">
            <Button variant="light" onClick={() => setPreview(draft())}>
              {t('documents.draft.preview')}
            </Button>
            <Button variant="light" onClick={printCurrentDraft}>
              {t('documents.draft.print')}
            </Button>
          </Group>
          <FormActions
            onCancel={onClose}
            submitLabel={t(past.isPast ? 'documents.backfill.submit' : 'documents.compose.issue')}
          />
        </Stack>
      </form>
      {preview && (
        <DraftPreviewModal draft={preview} onPrint={() => printDraft(preview)} onClose={() => setPreview(null)} />
      )}
      <DocumentOutputModals output={output} />
    </Modal>
  );
}

/** A draft's prints go into the print register under the compose form (it has no register entry yet). */
const DRAFT_SOURCE = { entity: 'documentDrafts', id: 'compose' };

/** The 补录 number and date as the register takes them; a field left empty is refused by name. */
function pastNumber(past: PastNumber): { year: number; sequence: number; issuedOn: string } {
  for (const field of ['year', 'sequence', 'issuedOn'] as const)
    if (past[field] === '')
      throw new AppError('validation', { field: `documents.backfill.${field}`, rule: 'required' });
  return { year: Number(past.year), sequence: Number(past.sequence), issuedOn: past.issuedOn };
}
