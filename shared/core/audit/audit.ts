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

export const AUDIT_ENTITIES = [
  'units',
  'people',
  'staff',
  'settings',
  'sample',
  'documents',
  'backup',
  'meetings',
  'topics',
  'attendance',
  'checks',
  'supervisionItems',
  'findings',
  'evaluationRecords',
  'questionnaires',
  'questionnaireReturns',
  'reminders',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'deactivate',
  'reactivate',
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
  'forward',
  'answer',
  'callback',
  'settle',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
