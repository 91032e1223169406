import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { staffRepo } from '../data/staffRepo';
import { getSession } from '../data/session';
import { getHost } from '../host';
import { createEncryptedBackup, restoreEncryptedBackup } from './backupService';

describe('restoring an encrypted backup', () => {
  it('signs the user out, and the accounts of the backup sign in again', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    const { bytes } = await createEncryptedBackup('Backup#2026');
    await restoreEncryptedBackup(bytes, { passphrase: 'Backup#2026' });
    expect(getSession()).toBeNull();
    // The data as it was before the restore was kept first.
    expect((await getHost().listBackups()).map((b) => b.meta.reason)).toEqual(['before-restore']);
    await staffRepo.signIn('wangfang', 'Haicheng#2026');
    expect(getSession()?.displayName).toBe('王芳');
  });
});
