import { Card, SimpleGrid, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '../../../../shared/systems/registry/unit';
import { navigate } from '../../../core/shell/routes';
import { registryStatsRepo } from '../data/registryStatsRepo';

/** The registry at a glance: active units of each kind, each opening the units list. */
export function UnitCountsCard() {
  const { t } = useTranslation();
  const counts = useLiveQuery(() => registryStatsRepo.unitCountsByKind(), []);
  return (
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
  );
}
