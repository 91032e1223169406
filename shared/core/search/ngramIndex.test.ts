import { describe, expect, it } from 'vitest';
import { NgramIndex, PostingArena } from './ngramIndex';

describe('the n-gram lists', () => {
  it('keep every list whole while lists outgrow their regions, fill slabs and pass a quarter slab', () => {
    // Slabs of 64 ints: lists move region often, cross slabs, and the longest get buffers of their own.
    const index = new NgramIndex(64);
    const words = ['人才', '驿站', '东关村', '牛庄镇', '关于', '海城', 'A区', '2026年'];
    const texts: string[] = [];
    for (let i = 0; i < 600; i++) {
      const text = `${words[i % 8]}${words[(i * 5 + 3) % 8]}第${i}号`;
      texts.push(text);
      expect(index.add(text)).toBe(i);
    }
    for (const term of [...words, '才驿', '号', '第1', '村牛', '不在']) {
      const expected = texts.flatMap((t, i) => (t.includes(term) ? [i] : []));
      expect(index.find([term]), term).toEqual(expected);
    }
    const grown = index.stats().postingBytes;
    for (const _step of index.repack());
    // Each list now has just its room: under the arena grown by doubling, and every answer the same.
    expect(index.stats().postingBytes).toBeLessThan(grown);
    for (const term of [...words, '才驿', '号', '第1']) {
      expect(index.find([term]), term).toEqual(texts.flatMap((t, i) => (t.includes(term) ? [i] : [])));
    }
    index.add('人才新');
    expect(index.find(['才新'])).toEqual([600]);
  });

  it('hands out regions of a few slabs, not a buffer per list', () => {
    const arena = new PostingArena(1024);
    const regions = Array.from({ length: 100 }, () => arena.alloc(32));
    expect(new Set(regions.map((r) => r.buffer)).size).toBe(4);
    regions[0].set([7, 8]);
    expect([...regions[1].subarray(0, 2)]).toEqual([0, 0]);
    expect(arena.alloc(300).buffer).not.toBe(regions[99].buffer);
    expect(arena.bytes).toBe(4 * 1024 * 4 + 300 * 4);
  });

  it('are handed to another index in parts of a few postings, and find and grow there as here', () => {
    const built = new NgramIndex(64);
    const texts = Array.from({ length: 300 }, (_, i) => `${['东关村', '关于', '人才驿站'][i % 3]}第${i}号`);
    for (const text of texts) built.add(text);
    built.remove(4);
    const adopted = new NgramIndex(64);
    for (let o = 0; o < texts.length; o++) adopted.adoptText(built.text(o));
    const parts = [...built.listParts(100)];
    // Each part stays within 100 postings unless one list alone is longer.
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(part.packed.length <= 100 || part.keys.length === 1).toBe(true);
    for (const part of parts) adopted.adoptLists(structuredClone(part, { transfer: [part.packed.buffer] }));
    adopted.adoptMeta(built.meta());
    for (const term of ['东关村', '关于', '第1', '号', '驿站', '于第', '4号'])
      expect(adopted.find([term]), term).toEqual(built.find([term]));
    expect(adopted.find(['第4号'])).toEqual([]);
    // Lists adopted full grow into the new index's own slabs.
    expect(adopted.add('东关村第300号')).toBe(300);
    expect(adopted.find(['东关村']).at(-1)).toBe(300);
    expect(adopted.find(['东关村'])).toHaveLength(101);
  });
});
