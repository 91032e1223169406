import type { FigurePart, GridUnit } from './figures';

/**
 * A year frozen as reported (冻结): who froze it, when, the date its figures were counted on, the
 * units as they were named then, and every system's part. Later edits of the records never change it.
 */
export interface AssessmentSnapshot {
  id: string;
  year: number;
  takenAt: string;
  takenById: string;
  takenBy: string;
  /** The day the figures were counted on (what was overdue). */
  countedOn: string;
  units: GridUnit[];
  parts: FigurePart[];
  note: string;
}
