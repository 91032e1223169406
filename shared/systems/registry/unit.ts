import { z } from 'zod';

/** 单位类别 unit kind — the four kinds of the seed's targets (System 2, section 1). */
export const UNIT_KINDS = ['member', 'town', 'zone', 'village'] as const;
// member 成员单位（党委/党组）· town 镇/街道（党委/党工委）· zone 开发区（党工委）· village 村/社区（党组织）
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A name a unit carried until `until` (ISO date, exclusive), when it was renamed. */
export interface UnitNameEntry {
  name: string;
  shortName: string;
  until: string;
}

/** 单位 unit of the registry shared by all four systems. */
export interface Unit {
  id: string;
  kind: UnitKind;
  name: string;
  shortName: string;
  /** 党组织名称, e.g. 中共海城市牛庄镇委员会 */
  partyOrgName: string;
  /** Villages/communities belong to a town or subdistrict. */
  parentId: string | null;
  contactName: string;
  contactPhone: string;
  isActive: 0 | 1;
  displayOrder: number;
  /** Earlier names, oldest first; the current name is `name`. */
  nameHistory: UnitNameEntry[];
  /** Sort key for keyset paging (unitSortKey): kind rank, display order, name, id. */
  sortKey: string;
  isSample: 0 | 1;
  createdAt: string;
  updatedAt: string;
}

const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+\-()\s]*$/, { message: 'phone' });

/** What a user enters for a unit; validated at every boundary (form, import, repository). */
export const unitInputSchema = z
  .object({
    kind: z.enum(UNIT_KINDS),
    name: z.string().trim().min(1).max(100),
    shortName: z.string().trim().max(40).default(''),
    partyOrgName: z.string().trim().max(120).default(''),
    parentId: z.string().nullable().default(null),
    contactName: z.string().trim().max(40).default(''),
    contactPhone: phone.default(''),
    displayOrder: z.number().int().min(0).max(99999).default(0),
  })
  .superRefine((unit, ctx) => {
    if (unit.kind === 'village' && !unit.parentId) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'village-needs-town' });
    }
    if (unit.kind !== 'village' && unit.parentId) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'only-village-has-parent' });
    }
  });

export type UnitInput = z.input<typeof unitInputSchema>;
export type ValidUnitInput = z.output<typeof unitInputSchema>;

/**
 * Key for sorted keyset paging: kind in the seed's order (member units, towns, zones,
 * villages), display order, name, then id so that it is unique (a page continues strictly after
 * the last key it showed, at any depth, without offsets).
 */
export function unitSortKey(kind: UnitKind, displayOrder: number, name: string, id: string): string {
  return `${unitSortPrefix(kind)}${String(displayOrder).padStart(5, '0')}|${name}|${id}`;
}

/** Every sort key of one kind starts with this, so a kind is a key range of the one index. */
export function unitSortPrefix(kind: UnitKind): string {
  return `${UNIT_KINDS.indexOf(kind)}|`;
}

/** The fields a search looks in. */
export function unitSearchFields(
  u: Pick<Unit, 'name' | 'shortName' | 'partyOrgName' | 'contactName' | 'contactPhone'>,
): string[] {
  return [u.name, u.shortName, u.partyOrgName, u.contactName, u.contactPhone];
}

/**
 * The name a unit carried on a given date (ISO yyyy-mm-dd), so old records show the name of
 * their time rather than today's.
 */
export function unitNameAt(unit: Pick<Unit, 'name' | 'nameHistory'>, isoDate: string): string {
  const earlier = [...unit.nameHistory].sort((a, b) => a.until.localeCompare(b.until));
  const entry = earlier.find((e) => isoDate < e.until);
  return entry ? entry.name : unit.name;
}
