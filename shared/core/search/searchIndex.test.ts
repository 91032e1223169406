import { describe, expect, it } from 'vitest';
import type { SearchEntry } from './entry';
import { SearchIndex } from './searchIndex';

const entry = (key: string, kind: string, title: string, fields: string[] = [], extra: Partial<SearchEntry> = {}) =>
  ({ key, kind, title, fields, secrecy: 'public', route: `x/${key}`, ...extra }) satisfies SearchEntry;

describe('the search index', () => {
  it('finds 东关村 and not the texts that merely say 关于, which word splitting would return', () => {
    const index = new SearchIndex();
    index.put(entry('u1', 'unit', '东关村', ['牛庄镇']));
    index.put(entry('d1', 'document', '关于人才驿站建设的通知'));
    index.put(entry('d2', 'document', '关东村委会', ['关于东村的报告']));
    expect(index.findKeys('东关村')).toEqual(['u1']);
    expect(index.findKeys('关于')).toEqual(['d1', 'd2']);
  });

  it('needs every term, never lets a term run from one field into the next, and forgets what is removed', () => {
    const index = new SearchIndex();
    index.put(entry('a', 'item', '人才驿站建设', ['牛庄镇']));
    index.put(entry('b', 'item', '人才公寓', ['建设局']));
    expect(index.findKeys('人才 建设')).toEqual(['a', 'b']);
    expect(index.findKeys('人才 牛庄')).toEqual(['a']);
    // 公寓 ends the title and 建设 starts the next field: no match across them.
    expect(index.findKeys('公寓建设')).toEqual([]);
    index.remove('a');
    expect(index.findKeys('人才')).toEqual(['b']);
    index.put(entry('b', 'item', '人才公寓二期'));
    expect(index.findKeys('二期')).toEqual(['b']);
    expect(index.findKeys('建设局')).toEqual([]);
    expect(index.deadShare).toBeCloseTo(2 / 3);
  });

  it('groups hits by kind in the order given, title hits first then the latest, and counts all', () => {
    const index = new SearchIndex();
    index.put(entry('t1', 'topic', '部署任务', ['人才驿站'], { order: '2026-03-01' }));
    index.put(entry('t2', 'topic', '人才驿站建设', [], { order: '2025-01-01' }));
    index.put(entry('t3', 'topic', '听取汇报', ['人才驿站'], { order: '2026-05-01' }));
    index.put(entry('u1', 'unit', '人才驿站', [], { secrecy: 'secret' }));
    const answer = index.search('人才驿站', { perKind: 2, kindOrder: ['unit', 'topic'] });
    expect(answer.total).toBe(4);
    expect(answer.groups.map((g) => [g.kind, g.total])).toEqual([
      ['unit', 1],
      ['topic', 3],
    ]);
    expect(answer.groups[1].hits.map((h) => [h.entry.key, h.inTitle])).toEqual([
      ['t2', true],
      ['t3', false],
    ]);
    expect(answer.groups[0].hits[0].entry.secrecy).toBe('secret');
  });

  it('stays exact past 32 767 distinct characters, where characters share a list', () => {
    const index = new SearchIndex();
    const rare = (n: number) => String.fromCharCode(0x4e00 + n);
    for (let n = 0; n < 33_000; n += 3) index.put(entry(`e${n}`, 'x', rare(n) + rare(n + 1) + rare(n + 2)));
    const last = 32_997;
    expect(index.findKeys(rare(last + 1))).toEqual([`e${last}`]);
    expect(index.findKeys(rare(last + 1) + rare(last + 2))).toEqual([`e${last}`]);
    expect(index.findKeys(rare(last + 2) + rare(last + 1))).toEqual([]);
  });
});
