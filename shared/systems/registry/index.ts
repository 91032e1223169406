/**
 * The registry's public entry (shared rules): what other systems may use of units and people. A
 * system imports the registry only from here (lint enforces it).
 */
export { unitLabel, unitLabels, TOWN_SEPARATOR } from './unitNames';
export { UNIT_KINDS, type Unit, type UnitKind, type UnitNameEntry, unitNameAt, unitSortPrefix } from './unit';
export {
  INVITEE_KINDS,
  PERSON_ROLES,
  type InviteeKind,
  type Person,
  type PersonRole,
  type TalentCategory,
  type TalentSector,
  personSortPrefix,
} from './person';
