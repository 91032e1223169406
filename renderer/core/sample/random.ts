/**
 * Seeded pseudo-random numbers for sample data. sfc32 (Chris Doty-Humphrey's Small Fast Counter,
 * as used by PractRand) with 128 bits of state seeded by cyrb128: fast, no Math.random, and the
 * same seed always yields the same sequence on every platform, so tests and the benchmark can
 * compare records byte for byte. Not for secrets.
 */
import { seededUint32 } from '../../../shared/core/common/seededRandom';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Fisher–Yates shuffle of a copy; the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[];
  /** A UUID-shaped (version 4, RFC 4122 variant) id drawn from this sequence, not from crypto. */
  uuid(): string;
  /** A child sequence for one purpose, so adding draws to one part leaves the others unchanged. */
  fork(label: string): Random;
}

export type Seed = number | string;

export function createRandom(seed: Seed): Random {
  // The same cyrb128 + sfc32 as draw-v1 (12 outputs discarded), from the one module both use.
  const nextUint32 = seededUint32(String(seed));
  const next = (): number => nextUint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(next() * items.length)];
  };

  return {
    next,
    int,
    pick,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1][0];
    },
    chance: (p) => next() < p,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    uuid(): string {
      const w0 = h(nextUint32());
      const w1 = h(((nextUint32() & 0xffff0fff) | 0x00004000) >>> 0); // version 4
      const w2 = h(((nextUint32() & 0x3fffffff) | 0x80000000) >>> 0); // variant 10xx
      const w3 = h(nextUint32());
      return `${w0}-${w1.slice(0, 4)}-${w1.slice(4)}-${w2.slice(0, 4)}-${w2.slice(4)}${w3}`;
    },
    fork: (label) => createRandom(`${seed}/${label}`),
  };
}

// Byte-to-hex table: ids are drawn once per record, so at 100 000 records this matters.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function h(n: number): string {
  return HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
}
