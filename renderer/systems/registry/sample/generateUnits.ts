import { type Unit, type UnitKind, type UnitNameEntry, unitSortKey } from '../../../../shared/systems/registry/unit';
import {
  chineseNumber,
  communityStem,
  type Gender,
  mobilePhone,
  officePhone,
  personName,
  villageStem,
} from './compose';
import { CONTACT_POSTS, MEMBER_UNITS, type RealUnit, TOWNS, ZONES } from './names';
import type { Random } from '../../../core/sample/random';
import { DAY_MS, isoDate, type Stamps, stampsBefore } from '../../../core/sample/stamps';

/** The unit's contact (联络人), so the people generator can make the matching Person. */
export interface ContactDraft {
  name: string;
  gender: Gender;
  phone: string;
  post: string;
  /** Where the contact works: the unit, with its town for a village (南台镇二台子村). */
  employer: string;
}

export interface GeneratedUnits {
  units: Unit[];
  /** `contacts[i]` is the contact of `units[i]`. */
  contacts: ContactDraft[];
  /** Town names (镇 only), for employers such as 牛庄镇中心小学. */
  townNames: string[];
}

/** Member units, towns and subdistricts, zones: the part of the registry that is real. */
export const REALISTIC_UNIT_COUNT = MEMBER_UNITS.length + TOWNS.length + ZONES.length;

type ContactKind = keyof typeof CONTACT_POSTS;

interface Draft {
  kind: UnitKind;
  name: string;
  shortName: string;
  partyOrgName: string;
  parentId: string | null;
  /** The town's name for a village, else ''. */
  parentName: string;
  displayOrder: number;
  isActive: 0 | 1;
  nameHistory: UnitNameEntry[];
  stamps: Stamps;
}

/**
 * Units in registry order: every member unit, town/subdistrict and zone, then villages and
 * communities under the towns until `count` is reached. Unit i depends only on draws made before
 * it, so a larger registry from the same seed starts with the smaller one.
 */
export function generateUnits(rng: Random, count: number, now: Date): GeneratedUnits {
  const units: Unit[] = [];
  const contacts: ContactDraft[] = [];

  const add = (draft: Draft, contactKind: ContactKind): Unit => {
    const id = rng.uuid();
    const contact = makeContact(rng, contactKind, draft.parentName + draft.name);
    const unit: Unit = {
      id,
      kind: draft.kind,
      name: draft.name,
      shortName: draft.shortName,
      partyOrgName: draft.partyOrgName,
      parentId: draft.parentId,
      contactName: contact.name,
      contactPhone: contact.phone,
      isActive: draft.isActive,
      displayOrder: draft.displayOrder,
      nameHistory: draft.nameHistory,
      // Same fields as unitsRepo's buildUnit, so search finds sample units like entered ones.
      sortKey: unitSortKey(draft.kind, draft.displayOrder, draft.name, id),
      isSample: 1,
      ...draft.stamps,
    };
    units.push(unit);
    contacts.push(contact);
    return unit;
  };

  const real = (kind: UnitKind, list: readonly RealUnit[], contactKind: (i: number) => ContactKind): Unit[] => {
    const added: Unit[] = [];
    for (let i = 0; i < list.length && units.length < count; i++) {
      const u = list[i];
      const draft: Draft = {
        kind,
        name: u.name,
        shortName: u.shortName,
        partyOrgName: u.partyOrgName,
        parentId: null,
        parentName: '',
        displayOrder: i + 1,
        isActive: 1,
        nameHistory: u.formerly ? [formerName(rng, now, u.formerly)] : [],
        // The office entered its own units when it started using the app, history included.
        stamps: stampsBefore(rng, now, [300, 400]),
      };
      added.push(add(draft, contactKind(i)));
    }
    return added;
  };

  real('member', MEMBER_UNITS, () => 'member');
  const towns = real('town', TOWNS, (i) => (TOWNS[i].isSubdistrict ? 'subdistrict' : 'town'));
  real('zone', ZONES, () => 'zone');

  if (units.length < count && towns.length > 0) addVillages(rng, now, count - units.length, towns, add);
  return { units, contacts, townNames: TOWNS.filter((t) => !t.isSubdistrict).map((t) => t.name) };
}

