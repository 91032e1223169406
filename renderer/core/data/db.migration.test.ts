import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, WorkbenchDB } from './db';
import { storesAt } from './schema/versions';
import { unpackHistogram } from '../../../shared/systems/supervision/counts';

describe('database migrations', () => {
  it('upgrades a version 1 database through every version with its data intact', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(storesAt(1));
    await v1.table('units').bulkAdd([
      {
        id: 'u1',
        kind: 'town',
        name: '牛庄镇',
        sortKey: '00001|牛庄镇|u1',
        terms: ['牛庄'],
        parentId: null,
        isActive: 1,
        nameHistory: [],
      },
      {
        id: 'u2',
        kind: 'village',
        name: '东村',
        sortKey: '00002|东村|u2',
        terms: ['东村'],
        parentId: 'u1',
        nameHistory: [],
      },
    ]);
    await v1
      .table('people')
      .add({ id: 'p1', role: 'staff', name: '张伟', sortKey: '张伟|p1', terms: ['张伟'], unitId: null });
    await v1.table('staff').add({ id: 's1', username: 'admin', displayName: '管理员' });
    await v1
      .table('audit')
      .add({ at: '2026-01-01T00:00:00Z', entity: 'units', entityId: 'u1', action: 'create', actorId: 's1' });
    v1.close();

    const db = new WorkbenchDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.units.count()).toBe(2);
    expect(await db.units.get('u2')).toMatchObject({ name: '东村', parentId: 'u1', isSample: 0, isActive: 1 });
    expect(await db.people.get('p1')).toMatchObject({ name: '张伟', isSample: 0, isActive: 1 });
    expect(await db.staff.where('username').equals('admin').count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
    // v4: search terms are gone, people sort by role first, and each role is a key range.
    expect(await db.units.get('u1')).not.toHaveProperty('terms');
    expect(await db.people.get('p1')).toMatchObject({ sortKey: '0|张伟|p1' });
    expect(await db.people.where('sortKey').startsWith('0|').count()).toBe(1);
    expect(await db.meetings.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 2 register so its documents page by issue time', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(storesAt(1));
    v2.version(2).stores(storesAt(2));
    await v2.table('documents').add({
      id: 'd1',
      number: '海人才发〔2026〕1号',
      year: 2026,
      kind: 'notice',
      issuedAt: '2026-03-01T08:00:00.000Z',
      sourceId: 'm1',
      prefix: '海人才发',
    });
    await v2.table('docSequences').put({ prefix: '海人才发', year: 2026, next: 2 });
    v2.close();

    const db = new WorkbenchDB(name);
    await db.open();
    expect(await db.documents.get('d1')).toMatchObject({
      issuedKey: '2026-03-01T08:00:00.000Z|d1',
      number: '海人才发〔2026〕1号',
    });
    expect(await db.documents.where('[prefix+year]').equals(['海人才发', 2026]).count()).toBe(1);
    expect(await db.docSequences.get(['海人才发', 2026])).toMatchObject({ next: 2 });
    db.close();
  });

  it('upgrades version 4 supervision items to deadline-ordered keys and builds their kept counts', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(storesAt(1));
    v4.version(2).stores(storesAt(2));
    v4.version(3).stores(storesAt(3));
    v4.version(4).stores(storesAt(4));
    const item = (id: string, unitId: string, dueOn: string, status: string) => ({
      id,
      taskId: id,
      source: 'meeting',
      meetingId: 'm1',
      category: 'annualTasks',
      matter: id,
      requirement: '',
      unitId,
      dueOn,
      status,
      secrecy: 'internal',
      year: 2026,
      createdAt: '2026-01-01T00:00:00Z',
      createdBy: '王芳',
      isSample: 0,
    });
    await v4
      .table('supervisionItems')
      .bulkAdd([
        item('a', 'u1', '2026-03-01', 'open'),
        item('b', 'u1', '2026-02-01', 'replied'),
        item('c', 'u2', '2026-01-15', 'closed'),
        item('d', 'u2', '2026-04-01', 'open'),
      ]);
    v4.close();

    const db = new WorkbenchDB(name);
    await db.open();
    expect(await db.supervisionItems.get('a')).toMatchObject({
      dueKey: '2026-03-01|a',
      openKey: '2026-03-01|a',
      meetingId: 'm1',
    });
    expect(await db.supervisionItems.get('c')).not.toHaveProperty('openKey');
    // Open items by deadline, overdue first: one ascending range of openKey.
    expect((await db.supervisionItems.orderBy('openKey').toArray()).map((i) => i.id)).toEqual(['b', 'a', 'd']);
    expect(
      (
        await db.supervisionItems.where('[unitId+dueKey]').between(['u2', Dexie.minKey], ['u2', Dexie.maxKey]).toArray()
      ).map((i) => i.id),
    ).toEqual(['c', 'd']);
    const histogram = async (key: string) => unpackHistogram((await db.itemCounts.get(key))?.packed ?? '');
    expect(await histogram('all')).toEqual({ '2026-02-01': 1, '2026-03-01': 1, '2026-04-01': 1 });
    expect(await histogram('unit:u2')).toEqual({ '2026-04-01': 1 });
    expect(await histogram('source:meeting')).toMatchObject({ '2026-02-01': 1 });
    expect(await db.findings.count()).toBe(0);
    db.close();
  });

  it('opens a new database at the current version with every table of the SPEC', async () => {
    const db = new WorkbenchDB(`fresh-${crypto.randomUUID()}`);
    await db.open();
    const tables = db.tables.map((t) => t.name).sort();
    for (const name of [
      'units',
      'people',
      'staff',
      'settings',
      'audit',
      'meetings',
      'agendaItems',
      'attendance',
      'checks',
      'supervisionItems',
      'itemFeedback',
      'bonusClaims',
      'awards',
      'evaluations',
      'ratings',
      'documents',
      'docSequences',
      'attachments',
      'findings',
      'explanations',
      'itemCounts',
    ]) {
      expect(tables).toContain(name);
    }
    db.close();
  });
});
