import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StaffAccount } from '../../../shared/core/auth/staff';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import type { DocSequence, IssuedDocument } from '../../../shared/core/documents/register';
import type { Attachment } from '../../../shared/core/common/attachment';
import { declareSchemaVersions, LATEST_SCHEMA_VERSION } from './schema/versions';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Rows of the modules built in later issues; typed loosely until their issue defines them. */
export interface RecordRow {
  id: string;
  [field: string]: unknown;
}

export const DB_NAME = 'talent-office-workbench';
export const SCHEMA_VERSION = LATEST_SCHEMA_VERSION;

/**
 * The one Dexie database. Only repositories (`renderer/core/data`, each system's `data/`) touch it
 * (lint enforces that).
 * `chromeTransactionDurability: 'strict'` makes Chromium flush each transaction to disk before
 * reporting success: a crash right after a save must not lose it.
 */
export class WorkbenchDB extends Dexie {
  // The core's tables. Each system adds the typed tables it declares in its manifest by merging
  // them into this class from its data/tables.ts (declare module … interface WorkbenchDB).
  staff!: EntityTable<StaffAccount, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  documents!: EntityTable<IssuedDocument, 'id'>;
  docSequences!: Table<DocSequence, [string, number]>;
  attachments!: EntityTable<Attachment, 'id'>;
  counters!: EntityTable<{ key: string; value: number }, 'key'>;

  constructor(name = DB_NAME, { autoOpen = true }: { autoOpen?: boolean } = {}) {
    super(name, { chromeTransactionDurability: 'strict', autoOpen });
    // Every version with its upgrade, the core's and the installed systems' (schema/versions.ts):
    // databases in the field may be at any of them.
    declareSchemaVersions(this);
  }
}

let instance: WorkbenchDB | null = null;

/**
 * The app's database. Not opened by the first query: openDatabase() opens it, after keeping a
 * backup when an upgrade is due, so nothing can upgrade it behind the guard's back.
 */
export function getDb(): WorkbenchDB {
  instance ??= new WorkbenchDB(DB_NAME, { autoOpen: false });
  return instance;
}

/** For tests: use a fresh database under another name. */
export function useDatabase(db: WorkbenchDB): void {
  instance = db;
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
