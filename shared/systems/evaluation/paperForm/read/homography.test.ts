import { describe, expect, it } from 'vitest';
import { classifyBox } from './boxReading';
import { fitAffine, fitHomography, fitSimilarity, project } from './homography';

const corners = [
  { x: 14, y: 14 },
  { x: 196, y: 14 },
  { x: 196, y: 283 },
  { x: 14, y: 283 },
];

describe('page transforms', () => {
  it('recovers a scan turned 4°, scaled to 200 dpi and shifted, from the four corner marks', () => {
    const a = (4 * Math.PI) / 180;
    const s = 200 / 25.4;
    const truth = (p: { x: number; y: number }) => ({
      x: s * (p.x * Math.cos(a) - p.y * Math.sin(a)) + 120,
      y: s * (p.x * Math.sin(a) + p.y * Math.cos(a)) - 40,
    });
    for (const fit of [fitHomography, fitAffine, fitSimilarity]) {
      const h = fit(corners, corners.map(truth))!;
      const p = project(h, 100, 150);
      expect(p.x).toBeCloseTo(truth({ x: 100, y: 150 }).x, 6);
      expect(p.y).toBeCloseTo(truth({ x: 100, y: 150 }).y, 6);
    }
  });

  it('follows a keystoned scan (a sheet lifted off the glass) with the homography', () => {
    const keystone = (p: { x: number; y: number }) => ({
      x: (p.x * 8) / (1 + p.y * 0.0004),
      y: (p.y * 8) / (1 + p.y * 0.0004),
    });
    const h = fitHomography(corners, corners.map(keystone))!;
    const p = project(h, 60, 200);
    expect(p.x).toBeCloseTo(keystone({ x: 60, y: 200 }).x, 6);
  });
});

describe('classifyBox', () => {
  it.each([
    [0, 0.005, 'empty'],
    [0.0, 0.15, 'ticked'],
    [0.2, 0.3, 'ticked'],
    [0.98, 1, 'ticked'],
    [0.55, 0.7, 'doubtful'],
    [0.005, 0.02, 'doubtful'],
  ] as const)('reads coverage %s with faint ink %s as %s', (coverage, faint, state) => {
    expect(classifyBox(coverage, faint)).toBe(state);
  });
});
