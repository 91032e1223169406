import type { BeginReadResult, BeginWriteResult } from '../../../shared/core/bridge/pieces';
import type { WriteBackupResult } from '../../../shared/core/bridge/backupSchemas';
import type { PieceTransfers } from '../pieces';
import type { BackupStore } from './backupStore';

/*
 * The automatic backups' side of the piece transport, the same for Electron's main process and the
 * web host: a backup is read only once its checksum verified, and written to a temp file in the
 * backup folder that the store checks, names and rotates in only when every piece arrived.
 */

export async function beginBackupRead(
  transfers: PieceTransfers,
  backups: BackupStore,
  filePath: string,
): Promise<BeginReadResult> {
  return transfers.beginRead(await backups.openForPieces(filePath));
}

export async function beginBackupWrite(
  transfers: PieceTransfers,
  backups: BackupStore,
  size: number,
  metaInput: unknown,
): Promise<BeginWriteResult> {
  const { tempPath, meta } = await backups.stage(size, metaInput);
  const { id } = await transfers.beginWrite(tempPath, size, async (staged): Promise<WriteBackupResult> => ({
    status: 'written',
    entry: await backups.keepStaged(staged, meta),
  }));
  return { status: 'ready', id };
}
