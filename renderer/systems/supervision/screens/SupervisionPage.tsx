import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../core/shell/routes';
import { CheckDetail } from './CheckDetail';
import { ChecksPanel } from './ChecksPanel';
import { ItemDetail } from './ItemDetail';
import { ItemsPanel } from './ItemsPanel';
import { ResultsPanel } from './ResultsPanel';
import { parsePlace, placeSub } from './supervisionRoute';

type Tab = 'items' | 'checks' | 'results';

/** System 2 督查抽查: the tracked items, the checks, and the results (通报, yearly summary). */
export function SupervisionPage({ sub }: { sub: string }) {
  const { t } = useTranslation();
  const place = parsePlace(sub);
  const tab: Tab =
    place.page === 'item' || place.page === 'items'
      ? 'items'
      : place.page === 'check' || place.page === 'checks'
        ? 'checks'
        : 'results';
  const open = (next: Tab) =>
    navigate(
      'supervision',
      placeSub(next === 'items' ? { page: 'items', scope: { by: 'all', view: 'open' } } : { page: next }),
    );
  return (
    <Stack>
      <Title order={2}>{t('supervision.nav')}</Title>
      <Tabs value={tab} onChange={(v) => v && open(v as Tab)}>
        <Tabs.List>
          <Tabs.Tab value="items">{t('supervision.tabs.items')}</Tabs.Tab>
          <Tabs.Tab value="checks">{t('supervision.tabs.checks')}</Tabs.Tab>
          <Tabs.Tab value="results">{t('supervision.tabs.results')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {place.page === 'items' && <ItemsPanel scope={place.scope} />}
      {place.page === 'item' && <ItemDetail id={place.id} />}
      {place.page === 'checks' && <ChecksPanel />}
      {place.page === 'check' && <CheckDetail id={place.id} />}
      {place.page === 'results' && <ResultsPanel />}
    </Stack>
  );
}
