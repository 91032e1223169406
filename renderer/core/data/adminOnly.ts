import { AppError } from '../../../shared/core/errors';
import type { StaffSession } from '../../../shared/core/auth/staff';
import { requireSession } from './session';

/**
 * The session, if it is an administrator's: the office's identity, its document-number prefixes,
 * the idle lock, the backup policy and the sample data are theirs to change. Checked in the
 * repository, so a staff account cannot do it by calling the repository from the console.
 */
export function requireAdmin(): StaffSession {
  const session = requireSession();
  if (!session.isAdmin) throw new AppError('admin-only');
  return session;
}
