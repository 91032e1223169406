import type { Dexie, Transaction } from 'dexie';
import type { SystemManifest, TableVersion } from '../../manifest';
import { installedSystems } from '../../plugin/installed';
import { CORE_TABLES } from './coreTables';

/**
 * The one version chain, owned by the core. A change that adds tables or indexes — the core's or a
 * system's — takes the next number here when it lands, and declares its stores for that version
 * (the core in coreTables.ts, a system in its manifest's `tables`). Keep every version that has an
 * upgrade (Dexie docs): databases in the field, and backups taken before an upgrade, may be at any.
 */
export const VERSION_CHAIN = [
  { version: 1, adds: 'registry, staff accounts, settings, audit log' },
  { version: 2, adds: 'the four systems’ records, document register, attachments, counters; isSample' },
  { version: 3, adds: 'the register paged by issuedKey' },
  { version: 4, adds: 'units and people by one sort key' },
  { version: 5, adds: 'System 2 lists as index ranges, kept counts' },
  { version: 6, adds: 'System 3: rounds, claims by round, unit and state, the points ledger, rule sets' },
  { version: 7, adds: 'System 4: channel records, questionnaires and returns, kept results, reminders' },
  { version: 8, adds: 'the annual assessment: frozen years' },
  { version: 9, adds: 'System 4: free-text answers of scanned returns kept as images' },
] as const;

export const LATEST_SCHEMA_VERSION: number = VERSION_CHAIN[VERSION_CHAIN.length - 1].version;

export interface SchemaVersionDeclaration {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Each version's stores and upgrades, from the core's tables and every system's, in the chain's order.
 * A table belongs to one owner; a version outside the chain is a mistake caught at start-up and in tests.
 */
export function assembleVersions(
  systems: readonly Pick<SystemManifest, 'id' | 'tables'>[],
): SchemaVersionDeclaration[] {
  const owners: { id: string; tables: readonly TableVersion[] }[] = [{ id: 'core', tables: CORE_TABLES }, ...systems];
  const known = new Set<number>(VERSION_CHAIN.map((v) => v.version));
  const ownerOf = new Map<string, string>();
  for (const { id, tables } of owners)
    for (const { version, stores } of tables) {
      if (!known.has(version)) throw new Error(`${id} declares tables for schema version ${version}, not in the chain`);
      for (const table of Object.keys(stores)) {
        const owner = ownerOf.get(table);
        if (owner && owner !== id) throw new Error(`table ${table} is declared by ${owner} and ${id}`);
        ownerOf.set(table, id);
      }
    }
  return VERSION_CHAIN.map(({ version }) => {
    const parts = owners.flatMap(({ tables }) => tables.filter((t) => t.version === version));
    const upgrades = parts.flatMap((p) => (p.upgrade ? [p.upgrade] : []));
    return {
      version,
      stores: Object.assign({}, ...parts.map((p) => p.stores)),
      ...(upgrades.length
        ? {
            upgrade: async (tx: Transaction) => {
              for (const upgrade of upgrades) await upgrade(tx);
            },
          }
        : {}),
    };
  });
}

/**
 * Declares the versions up to `upTo` on `db`. The app declares them all; a restore declares only
 * those up to an older backup's version, fills that, and then lets the app's own upgrades run.
 */
export function declareSchemaVersions(db: Dexie, upTo = LATEST_SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of assembleVersions(installedSystems())) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/**
 * Only the latest version, its stores as the whole chain leaves them, no upgrades: all Dexie needs to
 * open a database that is already at the latest version. Declaring the whole chain costs Dexie a
 * re-parse of every version for each version declared (~50 ms of the first screen); the app's own
 * database declares it only when an upgrade may be due (WorkbenchDB's `schema: 'latest'`).
 */
export function declareLatestSchema(db: Dexie): void {
  db.version(LATEST_SCHEMA_VERSION).stores(storesAt(LATEST_SCHEMA_VERSION));
}

/** Every table's stores as the database has them at `version` (a later declaration replaces an earlier one). */
export function storesAt(version: number, systems = installedSystems()): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const declared of assembleVersions(systems)) {
    if (declared.version > version) break;
    for (const [table, spec] of Object.entries(declared.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}
