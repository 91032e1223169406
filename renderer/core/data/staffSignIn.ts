import { AppError, toAppError } from '../../../shared/core/errors';
import { verifyPassword } from '../../../shared/core/auth/password';
import type { StaffAccount, StaffSession } from '../../../shared/core/auth/staff';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import { getDb } from './db';
import { getSession, requireSession, setSession } from './session';

/*
 * Signing in and out. Both must hold on a full disk:
 * - sign-in either completes with its audit entry or leaves no session (the entry is written
 *   first, with any sign-out entries still owed; the session is set only after it committed);
 * - sign-out always signs out; its audit entry follows when it can (written at once if the disk
 *   allows, else kept and written with the next sign-in, dated when the user signed out).
 * Neither is stopped by the low-space guard: their entries are tiny, and they land or they do not.
 */

export function toSession(account: StaffAccount): StaffSession {
  return {
    staffId: account.id,
    username: account.username,
    displayName: account.displayName,
    isAdmin: account.isAdmin === 1,
  };
}

function entry(session: StaffSession, action: 'sign-in' | 'sign-out', at = new Date()): AuditEntry {
  return {
    at: at.toISOString(),
    actorId: session.staffId,
    actorName: session.displayName,
    entity: 'staff',
    entityId: session.staffId,
    action,
    before: null,
    after: null,
  };
}

/** Sign-out entries the disk refused, oldest first; written with the next sign-in. */
const unwritten: AuditEntry[] = [];

export async function signIn(username: string, password: string): Promise<StaffSession> {
  const db = getDb();
  const account = await db.staff.where('username').equals(username.trim().toLowerCase()).first();
  // Same error for an unknown user and a wrong password: do not reveal which accounts exist.
  if (!account || account.isActive !== 1 || !(await verifyPassword(password, account.password))) {
    throw new AppError('wrong-password');
  }
  const session = toSession(account);
  const owed = [...unwritten];
  try {
    await db.transaction('rw', [db.audit], async () => {
      for (const late of owed) await db.audit.add(late);
      await db.audit.add(entry(session, 'sign-in'));
    });
  } catch (error) {
    throw toAppError(error);
  }
  unwritten.splice(0, owed.length);
  setSession(session);
  return session;
}

/** Signs out at once, whatever the disk says; the audit entry is written now or with the next sign-in. */
export async function signOut(): Promise<void> {
  const session = getSession();
  setSession(null);
  if (!session) return;
  const out = entry(session, 'sign-out');
  try {
    await getDb().audit.add(out);
  } catch {
    unwritten.push(out);
  }
}

/** Unlock after the idle lock: the signed-in user's own password. */
export async function verifyCurrent(password: string): Promise<boolean> {
  const session = requireSession();
  const account = await getDb().staff.get(session.staffId);
  return !!account && account.isActive === 1 && (await verifyPassword(password, account.password));
}

/** For tests: sign-out entries still owed to the audit log. */
export function unwrittenSignOuts(): readonly AuditEntry[] {
  return unwritten;
}
