import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { staffRepo } from './staffRepo';
import { getSession } from './session';

describe('staff sign-in', () => {
  it('makes the first account the administrator and signs it in', async () => {
    const db = freshDb({ signedIn: false });
    expect(await staffRepo.hasAnyAccount()).toBe(false);
    const session = await staffRepo.createFirstAdmin({
      username: 'Wang',
      displayName: '王芳',
      password: 'correct horse',
    });
    expect(session).toMatchObject({ username: 'wang', isAdmin: true });
    const [account] = await db.staff.toArray();
    expect(account.password).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(JSON.stringify(account)).not.toContain('correct horse');
  });

  it('refuses a second first-run administrator', async () => {
    freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wang', displayName: '王芳', password: 'correct horse' });
    await expect(
      staffRepo.createFirstAdmin({ username: 'li', displayName: '李雷', password: 'another one' }),
    ).rejects.toMatchObject({ code: 'user-exists' });
  });

  it('signs in with the right password only, and gives the same error for an unknown user', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wang', displayName: '王芳', password: 'correct horse' });
    await staffRepo.signOut();
    expect(getSession()).toBeNull();
    await expect(staffRepo.signIn('wang', 'wrong horse')).rejects.toMatchObject({ code: 'wrong-password' });
    await expect(staffRepo.signIn('nobody', 'correct horse')).rejects.toMatchObject({ code: 'wrong-password' });
    expect(getSession()).toBeNull();
    await staffRepo.signIn('WANG ', 'correct horse');
    expect(getSession()?.displayName).toBe('王芳');
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['create', 'sign-out', 'sign-in']);
  });

  it('salts each password, so equal passwords hash differently', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wang', displayName: '王芳', password: 'same password' });
    await staffRepo.create({ username: 'li', displayName: '李雷', password: 'same password' });
    const [a, b] = await db.staff.toArray();
    expect(a.password.salt).not.toBe(b.password.salt);
    expect(a.password.hash).not.toBe(b.password.hash);
  });
});
