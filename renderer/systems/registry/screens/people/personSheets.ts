import type { TFunction } from 'i18next';
import {
  PERSON_HEADER_ALIASES,
  missingPersonHeaders,
  planPersonImport,
  type PreparedPerson,
  type ValueAliases,
} from '../../../../../shared/systems/registry/personImport';
import type { Person } from '../../../../../shared/systems/registry/person';
import type { SaveFileResult } from '../../../../../shared/core/bridge/schemas';
import zhPeople from '../../i18n/zh-CN/people.json';
import enPeople from '../../i18n/en/people.json';
import { importPeople, unitIdsByName } from '../../data/personImportRepo';
import { peopleRepo } from '../../data/peopleRepo';
import { unitsRepo } from '../../data/unitsRepo';
import { unitLabels } from '../../../../../shared/systems/registry/unitNames';
import { personTemplate, saveTemplate } from '../importTemplates';
import type { SheetImportSpec } from '../../../../core/sheets/SheetImportModal';
import { writeXlsx } from '../../../../core/sheets/writeXlsx';
import { saveRecordedXlsx } from '../../../../core/documents/output/saveRecordedXlsx';

/** Column order of the people sheet, for export and as the import's documented headers. */
const COLUMNS = [
  'role',
  'name',
  'gender',
  'unitId',
  'post',
  'phone',
  'inviteeKind',
  'talentCategory',
  'sector',
  'employer',
] as const;

/** Cell text → code from the translations of BOTH languages (and the codes), so either export imports. */
export function valueAliases(): ValueAliases {
  const build = (pick: (r: typeof zhPeople) => Record<string, string>) => {
    const map = new Map<string, string>();
    for (const resources of [zhPeople, enPeople])
      for (const [code, label] of Object.entries(pick(resources)))
        map.set(label.toLowerCase(), code).set(code.toLowerCase(), code);
    return map;
  };
  return {
    role: build((r) => r.roles),
    gender: build((r) => r.genders),
    inviteeKind: build((r) => r.inviteeKinds),
    talentCategory: build((r) => r.talentCategories),
    sector: build((r) => r.sectors),
  };
}

function header(t: TFunction, field: (typeof COLUMNS)[number]): string {
  return field === 'name' ? t('people.name') : t(`common.fields.${field}`);
}

export function personImportSpec(t: TFunction): SheetImportSpec<PreparedPerson> {
  return {
    title: t('people.import.title'),
    intro: t('people.import.intro'),
    aliases: PERSON_HEADER_ALIASES,
    fieldLabel: (field) => header(t, field as (typeof COLUMNS)[number]),
    missingColumns: (sheet) => missingPersonHeaders(sheet.headers).map((f) => header(t, f as (typeof COLUMNS)[number])),
    plan: async (sheet, pace) => planPersonImport(sheet, valueAliases(), await unitIdsByName(), pace),
    previewColumns: [
      { header: t('common.fields.role'), value: (p) => t(`people.roles.${p.input.role}`) },
      { header: t('people.name'), value: (p) => p.input.name },
      { header: t('common.fields.post'), value: (p) => p.input.post },
    ],
    write: (good, options) => importPeople(good, options),
    doneText: (count) => t('people.import.done', { count }),
    saveTemplate: () => saveTemplate(personTemplate(t)),
  };
}

/** Exports everyone with the headers the import reads, in the current language. */
export async function exportPeople(t: TFunction): Promise<SaveFileResult> {
  const [people, units] = await Promise.all([peopleRepo.listAll(), unitsRepo.listAll()]);
  // A village with its town (牛庄镇·东关村): the import reads it back to the one unit it names.
  const unitName = unitLabels(units);
  const cell = (p: Person, field: (typeof COLUMNS)[number]): string => {
    switch (field) {
      case 'role':
        return t(`people.roles.${p.role}`);
      case 'gender':
        return p.gender ? t(`people.genders.${p.gender}`) : '';
      case 'unitId':
        return p.unitId ? (unitName.get(p.unitId) ?? '') : '';
      case 'inviteeKind':
        return p.inviteeKind ? t(`people.inviteeKinds.${p.inviteeKind}`) : '';
      case 'talentCategory':
        return p.talentCategory ? t(`people.talentCategories.${p.talentCategory}`) : '';
      case 'sector':
        return p.sector ? t(`people.sectors.${p.sector}`) : '';
      default:
        return p[field];
    }
  };
  const bytes = await writeXlsx(
    t('registry.tabs.people'),
    COLUMNS.map((f) => header(t, f)),
    people.map((p) => COLUMNS.map((f) => cell(p, f))),
  );
  return saveRecordedXlsx(
    {
      ...{ kind: 'peopleSheet', sourceEntity: 'people', sourceId: '*', title: t('registry.tabs.people') },
      ...{ secrecy: null, fileName: t('people.exportFileName') },
    },
    bytes,
    people.length,
  );
}

/** The header aliases are data the sheet must match; exported for the intro text and tests. */
export { PERSON_HEADER_ALIASES };
