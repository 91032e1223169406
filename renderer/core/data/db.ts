import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StaffAccount } from '../../../shared/core/auth/staff';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import type { DocSequence, IssuedDocument } from '../../../shared/core/documents/register';
import type { Attachment } from '../../../shared/core/common/attachment';
import { declareLatestSchema, declareSchemaVersions, LATEST_SCHEMA_VERSION } from './schema/versions';
import { installChangeFeed } from './changeFeed';

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

  /** Whether only the latest version is declared (see `schema`), until the chain is. */
  private latestOnly: boolean;
  /** Set by openDatabase once it has seen the database on disk at the latest version. */
  private atLatest = false;

  /**
   * `schema: 'latest'` declares only the latest version's stores (a few ms instead of ~50 ms); the
   * whole chain with its upgrades is declared when the database is opened, unless openDatabase has
   * seen it on disk at the latest version already (nothing to upgrade: the common start-up).
   */
  constructor(
    name = DB_NAME,
    { autoOpen = true, schema = 'chain' }: { autoOpen?: boolean; schema?: 'chain' | 'latest' } = {},
  ) {
    super(name, { chromeTransactionDurability: 'strict', autoOpen });
    this.latestOnly = schema === 'latest';
    // Every version with its upgrade, the core's and the installed systems' (schema/versions.ts):
    // databases in the field may be at any of them.
    if (this.latestOnly) declareLatestSchema(this);
    else declareSchemaVersions(this);
    // What each committed write changed, for the in-memory search index (changeFeed.ts).
    installChangeFeed(this);
  }

  /** openDatabase saw the database on disk at the latest version: it opens without the chain. */
  markAtLatest(): void {
    this.atLatest = true;
  }

  override open(): ReturnType<Dexie['open']> {
    if (this.latestOnly && !this.atLatest && !this.isOpen()) {
      declareSchemaVersions(this);
      this.latestOnly = false;
    }
    return super.open();
  }
}

let instance: WorkbenchDB | null = null;

/**
 * The app's database. Not opened by the first query: openDatabase() opens it, after keeping a
 * backup when an upgrade is due, so nothing can upgrade it behind the guard's back.
 */
export function getDb(): WorkbenchDB {
  instance ??= new WorkbenchDB(DB_NAME, { autoOpen: false, schema: 'latest' });
  return instance;
}

/** For tests: use a fresh database under another name. */
export function useDatabase(db: WorkbenchDB): void {
  instance = db;
}

export { requestPersistentStorage } from './persistentStorage';
