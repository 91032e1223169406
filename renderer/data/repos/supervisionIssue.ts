import type { IssuedDocument } from '../../../shared/documents/register';
import { getDb } from '../db';
import { documentsRepo, type IssueRequest } from './documentsRepo';

/** The sample series beside an office series: sample records never take the office's real numbers. */
export function sampleSeriesPrefix(prefix: string): string {
  return `示例${prefix}`;
}

/**
 * Issues a System 2 document for a record. A sample record's document goes to the sample series
 * and is marked sample, so removing sample data removes it and the real 发文字号 stay untouched.
 * Inside the caller's transaction (which must include docSequences and documents).
 */
export async function issueForRecord(record: { isSample: 0 | 1 }, request: IssueRequest, now: Date): Promise<IssuedDocument> {
  const series = record.isSample ? { ...request.series, prefix: sampleSeriesPrefix(request.series.prefix) } : request.series;
  const issued = await documentsRepo.issue({ ...request, series }, now);
  if (!record.isSample) return issued;
  const marked = { ...issued, isSample: 1 } as IssuedDocument;
  await getDb().documents.put(marked);
  return marked;
}
