import { AppShell, Button, Group, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getSession } from '../data/session';
import { staffRepo } from '../data/staffRepo';
import { LanguageSwitch } from './LanguageSwitch';
import { ROUTES, navigate, useRoute } from './routes';
import { PageSwitch } from './PageSwitch';
import { StorageBanner } from './StorageBanner';
import { SearchBox } from './SearchBox';

export function AppLayout() {
  const { t } = useTranslation();
  const { route, sub } = useRoute();
  const session = getSession();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="lg">
            <Text fw={700} c="red.8" size="lg">
              {t('shell.appName')}
            </Text>
            <SearchBox />
          </Group>
          <Group gap="sm">
            <LanguageSwitch />
            <Text size="sm" data-testid="signed-in-user">
              {session?.displayName}
            </Text>
            <Button size="xs" variant="default" onClick={() => void staffRepo.signOut()}>
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        {ROUTES.map((r) => (
          <NavLink
            key={r}
            label={t(`shell.nav.${r}`)}
            active={r === route}
            onClick={() => navigate(r)}
            href={`#/${r}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <StorageBanner />
        <PageSwitch route={route} sub={sub} />
      </AppShell.Main>
    </AppShell>
  );
}
