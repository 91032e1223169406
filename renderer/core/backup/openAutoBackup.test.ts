import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../../shared/core/auth/password';
import { freshDb } from '../../../tests/support/testDb';
import { staffRepo } from '../data/staffRepo';
import { openAutoBackup } from './openAutoBackup';
import { exportSnapshot } from './snapshot';

/** What releases before encryption kept in the backup folder: the snapshot zip itself. */
async function unencryptedBackup(account: { username: string; password: string }, iterations?: number) {
  const db = freshDb({ signedIn: false });
  await db.staff.add({
    id: 's1',
    username: account.username,
    displayName: '某人',
    isAdmin: 1,
    isActive: 1,
    password: await hashPassword(account.password, iterations),
    createdAt: '2026-01-05T08:00:00.000Z',
  });
  return (await exportSnapshot(db)).bytes;
}

describe('opening an automatic backup for the start-up guard', () => {
  it('opens an unencrypted backup of an older release with the password of an account in it', async () => {
    const bytes = await unencryptedBackup({ username: 'wangfang', password: 'Haicheng#2026' });
    expect(await openAutoBackup(bytes, { username: 'wangfang', password: 'Haicheng#2026' })).toBe(bytes);
  });

  it('refuses a file someone planted in the folder: its accounts are not the office’s', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    const planted = await unencryptedBackup({ username: 'intruder', password: 'Planted#2099' });
    await expect(openAutoBackup(planted, { username: 'wangfang', password: 'Haicheng#2026' })).rejects.toMatchObject({
      code: 'backup-wrong-password',
    });
  });

  it('refuses at once a planted account whose hash asks for another iteration count', async () => {
    const planted = await unencryptedBackup({ username: 'wangfang', password: 'Haicheng#2026' }, 1000);
    await expect(openAutoBackup(planted, { username: 'wangfang', password: 'Haicheng#2026' })).rejects.toMatchObject({
      code: 'backup-wrong-password',
    });
  });
});
