import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A system registered but not built yet says so plainly, in its own words. */
export function NotBuiltPage({ titleKey, bodyKey }: { titleKey: string; bodyKey: string }) {
  const { t } = useTranslation();
  const text = t as unknown as (key: string) => string;
  return (
    <Stack>
      <Title order={2}>{text(titleKey)}</Title>
      <Alert color="yellow" title={t('shell.notBuilt.title')}>
        {text(bodyKey)}
      </Alert>
    </Stack>
  );
}
