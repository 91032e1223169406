import type { SecrecyLevel } from '../common/secrecy';
import type { DocumentKind, OfficialDocument } from './model';

/**
 * 发文字号 register: per prefix and year a sequence that only ever grows, so a number is never
 * given twice and a voided number is never reused. Every issued document is kept with the exact
 * model it was issued with, so a reprint or re-export matches the original.
 */
export interface DocSequence {
  prefix: string;
  year: number;
  /** The next number to give. */
  next: number;
}

export type IssuedStatus = 'issued' | 'voided';

/** One issued document in the register (Documents page). */
export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  /** 发文字号, the form's own number or the 期号 label (第5期) — unique within the register */
  number: string;
  /** issuedAt|id: the register's sort key */
  issuedKey: string;
  prefix: string;
  year: number;
  sequence: number;
  title: string;
  secrecy: SecrecyLevel;
  /** ISO timestamp */
  issuedAt: string;
  issuedBy: string;
  /** The record the document came from, e.g. 'meetings:…' */
  sourceId: string;
  status: IssuedStatus;
  voidReason: string;
  /** The model exactly as issued. */
  document: OfficialDocument;
  /**
   * 补录: issued before the office used the app, entered afterwards with its original number and
   * date (issuedAt); when and by whom it was entered.
   */
  enteredAfter?: { at: string; by: string };
  /** Issued for a sample record: numbered in the sample series and removed with the sample data. */
  isSample?: 0 | 1;
}

/**
 * Sample records never take the office's real numbers: their documents go to a series of their
 * own beside the real one (示例海人才督〔2026〕3号), so the register's real 发文字号 stay unbroken.
 */
export const SAMPLE_SERIES_PREFIX = '示例';

export function sampleSeriesPrefix(prefix: string): string {
  return `${SAMPLE_SERIES_PREFIX}${prefix}`;
}

/** The year a document number belongs to: the year it is issued in. */
export function numberYear(now: Date): number {
  return now.getFullYear();
}
