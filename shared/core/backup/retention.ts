import { z } from 'zod';

/**
 * 自动备份保留 how many automatic backups the backup folder keeps: the newest `keepLast` whatever
 * their age, plus the newest of each of the last `keepDaily` calendar days. A Settings value; the
 * main process applies it each time it rotates the folder.
 */
export const backupRetentionSchema = z.object({
  // At least one: the folder must never be rotated down to nothing but today's backups.
  keepLast: z
    .number({ error: 'keep-last-range' })
    .int('keep-last-range')
    .min(1, 'keep-last-range')
    .max(100, 'keep-last-range'),
  keepDaily: z
    .number({ error: 'keep-daily-range' })
    .int('keep-daily-range')
    .min(0, 'keep-daily-range')
    .max(366, 'keep-daily-range'),
});
export type BackupRetention = z.infer<typeof backupRetentionSchema>;

export const DEFAULT_BACKUP_RETENTION: BackupRetention = { keepLast: 10, keepDaily: 14 };

/** The settings row that holds it (settings table, key/value). */
export const BACKUP_RETENTION_SETTING = 'backupRetention';
