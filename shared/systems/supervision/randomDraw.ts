/**
 * 随机抽查 draw, algorithm `draw-v1`. Frozen: a stored draw names its algorithm, and this code
 * must keep giving the same targets for the same inputs forever. A change is a new version
 * (draw-v2) beside this one, never an edit.
 *
 * draw-v1, step by step (re-runnable by hand or in any language):
 *  1. Candidates: the units the filter matched, each with its registry sort key at draw time
 *     (kind rank | display order | name | id). Sort them by that key, comparing UTF-16 code
 *     units (JavaScript's default string order). Number them 1…n in that order.
 *  2. Remove the 回避 exclusions (conflicts of interest, each with a reason). m remain.
 *  3. Count to draw: a number k (at most m), or a percentage p: k = ceil(m × p / 100), at least 1.
 *  4. Random numbers: cyrb128 hashes the seed text (UTF-16 code units) into four 32-bit words
 *     (a, b, c, d); sfc32 runs from that state; its first 12 outputs are discarded.
 *  5. Partial Fisher–Yates: for i = 0 … k−1, take the next output u (0 ≤ u < 2³²),
 *     j = i + floor(u × (m − i) / 2³²), swap positions i and j. The first k are drawn, in order.
 */
import { seededUint32 } from '../../core/common/seededRandom';

export const DRAW_ALGORITHM = 'draw-v1' as const;
export type DrawAlgorithm = typeof DRAW_ALGORITHM;

export interface DrawCandidate {
  unitId: string;
  /** The unit's name at draw time, as printed in the draw record. */
  name: string;
  /** Registry sort key at draw time: the stable order of step 1. */
  key: string;
}

export interface DrawExclusion {
  unitId: string;
  /** 回避理由, e.g. 督查组成员曾在该村任职 */
  reason: string;
}

export interface DrawInput {
  algorithm: DrawAlgorithm;
  seed: string;
  candidates: DrawCandidate[];
  exclusions: DrawExclusion[];
  mode: 'count' | 'percent';
  value: number;
}

/** A draw as stored with its check: everything needed to re-run it, and what it gave. */
export interface DrawRecord extends DrawInput {
  /** The filter as described to people (kinds, town), for the printed record. */
  filterText: string;
  /** Number drawn (step 3). */
  count: number;
  /** Drawn unit ids, in draw order. */
  result: string[];
  drawnAt: string;
  drawnBy: string;
}

export class DrawError extends Error {
  constructor(
    readonly rule:
      | 'no-candidates'
      | 'too-many'
      | 'empty-seed'
      | 'unknown-exclusion'
      | 'exclusion-needs-reason'
      | 'unknown-algorithm',
  ) {
    super(rule);
  }
}

/** Step 1 and 2: the eligible candidates in draw order before shuffling. */
export function eligibleCandidates(input: Pick<DrawInput, 'candidates' | 'exclusions'>): DrawCandidate[] {
  const excluded = new Set(input.exclusions.map((e) => e.unitId));
  return [...input.candidates]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((c) => !excluded.has(c.unitId));
}

/** Step 3. */
export function drawCount(mode: 'count' | 'percent', value: number, eligible: number): number {
  return mode === 'count' ? value : Math.max(1, Math.ceil((eligible * value) / 100));
}

/** Runs draw-v1. Throws DrawError when the inputs cannot give a fair draw. */
export function runDraw(input: DrawInput): { count: number; result: string[] } {
  if (input.algorithm !== DRAW_ALGORITHM) throw new DrawError('unknown-algorithm');
  if (!input.seed.trim()) throw new DrawError('empty-seed');
  const known = new Set(input.candidates.map((c) => c.unitId));
  for (const e of input.exclusions) {
    if (!known.has(e.unitId)) throw new DrawError('unknown-exclusion');
    if (!e.reason.trim()) throw new DrawError('exclusion-needs-reason');
  }
  const pool = eligibleCandidates(input);
  if (pool.length === 0) throw new DrawError('no-candidates');
  const count = drawCount(input.mode, input.value, pool.length);
  if (count > pool.length) throw new DrawError('too-many');
  const next = seededUint32(input.seed);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor((next() * (pool.length - i)) / 4294967296);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return { count, result: pool.slice(0, count).map((c) => c.unitId) };
}

/** Re-runs a stored draw from its own inputs: true when it gives the same targets in the same order. */
export function verifyDraw(record: DrawRecord): boolean {
  try {
    const again = runDraw(record);
    return (
      again.count === record.count &&
      again.result.length === record.result.length &&
      again.result.every((id, i) => id === record.result[i])
    );
  } catch {
    return false;
  }
}

/** A fresh seed from random bytes (the caller passes crypto.getRandomValues output): 16 hex digits. */
export function seedFromBytes(bytes: Uint8Array): string {
  return [...bytes.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
