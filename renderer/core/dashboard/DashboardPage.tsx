import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '../../../shared/systems/registry/unit';
import { registryStatsRepo } from '../../systems/registry/data/registryStatsRepo';
import { settingsRepo } from '../data/settingsRepo';
import { navigate } from '../shell/routes';
import { MeetingCadenceCard } from '../../systems/meetings/cards/MeetingCadenceCard';
import { SupervisionCountsCard } from '../../systems/supervision/cards/SupervisionCountsCard';

/** What needs action. Until the four systems are built it shows the registry at a glance. */
export function DashboardPage() {
  const { t } = useTranslation();
  const counts = useLiveQuery(() => registryStatsRepo.unitCountsByKind(), []);
  const office = useLiveQuery(() => settingsRepo.office(), []);
  return (
    <Stack>
      <Title order={2}>{t('shell.nav.dashboard')}</Title>
      <Text c="dimmed">{office?.officeName}</Text>
      <SimpleGrid cols={4}>
        {UNIT_KINDS.map((kind) => (
          <Card key={kind} withBorder onClick={() => navigate('registry', 'units')} style={{ cursor: 'pointer' }}>
            <Text size="sm" c="dimmed">
              {t(`registry.kinds.${kind}`)}
            </Text>
            <Text size="xl" fw={700} data-testid={`count-${kind}`}>
              {counts ? counts[kind] : '…'}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <MeetingCadenceCard withLink />
      <SupervisionCountsCard />
      <Text size="sm" c="dimmed">
        {t('dashboard.modulesComing')}
      </Text>
    </Stack>
  );
}
