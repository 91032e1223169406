import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { sampleRepo, type SampleKinds } from '../data/sampleRepo';
import { getSession } from '../data/session';
import { useSaveAction } from './useSaveAction';
import { useErrorText } from '../ui/useErrorText';
import { SampleRemovalModal } from './SampleRemovalModal';

/** Sample office for demos and training: clearly marked, removable in one step, by an administrator. */
export function SampleDataPanel() {
  const { t } = useTranslation();
  const save = useSaveAction();
  const errorText = useErrorText();
  const counts = useLiveQuery(() => sampleRepo.count(), []);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<SampleKinds | null>(null);
  const isAdmin = getSession()?.isAdmin ?? false;
  const hasSample = !!counts && counts.units + counts.people + counts.records > 0;

  const load = async () => {
    setBusy(true);
    await save(() => sampleRepo.load(), t('settings.sample.loaded'));
    setBusy(false);
  };

  const askRemove = async () => {
    setBusy(true);
    try {
      // The confirmation names what goes, counted now.
      setConfirming(await sampleRepo.countByKind());
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: false });
    }
    setBusy(false);
  };

  return (
    <>
      <Alert color="yellow">{t('settings.sample.warning')}</Alert>
      {!isAdmin && <Alert color="gray">{t('settings.sample.adminOnly')}</Alert>}
      <Text size="sm" data-testid="sample-counts">
        {t('settings.sample.counts', {
          units: counts?.units ?? 0,
          people: counts?.people ?? 0,
          records: counts?.records ?? 0,
        })}
      </Text>
      <Group>
        <Button loading={busy} disabled={hasSample || !isAdmin} onClick={() => void load()}>
          {t('settings.sample.load')}
        </Button>
        <Button loading={busy} color="gray" disabled={!hasSample || !isAdmin} onClick={() => void askRemove()}>
          {t('settings.sample.remove')}
        </Button>
      </Group>
      {confirming && <SampleRemovalModal kinds={confirming} onClose={() => setConfirming(null)} />}
    </>
  );
}
