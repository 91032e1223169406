import type { EntityTable } from 'dexie';
import type { TableVersion } from '../../../core/manifest';
import type { AssessmentSnapshot } from '../../../../shared/systems/assessment';

declare module '../../../core/data/db' {
  interface WorkbenchDB {
    assessmentSnapshots: EntityTable<AssessmentSnapshot, 'id'>;
  }
}

/**
 * The annual assessment's table. Version 8: assessmentSnapshots — a year frozen as reported, by
 * year (a year may be frozen more than once; each stays as it was taken).
 */
export const ASSESSMENT_TABLES: readonly TableVersion[] = [
  { version: 8, stores: { assessmentSnapshots: 'id, year, takenAt' } },
];
