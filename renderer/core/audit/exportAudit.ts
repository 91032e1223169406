import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/core/audit/audit';
import { saveRecordedXlsx } from '../documents/output/saveRecordedXlsx';
import { writeXlsx } from '../sheets/writeXlsx';
import type { AuditName } from './auditNames';
import { auditEntityLabel } from './entityLabels';

/**
 * The log as filtered to .xlsx: one row per entry, people and records in words (who, when, the
 * system, the action, the record type, the record and where it stands, the count of a bulk action).
 * Registered as an output like every export.
 */
export async function exportAudit(
  t: TFunction,
  entries: readonly AuditEntry[],
  names: readonly AuditName[],
  systemLabel: (entity: string) => string,
) {
  const headers = [
    t('audit.time'),
    t('audit.who'),
    t('audit.system'),
    t('audit.action'),
    t('audit.entity'),
    t('audit.record'),
    t('audit.count'),
  ];
  const rows = entries.map((e, i) => [
    dayjs(e.at).format('YYYY-MM-DD HH:mm:ss'),
    e.actorName,
    systemLabel(e.entity),
    t(`audit.actions.${e.action}`),
    auditEntityLabel(t, e.entity),
    [names[i]?.title, names[i]?.detail].filter(Boolean).join(' — '),
    e.count ?? '',
  ]);
  const bytes = await writeXlsx(t('audit.sheet'), headers, rows);
  const title = t('audit.fileName', { date: dayjs().format('YYYY-MM-DD') });
  return saveRecordedXlsx(
    { kind: 'auditSheet', sourceEntity: 'audit', sourceId: '*', title, secrecy: null },
    bytes,
    entries.length,
  );
}
