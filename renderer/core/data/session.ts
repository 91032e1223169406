import { AppError } from '../../../shared/core/errors';
import type { StaffSession } from '../../../shared/core/auth/staff';

/**
 * Who is signed in. Repositories refuse to read or write without a session: no record can be
 * read before sign-in. Held in memory only, so a reload signs the user out.
 */
let current: StaffSession | null = null;
const listeners = new Set<(s: StaffSession | null) => void>();

export function setSession(session: StaffSession | null): void {
  current = session;
  for (const l of listeners) l(current);
}

export function getSession(): StaffSession | null {
  return current;
}

export function requireSession(): StaffSession {
  if (!current) throw new AppError('not-signed-in');
  return current;
}

export function onSessionChange(listener: (s: StaffSession | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
