import { describe, expect, it } from 'vitest';
import { FIVE_GRADE_SCALE, scaleFormulaText, scaleSchema, type Scale } from './scale';
import { addRating, distribution, emptyTally, satisfiedRateTenths, scoreTenths, tenthsText } from './tally';

const tallyOf = (grades: number[], scale: Scale = FIVE_GRADE_SCALE) => {
  const t = emptyTally();
  for (const g of grades) addRating(t, scale, g);
  return t;
};

describe('scores and satisfaction', () => {
  it('rates on the five grades 非常满意 … 非常不满意 by default, 20 points apart', () => {
    expect(FIVE_GRADE_SCALE.grades.map((g) => g.label)).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
    expect(scaleFormulaText(FIVE_GRADE_SCALE)).toBe(
      '非常满意100分、满意80分、基本满意60分、不满意40分、非常不满意20分',
    );
  });

  it('scores the points of every rating divided by the ratings, to one decimal, rounding half up', () => {
    // 100 + 80 + 80 = 260 over 3 ratings = 86.67 → 86.7
    expect(tenthsText(scoreTenths(tallyOf([0, 1, 1])))).toBe('86.7');
    // 100 + 40 = 140 over 2 = 70.0
    expect(tenthsText(scoreTenths(tallyOf([0, 3])))).toBe('70.0');
    // 80 + 80 + 80 + 100 + 100 + 100 + 60 + 60 = 660 / 8 = 82.5 exactly
    expect(scoreTenths(tallyOf([1, 1, 1, 0, 0, 0, 2, 2]))).toBe(825);
    expect(scoreTenths(emptyTally())).toBeNull();
    expect(tenthsText(null)).toBe('—');
  });

  it('counts 基本满意 and better as satisfied, 不满意 and worse as dissatisfied', () => {
    const t = tallyOf([0, 2, 3, 4, 4]);
    expect([t.satisfied, t.dissatisfied]).toEqual([2, 3]);
    expect(tenthsText(satisfiedRateTenths(t))).toBe('40.0');
    expect(distribution(t, FIVE_GRADE_SCALE)).toEqual([1, 0, 1, 1, 2]);
  });

  it('scores a scale the office configures with its own points, and keeps its distribution apart', () => {
    const three: Scale = {
      id: 'three',
      name: '三级',
      grades: [
        { label: '满意', points: 100, verdict: 'satisfied' },
        { label: '一般', points: 50, verdict: 'neutral' },
        { label: '不满意', points: 0, verdict: 'dissatisfied' },
      ],
    };
    expect(scaleSchema.safeParse(three).success).toBe(true);
    const t = tallyOf([0, 1], three);
    addRating(t, FIVE_GRADE_SCALE, 0);
    expect(tenthsText(scoreTenths(t))).toBe('83.3');
    expect(distribution(t, three)).toEqual([1, 1, 0]);
    expect(distribution(t, FIVE_GRADE_SCALE)).toEqual([1, 0, 0, 0, 0]);
  });

  it('refuses a scale whose points rise from best to worst, so a typed digit always means the same', () => {
    const upsideDown = { ...FIVE_GRADE_SCALE, grades: [...FIVE_GRADE_SCALE.grades].reverse() };
    expect(scaleSchema.safeParse(upsideDown).error?.issues[0].message).toBe('evaluation.rules.scale-points-rise');
  });

  it('takes a rating away exactly as it was added', () => {
    const t = tallyOf([0, 3, 4]);
    addRating(t, FIVE_GRADE_SCALE, 3, -1);
    expect(t).toEqual(tallyOf([0, 4]));
  });
});
