import { Alert, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../ui/useErrorText';

/** The database could not be opened: say so plainly; never start over silently. */
export function StartupErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Center mih="100vh">
      <Alert color="red" title={t('auth.startup.failed')} maw={520}>
        {errorText(error)}
      </Alert>
    </Center>
  );
}
