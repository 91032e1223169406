import { WorkbenchDB, useDatabase } from '../../renderer/core/data/db';
import { setSession } from '../../renderer/core/data/session';
import { setHost } from '../../renderer/core/host';
import { memoryHost } from './memoryHost';

/** A fresh, uniquely named database (fake-indexeddb in Node), signed in as an administrator. */
export function freshDb({ signedIn = true } = {}): WorkbenchDB {
  const db = new WorkbenchDB(`test-${crypto.randomUUID()}`);
  useDatabase(db);
  setHost(memoryHost());
  setSession(signedIn ? { staffId: 'staff-1', username: 'admin', displayName: '王管理', isAdmin: true } : null);
  return db;
}

/** restoreSnapshot's own audit entry, for data-layer tests that restore a snapshot directly. */
export const TEST_RESTORE = {
  entry: () => ({
    at: '2026-11-25T08:00:00.000Z',
    actorId: 'staff-1',
    actorName: '王管理',
    entity: 'backup' as const,
    entityId: 'test',
    action: 'restore' as const,
    before: null,
    after: null,
  }),
};
