/**
 * Version 1 (first release of the foundation): the registry, staff accounts, settings and the
 * audit log. Kept as declared then, because v2's upgrade runs on databases that have it.
 */
export const V1_STORES = {
  units: 'id, [kind+sortKey], sortKey, *terms, parentId',
  people: 'id, [role+sortKey], sortKey, *terms, unitId',
  staff: 'id, &username',
  settings: 'key',
  audit: '++seq, at, [entity+seq], [actorId+seq]',
} as const;
