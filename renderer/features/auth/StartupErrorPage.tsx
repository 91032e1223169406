import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../ui/useErrorText';
import { AuthCard } from './plain/AuthCard';

/** The database could not be opened: say so plainly; never start over silently. */
export function StartupErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <AuthCard title={t('auth.startup.failed')}>
      <div className="auth-alert" role="alert">
        {errorText(error)}
      </div>
    </AuthCard>
  );
}
