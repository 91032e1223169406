import { Suspense } from 'react';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { settingsRepo } from '../data/settingsRepo';
import { installedSystems } from '../plugin/installed';

/** What needs action: every installed system's cards, in their order, each loaded when shown. */
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
      {cards.map(({ id, Card }) => (
        <Suspense key={id} fallback={<Loader size="sm" />}>
          <Card />
        </Suspense>
      ))}
    </Stack>
  );
}
