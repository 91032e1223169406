import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/domain/meetings/status';

const COLORS: Record<MeetingStatus, string> = { preparing: 'gray', topicsApproved: 'blue', notified: 'cyan', held: 'teal', minutesIssued: 'green', archived: 'dark' };

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  // Never cut short in a narrow table cell.
  return (
    <Badge color={COLORS[status]} style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`meetings.status.${status}`)}
    </Badge>
  );
}
