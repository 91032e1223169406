import { useState } from 'react';
import { ActionIcon, Button, Group, Modal, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../shared/core/errors';
import { localDate } from '../../../../shared/core/common/localDate';
import {
  type FeedbackInput,
  feedbackInputSchema,
  MAX_ATTACHMENT_BYTES,
} from '../../../../shared/systems/supervision/feedback';
import { type EvidenceFile, supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { getHost } from '../../../core/host';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { DateField } from '../../../core/ui/dates/DateField';
import { fileSizeText } from '../../../../shared/core/common/attachment';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
  zip: 'application/zip',
};

/** 反馈办结情况 with 证明材料 (S2-5.2): the unit's report and its evidence, checked for size at once. */
export function FeedbackModal({ itemId, onClose }: { itemId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const form = useForm<FeedbackInput>({
    initialValues: { receivedOn: localDate(new Date()), progress: '', reportedBy: '' },
    validate: zodValidate(feedbackInputSchema, t),
  });

  const addFile = async () => {
    await run(async () => {
      const picked = await getHost().openFile({
        filters: [{ name: t('supervision.feedback.evidence'), extensions: Object.keys(MIME) }],
        maxBytes: 200 * 1024 * 1024,
      });
      if (picked.status === 'cancelled') return;
      // Said at once, with the file's name and the limit, before anything is written.
      if (picked.bytes.byteLength > MAX_ATTACHMENT_BYTES)
        throw new AppError('attachment-too-large', {
          name: picked.name,
          size: fileSizeText(picked.bytes.byteLength),
          max: fileSizeText(MAX_ATTACHMENT_BYTES),
        });
      const ext = picked.name.split('.').pop()?.toLowerCase() ?? '';
      setFiles((prev) => [
        ...prev,
        { name: picked.name, type: MIME[ext] ?? 'application/octet-stream', bytes: picked.bytes },
      ]);
    });
  };
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await supervisionItemFlowRepo.addFeedback(itemId, values, files);
      onClose();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('supervision.feedback.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Group grow>
            <DateField
              label={t('supervision.feedback.receivedOn')}
              withAsterisk
              {...form.getInputProps('receivedOn')}
            />
            <TextInput
              label={t('supervision.feedback.reportedBy')}
              withAsterisk
              {...form.getInputProps('reportedBy')}
            />
          </Group>
          <Textarea
            label={t('supervision.feedback.progress')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('progress')}
          />
          {files.length > 0 && (
            <Table aria-label={t('supervision.feedback.evidence')}>
              <Table.Tbody>
                {files.map((f, i) => (
                  <Table.Tr key={`${f.name}-${i}`}>
                    <Table.Td>{f.name}</Table.Td>
                    <Table.Td>{fileSizeText(f.bytes.byteLength)}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('supervision.feedback.removeFile', { name: f.name })}
                        onClick={() => setFiles(files.filter((_, j) => j !== i))}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Button variant="default" w="fit-content" onClick={() => void addFile()}>
            {t('supervision.feedback.addFile', { max: fileSizeText(MAX_ATTACHMENT_BYTES) })}
          </Button>
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
