import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { sampleRepo, type SampleCounts } from '../data/sampleRepo';
import { getSession } from '../data/session';
import { useSaveAction } from './useSaveAction';
import { sampleCountsText } from './sampleCountsText';
import { SampleRemovalModal } from './SampleRemovalModal';

/** Sample office for demos and training: clearly marked, removable in one step, by an administrator. */
export function SampleDataPanel() {
  const { t } = useTranslation();
  const save = useSaveAction();
  const counts = useLiveQuery(() => sampleRepo.count(), []);
  const [busy, setBusy] = useState(false);
  // The confirmation names what goes, as counted when the user asked.
  const [confirming, setConfirming] = useState<SampleCounts | null>(null);
  // The repository refuses a staff account too; the panel says so before anyone clicks.
  const isAdmin = getSession()?.isAdmin ?? false;
  const hasSample = !!counts && Object.values(counts).some((n) => n > 0);

  const load = async () => {
    setBusy(true);
    await save(() => sampleRepo.load(), t('settings.sample.loaded'));
    setBusy(false);
  };

  return (
    <>
      <Alert color="yellow">{t('settings.sample.warning')}</Alert>
      {!isAdmin && <Alert color="gray">{t('settings.sample.adminOnly')}</Alert>}
      <Text size="sm" data-testid="sample-counts">
        {sampleCountsText(t, counts ?? {})}
      </Text>
      <Group>
        <Button loading={busy} disabled={hasSample || !isAdmin} onClick={() => void load()}>
          {t('settings.sample.load')}
        </Button>
        <Button
          loading={busy}
          color="gray"
          disabled={!hasSample || !isAdmin}
          onClick={() => counts && setConfirming(counts)}
        >
          {t('settings.sample.remove')}
        </Button>
      </Group>
      {confirming && <SampleRemovalModal kinds={confirming} onClose={() => setConfirming(null)} />}
    </>
  );
}
