import type { AppErrorCode } from '../../../shared/core/errors';
import { AppError } from '../../../shared/core/errors';
import {
  missingHeaders,
  NO_UNITS,
  planUnitImport,
  UNIT_HEADER_ALIASES,
} from '../../../shared/systems/registry/unitImport';
import {
  missingTaskHeaders,
  planTaskListImport,
  TASK_HEADER_ALIASES,
} from '../../../shared/systems/supervision/taskListImport';
import { SheetSource } from '../../../renderer/core/sheets/readSheet';
import { prepareSheet, type Prepared } from '../../../renderer/core/sheets/prepareSheet';

/** One file of the import corpus and what must come of it: a clear error, or exactly this data. */
export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  /** Which import reads it (units by default). */
  importer?: 'units' | 'tasks';
  /** The worksheet the user picks. */
  pick?: string;
  expect:
    | { error: AppErrorCode }
    | {
        /** Names (units) or matters (tasks) of the rows that may be imported, in order. */
        good?: string[];
        goodCount?: number;
        /** [row, rule] of every row reported. */
        bad?: [number, string][];
        /** The sheet's row numbers of the data rows. */
        rows?: number[];
        rowCount?: number;
        sheet?: string;
        /** Deadlines of the good task rows. */
        dates?: string[];
      };
}

const unitSpec = {
  aliases: UNIT_HEADER_ALIASES,
  fieldLabel: (f: string) => f,
  missingColumns: (s: { headers: string[] }) => missingHeaders(s.headers),
  plan: (sheet: Parameters<typeof planUnitImport>[0]) => planUnitImport(sheet, NO_UNITS),
};

/** The units the task lists name. */
export const TASK_UNITS = new Map([['牛庄镇', 'town-nz']]);

const taskSpec = {
  aliases: TASK_HEADER_ALIASES,
  fieldLabel: (f: string) => f,
  missingColumns: (s: { headers: string[] }) => missingTaskHeaders(s.headers),
  plan: (sheet: Parameters<typeof planTaskListImport>[0]) => planTaskListImport(sheet, TASK_UNITS),
};

export type CorpusOutcome =
  | { error: AppErrorCode }
  | { prepared: Prepared<{ row: number; matter?: string; dueOn?: string; input?: { name: string } }> };

/** Reads and checks a corpus file exactly as the import dialog does (without the worker). */
export async function runCorpusFile(file: CorpusFile): Promise<CorpusOutcome> {
  const spec = file.importer === 'tasks' ? taskSpec : unitSpec;
  try {
    const prepared = await prepareSheet(
      spec as Parameters<typeof prepareSheet>[0],
      new SheetSource(file.name, file.bytes),
      { sheetName: file.pick },
    );
    if (prepared.problem) return { error: prepared.problem.code };
    return { prepared: prepared as CorpusOutcome extends { prepared: infer P } ? P : never };
  } catch (error) {
    if (error instanceof AppError) return { error: error.code };
    throw error; // anything else is a crash: the test fails on it
  }
}
