import type { DocumentKind } from '../../../../shared/core/documents/model';
import type { IssuedDocument, IssuedStatus } from '../../../../shared/core/documents/register';
import type { SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { queryTerms, searchableFields } from '../../../../shared/core/search/normalise';

/** A form's rows naming the unit the document is addressed to or about (never the office's own 呈报单位). */
const UNIT_LABELS = ['督办对象', '责任单位', '单位'];
/** A form's rows naming the matter: the item supervised, the check, the request's subject. */
const MATTER_LABELS = ['督办事项', '督查事项', '事由'];

/** What a register row says in words besides its number: the unit (if any) and the matter. */
export interface RegisterLine {
  unit: string;
  matter: string;
}

function rowValue(doc: IssuedDocument, labels: readonly string[]): string {
  const rows = doc.document.form?.rows ?? [];
  for (const label of labels) {
    const value = rows.find((r) => r.label === label)?.value.trim();
    if (value) return value;
  }
  return '';
}

/**
 * The unit and the matter of an issued document, read from it as issued: a form's 督办对象 / 单位
 * and 督办事项 / 事由 (督办通知单 — 牛庄镇 — 人才驿站建设); a document with a body, its main recipients
 * and its title. The register shows them as it was printed, whatever the records say since.
 */
export function registerLine(doc: IssuedDocument): RegisterLine {
  const recipients = (doc.document.mainRecipients ?? '').trim().replace(/[：:]$/u, '');
  return {
    unit: rowValue(doc, UNIT_LABELS) || recipients,
    matter: rowValue(doc, MATTER_LABELS) || doc.title,
  };
}

/** The register's filters; an absent one lets every document through. */
export interface RegisterFilter {
  year?: number | null;
  /** The series (发文字号 prefix, e.g. 海人才督). */
  prefix?: string | null;
  kind?: DocumentKind | null;
  secrecy?: SecrecyLevel | null;
  status?: IssuedStatus | null;
  /** Typed words: each must be in the number, the title, the unit, the matter or the void reason. */
  query?: string;
}

export function isFiltered(filter: RegisterFilter): boolean {
  return Object.values(filter).some((v) => v !== null && v !== undefined && v !== '');
}

/** The register's filter as one test of a document (run while the list is read, newest first). */
export function registerMatcher(filter: RegisterFilter): (doc: IssuedDocument) => boolean {
  const terms = queryTerms(filter.query ?? '');
  return (doc) => {
    if (filter.year && doc.year !== filter.year) return false;
    if (filter.prefix && doc.prefix !== filter.prefix) return false;
    if (filter.kind && doc.kind !== filter.kind) return false;
    if (filter.secrecy && doc.secrecy !== filter.secrecy) return false;
    if (filter.status && doc.status !== filter.status) return false;
    if (terms.length === 0) return true;
    const line = registerLine(doc);
    const text = searchableFields([doc.number, doc.title, line.unit, line.matter, doc.voidReason]);
    return terms.every((term) => text.includes(term));
  };
}
