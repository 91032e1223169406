import { AppError } from '../../../../shared/core/errors';
import { newId } from '../../../../shared/core/common/ids';
import {
  type Person,
  type PersonRole,
  personSearchFields,
  personSortKey,
  personSortPrefix,
} from '../../../../shared/systems/registry/person';
import {
  type PersonInput,
  type ValidPersonInput,
  personInputSchema,
} from '../../../../shared/systems/registry/personSchema';
import { getDb } from '../../../core/data/db';
import { type Page, PAGE_SIZE } from '../../../core/data/paging';
import { searchSorted, sortedPage } from './registryQueries';
import { validationError } from '../../../core/data/validation';
import { auditView, read, writeWithAudit } from '../../../core/data/write';

export function buildPerson(input: ValidPersonInput, now: Date, prev?: Person, id = prev?.id ?? newId()): Person {
  const stamp = now.toISOString();
  return {
    id,
    ...input,
    isActive: prev?.isActive ?? 1,
    sortKey: personSortKey(input.role, input.name, id),
    isSample: prev?.isSample ?? 0,
    createdAt: prev?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}

export function parsePersonInput(input: PersonInput): ValidPersonInput {
  const parsed = personInputSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export const peopleRepo = {
  async create(input: PersonInput, now = new Date()): Promise<Person> {
    const valid = parsePersonInput(input);
    const db = getDb();
    return writeWithAudit([db.people, db.units], async (audit) => {
      if (valid.unitId && !(await db.units.get(valid.unitId)))
        throw new AppError('validation', { field: 'unitId', rule: 'unknown-unit' });
      const person = buildPerson(valid, now);
      await db.people.add(person);
      await audit('people', person.id, 'create', null, auditView(person));
      return person;
    });
  },

  async update(id: string, input: PersonInput, now = new Date()): Promise<Person> {
    const valid = parsePersonInput(input);
    const db = getDb();
    return writeWithAudit([db.people, db.units], async (audit) => {
      const prev = await db.people.get(id);
      if (!prev) throw new AppError('not-found', { id });
      if (valid.unitId && !(await db.units.get(valid.unitId)))
        throw new AppError('validation', { field: 'unitId', rule: 'unknown-unit' });
      const person = buildPerson(valid, now, prev);
      await db.people.put(person);
      await audit('people', id, 'update', auditView(prev), auditView(person));
      return person;
    });
  },

  async setActive(id: string, isActive: boolean, now = new Date()): Promise<void> {
    const db = getDb();
    await writeWithAudit([db.people], async (audit) => {
      const prev = await db.people.get(id);
      if (!prev) throw new AppError('not-found', { id });
      await db.people.put({ ...prev, isActive: isActive ? 1 : 0, updatedAt: now.toISOString() });
      await audit(
        'people',
        id,
        isActive ? 'reactivate' : 'deactivate',
        { isActive: prev.isActive },
        { isActive: isActive ? 1 : 0 },
      );
    });
  },

  get(id: string): Promise<Person | undefined> {
    return read(() => getDb().people.get(id));
  },

  listPage({
    role,
    after = null,
    limit = PAGE_SIZE,
    includeInactive = false,
  }: { role?: PersonRole; after?: string | null; limit?: number; includeInactive?: boolean } = {}): Promise<
    Page<Person>
  > {
    return read(() => sortedPage(getDb().people, role ? personSortPrefix(role) : null, after, limit, includeInactive));
  },

  search(
    query: string,
    {
      role,
      includeInactive = false,
      limit = 200,
    }: { role?: PersonRole; includeInactive?: boolean; limit?: number } = {},
  ): Promise<Person[]> {
    return read(() =>
      searchSorted(
        getDb().people,
        role ? personSortPrefix(role) : null,
        query,
        personSearchFields,
        includeInactive,
        limit,
      ),
    );
  },

  listAll(): Promise<Person[]> {
    return read(() => getDb().people.orderBy('sortKey').toArray());
  },
};
