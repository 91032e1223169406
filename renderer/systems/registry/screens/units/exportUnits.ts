import type { TFunction } from 'i18next';
import { unitsRepo } from '../../data/unitsRepo';
import { writeXlsx } from '../../../../core/sheets/writeXlsx';
import type { SaveFileResult } from '../../../../../shared/core/bridge/schemas';
import { saveRecordedXlsx } from '../../../../core/documents/output/saveRecordedXlsx';

/** Exports every unit with the same headers the import reads, so a sheet round-trips. */
export async function exportUnits(t: TFunction): Promise<SaveFileResult> {
  const units = await unitsRepo.listAll();
  const byId = new Map(units.map((u) => [u.id, u]));
  const headers = [
    'kind',
    'name',
    'shortName',
    'partyOrgName',
    'parentId',
    'contactName',
    'contactPhone',
    'displayOrder',
    'formerNames',
    'status',
  ].map((f) =>
    f === 'status' ? t('common.status') : t(`registry.importHeaders.${f}` as 'registry.importHeaders.name'),
  );
  const rows = units.map((u) => [
    t(`registry.kinds.${u.kind}`),
    u.name,
    u.shortName,
    u.partyOrgName,
    u.parentId ? (byId.get(u.parentId)?.name ?? '') : '',
    u.contactName,
    u.contactPhone,
    u.displayOrder,
    // 曾用名 kept: a sheet of old records still finds the unit, and a re-import renames nothing twice.
    u.nameHistory.map((h) => h.name).join('、'),
    u.isActive ? t('common.active') : t('common.inactive'),
  ]);
  const bytes = await writeXlsx(t('registry.tabs.units'), headers, rows);
  const title = t('registry.tabs.units');
  return saveRecordedXlsx(
    {
      kind: 'unitsSheet',
      sourceEntity: 'units',
      sourceId: '*',
      title,
      secrecy: null,
      fileName: t('registry.units.exportFileName'),
    },
    bytes,
    rows.length,
  );
}
