import { AppError } from '../../../shared/core/errors';
import { hashPassword } from '../../../shared/core/auth/password';
import type { StaffAccount } from '../../../shared/core/auth/staff';
import { newStaffSchema } from '../../../shared/core/auth/staffSchema';
import { getDb } from './db';
import { getSession, requireSession, setSession } from './session';
import { signOut } from './staffSignIn';
import { parseInput } from './validation';
import { writeWithAudit } from './write';

/*
 * An administrator's work on staff accounts: rename, reset a password, disable and enable again.
 * Each is one transaction with its audit entry (never the password, nor its hash). Automatic
 * backups take their key slots from the accounts as they are when each backup is made: a reset
 * password opens the backups made from then on, a disabled account gets no slot in new ones.
 */

const notAllowed = (reason: string) => new AppError('not-allowed', { reason });

function requireAdmin(): void {
  if (!requireSession().isAdmin) throw new AppError('validation', { field: 'isAdmin', rule: 'admin-only' });
}

async function accountOf(id: string): Promise<StaffAccount> {
  const account = await getDb().staff.get(id);
  if (!account) throw new AppError('not-found');
  return account;
}

/** Gives an account another display name (the user name it signs in with stays). */
export async function renameStaff(id: string, displayName: string): Promise<void> {
  requireAdmin();
  const { displayName: name } = parseInput(newStaffSchema.pick({ displayName: true }), { displayName });
  const db = getDb();
  await writeWithAudit([db.staff], async (audit) => {
    const account = await accountOf(id);
    await db.staff.update(id, { displayName: name });
    await audit('staff', id, 'update', { displayName: account.displayName }, { displayName: name });
  });
  const session = getSession();
  if (session?.staffId === id) setSession({ ...session, displayName: name });
}

/** Sets a new password for an account; its old one no longer signs in. */
export async function resetStaffPassword(id: string, password: string): Promise<void> {
  requireAdmin();
  const { password: clear } = parseInput(newStaffSchema.pick({ password: true }), { password });
  const hash = await hashPassword(clear);
  const db = getDb();
  await writeWithAudit([db.staff], async (audit) => {
    await accountOf(id);
    await db.staff.update(id, { password: hash });
    await audit('staff', id, 'reset-password');
  });
}

/**
 * Disables an account (it can no longer sign in, nor unlock) or enables it again. The last active
 * administrator cannot be disabled, checked inside the transaction; disabling one's own account
 * signs out.
 */
export async function setStaffActive(id: string, active: boolean): Promise<void> {
  requireAdmin();
  const db = getDb();
  await writeWithAudit([db.staff], async (audit) => {
    const account = await accountOf(id);
    if ((account.isActive === 1) === active) return;
    if (!active && account.isAdmin === 1) {
      const admins = await db.staff.filter((a) => a.isAdmin === 1 && a.isActive === 1 && a.id !== id).count();
      if (admins === 0) throw notAllowed('settings.staff.lastAdmin');
    }
    await db.staff.update(id, { isActive: active ? 1 : 0 });
    await audit('staff', id, active ? 'reactivate' : 'deactivate');
  });
  if (!active && getSession()?.staffId === id) await signOut();
}
