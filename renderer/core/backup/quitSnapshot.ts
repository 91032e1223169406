import { getHost } from '../host';
import { getDb } from '../data/db';
import { buildBackupRequest } from './autoBackup';

/**
 * Answers the desktop app's request for a snapshot when it quits (main holds the quit, writes the
 * answer, then quits). Signed in or not, the database is what is kept; an empty one is not.
 */
export function provideQuitSnapshots(): () => void {
  return getHost().onSnapshotRequest((reason) => buildBackupRequest(getDb(), reason));
}
