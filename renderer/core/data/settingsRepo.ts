import type { z } from 'zod';
import {
  DEFAULT_OFFICE_SETTINGS,
  DEFAULT_SECURITY_SETTINGS,
  type OfficeSettings,
  type SecuritySettings,
  officeSettingsSchema,
  securitySettingsSchema,
} from '../../../shared/core/office/office';
import {
  BACKUP_RETENTION_SETTING,
  backupRetentionSchema,
  type BackupRetention,
} from '../../../shared/core/backup/retention';
import { getDb } from './db';
import { getHost } from '../host';
import { requireAdmin } from './adminOnly';
import { validationError } from './validation';
import { emitSettingsChange } from './settingsEvents';
import { read, writeWithAudit } from './write';

export async function getSetting<T>(key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await getDb().settings.get(key);
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : fallback;
}

/** Settings only an administrator may change: the office's identity and prefixes, the idle lock, the backup policy. */
const ADMIN_SETTINGS: ReadonlySet<string> = new Set(['office', 'security', BACKUP_RETENTION_SETTING]);

export async function putSetting<T>(key: string, schema: z.ZodType<T>, value: T): Promise<T> {
  if (ADMIN_SETTINGS.has(key)) requireAdmin();
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  const db = getDb();
  const saved = await writeWithAudit([db.settings], async (audit) => {
    const before = (await db.settings.get(key))?.value ?? null;
    await db.settings.put({ key, value: parsed.data });
    await audit('settings', key, 'update', before, parsed.data);
    return parsed.data;
  });
  emitSettingsChange();
  return saved;
}

export const settingsRepo = {
  office: () => read(() => getSetting('office', officeSettingsSchema, DEFAULT_OFFICE_SETTINGS)),
  saveOffice: (value: OfficeSettings) => putSetting('office', officeSettingsSchema, value),
  security: () => read(() => getSetting('security', securitySettingsSchema, DEFAULT_SECURITY_SETTINGS)),
  saveSecurity: (value: SecuritySettings) => putSetting('security', securitySettingsSchema, value),
  /** How many automatic backups the backup folder keeps (N newest, one a day for M days): the host's policy. */
  backupRetention: () => read(async () => (await getHost().backupPolicy({})).retention),
  /**
   * Only an administrator decides how much history the office keeps. The host keeps the policy
   * and rotates by it (no backup can bring its own); the settings row mirrors it, audited.
   */
  saveBackupRetention: async (value: BackupRetention) => {
    requireAdmin();
    const parsed = backupRetentionSchema.safeParse(value);
    if (!parsed.success) throw validationError(parsed.error);
    await getHost().backupPolicy({ retention: parsed.data });
    return putSetting(BACKUP_RETENTION_SETTING, backupRetentionSchema, parsed.data);
  },
  /** Read before sign-in: the lock needs the idle time, which is not a record. */
  securityBeforeSignIn: () => getSetting('security', securitySettingsSchema, DEFAULT_SECURITY_SETTINGS),
};
