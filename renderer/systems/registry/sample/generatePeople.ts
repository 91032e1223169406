import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import {
  INVITEE_KINDS,
  type Person,
  type TalentSector,
  personSortKey,
} from '../../../../shared/systems/registry/person';
import type { Unit } from '../../../../shared/systems/registry/unit';
import { employerFor, type Gender, mobilePhone, officePhone, personName } from './compose';
import type { ContactDraft } from './generateUnits';
import { ACADEMICIAN_POST, CATEGORY_WEIGHTS, GRADUATE_POSTS, SECTOR_WEIGHTS, STAFF_POSTS, TALENT_POSTS } from './names';
import type { Random } from '../../../core/sample/random';
import { type Stamps, stampsBefore } from '../../../core/sample/stamps';

type PersonFields = Omit<Person, 'id' | 'sortKey' | 'isSample' | 'createdAt' | 'updatedAt'>;

/**
 * People in this order, each group taking what `count` leaves after the previous ones: office
 * staff (8–12), invitees (18–22), one contact per unit (as many units as there is room for),
 * then talents for the rest. Ask for more people than units to get talents.
 */
export function generatePeople(
  rng: Random,
  count: number,
  units: readonly Unit[],
  contacts: readonly ContactDraft[],
  townNames: readonly string[],
  now: Date,
): Person[] {
  const people: Person[] = [];
  const add = (fields: PersonFields, stamps: Stamps): void => {
    const id = rng.uuid();
    people.push({
      id,
      ...fields,
      // Same fields as peopleRepo's buildPerson, so search treats sample people like entered ones.
      sortKey: personSortKey(fields.role, fields.name, id),
      isSample: 1,
      ...stamps,
    });
  };
  const room = (): number => count - people.length;

  const staffCount = Math.min(rng.int(8, 12), room());
  for (let i = 0; i < staffCount; i++) {
    const gender = randomGender(rng, 0.55);
    add(
      {
        ...blank('staff', personName(rng, gender), gender),
        post: STAFF_POSTS[Math.min(i, STAFF_POSTS.length - 1)],
        phone: rng.chance(0.3) ? officePhone(rng) : mobilePhone(rng),
        employer: DEFAULT_OFFICE_SETTINGS.officeName,
        // One colleague has moved on; the record stays for the audit trail.
        isActive: i === staffCount - 1 && staffCount > 8 ? 0 : 1,
      },
      stampsBefore(rng, now, [300, 400]),
    );
  }

  const inviteeCount = Math.min(rng.int(18, 22), room());
  for (let i = 0; i < inviteeCount; i++) {
    const gender = randomGender(rng, 0.35);
    const sector = rng.weighted(SECTOR_WEIGHTS);
    const posts = TALENT_POSTS[sector];
    add(
      {
        ...blank('invitee', personName(rng, gender), gender),
        // 市人大代表, 政协委员 and 专家人才代表 in turn, so each kind is present.
        inviteeKind: INVITEE_KINDS[i % INVITEE_KINDS.length],
        sector,
        employer: employerFor(rng, sector, townNames),
        post: posts[rng.int(Math.floor(posts.length / 2), posts.length - 1)],
        phone: mobilePhone(rng),
        isActive: rng.chance(0.1) ? 0 : 1,
      },
      stampsBefore(rng, now, [60, 400]),
    );
  }

  const contactCount = Math.min(units.length, room());
  for (let i = 0; i < contactCount; i++) {
    const unit = units[i];
    const c = contacts[i];
    add(
      {
        ...blank('contact', c.name, c.gender),
        unitId: unit.id,
        post: c.post,
        phone: c.phone,
        employer: c.employer,
        isActive: unit.isActive,
      },
      { createdAt: unit.createdAt, updatedAt: unit.updatedAt },
    );
  }

  while (room() > 0) {
    const gender = randomGender(rng, 0.45);
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const sector: TalentSector =
      category === 'academician' ? rng.pick(['enterprise', 'research'] as const) : rng.weighted(SECTOR_WEIGHTS);
    add(
      {
        ...blank('talent', personName(rng, gender), gender),
        talentCategory: category,
        sector,
        employer: employerFor(rng, sector, townNames),
        post: talentPost(rng, category, sector),
        phone: mobilePhone(rng),
        // Some have left Haicheng; they stay listed for past evaluations.
        isActive: rng.chance(0.03) ? 0 : 1,
      },
      stampsBefore(rng, now, [1, 700]),
    );
  }
  return people;
}

function blank(role: Person['role'], name: string, gender: Gender): PersonFields {
  return {
    role,
    name,
    gender,
    unitId: null,
    post: '',
    phone: '',
    inviteeKind: null,
    talentCategory: null,
    sector: null,
    employer: '',
    isActive: 1,
  };
}

function randomGender(rng: Random, femaleShare: number): Gender {
  return rng.chance(femaleShare) ? 'female' : 'male';
}

function talentPost(rng: Random, category: Person['talentCategory'], sector: TalentSector): string {
  if (category === 'academician') return ACADEMICIAN_POST;
  if (category === 'graduate') return rng.pick(GRADUATE_POSTS[sector]);
  // Recognised experts hold the senior half of their sector's posts.
  const posts = TALENT_POSTS[sector];
  return posts[rng.int(Math.floor(posts.length / 3), posts.length - 1)];
}
