import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../../../tests/support/texts';
import { freshDb } from '../../../../tests/support/testDb';
import { readSheetFile } from '../../../../shared/core/sheets/readSheetFile';
import { NO_UNITS, planUnitImport, UNIT_HEADER_ALIASES } from '../../../../shared/systems/registry/unitImport';
import { PERSON_HEADER_ALIASES, planPersonImport } from '../../../../shared/systems/registry/personImport';
import { personImportSpec, valueAliases } from './people/personSheets';
import { personTemplate, templateBytes, unitTemplate } from './importTemplates';

async function translator(lng: 'zh-CN' | 'en'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: lng === 'en' ? en : zhCN } } });
  return i18n.t;
}

describe('import templates', () => {
  for (const lng of ['zh-CN', 'en'] as const) {
    it(`the units template (${lng}) reads back as one good row of each kind, in the headers the import wants`, async () => {
      const t = await translator(lng);
      const template = unitTemplate(t);
      const bytes = await templateBytes(template);
      const file = readSheetFile('t.xlsx', bytes, { headerHints: Object.values(UNIT_HEADER_ALIASES).flat() });
      expect(file.data.headers).toEqual(template.headers);
      const plan = await planUnitImport(file.data, NO_UNITS);
      expect(plan.bad).toEqual([]);
      expect(plan.good.map((g) => [g.row, g.input.kind])).toEqual([
        [2, 'member'],
        [3, 'town'],
        [4, 'zone'],
        [5, 'village'],
      ]);
    });

    it(`the people template (${lng}) reads back as one good row of each role`, async () => {
      freshDb();
      const t = await translator(lng);
      const bytes = await templateBytes(personTemplate(t));
      const file = readSheetFile('t.xlsx', bytes, { headerHints: Object.values(PERSON_HEADER_ALIASES).flat() });
      // The spec's own plan (its value aliases), with the example contact's unit in the registry.
      const spec = personImportSpec(t);
      const units = new Map([['海城市教育局', 'unit-1']]);
      const direct = await planPersonImport(file.data, valueAliases(), units);
      expect(direct.bad).toEqual([]);
      expect(direct.good.map((g) => g.input.role)).toEqual(['staff', 'contact', 'invitee', 'talent']);
      expect(spec.saveTemplate).toBeTypeOf('function');
    });
  }
});
