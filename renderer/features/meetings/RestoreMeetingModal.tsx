import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings/meeting';
import { meetingCancellationRepo } from '../../data/repos/meetingCancellationRepo';
import { useErrorText } from '../../ui/useErrorText';

/** 恢复会议: with a reason, while its planned date has not passed (the repository checks it). */
export function RestoreMeetingModal({ meeting, onClose }: { meeting: Meeting; onClose: (restored: boolean) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      await meetingCancellationRepo.restore(meeting.id, reason);
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={t('meetings.restore.title')}>
      <Stack>
        {error && <Alert color="red">{error}</Alert>}
        <Text size="sm">{t('meetings.restore.intro')}</Text>
        <Textarea label={t('meetings.restore.reason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('common.close')}
          </Button>
          <Button loading={busy} onClick={() => void submit()}>
            {t('meetings.restore.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
