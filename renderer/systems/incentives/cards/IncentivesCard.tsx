import { Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../core/shell/routes';
import { incentivesDashboardRepo } from '../data/dashboardRepo';
import { useToday } from '../screens/common/hooks';
import { placeSub, type TodoView } from '../screens/incentivesRoute';

const FIGURES: Array<{ view: TodoView; key: 'awaitingReview' | 'awaitingLeader' | 'followUpsDue'; color: string }> = [
  { view: 'review', key: 'awaitingReview', color: 'blue.7' },
  { view: 'leader', key: 'awaitingLeader', color: 'yellow.8' },
  { view: 'followUps', key: 'followUpsDue', color: 'red.7' },
];

/** System 3 on the Dashboard: applications to review, lists with the leader, follow-ups due. Each opens its list. */
export function IncentivesCard() {
  const { t } = useTranslation();
  const today = useToday();
  const counts = useLiveQuery(() => incentivesDashboardRepo.counts(today), [today]);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('incentives.dashboard.title')}</Title>
        <SimpleGrid cols={3}>
          {FIGURES.map(({ view, key, color }) => (
            <UnstyledButton
              key={view}
              aria-label={t(`incentives.dashboard.${key}`)}
              onClick={() => navigate('incentives', placeSub({ page: 'todo', view }))}
            >
              <Text size="sm" c="dimmed">
                {t(`incentives.dashboard.${key}`)}
              </Text>
              <Text
                size="xl"
                fw={700}
                c={counts && counts[key] > 0 ? color : undefined}
                data-testid={`incentives-${view}`}
              >
                {counts ? counts[key] : '…'}
              </Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
