import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../shared/core/bridge/schemas';
import { toAppError } from '../../../shared/core/errors';
import { setStorageLevel } from '../data/storageGuard';
import { getHost } from '../host';

const POLL_MS = 60_000;

/**
 * On every screen: warns when the disk runs low, says why writes stop when it is nearly full, and
 * says so when free space cannot be read at all (the guard would otherwise be off without a word).
 */
export function StorageBanner() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);

  useEffect(() => {
    const check = () =>
      void getHost()
        .storageStatus()
        .then((s) => {
          setStorageLevel(s.level);
          setStatus(s);
          setUnreadable(null);
        })
        .catch((error: unknown) => setUnreadable(toAppError(error).code));
    check();
    const timer = window.setInterval(check, POLL_MS);
    return () => window.clearInterval(timer);
  }, []);

  if (unreadable)
    return (
      <Alert color="yellow" mb="md" title={t('shell.storage.unknown.title')}>
        {t('shell.storage.unknown.body', { reason: unreadable })}
      </Alert>
    );
  if (!status || status.level === 'ok') return null;
  const free = `${(status.freeBytes / 1024 ** 2).toFixed(0)} MB`;
  return (
    <Alert
      color={status.level === 'critical' ? 'red' : 'yellow'}
      mb="md"
      title={t(`shell.storage.${status.level}.title`)}
    >
      {t(`shell.storage.${status.level}.body`, { free })}
    </Alert>
  );
}
