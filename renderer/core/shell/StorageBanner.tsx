import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StorageStatus } from '../../../shared/core/bridge/schemas';
import { setStorageLevel } from '../data/storageGuard';
import { getHost } from '../host';

const POLL_MS = 60_000;

/** On every screen: warns when the disk runs low, and says why writes stop when it is nearly full. */
export function StorageBanner() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);

  useEffect(() => {
    const check = () =>
      void getHost()
        .storageStatus()
        .then((s) => {
          setStorageLevel(s.level);
          setStatus(s);
        })
        .catch(() => undefined);
    check();
    const timer = window.setInterval(check, POLL_MS);
    return () => window.clearInterval(timer);
  }, []);

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
