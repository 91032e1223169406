/** 操作日志 audit entry: who changed what, when, before and after. */
export interface AuditEntry {
  seq?: number;
  /** ISO timestamp */
  at: string;
  actorId: string;
  actorName: string;
  /** Table/entity name, e.g. 'units' */
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  /** For bulk actions: how many records one user action touched. */
  count?: number;
}

/** The core's own entities; each system names its own in its manifest and merges them in below. */
// 'output': a print, export or download of a record (shared/core/audit/output.ts), the print register.
export const CORE_AUDIT_ENTITIES = ['staff', 'settings', 'sample', 'documents', 'backup', 'output'] as const;
export type CoreAuditEntity = (typeof CORE_AUDIT_ENTITIES)[number];

/**
 * Systems merge their entity names in (declaration merging), e.g.
 *   declare module '../../core/audit/audit' { interface SystemAuditEntities { meetings: true } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface SystemAuditEntities {}

export type AuditEntity = CoreAuditEntity | keyof SystemAuditEntities;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'deactivate',
  'reactivate',
  'reset-password',
  'import',
  'sign-in',
  'sign-out',
  'issue',
  'void',
  'export',
  'print',
  'restore',
  'advance',
  'revert',
  'approve',
  'reject',
  'draw',
  'feedback',
  'close',
  'archive',
  'explain',
  'extend',
  'withdraw',
  'cancel',
  // System 4: the hotline's loop (转办, 答复, 回访) and double entry's 核定.
  'forward',
  'answer',
  'callback',
  'settle',
  'review',
  'revoke',
  'correct',
  'follow-up',
  'commend',
  'download',
  // A document issued before the app, entered into the register afterwards (补录).
  'enter-past',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
