import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/domain/meetings/status';

const COLORS: Record<MeetingStatus, string> = { preparing: 'gray', topicsApproved: 'blue', notified: 'cyan', held: 'teal', minutesIssued: 'green', archived: 'dark' };

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]}>{t(`meetings.status.${status}`)}</Badge>;
}
