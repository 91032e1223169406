import type { HeaderAliases, ImportPlan, Pace, SheetData } from '../../../shared/core/sheets/sheetRows';
import type { BulkOptions } from '../data/bulkWrite';
import type { PreviewColumn } from './ImportTables';

/** What one kind of record needs to be imported from a sheet. */
export interface SheetImportSpec<P extends { row: number }> {
  title: string;
  intro: string;
  /** The header words of every field: they find the header row, and two columns for one field are refused. */
  aliases: HeaderAliases;
  /** A field's name as the user knows it (for the error naming two columns that fill it). */
  fieldLabel(field: string): string;
  /** Required fields missing from the header row, as translated column names. */
  missingColumns(sheet: SheetData): string[];
  /** Checks every row; `pace` lets the screen draw between rows. */
  plan(sheet: SheetData, pace: Pace): Promise<ImportPlan<P>>;
  previewColumns: PreviewColumn<P>[];
  write(good: P[], options: BulkOptions): Promise<number>;
  doneText(count: number): string;
  /** Saves a sheet to fill in (the headers this import reads, an example row of each kind), offered before picking. */
  saveTemplate?: () => Promise<unknown>;
  /** The sheet is one whole (a task list): any bad row blocks the import until it is corrected. */
  allOrNothing?: boolean;
}
