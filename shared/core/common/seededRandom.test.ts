import { describe, expect, it } from 'vitest';
import { cyrb128, seededUint32 } from './seededRandom';

describe('seeded random source (cyrb128 + sfc32)', () => {
  // Vectors from the Python reference in docs/draw-v1.md, written independently of this code.
  it('hashes a seed text into the four words the published reference gives', () => {
    expect(cyrb128('haicheng-2026')).toEqual([1525568244, 3386559889, 1253526110, 1458663442]);
  });

  it('gives the reference’s 32-bit numbers for a seed, after discarding the first twelve', () => {
    const next = seededUint32('haicheng-2026');
    expect([next(), next(), next(), next()]).toEqual([70706204, 1725357736, 984111428, 273788661]);
    const empty = seededUint32('');
    expect([empty(), empty()]).toEqual([780688151, 1369530603]);
  });

  it('gives every caller with the same seed the same sequence, and another seed another one', () => {
    const a = seededUint32('5f1c9a0e2b7d4431');
    const b = seededUint32('5f1c9a0e2b7d4431');
    const c = seededUint32('5f1c9a0e2b7d4432');
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    expect(Array.from({ length: 50 }, () => c())).not.toEqual(first);
  });
});
