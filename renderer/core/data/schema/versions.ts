import type { Dexie, Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { V2_STORES, upgradeToV2 } from './v2';
import { V3_STORES, upgradeToV3 } from './v3';
import { V4_STORES, upgradeToV4 } from './v4';
import { V5_STORES, upgradeToV5 } from './v5';
import { V6_STORES } from './v6';

export interface SchemaVersionDeclaration {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version the app ever shipped, oldest first. Keep each one that has an upgrade (Dexie
 * docs): databases in the field, and backups taken before an upgrade, may be at any of them.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersionDeclaration[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES, upgrade: upgradeToV3 },
  { version: 4, stores: V4_STORES, upgrade: upgradeToV4 },
  { version: 5, stores: V5_STORES, upgrade: upgradeToV5 },
  { version: 6, stores: V6_STORES },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/**
 * Declares the versions up to `upTo` on `db`. The app declares them all; a restore declares only
 * those up to an older backup's version, fills that, and then lets the app's own upgrades run.
 */
export function declareSchemaVersions(db: Dexie, upTo = LATEST_SCHEMA_VERSION): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
