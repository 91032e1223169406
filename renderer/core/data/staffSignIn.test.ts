import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import type { WorkbenchDB } from './db';
import { getSession } from './session';
import { staffRepo } from './staffRepo';
import { unwrittenSignOuts } from './staffSignIn';
import { setStorageLevel } from './storageGuard';

const ADMIN = { username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' };
/** What a full disk makes IndexedDB throw. */
const diskFull = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
const staffLog = async (db: WorkbenchDB) =>
  (await db.audit.orderBy('seq').toArray()).filter((e) => e.entity === 'staff').map((e) => e.action);

afterEach(() => {
  vi.restoreAllMocks();
  setStorageLevel('ok');
});

describe('signing in and out on a full disk', () => {
  it('signs out even when the disk refuses the audit entry, which then follows with the next sign-in', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin(ADMIN);
    const add = vi.spyOn(db.audit, 'add').mockRejectedValueOnce(diskFull());
    await staffRepo.signOut();
    expect(getSession()).toBeNull();
    expect(await staffLog(db)).toEqual(['create']);
    add.mockRestore();

    await staffRepo.signIn(ADMIN.username, ADMIN.password);
    const log = (await db.audit.orderBy('seq').toArray()).filter((e) => e.entity === 'staff');
    expect(log.map((e) => e.action)).toEqual(['create', 'sign-out', 'sign-in']);
    // Dated when the user signed out, not when it could be written.
    expect(Date.parse(log[1].at)).toBeLessThanOrEqual(Date.parse(log[2].at));
    expect(unwrittenSignOuts()).toEqual([]);
  });

  it('signs out below the critical disk level, writing its entry there and then', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin(ADMIN);
    setStorageLevel('critical');
    await staffRepo.signOut();
    expect(getSession()).toBeNull();
    expect(await staffLog(db)).toEqual(['create', 'sign-out']);
  });

  it('leaves no session when the sign-in’s audit entry cannot be written', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin(ADMIN);
    await staffRepo.signOut();
    vi.spyOn(db.audit, 'add').mockRejectedValue(diskFull());
    await expect(staffRepo.signIn(ADMIN.username, ADMIN.password)).rejects.toMatchObject({ code: 'storage-full' });
    expect(getSession()).toBeNull();
    vi.restoreAllMocks();
    expect(await staffLog(db)).toEqual(['create', 'sign-out']);
  });

  it('keeps a sign-out still owed when the next sign-in fails, and writes it with the one after', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin(ADMIN);
    vi.spyOn(db.audit, 'add').mockRejectedValue(diskFull());
    await staffRepo.signOut();
    await expect(staffRepo.signIn(ADMIN.username, ADMIN.password)).rejects.toMatchObject({ code: 'storage-full' });
    vi.restoreAllMocks();
    await staffRepo.signIn(ADMIN.username, ADMIN.password);
    expect(await staffLog(db)).toEqual(['create', 'sign-out', 'sign-in']);
  });

  it('signs in below the critical disk level, with its audit entry', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin(ADMIN);
    await staffRepo.signOut();
    setStorageLevel('critical');
    await staffRepo.signIn(ADMIN.username, ADMIN.password);
    expect(getSession()?.username).toBe('wangfang');
    expect(await staffLog(db)).toEqual(['create', 'sign-out', 'sign-in']);
  });
});
