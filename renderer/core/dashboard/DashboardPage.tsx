import { Suspense } from 'react';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { settingsRepo } from '../data/settingsRepo';
import { installedSystems } from '../plugin/installed';
import { TodayList } from './TodayList';

/**
 * What needs action: Today's one list from every system's manifest, then every system's cards, in
 * their order, each loaded when shown.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const cards = installedSystems()
    .flatMap((s) => s.dashboardCards)
    .sort((a, b) => a.order - b.order);
  return (
    <Stack>
      <Title order={2}>{t('shell.nav.dashboard')}</Title>
      <Text c="dimmed">{office?.officeName}</Text>
      <TodayList />
      <Title order={4}>{t('today.overview')}</Title>
      {cards.map(({ id, Card }) => (
        <Suspense key={id} fallback={<Loader size="sm" />}>
          <Card />
        </Suspense>
      ))}
    </Stack>
  );
}
