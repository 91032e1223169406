import { useEffect, useState } from 'react';
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/core/bridge/backupSchemas';
import {
  backupRetentionSchema,
  DEFAULT_BACKUP_RETENTION,
  type BackupRetention,
} from '../../../shared/core/backup/retention';
import { settingsRepo } from '../data/settingsRepo';
import { getSession } from '../data/session';
import { getHost } from '../host';
import { localDateTime } from '../ui/localDateTime';
import { isDatedAhead } from '../backup/backupDates';
import { zodValidate } from '../ui/zodValidate';
import { useSaveAction } from './useSaveAction';

/** The folder of a backup's path, whatever the platform's separator. */
const folderOf = (filePath: string) => filePath.replace(/[\\/][^\\/]*$/, '');

/** Automatic backups: what the folder holds now, and how many the administrator keeps (N and M). */
export function AutoBackupPanel() {
  const { t } = useTranslation();
  const save = useSaveAction();
  const isAdmin = getSession()?.isAdmin ?? false;
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const form = useForm<BackupRetention>({
    initialValues: DEFAULT_BACKUP_RETENTION,
    validate: zodValidate(backupRetentionSchema, t),
  });

  useEffect(() => {
    void settingsRepo.backupRetention().then((value) => {
      form.setValues(value);
      form.resetDirty(value);
    });
    getHost()
      .listBackups()
      .then(setBackups, () => setBackups([]));
    // Load once on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const newest = backups?.[0];
  return (
    <>
      <Text size="sm">{t('settings.autoBackup.intro')}</Text>
      {backups && (
        <Text size="sm" data-testid="auto-backup-summary">
          {newest
            ? t('settings.autoBackup.summary', {
                count: backups.length,
                date: localDateTime(newest.meta.createdAt),
                reason: t(`settings.autoBackup.reasons.${newest.meta.reason}`),
                folder: folderOf(newest.path),
              })
            : t('settings.autoBackup.none')}
        </Text>
      )}
      {newest && isDatedAhead(newest.meta.createdAt) && (
        <Text size="sm" c="orange" data-testid="auto-backup-dated-ahead">
          {t('settings.autoBackup.future')}
        </Text>
      )}
      <form onSubmit={form.onSubmit((values) => void save(() => settingsRepo.saveBackupRetention(values)))}>
        <Group align="flex-start">
          <NumberInput
            label={t('settings.autoBackup.keepLast')}
            description={t('settings.autoBackup.keepLastHint')}
            suffix={t('settings.autoBackup.copies')}
            min={1}
            max={100}
            allowDecimal={false}
            w={250}
            disabled={!isAdmin}
            {...form.getInputProps('keepLast')}
          />
          <NumberInput
            label={t('settings.autoBackup.keepDaily')}
            description={t('settings.autoBackup.keepDailyHint')}
            suffix={t('settings.autoBackup.days')}
            min={0}
            max={366}
            allowDecimal={false}
            w={250}
            disabled={!isAdmin}
            {...form.getInputProps('keepDaily')}
          />
          <Button type="submit" mt={46} disabled={!isAdmin}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </>
  );
}
