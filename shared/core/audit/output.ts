import type { SecrecyLevel } from '../common/secrecy';

/** How a record left the app. */
export type OutputAction = 'print' | 'export' | 'download';
export type OutputFormat = 'print' | 'pdf' | 'docx' | 'xlsx' | 'zip' | 'file';

/**
 * 打印登记 one print, export or download of a record, kept as the audit entry's `after` (entity
 * 'output'): the classified print register is read from these.
 */
export interface OutputRecord {
  /**
   * What went out: a document kind (supervisionSlip, drawRecord, signInSheet…), or a sheet (unitsSheet,
   * peopleSheet, resultsSheet, pointsSheet, satisfactionSheet, assessmentSheet, auditSheet), attachment, archive.
   */
  kind: string;
  /** The record it came from: its table and id (the register's id for an issued document). */
  sourceEntity: string;
  sourceId: string;
  title: string;
  /** 发文字号 or 期号, when it has one. */
  number: string | null;
  /** 密级 of what went out (the highest of what it holds); null when the record has none (the registry). */
  secrecy: SecrecyLevel | null;
  format: OutputFormat;
  /** Copies printed, where the app knows them (straight to a printer: one); null when the printer dialog chose. */
  copies: number | null;
  /** The printer or the file name, where known. */
  target: string | null;
}

/** The audit entry id of an output: the record it came from. */
export const outputEntityId = (r: Pick<OutputRecord, 'sourceEntity' | 'sourceId'>): string =>
  `${r.sourceEntity}:${r.sourceId}`;

/** 秘密 and 机密: what the classified print register is kept for. */
export const CLASSIFIED_LEVELS: readonly SecrecyLevel[] = ['secret', 'confidential'];
