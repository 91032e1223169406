import type { TFunction } from 'i18next';
import { missingHeaders, planUnitImport, type PreparedUnit } from '../../../../../shared/systems/registry/unitImport';
import { importUnits, unitImportContext } from '../../data/unitImportRepo';
import type { SheetImportSpec } from '../../../../core/sheets/SheetImportModal';

export function unitImportSpec(t: TFunction): SheetImportSpec<PreparedUnit> {
  let towns = new Map<string, string>();
  return {
    title: t('registry.import.title'),
    intro: t('registry.import.intro'),
    missingColumns: (sheet) =>
      missingHeaders(sheet.headers).map((m) => t(`registry.importHeaders.${m}` as 'registry.importHeaders.name')),
    async plan(sheet) {
      const context = await unitImportContext();
      towns = context.towns;
      return planUnitImport(sheet.rows, context.towns, context.names);
    },
    previewColumns: [
      { header: t('common.fields.kind'), value: (p) => t(`registry.kinds.${p.input.kind}`) },
      { header: t('common.fields.name'), value: (p) => p.input.name },
      { header: t('common.fields.parentId'), value: (p) => p.parentName },
    ],
    write: (good, options) => importUnits(good, towns, options),
    doneText: (count) => t('registry.import.done', { count }),
  };
}
