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

/** Wrong passwords the lock accepts before it signs the user out. */
export const LOCK_ATTEMPTS = 5;

/**
 * Locks the screen after the idle time set in Settings. The app's screens are unmounted while
 * locked, so no record stays in the page (nor in its DOM) on an unattended screen; the route is
 * kept, so unlocking returns to the same screen. Five wrong passwords sign the user out.
 */
export function IdleLock({ session, children }: { session: StaffSession; children: ReactNode }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(DEFAULT_SECURITY_SETTINGS.idleLockMinutes);
  const { isIdle, reset } = useIdleTimer(minutes * 60_000);
  const [password, setPassword] = useState('');
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    const load = () => void settingsRepo.security().then((s) => setMinutes(s.idleLockMinutes));
    load();
    return onSettingsChange(load);
  }, []);

  const unlock = async () => {
    const right = await staffRepo.verifyCurrent(password);
    setPassword('');
    if (right) {
      setFailures(0);
      reset();
    } else if (failures + 1 >= LOCK_ATTEMPTS) {
      await staffRepo.signOut();
    } else {
      setFailures(failures + 1);
    }
  };

  return (
    <>
      {!isIdle && children}
      {isIdle && (
        <AuthCard title={t('auth.lock.title')}>
          <p className="auth-intro">{t('auth.lock.intro', { name: session.displayName })}</p>
          <form className="auth-form" onSubmit={(e) => (e.preventDefault(), void unlock())}>
            {/* The lock asks for the password only: the message names nothing it did not ask for. */}
            {failures > 0 && (
              <div className="auth-alert" role="alert">
                {t('auth.lock.wrongPassword')} {t('auth.lock.attemptsLeft', { count: LOCK_ATTEMPTS - failures })}
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
