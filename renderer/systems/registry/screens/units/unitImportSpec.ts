import type { TFunction } from 'i18next';
import {
  missingHeaders,
  planUnitImport,
  UNIT_HEADER_ALIASES,
  type PreparedUnit,
} from '../../../../../shared/systems/registry/unitImport';
import { importUnits, unitImportContext } from '../../data/unitImportRepo';
import { saveTemplate, unitTemplate } from '../importTemplates';
import type { SheetImportSpec } from '../../../../core/sheets/SheetImportModal';

export function unitImportSpec(t: TFunction): SheetImportSpec<PreparedUnit> {
  let towns: ReadonlyMap<string, string> = new Map();
  return {
    title: t('registry.import.title'),
    intro: t('registry.import.intro'),
    aliases: UNIT_HEADER_ALIASES,
    fieldLabel: (field) =>
      t(`registry.importHeaders.${field}` as 'registry.importHeaders.name', { defaultValue: field }),
    missingColumns: (sheet) =>
      missingHeaders(sheet.headers).map((m) => t(`registry.importHeaders.${m}` as 'registry.importHeaders.name')),
    async plan(sheet, pace) {
      const context = await unitImportContext();
      towns = context.towns;
      return planUnitImport(sheet, context, pace);
    },
    previewColumns: [
      { header: t('common.fields.kind'), value: (p) => t(`registry.kinds.${p.input.kind}`) },
      { header: t('common.fields.name'), value: (p) => p.input.name },
      { header: t('common.fields.parentId'), value: (p) => p.parentName },
      {
        header: t('registry.import.action'),
        value: (p) =>
          p.renames
            ? t('registry.import.renames', { from: p.renames.name, to: p.input.name })
            : t('registry.import.adds'),
      },
    ],
    write: (good, options) => importUnits(good, towns, options),
    doneText: (count) => t('registry.import.done', { count }),
    saveTemplate: () => saveTemplate(unitTemplate(t)),
  };
}
