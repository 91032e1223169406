/**
 * One seeded pseudo-random source for the whole app: cyrb128 hashes a seed text into 128 bits of
 * state and sfc32 runs from it. Two users, both needing the same numbers from the same seed on
 * every platform, with no Math.random:
 *  - draw-v1 (`supervision/randomDraw.ts`), the 随机抽查 draw anyone must be able to re-run. It is
 *    frozen, so this code is too: an edit here changes every stored draw (its fixed vectors in
 *    randomDraw.test.ts are the proof that it did not);
 *  - sample data (`renderer/core/sample/random.ts`), compared byte for byte by tests and the benchmark.
 * Not for secrets (seeds and ids that must be unguessable come from crypto.getRandomValues).
 */
export type Sfc32State = [number, number, number, number];

/** cyrb128 (bryc, public domain): the seed text, as UTF-16 code units, → four 32-bit words. */
export function cyrb128(text: string): Sfc32State {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, as used by PractRand) from a 128-bit state:
 * a function giving unsigned 32-bit outputs (0 ≤ u < 2³²). The first outputs of a freshly seeded
 * sfc32 are weakly mixed; as the reference does, the first 12 are discarded.
 */
export function sfc32([a0, b0, c0, d0]: Sfc32State): () => number {
  let a = a0;
  let b = b0;
  let c = c0;
  let d = d0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** The 32-bit sequence of a seed text: sfc32 seeded by cyrb128. */
export function seededUint32(seed: string): () => number {
  return sfc32(cyrb128(seed));
}
