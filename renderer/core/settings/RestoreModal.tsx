import { useState } from 'react';
import { Alert, Button, Group, List, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../shared/core/backup/format';
import { MAX_BACKUP_BYTES } from '../../../shared/core/bridge/backupSchemas';
import { inspectBackup, restoreEncryptedBackup } from '../backup/backupService';
import { getHost } from '../host';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useActionError } from '../ui/useActionError';
import { localDateTime } from '../ui/localDateTime';
import { backupCountLines } from '../backup/backupCountLines';
import { toAppError } from '../../../shared/core/errors';
import { TransferProgress, useTransfer } from './TransferProgress';

type Picked = { bytes: Uint8Array; name: string; summary: BackupSummary };

/**
 * Pick a backup → see what it holds → its secret (a manual backup's passphrase, or an account's
 * username and password for an automatic one) → replace everything, or nothing on any error.
 */
export function RestoreModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [username, setUsername] = useState('');
  const { error, run, show } = useActionError();
  const [busy, setBusy] = useState(false);
  const transfer = useTransfer();
  // Closing stops a backup still being read; nothing was replaced yet.
  const close = () => {
    transfer.stop();
    onClose();
  };

  const pick = async () => {
    let stopped = false;
    setBusy(true);
    await run(async () => {
      try {
        const file = await getHost().openFile(
          { filters: [{ name: 'Backup', extensions: ['twb'] }], maxBytes: MAX_BACKUP_BYTES },
          // A big backup is read in pieces: its bar and its stop show below.
          transfer.start(),
        );
        if (file.status === 'cancelled') return;
        setPicked({ bytes: file.bytes, name: file.name, summary: await inspectBackup(file.bytes) });
      } catch (error) {
        if (toAppError(error).code !== 'transfer-cancelled') throw error;
        stopped = true;
      } finally {
        transfer.end();
      }
    });
    setBusy(false);
    if (stopped) show(t('settings.backup.readStopped'));
  };

  const restore = async () => {
    if (!picked) return;
    setBusy(true);
    const secret = picked.summary.opensWith === 'account' ? { username, password: passphrase } : { passphrase };
    const succeeded = await run(async () => {
      await restoreEncryptedBackup(picked.bytes, secret);
      // Signed out by the restore: the accounts are now the backup's.
    });
    if (!succeeded) setBusy(false);
  };

  return (
    <Modal opened onClose={close} title={t('settings.backup.restore')}>
      <Stack>
        <ErrorAlert error={error} />
        {!picked ? (
          <>
            <Text size="sm">{t('settings.backup.restoreIntro')}</Text>
            <Button loading={busy} onClick={() => void pick()}>
              {t('settings.backup.pickFile')}
            </Button>
            <TransferProgress transfer={transfer} />
          </>
        ) : (
          <>
            <Text size="sm">
              {t('settings.backup.fileHolds', { name: picked.name, date: localDateTime(picked.summary.createdAt) })}
            </Text>
            <List size="sm">
              {backupCountLines(t, picked.summary.counts).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            <Alert color="orange">{t('settings.backup.replaceWarning')}</Alert>
            {picked.summary.opensWith === 'account' ? (
              <>
                <Text size="sm">{t('settings.backup.accountIntro')}</Text>
                <TextInput
                  label={t('common.fields.username')}
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                />
                <PasswordInput
                  label={t('common.fields.password')}
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.currentTarget.value)}
                />
              </>
            ) : (
              <PasswordInput
                label={t('settings.backup.passphrase')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => void restore()}>
                {t('settings.backup.restoreConfirm')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
