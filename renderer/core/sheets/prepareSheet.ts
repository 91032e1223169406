import { AppError } from '../../../shared/core/errors';
import { ambiguousHeaderFields, type ImportPlan } from '../../../shared/core/sheets/sheetRows';
import { MAX_IMPORT_ROWS, type SheetFile, type SheetSource } from './readSheet';
import { framePace } from './pace';
import type { SheetImportSpec } from './sheetImportSpec';

/** A picked sheet, read and checked: its plan, or why this sheet cannot be imported. */
export interface Prepared<P> {
  source: SheetSource;
  file: SheetFile;
  plan: ImportPlan<P> | null;
  /** Set when this sheet cannot be imported as it is; the user may still pick another of its sheets. */
  problem: AppError | null;
}

type Spec<P extends { row: number }> = Pick<SheetImportSpec<P>, 'aliases' | 'fieldLabel' | 'missingColumns' | 'plan'>;

/** What is wrong with the sheet as a whole, before any row is looked at. */
export function sheetProblem<P extends { row: number }>(spec: Spec<P>, name: string, file: SheetFile): AppError | null {
  const data = file.data;
  if (data.headers.length === 0 || data.rowCount === 0) return new AppError('import-empty');
  const missing = spec.missingColumns(data);
  if (missing.length) return new AppError('import-missing-columns', { name, missing: missing.join('、') });
  const [twice] = ambiguousHeaderFields(data.headers, spec.aliases);
  if (twice) {
    const headers = twice.headers.map((h) => `“${h}”`).join('、');
    return new AppError('import-duplicate-header', { name, field: spec.fieldLabel(twice.field), headers });
  }
  if (data.rowCount > MAX_IMPORT_ROWS)
    return new AppError('import-too-many-rows', { name, count: data.rowCount, max: MAX_IMPORT_ROWS });
  return null;
}

/**
 * Reads the file (in a worker, rows streamed back), checks the sheet as a whole, then every row
 * (paced, so the screen keeps drawing). Nothing is written here.
 */
export async function prepareSheet<P extends { row: number }>(
  spec: Spec<P>,
  source: SheetSource,
  {
    sheetName,
    signal,
    onProgress,
  }: { sheetName?: string; signal?: AbortSignal; onProgress?: (rows: number, checking: boolean) => void } = {},
): Promise<Prepared<P>> {
  const file = await source.read({
    sheetName,
    headerHints: Object.values(spec.aliases).flat(),
    keepRows: MAX_IMPORT_ROWS,
    signal,
    onProgress: ({ read }) => onProgress?.(read, false),
  });
  const problem = sheetProblem(spec, source.name, file);
  if (problem) return { source, file, plan: null, problem };
  onProgress?.(file.data.rowCount, true);
  const plan = await spec.plan(file.data, framePace());
  if (signal?.aborted) throw new AppError('import-cancelled');
  return { source, file, plan, problem: null };
}
