import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow, AttendanceStatus } from '../../../../../shared/systems/meetings/attendance';

const COLORS: Record<AttendanceStatus, string> = {
  invited: 'gray',
  present: 'green',
  leave: 'yellow',
  substitute: 'orange',
  absent: 'red',
};

/** The status with what goes with it: the leave's reason and approver, the substitute's name and post. */
export function AttendanceStatusText({ row }: { row: AttendanceRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Badge color={COLORS[row.status]} variant="light">
        {t(`meetings.attendanceStatus.${row.status}`)}
      </Badge>
      {row.status === 'substitute' && (
        <Text size="xs">
          {t('meetings.attendance.substituteText', { name: row.substituteName, post: row.substitutePost })}
        </Text>
      )}
      {(row.status === 'leave' || row.status === 'substitute') && (
        <Text size="xs" c="dimmed">
          {t('meetings.attendance.leaveText', { reason: row.leaveReason, by: row.leaveApprovedBy })}
        </Text>
      )}
      {row.status === 'present' && row.attendeeName && (
        <Text size="xs" c="dimmed">
          {row.attendeeName}
        </Text>
      )}
    </Stack>
  );
}
