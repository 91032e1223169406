import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../../shared/systems/meetings/status';
import { RecordTable } from '../../../core/ui/RecordTable';
import { localDateTime } from '../../../core/ui/localDateTime';
import type { MeetingData } from './useMeetingData';

/** Every change of phase (going back, cancelling and restoring, with the reason) and every decision on the topics. */
export function HistoryPanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const meeting = data.meeting!;
  const changeText = (h: StatusChange) => {
    const from = t(`meetings.status.${h.from}`);
    const to = t(`meetings.status.${h.to}`);
    if (h.event === 'cancel') return t('meetings.history.cancelText', { from });
    if (h.event === 'restore') return t('meetings.history.restoreText', { to });
    return t('meetings.history.changeText', { from, to });
  };
  return (
    <Stack>
      <Text fw={600} size="sm">
        {t('meetings.history.approvals')}
      </Text>
      <RecordTable
        label={t('meetings.history.approvals')}
        columns={[
          t('common.decision.on'),
          t('common.decision.by'),
          t('common.decision.decision'),
          t('common.decision.remark'),
          t('meetings.history.recordedBy'),
        ]}
        isEmpty={meeting.approvals.length === 0}
      >
        {meeting.approvals.map((a, i) => (
          <Table.Tr key={i}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.on}</Table.Td>
            <Table.Td>{a.by}</Table.Td>
            <Table.Td>{t(`common.decision.values.${a.decision}`)}</Table.Td>
            <Table.Td>{a.remark}</Table.Td>
            <Table.Td>{`${a.recordedBy} ${localDateTime(a.recordedAt)}`}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      <Text fw={600} size="sm">
        {t('meetings.history.phases')}
      </Text>
      <RecordTable
        label={t('meetings.history.phases')}
        columns={[
          t('meetings.history.at'),
          t('meetings.history.change'),
          t('meetings.history.reason'),
          t('meetings.history.by'),
        ]}
        isEmpty={meeting.history.length === 0}
      >
        {meeting.history.map((h, i) => (
          <Table.Tr key={i}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{localDateTime(h.at)}</Table.Td>
            <Table.Td>{changeText(h)}</Table.Td>
            <Table.Td>{h.reason}</Table.Td>
            <Table.Td>{h.by}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
    </Stack>
  );
}
