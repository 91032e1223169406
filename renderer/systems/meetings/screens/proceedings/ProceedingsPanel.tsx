import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { groupTasks, orderTasks } from '../../../../../shared/systems/meetings/tasks';
import type { AgendaItem } from '../../../../../shared/systems/meetings/topic';
import { hasReached } from '../../../../../shared/systems/meetings/status';
import { navigate } from '../../../../core/shell/routes';
import type { MeetingData } from '../useMeetingData';
import { useMeetingUnits, useUnitNames } from '../useMeetingData';
import { ProceedingsModal } from './ProceedingsModal';

/**
 * 会议情况 per topic (S1-3.2): what was reported, the problems and who resolves them, the
 * decisions; and the key tasks deployed, each already a supervision item per unit (S1-3.3).
 */
export function ProceedingsPanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const units = useMeetingUnits();
  const [recording, setRecording] = useState<AgendaItem | null>(null);
  const meeting = data.meeting!;
  const canRecord = hasReached(meeting.status, 'held') && meeting.status !== 'archived';
  const unitName = useUnitNames();
  const tasks = orderTasks(
    groupTasks(data.items),
    data.topics,
    units.map((u) => u.id),
  );

  return (
    <Stack>
      {!hasReached(meeting.status, 'held') && <Alert color="gray">{t('meetings.proceedings.notYet')}</Alert>}
      {data.topics.map((topic) => {
        const p = topic.proceedings;
        const topicTasks = tasks.filter((task) => task.topicId === topic.id);
        return (
          <Card key={topic.id} withBorder aria-label={topic.title}>
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap={6}>
                  <Text fw={600}>{`${topic.order}. ${topic.title}`}</Text>
                  {p ? (
                    <Badge color="green">{t('meetings.proceedings.recorded')}</Badge>
                  ) : (
                    <Badge color="gray">{t('meetings.proceedings.missing')}</Badge>
                  )}
                </Group>
                {canRecord && (
                  <Button size="compact-sm" variant="light" onClick={() => setRecording(topic)}>
                    {t(p ? 'meetings.proceedings.edit' : 'meetings.proceedings.record')}
                  </Button>
                )}
              </Group>
              {p?.reported && <Text size="sm">{t('meetings.proceedings.reportedText', { text: p.reported })}</Text>}
              {topic.reports.map((r) => (
                <Text key={r.unitId} size="sm">
                  {t('meetings.proceedings.unitReportText', { unit: r.unitName, progress: r.progress, plan: r.plan })}
                </Text>
              ))}
              {topic.inviteeOpinions.map((o) => (
                <Text key={o.attendanceId} size="sm">
                  {t('meetings.proceedings.opinionText', { name: o.name, opinion: o.opinion, followUp: o.followUp })}
                </Text>
              ))}
              {p?.problems && (
                <Text size="sm">
                  {t('meetings.proceedings.problemsText', { problems: p.problems, resolvers: p.resolvers })}
                </Text>
              )}
              {p?.decisions && <Text size="sm">{t('meetings.proceedings.decisionsText', { text: p.decisions })}</Text>}
              {topicTasks.map((task) => (
                <Group key={task.taskId} gap={6} data-testid="deployed-task">
                  <Badge variant="light" color="grape">
                    {t('meetings.tasks.badge')}
                  </Badge>
                  <Text size="sm">
                    {t('meetings.tasks.line', {
                      matter: task.matter,
                      units: task.unitIds.map(unitName).join('、'),
                      due: task.dueOn,
                      count: task.itemIds.length,
                    })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('meetings.tasks.open')}
                  </Text>
                  {/* Each unit's own supervision item, where its feedback and close-out are kept. */}
                  {task.itemIds.map((id, i) => (
                    <Anchor
                      key={id}
                      size="sm"
                      href={`#/supervision/item.${id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate('supervision', `item.${id}`);
                      }}
                    >
                      {unitName(task.unitIds[i])}
                    </Anchor>
                  ))}
                </Group>
              ))}
            </Stack>
          </Card>
        );
      })}
      {recording && (
        <ProceedingsModal
          topic={recording}
          attendance={data.attendance}
          deployed={data.items.filter((i) => i.topicId === recording.id)}
          unitName={unitName}
          onClose={() => setRecording(null)}
        />
      )}
    </Stack>
  );
}
