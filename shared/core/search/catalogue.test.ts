import { describe, expect, it } from 'vitest';
import { SearchCatalogue } from './catalogue';
import { entryKey, searchSource } from './source';

type Unit = { id: string; name: string };
type Item = { id: string; matter: string; unitId: string; secrecy: 'internal' | 'secret' };
type Note = { id: string; itemId: string; text: string };

const units = searchSource<Unit>({
  table: 'units',
  kinds: ['unit'],
  refOf: (u) => ({ name: u.name }),
  toEntries: (u) => [
    { key: entryKey('units', u.id), kind: 'unit', title: u.name, fields: [], secrecy: 'public', route: '' },
  ],
});
const items = searchSource<Item>({
  table: 'items',
  kinds: ['item'],
  refOf: (i) => ({ name: i.matter, secrecy: i.secrecy }),
  toEntries: (i, lookup) => [
    {
      key: entryKey('items', i.id),
      kind: 'item',
      title: i.matter,
      subtitle: lookup('units', i.unitId)?.name,
      fields: [],
      secrecy: i.secrecy,
      route: '',
    },
  ],
});
const notes = searchSource<Note>({
  table: 'notes',
  kinds: ['note'],
  toEntries: (n, lookup) => {
    const item = lookup('items', n.itemId);
    return [
      {
        key: entryKey('notes', n.id),
        kind: 'note',
        title: n.text,
        fields: [],
        secrecy: item?.secrecy ?? 'internal',
        route: '',
      },
    ];
  },
});

describe('the search catalogue', () => {
  it('finds an item by its unit’s name, and reports it for re-reading when the unit is renamed', () => {
    const c = new SearchCatalogue([units, items, notes]);
    c.putRecord('units', { id: 'u1', name: '牛庄镇' });
    c.putRecord('items', { id: 'i1', matter: '人才驿站建设', unitId: 'u1', secrecy: 'internal' });
    expect(c.index.findKeys('牛庄镇 驿站')).toEqual(['items/i1']);
    const stale = c.putRecord('units', { id: 'u1', name: '牛庄街道' });
    expect([...(stale.get('items') ?? [])]).toEqual(['i1']);
    c.putRecord('items', { id: 'i1', matter: '人才驿站建设', unitId: 'u1', secrecy: 'internal' });
    expect(c.index.findKeys('牛庄街道 驿站')).toEqual(['items/i1']);
    expect(c.index.findKeys('牛庄镇 驿站')).toEqual([]);
    // Putting the unit again unchanged leaves everyone as they are.
    expect(c.putRecord('units', { id: 'u1', name: '牛庄街道' }).size).toBe(0);
  });

  it('gives a note the 密级 of its item, and asks for it again when the item is classified', () => {
    const c = new SearchCatalogue([units, items, notes]);
    c.putRecord('items', { id: 'i1', matter: '人才引进', unitId: 'u1', secrecy: 'internal' });
    c.putRecord('notes', { id: 'n1', itemId: 'i1', text: '已完成引进' });
    expect(c.index.get('notes/n1')?.secrecy).toBe('internal');
    const stale = c.putRecord('items', { id: 'i1', matter: '人才引进', unitId: 'u1', secrecy: 'secret' });
    expect([...(stale.get('notes') ?? [])]).toEqual(['n1']);
    c.putRecord('notes', { id: 'n1', itemId: 'i1', text: '已完成引进' });
    expect(c.index.get('notes/n1')?.secrecy).toBe('secret');
  });

  it('forgets a removed record and a cleared table', () => {
    const c = new SearchCatalogue([units, items]);
    c.putRecord('units', { id: 'u1', name: '牛庄镇' });
    c.putRecord('units', { id: 'u2', name: '西柳镇' });
    c.putRecord('items', { id: 'i1', matter: '督办', unitId: 'u1', secrecy: 'internal' });
    const stale = c.removeRecord('units', 'u1');
    expect([...(stale.get('items') ?? [])]).toEqual(['i1']);
    expect(c.index.findKeys('牛庄镇')).toEqual(['items/i1']);
    c.removeTable('units');
    expect(c.index.findKeys('西柳镇')).toEqual([]);
    expect(c.index.size).toBe(1);
  });
});
