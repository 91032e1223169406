import dayjs from 'dayjs';
import { CORE_AUDIT_ENTITIES, type AuditAction, type AuditEntry } from '../../../shared/core/audit/audit';
import type { SystemManifest } from '../manifest';

/** The audit log's filters: who, when (local days, both ends included), which system, which action. */
export interface AuditFilter {
  actorId?: string | null;
  from?: string;
  to?: string;
  /** 'core' (accounts, settings, documents, backups, outputs) or a system's id. */
  system?: string | null;
  action?: AuditAction | null;
}

export const CORE_SYSTEM = 'core';

/** The systems an entry can belong to, with the entities each logs: the core's first, then the installed ones. */
export function auditSystems(
  systems: readonly SystemManifest[],
): { id: string; labelKey: string; entities: string[] }[] {
  return [
    { id: CORE_SYSTEM, labelKey: 'audit.coreSystem', entities: [...CORE_AUDIT_ENTITIES] },
    ...systems.map((s) => ({ id: s.id, labelKey: s.nav[0]?.labelKey ?? s.id, entities: Object.keys(s.auditEntities) })),
  ];
}

/** The filter as one test of an entry, or undefined when nothing is chosen but the actor (read by its index). */
export function auditMatcher(
  filter: AuditFilter,
  systems: readonly { id: string; entities: readonly string[] }[],
): ((entry: AuditEntry) => boolean) | undefined {
  const entities = filter.system ? new Set(systems.find((s) => s.id === filter.system)?.entities ?? []) : null;
  const { from, to, action } = filter;
  if (!entities && !from && !to && !action) return undefined;
  return (entry) => {
    if (entities && !entities.has(entry.entity)) return false;
    if (action && entry.action !== action) return false;
    if (from || to) {
      const day = dayjs(entry.at).format('YYYY-MM-DD');
      if ((from && day < from) || (to && day > to)) return false;
    }
    return true;
  };
}
