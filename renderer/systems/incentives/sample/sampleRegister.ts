import { documentNumber } from '../../../../shared/core/documents/format';
import type { DocumentKind, OfficialDocument } from '../../../../shared/core/documents/model';
import { type IssuedDocument, sampleSeriesPrefix } from '../../../../shared/core/documents/register';
import type { SampleTables } from '../../../core/sample';

type Sequence = { prefix: string; year: number; next: number };

/**
 * Documents of System 3's sample records, in the register's sample series (示例海人才办呈〔2026〕n号).
 * Other systems' samples may already use a series (the meetings' 呈批单): numbering continues after
 * them, so no number is given twice.
 */
export class IncentivesSampleRegister {
  private readonly next = new Map<string, number>();
  private readonly used = new Set<string>();
  readonly rows: IssuedDocument[] = [];

  constructor(
    private readonly uuid: () => string,
    earlier: Readonly<SampleTables>,
  ) {
    for (const s of (earlier.docSequences ?? []) as unknown as Sequence[])
      this.next.set(`${s.prefix}|${s.year}`, Math.max(s.next, this.next.get(`${s.prefix}|${s.year}`) ?? 1));
  }

  issue(
    kind: DocumentKind,
    realPrefix: string,
    on: string,
    sourceId: string,
    build: (number: string) => OfficialDocument,
  ) {
    const prefix = sampleSeriesPrefix(realPrefix);
    const year = Number(on.slice(0, 4));
    const sequence = this.next.get(`${prefix}|${year}`) ?? 1;
    this.next.set(`${prefix}|${year}`, sequence + 1);
    this.used.add(`${prefix}|${year}`);
    const number = documentNumber(prefix, year, sequence);
    const document = build(number);
    const id = this.uuid();
    const issuedAt = `${on}T02:40:00.000Z`;
    const row: IssuedDocument = {
      id,
      kind,
      number,
      prefix,
      year,
      sequence,
      title: document.title,
      secrecy: document.secrecy,
      issuedAt,
      issuedKey: `${issuedAt}|${id}`,
      issuedBy: '示例',
      sourceId,
      status: 'issued',
      voidReason: '',
      document,
      isSample: 1,
    };
    this.rows.push(row);
    return { id, number, printedOn: on };
  }

  /** Where each series this register used stands, so a document issued later continues it. */
  sequences(): Sequence[] {
    return [...this.next]
      .filter(([key]) => this.used.has(key))
      .map(([key, next]) => {
        const [prefix, year] = key.split('|');
        return { prefix, year: Number(year), next };
      });
  }
}
