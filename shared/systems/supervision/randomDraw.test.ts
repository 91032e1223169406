import { describe, expect, it } from 'vitest';
import {
  DRAW_ALGORITHM,
  type DrawError,
  type DrawInput,
  type DrawRecord,
  drawCount,
  eligibleCandidates,
  runDraw,
  seedFromBytes,
  verifyDraw,
} from './randomDraw';

const villages = Array.from({ length: 10 }, (_, i) => ({
  unitId: `u${i + 1}`,
  name: `村${i + 1}`,
  key: `3|00000|村${String(i + 1).padStart(2, '0')}|u${i + 1}`,
}));
const input = (over: Partial<DrawInput> = {}): DrawInput => ({
  algorithm: DRAW_ALGORITHM,
  seed: 'haicheng-2026',
  candidates: villages,
  exclusions: [],
  mode: 'count',
  value: 3,
  ...over,
});

describe('random draw draw-v1', () => {
  // Fixed vectors: computed by this code AND by an independent re-implementation of the steps in
  // the module comment (docs/draw-v1.md, Python). If one changes, draw-v1 has changed: never do that.
  it.each([
    ['haicheng-2026', [], 'count', 3, ['u1', 'u5', 'u4']],
    ['haicheng-2026', [{ unitId: 'u4', reason: '督查组成员曾在该村任职' }], 'count', 3, ['u1', 'u6', 'u5']],
    ['5f1c9a0e2b7d4431', [], 'percent', 25, ['u9', 'u3', 'u5']],
  ] as const)('gives the recorded targets for seed %s (fixed vector)', (seed, exclusions, mode, value, expected) => {
    expect(runDraw(input({ seed, exclusions: [...exclusions], mode, value })).result).toEqual(expected);
  });

  it('gives the same targets for the same seed and candidates, whatever order the candidates came in', () => {
    const shuffled = [...villages].reverse();
    expect(runDraw(input({ candidates: shuffled }))).toEqual(runDraw(input()));
  });

  it('never draws a unit excluded for a conflict of interest', () => {
    const exclusions = [
      { unitId: 'u1', reason: '回避' },
      { unitId: 'u5', reason: '回避' },
    ];
    for (let s = 0; s < 50; s++) {
      const { result } = runDraw(input({ seed: `seed-${s}`, exclusions, value: 8 }));
      expect(result).toHaveLength(8);
      expect(result).not.toContain('u1');
      expect(result).not.toContain('u5');
      expect(new Set(result).size).toBe(8);
    }
  });

  it('draws each candidate about equally often over many seeds', () => {
    const hits = new Map<string, number>();
    for (let s = 0; s < 3000; s++)
      for (const id of runDraw(input({ seed: String(s), value: 2 })).result) hits.set(id, (hits.get(id) ?? 0) + 1);
    // 3000 draws of 2 from 10: 600 expected each; ±20 % is far outside chance (σ ≈ 22).
    for (const v of villages) expect(hits.get(v.unitId)).toBeGreaterThan(480);
    for (const v of villages) expect(hits.get(v.unitId)).toBeLessThan(720);
  });

  it('rounds a percentage up and draws at least one', () => {
    expect(drawCount('percent', 25, 10)).toBe(3);
    expect(drawCount('percent', 1, 10)).toBe(1);
    expect(drawCount('count', 4, 10)).toBe(4);
  });

  it('refuses to draw more than remain, from nobody, without a seed, or with an unexplained exclusion', () => {
    const rule = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DrawError).rule;
      }
      return null;
    };
    expect(rule(() => runDraw(input({ value: 11 })))).toBe('too-many');
    expect(rule(() => runDraw(input({ candidates: [] })))).toBe('no-candidates');
    expect(rule(() => runDraw(input({ seed: ' ' })))).toBe('empty-seed');
    expect(rule(() => runDraw(input({ exclusions: [{ unitId: 'u2', reason: '' }] })))).toBe('exclusion-needs-reason');
    expect(rule(() => runDraw(input({ exclusions: [{ unitId: 'elsewhere', reason: '回避' }] })))).toBe(
      'unknown-exclusion',
    );
  });

  it('lists the eligible candidates in registry order without the excluded', () => {
    expect(
      eligibleCandidates({ candidates: [...villages].reverse(), exclusions: [{ unitId: 'u2', reason: 'x' }] }).map(
        (c) => c.unitId,
      ),
    ).toEqual(['u1', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10']);
  });

  it('confirms a stored draw on re-run and catches one whose result was altered', () => {
    const base = input();
    const record: DrawRecord = {
      ...base,
      ...runDraw(base),
      filterText: '村（社区）',
      drawnAt: '2026-05-01T08:00:00.000Z',
      drawnBy: '王芳',
    };
    expect(verifyDraw(record)).toBe(true);
    expect(verifyDraw({ ...record, result: ['u2', ...record.result.slice(1)] })).toBe(false);
    expect(verifyDraw({ ...record, seed: 'other' })).toBe(false);
  });

  it('makes a 16-digit hex seed from random bytes', () => {
    expect(seedFromBytes(new Uint8Array([0, 1, 2, 171, 255, 16, 32, 64, 99]))).toBe('000102abff102040');
  });
});
