import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { meetingCancellationRepo } from '../data/meetingCancellationRepo';
import { ReasonModal } from '../../../core/ui/ReasonModal';

/** 恢复会议: with a reason, while its planned date has not passed (the repository checks it). */
export function RestoreMeetingModal({ meeting, onClose }: { meeting: Meeting; onClose: (restored: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <ReasonModal
      title={t('meetings.restore.title')}
      intro={t('meetings.restore.intro')}
      reasonLabel={t('meetings.restore.reason')}
      cancelLabel={t('common.close')}
      confirmLabel={t('meetings.restore.confirm')}
      onConfirm={async (reason) => {
        await meetingCancellationRepo.restore(meeting.id, reason);
        onClose(true);
      }}
      onClose={() => onClose(false)}
    />
  );
}