function addVillages(
  rng: Random,
  now: Date,
  villageCount: number,
  towns: readonly Unit[],
  add: (draft: Draft, contactKind: ContactKind) => Unit,
): void {
  const isSubdistrict = new Set(TOWNS.filter((t) => t.isSubdistrict).map((t) => t.name));
  // Towns differ in size: each gets a weight (roughly its number of villages), and every new
  // village picks a town in proportion. A flat slot list keeps the pick O(1) at any scale.
  const slots: number[] = [];
  towns.forEach((t, i) => {
    const weight = isSubdistrict.has(t.name) ? rng.int(8, 16) : rng.int(12, 30);
    for (let k = 0; k < weight; k++) slots.push(i);
  });
  const seen = towns.map(() => new Map<string, number>());
  const nextOrder = towns.map(() => 1);

  for (let n = 0; n < villageCount; n++) {
    const i = rng.pick(slots);
    const town = towns[i];
    const urban = isSubdistrict.has(town.name);
    const isCommunity = rng.chance(urban ? 0.8 : 0.06);
    const suffix = isCommunity ? '社区' : '村';
    const stemOf = isCommunity ? communityStem : villageStem;

    // Real towns have no two villages of one name; retry a little, then number it (李家堡第二村).
    let stem = stemOf(rng);
    for (let tries = 0; tries < 3 && seen[i].has(stem + suffix); tries++) stem = stemOf(rng);
    const taken = seen[i].get(stem + suffix) ?? 0;
    seen[i].set(stem + suffix, taken + 1);
    const shortName = taken === 0 ? stem : `${stem}第${chineseNumber(taken + 1)}`;
    const name = shortName + suffix;

    const stamps = stampsBefore(rng, now, [30, 300]);
    const nameHistory: UnitNameEntry[] = [];
    if (rng.chance(0.004)) {
      // Renamed in the app since it was entered: the old name holds until the rename day.
      const createdMs = Date.parse(stamps.createdAt);
      const renamedMs = createdMs + DAY_MS + Math.floor(rng.next() * Math.max(0, now.getTime() - createdMs - DAY_MS));
      const oldStem = stemOf(rng);
      nameHistory.push({ name: oldStem + suffix, shortName: oldStem, until: isoDate(renamedMs) });
      const updatedMs = Math.max(Date.parse(stamps.updatedAt), Math.min(renamedMs, now.getTime()));
      stamps.updatedAt = new Date(updatedMs).toISOString();
    }

    const org = rng.weighted(isCommunity ? COMMUNITY_ORGS : VILLAGE_ORGS);
    add(
      {
        kind: 'village',
        name,
        shortName,
        partyOrgName: `中共海城市${town.name}${name}${org}`,
        parentId: town.id,
        parentName: town.name,
        displayOrder: Math.min(nextOrder[i]++, 99999),
        // 撤并: a few villages were merged into neighbours and are kept only for history.
        isActive: rng.chance(0.02) ? 0 : 1,
        nameHistory,
        stamps,
      },
      isCommunity ? 'community' : 'village',
    );
  }
}

// 党组织 of a village or community by size: most are 支部, larger ones 总支 or 党委.
const VILLAGE_ORGS = [
  ['支部委员会', 60],
  ['总支部委员会', 28],
  ['委员会', 12],
] as const;
const COMMUNITY_ORGS = [
  ['委员会', 45],
  ['总支部委员会', 35],
  ['支部委员会', 20],
] as const;

function formerName(rng: Random, now: Date, formerly: NonNullable<RealUnit['formerly']>): UnitNameEntry {
  const ms = now.getTime() - (formerly.yearsAgo * 365 + rng.int(0, 120)) * DAY_MS;
  return { name: formerly.name, shortName: formerly.shortName, until: isoDate(ms) };
}

function makeContact(rng: Random, kind: ContactKind, employer: string): ContactDraft {
  // Village secretaries are mostly men; department and community contacts are often women.
  const femaleShare = kind === 'village' ? 0.2 : kind === 'community' ? 0.65 : 0.45;
  const gender: Gender = rng.chance(femaleShare) ? 'female' : 'male';
  const phone = kind === 'member' && rng.chance(0.5) ? officePhone(rng) : mobilePhone(rng);
  return { name: personName(rng, gender), gender, phone, post: rng.pick(CONTACT_POSTS[kind]), employer };
}
