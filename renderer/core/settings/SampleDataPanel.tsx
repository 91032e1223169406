import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { sampleRepo } from '../data/sampleRepo';
import { useSaveAction } from './useSaveAction';
import { sampleCountsText } from './sampleCountsText';

/** Sample office for demos and training: clearly marked, removable in one step. */
export function SampleDataPanel() {
  const { t } = useTranslation();
  const save = useSaveAction();
  const counts = useLiveQuery(() => sampleRepo.count(), []);
  const [busy, setBusy] = useState(false);
  const hasSample = !!counts && Object.values(counts).some((n) => n > 0);

  const run = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    await save(work, message);
    setBusy(false);
  };

  return (
    <>
      <Alert color="yellow">{t('settings.sample.warning')}</Alert>
      <Text size="sm" data-testid="sample-counts">
        {sampleCountsText(t, counts ?? {})}
      </Text>
      <Group>
        <Button
          loading={busy}
          disabled={hasSample}
          onClick={() => void run(() => sampleRepo.load(), t('settings.sample.loaded'))}
        >
          {t('settings.sample.load')}
        </Button>
        <Button
          loading={busy}
          color="gray"
          disabled={!hasSample}
          onClick={() => void run(() => sampleRepo.remove(), t('settings.sample.removed'))}
        >
          {t('settings.sample.remove')}
        </Button>
      </Group>
    </>
  );
}
