import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { createEncryptedBackup } from '../backup/backupService';
import { getHost } from '../host';
import { fileSizeText } from '../../../shared/core/common/attachment';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useActionError } from '../ui/useActionError';
import { TransferProgress, useTransfer } from './TransferProgress';

export function BackupModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const { error, run, show } = useActionError();
  const [busy, setBusy] = useState(false);
  const transfer = useTransfer();
  // Closing stops a backup still being written: the host then keeps nothing of it.
  const close = () => {
    transfer.stop();
    onClose();
  };

  const create = async () => {
    if (passphrase.length < 8) return show(t('settings.backup.passphraseTooShort'));
    if (passphrase !== confirm) return show(t('auth.firstRun.passwordMismatch'));
    setBusy(true);
    await run(async () => {
      const { bytes, header } = await createEncryptedBackup(passphrase);
      const stamp = header.createdAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
      const result = await getHost()
        .saveFile(
          {
            suggestedName: `${t('settings.backup.fileName')}-${stamp}.twb`,
            filters: [{ name: 'Backup', extensions: ['twb'] }],
            bytes: new Uint8Array(bytes),
            mimeType: 'application/octet-stream',
          },
          // A big backup goes in pieces: its bar and its stop show below.
          transfer.start(),
        )
        .finally(transfer.end);
      if (result.status === 'saved') {
        // Where it went and how big it is: the office checks the copy on its removable disk by both.
        const size = fileSizeText(bytes.byteLength);
        notifications.show({
          color: 'green',
          autoClose: 15_000,
          message: t('settings.backup.saved', { path: result.path, size }),
        });
        onClose();
      }
    });
    setBusy(false);
  };

  return (
    <Modal opened onClose={close} title={t('settings.backup.create')}>
      <Stack>
        <Text size="sm">{t('settings.backup.passphraseIntro')}</Text>
        <ErrorAlert error={error} />
        <PasswordInput
          label={t('settings.backup.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('settings.backup.confirmPassphrase')}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
        />
        <TransferProgress transfer={transfer} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void create()}>
            {t('settings.backup.createConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
