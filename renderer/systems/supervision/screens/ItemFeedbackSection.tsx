import { useState } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { fileSizeText } from '../../../../shared/core/common/attachment';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';
import { getHost } from '../../../core/host';
import { recordedOutput } from '../../../core/documents/output/recordedOutput';
import { useErrorText } from '../../../core/ui/useErrorText';
import { FeedbackModal } from './FeedbackModal';

/** The unit's reports on the item, each with its evidence files (S2-5.2). */
export function ItemFeedbackSection({ item }: { item: SupervisionItem }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const feedback = useLiveQuery(() => supervisionItemsRepo.feedbackOf(item.id), [item.id, item.feedbackCount]) ?? [];
  const files =
    useLiveQuery(
      () => supervisionItemsRepo.attachmentsOf(feedback.map((f) => f.id)),
      [feedback.map((f) => f.id).join()],
    ) ?? [];
  const open = item.status === 'open' || item.status === 'replied';

  const save = async (id: string, name: string, type: string) => {
    try {
      const blob = await supervisionItemsRepo.attachmentBlob(id);
      if (!blob) return;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // Evidence carries its item's 密级: its download is registered like a print.
      const record = { kind: 'attachment', sourceEntity: 'attachments', sourceId: id, title: name, number: null };
      await recordedOutput('download', { ...record, secrecy: item.secrecy, format: 'file', copies: null }, () =>
        getHost().saveFile({ suggestedName: name, bytes, mimeType: type }),
      );
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };

  return (
    <Stack gap="xs">
      {feedback.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('supervision.feedback.none')}
        </Text>
      )}
      {feedback.map((f) => (
        <div key={f.id}>
          <Text size="sm" fw={500}>
            {t('supervision.feedback.line', { on: f.receivedOn, by: f.reportedBy })}
          </Text>
          <Text size="sm">{f.progress}</Text>
          <Group gap="xs">
            {files
              .filter((a) => a.ownerId === f.id)
              .map((a) => (
                <Anchor
                  key={a.id}
                  component="button"
                  type="button"
                  size="xs"
                  onClick={() => void save(a.id, a.name, a.mimeType)}
                >
                  {t('supervision.feedback.file', { name: a.name, size: fileSizeText(a.size) })}
                </Anchor>
              ))}
          </Group>
        </div>
      ))}
      {open && (
        <Button variant="light" w="fit-content" onClick={() => setAdding(true)}>
          {t('supervision.feedback.add')}
        </Button>
      )}
      {adding && <FeedbackModal itemId={item.id} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
