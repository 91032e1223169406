import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { supervisionCountsRepo } from '../data/supervisionCountsRepo';
import type { OpenItemsView } from '../data/supervisionItemsRepo';
import { navigate } from '../../../core/shell/routes';
import { type ItemsScope, placeSub } from '../screens/supervisionRoute';
import { useToday } from '../screens/useToday';
import { UnitCountsTable } from '../screens/UnitCountsTable';

const FIGURES: Array<{ view: OpenItemsView; color?: string }> = [
  { view: 'open' },
  { view: 'dueSoon', color: 'yellow.8' },
  { view: 'overdue', color: 'red.7' },
];
const UNITS_SHOWN = 8;

const open = (scope: ItemsScope) => navigate('supervision', placeSub({ page: 'items', scope }));

/**
 * System 2 on the Dashboard, from the kept counts: open items, 临期 and 逾期, overall and by unit.
 * Every number opens the list it counts (the same index range, the same deadline rule).
 */
export function SupervisionCountsCard() {
  const { t } = useTranslation();
  const today = useToday();
  const counts = useLiveQuery(() => supervisionCountsRepo.dashboard(today), [today]);
  const top = (counts?.byUnit ?? []).slice(0, UNITS_SHOWN);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('supervision.dashboard.title')}</Title>
        <SimpleGrid cols={3}>
          {FIGURES.map(({ view, color }) => (
            <UnstyledButton
              key={view}
              onClick={() => open({ by: 'all', view })}
              aria-label={t(`supervision.dashboard.${view}`)}
            >
              <Text size="sm" c="dimmed">
                {t(`supervision.dashboard.${view}`)}
              </Text>
              <Text
                size="xl"
                fw={700}
                c={counts && counts.totals[view as 'open'] > 0 ? color : undefined}
                data-testid={`supervision-${view}`}
              >
                {counts ? counts.totals[view as 'open'] : '…'}
              </Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
        {counts && (
          <Text size="xs" c="dimmed">
            {t('supervision.dashboard.rule', { days: counts.dueSoonDays })}
          </Text>
        )}
        {top.length > 0 && <UnitCountsTable rows={top} label={t('supervision.dashboard.byUnit')} />}
        {counts && counts.byUnit.length > UNITS_SHOWN && (
          <Group justify="flex-end">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => open({ by: 'unit', unitId: '', view: 'overdue' })}
            >
              {t('supervision.dashboard.moreUnits', { count: counts.byUnit.length - UNITS_SHOWN })}
            </Anchor>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
