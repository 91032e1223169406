import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import type { WorkbenchDB } from './db';
import { getSession, setSession } from './session';
import { renameStaff, resetStaffPassword, setStaffActive } from './staffAdmin';
import { staffRepo } from './staffRepo';

const ADMIN = { username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' };
const CLERK = { username: 'lilei', displayName: '李雷', password: 'Clerk#2026a' };

async function officeWithClerk(): Promise<{ db: WorkbenchDB; adminId: string; clerkId: string }> {
  const db = freshDb({ signedIn: false });
  const { staffId: adminId } = await staffRepo.createFirstAdmin(ADMIN);
  const { id: clerkId } = await staffRepo.create(CLERK);
  return { db, adminId, clerkId };
}

const lastEntry = async (db: WorkbenchDB) => (await db.audit.orderBy('seq').toArray()).at(-1);

describe('an administrator manages staff accounts', () => {
  it('disables an account, which then cannot sign in, and enables it again; both audited', async () => {
    const { db, clerkId } = await officeWithClerk();
    await setStaffActive(clerkId, false);
    expect(await lastEntry(db)).toMatchObject({ entity: 'staff', entityId: clerkId, action: 'deactivate' });
    await staffRepo.signOut();
    await expect(staffRepo.signIn(CLERK.username, CLERK.password)).rejects.toMatchObject({ code: 'wrong-password' });

    await staffRepo.signIn(ADMIN.username, ADMIN.password);
    await setStaffActive(clerkId, true);
    expect(await lastEntry(db)).toMatchObject({ entityId: clerkId, action: 'reactivate' });
    await staffRepo.signOut();
    expect(await staffRepo.signIn(CLERK.username, CLERK.password)).toMatchObject({ username: 'lilei' });
  });

  it('refuses to disable the last active administrator, and keeps it active', async () => {
    const { db, adminId } = await officeWithClerk();
    const entries = await db.audit.count();
    await expect(setStaffActive(adminId, false)).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'settings.staff.lastAdmin' },
    });
    expect((await db.staff.get(adminId))?.isActive).toBe(1);
    expect(await db.audit.count()).toBe(entries);
    expect(getSession()?.staffId).toBe(adminId);
  });

  it('disables an administrator while another stays, and signs out when it is one’s own account', async () => {
    const { db, adminId } = await officeWithClerk();
    await staffRepo.create({ username: 'zhaomin', displayName: '赵敏', password: 'Second#2026' }, true);
    await setStaffActive(adminId, false);
    expect((await db.staff.get(adminId))?.isActive).toBe(0);
    expect(getSession()).toBeNull();
  });

  it('resets a password: the new one signs in, the old one no longer does, and no password is logged', async () => {
    const { db, clerkId } = await officeWithClerk();
    await resetStaffPassword(clerkId, 'Fresh#Start9');
    const entry = await lastEntry(db);
    expect(entry).toMatchObject({ entity: 'staff', entityId: clerkId, action: 'reset-password' });
    expect(JSON.stringify(await db.audit.toArray())).not.toContain('Fresh#Start9');
    await staffRepo.signOut();
    await expect(staffRepo.signIn(CLERK.username, CLERK.password)).rejects.toMatchObject({ code: 'wrong-password' });
    expect(await staffRepo.signIn(CLERK.username, 'Fresh#Start9')).toMatchObject({ username: 'lilei' });
  });

  it('renames an account, audited with the old and new name; a short password or empty name is refused', async () => {
    const { db, clerkId, adminId } = await officeWithClerk();
    await renameStaff(clerkId, '李雷雷');
    expect(await lastEntry(db)).toMatchObject({
      action: 'update',
      before: { displayName: '李雷' },
      after: { displayName: '李雷雷' },
    });
    await renameStaff(adminId, '王芳芳');
    expect(getSession()?.displayName).toBe('王芳芳');
    await expect(renameStaff(clerkId, '  ')).rejects.toMatchObject({ code: 'validation' });
    await expect(resetStaffPassword(clerkId, 'short')).rejects.toMatchObject({ code: 'validation' });
    expect((await db.staff.get(clerkId))?.displayName).toBe('李雷雷');
  });

  it('lets only an administrator do any of it', async () => {
    const { db, clerkId, adminId } = await officeWithClerk();
    setSession({ staffId: clerkId, username: 'lilei', displayName: '李雷', isAdmin: false });
    await expect(setStaffActive(adminId, false)).rejects.toMatchObject({ code: 'validation' });
    await expect(resetStaffPassword(adminId, 'Taken#Over99')).rejects.toMatchObject({ code: 'validation' });
    await expect(renameStaff(adminId, '某人')).rejects.toMatchObject({ code: 'validation' });
    expect(await db.staff.get(adminId)).toMatchObject({ isActive: 1, displayName: '王芳' });
  });
});
