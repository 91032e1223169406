import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, WorkbenchDB } from './db';
import { V1_STORES } from './schema/v1';
import { V2_STORES } from './schema/v2';

describe('database migrations', () => {
  it('upgrades a version 1 database through every version with its data intact', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('units').bulkAdd([
      { id: 'u1', kind: 'town', name: '牛庄镇', sortKey: '00001|牛庄镇|u1', terms: ['牛庄'], parentId: null, isActive: 1, nameHistory: [] },
      { id: 'u2', kind: 'village', name: '东村', sortKey: '00002|东村|u2', terms: ['东村'], parentId: 'u1', nameHistory: [] },
    ]);
    await v1.table('people').add({ id: 'p1', role: 'staff', name: '张伟', sortKey: '张伟|p1', terms: ['张伟'], unitId: null });
    await v1.table('staff').add({ id: 's1', username: 'admin', displayName: '管理员' });
    await v1.table('audit').add({ at: '2026-01-01T00:00:00Z', entity: 'units', entityId: 'u1', action: 'create', actorId: 's1' });
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
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES);
    await v2.table('documents').add({ id: 'd1', number: '海人才发〔2026〕1号', year: 2026, kind: 'notice', issuedAt: '2026-03-01T08:00:00.000Z', sourceId: 'm1', prefix: '海人才发' });
    await v2.table('docSequences').put({ prefix: '海人才发', year: 2026, next: 2 });
    v2.close();

    const db = new WorkbenchDB(name);
    await db.open();
    expect(await db.documents.get('d1')).toMatchObject({ issuedKey: '2026-03-01T08:00:00.000Z|d1', number: '海人才发〔2026〕1号' });
    expect(await db.documents.where('[prefix+year]').equals(['海人才发', 2026]).count()).toBe(1);
    expect(await db.docSequences.get(['海人才发', 2026])).toMatchObject({ next: 2 });
    db.close();
  });

  it('opens a new database at the current version with every table of the SPEC', async () => {
    const db = new WorkbenchDB(`fresh-${crypto.randomUUID()}`);
    await db.open();
    const tables = db.tables.map((t) => t.name).sort();
    for (const name of ['units', 'people', 'staff', 'settings', 'audit', 'meetings', 'agendaItems', 'attendance', 'checks', 'supervisionItems', 'itemFeedback', 'bonusClaims', 'awards', 'evaluations', 'ratings', 'documents', 'docSequences', 'attachments']) {
      expect(tables).toContain(name);
    }
    db.close();
  });
});
