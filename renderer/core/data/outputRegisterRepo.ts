import Dexie from 'dexie';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import { type OutputAction, type OutputRecord, outputEntityId } from '../../../shared/core/audit/output';
import type { SecrecyLevel } from '../../../shared/core/common/secrecy';
import { localDate } from '../../../shared/core/common/localDate';
import { getDb } from './db';
import { requireSession } from './session';
import { assertWritable } from './storageGuard';
import { read, writeWithAudit } from './write';

/** One line of the print register: who, when, what, 密级, copies. */
export interface OutputEntry extends OutputRecord {
  seq: number;
  at: string;
  action: OutputAction;
  actorName: string;
  /** Rows of an export. */
  rows: number | null;
}

export interface OutputFilter {
  /** 密级 to show; all when empty. `null` stands for records without one. */
  secrecy?: readonly (SecrecyLevel | null)[];
  /** Local dates, inclusive. */
  from?: string;
  to?: string;
}

function toEntry(a: AuditEntry): OutputEntry {
  const record = a.after as OutputRecord;
  return {
    ...record,
    seq: a.seq!,
    at: a.at,
    action: a.action as OutputAction,
    actorName: a.actorName,
    rows: a.count ?? null,
  };
}

function matches(entry: OutputEntry, { secrecy, from, to }: OutputFilter): boolean {
  if (secrecy?.length && !secrecy.includes(entry.secrecy)) return false;
  const day = localDate(new Date(entry.at));
  return (!from || day >= from) && (!to || day <= to);
}

/** Entries of entity 'output', newest first, on the [entity+seq] index. */
function outputs(before: number | null) {
  return getDb()
    .audit.where('[entity+seq]')
    .between(['output', Dexie.minKey], ['output', before ?? Infinity], true, false)
    .reverse();
}

/**
 * The print register (打印登记): every print, export and attachment download of a record, as an
 * audit entry of its own (entity 'output'), written once the host says it went out.
 */
export const outputRegisterRepo = {
  /**
   * Called before anything is printed or saved: when the register could not be written (no
   * session, the disk below its critical level), nothing goes out unregistered.
   */
  assertCanRecord(): void {
    requireSession();
    assertWritable();
  },

  async record(action: OutputAction, record: OutputRecord, rows?: number): Promise<void> {
    await writeWithAudit([], (audit) => audit('output', outputEntityId(record), action, null, record, rows));
  },

  /** Newest first, keyset-paged by seq, filtered by 密级 and date. */
  listPage(
    filter: OutputFilter = {},
    { before = null, limit = 50 }: { before?: number | null; limit?: number } = {},
  ): Promise<{ rows: OutputEntry[]; nextBefore: number | null }> {
    return read(async () => {
      const found = await outputs(before)
        .filter((a) => matches(toEntry(a), filter))
        .limit(limit + 1)
        .toArray();
      const rows = found.slice(0, limit).map(toEntry);
      return { rows, nextBefore: found.length > limit ? rows[rows.length - 1].seq : null };
    });
  },

  /** Every matching line, newest first, for the register's export. */
  listAll(filter: OutputFilter = {}): Promise<OutputEntry[]> {
    return read(async () =>
      (
        await outputs(null)
          .filter((a) => matches(toEntry(a), filter))
          .toArray()
      ).map(toEntry),
    );
  },
};
