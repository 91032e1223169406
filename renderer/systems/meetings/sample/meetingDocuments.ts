import { documentNumber } from '../../../../shared/core/documents/format';
import type { DocumentKind, OfficialDocument } from '../../../../shared/core/documents/model';
import type { IssuedDocument } from '../../../../shared/core/documents/register';

/**
 * Issued documents of the sample meetings, numbered in sample series of their own (示例海人才办发〔2026〕3号,
 * 示例调度会议纪要〔2026〕第2期): they never take a number from the office's real register.
 */
export class SampleRegister {
  private readonly next = new Map<string, number>();
  readonly rows: (IssuedDocument & { isSample: 1 })[] = [];

  constructor(private readonly uuid: () => string) {}

  issue(
    kind: DocumentKind,
    prefix: string,
    style: 'docNumber' | 'issue',
    issuedOn: string,
    sourceId: string,
    build: (label: string) => OfficialDocument,
  ): IssuedDocument {
    const year = Number(issuedOn.slice(0, 4));
    const key = `${prefix}|${year}`;
    const sequence = this.next.get(key) ?? 1;
    this.next.set(key, sequence + 1);
    const number = style === 'issue' ? `${prefix}〔${year}〕第${sequence}期` : documentNumber(prefix, year, sequence);
    const document = build(style === 'issue' ? `第${sequence}期` : number);
    const id = this.uuid();
    const issuedAt = `${issuedOn}T02:30:00.000Z`;
    const row = {
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
      status: 'issued' as const,
      voidReason: '',
      document,
      isSample: 1 as const,
    };
    this.rows.push(row);
    return row;
  }

  /** Where each sample series stands, so a document issued later for a sample record continues it. */
  sequences(): Array<{ prefix: string; year: number; next: number }> {
    return [...this.next].map(([key, next]) => {
      const [prefix, year] = key.split('|');
      return { prefix, year: Number(year), next };
    });
  }
}
