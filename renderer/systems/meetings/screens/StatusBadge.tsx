import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../../shared/systems/meetings/status';

const COLORS: Record<MeetingStatus, string> = {
  preparing: 'gray',
  topicsApproved: 'blue',
  notified: 'cyan',
  held: 'teal',
  minutesIssued: 'green',
  archived: 'dark',
};

/** The meeting's phase, or 已取消 while it is cancelled (the phase it stopped at stays in its history). */
export function StatusBadge({ status, cancelled = false }: { status: MeetingStatus; cancelled?: boolean }) {
  const { t } = useTranslation();
  // Never cut short in a narrow table cell.
  return (
    <Badge
      color={cancelled ? 'red' : COLORS[status]}
      variant={cancelled ? 'outline' : 'filled'}
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {cancelled ? t('meetings.cancel.badge') : t(`meetings.status.${status}`)}
    </Badge>
  );
}
