import type { EntityTable } from 'dexie';
import type { RecordRow } from '../../../core/data/db';
import type { TableVersion } from '../../../core/manifest';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    bonusClaims: EntityTable<RecordRow, 'id'>;
    awards: EntityTable<RecordRow, 'id'>;
  }
}

/** System 3's tables (激励奖励), reserved at version 2 before the system was built. */
export const INCENTIVES_TABLES: readonly TableVersion[] = [
  { version: 2, stores: { bonusClaims: 'id, [year+unitId], status, isSample', awards: 'id, year, unitId' } },
];
