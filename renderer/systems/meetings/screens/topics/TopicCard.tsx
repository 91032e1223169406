import { ActionIcon, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isClassified, type AgendaItem, topicPresenter } from '../../../../../shared/systems/meetings/topic';
import { hasReached } from '../../../../../shared/systems/meetings/status';
import { meetingTopicsRepo } from '../../data/meetingTopicsRepo';
import { useMeetingAction } from '../useMeetingAction';
import type { MeetingData } from '../useMeetingData';
import { DeliberationDocuments } from './DeliberationDocuments';
import { MaterialsList } from './MaterialsList';

interface Props {
  topic: AgendaItem;
  data: MeetingData;
  isFirst: boolean;
  isLast: boolean;
  onEdit: () => void;
}

/** One topic: its kind, presenter, 密级, what the kind needs, documents under deliberation and materials. */
export function TopicCard({ topic, data, isFirst, isLast, onEdit }: Props) {
  const { t } = useTranslation();
  const { run } = useMeetingAction();
  const meeting = data.meeting!;
  const isPreparing = meeting.status === 'preparing' && !meeting.cancellation;
  const beforeMeeting = !hasReached(meeting.status, 'held') && !meeting.cancellation;

  return (
    <Card withBorder data-testid="topic-card" aria-label={topic.title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Group gap={6}>
              <Text fw={600}>{`${topic.order}. ${topic.title}`}</Text>
              <Badge variant="light">{t(`meetings.topicKinds.${topic.kind}`)}</Badge>
              <Badge variant="outline" color={isClassified(topic.secrecy) ? 'red' : 'gray'}>
                {t(`documents.secrecy.${topic.secrecy}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('meetings.topics.presenter', {
                name:
                  topic.presenterUnitId || topic.kind === 'progressReports'
                    ? topicPresenter(topic)
                    : t('meetings.topics.office'),
              })}
            </Text>
          </Stack>
          {isPreparing && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                aria-label={t('meetings.topics.up')}
                disabled={isFirst}
                onClick={() => void run(() => meetingTopicsRepo.move(topic.id, -1))}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={t('meetings.topics.down')}
                disabled={isLast}
                onClick={() => void run(() => meetingTopicsRepo.move(topic.id, 1))}
              >
                ↓
              </ActionIcon>
              <Button size="compact-sm" variant="subtle" onClick={onEdit}>
                {t('common.edit')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => void run(() => meetingTopicsRepo.remove(topic.id), t('meetings.topics.removed'))}
              >
                {t('common.delete')}
              </Button>
            </Group>
          )}
        </Group>
        {topic.sourceDocument && <Text size="sm">{t('meetings.topics.source', { source: topic.sourceDocument })}</Text>}
        {topic.reportingUnits.length > 0 && (
          <Text size="sm">
            {t('meetings.topics.reporting', { units: topic.reportingUnits.map((u) => u.unitName).join('、') })}
          </Text>
        )}
        {topic.summary && <Text size="sm">{topic.summary}</Text>}
        {topic.documents.length > 0 && <DeliberationDocuments topic={topic} canChange={beforeMeeting} />}
        <MaterialsList
          topic={topic}
          materials={data.materials.filter((m) => m.ownerId === topic.id)}
          canChange={beforeMeeting}
        />
      </Stack>
    </Card>
  );
}
