import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Dexie } from 'dexie';

/** One write of a committed transaction, as Dexie handed it to IndexedDB. */
export type CommittedChange =
  | { table: string; type: 'put'; keys: readonly unknown[]; values: readonly unknown[] }
  | { table: string; type: 'delete'; keys: readonly unknown[] }
  /** A range (or the whole table: clear) was deleted; the keys are not known. */
  | { table: string; type: 'deleteRange' };

export type ChangeListener = (changes: readonly CommittedChange[]) => void;

const listeners = new WeakMap<Dexie, Set<ChangeListener>>();

/**
 * Tells `listener` what every read-write transaction of `db` wrote, once it has committed (never
 * for one that aborted), in the order written. Returns the unsubscribe function.
 */
export function onCommitted(db: Dexie, listener: ChangeListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * A Dexie middleware that keeps, per transaction, references to what was written (no copy, no
 * extra IndexedDB request: the write costs what it did) and hands them to the listeners on the
 * transaction's `complete` event. Installed on every WorkbenchDB before it opens; it does
 * nothing while nobody listens.
 */
export function installChangeFeed(db: Dexie): void {
  const pending = new WeakMap<DBCoreTransaction, CommittedChange[]>();
  db.use({
    stack: 'dbcore',
    name: 'ChangeFeed',
    create: (down: DBCore) => ({
      ...down,
      transaction(stores, mode, options) {
        const trans = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && listeners.get(db)?.size) {
          pending.set(trans, []);
          (trans as unknown as IDBTransaction).addEventListener('complete', () => {
            const changes = pending.get(trans);
            pending.delete(trans);
            if (changes?.length) for (const listener of listeners.get(db) ?? []) listener(changes);
          });
        }
        return trans;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            const result = await table.mutate(req);
            const changes = pending.get(req.trans);
            if (changes) changes.push(describe(name, req, result));
            return result;
          },
        };
      },
    }),
  });
}

function describe(table: string, req: DBCoreMutateRequest, result: DBCoreMutateResponse): CommittedChange {
  switch (req.type) {
    case 'add':
    case 'put': {
      const keys = result.results ?? req.keys ?? [];
      if (result.numFailures === 0) return { table, type: 'put', keys, values: req.values };
      // A bulk write that went on past a failed row (caught by its caller): that row was not written.
      const written = req.values.map((_, i) => i).filter((i) => !(i in result.failures));
      return { table, type: 'put', keys: written.map((i) => keys[i]), values: written.map((i) => req.values[i]) };
    }
    case 'delete':
      return { table, type: 'delete', keys: req.keys };
    case 'deleteRange':
      return { table, type: 'deleteRange' };
  }
}
