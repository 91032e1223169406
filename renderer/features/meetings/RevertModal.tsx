import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings/meeting';
import { earlierStatuses, type MeetingStatus } from '../../../shared/domain/meetings/status';
import { meetingsRepo } from '../../data/repos/meetingsRepo';
import { useErrorText } from '../../ui/useErrorText';

/** 退回: back to an earlier phase, with the reason (audited); later documents must be issued again. */
export function RevertModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const options = earlierStatuses(meeting.status);
  const [to, setTo] = useState<MeetingStatus>(options[options.length - 1]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    try {
      await meetingsRepo.revert(meeting.id, to, reason);
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('meetings.revert.title')}>
      <Stack>
        {error && <Alert color="red">{error}</Alert>}
        <Text size="sm">{t('meetings.revert.intro')}</Text>
        <Select label={t('meetings.revert.to')} allowDeselect={false} value={to} onChange={(v) => v && setTo(v as MeetingStatus)} data={options.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))} />
        <Textarea label={t('meetings.revert.reason')} withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" onClick={() => void submit()}>
            {t('meetings.revert.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
