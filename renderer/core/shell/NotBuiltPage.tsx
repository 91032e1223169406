import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Route } from './routes';

type ModuleRoute = Extract<Route, 'meetings' | 'supervision' | 'incentives' | 'evaluation'>;

/** A module not built yet says so plainly. */
export function NotBuiltPage({ route }: { route: ModuleRoute }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t(`shell.nav.${route}`)}</Title>
      <Alert color="yellow" title={t('shell.notBuilt.title')}>
        {t(`shell.notBuilt.${route}`)}
      </Alert>
    </Stack>
  );
}
