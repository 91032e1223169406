import { AppShell, Button, Group, NavLink, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getSession } from '../data/session';
import { staffRepo } from '../data/staffRepo';
import { LanguageSwitch } from './LanguageSwitch';
import { navigate, useRoute } from './routes';
import { navItems } from './navigation';
import { PageSwitch } from './PageSwitch';
import { StorageBanner } from './StorageBanner';
import { SearchBox } from './SearchBox';

const HEADER = 56;
const NAVBAR = 200;
/**
 * The sidebar's border is drawn on the page itself, one line from the header to the page's end, just right
 * of the sidebar: the fixed sidebar's own border is only as tall as the window, so a page captured whole
 * (a full-page picture, a printed screen) showed it stopping mid-page.
 */
const SIDEBAR_RULE = {
  backgroundImage: 'linear-gradient(var(--app-shell-border-color), var(--app-shell-border-color))',
  backgroundRepeat: 'no-repeat',
  backgroundSize: '1px 100%',
  backgroundPosition: `${NAVBAR}px ${HEADER}px`,
};

export function AppLayout() {
  const { t } = useTranslation();
  const { route, sub } = useRoute();
  const session = getSession();
  // Another page opens at its top, not at the height the last one was scrolled to (Settings' sample data
  // is far down: the Dashboard then opened on its last card). A block body: Chromium's scrollTo now returns
  // a promise, which React would take for the effect's clean-up and call.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route]);
  // Labels come from the manifests as keys in each system's namespace.
  const text = t as unknown as (key: string) => string;
  return (
    <AppShell
      header={{ height: HEADER }}
      navbar={{ width: NAVBAR, breakpoint: 0 }}
      padding="md"
      styles={{ root: SIDEBAR_RULE }}
    >
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
      <AppShell.Navbar p="xs" withBorder={false} aria-label={t('shell.navigation')}>
        {navItems().map(({ path, labelKey }) => (
          <NavLink
            key={path}
            label={text(labelKey)}
            active={path === route}
            onClick={() => navigate(path)}
            href={`#/${path}`}
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
