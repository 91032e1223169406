import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/core/errors';
import { useErrorText } from '../ui/useErrorText';
import { AuthCard } from './plain/AuthCard';

/**
 * The database could not be opened (or upgraded): say so plainly, with the underlying reason
 * when there is one (a full disk, say); never start over silently. Trying again reloads.
 */
export function StartupErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const cause = error instanceof AppError && error.cause instanceof AppError ? error.cause : null;
  return (
    <AuthCard title={t('auth.startup.failed')}>
      <div className="auth-alert" role="alert">
        {errorText(error)}
      </div>
      {cause && <p className="auth-intro">{t('auth.startup.cause', { reason: errorText(cause) })}</p>}
      <button className="auth-button" type="button" onClick={() => window.location.reload()}>
        {t('auth.startup.retry')}
      </button>
    </AuthCard>
  );
}
