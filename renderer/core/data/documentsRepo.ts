import Dexie from 'dexie';
import { AppError } from '../../../shared/core/errors';
import { newId } from '../../../shared/core/common/ids';
import { documentNumber } from '../../../shared/core/documents/format';
import type { DocumentKind, OfficialDocument } from '../../../shared/core/documents/model';
import { type IssuedDocument, sampleSeriesPrefix } from '../../../shared/core/documents/register';
import { getDb } from './db';
import { requireSession } from './session';
import { read, writeWithAudit } from './write';

/** A numbering series: 发文字号 (海人才发〔2026〕3号) or a per-year issue series (第3期). */
export interface Series {
  prefix: string;
  style: 'docNumber' | 'issue';
}

export interface Numbering {
  /** Unique register number: 海人才发〔2026〕3号, or 人才工作简报〔2026〕第3期 */
  number: string;
  /** What the document prints: the 发文字号, or 第3期 */
  label: string;
  sequence: number;
  year: number;
}

export interface IssueRequest {
  kind: DocumentKind;
  series: Series;
  sourceId: string;
  build: (numbering: Numbering) => OfficialDocument;
  /** The record it is issued for is sample data: the sample series, and removed with the samples. */
  isSample?: 0 | 1;
}

function numberingFor(series: Series, year: number, sequence: number): Numbering {
  if (series.style === 'issue')
    return { number: `${series.prefix}〔${year}〕第${sequence}期`, label: `第${sequence}期`, sequence, year };
  const number = documentNumber(series.prefix, year, sequence);
  return { number, label: number, sequence, year };
}

export const documentsRepo = {
  /**
   * Takes the next number of the series and keeps the issued document, in one transaction:
   * never two documents with one number, and a number once taken is never given again.
   */
  async issue(request: IssueRequest, now = new Date()): Promise<IssuedDocument> {
    const session = requireSession();
    const db = getDb();
    const year = now.getFullYear();
    const series = request.isSample
      ? { ...request.series, prefix: sampleSeriesPrefix(request.series.prefix) }
      : request.series;
    return writeWithAudit([db.docSequences, db.documents], async (audit) => {
      const key: [string, number] = [series.prefix, year];
      const sequence = (await db.docSequences.get(key))?.next ?? 1;
      await db.docSequences.put({ prefix: series.prefix, year, next: sequence + 1 });
      const numbering = numberingFor(series, year, sequence);
      const document = request.build(numbering);
      const id = newId();
      const issuedAt = now.toISOString();
      const issued: IssuedDocument = {
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
        ...(request.isSample ? { isSample: 1 as const } : {}),
      };
      await db.documents.add(issued);
      await audit('documents', id, 'issue', null, { number: issued.number, title: issued.title, kind: issued.kind });
      return issued;
    });
  },

  /** Voids a document with a reason; its number stays taken. */
  async voidDocument(id: string, reason: string): Promise<void> {
    if (!reason.trim()) throw new AppError('validation', { field: 'voidReason', rule: 'required' });
    const db = getDb();
    await writeWithAudit([db.documents], async (audit) => {
      const doc = await db.documents.get(id);
      if (!doc) throw new AppError('not-found', { id });
      if (doc.status === 'voided') return;
      await db.documents.put({ ...doc, status: 'voided', voidReason: reason.trim() });
      await audit(
        'documents',
        id,
        'void',
        { status: doc.status },
        { status: 'voided', voidReason: reason.trim(), number: doc.number },
      );
    });
  },

  get(id: string): Promise<IssuedDocument | undefined> {
    return read(() => getDb().documents.get(id));
  },

  /** Newest first, keyset-paged on issuedKey. */
  listPage({
    before = null,
    limit = 50,
    kind,
    match,
  }: {
    before?: string | null;
    limit?: number;
    kind?: DocumentKind;
    /** The register's other filters, tested while reading newest first (register/registerLine.ts). */
    match?: (doc: IssuedDocument) => boolean;
  } = {}): Promise<{
    rows: IssuedDocument[];
    nextBefore: string | null;
  }> {
    return read(async () => {
      const collection = getDb()
        .documents.where('issuedKey')
        .below(before ?? Dexie.maxKey)
        .reverse();
      const test = kind || match ? (d: IssuedDocument) => (!kind || d.kind === kind) && (!match || match(d)) : null;
      const rows = await (test ? collection.filter(test) : collection).limit(limit + 1).toArray();
      const shown = rows.slice(0, limit);
      return { rows: shown, nextBefore: rows.length > limit ? shown[shown.length - 1].issuedKey : null };
    });
  },

  /** Every series and year that has given a number (the register's filters), newest year first. */
  listSeries(): Promise<{ prefix: string; year: number }[]> {
    return read(async () =>
      (await getDb().docSequences.toArray())
        .map(({ prefix, year }) => ({ prefix, year }))
        .sort((a, b) => b.year - a.year || a.prefix.localeCompare(b.prefix)),
    );
  },

  /** The number the series would give next (shown before issuing; issuing takes it for real). */
  peekNext(series: Series, now = new Date()): Promise<Numbering> {
    return read(async () => {
      const year = now.getFullYear();
      const sequence = (await getDb().docSequences.get([series.prefix, year]))?.next ?? 1;
      return numberingFor(series, year, sequence);
    });
  },
};
