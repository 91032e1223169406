import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { earlierStatuses, type MeetingStatus } from '../../../../shared/systems/meetings/status';
import { meetingsRepo } from '../data/meetingsRepo';
import { ReasonModal } from '../../../core/ui/ReasonModal';

/** 退回: back to an earlier phase, with the reason (audited); later documents must be issued again. */
export function RevertModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const options = earlierStatuses(meeting.status);
  const [to, setTo] = useState<MeetingStatus>(options[options.length - 1]);
  return (
    <ReasonModal
      title={t('meetings.revert.title')}
      intro={t('meetings.revert.intro')}
      reasonLabel={t('meetings.revert.reason')}
      confirmLabel={t('meetings.revert.confirm')}
      color="orange"
      fieldsBefore={
        <Select
          label={t('meetings.revert.to')}
          allowDeselect={false}
          value={to}
          onChange={(v) => v && setTo(v as MeetingStatus)}
          data={options.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
        />
      }
      onConfirm={async (reason) => {
        await meetingsRepo.revert(meeting.id, to, reason);
        onClose();
      }}
      onClose={onClose}
    />
  );
}
