import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import { staffRepo } from '../data/staffRepo';
import { currentSearch, onSearchChange } from '../search/searchSession';
import type { AuditName } from './auditNames';
import { nameAuditEntries } from './nameAuditEntries';

/** Staff names by id, for naming and the "who" filter. */
export function useStaffNames(): ReadonlyMap<string, string> {
  const staff = useLiveQuery(() => staffRepo.list(), []);
  return new Map((staff ?? []).map((s) => [s.id, s.displayName]));
}

/** The records of the entries shown, named in words; again once the search has read more names. */
export function useAuditNames(rows: readonly AuditEntry[] | undefined, staff: ReadonlyMap<string, string>) {
  const [names, setNames] = useState<Map<number, AuditName>>(new Map());
  const [version, setVersion] = useState(0);
  useEffect(() => {
    // Named again when the index becomes ready (its names complete), not at each slice of its build.
    let wasReady = currentSearch()?.status.state === 'ready';
    const bump = () => {
      const isReady = currentSearch()?.status.state === 'ready';
      if (isReady && !wasReady) setVersion((v) => v + 1);
      wasReady = isReady;
    };
    let unsubscribe = currentSearch()?.subscribe(bump);
    const stopWatching = onSearchChange(() => {
      unsubscribe?.();
      unsubscribe = currentSearch()?.subscribe(bump);
      bump();
    });
    return () => {
      unsubscribe?.();
      stopWatching();
    };
  }, []);
  const seqs = (rows ?? []).map((r) => r.seq).join(',');
  useEffect(() => {
    if (!rows) return;
    let isCurrent = true;
    void nameAuditEntries(rows, staff).then((named) => {
      if (isCurrent) setNames(new Map(rows.map((r, i) => [r.seq ?? -1, named[i]])));
    });
    return () => {
      isCurrent = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the rows by their seqs, staff by its size
  }, [seqs, staff.size, version]);
  return names;
}
