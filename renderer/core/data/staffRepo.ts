import { AppError, toAppError } from '../../../shared/core/errors';
import { newId } from '../../../shared/core/common/ids';
import { hashPassword } from '../../../shared/core/auth/password';
import type { StaffAccount, StaffSession } from '../../../shared/core/auth/staff';
import type { NewStaff } from '../../../shared/core/auth/staffSchema';
import { getDb } from './db';
import { requireSession, setSession } from './session';
import { signIn, signOut, toSession, verifyCurrent } from './staffSignIn';
import { validationError } from './validation';
import { read, writeWithAudit } from './write';

async function buildAccount(input: NewStaff, isAdmin: boolean, now: Date): Promise<StaffAccount> {
  // Loaded on use: zod stays out of the sign-in screen's bundle (first render).
  const { newStaffSchema } = await import('../../../shared/core/auth/staffSchema');
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return {
    id: newId(),
    username: parsed.data.username.toLowerCase(),
    displayName: parsed.data.displayName,
    isAdmin: isAdmin ? 1 : 0,
    isActive: 1,
    password: await hashPassword(parsed.data.password),
    createdAt: now.toISOString(),
  };
}

export const staffRepo = {
  /** Whether first-run set-up is needed. Reveals no record. */
  async hasAnyAccount(): Promise<boolean> {
    try {
      return (await getDb().staff.count()) > 0;
    } catch (error) {
      throw toAppError(error);
    }
  },

  /** First run: the first account is the administrator, and is signed in. */
  async createFirstAdmin(input: NewStaff, now = new Date()): Promise<StaffSession> {
    const account = await buildAccount(input, true, now);
    const db = getDb();
    try {
      await db.transaction('rw', [db.staff, db.audit], async () => {
        if ((await db.staff.count()) > 0) throw new AppError('user-exists', { username: account.username });
        await db.staff.add(account);
        await db.audit.add({
          at: now.toISOString(),
          actorId: account.id,
          actorName: account.displayName,
          entity: 'staff',
          entityId: account.id,
          action: 'create',
          before: null,
          after: { username: account.username, displayName: account.displayName, isAdmin: 1 },
        });
      });
    } catch (error) {
      throw toAppError(error);
    }
    const session = toSession(account);
    setSession(session);
    return session;
  },

  signIn,
  signOut,
  verifyCurrent,

  /** An administrator adds an account; automatic backups made from now on open with its password too. */
  async create(input: NewStaff, isAdmin = false, now = new Date()): Promise<StaffAccount> {
    if (!requireSession().isAdmin) throw new AppError('validation', { field: 'isAdmin', rule: 'admin-only' });
    const account = await buildAccount(input, isAdmin, now);
    const db = getDb();
    return writeWithAudit([db.staff], async (audit) => {
      if (await db.staff.where('username').equals(account.username).count())
        throw new AppError('user-exists', { username: account.username });
      await db.staff.add(account);
      await audit('staff', account.id, 'create', null, {
        username: account.username,
        displayName: account.displayName,
        isAdmin: account.isAdmin,
      });
      return account;
    });
  },

  list(): Promise<Omit<StaffAccount, 'password'>[]> {
    return read(async () => (await getDb().staff.toArray()).map(({ password: _p, ...rest }) => rest));
  },
};
