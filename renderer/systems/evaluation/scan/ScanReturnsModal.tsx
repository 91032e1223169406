import { useState } from 'react';
import { Alert, Button, FileInput, Group, Loader, Modal, Progress, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../core/ui/useErrorText';
import { questionnairesRepo } from '../data/questionnairesRepo';
import { scanReturnsRepo } from '../data/scanReturnsRepo';
import { ScanReview } from './ScanReview';
import type { ScanProgress } from './scanClient';
import { useScanBatch } from './useScanBatch';

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/tiff,.pdf,.jpg,.jpeg,.png,.tif,.tiff';

/**
 * 扫描录入 (issue 19): pick the scanned stack, read it with progress and cancel, review what the
 * reader could not settle, save the reviewed copies as returns. Opened from a questionnaire; a
 * batch may hold copies of any printed questionnaire, each saved to its own.
 */
export function ScanReturnsModal({ questionnaireId, onClose }: { questionnaireId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const batch = useScanBatch(scanReturnsRepo);
  const titles = useLiveQuery(() => questionnairesRepo.list(), []) ?? [];
  const titleOf = (id: string) => (id === questionnaireId ? null : (titles.find((q) => q.id === id)?.title ?? id));
  return (
    <Modal opened onClose={onClose} fullScreen title={t('evaluationScan.title')}>
      <Stack>
        {batch.error !== null && <Alert color="red">{errorText(batch.error)}</Alert>}
        {batch.isLoading ? (
          <Group>
            <Loader size="sm" />
            <Text>{t('evaluationScan.loading')}</Text>
          </Group>
        ) : batch.progress ? (
          <Reading progress={batch.progress} onCancel={batch.cancel} />
        ) : batch.draft.batch ? (
          <ScanReview batch={batch} titleOf={titleOf} />
        ) : (
          <PickFiles hasLayouts={batch.layouts.length > 0} onRead={(files) => void batch.start(files)} />
        )}
      </Stack>
    </Modal>
  );
}

function PickFiles({
  hasLayouts,
  onRead,
}: {
  hasLayouts: boolean;
  onRead: (files: { name: string; blob: Blob }[]) => void;
}) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  return (
    <Stack maw={720}>
      <Text>{t('evaluationScan.intro')}</Text>
      {!hasLayouts && <Alert color="yellow">{t('evaluationScan.noLayouts')}</Alert>}
      <FileInput
        multiple
        clearable
        accept={ACCEPT}
        label={t('evaluationScan.files')}
        placeholder={t('evaluationScan.filesPlaceholder')}
        value={files}
        onChange={setFiles}
      />
      <Group>
        <Button
          disabled={!files.length || !hasLayouts}
          onClick={() => onRead(files.map((f) => ({ name: f.name, blob: f })))}
        >
          {t('evaluationScan.read')}
        </Button>
      </Group>
    </Stack>
  );
}

function Reading({ progress, onCancel }: { progress: ScanProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  const value = (100 * progress.pagesRead) / Math.max(progress.pagesExpected, 1);
  const text = t('evaluationScan.reading', {
    pages: progress.pagesRead,
    expected: progress.pagesExpected,
    file: Math.min(progress.filesDone + 1, progress.filesTotal),
    files: progress.filesTotal,
  });
  return (
    <Stack maw={720}>
      <Text>{text}</Text>
      <Progress value={value} aria-label={text} animated />
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('evaluationScan.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
