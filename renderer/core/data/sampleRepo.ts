import type { Table } from 'dexie';
import type { SampleOptions, SampleTables } from '../sample';
import type { DocSequence } from '../../../shared/core/documents/register';
import { installedSystems } from '../plugin/installed';
import type { SampleSupport } from '../manifest';
import { getDb } from './db';
import { settingsRepo } from './settingsRepo';
import { read, writeWithAudit } from './write';
import { requireAdmin } from './adminOnly';
import { autoBackup, type AutoBackupResult } from '../backup/autoBackup';

/** Sample rows per table name. */
export type SampleCounts = Record<string, number>;

export interface SampleRemoval {
  /** What went, per table: the confirmation named the same counts. */
  removed: SampleCounts;
  /** The automatic backup made first: 'written', or 'unavailable' where the host keeps no backup folder. */
  backup: AutoBackupResult['status'];
}

/** The core's tables that never hold sample rows: accounts, settings and the audit log are the office's own. */
const CORE_OWN_TABLES = ['staff', 'settings', 'audit', 'docSequences', 'counters'];

function ownTables(): Set<string> {
  return new Set([...CORE_OWN_TABLES, ...installedSystems().flatMap((s) => s.sample?.ownTables ?? [])]);
}

function sampleTables(): Table[] {
  const own = ownTables();
  return getDb().tables.filter((t) => !own.has(t.name));
}

/** Tables the systems' after-write steps need beside their sample rows (kept counts). */
function extraTables(): Table[] {
  const db = getDb();
  return installedSystems().flatMap((s) => (s.sample?.extraTables ?? []).map((name) => db.table(name)));
}

/** Each system's sample code, loaded before a transaction opens (a dynamic import inside one would end it). */
async function sampleSupports(): Promise<SampleSupport[]> {
  return Promise.all(installedSystems().flatMap((s) => (s.sample ? [s.sample.load()] : [])));
}

async function afterWrites(supports: readonly SampleSupport[]): Promise<void> {
  for (const support of supports) await support.afterWrite?.();
}

function total(counts: SampleCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
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
 * without touching the office's own records. Each installed system generates its rows in the
 * manifests' order (the registry first: the others refer to its units and people), and all of it
 * is written in one transaction.
 */
export const sampleRepo = {
  async load(options: Partial<SampleOptions> = {}): Promise<SampleCounts> {
    requireAdmin();
    const asked: SampleOptions = { ...options, seed: options.seed ?? 2026, now: options.now ?? new Date() };
    const office = await settingsRepo.office();
    const rows: SampleTables = {};
    const supports = await sampleSupports();
    for (const { generate } of supports)
      for (const [table, added] of Object.entries(generate({ options: asked, office, tables: rows })))
        rows[table] = [...(rows[table] ?? []), ...added];
    const db = getDb();
    const tables = [...new Set([...Object.keys(rows).map((name) => db.table(name)), ...extraTables()])];
    return writeWithAudit(tables, async (audit) => {
      const counts: SampleCounts = {};
      const own = ownTables();
      if (rows.docSequences) rows.docSequences = await continuedSequences(rows.docSequences as DocSequence[]);
      for (const [name, list] of Object.entries(rows)) {
        await db.table(name).bulkPut(list);
        if (!own.has(name)) counts[name] = list.length;
      }
      // Bulk rows bypass the systems' write paths: kept counts are rebuilt from the rows.
      await afterWrites(supports);
      await audit('sample', '*', 'create', null, { seed: asked.seed, ...counts }, total(counts));
      return counts;
    });
  },

  count(): Promise<SampleCounts> {
    return read(async () => {
      // A scan: sample data is counted on the Settings page only, and an index would slow every insert.
      const counts: SampleCounts = {};
      for (const table of sampleTables()) {
        const n = await table.filter((r: { isSample?: number }) => r.isSample === 1).count();
        if (n > 0) counts[table.name] = n;
      }
      return counts;
    });
  },

  /**
   * Removes every sample record, administrators only, after an automatic backup of everything as
   * it was (a failed backup stops the removal). One transaction, one audit entry with the counts.
   */
  async remove(): Promise<SampleRemoval> {
    requireAdmin();
    const backup = (await autoBackup('before-sample-removal')).status;
    const tables = [...new Set([...sampleTables(), ...extraTables()])];
    const own = ownTables();
    const supports = await sampleSupports();
    return writeWithAudit(tables, async (audit) => {
      const removed: SampleCounts = {};
      for (const table of tables) {
        if (own.has(table.name)) continue;
        const n = await table.filter((r: { isSample?: number }) => r.isSample === 1).delete();
        if (n > 0) removed[table.name] = n;
      }
      await afterWrites(supports);
      await audit('sample', '*', 'delete', removed, null, total(removed));
      return { removed, backup };
    });
  },
};
