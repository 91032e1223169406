import type { Person } from '../../../shared/systems/registry/person';
import type { Unit } from '../../../shared/systems/registry/unit';
import { entryKey, searchSource } from '../../../shared/core/search/source';

/** Units: by name, former names, short name, party organisation, contact; a village under its town. */
export const unitSearch = searchSource<Unit>({
  table: 'units',
  kinds: ['unit'],
  refOf: (u) => ({ name: u.name }),
  toEntries: (u, lookup) => [
    {
      key: entryKey('units', u.id),
      kind: 'unit',
      title: u.name,
      subtitle: lookup('units', u.parentId)?.name,
      fields: [u.shortName, u.partyOrgName, ...u.nameHistory.map((h) => h.name), u.contactName, u.contactPhone],
      secrecy: 'public',
      route: `registry/units.${u.id}`,
      order: u.isActive ? '1' : '0',
    },
  ],
});

/** People: by name, unit, post, employer and phone. */
export const personSearch = searchSource<Person>({
  table: 'people',
  kinds: ['person'],
  refOf: (p) => ({ name: p.name }),
  toEntries: (p, lookup) => [
    {
      key: entryKey('people', p.id),
      kind: 'person',
      title: p.name,
      subtitle: lookup('units', p.unitId)?.name ?? p.employer,
      fields: [p.post, p.employer, p.phone],
      secrecy: 'public',
      route: `registry/people.${p.id}`,
      order: p.isActive ? '1' : '0',
    },
  ],
});
