import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/systems/meetings/topic';
import type { MeetingData } from '../useMeetingData';
import { TopicCard } from './TopicCard';
import { TopicFormModal } from './TopicFormModal';

/** 议题: proposed while preparing (S1-3.1); their documents and materials are readied until the meeting. */
export function TopicsPanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const meeting = data.meeting!;
  const isPreparing = meeting.status === 'preparing' && !meeting.cancellation;

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t(
            meeting.cancellation
              ? 'meetings.topics.introCancelled'
              : isPreparing
                ? 'meetings.topics.introPreparing'
                : 'meetings.topics.introLocked',
          )}
        </Text>
        {isPreparing && <Button onClick={() => setEditing('new')}>{t('meetings.topics.add')}</Button>}
      </Group>
      {data.topics.length === 0 && <Alert color="gray">{t('meetings.topics.none')}</Alert>}
      {data.topics.map((topic, i) => (
        <TopicCard
          key={topic.id}
          topic={topic}
          data={data}
          isFirst={i === 0}
          isLast={i === data.topics.length - 1}
          onEdit={() => setEditing(topic)}
        />
      ))}
      {editing && (
        <TopicFormModal
          meetingId={meeting.id}
          topic={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
