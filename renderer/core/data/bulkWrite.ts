import type { EntityTable, Table } from 'dexie';
import { AppError } from '../../../shared/core/errors';
import type { AuditEntity } from '../../../shared/core/audit/audit';
import { writeWithAudit } from './write';

export interface ImportProgress {
  done: number;
  total: number;
}

export interface BulkOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  now?: Date;
  chunkSize?: number;
}

/**
 * The repositories' bulk path (imports, sample data, the benchmark): ONE transaction, written in
 * chunks so progress can be shown; a failure or a cancel aborts it and leaves nothing behind.
 * One audit entry for the user's one action, with the count (and the ids when few).
 */
export async function bulkInsertWithAudit<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  entity: AuditEntity,
  records: T[],
  { onProgress, signal, chunkSize = 2000 }: BulkOptions = {},
): Promise<number> {
  return writeWithAudit([table as Table], async (audit) => {
    for (let start = 0; start < records.length; start += chunkSize) {
      if (signal?.aborted) throw new AppError('import-cancelled');
      // bulkPut, not bulkAdd: the ids are fresh UUIDs, and add's per-row existence check costs ~20 %.
      await table.bulkPut(records.slice(start, start + chunkSize));
      onProgress?.({ done: Math.min(start + chunkSize, records.length), total: records.length });
    }
    const ids = records.length <= 1000 ? records.map((r) => r.id) : undefined;
    await audit(entity, records.length === 1 ? records[0].id : '*', 'import', null, { ids }, records.length);
    return records.length;
  });
}
