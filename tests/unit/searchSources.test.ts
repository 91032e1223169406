import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../renderer/app/systems';
import { en, zhCN } from '../support/texts';
import { loadSearchSources } from '../../renderer/core/search/sources';

const textAt = (texts: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts);

describe('the header search takes its sources from the systems’ manifests', () => {
  it('loads each declared source, reading the table and giving the kinds its manifest says', async () => {
    for (const system of SYSTEMS)
      for (const declared of system.search) {
        const source = await declared.load();
        expect(source.table).toBe(declared.table);
        expect([...source.kinds]).toEqual(Object.keys(declared.kinds));
      }
  });

  it('names every kind’s group in both languages, the register’s minutes and documents too', async () => {
    const { sources, labels } = await loadSearchSources();
    // One kind may come from two tables (System 4's opinions: in records and in returned forms): one group.
    const kinds = [...new Set(sources.flatMap((s) => s.kinds))];
    for (const kind of kinds) {
      const key = labels.get(kind);
      expect(key, kind).toBeDefined();
      expect(typeof textAt(zhCN, key!), `${kind} zh-CN`).toBe('string');
      expect(typeof textAt(en, key!), `${kind} en`).toBe('string');
    }
    expect(kinds).toEqual(expect.arrayContaining(['unit', 'person', 'meeting', 'topic', 'check', 'item', 'minutes']));
  });

  it('lists the systems’ groups in the manifests’ order, the register’s last', async () => {
    const { sources } = await loadSearchSources();
    const tables = sources.map((s) => s.table);
    expect(tables).toEqual([...SYSTEMS.flatMap((s) => s.search.map((e) => e.table)), 'documents']);
    expect(tables.indexOf('units')).toBeLessThan(tables.indexOf('meetings'));
  });
});
