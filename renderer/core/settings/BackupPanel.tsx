import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getSession } from '../data/session';
import { BackupModal } from './BackupModal';
import { RestoreModal } from './RestoreModal';

/** Manual, encrypted backups the user saves where they choose (removable media), and restore. */
export function BackupPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'backup' | 'restore' | null>(null);
  const isAdmin = getSession()?.isAdmin ?? false;
  return (
    <>
      <Text size="sm">{t('settings.backup.intro')}</Text>
      {!isAdmin && <Alert color="gray">{t('settings.backup.adminOnly')}</Alert>}
      <Group>
        <Button disabled={!isAdmin} onClick={() => setOpen('backup')}>
          {t('settings.backup.create')}
        </Button>
        <Button disabled={!isAdmin} variant="default" onClick={() => setOpen('restore')}>
          {t('settings.backup.restore')}
        </Button>
      </Group>
      {open === 'backup' && <BackupModal onClose={() => setOpen(null)} />}
      {open === 'restore' && <RestoreModal onClose={() => setOpen(null)} />}
    </>
  );
}
