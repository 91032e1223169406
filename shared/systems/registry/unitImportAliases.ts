import type { UnitKind } from './unit';

/** Headers accepted for each field, Chinese first (the office's own sheets), English too. */
export const UNIT_HEADER_ALIASES: Record<string, readonly string[]> = {
  kind: ['类别', '单位类别', 'kind', 'type'],
  name: ['名称', '单位名称', 'name'],
  shortName: ['简称', 'short name', 'shortname'],
  partyOrgName: ['党组织名称', '党组织', 'party organisation', 'party org'],
  parentId: ['所属镇街', '上级镇街', '所属镇（街道）', 'parent', 'town'],
  contactName: ['联系人', 'contact', 'contact name'],
  contactPhone: ['联系电话', '电话', 'phone', 'contact phone'],
  displayOrder: ['排序', '顺序', 'order', 'display order'],
  // Names the unit carried before: a row whose 曾用名 is a unit's name renames that unit.
  formerNames: ['曾用名', '原名称', 'former names', 'former name', 'formerly'],
};

/** Kind words a sheet may use (any case). */
const KIND_ALIASES: Record<string, UnitKind> = {
  成员单位: 'member',
  member: 'member',
  镇: 'town',
  街道: 'town',
  镇街: 'town',
  '镇（街道）': 'town',
  镇街道: 'town',
  town: 'town',
  subdistrict: 'town',
  开发区: 'zone',
  园区: 'zone',
  zone: 'zone',
  'development zone': 'zone',
  'member unit': 'member',
  'town / subdistrict': 'town',
  'village / community': 'village',
  村: 'village',
  社区: 'village',
  '村（社区）': 'village',
  村社区: 'village',
  village: 'village',
  community: 'village',
};

/** The kind a sheet's 类别 cell names, if it names one. */
export function kindOf(text: string): UnitKind | undefined {
  const word = text.trim().toLowerCase();
  return Object.hasOwn(KIND_ALIASES, word) ? KIND_ALIASES[word] : undefined;
}
