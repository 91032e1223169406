import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Unit } from '../../../shared/systems/registry/unit';
import type { Person } from '../../../shared/systems/registry/person';
import type { StaffAccount } from '../../../shared/core/auth/staff';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import { declareSchemaVersions, LATEST_SCHEMA_VERSION } from './schema/versions';
import { installChangeFeed } from './changeFeed';
import type { SupervisionItem } from '../../../shared/systems/supervision/item';
import type { Check } from '../../../shared/systems/supervision/check';
import type { Finding } from '../../../shared/systems/supervision/finding';
import type { Explanation, ItemFeedback } from '../../../shared/systems/supervision/feedback';
import type { ItemCountRow } from '../../../shared/systems/supervision/counts';
import type { DocSequence, IssuedDocument } from '../../../shared/core/documents/register';
import type { Meeting } from '../../../shared/systems/meetings/meeting';
import type { AgendaItem } from '../../../shared/systems/meetings/topic';
import type { AttendanceRow } from '../../../shared/systems/meetings/attendance';
import type { Attachment } from '../../../shared/core/common/attachment';

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
 * The one Dexie database. Only repositories (`renderer/core/data`, each system's `data/`) touch it (lint enforces that).
 * `chromeTransactionDurability: 'strict'` makes Chromium flush each transaction to disk before
 * reporting success: a crash right after a save must not lose it.
 */
export class WorkbenchDB extends Dexie {
  units!: EntityTable<Unit, 'id'>;
  people!: EntityTable<Person, 'id'>;
  staff!: EntityTable<StaffAccount, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  meetings!: EntityTable<Meeting, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  attendance!: EntityTable<AttendanceRow, 'id'>;
  checks!: EntityTable<Check, 'id'>;
  supervisionItems!: EntityTable<SupervisionItem, 'id'>;
  itemFeedback!: EntityTable<ItemFeedback, 'id'>;
  findings!: EntityTable<Finding, 'id'>;
  explanations!: EntityTable<Explanation, 'id'>;
  itemCounts!: EntityTable<ItemCountRow, 'key'>;
  bonusClaims!: EntityTable<RecordRow, 'id'>;
  awards!: EntityTable<RecordRow, 'id'>;
  evaluations!: EntityTable<RecordRow, 'id'>;
  ratings!: EntityTable<RecordRow, 'id'>;
  documents!: EntityTable<IssuedDocument, 'id'>;
  docSequences!: Table<DocSequence, [string, number]>;
  attachments!: EntityTable<Attachment, 'id'>;
  counters!: EntityTable<{ key: string; value: number }, 'key'>;

  constructor(name = DB_NAME, { autoOpen = true }: { autoOpen?: boolean } = {}) {
    super(name, { chromeTransactionDurability: 'strict', autoOpen });
    // Every version with its upgrade (schema/versions.ts): databases in the field may be at any of them.
    declareSchemaVersions(this);
    // What each committed write changed, for the in-memory search index (changeFeed.ts).
    installChangeFeed(this);
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
