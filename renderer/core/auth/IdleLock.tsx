import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSession } from '../../../shared/core/auth/staff';
import { DEFAULT_SECURITY_SETTINGS } from '../../../shared/core/office/office';
import { settingsRepo } from '../data/settingsRepo';
import { onSettingsChange } from '../data/settingsEvents';
import { staffRepo } from '../data/staffRepo';
import { AuthCard } from './plain/AuthCard';
import { Field } from './plain/Field';
import { useIdleTimer } from './useIdleTimer';

/**
 * Locks the screen after the idle time set in Settings. The app stays mounted underneath (an
 * unsaved form is not lost) but hidden, so nothing classified shows on an unattended screen.
 */
export function IdleLock({ session, children }: { session: StaffSession; children: ReactNode }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(DEFAULT_SECURITY_SETTINGS.idleLockMinutes);
  const { isIdle, reset } = useIdleTimer(minutes * 60_000);
  const [password, setPassword] = useState('');
  const [error, setError] = useState(false);

  useEffect(() => {
    const load = () => void settingsRepo.security().then((s) => setMinutes(s.idleLockMinutes));
    load();
    return onSettingsChange(load);
  }, []);

  const unlock = async () => {
    if (await staffRepo.verifyCurrent(password)) {
      setPassword('');
      setError(false);
      reset();
    } else {
      setError(true);
    }
  };

  return (
    <>
      <div style={{ display: isIdle ? 'none' : 'contents' }} aria-hidden={isIdle}>
        {children}
      </div>
      {isIdle && (
        <AuthCard title={t('auth.lock.title')}>
          <p className="auth-intro">{t('auth.lock.intro', { name: session.displayName })}</p>
          <form className="auth-form" onSubmit={(e) => (e.preventDefault(), void unlock())}>
            {error && (
              <div className="auth-alert" role="alert">
                {t('errors.wrong-password')}
              </div>
            )}
            <Field
              label={t('auth.fields.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoFocus
            />
            <button className="auth-button" type="submit">
              {t('auth.lock.unlock')}
            </button>
            <button className="auth-button auth-button-subtle" type="button" onClick={() => void staffRepo.signOut()}>
              {t('auth.signOut')}
            </button>
          </form>
        </AuthCard>
      )}
    </>
  );
}
