import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/bridge/backupSchemas';
import { useErrorText } from '../../ui/useErrorText';
import { AuthCard } from './plain/AuthCard';
import { localDateTime } from '../../ui/localDateTime';

/**
 * The database opened empty while backups exist (a full disk and a restart have been seen to do
 * this): never start over silently; show what was found and offer the newest good backup.
 */
export function RecoverPage({ newest, onDone }: { newest: BackupEntry; onDone: (choice: 'restored' | 'fresh') => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const counted = Object.entries(newest.meta.counts).filter(([, n]) => n > 0);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const { restoreNewestAutoBackup } = await import('../../data/backup/autoBackup');
      await restoreNewestAutoBackup();
      onDone('restored');
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.recover.title')}>
      <p className="auth-intro">{t('auth.recover.intro', { date: localDateTime(newest.meta.createdAt) })}</p>
      <ul className="auth-intro">
        {counted.map(([table, n]) => (
          <li key={table}>{t('settings.backup.count', { table: t(`settings.backup.tables.${table}` as 'settings.backup.tables.units', { defaultValue: table }), count: n })}</li>
        ))}
      </ul>
      {error && (
        <div className="auth-alert" role="alert">
          {error}
        </div>
      )}
      <button className="auth-button" type="button" disabled={busy} onClick={() => void restore()}>
        {t('auth.recover.restore')}
      </button>
      <button className="auth-button auth-button-subtle" type="button" disabled={busy} onClick={() => onDone('fresh')}>
        {t('auth.recover.fresh')}
      </button>
    </AuthCard>
  );
}
