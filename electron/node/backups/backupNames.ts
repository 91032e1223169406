import { BACKUP_REASONS, type BackupReason } from './backupMeta';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * yyyyMMdd-HHmmss-SSS in local time: the folder is where a user looks when the app will not
 * start, and "this morning's backup" should read as this morning. Order never comes from the
 * name (list() sorts by the sidecar's createdAt), so a DST repeat or a time-zone move is harmless.
 */
export function formatStamp(date: Date): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1, 2)}${pad(date.getDate(), 2)}`;
  const time = `${pad(date.getHours(), 2)}${pad(date.getMinutes(), 2)}${pad(date.getSeconds(), 2)}`;
  return `${day}-${time}-${pad(date.getMilliseconds(), 3)}`;
}

export function dataFileName(date: Date, reason: BackupReason): string {
  return `backup-${formatStamp(date)}-${reason}.twb`;
}

const DATA_FILE = new RegExp(`^backup-\\d{8}-\\d{6}-\\d{3}-(?:${BACKUP_REASONS.join('|')})\\.twb$`);

/** True for a backup data file's name; temp files (".backup-….tmp") and sidecars are not. */
export function isDataFileName(name: string): boolean {
  return DATA_FILE.test(name);
}

/** The sidecar sits beside its data file: backup-…-idle.twb → backup-…-idle.json. */
export function sidecarName(dataName: string): string {
  return dataName.replace(/\.twb$/, '.json');
}

/**
 * A data file name free in `taken` (neither it nor its sidecar present). Two backups in one
 * millisecond, or a clock set back onto an old name, move on by a millisecond rather than fail.
 */
export function freeDataFileName(date: Date, reason: BackupReason, taken: ReadonlySet<string>): string | null {
  for (let step = 0; step < 1000; step += 1) {
    const name = dataFileName(new Date(date.getTime() + step), reason);
    if (!taken.has(name) && !taken.has(sidecarName(name))) return name;
  }
  return null;
}
