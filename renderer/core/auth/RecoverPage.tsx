import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSearch } from '../backup/autoBackup';
import { useActionError } from '../ui/useActionError';
import { AuthCard } from './plain/AuthCard';
import { Field } from './plain/Field';
import { localDateTime } from '../ui/localDateTime';
import { isDatedAhead } from '../backup/backupDates';
import { backupCountLines } from '../backup/backupCountLines';

/**
 * The database opened empty while automatic backups exist (a full disk and a restart have been
 * seen to do this): never start over silently. Shows the newest backup that verifies (the last
 * written, whatever its date; one dated ahead of the clock says so), with its date and counts,
 * and restores exactly that one with the username and password of an account of its time; says
 * so when every backup is damaged.
 */
export function RecoverPage({
  search,
  onDone,
}: {
  search: BackupSearch;
  onDone: (choice: 'restored' | 'fresh') => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { good } = search;
  const counted = good ? backupCountLines(t, good.meta.counts) : [];

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (!good) return;
    setBusy(true);
    const succeeded = await run(async () => {
      const { restoreNewestAutoBackup } = await import('../backup/autoBackup');
      await restoreNewestAutoBackup(good, { username, password });
      onDone('restored');
    });
    if (!succeeded) setBusy(false);
  };

  return (
    <AuthCard title={t('auth.recover.title')}>
      {good ? (
        <>
          <p className="auth-intro">{t('auth.recover.intro', { date: localDateTime(good.meta.createdAt) })}</p>
          <ul className="auth-intro">
            {counted.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {isDatedAhead(good.meta.createdAt) && (
            <div className="auth-alert" role="note">
              {t('auth.recover.future')}
            </div>
          )}
          {search.damaged > 0 && <p className="auth-intro">{t('auth.recover.skipped', { count: search.damaged })}</p>}
        </>
      ) : (
        <div className="auth-alert" role="alert">
          {t('auth.recover.allDamaged', { count: search.found })}
        </div>
      )}
      {error && (
        <div className="auth-alert" role="alert">
          {error}
        </div>
      )}
      {good && (
        <form className="auth-form" onSubmit={(e) => void restore(e)}>
          <p className="auth-intro">{t('auth.recover.credentials')}</p>
          <Field
            label={t('auth.fields.username')}
            isRequired
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <Field
            label={t('auth.fields.password')}
            isRequired
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <button className="auth-button" type="submit" disabled={busy}>
            {t('auth.recover.restore')}
          </button>
        </form>
      )}
      <button className="auth-button auth-button-subtle" type="button" disabled={busy} onClick={() => onDone('fresh')}>
        {t('auth.recover.fresh')}
      </button>
    </AuthCard>
  );
}
