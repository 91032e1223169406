import type { TFunction } from 'i18next';
import type { SaveFileResult } from '../../../../shared/core/bridge/schemas';
import type { UnitKind } from '../../../../shared/systems/registry/unit';
import type { PersonRole } from '../../../../shared/systems/registry/person';
import { getHost } from '../../../core/host';
import { writeXlsx } from '../../../core/sheets/writeXlsx';

/** A sheet to fill in: the headers the import reads, in the interface language, and example rows. */
export interface ImportTemplate {
  fileName: string;
  sheetName: string;
  headers: string[];
  rows: string[][];
}

const UNIT_FIELDS = [
  'kind',
  'name',
  'shortName',
  'partyOrgName',
  'parentId',
  'contactName',
  'contactPhone',
  'displayOrder',
  'formerNames',
] as const;

/** One example of each kind, the fields after 类别 in UNIT_FIELDS' order; the village names the example town. */
const UNIT_EXAMPLES: Record<UnitKind, string[]> = {
  member: ['海城市教育局', '教育局', '中共海城市教育局党组', '', '李明', '0412-3210000', '10', ''],
  town: ['东城街道', '东城', '中共海城市东城街道工作委员会', '', '赵强', '0412-3220000', '20', '东城镇'],
  zone: ['海城经济开发区', '开发区', '中共海城经济开发区工作委员会', '', '钱丽', '0412-3230000', '30', ''],
  village: ['东关村', '', '中共海城市东城街道东关村委员会', '东城街道', '孙伟', '13900000000', '40', ''],
};

export function unitTemplate(t: TFunction): ImportTemplate {
  return {
    fileName: t('registry.import.templateFileName'),
    sheetName: t('registry.tabs.units'),
    headers: UNIT_FIELDS.map((f) => t(`registry.importHeaders.${f}`)),
    rows: (Object.keys(UNIT_EXAMPLES) as UnitKind[]).map((kind) => [
      t(`registry.kinds.${kind}`),
      ...UNIT_EXAMPLES[kind],
    ]),
  };
}

const PERSON_FIELDS = [
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

type PersonCell = Partial<Record<(typeof PERSON_FIELDS)[number], string>>;

/** One example of each role, with the fields that role needs (a contact's unit, an invitee's kind…). */
function personExamples(t: TFunction): Record<PersonRole, PersonCell> {
  return {
    staff: { name: '王芳', gender: t('people.genders.female'), post: '科员', phone: '0412-3210001' },
    contact: { name: '李明', gender: t('people.genders.male'), unitId: '海城市教育局', post: '办公室主任' },
    invitee: { name: '周敏', gender: t('people.genders.female'), inviteeKind: t('people.inviteeKinds.member') },
    talent: {
      name: '吴刚',
      gender: t('people.genders.male'),
      talentCategory: t('people.talentCategories.provincialExpert'),
      sector: t('people.sectors.hospital'),
      employer: '海城市中心医院',
    },
  };
}

export function personTemplate(t: TFunction): ImportTemplate {
  const examples = personExamples(t);
  return {
    fileName: t('people.import.templateFileName'),
    sheetName: t('registry.tabs.people'),
    headers: PERSON_FIELDS.map((f) => (f === 'name' ? t('people.name') : t(`common.fields.${f}`))),
    rows: (Object.keys(examples) as PersonRole[]).map((role) =>
      PERSON_FIELDS.map((f) => (f === 'role' ? t(`people.roles.${role}`) : (examples[role][f] ?? ''))),
    ),
  };
}

/** The template as an .xlsx, saved where the user chooses. */
export async function templateBytes(template: ImportTemplate): Promise<Uint8Array<ArrayBuffer>> {
  return writeXlsx(template.sheetName, template.headers, template.rows);
}

export async function saveTemplate(template: ImportTemplate): Promise<SaveFileResult> {
  return getHost().saveFile({
    suggestedName: `${template.fileName}.xlsx`,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    bytes: await templateBytes(template),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
