import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Unit } from '../../shared/domain/registry/unit';
import type { Person } from '../../shared/domain/registry/person';
import type { StaffAccount } from '../../shared/domain/auth/staff';
import type { AuditEntry } from '../../shared/domain/audit/audit';
import { V1_STORES } from './schema/v1';
import { V2_STORES, upgradeToV2 } from './schema/v2';
import { V3_STORES, upgradeToV3 } from './schema/v3';
import { V4_STORES, upgradeToV4 } from './schema/v4';
import { V5_STORES, upgradeToV5 } from './schema/v5';
import type { SupervisionItem } from '../../shared/domain/supervision/item';
import type { Check } from '../../shared/domain/supervision/check';
import type { Finding } from '../../shared/domain/supervision/finding';
import type { Explanation, ItemFeedback } from '../../shared/domain/supervision/feedback';
import type { ItemCountRow } from '../../shared/domain/supervision/counts';
import type { DocSequence, IssuedDocument } from '../../shared/documents/register';

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
export const SCHEMA_VERSION = 5;

/**
 * The one Dexie database. Only `renderer/data/repos/*` touch it (lint enforces that).
 * `chromeTransactionDurability: 'strict'` makes Chromium flush each transaction to disk before
 * reporting success: a crash right after a save must not lose it.
 */
export class WorkbenchDB extends Dexie {
  units!: EntityTable<Unit, 'id'>;
  people!: EntityTable<Person, 'id'>;
  staff!: EntityTable<StaffAccount, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  meetings!: EntityTable<RecordRow, 'id'>;
  agendaItems!: EntityTable<RecordRow, 'id'>;
  attendance!: EntityTable<RecordRow, 'id'>;
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
  attachments!: EntityTable<RecordRow, 'id'>;
  counters!: EntityTable<{ key: string; value: number }, 'key'>;

  constructor(name = DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    // Keep every old version that has an upgrade (Dexie docs): databases in the field may be
    // at any of them.
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    this.version(3).stores(V3_STORES).upgrade(upgradeToV3);
    this.version(4).stores(V4_STORES).upgrade(upgradeToV4);
    this.version(5).stores(V5_STORES).upgrade(upgradeToV5);
  }
}

let instance: WorkbenchDB | null = null;

export function getDb(): WorkbenchDB {
  instance ??= new WorkbenchDB();
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
