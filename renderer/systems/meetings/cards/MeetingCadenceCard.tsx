import { Alert, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../core/shell/routes';
import { useCadence } from '../screens/useCadence';

/**
 * 原则上每两月召开一次 (S1-4.1): the last meeting, when the next is due, and a warning when the
 * gap has passed two months. On the Dashboard and the Meetings page.
 */
export function MeetingCadenceCard({ withLink = false }: { withLink?: boolean }) {
  const { t } = useTranslation();
  const cadence = useCadence();
  if (!cadence) return null;
  return (
    <Card withBorder data-testid="meeting-cadence" aria-label={t('meetings.cadence.title')}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>{t('meetings.cadence.title')}</Text>
          {withLink && (
            <Anchor size="sm" href="#/meetings" onClick={() => navigate('meetings')}>
              {t('meetings.cadence.open')}
            </Anchor>
          )}
        </Group>
        {cadence.last ? (
          <Text size="sm">{t('meetings.cadence.last', { title: cadence.last.title, on: cadence.lastHeldOn })}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('meetings.cadence.none')}
          </Text>
        )}
        {cadence.nextDueOn && !cadence.isOverdue && (
          <Text size="sm">{t('meetings.cadence.due', { on: cadence.nextDueOn, days: cadence.daysLeft ?? 0 })}</Text>
        )}
        {cadence.nextPlanned && (
          <Text size="sm">
            {t('meetings.cadence.planned', { title: cadence.nextPlanned.title, on: cadence.nextPlannedOn })}
          </Text>
        )}
        {cadence.isOverdue && (
          <Alert color="red" p="xs" title={t('meetings.cadence.overdueTitle')}>
            {t('meetings.cadence.overdue', { on: cadence.nextDueOn, days: cadence.daysOverdue })}
          </Alert>
        )}
        {cadence.isPlannedLate && !cadence.isOverdue && (
          <Alert color="yellow" p="xs">
            {t('meetings.cadence.plannedLate', { due: cadence.nextDueOn })}
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          {t('meetings.cadence.rule')}
        </Text>
      </Stack>
    </Card>
  );
}
