import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../core/shell/routes';
import { AttendancePanel } from './attendance/AttendancePanel';
import { CirculationPanel } from './CirculationPanel';
import { DocumentsPanel } from './documents/DocumentsPanel';
import { HistoryPanel } from './HistoryPanel';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingStepper } from './MeetingStepper';
import { ProceedingsPanel } from './proceedings/ProceedingsPanel';
import { StatusBadge } from './StatusBadge';
import { TopicsPanel } from './topics/TopicsPanel';
import { useMeetingData } from './useMeetingData';
import { meetingTimeText } from '../../../../shared/systems/meetings/meeting';
import { hasReached } from '../../../../shared/systems/meetings/status';
import type { MeetingTab } from './meetingTab';

/** One meeting: where it stands, its next step, and each phase's work on its own tab. */
export function MeetingDetailPage({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const data = useMeetingData(meetingId);
  const [tab, setTab] = useState<MeetingTab>('topics');
  const [editing, setEditing] = useState(false);
  const { meeting } = data;

  if (!data.isLoaded) return null;
  if (!meeting) {
    return (
      <Alert color="red" title={t('errors.not-found')}>
        <Anchor href="#/meetings">{t('meetings.detail.back')}</Anchor>
      </Alert>
    );
  }

  return (
    <Stack>
      <Anchor size="sm" href="#/meetings" onClick={() => navigate('meetings')}>
        {t('meetings.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2}>{meeting.title}</Title>
            <StatusBadge status={meeting.status} cancelled={!!meeting.cancellation} />
            <Badge
              variant="outline"
              color={meeting.secrecy === 'secret' || meeting.secrecy === 'confidential' ? 'red' : 'gray'}
            >
              {t(`documents.secrecy.${meeting.secrecy}`)}
            </Badge>
            {meeting.isAdHoc && (
              <Badge variant="light" color="grape">
                {t('meetings.fields.isAdHoc')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('meetings.detail.when', {
              when:
                i18n.language === 'zh-CN'
                  ? meetingTimeText(meeting.heldOn ?? meeting.plannedOn, meeting.plannedTime)
                  : `${meeting.heldOn ?? meeting.plannedOn} ${meeting.plannedTime}`,
              place: meeting.place,
              chair: meeting.chair,
            })}
          </Text>
          {meeting.heldOn && meeting.heldOn !== meeting.plannedOn && (
            <Text size="sm" c="orange.8" data-testid="meeting-rescheduled">
              {t(meeting.heldDateReason ? 'meetings.detail.rescheduledWhy' : 'meetings.detail.rescheduled', {
                plannedOn: meeting.plannedOn,
                heldOn: meeting.heldOn,
                reason: meeting.heldDateReason,
              })}
            </Text>
          )}
        </Stack>
        {!hasReached(meeting.status, 'notified') && !meeting.cancellation && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('meetings.detail.edit')}
          </Button>
        )}
      </Group>
      <MeetingStepper data={data} onOpenTab={setTab} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as MeetingTab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="topics">{t('meetings.tabs.topics', { n: data.topics.length })}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('meetings.tabs.attendance', { n: data.attendance.length })}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('meetings.tabs.documents')}</Tabs.Tab>
          <Tabs.Tab value="proceedings">{t('meetings.tabs.proceedings')}</Tabs.Tab>
          <Tabs.Tab value="circulation">{t('meetings.tabs.circulation')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('meetings.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="topics" pt="md">
          <TopicsPanel data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendancePanel data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="proceedings" pt="md">
          <ProceedingsPanel data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="circulation" pt="md">
          <CirculationPanel data={data} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel data={data} />
        </Tabs.Panel>
      </Tabs>
      {editing && <MeetingFormModal meeting={meeting} initial={meeting} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
