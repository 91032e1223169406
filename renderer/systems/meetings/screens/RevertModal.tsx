import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { earlierStatuses, type MeetingStatus } from '../../../../shared/systems/meetings/status';
import { meetingsRepo } from '../data/meetingsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';

/** 退回: back to an earlier phase, with the reason (audited); later documents must be issued again. */
export function RevertModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const options = earlierStatuses(meeting.status);
  const [to, setTo] = useState<MeetingStatus>(options[options.length - 1]);
  const [reason, setReason] = useState('');
  const { error, run } = useActionError();

  const submit = async () => {
    await run(async () => {
      await meetingsRepo.revert(meeting.id, to, reason);
      onClose();
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('meetings.revert.title')}>
      <Stack>
        <ErrorAlert error={error} />
        <Text size="sm">{t('meetings.revert.intro')}</Text>
        <Select
          label={t('meetings.revert.to')}
          allowDeselect={false}
          value={to}
          onChange={(v) => v && setTo(v as MeetingStatus)}
          data={options.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
        />
        <Textarea
          label={t('meetings.revert.reason')}
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
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
