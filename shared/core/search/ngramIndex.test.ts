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
});
