import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { staffRepo } from '../data/staffRepo';
import { resetStaffPassword, setStaffActive } from '../data/staffAdmin';
import { autoBackup, findNewestGoodBackup } from './autoBackup';
import { openAutoBackup } from './openAutoBackup';

const ADMIN = { username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' };
const CLERK = { username: 'lili', displayName: '李丽', password: 'Lili#2026!' };

/** Whether the newest automatic backup opens (decrypts) with these credentials, as the start-up guard asks. */
async function opensWith(username: string, password: string): Promise<string> {
  const { good } = await findNewestGoodBackup();
  if (!good) throw new Error('no good backup');
  try {
    await openAutoBackup(good.bytes, { username, password });
    return 'opened';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('automatic backups follow the administrator’s changes to accounts', () => {
  it('opens the backups made after a password reset with the new password, not the old one', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin(ADMIN);
    const { id } = await staffRepo.create(CLERK);
    await resetStaffPassword(id, 'Reset#Lili2026');
    await autoBackup('idle');
    expect(await opensWith('lili', CLERK.password)).toBe('backup-wrong-password');
    expect(await opensWith('lili', 'Reset#Lili2026')).toBe('opened');
  });

  it('gives a disabled account no key slot in the backups made after it was disabled', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin(ADMIN);
    const { id } = await staffRepo.create(CLERK);
    await setStaffActive(id, false);
    await autoBackup('idle');
    expect(await opensWith('lili', CLERK.password)).toBe('backup-wrong-password');
    expect(await opensWith('wangfang', ADMIN.password)).toBe('opened');
  });
});
