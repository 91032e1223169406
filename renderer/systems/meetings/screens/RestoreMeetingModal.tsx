import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { meetingCancellationRepo } from '../data/meetingCancellationRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';

/** 恢复会议: with a reason, while its planned date has not passed (the repository checks it). */
export function RestoreMeetingModal({ meeting, onClose }: { meeting: Meeting; onClose: (restored: boolean) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    await run(async () => {
      await meetingCancellationRepo.restore(meeting.id, reason);
      onClose(true);
    });
    setBusy(false);
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={t('meetings.restore.title')}>
      <Stack>
        <ErrorAlert error={error} />
        <Text size="sm">{t('meetings.restore.intro')}</Text>
        <Textarea
          label={t('meetings.restore.reason')}
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
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
