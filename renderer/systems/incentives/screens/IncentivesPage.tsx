import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../core/shell/routes';
import { ClaimDetail } from './claims/ClaimDetail';
import { parsePlace, placeSub } from './incentivesRoute';
import { ReportPanel } from './report/ReportPanel';
import { RoundDetail } from './rounds/RoundDetail';
import { RoundsPanel } from './rounds/RoundsPanel';
import { TodoPanel } from './todo/TodoPanel';

type Tab = 'rounds' | 'report' | 'todo';

/** System 3 激励奖励: rounds with their applications, the year's points, and what waits. */
export function IncentivesPage({ sub }: { sub: string }) {
  const { t } = useTranslation();
  const place = parsePlace(sub);
  const tab: Tab = place.page === 'report' ? 'report' : place.page === 'todo' ? 'todo' : 'rounds';
  const open = (next: Tab) =>
    navigate('incentives', placeSub(next === 'todo' ? { page: 'todo', view: 'review' } : { page: next }));
  return (
    <Stack>
      <Title order={2}>{t('incentives.nav')}</Title>
      <Tabs value={tab} onChange={(v) => v && open(v as Tab)}>
        <Tabs.List>
          <Tabs.Tab value="rounds">{t('incentives.tabs.rounds')}</Tabs.Tab>
          <Tabs.Tab value="report">{t('incentives.tabs.report')}</Tabs.Tab>
          <Tabs.Tab value="todo">{t('incentives.tabs.todo')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {place.page === 'rounds' && <RoundsPanel />}
      {place.page === 'round' && <RoundDetail id={place.id} />}
      {place.page === 'claim' && <ClaimDetail id={place.id} />}
      {place.page === 'report' && <ReportPanel />}
      {place.page === 'todo' && <TodoPanel view={place.view} />}
    </Stack>
  );
}
