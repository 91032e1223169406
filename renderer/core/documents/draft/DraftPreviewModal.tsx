import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import { detectFontPlan } from '../output/fontDetection';
import { draftPreviewHtml } from './draftPreviewHtml';

/** A draft on screen before it takes a number, with 打印草稿 at hand. */
export function DraftPreviewModal({
  draft,
  onPrint,
  onClose,
}: {
  draft: OfficialDocument;
  onPrint: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('documents.draft.previewTitle')} size="calc(210mm + 4rem)">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('documents.draft.previewHint')}
        </Text>
        <iframe
          title={t('documents.draft.previewTitle')}
          data-draft-preview
          sandbox=""
          srcDoc={draftPreviewHtml(draft, detectFontPlan())}
          style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-4)' }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={onPrint}>{t('documents.draft.print')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
