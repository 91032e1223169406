import type { EntityTable } from 'dexie';
import type { RecordRow } from '../../../core/data/db';
import type { TableVersion } from '../../../core/manifest';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    evaluations: EntityTable<RecordRow, 'id'>;
    ratings: EntityTable<RecordRow, 'id'>;
  }
}

/** System 4's tables (服务对象评价), reserved at version 2 before the system was built. */
export const EVALUATION_TABLES: readonly TableVersion[] = [
  {
    version: 2,
    stores: { evaluations: 'id, [unitId+at], channel, at, isSample', ratings: 'id, evaluationId, unitId' },
  },
];
