import { AppError } from '../../../shared/core/errors';
import { newId } from '../../../shared/core/common/ids';
import { isLocalDate, localDate } from '../../../shared/core/common/localDate';
import type { DocumentKind, OfficialDocument } from '../../../shared/core/documents/model';
import type { IssuedDocument } from '../../../shared/core/documents/register';
import { getDb } from './db';
import { numberingFor, type Numbering, type Series } from './documentsRepo';
import { requireSession } from './session';
import { read, writeWithAudit } from './write';

/** A document issued before the office used the app, entered afterwards (补录) with its own number and date. */
export interface PastDocumentRequest {
  kind: DocumentKind;
  series: Series;
  year: number;
  sequence: number;
  /** The date it was issued (成文日期), YYYY-MM-DD: in `year`, not after today. */
  issuedOn: string;
  sourceId: string;
  build: (numbering: Numbering) => OfficialDocument;
}

function checkPast(request: PastDocumentRequest, now: Date): void {
  const { year, sequence, issuedOn } = request;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99999)
    throw new AppError('validation', { field: 'documents.backfill.sequence', rule: 'invalid' });
  if (!isLocalDate(issuedOn))
    throw new AppError('validation', { field: 'documents.backfill.issuedOn', rule: 'invalid-date' });
  if (issuedOn > localDate(now))
    throw new AppError('not-allowed', { reason: 'documents.backfill.errors.future', date: issuedOn });
  if (Number(issuedOn.slice(0, 4)) !== year)
    throw new AppError('not-allowed', { reason: 'documents.backfill.errors.yearMismatch', year, date: issuedOn });
}

/** One place of a year's series: the document that holds the number, or none (a gap). */
export interface SeriesPlace {
  sequence: number;
  doc?: IssuedDocument;
}

export const documentsSeries = {
  /**
   * 补录: keeps a past document under its original number and date, marked as entered afterwards
   * (who and when). A number the register already holds — issued, voided or entered — is refused.
   * The series then goes on after the highest number it holds, so it never gives that number again.
   */
  async enterPast(request: PastDocumentRequest, now = new Date()): Promise<IssuedDocument> {
    checkPast(request, now);
    const session = requireSession();
    const db = getDb();
    const { series, year, sequence } = request;
    return writeWithAudit([db.docSequences, db.documents], async (audit) => {
      const numbering = numberingFor(series, year, sequence);
      const holder = await db.documents.where('number').equals(numbering.number).first();
      if (holder)
        throw new AppError('not-allowed', { reason: 'documents.backfill.errors.numberTaken', number: holder.number });
      const key: [string, number] = [series.prefix, year];
      const next = (await db.docSequences.get(key))?.next ?? 1;
      if (sequence >= next) await db.docSequences.put({ prefix: series.prefix, year, next: sequence + 1 });
      const document = request.build(numbering);
      const id = newId();
      const issuedAt = new Date(`${request.issuedOn}T12:00:00`).toISOString();
      const entered: IssuedDocument = {
        id,
        kind: request.kind,
        number: numbering.number,
        prefix: series.prefix,
        year,
        sequence,
        title: document.title,
        secrecy: document.secrecy,
        issuedAt,
        issuedKey: `${issuedAt}|${id}`,
        issuedBy: session.displayName,
        sourceId: request.sourceId,
        status: 'issued',
        voidReason: '',
        document,
        enteredAfter: { at: now.toISOString(), by: session.displayName },
      };
      await db.documents.add(entered);
      await audit('documents', id, 'enter-past', null, {
        number: entered.number,
        title: entered.title,
        kind: entered.kind,
        issuedOn: request.issuedOn,
      });
      return entered;
    });
  },

  /** A year's series from 1 to its highest number: each number's document, gaps plain as places without one. */
  places(prefix: string, year: number): Promise<SeriesPlace[]> {
    return read(async () => {
      const docs = await getDb().documents.where('[prefix+year]').equals([prefix, year]).toArray();
      const bySequence = new Map(docs.map((d) => [d.sequence, d]));
      const highest = Math.max(0, ...docs.map((d) => d.sequence));
      return Array.from({ length: highest }, (_, i) => ({ sequence: i + 1, doc: bySequence.get(i + 1) }));
    });
  },

  /** The series the register holds documents in (prefix and year), newest year first. */
  list(): Promise<{ prefix: string; year: number }[]> {
    return read(async () => {
      const keys = (await getDb().documents.orderBy('[prefix+year]').uniqueKeys()) as unknown as [string, number][];
      return keys
        .map(([prefix, year]) => ({ prefix, year }))
        .sort((a, b) => b.year - a.year || (a.prefix < b.prefix ? -1 : 1));
    });
  },
};
