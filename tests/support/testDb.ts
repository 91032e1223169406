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
