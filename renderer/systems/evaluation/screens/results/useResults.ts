import { useLiveQuery } from 'dexie-react-hooks';
import {
  CONTENT_ITEMS,
  DEFAULT_THRESHOLDS,
  flagProblems,
  matrixOf,
  type Granularity,
  type Matrix,
  type PeriodKey,
  type ProblemFlag,
  type TallyRow,
  type ThresholdSettings,
} from '../../../../../shared/systems/evaluation';
import { evaluationSettingsRepo } from '../../data/evaluationSettingsRepo';
import { resultsRepo } from '../../data/resultsRepo';

export interface Results {
  rows: TallyRow[] | undefined;
  matrix: Matrix;
  /** The leaf-level matrix (sub-items apart), for a content item's sub-items. */
  leaves: Matrix;
  flags: ProblemFlag[];
  /** Content columns: the seed's three. */
  contents: readonly string[];
  thresholds: ThresholdSettings;
}

/** The year's kept rows read once; the matrix, flags and charts are views of them. */
export function useResults(year: number, granularity: Granularity, period: PeriodKey): Results {
  const rows = useLiveQuery(() => resultsRepo.yearRows(year), [year]);
  const thresholds = useLiveQuery(() => evaluationSettingsRepo.thresholds(), []) ?? DEFAULT_THRESHOLDS;
  const matrix = matrixOf(rows ?? [], { granularity, level: 'item' });
  const leaves = matrixOf(rows ?? [], { granularity, level: 'leaf' });
  return { rows, matrix, leaves, flags: flagProblems(matrix, period, thresholds), contents: CONTENT_ITEMS, thresholds };
}
