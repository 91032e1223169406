import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/core/audit/audit';
import { catalogueOf } from '../../shared/core/search/catalogue';
import type { SupervisionItem } from '../../shared/systems/supervision/item';
import type { Unit } from '../../shared/systems/registry/unit';
import { auditMatcher, auditSystems } from '../../renderer/core/audit/auditFilter';
import { type AuditNaming, auditRecordName } from '../../renderer/core/audit/auditNames';
import { installedSystems } from '../../renderer/core/plugin/installed';
import { searchCorpus } from '../support/searchCorpus';

const { tables, sources } = await searchCorpus();
const catalogue = catalogueOf(sources, tables);
const naming: AuditNaming = {
  entriesOf: (table, record) => catalogue.entriesOf(table, record),
  staffName: (id) => (id === 'staff-1' ? '王芳' : undefined),
};
const item = (tables.supervisionItems as SupervisionItem[])[0];
const unitOf = (id: string) => (tables.units as Unit[]).find((u) => u.id === id)!;
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  at: '2026-11-20T02:00:00.000Z',
  actorId: 'staff-1',
  actorName: '王芳',
  entity: 'units',
  entityId: 'x',
  action: 'update',
  before: null,
  after: null,
  ...over,
});

describe('the audit log names records in words, never by id (auditRecordName)', () => {
  it('names an item by its matter and its unit, from the record as logged', () => {
    const named = auditRecordName(entry({ entity: 'supervisionItems', entityId: item.id, after: item }), naming);
    expect(named).toEqual({ title: item.matter, detail: unitOf(item.unitId).name });
  });

  it('names a deleted unit from the record before, and a partial change from the record as it is now', () => {
    const unit = (tables.units as Unit[])[3];
    expect(auditRecordName(entry({ entityId: unit.id, before: unit, action: 'delete' }), naming).title).toBe(unit.name);
    const partial = entry({
      entity: 'supervisionItems',
      entityId: item.id,
      before: { status: 'open' },
      after: { status: 'done' },
    });
    expect(auditRecordName(partial, naming, { ...item }).title).toBe(item.matter);
    expect(auditRecordName(partial, naming).title).not.toContain(item.id);
  });

  it('names people, outputs and backups in words', () => {
    expect(auditRecordName(entry({ entity: 'staff', entityId: 'staff-1', action: 'sign-in' }), naming).title).toBe(
      '王芳',
    );
    const output = { kind: 'supervisionSlip', title: '督办通知单', number: '海人才督〔2026〕3号', sourceId: item.id };
    expect(
      auditRecordName(entry({ entity: 'output', entityId: `supervisionItems:${item.id}`, after: output }), naming),
    ).toEqual({
      title: '督办通知单',
      detail: '海人才督〔2026〕3号',
    });
    const backup = entry({ entity: 'backup', entityId: '2026-11-20T10:15:00.000Z', action: 'restore' });
    expect(auditRecordName(backup, naming).title).toBe('2026-11-20 10:15');
  });
});

describe('the audit log filters (auditMatcher)', () => {
  const systems = auditSystems(installedSystems());
  const log = [
    entry({ entity: 'supervisionItems', action: 'close', at: '2026-03-01T02:00:00.000Z' }),
    entry({ entity: 'units', action: 'update', at: '2026-05-01T02:00:00.000Z' }),
    entry({ entity: 'documents', action: 'issue', at: '2026-07-01T02:00:00.000Z' }),
  ];
  const kept = (filter: Parameters<typeof auditMatcher>[0]) =>
    log.filter(auditMatcher(filter, systems) ?? (() => true));

  it('keeps the system, the action and the days chosen', () => {
    expect(kept({ system: 'supervision' }).map((e) => e.entity)).toEqual(['supervisionItems']);
    expect(kept({ system: 'core' }).map((e) => e.entity)).toEqual(['documents']);
    expect(kept({ action: 'update' }).map((e) => e.entity)).toEqual(['units']);
    expect(kept({ from: '2026-04-01', to: '2026-07-01' }).map((e) => e.entity)).toEqual(['units', 'documents']);
    expect(kept({ from: '2026-08-01' })).toEqual([]);
    expect(auditMatcher({}, systems)).toBeUndefined();
  });
});
