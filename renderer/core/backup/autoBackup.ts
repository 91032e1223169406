import type { Dexie } from 'dexie';
import type {
  BackupEntry,
  BackupReason,
  WriteBackupRequest,
  WriteBackupResult,
} from '../../../shared/core/bridge/backupSchemas';
import { BACKUP_RETENTION_SETTING, backupRetentionSchema } from '../../../shared/core/backup/retention';
import { AppError } from '../../../shared/core/errors';
import type { StaffAccount } from '../../../shared/core/auth/staff';
import { encryptForAccounts } from '../../../shared/core/backup/accounts';
import { readBackupHeader } from '../../../shared/core/backup/format';
import { getHost } from '../host';
import { getDb, SCHEMA_VERSION } from '../data/db';
import { isLegacyAutoBackup, openAutoBackup } from './openAutoBackup';
import { restoreSnapshot } from './restore';
import { exportSnapshot } from './snapshot';

const APP_VERSION = String(import.meta.env?.VITE_APP_VERSION ?? '0.0.0');

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The accounts a backup made now is for: the active ones (a disabled account opens no new backup). */
async function activeAccounts(db: Dexie): Promise<StaffAccount[]> {
  if (!db.tables.some((t) => t.name === 'staff')) return [];
  return ((await db.table('staff').toArray()) as StaffAccount[]).filter((s) => s.isActive === 1 && !!s.password);
}

/**
 * Releases before the host kept the rotation policy sent the Settings' N and M with each backup.
 * The first backup after the update hands them to the host once, so a folder an administrator
 * set to keep more than the default is not rotated down to it. Never stops the backup.
 */
async function carryRetentionSetting(db: Dexie): Promise<void> {
  try {
    const row = (await db.table('settings').get(BACKUP_RETENTION_SETTING)) as { value?: unknown } | undefined;
    const parsed = backupRetentionSchema.safeParse(row?.value);
    if (!parsed.success) return;
    if (!(await getHost().backupPolicy({})).stored) await getHost().backupPolicy({ retention: parsed.data });
  } catch (error) {
    console.warn('backup policy not carried over', error);
  }
}

/**
 * The request for an automatic backup of `db` (the live database, or an older one opened in
 * Dexie's dynamic mode before an upgrade), or null when it holds no active account: a database
 * that came back empty must never be kept as the newest backup, where the start-up guard would find
 * it first (and rotation would push the good ones out). Encrypted for the active accounts (no
 * password is needed to make it, one of theirs to open it); the host dates, numbers and rotates it.
 */
export async function buildBackupRequest(
  db: Dexie,
  reason: BackupReason,
  schemaVersion = SCHEMA_VERSION,
): Promise<WriteBackupRequest | null> {
  const accounts = await activeAccounts(db);
  if (accounts.length === 0) return null;
  await carryRetentionSetting(db);
  const { bytes: snapshot, manifest } = await exportSnapshot(db, schemaVersion);
  const bytes = await encryptForAccounts(
    snapshot,
    {
      appVersion: APP_VERSION,
      schemaVersion: manifest.schemaVersion,
      createdAt: new Date().toISOString(),
      counts: manifest.counts,
    },
    accounts,
  );
  return {
    bytes: bytes as Uint8Array<ArrayBuffer>,
    meta: { reason, schemaVersion: manifest.schemaVersion, counts: manifest.counts, sha256: await sha256Hex(bytes) },
  };
}

export type AutoBackupResult = WriteBackupResult | { status: 'empty' };

/**
 * An automatic backup: a snapshot of every table, encrypted, handed to the host, which keeps it
 * (atomically, checksummed, dated, numbered, rotated by its policy) in a folder outside the
 * browser profile. The plain browser host has no such folder and answers 'unavailable'.
 */
export async function autoBackup(reason: BackupReason): Promise<AutoBackupResult> {
  const request = await buildBackupRequest(getDb(), reason);
  return request ? getHost().writeBackup(request) : { status: 'empty' };
}

/** Automatic backups made of a database that held accounts (older ones made of an empty one are passed over). */
function holdsData(entry: BackupEntry): boolean {
  return (entry.meta.counts.staff ?? 0) > 0;
}

/** What the start-up guard found in the backup folder. */
export interface BackupSearch {
  /** The newest backup whose bytes verify, with those bytes; null when none does. */
  good: (BackupEntry & { bytes: Uint8Array }) | null;
  /** How many backups were found in all, and how many were passed over as damaged. */
  found: number;
  damaged: number;
}

/**
 * Reads backups newest first (by the host's sequence) until one verifies: the host checks its
 * checksum, and an encrypted one's header must be whole too.
 */
export async function findNewestGoodBackup(): Promise<BackupSearch> {
  const entries = (await getHost().listBackups()).filter(holdsData);
  let damaged = 0;
  for (const entry of entries) {
    try {
      const bytes = new Uint8Array(await getHost().readBackup({ path: entry.path }));
      if (!isLegacyAutoBackup(bytes)) await readBackupHeader(bytes);
      return { good: { ...entry, bytes }, found: entries.length, damaged };
    } catch {
      damaged += 1; // truncated, bit-flipped or gone since listed: try the next older one
    }
  }
  return { good: null, found: entries.length, damaged };
}

/**
 * Start-up guard: the database holds no account (it opened empty) while automatic backups exist.
 * Restores `chosen` (what the guard showed the user), opened with the username and password of an
 * account of that time; only ever into an empty database. Its audit entry names that account.
 */
export async function restoreNewestAutoBackup(
  chosen: BackupEntry & { bytes: Uint8Array },
  credentials: { username: string; password: string },
): Promise<{ createdAt: string; counts: Record<string, number> }> {
  const db = getDb();
  if ((await db.staff.count()) > 0) throw new AppError('validation', { field: '-', rule: 'not-empty' });
  const payload = await openAutoBackup(chosen.bytes, credentials);
  const now = new Date().toISOString();
  const counts = await restoreSnapshot(db, payload, {
    entry: (snapshot) => {
      const name = credentials.username.trim().toLowerCase();
      const actor = (snapshot.tables.staff ?? []).find((s) => s.username === name) as StaffAccount | undefined;
      return {
        at: now,
        actorId: actor?.id ?? '-',
        actorName: actor?.displayName ?? name,
        entity: 'backup',
        entityId: chosen.meta.createdAt,
        action: 'restore',
        before: null,
        after: { createdAt: chosen.meta.createdAt, reason: chosen.meta.reason, startupGuard: 1 },
      };
    },
  });
  return { createdAt: chosen.meta.createdAt, counts };
}
