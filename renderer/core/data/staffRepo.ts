import { AppError, toAppError } from '../../../shared/core/errors';
import { newId } from '../../../shared/core/common/ids';
import { hashPassword, verifyPassword } from '../../../shared/core/auth/password';
import type { StaffAccount, StaffSession } from '../../../shared/core/auth/staff';
import type { NewStaff } from '../../../shared/core/auth/staffSchema';
import { getDb } from './db';
import { getSession, requireSession, setSession } from './session';
import { validationError } from './validation';
import { read, writeWithAudit } from './write';

function toSession(account: StaffAccount): StaffSession {
  return {
    staffId: account.id,
    username: account.username,
    displayName: account.displayName,
    isAdmin: account.isAdmin === 1,
  };
}

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

  async signIn(username: string, password: string): Promise<StaffSession> {
    const account = await getDb().staff.where('username').equals(username.trim().toLowerCase()).first();
    // Same error for an unknown user and a wrong password: do not reveal which accounts exist.
    if (!account || account.isActive !== 1 || !(await verifyPassword(password, account.password))) {
      throw new AppError('wrong-password');
    }
    const session = toSession(account);
    setSession(session);
    await writeWithAudit([], (audit) => audit('staff', account.id, 'sign-in'));
    return session;
  },

  /** Unlock after the idle lock: the signed-in user's own password. */
  async verifyCurrent(password: string): Promise<boolean> {
    const session = requireSession();
    const account = await getDb().staff.get(session.staffId);
    return !!account && (await verifyPassword(password, account.password));
  },

  async signOut(): Promise<void> {
    const session = getSession();
    if (session) await writeWithAudit([], (audit) => audit('staff', session.staffId, 'sign-out'));
    setSession(null);
  },

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
