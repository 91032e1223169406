import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useErrorText } from '../../../core/ui/useErrorText';
import { snapshotsRepo } from '../data/snapshotsRepo';

/** 冻结: keeps the year's figures as reported now, with who and when. */
export function FreezeModal(props: {
  year: number;
  today: string;
  opened: boolean;
  onClose: () => void;
  onFrozen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const freeze = async () => {
    setBusy(true);
    setError(null);
    try {
      const snapshot = await snapshotsRepo.freeze(props.year, props.today, note);
      notifications.show({ color: 'green', message: t('assessment.frozenDone', { year: props.year }) });
      setNote('');
      props.onFrozen(snapshot.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('assessment.freezeTitle', { year: props.year })}>
      <Stack>
        <Text size="sm">{t('assessment.freezeHint')}</Text>
        <Textarea label={t('assessment.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void freeze()}>
            {t('assessment.freeze')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
