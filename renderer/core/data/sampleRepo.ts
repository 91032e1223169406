import type { Table } from 'dexie';
import { SAMPLE_MODULES, generateRegistry, type SampleTables } from '../sample';
import type { DocSequence } from '../../../shared/core/documents/register';
import { getDb } from './db';
import { settingsRepo } from './settingsRepo';
import {
  rebuildItemCountsInTransaction,
  supervisionWriteTables,
} from '../../systems/supervision/data/supervisionItemsWrite';
import { read, writeWithAudit } from './write';
import { requireAdmin } from './adminOnly';
import { autoBackup, type AutoBackupResult } from '../backup/autoBackup';

export interface SampleCounts {
  units: number;
  people: number;
  /** Sample records of the four systems (meetings, checks, items, documents, …). */
  records: number;
}

/** Sample records per table (units, people, meetings, supervisionItems, documents…), only tables that hold some. */
export type SampleKinds = Record<string, number>;

export interface SampleRemoval {
  removed: SampleCounts;
  kinds: SampleKinds;
  /** The automatic backup made first: 'written', or 'unavailable' where the host keeps no backup folder. */
  backup: AutoBackupResult['status'];
}

/** Tables that never hold sample rows: accounts, settings and the audit log are the office's own. */
const OWN_TABLES = new Set(['staff', 'settings', 'audit', 'docSequences', 'counters', 'itemCounts']);

function sampleTables(): Table[] {
  return getDb().tables.filter((t) => !OWN_TABLES.has(t.name));
}

/**
 * The sample series as the generators leave them, never behind where the register already stands
 * (two generators may share a series, and sample documents issued since an earlier load keep theirs).
 */
async function continuedSequences(rows: readonly DocSequence[]): Promise<DocSequence[]> {
  const merged = new Map<string, DocSequence>();
  for (const row of rows) {
    const key = `${row.prefix}|${row.year}`;
    const stored = merged.get(key) ?? (await getDb().docSequences.get([row.prefix, row.year]));
    merged.set(key, { ...row, next: Math.max(row.next, stored?.next ?? 1) });
  }
  return [...merged.values()];
}

/**
 * Sample data: every record carries isSample = 1, so the whole set is removable in one step
 * without touching the office's own records. The registry comes first; each system's generator
 * (SAMPLE_MODULES) adds records that refer to it, and all of it is written in one transaction.
 */
export const sampleRepo = {
  async load({ seed = 2026, unitCount = 400, peopleCount = 600, now = new Date() } = {}): Promise<SampleCounts> {
    requireAdmin();
    const { units, people } = generateRegistry({ seed, unitCount, peopleCount, now });
    const office = await settingsRepo.office();
    const rows: SampleTables = { units, people };
    for (const module of SAMPLE_MODULES) {
      for (const [table, added] of Object.entries(module({ seed, now, units, people, office })))
        rows[table] = [...(rows[table] ?? []), ...added];
    }
    const db = getDb();
    const tables = [...new Set([...Object.keys(rows).map((name) => db.table(name)), ...supervisionWriteTables()])];
    return writeWithAudit(tables, async (audit) => {
      let records = 0;
      if (rows.docSequences) rows.docSequences = await continuedSequences(rows.docSequences as DocSequence[]);
      for (const [name, list] of Object.entries(rows)) {
        await db.table(name).bulkPut(list);
        if (name !== 'units' && name !== 'people' && !OWN_TABLES.has(name)) records += list.length;
      }
      // Bulk rows bypass System 2's write path: its kept Dashboard counts are rebuilt from the items.
      await rebuildItemCountsInTransaction();
      const counts = { units: units.length, people: people.length, records };
      await audit('sample', '*', 'create', null, { seed, ...counts }, units.length + people.length + records);
      return counts;
    });
  },

  count(): Promise<SampleCounts> {
    return read(async () => {
      const db = getDb();
      // A scan: sample data is counted on the Settings page only, and an index would slow every insert.
      const isSample = (r: { isSample?: number }) => r.isSample === 1;
      let records = 0;
      for (const table of sampleTables())
        if (table.name !== 'units' && table.name !== 'people') records += await table.filter(isSample).count();
      return {
        units: await db.units.filter(isSample).count(),
        people: await db.people.filter(isSample).count(),
        records,
      };
    });
  },

  /** What removal would take, per kind: the confirmation names it before anything goes. */
  countByKind(): Promise<SampleKinds> {
    return read(async () => {
      const kinds: SampleKinds = {};
      for (const table of sampleTables()) {
        const n = await table.filter((r: { isSample?: number }) => r.isSample === 1).count();
        if (n > 0) kinds[table.name] = n;
      }
      return kinds;
    });
  },

  /**
   * Removes every sample record, administrators only, after an automatic backup of everything
   * as it was (a failed backup stops the removal). One transaction, one audit entry naming the
   * counts per kind.
   */
  async remove(): Promise<SampleRemoval> {
    requireAdmin();
    const backup = (await autoBackup('before-sample-removal')).status;
    const tables = [...new Set([...sampleTables(), ...supervisionWriteTables()])];
    return writeWithAudit(tables, async (audit) => {
      const removed: SampleCounts = { units: 0, people: 0, records: 0 };
      const kinds: SampleKinds = {};
      for (const table of tables) {
        const n = await table.filter((r: { isSample?: number }) => r.isSample === 1).delete();
        if (n > 0) kinds[table.name] = n;
        if (table.name === 'units' || table.name === 'people') removed[table.name] = n;
        else removed.records += n;
      }
      await rebuildItemCountsInTransaction();
      const total = removed.units + removed.people + removed.records;
      await audit('sample', '*', 'delete', { ...removed, kinds }, null, total);
      return { removed, kinds, backup };
    });
  },
};
