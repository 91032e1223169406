import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from '../../../shared/core/documents/register';
import { documentsRepo } from '../data/documentsRepo';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useActionError } from '../ui/useActionError';

/** Voids an issued document with a reason; its number is never given again. */
export function VoidModal({ doc, onClose }: { doc: IssuedDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { error, run } = useActionError();

  const submit = async () => {
    await run(async () => {
      await documentsRepo.voidDocument(doc.id, reason);
      onClose();
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('documents.void.title')}>
      <Stack>
        <Text size="sm">{t('documents.void.intro', { number: doc.number, title: doc.title })}</Text>
        <ErrorAlert error={error} />
        <Textarea
          label={t('documents.void.reason')}
          withAsterisk
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void submit()}>
            {t('documents.void.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
