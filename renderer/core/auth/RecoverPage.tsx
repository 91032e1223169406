import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSearch } from '../backup/autoBackup';
import { useActionError } from '../ui/useActionError';
import { AuthCard } from './plain/AuthCard';
import { localDateTime } from '../ui/localDateTime';
import { backupCountLines } from '../backup/backupCountLines';

/**
 * The database opened empty while automatic backups exist (a full disk and a restart have been
 * seen to do this): never start over silently. Shows the newest backup that verifies, with its
 * date and counts, and restores exactly that one; says so when every backup is damaged.
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
  const { good } = search;
  const counted = good ? backupCountLines(t, good.meta.counts) : [];

  const restore = async () => {
    setBusy(true);
    const succeeded = await run(async () => {
      const { restoreNewestAutoBackup } = await import('../backup/autoBackup');
      await restoreNewestAutoBackup(good ?? undefined);
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
        <button className="auth-button" type="button" disabled={busy} onClick={() => void restore()}>
          {t('auth.recover.restore')}
        </button>
      )}
      <button className="auth-button auth-button-subtle" type="button" disabled={busy} onClick={() => onDone('fresh')}>
        {t('auth.recover.fresh')}
      </button>
    </AuthCard>
  );
}
