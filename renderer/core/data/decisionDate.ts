import { decisionDateRule } from '../../../shared/core/common/approval';
import { type LocalDate, localDate } from '../../../shared/core/common/localDate';
import { AppError } from '../../../shared/core/errors';
import { getDb } from './db';

/** The local date a document of the register was issued (numbered and printed) on. */
export async function documentIssuedOn(documentId: string): Promise<LocalDate | null> {
  const issued = await getDb().documents.get(documentId);
  return issued ? localDate(new Date(issued.issuedAt)) : null;
}

/**
 * A decision, 阅示 or consent recorded against an issued document: the document must have been issued
 * first, and the date lies between its issue and today. Call inside a transaction that includes
 * `db.documents`. A call-back, which answers no document, uses decisionDateRule with today alone.
 */
export async function assertDecisionDate(
  on: LocalDate,
  documentId: string | undefined,
  now: Date,
  field = 'on',
): Promise<void> {
  const documentOn = documentId ? await documentIssuedOn(documentId) : null;
  if (!documentOn) throw new AppError('validation', { field, rule: 'document-first' });
  const rule = decisionDateRule(on, localDate(now), documentOn);
  if (rule) throw new AppError('validation', { field, rule });
}
