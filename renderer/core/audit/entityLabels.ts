import type { TFunction } from 'i18next';
import { CORE_AUDIT_ENTITIES, type AuditEntity, type CoreAuditEntity } from '../../../shared/core/audit/audit';
import { installedSystems } from '../plugin/installed';

/** Every entity the log can hold: the core's, then each installed system's, in the systems' order. */
export function auditEntities(): AuditEntity[] {
  return [...CORE_AUDIT_ENTITIES, ...installedSystems().flatMap((s) => Object.keys(s.auditEntities) as AuditEntity[])];
}

/** The entity's name in words: the core's from audit.entities, a system's from its manifest's key. */
export function auditEntityLabel(t: TFunction, entity: AuditEntity): string {
  if ((CORE_AUDIT_ENTITIES as readonly string[]).includes(entity))
    return t(`audit.entities.${entity as CoreAuditEntity}`);
  const key = installedSystems().find((s) => entity in s.auditEntities)?.auditEntities[entity];
  return key ? (t as unknown as (k: string, o: object) => string)(key, { defaultValue: entity }) : entity;
}
